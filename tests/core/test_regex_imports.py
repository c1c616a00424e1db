"""clearnotice.regex stands apart from the review: what runs patterns through it (translation
QA's entity recogniser, which a mail merge reads) must not load the review's checks with it.
Checked in a fresh Python process, which names the modules loading the package ended with."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import clearnotice.regex

ROOT = Path(__file__).resolve().parents[2]
MODULES = [m.name for m in pkgutil.iter_modules(clearnotice.regex.__path__, "clearnotice.regex.")]

LOAD = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules if m.startswith("clearnotice"))))
"""


def test_the_regex_package_loads_nothing_of_the_project_but_the_caches() -> None:
    assert "clearnotice.regex.prefilter" in MODULES  # the package was read
    done = subprocess.run(
        [sys.executable, "-c", LOAD, *MODULES],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout)
    outside = [m for m in loaded if m != "clearnotice" and not m.startswith("clearnotice.regex")]
    assert outside == ["clearnotice.caches"]
