"""The SQLite store: fact versions, the reload audit and the question log.

The only module that imports aiosqlite. Every other module sees dataclasses and StoreError.
"""

from __future__ import annotations

import asyncio
import enum
import json
import os
import re
import sqlite3
import time
from collections.abc import AsyncIterator, Collection, Iterable
from contextlib import asynccontextmanager, closing, suppress
from dataclasses import fields, is_dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite

from bot.errors import NotAStoreError, StoreError, StoreFullError
from bot.memory import collector_paused
from bot.models import (
    AuditEntry,
    Entity,
    EntityKind,
    Fact,
    FactSet,
    LoggedQuestion,
    ReloadReport,
    Source,
    UnansweredCount,
)

KEEP_VERSIONS = 3  # versions whose fact rows are kept; older versions keep only their history row
QUESTION_MAX_CHARS = 500
BUSY_TIMEOUT_MS = 5000
CHECK_BUSY_TIMEOUT_MS = 250  # a health check should answer quickly, not wait out a writer
# After a write found the store locked by another process, writes fail at once for this long
# instead of each waiting out BUSY_TIMEOUT_MS in turn behind the store's lock.
LOCKED_RETRY_S = 5.0

# Named, ordered steps, each applied once in its own transaction (as sqlite-utils' migrations.py).
# Never edit a step that has shipped: append a new one.
MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE versions (
            version INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL,
            source TEXT NOT NULL,
            digest TEXT NOT NULL,
            fact_count INTEGER NOT NULL,
            alias_count INTEGER NOT NULL,
            complete INTEGER NOT NULL DEFAULT 0,
            pruned INTEGER NOT NULL DEFAULT 0  -- 1 once its fact rows were deleted
        );
        CREATE TABLE facts (
            version INTEGER NOT NULL REFERENCES versions(version),
            id TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (version, id)
        );
        CREATE TABLE entities (
            version INTEGER NOT NULL REFERENCES versions(version),
            id TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (version, id)
        );
        CREATE TABLE reload_audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            platform TEXT NOT NULL,
            source TEXT NOT NULL,
            ok INTEGER NOT NULL,
            version INTEGER,
            facts INTEGER NOT NULL,
            added INTEGER NOT NULL,
            removed INTEGER NOT NULL,
            changed INTEGER NOT NULL,
            aliases INTEGER NOT NULL,
            ms REAL NOT NULL,
            errors TEXT NOT NULL
        );
        -- No user id, name or channel: the log is for finding missing facts, not people.
        CREATE TABLE question_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            platform TEXT NOT NULL,
            question TEXT NOT NULL,
            answered INTEGER NOT NULL,
            confidence REAL NOT NULL,
            fact_id TEXT
        );
        CREATE INDEX question_log_at ON question_log(at);
        """,
    ),
    (
        # A version saved by copying unchanged rows from the one before keeps its facts'
        # order here (JSON list of ids); NULL means rowid order is the order.
        "0002_fact_order",
        "ALTER TABLE versions ADD COLUMN fact_order TEXT;",
    ),
]

# What makes a file recognisably our store: SQLite's header, then our schema. SQLite keeps
# each table's CREATE statement, as written above, in its schema table on the first page.
SQLITE_HEADER = b"SQLite format 3\x00"
_HEAD_BYTES = 65536  # the largest page size SQLite allows: all of page 1
_SCHEMA_MARKS = (b"CREATE TABLE reload_audit", b"CREATE TABLE question_log")
_OUR_TABLES = frozenset(
    {"migrations", *re.findall(r"CREATE TABLE (\w+)", "".join(script for _, script in MIGRATIONS))}
)
_OUR_MIGRATIONS = frozenset(name for name, _ in MIGRATIONS)

_FACT_FIELDS = frozenset(f.name for f in fields(Fact))
_ENTITY_FIELDS = frozenset(f.name for f in fields(Entity))
# JSON has no tuples: these fields come back as lists and are turned back into tuples.
# (models.py uses postponed annotations, so a field's type is its source text.)
_FACT_TUPLES = tuple(f.name for f in fields(Fact) if str(f.type).startswith("tuple"))
_ENTITY_TUPLES = tuple(f.name for f in fields(Entity) if str(f.type).startswith("tuple"))


class Store:
    """One aiosqlite connection; a lock serialises its users so transactions never interleave."""

    def __init__(
        self, db: aiosqlite.Connection, path: str, rebuilt: str | None, *, created: bool = False
    ) -> None:
        self._db: aiosqlite.Connection | None = db
        self._lock = asyncio.Lock()
        self.path = path
        self.rebuilt = rebuilt
        self.created = created  # there was no store file before this open
        self._file = _file_of(path)
        self._identity = _identity(self._file)
        self._locked_until = 0.0
        self._locked_problem = ""
        self._busy_since: float | None = None  # when the running operation took the lock

    @classmethod
    async def open(cls, path: str | Path) -> Store:
        """Open (creating or migrating) the store; an unreadable file is moved aside and rebuilt."""
        where = str(path)
        file = _file_of(where)
        created = False
        kind: _FileKind | None = None
        if file is not None:
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"Cannot create the folder {file.parent} for the store: {exc.strerror}."
                ) from exc
            # Before SQLite touches it: a mistyped FRANCHISE_BOT_DB must not turn someone's
            # notes, a fact file or another program's database into our store.
            kind = await asyncio.to_thread(_examine, file)
            created = kind is _FileKind.MISSING
        rebuilt = None
        try:
            db = await _connect(where)
        except sqlite3.Error as exc:
            if file is None or not _unreadable(exc):
                raise _open_error(where, exc) from exc
            if kind is not _FileKind.OURS:
                # Damaged, and nothing in it says it was ever ours: not ours to move.
                raise NotAStoreError(
                    _not_a_store(file, f"a damaged SQLite database ({exc})")
                ) from exc
            aside = _move_aside(file)
            rebuilt = (
                f"The store at {where} was unreadable ({exc}); it was moved to {aside} and rebuilt."
            )
            try:
                db = await _connect(where)
            except sqlite3.Error as again:
                raise _open_error(where, again) from again
        return cls(db, where, rebuilt, created=created)

    async def close(self) -> None:
        db, self._db = self._db, None
        if db is not None:
            async with self._lock:
                await db.close()

    async def latest_version(self) -> int | None:
        """The newest complete version's number."""
        async with self._using("read the latest version") as db:
            rows = await db.execute_fetchall("SELECT max(version) FROM versions WHERE complete = 1")
        latest: int | None = _first(rows)
        return latest

    async def latest_digest(self) -> str | None:
        async with self._using("read the latest digest") as db:
            rows = await db.execute_fetchall(
                "SELECT digest FROM versions WHERE complete = 1 ORDER BY version DESC LIMIT 1"
            )
        digest: str | None = _first(rows)
        return digest

    async def load_version(self, version: int | None = None) -> tuple[int, FactSet] | None:
        """The given (or newest) complete version whose facts are still kept, or None."""
        async with self._using("load a facts version") as db:
            query = (
                "SELECT version, digest, fact_order FROM versions WHERE complete = 1 AND pruned = 0"
            )
            if version is None:
                heads = await db.execute_fetchall(query + " ORDER BY version DESC LIMIT 1")
            else:
                heads = await db.execute_fetchall(query + " AND version = ?", (version,))
            head = next(iter(heads), None)
            if head is None:
                return None
            number, digest, order = head[0], head[1], head[2]
            # The collector would rescan the heap thousands of times while 100,000 facts are
            # built (doubling the load time), and they form no cycles for it to find.
            with collector_paused():
                # rowid order is insertion order, so the tuples come back exactly as saved.
                fact_rows = await db.execute_fetchall(
                    "SELECT data, id FROM facts WHERE version = ? ORDER BY rowid", (number,)
                )
                entity_rows = await db.execute_fetchall(
                    "SELECT data FROM entities WHERE version = ? ORDER BY rowid", (number,)
                )
                try:
                    # Decoding takes most of a second: keep the event loop answering meanwhile.
                    factset = await asyncio.to_thread(
                        _decode, fact_rows, entity_rows, digest, order
                    )
                except (TypeError, ValueError, KeyError) as exc:
                    raise StoreError(
                        f"Version {number} in the store at {self.path} was saved in a form "
                        f"this version of the bot cannot read ({exc}); reload the facts to "
                        "save a new one."
                    ) from exc
        return number, factset

    async def save_version(
        self,
        facts: FactSet,
        *,
        source: str,
        base: int | None = None,
        touched: Collection[str] = (),
        same_entities: bool = False,
    ) -> int:
        """Save every fact and entity as a new version, all in one transaction.

        With `base` (a stored version the caller compared `facts` with), the facts whose
        ids are not in `touched` (added, removed or changed) are copied from it inside
        SQLite instead of encoded again, and so are the entities when `same_entities`:
        a reload that edits a few of 100,000 facts writes a few rows from Python. Loaded
        back, copied facts come first, then the rest; the digest is the one given.
        """
        async with self._using("save a new facts version", write=True) as db:
            cursor = await db.execute(
                "INSERT INTO versions (created_at, source, digest, fact_count, alias_count)"
                " VALUES (?, ?, ?, ?, ?)",
                (_now(), source, facts.digest, len(facts.facts), facts.alias_count),
            )
            version = cursor.lastrowid
            assert version is not None  # an INSERT into a rowid table always sets it
            if base is not None and not await _has_rows(db, base):
                base = None  # pruned or never saved: write everything
            fresh_facts: Iterable[Fact] = facts.facts
            fresh_entities: Iterable[Entity] = facts.entities
            if base is not None:
                await db.execute("CREATE TEMP TABLE IF NOT EXISTS touched (id TEXT PRIMARY KEY)")
                await db.execute("DELETE FROM touched")
                await db.executemany(
                    "INSERT OR IGNORE INTO touched (id) VALUES (?)", ((i,) for i in touched)
                )
                await db.execute(
                    "INSERT INTO facts (version, id, data) SELECT ?, id, data FROM facts"
                    " WHERE version = ? AND id NOT IN (SELECT id FROM touched) ORDER BY rowid",
                    (version, base),
                )
                keep = frozenset(touched)
                fresh_facts = (f for f in facts.facts if f.id in keep)
                # Copied rows come first in rowid order: record the real order.
                order = json.dumps([f.id for f in facts.facts], separators=(",", ":"))
                await db.execute(
                    "UPDATE versions SET fact_order = ? WHERE version = ?", (order, version)
                )
                if same_entities:
                    await db.execute(
                        "INSERT INTO entities (version, id, data) SELECT ?, id, data"
                        " FROM entities WHERE version = ? ORDER BY rowid",
                        (version, base),
                    )
                    fresh_entities = ()
            # Generators: the JSON is built on aiosqlite's thread, not the event loop.
            await db.executemany(
                "INSERT INTO facts (version, id, data) VALUES (?, ?, ?)",
                ((version, f.id, _dumps(f)) for f in fresh_facts),
            )
            await db.executemany(
                "INSERT INTO entities (version, id, data) VALUES (?, ?, ?)",
                ((version, e.id, _dumps(e)) for e in fresh_entities),
            )
            # Same transaction as the rows: a killed process leaves no "complete" half-version.
            await db.execute("UPDATE versions SET complete = 1 WHERE version = ?", (version,))
            await _prune_versions(db)
        return version

    async def record_reload(
        self, *, who: str, platform: str, source: str, report: ReloadReport
    ) -> None:
        async with self._using("record a reload in the audit", write=True) as db:
            await db.execute(
                "INSERT INTO reload_audit (at, who, platform, source, ok, version, facts,"
                " added, removed, changed, aliases, ms, errors)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    _now(),
                    who,
                    platform,
                    source,
                    int(report.ok),
                    report.version,
                    report.facts,
                    report.added,
                    report.removed,
                    report.changed,
                    report.aliases,
                    report.ms,
                    json.dumps(list(report.errors)),
                ),
            )

    async def recent_reloads(self, limit: int = 5) -> list[AuditEntry]:
        """The newest reloads first."""
        async with self._using("read the reload audit") as db:
            rows = await db.execute_fetchall(
                "SELECT at, who, source, ok, version, facts, errors FROM reload_audit"
                " ORDER BY id DESC LIMIT ?",
                (limit,),
            )
        return [
            AuditEntry(
                at=r[0],
                who=r[1],
                source=r[2],
                ok=bool(r[3]),
                version=r[4],
                facts=r[5],
                errors=tuple(json.loads(r[6])),
            )
            for r in rows
        ]

    async def log_question(
        self,
        *,
        platform: str,
        question: str,
        answered: bool,
        confidence: float,
        fact_id: str | None,
        at: datetime | None = None,
    ) -> None:
        """Log a question without anything that identifies who asked it."""
        async with self._using("log a question", write=True) as db:
            await db.execute(
                "INSERT INTO question_log (at, platform, question, answered, confidence, fact_id)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    _iso(at) if at is not None else _now(),
                    platform,
                    question[:QUESTION_MAX_CHARS],
                    int(answered),
                    confidence,
                    fact_id,
                ),
            )

    async def question_count(self) -> int:
        async with self._using("count logged questions") as db:
            rows = await db.execute_fetchall("SELECT count(*) FROM question_log")
        return _first(rows) or 0

    async def recent_questions(self, limit: int = 50) -> list[LoggedQuestion]:
        """The newest questions first."""
        async with self._using("read the question log") as db:
            rows = await db.execute_fetchall(
                "SELECT at, platform, question, answered, confidence, fact_id FROM question_log"
                " ORDER BY at DESC, id DESC LIMIT ?",
                (limit,),
            )
        return [
            LoggedQuestion(
                at=r[0],
                platform=r[1],
                question=r[2],
                answered=bool(r[3]),
                confidence=r[4],
                fact_id=r[5],
            )
            for r in rows
        ]

    async def unanswered(self, *, limit: int = 10, days: int = 30) -> list[UnansweredCount]:
        """The most often asked unanswered questions of the last `days`: what facts to add."""
        since = _iso(datetime.now(UTC) - timedelta(days=days))
        async with self._using("read unanswered questions") as db:
            # With exactly one max() aggregate, SQLite takes the bare column `question` from
            # the row holding the max, so each group shows its most recent spelling.
            rows = await db.execute_fetchall(
                "SELECT question, count(*) AS asked, max(at) AS last_asked FROM question_log"
                " WHERE answered = 0 AND at >= ?"
                " GROUP BY lower(trim(question))"
                " ORDER BY asked DESC, last_asked DESC LIMIT ?",
                (since, limit),
            )
        return [UnansweredCount(question=r[0], count=r[1], last_asked=r[2]) for r in rows]

    async def prune_log(self, days: int) -> int:
        """Delete logged questions older than `days`; returns how many were deleted."""
        before = _iso(datetime.now(UTC) - timedelta(days=days))
        async with self._using("prune the question log", write=True) as db:
            cursor = await db.execute("DELETE FROM question_log WHERE at < ?", (before,))
            return cursor.rowcount

    async def check(self, *, probe_writes: bool = True) -> str | None:
        """None when the store can be read and written, else a sentence saying what is wrong.

        `probe_writes=False` right after a write succeeded: the probe waits only briefly for
        the write lock, so beside other processes' reloads it would call a working store
        "locked".
        """
        db = self._db
        if db is None:
            return f"The store at {self.path} is closed."
        if self._file is not None:
            moved = self._file_problem()
            if moved:
                return moved
        try:
            async with self._lock:
                await db.execute_fetchall("SELECT max(version) FROM versions")
                if probe_writes:
                    await _probe_write(db)
        except sqlite3.Error as exc:
            return self._describe(exc)
        except Exception as exc:  # a health check reports; it never raises
            return f"The store at {self.path} cannot be checked: {exc}."
        if probe_writes:
            self._locked_until = 0.0  # the write probe got the lock: stop refusing writes
        if self._file is not None:
            # The open connection serves pages from its cache and may not see the file on disk
            # overwritten under it; a fresh connection reads what a restart would read.
            damage = await asyncio.to_thread(_damage_on_disk, self._file)
            if damage:
                return _corrupt(self.path, damage)
        if self._file is not None and not os.access(self._file, os.W_OK):
            # The open connection can still write, but the next start cannot.
            return (
                f"The store file {self.path} is read-only; the bot will fail to save "
                "facts or log questions after a restart."
            )
        return None

    def _file_problem(self) -> str | None:
        assert self._file is not None
        now = _identity(self._file)
        if now is None:
            # SQLite would go on writing to the deleted inode, losing it all at the next stop;
            # _using refuses writes instead, so the fault is reported when it happens.
            return (
                f"The store file {self.path} was deleted or moved while the bot was running; "
                "nothing more can be saved until the bot restarts and creates a new one."
            )
        if now != self._identity:
            return (
                f"The store file {self.path} was replaced by another file while the bot was "
                "running; the bot has stopped writing to it. Restart the bot to use the new file."
            )
        return None

    def stuck_for(self) -> float:
        """Seconds the operation now holding the store has been running; 0.0 when idle."""
        since = self._busy_since
        return 0.0 if since is None else time.monotonic() - since

    def _write_refusal(self) -> str | None:
        """Why a write must not even be tried now, or None."""
        if self._file is not None:
            moved = self._file_problem()
            if moved:
                return moved
        if time.monotonic() < self._locked_until:
            return self._locked_problem
        return None

    def _describe(self, exc: sqlite3.Error) -> str:
        return _describe(self.path, exc, read_only=_unwritable(self._file))

    @asynccontextmanager
    async def _using(
        self, doing: str, *, write: bool = False
    ) -> AsyncIterator[aiosqlite.Connection]:
        """The connection, alone, inside a transaction when writing; sqlite errors as StoreError."""
        async with self._lock:
            db = self._db
            if db is None:
                raise StoreError(f"Cannot {doing}: the store at {self.path} is closed.")
            refusal = self._write_refusal() if write else None
            if refusal:
                raise StoreError(f"Could not {doing}: {_lower_first(refusal)}")
            self._busy_since = time.monotonic()
            try:
                if write:
                    await db.execute("BEGIN IMMEDIATE")
                yield db
                if write:
                    await db.execute("COMMIT")
            except BaseException as exc:
                if write:
                    # Queued after any statement still running on aiosqlite's thread.
                    with suppress(sqlite3.Error):
                        await db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    problem = self._describe(exc)
                    if write and _errorname(exc).startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                        # Each queued write would wait out the same lock in turn, holding up
                        # every caller behind it; fail them at once for a while instead.
                        self._locked_until = time.monotonic() + LOCKED_RETRY_S
                        self._locked_problem = problem
                    error = (
                        StoreFullError if _errorname(exc).startswith("SQLITE_FULL") else StoreError
                    )
                    raise error(f"Could not {doing}: {_lower_first(problem)}") from exc
                raise
            finally:
                self._busy_since = None


