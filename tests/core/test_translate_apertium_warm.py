"""The warm Apertium pipeline gives what one process per call gives, survives being killed, keeps
two sessions' requests apart, stops with the process, and falls back when it cannot run.

With CI=true a missing Apertium fails the run, as in test_translate_apertium.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from clearnotice.translate import apertium_warm
from clearnotice.translate.apertium import Apertium, installed_modes, mode_for, offered_modes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ENGLISH = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
SPANISH = (FIXTURES / "good-plain.es.md").read_text(encoding="utf-8")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cold() -> Apertium:
    engine = Apertium(warm=False)
    if not engine.supports("en", "es"):
        reason = "Apertium's eng-spa pair is not installed (apt-get install apertium-eng-spa)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI=true: the offline translator must be tested)")
        pytest.skip(reason)
    return engine


@pytest.fixture
def warm(cold) -> Apertium:
    yield Apertium()
    apertium_warm.stop_all()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize(
    ("mode", "text"),
    [("eng-spa", ENGLISH), ("spa-eng", SPANISH), ("eng-cat", ENGLISH), ("en-gl", ENGLISH)],
)
def test_warm_translation_is_the_one_process_translation(warm, cold, mode, text) -> None:
    if not (apertium_warm.DATADIR / "modes" / f"{mode}.mode").is_file():
        pytest.fail(f"Apertium has no {mode} mode; make test installs it")
    edited = text.replace("March", "April")
    assert warm._run(mode, text) == cold._run_once(mode, text)
    assert warm._run(mode, edited) == cold._run_once(mode, edited)  # the second, warm request
    assert apertium_warm.pipeline(mode, warm.timeout).pid is not None  # it really ran warm


def test_a_killed_pipeline_is_started_again_and_answers_correctly(warm, cold) -> None:
    expected = cold._run_once("eng-spa", ENGLISH)
    assert warm._run("eng-spa", ENGLISH) == expected
    pipeline = apertium_warm.pipeline("eng-spa", warm.timeout)
    first = pipeline.pid
    os.killpg(first, 9)
    assert warm._run("eng-spa", ENGLISH) == expected
    assert pipeline.pid not in (None, first)


def test_two_sessions_translating_at_once_each_get_their_own_text(warm, cold) -> None:
    texts = {
        "a": "We are sorry. Your name and address were copied.",
        "b": "Call us on Monday.\n\nWe will never ask for your password.",
    }
    expected = {k: cold._run_once("eng-spa", t) for k, t in texts.items()}
    results: dict[str, list[str]] = {k: [] for k in texts}

    def session(key: str) -> None:
        for _ in range(5):
            results[key].append(warm._run("eng-spa", texts[key]))

    threads = [threading.Thread(target=session, args=(k,)) for k in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {k: [expected[k]] * 5 for k in texts}


def test_a_pipeline_that_cannot_start_falls_back_to_one_process_per_call(
    warm, cold, monkeypatch, tmp_path
) -> None:
    apertium_warm.stop_all()
    monkeypatch.setattr(apertium_warm, "DATADIR", tmp_path)  # a data folder with no modes
    with pytest.raises(apertium_warm.WarmError):
        apertium_warm.WarmPipeline("eng-spa", 10).translate("Hello.")
    assert warm._run("eng-spa", ENGLISH) == cold._run_once("eng-spa", ENGLISH)


def test_the_pipelines_stop_when_the_process_exits(cold) -> None:
    script = (
        "from clearnotice.translate.apertium import Apertium\n"
        "from clearnotice.translate import apertium_warm\n"
        "Apertium()._run('eng-spa', 'Hello.')\n"
        "print(apertium_warm.pipeline('eng-spa', 60).pid)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=True,
    )
    pid = int(done.stdout.strip())
    assert not _alive(pid)


def test_the_web_server_starts_every_offered_direction_warm_and_stops_them_with_it(
    cold, tmp_path, monkeypatch
):
    from starlette.applications import Starlette
    from starlette.testclient import TestClient

    import serve

    monkeypatch.setenv("CLEARNOTICE_DATABASE_URL", f"sqlite:///{tmp_path / 'app.sqlite3'}")
    monkeypatch.setenv("CLEARNOTICE_SESSION_KEY", "a test key")
    apertium_warm.stop_all()
    with TestClient(Starlette(routes=serve.ROUTES, lifespan=serve.lifespan)):
        warming = next(t for t in threading.enumerate() if t.name == "apertium-warm-up")
        warming.join(timeout=120)  # a bound on the warm-up, not a speed target
        started = apertium_warm.pipeline("eng-spa", 60).pid
        assert started is not None
    assert apertium_warm.pipeline("eng-spa", 60).pid is None
    with pytest.raises(ProcessLookupError):  # stopped and reaped
        os.kill(started, 0)


def test_only_the_directions_a_language_choice_selects_are_started_warm(cold) -> None:
    installed = installed_modes()
    offered = offered_modes(installed)
    assert {"eng-spa", "spa-eng"} <= offered
    # every offered direction is one some pair of language codes selects, and only those
    for mode in installed:
        source, _, target = mode.partition("-")
        chosen = mode_for(source, target.split("_")[0], installed)
        assert (mode in offered) == (chosen == mode), mode
    assert not {m for m in offered if "_" in m}


# A letter's worth of text far larger than a pipe's buffer (64 KB on Linux, pipe(7)).
LARGE = "\n\n".join(f"Paragraph {n} says what happened to the account." for n in range(8000))


def _stand_in_pipeline(monkeypatch, program: list[str], timeout: float):
    """A warm pipeline running ``program`` in place of Apertium's stages."""

    def start(self):
        return subprocess.Popen(
            program, stdin=subprocess.PIPE, stdout=subprocess.PIPE, start_new_session=True
        )

    monkeypatch.setattr(apertium_warm.WarmPipeline, "_start", start)
    return apertium_warm.WarmPipeline("eng-spa", timeout)


