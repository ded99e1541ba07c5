"""`franchise-bot ask --json --session` as CI runs it: every conversation of
tests/data/conversations.jsonl through a real subprocess, one JSON reply per line, checked
against the set's expectations. Plain `ask --json` keeps each line on its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.test_cli import REPO, run

DATA = Path(__file__).parent / "data"
FACTS = {"shipped": REPO / "facts", "chat": DATA / "chat"}


def _conversations() -> list[dict[str, Any]]:
    lines = (DATA / "conversations.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _problems(turn: dict[str, Any], reply: dict[str, Any]) -> list[str]:
    text = reply["text"]
    problems = [f"missing {s!r}" for s in turn.get("all", []) if s not in text]
    problems += [f"has {s!r}" for s in turn.get("none", []) if s in text]
    if "kind" in turn and reply["kind"] != turn["kind"]:
        problems.append(f"kind {reply['kind']}")
    if reply["answered"] != turn.get("answered", True):
        problems.append("answered" if reply["answered"] else "declined")
    return problems


def test_the_conversation_set_through_ask_json_session(tmp_path: Path) -> None:
    conversations = _conversations()
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    # One process per conversation, all at once: each is its own session and store.
    running = []
    for n, conversation in enumerate(conversations):
        env = {
            **base,
            "FRANCHISE_BOT_FACTS": str(FACTS[conversation["facts"]]),
            "FRANCHISE_BOT_DB": str(tmp_path / f"session-{n}.db"),
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "ask", "--json", "--session"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=REPO,
            text=True,
        )
        running.append(process)
    failures = []
    for conversation, process in zip(conversations, running, strict=True):
        said = "".join(turn["say"].replace("\n", " ") + "\n" for turn in conversation["turns"])
        out, err = process.communicate(said, timeout=120)
        assert process.returncode == 0, err
        replies = [json.loads(line) for line in out.splitlines()]
        assert len(replies) == len(conversation["turns"]), out
        for turn, reply in zip(conversation["turns"], replies, strict=True):
            if problems := _problems(turn, reply):
                failures.append(f"{conversation['name']}: {turn['say'][:50]!r}: {problems}")
    assert failures == []


def test_without_session_each_line_stands_alone(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "FRANCHISE_BOT_FACTS": str(FACTS["shipped"]),
        "FRANCHISE_BOT_DB": str(tmp_path / "alone.db"),
    }
    said = "when does mi7 come out\nand mi8?\n"
    alone = [json.loads(line) for line in run(["ask", "--json"], env, said).stdout.splitlines()]
    env["FRANCHISE_BOT_DB"] = str(tmp_path / "session.db")
    talk = run(["ask", "--json", "--session"], env, said).stdout.splitlines()
    together = [json.loads(line) for line in talk]
    assert alone[0] == together[0]
    assert not alone[1]["answered"] and "November 4, 2022" not in alone[1]["text"]
    assert together[1]["answered"] and "November 4, 2022" in together[1]["text"]