async def _connect(where: str) -> aiosqlite.Connection:
    uri = where.startswith("file:")
    # When connecting fails, aiosqlite 0.22 stops its worker thread without waiting for it, and
    # the thread later raises "Event loop is closed" (omnilib/aiosqlite#389). Plain sqlite3
    # finds out first whether the file can be opened at all.
    await asyncio.to_thread(_try_opening, where, uri)
    # isolation_level=None: we write BEGIN/COMMIT ourselves, sqlite3 adds none of its own.
    db = await aiosqlite.connect(where, isolation_level=None, uri=uri)
    try:
        if where != ":memory:":
            # Readers never block the writer, and a crash cannot tear a committed transaction.
            await db.execute("PRAGMA journal_mode = WAL")
        await db.execute("PRAGMA synchronous = NORMAL")
        await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await db.execute("PRAGMA foreign_keys = ON")
        if where != ":memory:":
            # A file whose header survived but whose pages did not opens fine and fails later,
            # at the first read of a fact version; find out now, while it can be rebuilt.
            verdict = _first(await db.execute_fetchall("PRAGMA quick_check(1)"))
            if verdict != "ok":
                raise _CorruptError(f"integrity check failed: {verdict}")
        await _migrate(db)
    except BaseException:
        await db.close()
        raise
    return db


