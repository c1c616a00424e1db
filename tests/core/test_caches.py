"""The core's caches stay bounded and consistent when many sessions use them at once."""

from __future__ import annotations

import threading

from clearnotice import guidance
from clearnotice.caches import Recent, all_caches, clear_all


def test_least_recently_used_goes_first():
    cache: Recent[str, int] = Recent("test order", 2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "b" is now the least recent
    cache.put("c", 3)
    assert cache.get("b") is None and cache.get("a") == 1 and cache.get("c") == 3


def test_many_threads_filling_and_evicting_at_once_keep_it_bounded_and_right():
    cache: Recent[int, int] = Recent("test threads", 16)
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def work(offset: int) -> None:
        try:
            start.wait()
            for i in range(3000):
                key = (i * 7 + offset) % 200
                assert cache.get_or_make(key, lambda k=key: k * k) == key * key
        except BaseException as error:  # reported below, with the thread's failure
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(cache) <= 16


def test_the_core_caches_are_listed_in_one_place():
    guidance.review("We are sorry. On March 3 a criminal copied files.")
    names = {cache.name for cache in all_caches()}
    assert {"guidance reports", "guidance setup per vocabulary", "vocabulary files"} <= names


def test_clearing_all_empties_every_cache_the_core_holds():
    guidance.review("We are sorry. On March 3 a criminal copied files.")
    assert any(len(cache) for cache in all_caches())
    clear_all()
    assert [cache.name for cache in all_caches() if len(cache)] == []
