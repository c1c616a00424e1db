"""clearnotice.regex stands apart from the review: what runs patterns through it (translation
QA's entity recogniser, which a mail merge reads) must not load the review's checks with it.
Checked in a fresh Python process, which names the modules loading the package ended with."""

from __future__ import annotations

import pkgutil

import clearnotice.regex
from tests.core.test_mailmerge_imports import _run

MODULES = [m.name for m in pkgutil.iter_modules(clearnotice.regex.__path__, "clearnotice.regex.")]

LOAD = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules if m.startswith("clearnotice"))))
"""


def test_the_regex_package_loads_nothing_of_the_project_but_the_caches() -> None:
    assert "clearnotice.regex.prefilter" in MODULES  # the package was read
    loaded = _run(LOAD, *MODULES)  # a fresh process, as a merge's (test_mailmerge_imports)
    outside = [m for m in loaded if m != "clearnotice" and not m.startswith("clearnotice.regex")]
    assert outside == ["clearnotice.caches"]