async def _probe_write(db: aiosqlite.Connection) -> None:
    """Take the write lock (waiting only briefly) and write, then roll back."""
    await db.execute(f"PRAGMA busy_timeout = {CHECK_BUSY_TIMEOUT_MS}")
    try:
        await db.execute("BEGIN IMMEDIATE")
        # A real write, rolled back: BEGIN alone succeeds on a read-only database.
        await db.execute(
            "UPDATE migrations SET applied_at = applied_at"
            " WHERE rowid = (SELECT min(rowid) FROM migrations)"
        )
    finally:
        with suppress(sqlite3.Error):
            await db.execute("ROLLBACK")
        await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


class _CorruptError(sqlite3.DatabaseError):
    """SQLite's integrity check found damage that no statement has reported yet."""


def _damage_on_disk(file: Path) -> str | None:
    """What a fresh read-only connection finds wrong with the file, or None."""
    try:
        uri = f"{file.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=CHECK_BUSY_TIMEOUT_MS / 1000)) as db:
            verdict = db.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.Error as exc:
        # Only damage counts here; a lock or a missing file is the write probe's to report.
        return str(exc) if _unreadable(exc) else None
    return None if verdict is not None and verdict[0] == "ok" else str(verdict)


def _try_opening(where: str, uri: bool) -> None:
    sqlite3.connect(where, uri=uri).close()


