"""A `facts reload` process killed with SIGKILL while it saves: the last complete version stays.

The reload is the real command (`python -m bot facts reload`) saving 20,000 facts, killed at
three points inside its save transaction (found by watching SQLite's write-ahead log grow).
After each crash a restarted bot serves the previous version exactly (same facts, same
digest), no rows of the half-written version remain, and the next reload succeeds.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from bot.config import Settings
from bot.replies import ReplyKind, Requester
from bot.service import Service
from bot.store import Store

REPO = Path(__file__).resolve().parent.parent
BULK_FACTS = 20_000
BULK_FILMS = 200
# Kill once the save has written this much of its transaction to the write-ahead log. The
# whole save writes about 8.5 MB and commits at the end, so each point is mid-transaction
# (SQLite spills a transaction to the log as its page cache fills, long before the commit).
KILL_POINTS = (64 * 1024, 1024 * 1024, 5 * 1024 * 1024 // 2)

BULK_SOURCE = (
    "date 2022-01-01\n\n"
    "The studio announced a slate of synthetic films today. "
    "Every film in the slate has a release window.\n"
)
ROUND_FACT = """source = "mi7-article.txt"

[[fact]]
id = "crash-round"
topic = "trivia"
about = ["mi7"]
answer = "Crash round {n} was survived."
quote = "Mission: Impossible 7"
"""


# Topics are a fixed table (bot/factfiles.py TOPICS): spread the facts over a few of them.
TOPIC_CYCLE = ("trivia", "production", "quote", "interview", "event")


def write_bulk_facts(target: Path) -> None:
    """Many small valid facts about many films, all resting on one quoted sentence."""
    (target / "sources").mkdir(parents=True)
    (target / "sources" / "bulk.txt").write_text(BULK_SOURCE, encoding="utf-8")
    parts = ['source = "bulk.txt"\n']
    for film in range(BULK_FILMS):
        parts.append(
            f'[[entity]]\nid = "film-{film}"\nkind = "film"\nname = "Synthetic Film {film}"\n'
        )
    for n in range(BULK_FACTS):
        film = n % BULK_FILMS
        parts.append(
            f'[[fact]]\nid = "fact-{n}"\ntopic = "{TOPIC_CYCLE[n % len(TOPIC_CYCLE)]}"\nabout = ["film-{film}"]\n'
            f'answer = "Synthetic fact {n} about film {film}."\n'
            'quote = "The studio announced a slate of synthetic films today."\n'
        )
    (target / "bulk.toml").write_text("\n".join(parts), encoding="utf-8")


def wal_size(db: Path) -> int:
    try:
        return db.with_name(db.name + "-wal").stat().st_size
    except FileNotFoundError:
        return 0


def reload_command(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "facts", "reload"],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_during_save(env: dict[str, str], db: Path, wal_bytes: int) -> int:
    """Start the reload, SIGKILL it once its save has put `wal_bytes` in the log."""
    assert wal_size(db) == 0  # the last clean close folded the log into the database
    reload = reload_command(env)
    deadline = time.monotonic() + 120
    while (grown := wal_size(db)) < wal_bytes:
        if reload.poll() is not None:
            out, err = reload.communicate()
            raise AssertionError(f"the reload ended before it could be killed: {out}{err}")
        assert time.monotonic() < deadline, "the reload never started saving"
        time.sleep(0.0005)
    reload.send_signal(signal.SIGKILL)
    reload.communicate(timeout=30)
    assert reload.returncode == -signal.SIGKILL
    return grown


def raw(db: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql).fetchall()


async def test_killed_reload_leaves_the_last_complete_version(
    tmp_path: Path,
    settings: Settings,
    facts_dir: Path,
    moderator: Requester,
    member: Requester,
) -> None:
    bulk = tmp_path / "bulk-facts"
    write_bulk_facts(bulk)
    db = settings.db_path
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))},
        "FRANCHISE_BOT_FACTS": str(bulk),
        "FRANCHISE_BOT_DB": str(db),
    }
    first = await Service.open(settings)
    complete = first.version, first.engine.facts
    await first.close()

    for n, wal_bytes in enumerate(KILL_POINTS, start=1):
        started = time.perf_counter()
        grown = kill_during_save(env, db, wal_bytes)
        killed_after = time.perf_counter() - started

        restarted = await Service.open(settings, sync_facts_dir=False)
        try:
            version, facts = complete
            assert restarted.version == version, "the kill came after the commit: kill sooner"
            served = restarted.engine.facts
            assert served.digest == facts.digest and len(served.facts) == len(facts.facts)
            assert served == facts
            reply = await restarted.ask(member, "when does mi7 come out")
            assert reply.kind is ReplyKind.ANSWER and reply.version == version
            assert "November 19, 2021" in reply.text
            assert "Store problem" not in (await restarted.facts_status(moderator)).text

            (facts_dir / "crash-round.toml").write_text(ROUND_FACT.format(n=n), encoding="utf-8")
            reloaded = await restarted.facts_reload(moderator)
            assert reloaded.kind is ReplyKind.INFO, reloaded.text
            assert restarted.version == version + 1
            assert f"(version {version + 1})" in reloaded.text
            # A fresh process validates every file once, so the shipped facts' warnings may
            # be listed; the store and the new file must have nothing to say.
            assert "Store problem" not in reloaded.text and "crash-round" not in reloaded.text
            complete = restarted.version, restarted.engine.facts
        finally:
            await restarted.close()

        store = await Store.open(db)  # what any later start would find
        try:
            assert await store.load_version() == complete
        finally:
            await store.close()
        assert raw(db, "PRAGMA integrity_check") == [("ok",)]
        # Nothing of the killed save is left: no bulk fact rows, no unfinished version row.
        assert raw(db, "SELECT count(*) FROM facts WHERE id LIKE 'fact-%'") == [(0,)]
        assert raw(db, "SELECT count(*) FROM versions WHERE complete = 0") == [(0,)]
        print(
            f"\nkill {n}: SIGKILL {killed_after:.1f} s into the reload, with {grown:,} bytes of "
            f"its save in the log; restart served version {complete[0] - 1} intact"
        )

    # After three crashes, the same reload left alone completes.
    started = time.perf_counter()
    reload = reload_command(env)
    out, err = reload.communicate(timeout=120)
    assert reload.returncode == 0, err
    assert f"{BULK_FACTS + 2} facts" in out, out  # + the source's two sentences as passages
    store = await Store.open(db)
    try:
        loaded = await store.load_version()
        assert loaded is not None and loaded[0] == complete[0] + 1
        assert len(loaded[1].facts) == BULK_FACTS + 2
    finally:
        await store.close()
    print(f"uninterrupted reload of {BULK_FACTS:,} facts: {time.perf_counter() - started:.1f} s")
