"""The local LanguageTool server that language-tool-python downloads and starts.

It needs Java 17 or newer, and the first start downloads the LanguageTool server (about
250 MB), which fails on a machine without internet access. Starting takes from seconds to
minutes, so it runs in a background thread once per process; until it is ready (or when it
cannot start) the page shows the offline results and says why.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import requests

NOT_STARTED_HINT = (
    "The first start downloads the LanguageTool server (about 250 MB) from the internet; "
    "it needs Java 17 or newer."
)
REQUIRED_JAVA = 17


class State(StrEnum):
    NOT_STARTED = "not started"
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"


@dataclass(frozen=True)
class LocalStatus:
    state: State
    message: str
    url: str = ""


@dataclass(frozen=True)
class Preflight:
    """What can be known before trying: Java's version and whether LanguageTool is on disk."""

    java_version: int | None
    downloaded: bool

    @property
    def problems(self) -> list[str]:
        found = []
        if self.java_version is None:
            found.append(
                "Java is not installed; the local LanguageTool needs Java 17 or newer "
                "(Debian: apt-get install default-jre-headless)."
            )
        elif self.java_version < REQUIRED_JAVA:
            found.append(f"Java {self.java_version} is installed; LanguageTool needs Java 17+.")
        return found


@lru_cache(maxsize=1)
def java_major_version() -> int | None:
    java = shutil.which("java")
    if not java:
        return None
    try:
        result = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', result.stderr + result.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major  # "1.8" is Java 8


def language_tool_downloaded() -> bool:
    """Whether language-tool-python already has a LanguageTool server on disk."""
    try:
        from language_tool_python.download_lt import LocalLanguageTool

        return bool(LocalLanguageTool.get_installed_versions())
    except Exception:  # an unreadable cache folder means "not usable", not a crash
        return False


def preflight() -> Preflight:
    return Preflight(java_major_version(), language_tool_downloaded())


def _launch_with_language_tool_python():
    import language_tool_python

    return language_tool_python.LanguageTool("en-US")


def explain_failure(error: BaseException, downloaded: bool) -> str:
    """A message for the person editing, from whatever starting the server raised."""
    from language_tool_python.exceptions import JavaError, PathError, ServerError

    if isinstance(error, ModuleNotFoundError) or "no java" in str(error).lower():
        return Preflight(None, downloaded).problems[0]
    if isinstance(error, (SystemError, JavaError)):
        return f"Java cannot run LanguageTool: {error}"
    if not downloaded and isinstance(
        error, (requests.ConnectionError, requests.Timeout, TimeoutError, PathError, OSError)
    ):
        return (
            "The one-time download of the LanguageTool server (about 250 MB) failed: this "
            "machine cannot reach the download site (no internet access, or it is blocked). "
            "Use your organisation's LanguageTool server instead, or ask IT to install "
            f"LanguageTool and set LTP_JAR_DIR_PATH. ({type(error).__name__})"
        )
    if isinstance(error, ServerError):
        return f"LanguageTool is on disk but its server did not start: {error}"
    return f"The local LanguageTool could not start: {type(error).__name__}: {error}"


class LocalLanguageTool:
    """Starts the server once per process in the background and reports how it is going."""

    def __init__(self, launcher: Callable[[], object] | None = None):
        self._launcher = launcher or _launch_with_language_tool_python
        self._lock = threading.Lock()
        self._status = LocalStatus(State.NOT_STARTED, NOT_STARTED_HINT)
        self._tool = None  # keeps the server process alive for as long as this object lives
        self._finished = threading.Event()

    def status(self) -> LocalStatus:
        with self._lock:
            return self._status

    def start(self) -> LocalStatus:
        """Begin starting the server unless it is starting or running; returns at once."""
        with self._lock:
            if self._status.state in (State.STARTING, State.READY):
                return self._status
            self._status = LocalStatus(
                State.STARTING,
                "The local LanguageTool is starting (the first time it downloads about 250 MB). "
                "The offline checker's results are shown until it is ready.",
            )
            self._finished.clear()
        threading.Thread(target=self._run, name="local-languagetool", daemon=True).start()
        return self.status()

    def wait(self, timeout: float) -> LocalStatus:
        """For scripts and tests: wait until the start has finished or ``timeout`` passed."""
        if self.status().state == State.STARTING:
            self._finished.wait(timeout)
        return self.status()

    def _run(self) -> None:
        downloaded = language_tool_downloaded()
        try:
            tool = self._launcher()
            url = str(tool.url)
        except Exception as error:  # every failure becomes a message; the app keeps working
            status = LocalStatus(State.FAILED, explain_failure(error, downloaded))
        else:
            self._tool = tool
            status = LocalStatus(State.READY, "The local LanguageTool is running.", url)
        with self._lock:
            self._status = status
        self._finished.set()

    def stop(self) -> None:
        with self._lock:
            tool, self._tool = self._tool, None
            self._status = LocalStatus(State.NOT_STARTED, NOT_STARTED_HINT)
        if tool is not None and hasattr(tool, "close"):
            tool.close()