async def _migrate(db: aiosqlite.Connection) -> None:
    await db.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    applied = {row[0] for row in await db.execute_fetchall("SELECT name FROM migrations")}
    for name, script in MIGRATIONS:
        if name in applied:
            continue
        await db.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have applied it between our read and our lock.
            if not list(
                await db.execute_fetchall("SELECT 1 FROM migrations WHERE name = ?", (name,))
            ):
                # Statement by statement: executescript() would commit our transaction first.
                for statement in _statements(script):
                    await db.execute(statement)
                await db.execute(
                    "INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, _now())
                )
            await db.execute("COMMIT")
        except BaseException:
            with suppress(sqlite3.Error):
                await db.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    """Split a script into statements; complete_statement() knows about quotes and triggers."""
    statements, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                statements.append(pending.strip())
            pending = ""
    return statements


async def _has_rows(db: aiosqlite.Connection, version: int) -> bool:
    rows = await db.execute_fetchall(
        "SELECT 1 FROM versions WHERE version = ? AND complete = 1 AND pruned = 0", (version,)
    )
    return bool(rows)


async def _prune_versions(db: aiosqlite.Connection) -> None:
    rows = await db.execute_fetchall(
        "SELECT min(version) FROM (SELECT version FROM versions WHERE complete = 1"
        " ORDER BY version DESC LIMIT ?)",
        (KEEP_VERSIONS,),
    )
    oldest_kept = _first(rows)
    if oldest_kept is None:
        return
    await db.execute("DELETE FROM facts WHERE version < ?", (oldest_kept,))
    await db.execute("DELETE FROM entities WHERE version < ?", (oldest_kept,))
    await db.execute(
        "UPDATE versions SET pruned = 1 WHERE version < ? AND pruned = 0", (oldest_kept,)
    )


