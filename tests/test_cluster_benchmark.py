"""The cluster benchmark, small, as a smoke test: three real `franchise-bot run` processes
(two Discord shard groups, one Slack HTTP worker) on one PostgreSQL store and then on one
SQLite file, 200 questions from the loopback fakes and two moderator reloads.

What a user would notice, never time: every question answered once, with the right
answer; every reload served by every process; no question missing from the log.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from postgres_cluster import find_bindir

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = 200
RELOAD_EVERY = 100
TIMEOUT_S = 600  # two stores, three bot processes each, on a busy CI machine


def _stores() -> str:
    """Both stores; outside CI without PostgreSQL installed, SQLite alone (CI has it)."""
    if find_bindir() is None and os.environ.get("CI", "").lower() != "true":
        return "sqlite"
    return "both"


def test_three_processes_answer_every_question_and_log_every_one() -> None:
    stores = _stores()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "benchmarks.cluster",
            "--questions",
            str(QUESTIONS),
            "--reload-every",
            str(RELOAD_EVERY),
            "--store",
            stores,
            "--json",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGTERM)  # it stops its bots and PostgreSQL on the way out
        out, err = process.communicate(timeout=60)
        pytest.fail(f"the benchmark took over {TIMEOUT_S} s:\n{err[-3000:]}")
    assert process.returncode == 0, err[-3000:]
    results = json.loads(out)
    ran = ["postgresql", "sqlite"] if stores == "both" else ["sqlite"]
    assert [s for s in ("postgresql", "sqlite") if s in results] == ran
    for store in ran:
        r = results[store]
        assert r["questions"] == QUESTIONS, store
        assert r["answered"] == QUESTIONS, (store, r)
        assert r["extra_replies"] == 0, (store, r)
        assert r["log_rows_lost"] == 0, (store, r)
        assert r["reloads"] == QUESTIONS // RELOAD_EVERY, (store, r)
        assert r["reloads_not_served"] == 0, (store, r)
        assert r["processes_failed"] == [], (store, r)
