"""The store against real SQLite files (and ":memory:"): no mocks."""

from __future__ import annotations

import asyncio
import inspect
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.errors import (
    NotAStoreError,
    StoreError,
    StoreLockedError,
    StoreMissingError,
    StoreReadOnlyError,
)
from bot.models import Entity, EntityKind, Fact, FactSet, ReloadReport, Source
from bot.store import KEEP_VERSIONS, MIGRATIONS, Store


def query(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Read the database the way an operator would: a plain sqlite3 connection."""
    with closing(sqlite3.connect(path)) as db:
        return db.execute(sql, params).fetchall()


def write(path: Path, sql: str, params: tuple[Any, ...] = ()) -> None:
    with closing(sqlite3.connect(path)) as db, db:
        db.execute(sql, params)


def factset(tag: str = "a") -> FactSet:
    """A small set using every field, so a lost tuple, enum or nested Source shows up."""
    entities = (
        Entity(
            id="mi7",
            kind=EntityKind.FILM,
            name="Mission: Impossible 7",
            aliases=("MI7", "M:I 7"),
            franchise="mission-impossible",
        ),
        Entity(id="tom-cruise", kind=EntityKind.PERSON, name="Tom Cruise", aliases=("Cruise",)),
        Entity(id="ethan-hunt", kind=EntityKind.ROLE, name="Ethan Hunt", of="tom-cruise"),
        Entity(id="mission-impossible", kind=EntityKind.FRANCHISE, name="Mission: Impossible"),
    )
    facts = (
        Fact(
            id=f"mi7-release-{tag}",
            topic="release",
            answer="It is due in cinemas in 2023 — «soon».",
            entities=("mi7",),
            source=Source(file="mi7-article.txt", quote="due in 2023", date="2021-11-19"),
            questions=("When is MI7 out?", "mi7 release date"),
            time_sensitive=True,
            file="facts/mission-impossible.toml",
            line=12,
        ),
        Fact(
            id=f"mi7-cast-{tag}",
            topic="cast",
            answer="Tom Cruise returns as Ethan Hunt.",
            entities=("mi7", "tom-cruise"),
            source=Source(file="mi7-article.txt", quote="Cruise returns"),
            items=("tom-cruise", "ethan-hunt"),
        ),
        Fact(
            id=f"passage-{tag}",
            topic="passage",
            answer="Filming took place in Venice.",
            entities=(),
            source=Source(file="mi7-article.txt", quote="Filming took place in Venice."),
            passage=True,
        ),
    )
    return FactSet(facts=facts, entities=entities, digest=f"digest-{tag}")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bot.db"  # "data" does not exist yet: open() must create it


@pytest.fixture
async def store(db_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(db_path)
    yield opened
    await opened.close()


# ---------------------------------------------------------------- opening and migrations


async def test_open_creates_folder_records_migrations_and_is_idempotent(db_path: Path) -> None:
    first = await Store.open(db_path)
    await first.close()
    names = [name for name, _ in MIGRATIONS]
    recorded = query(db_path, "SELECT name, applied_at FROM migrations ORDER BY rowid")
    assert [name for name, _ in recorded] == names
    assert all(at.endswith("+00:00") for _, at in recorded)

    second = await Store.open(db_path)  # reopening must not re-run (or fail on) any step
    await second.close()
    assert query(db_path, "SELECT name, applied_at FROM migrations ORDER BY rowid") == recorded
    tables = {row[0] for row in query(db_path, "SELECT name FROM sqlite_master")}
    assert {"versions", "facts", "entities", "reload_audit", "question_log"} <= tables
    assert "question_log_at" in tables


async def test_file_store_uses_wal(store: Store, db_path: Path) -> None:
    assert query(db_path, "PRAGMA journal_mode") == [("wal",)]
    assert store.path == str(db_path)
    assert store.rebuilt is None


async def test_memory_store_works() -> None:
    memory = await Store.open(":memory:")
    try:
        assert await memory.save_version(factset(), source="test") == 1
        assert await memory.load_version() == (1, factset())
        assert await memory.check() is None
    finally:
        await memory.close()


async def test_unopenable_path_is_a_store_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=str(tmp_path)):
        await Store.open(tmp_path)  # a directory, not a database file


async def test_a_damaged_store_of_ours_is_moved_aside_and_rebuilt(db_path: Path) -> None:
    first = await Store.open(db_path)
    await first.save_version(factset(), source="test")
    await first.close()
    size = db_path.stat().st_size
    # Page 1 (header and schema) survives, so it is recognisably ours; the fact pages do not.
    with open(db_path, "r+b") as file:
        file.seek(size // 2)
        file.write(b"\xff" * (size // 4))
    damaged = db_path.read_bytes()

    rebuilt = await Store.open(db_path)
    try:
        asides = list(db_path.parent.glob("bot.db.corrupt-*"))
        assert len(asides) == 1
        assert asides[0].read_bytes() == damaged
        assert rebuilt.rebuilt is not None
        assert str(db_path) in rebuilt.rebuilt
        assert str(asides[0]) in rebuilt.rebuilt
        assert await rebuilt.latest_version() is None
        assert await rebuilt.save_version(factset(), source="test") == 1
    finally:
        await rebuilt.close()

    again = await Store.open(db_path)
    try:
        assert again.rebuilt is None
        assert await again.load_version() == (1, factset())
    finally:
        await again.close()


def other_apps_database(path: Path) -> None:
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        db.execute("CREATE TABLE migrations (name TEXT)")  # a common name: not enough
        db.executemany("INSERT INTO notes (body) VALUES (?)", [("keep me",)] * 500)
        db.execute("INSERT INTO migrations VALUES ('001_notes')")


def other_apps_damaged_database(path: Path) -> None:
    other_apps_database(path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2 :] = b"\xff" * (len(data) - len(data) // 2)
    path.write_bytes(bytes(data))


def fact_file(path: Path) -> None:
    path.write_bytes(
        (Path(__file__).parent.parent / "facts" / "mission-impossible.toml").read_bytes()
    )


WRONG_FILES = {
    "notes.txt": lambda p: p.write_text("shopping: eggs, milk\n" * 100, encoding="utf-8"),
    "mission-impossible.toml": fact_file,
    "random bytes": lambda p: p.write_bytes(random.Random(1).randbytes(64 * 1024)),
    "another app's SQLite": other_apps_database,
    "another app's damaged SQLite": other_apps_damaged_database,
}


@pytest.mark.parametrize("wrong", list(WRONG_FILES))
async def test_a_wrong_store_path_is_refused_and_the_file_left_untouched(
    wrong: str, tmp_path: Path
) -> None:
    """Issue 10.1: FRANCHISE_BOT_DB=notes.txt used to turn the notes into a database."""
    path = tmp_path / wrong.replace(" ", "-")
    WRONG_FILES[wrong](path)
    before = path.read_bytes()
    files_before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(NotAStoreError) as refused:
        await Store.open(path)

    message = str(refused.value)
    assert f"{path} is " in message and "not a franchise-bot store" in message, message
    assert "left it untouched" in message and "FRANCHISE_BOT_DB" in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # no -wal, no .corrupt-*


@pytest.mark.parametrize("how", ["no bytes", "no tables"])
async def test_an_empty_database_file_becomes_the_store(how: str, tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    if how == "no bytes":
        path.touch()
    else:
        with closing(sqlite3.connect(path)) as db:
            db.execute("VACUUM")  # writes the header and an empty schema
    opened = await Store.open(path)
    try:
        assert opened.rebuilt is None
        assert await opened.save_version(factset(), source="test") == 1
    finally:
        await opened.close()


async def test_a_store_killed_before_its_first_checkpoint_is_still_ours(tmp_path: Path) -> None:
    """Schema only in the write-ahead log: the header page has none of our tables yet."""
    path = tmp_path / "bot.db"
    script = (
        "import asyncio, os, sys\n"
        "from bot.store import Store\n"
        "async def main():\n"
        "    await Store.open(sys.argv[1])\n"
        "    os._exit(0)  # as SIGKILL: no close, no checkpoint\n"
        "asyncio.run(main())\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=60)
    assert b"CREATE TABLE reload_audit" not in path.read_bytes()
    reopened = await Store.open(path)
    try:
        assert reopened.rebuilt is None and not reopened.created
        assert await reopened.save_version(factset(), source="test") == 1
    finally:
        await reopened.close()


# ---------------------------------------------------------------- fact versions


async def test_empty_store_has_no_version(store: Store) -> None:
    assert await store.latest_version() is None
    assert await store.latest_digest() is None
    assert await store.load_version() is None


async def test_save_and_load_round_trip(store: Store) -> None:
    first, second = factset("a"), factset("b")
    assert await store.save_version(first, source="facts/") == 1
    assert await store.load_version() == (1, first)
    assert await store.save_version(second, source="facts/") == 2
    assert await store.latest_version() == 2
    assert await store.latest_digest() == "digest-b"

    loaded = await store.load_version()
    assert loaded == (2, second)
    _, facts = loaded
    assert isinstance(facts.facts[0].entities, tuple)
    assert isinstance(facts.facts[0].source, Source)
    assert facts.entities[0].kind is EntityKind.FILM
    row = query(Path(store.path), "SELECT fact_count, alias_count, complete FROM versions")[1]
    assert row == (3, second.alias_count, 1)


async def test_load_an_older_version(store: Store) -> None:
    await store.save_version(factset("a"), source="facts/")
    await store.save_version(factset("b"), source="facts/")
    assert await store.load_version(1) == (1, factset("a"))
    assert await store.load_version(2) == (2, factset("b"))
    assert await store.load_version(99) is None


async def test_only_the_newest_versions_keep_their_facts(store: Store) -> None:
    total = KEEP_VERSIONS + 2
    for n in range(total):
        await store.save_version(factset(str(n)), source="facts/")
    path = Path(store.path)
    kept = list(range(total - KEEP_VERSIONS + 1, total + 1))
    assert [v for (v,) in query(path, "SELECT DISTINCT version FROM facts ORDER BY 1")] == kept
    assert [v for (v,) in query(path, "SELECT DISTINCT version FROM entities ORDER BY 1")] == kept
    assert query(path, "SELECT count(*) FROM versions") == [(total,)]  # history stays
    assert await store.load_version(1) is None  # rather than an empty fact set
    assert await store.load_version(kept[0]) == (kept[0], factset(str(kept[0] - 1)))


async def test_incomplete_version_is_never_loaded(store: Store) -> None:
    await store.save_version(factset("a"), source="facts/")
    # What a save cut short would look like if it ever committed half-way.
    path = Path(store.path)
    write(
        path,
        "INSERT INTO versions (version, created_at, source, digest, fact_count, alias_count,"
        " complete) VALUES (2, '2030-01-01T00:00:00+00:00', 'crash', 'half', 1, 0, 0)",
    )
    write(path, "INSERT INTO facts (version, id, data) VALUES (2, 'half', '{}')")

    assert await store.latest_version() == 1
    assert await store.latest_digest() == "digest-a"
    assert await store.load_version() == (1, factset("a"))
    assert await store.load_version(2) is None
    assert await store.save_version(factset("b"), source="facts/") == 3


async def test_failed_save_leaves_nothing_behind(store: Store) -> None:
    await store.save_version(factset("a"), source="facts/")
    good = factset("b")
    duplicated = FactSet(facts=(*good.facts, good.facts[0]), entities=good.entities)
    with pytest.raises(StoreError, match="save a new facts version"):
        await store.save_version(duplicated, source="facts/")
    assert query(Path(store.path), "SELECT version FROM versions") == [(1,)]
    assert query(Path(store.path), "SELECT DISTINCT version FROM facts") == [(1,)]
    assert await store.save_version(good, source="facts/") == 2


async def test_unreadable_stored_fact_is_a_store_error(store: Store) -> None:
    await store.save_version(factset("a"), source="facts/")
    write(Path(store.path), 'UPDATE facts SET data = \'{"id": "x"}\' WHERE rowid = 1')
    with pytest.raises(StoreError, match="Version 1"):
        await store.load_version()


async def test_concurrent_writers_do_not_interleave_transactions(store: Store) -> None:
    saves = [store.save_version(factset(str(n)), source="facts/") for n in range(3)]
    logs = [
        store.log_question(
            platform="discord", question=f"q{n}", answered=False, confidence=0.1, fact_id=None
        )
        for n in range(20)
    ]
    versions, _ = await asyncio.gather(asyncio.gather(*saves), asyncio.gather(*logs))
    assert sorted(versions) == [1, 2, 3]
    assert await store.question_count() == 20


# ---------------------------------------------------------------- reload audit


async def test_reloads_are_audited_newest_first(store: Store) -> None:
    good = ReloadReport(ok=True, version=1, facts=3, added=3, aliases=4, ms=12.5)
    bad = ReloadReport(ok=False, version=None, errors=("a.toml:3: no answer", "b.toml:1: bad"))
    await store.record_reload(who="mod#1", platform="discord", source="facts/", report=good)
    await store.record_reload(who="U123", platform="slack", source="facts/", report=bad)

    latest, earlier = await store.recent_reloads()
    assert (latest.who, latest.ok, latest.version, latest.facts) == ("U123", False, None, 0)
    assert latest.errors == ("a.toml:3: no answer", "b.toml:1: bad")
    assert (earlier.who, earlier.ok, earlier.version, earlier.facts) == ("mod#1", True, 1, 3)
    assert earlier.errors == ()
    assert earlier.source == "facts/"
    assert earlier.at.endswith("+00:00")
    assert len(await store.recent_reloads(limit=1)) == 1

    row = query(
        Path(store.path),
        "SELECT platform, added, removed, changed, aliases, ms FROM reload_audit ORDER BY id",
    )[0]
    assert row == ("discord", 3, 0, 0, 4, 12.5)


# ---------------------------------------------------------------- question log


async def test_question_log_cannot_hold_who_asked(store: Store) -> None:
    columns = [row[1] for row in query(Path(store.path), "PRAGMA table_info(question_log)")]
    assert columns == ["id", "at", "platform", "question", "answered", "confidence", "fact_id"]
    parameters = set(inspect.signature(Store.log_question).parameters)
    assert parameters == {"self", "platform", "question", "answered", "confidence", "fact_id", "at"}


async def test_questions_are_logged_truncated_and_listed_newest_first(store: Store) -> None:
    now = datetime.now(UTC)
    await store.log_question(
        platform="slack",
        question="x" * 600,
        answered=False,
        confidence=0.2,
        fact_id=None,
        at=now - timedelta(minutes=5),
    )
    await store.log_question(
        platform="discord",
        question="Who plays Ethan Hunt?",
        answered=True,
        confidence=0.93,
        fact_id="mi7-cast",
    )
    assert await store.question_count() == 2
    newest, oldest = await store.recent_questions()
    assert (newest.platform, newest.question, newest.answered) == (
        "discord",
        "Who plays Ethan Hunt?",
        True,
    )
    assert (newest.confidence, newest.fact_id) == (0.93, "mi7-cast")
    assert oldest.question == "x" * 500
    assert oldest.fact_id is None
    assert newest.at > oldest.at
    assert len(await store.recent_questions(limit=1)) == 1


async def test_unanswered_groups_spellings_and_orders_by_count_then_recency(store: Store) -> None:
    now = datetime.now(UTC)

    async def ask(question: str, minutes_ago: float, answered: bool = False) -> None:
        await store.log_question(
            platform="discord",
            question=question,
            answered=answered,
            confidence=0.9 if answered else 0.1,
            fact_id="f" if answered else None,
            at=now - timedelta(minutes=minutes_ago),
        )

    await ask("who directs mi8?", 50)
    await ask("  Who directs MI8?", 40)
    await ask("WHO DIRECTS MI8?  ", 30)  # newest spelling of the most asked question
    await ask("budget of mi7?", 45)
    await ask("Budget of MI7?", 20)  # two asks, more recent than the next group's
    await ask("filming dates?", 60)
    await ask("Filming dates?", 55)
    await ask("runtime?", 10)
    await ask("who plays ethan hunt?", 5, answered=True)  # answered: not listed
    await ask("who plays ethan hunt?", 6, answered=True)
    await ask("who plays ethan hunt?", 7, answered=True)
    await ask("runtime?", 60 * 24 * 40)  # older than the window: not counted
    await ask("ancient question?", 60 * 24 * 40)
    await ask("ancient question?", 60 * 24 * 41)

    listed = await store.unanswered(days=30)
    assert [(u.question, u.count) for u in listed] == [
        ("WHO DIRECTS MI8?  ", 3),
        ("Budget of MI7?", 2),
        ("Filming dates?", 2),
        ("runtime?", 1),
    ]
    assert listed[0].last_asked == max(
        q.at
        for q in await store.recent_questions(limit=100)
        if q.question.strip().lower() == "who directs mi8?"
    )
    assert [u.question for u in await store.unanswered(limit=2)] == [
        "WHO DIRECTS MI8?  ",
        "Budget of MI7?",
    ]
    wider = await store.unanswered(days=60)
    assert ("ancient question?", 2) in [(u.question, u.count) for u in wider]


async def test_prune_log_deletes_only_old_rows(store: Store) -> None:
    now = datetime.now(UTC)
    for days_ago in (400, 31, 29, 0):
        await store.log_question(
            platform="slack",
            question=f"asked {days_ago} days ago",
            answered=False,
            confidence=0.0,
            fact_id=None,
            at=now - timedelta(days=days_ago),
        )
    assert await store.prune_log(30) == 2
    assert await store.question_count() == 2
    remaining = {q.question for q in await store.recent_questions()}
    assert remaining == {"asked 29 days ago", "asked 0 days ago"}
    assert await store.prune_log(30) == 0


# ---------------------------------------------------------------- health check


async def test_check_passes_on_a_healthy_store(store: Store) -> None:
    await store.save_version(factset(), source="facts/")
    assert await store.check() is None
    assert await store.latest_version() == 1  # the write probe left nothing behind


async def test_check_reports_a_deleted_file(store: Store, db_path: Path) -> None:
    os.remove(db_path)
    problem = await store.check()
    assert problem is not None
    assert str(db_path) in problem
    assert "deleted" in problem


async def test_check_reports_a_replaced_file(store: Store, db_path: Path) -> None:
    replacement = db_path.with_name("other.db")
    write(replacement, "CREATE TABLE t (x)")
    replacement.replace(db_path)
    problem = await store.check()
    assert problem is not None
    assert "replaced" in problem


async def test_check_reports_a_store_locked_by_another_process(store: Store, db_path: Path) -> None:
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another writer holding the lock
        problem = await store.check()
        other.execute("ROLLBACK")
    assert problem is not None
    assert "locked" in problem
    assert await store.check() is None


async def test_a_locked_store_fails_writes_as_a_locked_error(store: Store, db_path: Path) -> None:
    fast = await Store.open(f"file:{db_path}")  # a second connection, like another process
    try:
        await fast._db.execute("PRAGMA busy_timeout = 50")  # type: ignore[union-attr]
        with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StoreLockedError, match="locked"):
                await fast.log_question(
                    platform="t", question="q", answered=False, confidence=0.0, fact_id=None
                )
            other.execute("ROLLBACK")
    finally:
        await fast.close()


async def test_writing_to_a_deleted_file_fails_as_a_missing_store(
    store: Store, db_path: Path
) -> None:
    os.remove(db_path)
    with pytest.raises(StoreMissingError, match="deleted"):
        await store.save_version(factset(), source="facts/")


async def test_check_reports_a_read_only_store(store: Store, db_path: Path) -> None:
    # Tests run as root, whom chmod does not stop; a read-only connection is what SQLite
    # sees on a read-only mount.
    await store.save_version(factset(), source="facts/")
    read_only = await Store.open(f"file:{db_path}?mode=ro")
    try:
        assert await read_only.load_version() == (1, factset())
        problem = await read_only.check()
        assert problem is not None
        assert "read-only" in problem
        with pytest.raises(StoreReadOnlyError, match="readonly"):
            await read_only.save_version(factset("b"), source="facts/")
    finally:
        await read_only.close()


async def test_closed_store_refuses_work_in_a_sentence(db_path: Path) -> None:
    closed = await Store.open(db_path)
    await closed.close()
    await closed.close()  # closing twice is harmless
    assert await closed.check() == f"The store at {db_path} is closed."
    with pytest.raises(StoreError, match="closed"):
        await closed.latest_version()


async def test_saving_on_top_of_a_version_copies_unchanged_rows_and_keeps_order(
    store: Store, db_path: Path
) -> None:
    """A reload that edits one fact of many writes that one from Python; the rest is copied
    inside SQLite. Loaded back, the version is exactly the fact set that was saved."""
    first = factset("a")
    base = await store.save_version(first, source="facts/")
    edited = replace(first.facts[0], answer="Now due in 2024.")
    added = replace(first.facts[2], id="passage-new", answer="Also Rome.")
    second = FactSet(
        facts=(edited, added, first.facts[1]),  # one changed, one added, one removed, reordered
        entities=first.entities,
        digest="digest-b",
    )
    touched = {"mi7-release-a", "passage-new", "passage-a"}
    version = await store.save_version(
        second, source="facts/", base=base, touched=touched, same_entities=True
    )
    assert await store.load_version(version) == (version, second)
    assert await store.load_version(base) == (base, first)
    # Only the changed and added facts were written as new JSON; one row was copied.
    copied = query(
        db_path,
        "SELECT count(*) FROM facts AS new JOIN facts AS old ON new.id = old.id"
        " AND new.data = old.data WHERE new.version = ? AND old.version = ?",
        (version, base),
    )
    assert copied == [(1,)]


async def test_saving_on_top_of_a_pruned_version_writes_everything(store: Store) -> None:
    versions = [await store.save_version(factset(tag), source="f") for tag in "abcd"]
    pruned = versions[0]
    fresh = factset("e")
    version = await store.save_version(fresh, source="f", base=pruned, touched={"x"})
    assert await store.load_version(version) == (version, fresh)