def _plain(value: object) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _fields_of(value)
    raise TypeError(f"{type(value).__name__} cannot be stored as JSON")


# One encoder for every row: json.dumps() with options builds a new encoder per call.
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=_plain)


_NAMES = {cls: tuple(f.name for f in fields(cls)) for cls in (Fact, Entity, Source)}


def _fields_of(item: Any) -> dict[str, Any]:
    # Field by field rather than dataclasses.asdict(), which deep-copies and is ~10x slower
    # (and not vars(): the models use __slots__).
    return {name: getattr(item, name) for name in _NAMES[type(item)]}


def _dumps(item: Fact | Entity) -> str:
    # EntityKind is a StrEnum, so json writes its string value.
    return _ENCODER.encode(_fields_of(item))


def _fact(data: str) -> Fact:
    values: dict[str, Any] = json.loads(data)
    for name in _FACT_TUPLES:
        if name in values:
            values[name] = tuple(values[name])
    values["source"] = Source(**values["source"])
    return Fact(**_known(values, _FACT_FIELDS))


def _entity(data: str) -> Entity:
    values: dict[str, Any] = json.loads(data)
    for name in _ENTITY_TUPLES:
        if name in values:
            values[name] = tuple(values[name])
    values["kind"] = EntityKind(values["kind"])
    return Entity(**_known(values, _ENTITY_FIELDS))


