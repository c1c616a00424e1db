"""The server warms the checks as it starts (serve.py's lifespan), so the first letter opened
after a start or a crash is reviewed without loading the rules first, and then leaves what it
built out of the garbage collector's walks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh process: this one's caches may be warm from other tests already.
SCRIPT = """
import asyncio, gc, json, threading
import serve
from clearnotice import caches, guidance
from clearnotice.checks.loader import load_catalogue

async def serve_a_moment():
    async with serve.lifespan(serve.app):
        for thread in threading.enumerate():
            if thread.name == "checks-warm-up":
                thread.join()

def built():
    setups = [c for c in caches.all_caches() if c.name == "guidance setup per vocabulary"]
    return {"catalogue loads": load_catalogue.cache_info().misses, "setups": len(setups[0])}

asyncio.run(serve_a_moment())
warm = built()
# frozen objects are neither walked nor listed by the collector
catalogue = load_catalogue()
walked = {id(o) for o in gc.get_objects()}
frozen = {"catalogue": id(catalogue) in walked, "rules": id(catalogue.rules) in walked}
guidance.review_letter("Someone read our mail. We are sorry. Call us on 0800 123 456.", ["CA"])
print(json.dumps({"after start": warm, "after the first review": built(), "walked": frozen}))
"""


def test_a_started_server_reviews_its_first_letter_with_the_rules_already_built(built):
    assert built["after start"] == {"catalogue loads": 1, "setups": 1}
    assert built["after the first review"] == built["after start"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    """What SCRIPT reports, from a fresh process."""
    tmp_path = tmp_path_factory.mktemp("warm")
    env = {
        **os.environ,
        "CLEARNOTICE_DATABASE_URL": f"sqlite:///{tmp_path / 'warm.sqlite3'}",
        "CLEARNOTICE_DATA_DIR": str(tmp_path),
        "PYTHONPATH": str(ROOT),
    }
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_what_the_warm_up_built_is_left_out_of_garbage_collections(built):
    """A full collection walking the rules and their patterns took 100-110 ms a time, in the
    middle of someone's typing; after the warm-up the collector no longer walks them."""
    assert built["walked"] == {"catalogue": False, "rules": False}
