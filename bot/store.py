"""The SQLite store: fact versions, the reload audit and the question log.

One of the `FactStore` implementations (bot/factstore.py). Its schema is in migrations.py,
its row encoding in encoding.py, and what can be wrong with its file in sqlitefile.py.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import time
from collections.abc import AsyncIterator, Collection, Iterable
from contextlib import asynccontextmanager, suppress
from pathlib import Path

import aiosqlite

from bot.encoding import decode_factset, dumps, encode_vocabulary, now
from bot.errors import (
    NotAStoreError,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreMissingError,
)
from bot.factstore import QUESTION_MAX_CHARS
from bot.memory import collector_paused
from bot.migrations import MIGRATIONS
from bot.models import (
    Entity,
    Fact,
    FactSet,
)
from bot.sqlitefile import (
    FileKind,
    connect,
    corrupt,
    damage_on_disk,
    describe,
    error_type,
    examine,
    file_of,
    first,
    identity,
    locked,
    lower_first,
    move_aside,
    not_a_store,
    open_error,
    probe_write,
    unreadable,
    unwritable,
)
from bot.sqliteinstalls import SqliteInstallations
from bot.sqlitelimits import SqliteRateLimits
from bot.sqlitelog import SqliteLogs

__all__ = ["KEEP_VERSIONS", "MIGRATIONS", "QUESTION_MAX_CHARS", "Store"]

KEEP_VERSIONS = 3  # versions whose fact rows are kept; older versions keep only their history row
# After a write found the store locked by another process, writes fail at once for this long
# instead of each waiting out BUSY_TIMEOUT_MS in turn behind the store's lock.
LOCKED_RETRY_S = 5.0


class Store(SqliteLogs, SqliteInstallations, SqliteRateLimits):
    """One aiosqlite connection; a lock serialises its users so transactions never interleave."""

    def __init__(
        self, db: aiosqlite.Connection, path: str, rebuilt: str | None, *, created: bool = False
    ) -> None:
        self._db: aiosqlite.Connection | None = db
        self._lock = asyncio.Lock()
        self.path = path
        self.rebuilt = rebuilt
        self.created = created  # there was no store file before this open
        self._file = file_of(path)
        self._identity = identity(self._file)
        self._locked_until = 0.0
        self._locked_problem = ""
        self._busy_since: float | None = None  # when the running operation took the lock

    @classmethod
    async def open(cls, path: str | Path) -> Store:
        """Open (creating or migrating) the store; an unreadable file is moved aside and rebuilt."""
        where = str(path)
        file = file_of(where)
        created = False
        kind: FileKind | None = None
        if file is not None:
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"Cannot create the folder {file.parent} for the store: {exc.strerror}."
                ) from exc
            # Before SQLite touches it: a mistyped FRANCHISE_BOT_DB must not turn someone's
            # notes, a fact file or another program's database into our store.
            kind = await asyncio.to_thread(examine, file)
            created = kind is FileKind.MISSING
        rebuilt = None
        try:
            db = await connect(where)
        except sqlite3.Error as exc:
            if file is None or not unreadable(exc):
                raise open_error(where, exc) from exc
            if kind is not FileKind.OURS:
                # Damaged, and nothing in it says it was ever ours: not ours to move.
                raise NotAStoreError(
                    not_a_store(file, f"a damaged SQLite database ({exc})")
                ) from exc
            aside = move_aside(file)
            rebuilt = (
                f"The store at {where} was unreadable ({exc}); it was moved to {aside} and rebuilt."
            )
            try:
                db = await connect(where)
            except sqlite3.Error as again:
                raise open_error(where, again) from again
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
        latest: int | None = first(rows)
        return latest

    async def version_with_digest(self, digest: str) -> int | None:
        async with self._using("look up a version by its digest") as db:
            rows = await db.execute_fetchall(
                "SELECT max(version) FROM versions WHERE complete = 1 AND digest = ?", (digest,)
            )
        found: int | None = first(rows)
        return found

    async def latest_digest(self) -> str | None:
        async with self._using("read the latest digest") as db:
            rows = await db.execute_fetchall(
                "SELECT digest FROM versions WHERE complete = 1 ORDER BY version DESC LIMIT 1"
            )
        digest: str | None = first(rows)
        return digest

    async def load_version(self, version: int | None = None) -> tuple[int, FactSet] | None:
        """The given (or newest) complete version whose facts are still kept, or None."""
        async with self._using("load a facts version") as db:
            query = (
                "SELECT version, digest, fact_order, vocabulary FROM versions"
                " WHERE complete = 1 AND pruned = 0"
            )
            if version is None:
                heads = await db.execute_fetchall(query + " ORDER BY version DESC LIMIT 1")
            else:
                heads = await db.execute_fetchall(query + " AND version = ?", (version,))
            head = next(iter(heads), None)
            if head is None:
                return None
            number, digest, order, vocabulary = head[0], head[1], head[2], head[3]
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
                        decode_factset, fact_rows, entity_rows, digest, order, vocabulary
                    )
                except (TypeError, ValueError, KeyError) as exc:
                    raise StoreCorruptError(
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
                "INSERT INTO versions (created_at, source, digest, fact_count, alias_count,"
                " vocabulary) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    now(),
                    source,
                    facts.digest,
                    len(facts.facts),
                    facts.alias_count,
                    encode_vocabulary(facts.vocabulary),
                ),
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
                ((version, f.id, dumps(f)) for f in fresh_facts),
            )
            await db.executemany(
                "INSERT INTO entities (version, id, data) VALUES (?, ?, ?)",
                ((version, e.id, dumps(e)) for e in fresh_entities),
            )
            # Same transaction as the rows: a killed process leaves no "complete" half-version.
            await db.execute("UPDATE versions SET complete = 1 WHERE version = ?", (version,))
            await _prune_versions(db)
        return version

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
                    await probe_write(db)
        except sqlite3.Error as exc:
            return self._describe(exc)
        except Exception as exc:  # a health check reports; it never raises
            return f"The store at {self.path} cannot be checked: {exc}."
        if probe_writes:
            self._locked_until = 0.0  # the write probe got the lock: stop refusing writes
        if self._file is not None:
            # The open connection serves pages from its cache and may not see the file on disk
            # overwritten under it; a fresh connection reads what a restart would read.
            damage = await asyncio.to_thread(damage_on_disk, self._file)
            if damage:
                return corrupt(self.path, damage)
        if self._file is not None and not os.access(self._file, os.W_OK):
            # The open connection can still write, but the next start cannot.
            return (
                f"The store file {self.path} is read-only; the bot will fail to save "
                "facts or log questions after a restart."
            )
        return None

    def _file_problem(self) -> str | None:
        assert self._file is not None
        now = identity(self._file)
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

    def _write_refusal(self) -> StoreError | None:
        """Why a write must not even be tried now, or None."""
        if self._file is not None:
            moved = self._file_problem()
            if moved:
                return StoreMissingError(moved)
        if time.monotonic() < self._locked_until:
            return StoreLockedError(self._locked_problem)
        return None

    def _describe(self, exc: sqlite3.Error) -> str:
        return describe(self.path, exc, read_only=unwritable(self._file))

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
                raise type(refusal)(f"Could not {doing}: {lower_first(str(refusal))}")
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
                    if write and locked(exc):
                        # Each queued write would wait out the same lock in turn, holding up
                        # every caller behind it; fail them at once for a while instead.
                        self._locked_until = time.monotonic() + LOCKED_RETRY_S
                        self._locked_problem = problem
                    error = error_type(self.path, exc, read_only=unwritable(self._file))
                    raise error(f"Could not {doing}: {lower_first(problem)}") from exc
                raise
            finally:
                self._busy_since = None


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
    oldest_kept = first(rows)
    if oldest_kept is None:
        return
    await db.execute("DELETE FROM facts WHERE version < ?", (oldest_kept,))
    await db.execute("DELETE FROM entities WHERE version < ?", (oldest_kept,))
    await db.execute(
        "UPDATE versions SET pruned = 1 WHERE version < ? AND pruned = 0", (oldest_kept,)
    )