def _known(values: dict[str, Any], names: frozenset[str]) -> dict[str, Any]:
    # Drop a field since removed from the dataclass (missing ones take their defaults), so a
    # change to the models does not make older versions unreadable.
    if values.keys() <= names:
        return values
    return {k: v for k, v in values.items() if k in names}


def _decode(
    fact_rows: Iterable[sqlite3.Row],
    entity_rows: Iterable[sqlite3.Row],
    digest: str,
    order: str | None = None,
) -> FactSet:
    facts = [_fact(row[0]) for row in fact_rows]
    if order is not None:
        by_id = {f.id: f for f in facts}
        facts = [by_id[fact_id] for fact_id in json.loads(order)]
    return FactSet(
        facts=tuple(facts),
        entities=tuple(_entity(row[0]) for row in entity_rows),
        digest=digest,
    )


def _first(rows: Iterable[sqlite3.Row]) -> Any:
    """The first column of the first row, or None."""
    row = next(iter(rows), None)
    return None if row is None else row[0]


def _iso(moment: datetime) -> str:
    # Naive datetimes are taken as UTC. One fixed format, so string order is time order.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _now() -> str:
    return _iso(datetime.now(UTC))


def _file_of(where: str) -> Path | None:
    """The database file, or None for an in-memory store or a `file:` URI."""
    if where == ":memory:" or where.startswith("file:"):
        return None
    return Path(where)


