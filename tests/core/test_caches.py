"""The core's caches stay bounded and consistent when many sessions use them at once."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

from clearnotice import guidance, readability
from clearnotice import text as segment
from clearnotice.caches import Recent, all_caches, clear_all
from clearnotice.grammar.spelling import speller_for

CORE = Path(__file__).resolve().parents[2] / "clearnotice"
# A parameter by one of these names is what a letter says: its results are kept by of_text.
TEXT_PARAMETERS = {
    *("text", "content", "markdown", "word", "heading", "stripped", "raw", "block"),
    *("source_text", "target_text", "value"),
}


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


def test_clearing_all_empties_every_cache_of_what_a_text_says():
    guidance.review("We are sorry. On March 3 a criminal copied files.")
    assert any(len(cache) for cache in all_caches() if cache.of_text)
    clear_all()
    assert [cache.name for cache in all_caches() if cache.of_text and len(cache)] == []


def test_clearing_all_keeps_what_the_rules_give_every_letter():
    """A benchmark's new letter empties the caches (clear_all) to be read afresh, as a warm
    process reads a letter it has not seen; the review's set-up (the rules' pattern table and
    its prefilter, about a second to build) and the narrowings compiled for a wording are what
    such a process keeps for every letter, so emptying them timed a restart instead."""
    letter = "We are sorry. On March 3 a criminal copied files."
    guidance.review(letter)
    guidance.review(letter + " Call us.")  # a narrowing asked for twice is compiled
    kept = {cache.name: len(cache) for cache in all_caches() if not cache.of_text}
    assert kept["guidance setup per vocabulary"] and kept["narrowed alternations, compiled"]
    clear_all()
    assert {cache.name: len(cache) for cache in all_caches() if not cache.of_text} == kept


def test_clearing_all_empties_what_was_worked_out_from_a_text_too():
    """The functions of a text keep their results in lru_caches of their own (caches.of_text):
    clear_all empties those as well, a speller's words looked up included."""
    letter = "We are sorry. On March 3 a criminal copied files."
    guidance.review(letter)
    speller = speller_for("en")
    assert speller is not None and speller.knows("criminal")
    kept = (segment.blocks, segment.split_sentences, readability._analyse_block, speller._looked_up)
    assert all(function.cache_info().currsize for function in kept)
    clear_all()
    assert [function for function in kept if function.cache_info().currsize] == []


def test_every_cache_of_what_a_letter_says_is_one_clear_all_empties():
    """A plain functools.lru_cache on a function of a text would outlive clear_all, so a test or
    a benchmark meaning to read a letter afresh would be handed an earlier reading."""
    plain = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef):
                continue
            names = {argument.arg for argument in node.args.args}
            decorators = [ast.unparse(decorator) for decorator in node.decorator_list]
            if names & TEXT_PARAMETERS and any("lru_cache" in d for d in decorators):
                plain.append(f"{path.relative_to(CORE)}:{node.name}")
    assert plain == []
