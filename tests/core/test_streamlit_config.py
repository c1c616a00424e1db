"""The settings the app runs with, read the way `streamlit run` reads them (from
.streamlit/config.toml in the folder it starts in), so a misspelt key cannot pass unnoticed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPTIONS = ("runner.postScriptGC", "server.address", "browser.gatherUsageStats")
SCRIPT = f"""
import json
from streamlit import config
config.get_config_options(force_reparse=True)
print(json.dumps({{name: config.get_option(name) for name in {OPTIONS!r}}}))
"""


def test_the_app_serves_loopback_only_sends_no_statistics_and_skips_the_full_gc_per_rerun():
    # In a fresh process: Streamlit keeps the options it read once for the whole process.
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True
    )
    options = json.loads(run.stdout.strip().splitlines()[-1])
    assert options == {
        # a full collection after every rerun costs 200-300 ms with the rules in memory
        "runner.postScriptGC": False,
        "server.address": "127.0.0.1",  # confidential drafts: loopback only
        "browser.gatherUsageStats": False,
    }
