"""The store failing under a running bot: deleted, read-only, corrupted, locked by another process.

Each fault is real: the file is removed, made unwritable by the kernel, overwritten with
garbage, or locked by a second process. What is checked is what people would notice: fans
keep getting answers, the operator's log shows one clear error (not one per question), and a
moderator's `/facts status` and `/facts reload` say what is wrong in a sentence.
"""

from __future__ import annotations

import asyncio
import errno
import itertools
import logging
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from moderator_edits import PEGG_CONAN_FILE

from bot.config import Settings
from bot.errors import NotAStoreError, StoreError
from bot.replies import Reply, ReplyKind, Requester
from bot.service import Service

EXTRA_QUESTION = "Which talk show was Simon Pegg a guest on?"

# (question, words the reply must contain); the last one is declined.
QUESTIONS = [
    ("when does mi7 come out", "November 19, 2021"),
    ("who's returning for MI7?", "Vanessa Kirby"),
    ("who plays ethan hunt", "Tom Cruise"),
    ("when does dune 3 come out", "dune 3"),
]

# A second process that takes SQLite's write lock and holds it until its stdin closes.
HOLD_LOCK = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
"""

FAULT_WORDS = {
    "deleted": "deleted",
    "read-only": "read-only",
    "corrupted": "corrupt",
    "locked": "locked by another process",
}


def journal(db: Path, suffix: str) -> Path:
    return db.with_name(db.name + suffix)


@contextmanager
def deleted(db: Path) -> Iterator[str]:
    db.unlink()  # what `rm franchise-bot.db` does to a running bot
    yield "unlink"


@contextmanager
def read_only(db: Path) -> Iterator[str]:
    """Make the store's files unwritable for real, even for root; yields the mechanism."""
    # Not the -shm file: SQLite maps it into memory, and the kernel kills (SIGBUS) a process
    # writing to a mapped file that became immutable. Read-only mounts keep it writable too.
    files = [f for f in (db, journal(db, "-wal")) if f.exists()]
    if os.geteuid() == 0:
        # Permission bits do not stop root; the immutable attribute does, even for files
        # already open for writing.
        subprocess.run(["chattr", "+i", *map(str, files)], check=True, capture_output=True)
        try:
            yield "chattr +i"
        finally:
            subprocess.run(["chattr", "-i", *map(str, files)], check=True, capture_output=True)
    else:
        modes = {f: f.stat().st_mode for f in files}
        for f in files:
            f.chmod(0o444)
        try:
            yield "chmod 444"
        finally:
            for f, mode in modes.items():
                f.chmod(mode)


@contextmanager
def corrupted(db: Path) -> Iterator[str]:
    size = db.stat().st_size
    # Overwritten in place (same file, same size), as a stray `dd` or a bad disk would.
    with open(db, "r+b") as file:
        file.write(random.Random(3).randbytes(size))
    yield "overwritten with random bytes"