def _within(seconds: float, call) -> dict:
    """``call()`` in a thread: what it returned or raised, or nothing if it is still stuck."""
    box: dict = {}

    def run():
        try:
            box["value"] = call()
        except Exception as exc:
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    return box


def test_a_pipeline_answering_while_it_reads_a_long_letter_is_not_deadlocked(
    cold, monkeypatch
) -> None:
    """Apertium answers as it reads: with the whole request written before the answer was
    read, both pipes filled and a 355 KB letter froze its direction for good (the stand-in,
    ``cat``, answers as it reads too)."""
    pipeline = _stand_in_pipeline(monkeypatch, ["cat"], timeout=10)
    try:
        box = _within(10, lambda: pipeline.translate(LARGE))
        assert box.get("value") == LARGE, box.get("error", "still writing after 10 s")
    finally:
        os.killpg(pipeline._process.pid, 9)


def test_a_pipeline_that_answers_nothing_is_timed_out_and_started_again(cold, monkeypatch) -> None:
    pipeline = _stand_in_pipeline(monkeypatch, ["sleep", "60"], timeout=0.5)
    box = _within(10, lambda: pipeline.translate(LARGE))
    assert isinstance(box.get("error"), apertium_warm.WarmError), box or "stuck after 10 s"
    assert "no answer within 0.5 s" in str(box["error"])
    assert pipeline.pid is None  # stopped, not left reading
    _stand_in_pipeline(monkeypatch, ["cat"], timeout=5)
    assert pipeline.translate("Hello.") == "Hello."  # the next request starts it again
    pipeline.stop()


def test_a_silent_pipeline_is_stopped_well_before_the_whole_timeout(cold, monkeypatch) -> None:
    """A 60 s timeout left the page frozen for a minute on a pipeline that hung."""
    monkeypatch.setattr(apertium_warm, "SILENCE", 0.5)
    pipeline = _stand_in_pipeline(monkeypatch, ["sleep", "60"], timeout=60)
    started = time.monotonic()
    with pytest.raises(apertium_warm.WarmError, match="no answer within 0.5 s"):
        pipeline.translate("Hello.")
    assert time.monotonic() - started < 5
    assert pipeline.pid is None


# Apertium's stream format marks words with ^ $ / < > and format blanks with [ ], escaping
# each in text with \ (wiki.apertium.org, "Apertium stream format"; apertium-streamparser's
# example "\[\]\^\$"); * @ # mark unknown, untranslated and ungenerated words in its output.
# apertium-destxt escapes them (apertium-destxt(1)), warm as in one process.
RESERVED = "Costs ^5 and $10, a/b, <x>, {y}, [z], a\\b, 50% @ noon *or* #1 today."


def test_apertiums_own_stream_characters_in_a_letter_are_text_warm_as_cold(warm, cold) -> None:
    answer = warm._run("eng-spa", RESERVED)
    assert answer == cold._run_once("eng-spa", RESERVED)
    assert apertium_warm.pipeline("eng-spa", warm.timeout).pid is not None
    for character in "^$/<>{}[]\\@*#%":
        assert answer.count(character) == RESERVED.count(character), (character, answer)