def _identity(file: Path | None) -> tuple[int, int] | None:
    if file is None:
        return None
    try:
        stat = file.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def _errorname(exc: sqlite3.Error) -> str:
    return getattr(exc, "sqlite_errorname", "") or ""


def _unreadable(exc: sqlite3.Error) -> bool:
    if isinstance(exc, _CorruptError):
        return True
    return _errorname(exc).startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT"))


def _unwritable(file: Path | None) -> bool:
    """The database or its write-ahead log exists but may not be written (e.g. chattr +i)."""
    if file is None:
        return False
    return any(
        f.exists() and not os.access(f, os.W_OK) for f in (file, file.with_name(file.name + "-wal"))
    )


def _lower_first(sentence: str) -> str:
    return sentence[:1].lower() + sentence[1:]


def _corrupt(where: str, detail: object) -> str:
    return (
        f"The store at {where} is corrupt ({detail}); stop the bot and move the file aside, "
        "and it will be rebuilt on the next start."
    )


def _open_error(where: str, exc: sqlite3.Error) -> StoreError:
    return StoreError(f"Cannot open the store at {where}: {exc}.")


class _FileKind(enum.Enum):
    MISSING = "missing"  # created on open
    EMPTY = "empty"  # a database with no tables (or no bytes): nothing in it to lose
    OURS = "ours"  # our schema, readable or not: the only kind that may be moved aside