@contextmanager
def locked(db: Path) -> Iterator[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield f"BEGIN EXCLUSIVE in process {holder.pid}"
    finally:
        assert holder.stdin is not None
        holder.stdin.close()  # the holder exits, and the lock goes with it
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()


FANS = itertools.count()  # a new fan for each round, so no one reaches the rate limit

FAULTS = {"deleted": deleted, "read-only": read_only, "corrupted": corrupted, "locked": locked}


async def ask_all(service: Service, rounds: int = 5) -> list[Reply]:
    """Several fans asking the usual questions; checks every reply is right and prompt."""
    replies = []
    for _ in range(rounds):
        fan = Requester("discord", f"fan-{next(FANS)}")
        for question, expected in QUESTIONS:
            started = time.perf_counter()
            reply = await service.ask(fan, question)
            waited = time.perf_counter() - started
            assert expected in reply.text, (question, reply.text)
            # The store's busy timeout is 5 s; a reply must not wait it out.
            assert waited < 1.0, f"{question!r} took {waited:.1f} s"
            replies.append(reply)
    assert [r.kind for r in replies[: len(QUESTIONS)]] == [ReplyKind.ANSWER] * 3 + [
        ReplyKind.DECLINE
    ]
    return replies


def store_errors(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.fixture
async def running(settings: Settings) -> AsyncIterator[Service]:
    """A bot that has run before: its store holds a version and questions, checkpointed."""
    earlier = await Service.open(settings)
    await ask_all(earlier, rounds=1)
    await earlier.close()
    service = await Service.open(settings)
    yield service
    await service.close()  # closing twice is harmless


@pytest.mark.parametrize("fault", list(FAULTS))
async def test_bot_keeps_answering_and_reports_a_store_fault_once(
    fault: str,
    running: Service,
    settings: Settings,
    facts_dir: Path,
    moderator: Requester,
    caplog: pytest.LogCaptureFixture,
) -> None:
    service = running
    db = settings.db_path
    word = FAULT_WORDS[fault]
    caplog.set_level(logging.WARNING)
    with FAULTS[fault](db) as mechanism:
        started = time.perf_counter()
        await ask_all(service)
        asking = time.perf_counter() - started
        # One after another, so a wait on the store would add up.
        assert asking < 2.0, f"20 answers took {asking:.1f} s with the store {fault}"

        status = await service.facts_status(moderator)
        assert status.kind is ReplyKind.INFO
        assert f"Serving fact version {service.version}" in status.text
        assert "Store problem:" in status.text and word in status.text, status.text
        assert "Answers still come from memory" in status.text
        assert str(db) in status.text and "Traceback" not in status.text

        (facts_dir / "extra.toml").write_text(PEGG_CONAN_FILE, encoding="utf-8")
        reload = await service.facts_reload(moderator)
        assert reload.kind is ReplyKind.INFO, reload.text
        assert "(+1 -0 ~0)" in reload.text
        assert word in reload.text and "Traceback" not in reload.text, reload.text
        # The new fact is served from memory whatever the store could keep.
        assert "guest of Conan" in (await service.ask(moderator, EXTRA_QUESTION)).text
        await ask_all(service)
        assert word in (await service.facts_status(moderator)).text
        # Shutting down with the fault still there: waits for log rows in flight, no raise.
        await service.close()

    errors = store_errors(caplog)
    assert len(errors) == 1, [r.getMessage() for r in errors]
    message = errors[0].getMessage()
    assert "store" in message and str(db) in message and word in message, message
    assert errors[0].exc_info is None  # a sentence, not a traceback
    print(f"{fault} ({mechanism}): {message}")


@pytest.mark.parametrize("fault", ["read-only", "locked"])
async def test_store_problem_clears_when_the_fault_goes_away(
    fault: str,
    running: Service,
    settings: Settings,
    moderator: Requester,
    caplog: pytest.LogCaptureFixture,
) -> None:
    service = running
    caplog.set_level(logging.INFO)
    with FAULTS[fault](settings.db_path):
        await ask_all(service, rounds=1)
        assert "Store problem:" in (await service.facts_status(moderator)).text
    status = await service.facts_status(moderator)
    assert "Store problem:" not in status.text, status.text
    assert "logged questions" in status.text
    before = await service.store.question_count()
    await ask_all(service, rounds=1)
    assert await service.store.question_count() == before + len(QUESTIONS)
    assert len(store_errors(caplog)) == 1
    assert any("healthy again" in r.getMessage() for r in caplog.records)


async def test_starting_on_garbage_refuses_it_untouched(settings: Settings) -> None:
    """Random bytes from the first byte on: nothing says this file was ever our store."""
    db = settings.db_path
    garbage = random.Random(4).randbytes(64 * 1024)
    db.write_bytes(garbage)
    with pytest.raises(NotAStoreError, match="not a franchise-bot store"):
        await Service.open(settings)
    assert db.read_bytes() == garbage
    assert not list(db.parent.glob(db.name + "*-*"))  # no .corrupt-*, no -wal


@pytest.mark.parametrize("target", ["notes.txt", "facts/mission-impossible.toml"])
def test_a_mistyped_store_path_is_refused_by_run_in_a_sentence(
    target: str, tmp_path: Path, facts_dir: Path
) -> None:
    """Issue 10.1: FRANCHISE_BOT_DB=facts/mission-impossible.toml renamed the fact file."""
    notes = tmp_path / "notes.txt"
    notes.write_text("Remember: MI7 press day on Tuesday.\n", encoding="utf-8")
    path = tmp_path / target
    before = path.read_bytes()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))},
        "FRANCHISE_BOT_FACTS": str(facts_dir),
        "FRANCHISE_BOT_DB": str(path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env=env,
        input="who's returning for MI7?\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert f"{path} is not a SQLite database, not a franchise-bot store" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [
        path.name
    ]
    # The fact file is still a fact file: a right store path serves it.
    env["FRANCHISE_BOT_DB"] = str(tmp_path / "store.db")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "who's returning for MI7?"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "Vanessa Kirby" in done.stdout, done.stderr


