"""Acts run in threads at once, for the tests of two people doing the same thing at one moment."""

from __future__ import annotations

import threading
from collections.abc import Callable


def run_together(*acts: Callable[[], object]) -> list[Exception | None]:
    """Run ``acts`` in threads at once; what each raised, in order."""
    raised: list[Exception | None] = [None] * len(acts)

    def run(index: int) -> None:
        try:
            acts[index]()
        except Exception as problem:  # each act's refusal is what the test checks
            raised[index] = problem

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(acts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return raised