def _not_a_store(file: Path, what: str) -> str:
    return (
        f"{file} is {what}, not a franchise-bot store, so the bot left it untouched. "
        "Set FRANCHISE_BOT_DB to the store's file, or to a path where a new store can be created."
    )


def _examine(file: Path) -> _FileKind:
    """What the file at the store's path is; raises StoreError if it must not be opened."""
    try:
        with file.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except FileNotFoundError:
        return _FileKind.MISSING
    except IsADirectoryError as exc:
        raise NotAStoreError(
            f"The store's path {file} is a folder; set FRANCHISE_BOT_DB to a file in it, "
            f"such as {file / 'franchise-bot.db'}."
        ) from exc
    except OSError as exc:
        raise StoreError(_access_problem(file, exc)) from exc
    if not head:
        return _FileKind.EMPTY  # SQLite takes an empty file as an empty database
    if not head.startswith(SQLITE_HEADER):
        raise NotAStoreError(_not_a_store(file, "not a SQLite database"))
    if all(mark in head for mark in _SCHEMA_MARKS):
        return _FileKind.OURS
    # Our schema may still be in the write-ahead log only (a first start that was killed):
    # ask SQLite, read-only, what tables there are.
    try:
        uri = f"{file.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)) as db:
            tables = {
                row[0]
                for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if not row[0].startswith("sqlite_")
            }
            steps = (
                {row[0] for row in db.execute("SELECT name FROM migrations")}
                if "migrations" in tables
                else set()
            )
    except sqlite3.Error as exc:
        if _unreadable(exc):
            raise NotAStoreError(_not_a_store(file, f"a damaged SQLite database ({exc})")) from exc
        raise _open_error(str(file), exc) from exc
    if not tables:
        return _FileKind.EMPTY
    if "migrations" in tables and tables <= _OUR_TABLES and steps <= _OUR_MIGRATIONS:
        return _FileKind.OURS
    shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
    raise NotAStoreError(
        _not_a_store(file, f"a SQLite database of something else (tables: {shown})")
    )


def _access_problem(file: Path, exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return (
            f"The bot may not open the store at {file} ({exc.strerror}): the user running it "
            f"needs read and write access to the file and to every folder above it."
        )
    if isinstance(exc, NotADirectoryError):
        return f"The store's path {file} goes through a file as if it were a folder."
    return f"Cannot open the store at {file}: {exc.strerror}."


def _move_aside(file: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = file.with_name(f"{file.name}.corrupt-{stamp}")
    try:
        file.replace(aside)
        # The journal files belong to the broken database; keep them with it for inspection.
        for suffix in ("-wal", "-shm"):
            journal = file.with_name(file.name + suffix)
            if journal.exists():
                journal.replace(aside.with_name(aside.name + suffix))
    except OSError as exc:
        raise StoreError(
            f"The store at {file} is unreadable and could not be moved aside: {exc.strerror}."
        ) from exc
    return aside


def _describe(where: str, exc: sqlite3.Error, *, read_only: bool = False) -> str:
    name = _errorname(exc)
    # A file made read-only under an open connection fails its writes with an I/O error.
    if name.startswith("SQLITE_READONLY") or (read_only and name.startswith("SQLITE_IOERR")):
        return (
            f"The store at {where} is read-only ({exc}); facts versions, the reload audit "
            "and the question log cannot be saved."
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return f"The store at {where} is locked by another process ({exc})."
    if _unreadable(exc):
        return _corrupt(where, exc)
    if name.startswith("SQLITE_FULL"):
        return f"The disk holding the store at {where} is full ({exc})."
    return f"The store at {where} cannot be read or written ({exc})."