async def test_starting_with_a_partly_overwritten_store_rebuilds_it(
    settings: Settings, moderator: Requester
) -> None:
    first = await Service.open(settings)
    await ask_all(first, rounds=1)
    await first.close()
    db = settings.db_path
    size = db.stat().st_size
    # The header and the first tables survive, so the file opens; the fact pages do not.
    with open(db, "r+b") as file:
        file.seek(size // 2)
        file.write(random.Random(5).randbytes(size // 4))
    service = await Service.open(settings)
    try:
        notes = " ".join(service.startup_notes)
        assert "unreadable" in notes and "rebuilt" in notes, notes
        assert service.version == 1
        await ask_all(service, rounds=1)
        assert "Store problem" not in (await service.facts_status(moderator)).text
        assert len(list(db.parent.glob(db.name + ".corrupt-*"))) == 1  # kept for inspection
    finally:
        await service.close()


async def test_starting_without_a_store_creates_it_from_the_facts_and_says_so(
    settings: Settings, moderator: Requester
) -> None:
    first = await Service.open(settings)
    await first.close()
    for suffix in ("", "-wal", "-shm"):
        journal(settings.db_path, suffix).unlink(missing_ok=True)
    service = await Service.open(settings)
    try:
        notes = " ".join(service.startup_notes)
        assert f"No store was found at {settings.db_path}" in notes, notes
        assert str(settings.facts_dir) in notes and "version 1" in notes, notes
        assert service.version == 1
        await ask_all(service, rounds=1)
        status = await service.facts_status(moderator)
        assert "No store was found" in status.text and "Store problem" not in status.text
    finally:
        await service.close()
    with closing(sqlite3.connect(settings.db_path)) as db:
        assert db.execute("SELECT count(*) FROM versions WHERE complete = 1").fetchone() == (1,)


def test_the_fault_helpers_really_stop_writes(tmp_path: Path) -> None:
    """The read-only and lock mechanisms above must stop a plain SQLite writer too."""
    db = tmp_path / "probe.db"
    with closing(sqlite3.connect(db, isolation_level=None)) as setup:
        setup.execute("PRAGMA journal_mode = WAL")
        setup.execute("CREATE TABLE t (x)")
    for fault in ("read-only", "locked"):
        with (
            FAULTS[fault](db),
            closing(sqlite3.connect(db, timeout=0.1)) as writer,
            pytest.raises(sqlite3.OperationalError),
        ):
            writer.execute("INSERT INTO t VALUES (1)")
            writer.commit()


def test_a_start_that_fails_on_a_locked_store_says_why_and_exits(
    settings: Settings, facts_dir: Path
) -> None:
    """`facts status` must store the edited facts first; another process holds the lock."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))},
        "FRANCHISE_BOT_FACTS": str(facts_dir),
        "FRANCHISE_BOT_DB": str(settings.db_path),
    }
    command = [sys.executable, "-m", "bot", "facts", "status"]
    assert subprocess.run(command, env=env, capture_output=True, timeout=60).returncode == 0
    (facts_dir / "extra.toml").write_text(PEGG_CONAN_FILE, encoding="utf-8")
    with locked(settings.db_path):
        started = time.perf_counter()
        # Before the fix the error was printed and then the process hung: the failed start
        # left the store's (non-daemon) database thread running.
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=30)
        took = time.perf_counter() - started
    assert done.returncode != 0
    assert "locked by another process" in done.stderr and "Traceback" not in done.stderr
    assert took < 15, f"exiting took {took:.1f} s"


# Another process's first start, caught between creating the store's file and switching it
# to WAL: it holds the write lock of a file that is still empty.
HOLD_NEW_STORE = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
db.execute("COMMIT")
print("released", flush=True)
sys.stdin.read()
"""


async def test_two_processes_starting_on_a_new_store_at_once_both_start(
    settings: Settings,
) -> None:
    """SQLite does not wait for the lock that switching a new file to WAL needs: the second
    of two bots started together (two shards, `docker compose up`) used to exit with
    "database is locked". It waits for the first instead."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_NEW_STORE, str(settings.db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "locked"
        opening = asyncio.ensure_future(Service.open(settings))
        await asyncio.sleep(0.3)
        assert not opening.done()  # waiting, not failed
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
        service = await asyncio.wait_for(opening, 10)
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
        holder.stdout.close()
    try:
        question, expected = QUESTIONS[1]
        assert expected in (await service.ask(Requester("discord", "fan"), question)).text
    finally:
        await service.close()


@pytest.mark.parametrize("store_exists", [True, False])
def test_a_store_in_a_folder_the_bot_cannot_enter_is_a_sentence(
    store_exists: bool, tmp_path: Path, facts_dir: Path
) -> None:
    """Issue 10.8: a raw PermissionError used to escape Store.open."""
    closed = tmp_path / "closed"
    closed.mkdir()
    db = closed / "store.db"
    if store_exists:
        db.touch()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))},
        "FRANCHISE_BOT_FACTS": str(facts_dir),
        "FRANCHISE_BOT_DB": str(db),
    }
    command = [sys.executable, "-m", "bot", "facts", "status"]
    if os.geteuid() == 0:
        # Permission bits do not stop root; without these two capabilities, root is checked
        # like any other owner (and the folder's owner has no access).
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    closed.chmod(0)
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    finally:
        closed.chmod(0o755)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "PermissionError" not in done.stderr, done.stderr
    assert f"The bot may not open the store at {db} (Permission denied)" in done.stderr
    assert "read and write access" in done.stderr


async def test_a_store_path_through_a_file_is_a_sentence(tmp_path: Path, facts_dir: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be\n", encoding="utf-8")
    settings = Settings.from_env(
        {"FRANCHISE_BOT_FACTS": str(facts_dir), "FRANCHISE_BOT_DB": str(blocker / "store.db")}
    )
    with pytest.raises(StoreError, match=f"Cannot create the folder {blocker} for the store"):
        await Service.open(settings)
    assert blocker.read_text(encoding="utf-8") == "a file where a folder should be\n"


EXTRA_FACT_2 = PEGG_CONAN_FILE.replace("pegg-conan-show", "pegg-conan-again").replace(
    "was a guest of Conan O'Brien", "talked to Conan O'Brien again"
)


def cli_env(facts_dir: Path, db: Path) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))},
        "FRANCHISE_BOT_FACTS": str(facts_dir),
        "FRANCHISE_BOT_DB": str(db),
    }


async def test_a_reload_served_from_memory_only_is_not_undone_by_the_watcher(
    settings: Settings, facts_dir: Path, tmp_path: Path, moderator: Requester
) -> None:
    """Issue 10.5: the watcher took a version of None as older and swapped the old facts back."""
    fast = Settings(**{**settings.__dict__, "poll_interval_s": 0.05})
    service = await Service.open(fast, watch=True)
    try:
        assert service.version == 1
        (facts_dir / "extra.toml").write_text(PEGG_CONAN_FILE, encoding="utf-8")
        with read_only(settings.db_path):
            reload = await service.facts_reload(moderator)
            assert "served from memory only" in reload.text, reload.text
            assert service.version is None
            await asyncio.sleep(0.5)  # ten polls, each finding stored version 1
            assert service.version is None
        await asyncio.sleep(0.5)  # writable again, and still nothing newer than ours
        assert service.version is None
        assert "guest of Conan" in (await service.ask(moderator, EXTRA_QUESTION)).text

        # Another process stores a newer version: that one does replace the memory-only facts.
        other = tmp_path / "other-facts"
        shutil.copytree(facts_dir, other)
        (other / "extra.toml").write_text(EXTRA_FACT_2, encoding="utf-8")
        done = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-m", "bot", "facts", "reload"],
            env=cli_env(other, settings.db_path),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0 and "(version 2)" in done.stdout, done.stdout + done.stderr
        for _ in range(100):
            if service.version is not None:
                break
            await asyncio.sleep(0.05)
        assert service.version == 2
        served = {f.id for f in service.engine.facts.facts}
        assert "pegg-conan-again" in served and "pegg-conan-show" not in served
    finally:
        await service.close()


class SmallDisk:
    """A 1 MiB filesystem of the store's own (tmpfs) that can be filled for real.

    Mounting needs root; elsewhere SQLite's max_page_count stands in, which fails writes
    with the same SQLITE_FULL a full disk gives.
    """

    def __init__(self, where: Path) -> None:
        self.where = where
        self.mounted = False
        self.filler = where / "filler"

    def mount(self) -> None:
        self.where.mkdir()
        if os.geteuid() == 0:
            done = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(self.where)],
                capture_output=True,
            )
            self.mounted = done.returncode == 0

    async def fill(self, service: Service) -> None:
        if self.mounted:
            fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT)
            try:
                while True:
                    os.write(fd, bytes(4096))
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
            finally:
                os.close(fd)
        else:
            db = service.store._db
            assert db is not None
            pages = (await db.execute_fetchall("PRAGMA page_count"))[0][0]
            await db.execute(f"PRAGMA max_page_count = {pages}")

    async def free(self, service: Service) -> None:
        if self.mounted:
            self.filler.unlink()
        else:
            db = service.store._db
            assert db is not None
            await db.execute("PRAGMA max_page_count = 1073741823")

    def unmount(self) -> None:
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.where)], check=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    disk = SmallDisk(tmp_path / "small-disk")
    disk.mount()
    try:
        yield disk
    finally:
        disk.unmount()


async def test_status_names_a_full_disk_while_question_log_writes_fail(
    small_disk: SmallDisk, facts_dir: Path, moderator: Requester
) -> None:
    """Issue 10.8: the health probe writes nothing to disk, so it called a full disk healthy."""
    settings = Settings.from_env(
        {"FRANCHISE_BOT_FACTS": str(facts_dir), "FRANCHISE_BOT_DB": str(small_disk.where / "db")}
    )
    service = await Service.open(settings)
    try:
        assert "Store problem" not in (await service.facts_status(moderator)).text
        await small_disk.fill(service)
        logged = await service.store.question_count()
        await ask_all(service)
        assert await service.store.question_count() < logged + 5 * len(QUESTIONS)

        status = await service.facts_status(moderator)
        assert "Store problem: Could not log a question" in status.text, status.text
        assert "is full" in status.text and "Answers still come from memory" in status.text

        await small_disk.free(service)
        await ask_all(service, rounds=1)  # a question-log write succeeds again
        status = await service.facts_status(moderator)
        assert "Store problem" not in status.text and "logged questions" in status.text
    finally:
        await service.close()


def test_twenty_concurrent_cli_reloads_all_succeed_without_a_false_lock_warning(
    settings: Settings, facts_dir: Path, tmp_path: Path
) -> None:
    """Issue 10.8: one of 20 concurrent reloads succeeded but warned "locked by another process"."""
    db = settings.db_path
    command = [sys.executable, "-m", "bot", "facts", "reload"]
    first = subprocess.run(command, env=cli_env(facts_dir, db), capture_output=True, timeout=60)
    assert first.returncode == 0
    runs = []
    for n in range(20):
        mine = tmp_path / f"facts-{n}"
        shutil.copytree(facts_dir, mine)
        (mine / "extra.toml").write_text(
            PEGG_CONAN_FILE.replace("pegg-conan-show", f"pegg-conan-{n}"), encoding="utf-8"
        )
        runs.append(
            subprocess.Popen(
                command,
                env=cli_env(mine, db),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
        )
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert [run.returncode for run in runs] == [0] * 20, outputs
    # Each reload adds its own fact. One that starts after another has stored its version
    # serves that version first, and so also removes that one's fact, which its own files
    # lack: "(+1 -1 ~0)" is as right as "(+1 -0 ~0)", and which one comes is timing.
    assert all(re.search(r"\(\+1 -[01] ~0\)", out) for out in outputs), outputs
    warned = [out for out in outputs if "locked" in out or ". Warning:" in out]
    assert not warned, warned
    with closing(sqlite3.connect(db)) as check:
        assert check.execute("SELECT count(*) FROM versions WHERE complete = 1").fetchone() == (21,)
        audit = check.execute("SELECT count(*), sum(ok) FROM reload_audit").fetchone()
    assert audit == (22, 22)  # the first run: its start and its unchanged reload; the twenty


# Takes the write lock the moment a given version is stored, and keeps it for a second:
# another reload's save, right after ours.
LOCK_AFTER_VERSION = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
print("watching", flush=True)
while (db.execute("SELECT max(version) FROM versions WHERE complete = 1").fetchone()[0] or 0) < int(sys.argv[2]):
    pass
db.execute("BEGIN IMMEDIATE")
time.sleep(1.0)
db.execute("ROLLBACK")
"""


async def test_a_reload_whose_save_succeeded_does_not_warn_of_the_next_writer(
    service: Service, settings: Settings, facts_dir: Path, moderator: Requester
) -> None:
    """The same race as above, made certain: another writer takes the lock just after our save."""
    assert service.version == 1
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_AFTER_VERSION, str(settings.db_path), "2"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "watching"
        (facts_dir / "extra.toml").write_text(PEGG_CONAN_FILE, encoding="utf-8")
        reload = await service.facts_reload(moderator)
    finally:
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert reload.kind is ReplyKind.INFO and "(version 2)" in reload.text, reload.text
    assert "locked" not in reload.text and ". Warning:" not in reload.text, reload.text
    audit = await service.store.recent_reloads(1)
    assert audit[0].ok and audit[0].version == 2  # written once the other writer was done
