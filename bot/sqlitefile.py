"""What a SQLite store's file is and what went wrong with it, in sentences and error types.

Before SQLite touches a path the file is examined, so a mistyped FRANCHISE_BOT_DB cannot
turn someone's notes or another program's database into our store. SQLite's error codes
become `StoreError` subclasses (locked, read-only, corrupt, missing, full).
"""

from __future__ import annotations

import asyncio
import enum
import os
import sqlite3
from collections.abc import Iterable
from contextlib import closing, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.errors import (
    NotAStoreError,
    StoreCorruptError,
    StoreError,
    StoreFullError,
    StoreLockedError,
    StoreMissingError,
    StoreReadOnlyError,
)
from bot.migrations import OUR_MIGRATIONS, OUR_TABLES, SCHEMA_MARKS, migrate

BUSY_TIMEOUT_MS = 5000
CHECK_BUSY_TIMEOUT_MS = 250  # a health check should answer quickly, not wait out a writer
# Switching a new store to WAL needs a lock SQLite will not wait for (its busy handler is
# not called there), so when two processes start on a new store at once the later one
# tries again, this often and this far apart: BUSY_TIMEOUT_MS in all.
WAL_SWITCH_PAUSE_S = 0.05
WAL_SWITCH_TRIES = int(BUSY_TIMEOUT_MS / 1000 / WAL_SWITCH_PAUSE_S)
SQLITE_HEADER = b"SQLite format 3\x00"
_HEAD_BYTES = 65536  # the largest page size SQLite allows: all of page 1


class CorruptError(sqlite3.DatabaseError):
    """SQLite's integrity check found damage that no statement has reported yet."""


def damage_on_disk(file: Path) -> str | None:
    """What a fresh read-only connection finds wrong with the file, or None."""
    try:
        uri = f"{file.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=CHECK_BUSY_TIMEOUT_MS / 1000)) as db:
            verdict = db.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.Error as exc:
        # Only damage counts here; a lock or a missing file is the write probe's to report.
        return str(exc) if unreadable(exc) else None
    return None if verdict is not None and verdict[0] == "ok" else str(verdict)


def try_opening(where: str, uri: bool) -> None:
    sqlite3.connect(where, uri=uri).close()


def file_of(where: str) -> Path | None:
    """The database file, or None for an in-memory store or a `file:` URI."""
    if where == ":memory:" or where.startswith("file:"):
        return None
    return Path(where)


def identity(file: Path | None) -> tuple[int, int] | None:
    if file is None:
        return None
    try:
        stat = file.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def errorname(exc: sqlite3.Error) -> str:
    return getattr(exc, "sqlite_errorname", "") or ""


def locked(exc: sqlite3.Error) -> bool:
    """Another connection holds the lock this statement needed."""
    return errorname(exc).startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def unreadable(exc: sqlite3.Error) -> bool:
    if isinstance(exc, CorruptError):
        return True
    return errorname(exc).startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT"))


def unwritable(file: Path | None) -> bool:
    """The database or its write-ahead log exists but may not be written (e.g. chattr +i)."""
    if file is None:
        return False
    return any(
        f.exists() and not os.access(f, os.W_OK) for f in (file, file.with_name(file.name + "-wal"))
    )


def lower_first(sentence: str) -> str:
    return sentence[:1].lower() + sentence[1:]


def corrupt(where: str, detail: object) -> str:
    return (
        f"The store at {where} is corrupt ({detail}); stop the bot and move the file aside, "
        "and it will be rebuilt on the next start."
    )


def open_error(where: str, exc: sqlite3.Error) -> StoreError:
    return StoreError(f"Cannot open the store at {where}: {exc}.")


class FileKind(enum.Enum):
    MISSING = "missing"  # created on open
    EMPTY = "empty"  # a database with no tables (or no bytes): nothing in it to lose
    OURS = "ours"  # our schema, readable or not: the only kind that may be moved aside


def not_a_store(file: Path, what: str) -> str:
    return (
        f"{file} is {what}, not a franchise-bot store, so the bot left it untouched. "
        "Set FRANCHISE_BOT_DB to the store's file, or to a path where a new store can be created."
    )


def examine(file: Path) -> FileKind:
    """What the file at the store's path is; raises StoreError if it must not be opened."""
    try:
        with file.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except FileNotFoundError:
        return FileKind.MISSING
    except IsADirectoryError as exc:
        raise NotAStoreError(
            f"The store's path {file} is a folder; set FRANCHISE_BOT_DB to a file in it, "
            f"such as {file / 'franchise-bot.db'}."
        ) from exc
    except OSError as exc:
        raise StoreError(access_problem(file, exc)) from exc
    if not head:
        return FileKind.EMPTY  # SQLite takes an empty file as an empty database
    if not head.startswith(SQLITE_HEADER):
        raise NotAStoreError(not_a_store(file, "not a SQLite database"))
    if all(mark in head for mark in SCHEMA_MARKS):
        return FileKind.OURS
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
        if unreadable(exc):
            raise NotAStoreError(not_a_store(file, f"a damaged SQLite database ({exc})")) from exc
        raise open_error(str(file), exc) from exc
    if not tables:
        return FileKind.EMPTY
    if "migrations" in tables and tables <= OUR_TABLES and steps <= OUR_MIGRATIONS:
        return FileKind.OURS
    shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
    raise NotAStoreError(
        not_a_store(file, f"a SQLite database of something else (tables: {shown})")
    )


def access_problem(file: Path, exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return (
            f"The bot may not open the store at {file} ({exc.strerror}): the user running it "
            f"needs read and write access to the file and to every folder above it."
        )
    if isinstance(exc, NotADirectoryError):
        return f"The store's path {file} goes through a file as if it were a folder."
    return f"Cannot open the store at {file}: {exc.strerror}."


def move_aside(file: Path) -> Path:
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


def describe(where: str, exc: sqlite3.Error, *, read_only: bool = False) -> str:
    name = errorname(exc)
    # A file made read-only under an open connection fails its writes with an I/O error.
    if name.startswith("SQLITE_READONLY") or (read_only and name.startswith("SQLITE_IOERR")):
        return (
            f"The store at {where} is read-only ({exc}); facts versions, the reload audit "
            "and the question log cannot be saved."
        )
    if locked(exc):
        return f"The store at {where} is locked by another process ({exc})."
    if unreadable(exc):
        return corrupt(where, exc)
    if name.startswith("SQLITE_FULL"):
        return f"The disk holding the store at {where} is full ({exc})."
    return f"The store at {where} cannot be read or written ({exc})."


def error_type(where: str, exc: sqlite3.Error, *, read_only: bool = False) -> type[StoreError]:
    """Which kind of store failure `exc` is; `describe` words the same cases."""
    name = errorname(exc)
    if name.startswith("SQLITE_READONLY") or (read_only and name.startswith("SQLITE_IOERR")):
        return StoreReadOnlyError
    if locked(exc):
        return StoreLockedError
    if unreadable(exc):
        return StoreCorruptError
    if name.startswith("SQLITE_FULL"):
        return StoreFullError
    if name.startswith("SQLITE_CANTOPEN"):
        return StoreMissingError
    return StoreError


async def _switch_to_wal(db: aiosqlite.Connection) -> None:
    for attempt in range(1, WAL_SWITCH_TRIES + 1):
        try:
            await db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if not locked(exc) or attempt == WAL_SWITCH_TRIES:
                raise
        await asyncio.sleep(WAL_SWITCH_PAUSE_S)


async def connect(where: str) -> aiosqlite.Connection:
    uri = where.startswith("file:")
    # When connecting fails, aiosqlite 0.22 stops its worker thread without waiting for it, and
    # the thread later raises "Event loop is closed" (omnilib/aiosqlite#389). Plain sqlite3
    # finds out first whether the file can be opened at all.
    await asyncio.to_thread(try_opening, where, uri)
    # isolation_level=None: we write BEGIN/COMMIT ourselves, sqlite3 adds none of its own.
    db = await aiosqlite.connect(where, isolation_level=None, uri=uri)
    try:
        await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if where != ":memory:":
            # Readers never block the writer, and a crash cannot tear a committed transaction.
            await _switch_to_wal(db)
        await db.execute("PRAGMA synchronous = NORMAL")
        await db.execute("PRAGMA foreign_keys = ON")
        if where != ":memory:":
            # A file whose header survived but whose pages did not opens fine and fails later,
            # at the first read of a fact version; find out now, while it can be rebuilt.
            verdict = first(await db.execute_fetchall("PRAGMA quick_check(1)"))
            if verdict != "ok":
                raise CorruptError(f"integrity check failed: {verdict}")
        await migrate(db)
    except BaseException:
        await db.close()
        raise
    return db


async def probe_write(db: aiosqlite.Connection) -> None:
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


def first(rows: Iterable[sqlite3.Row]) -> Any:
    """The first column of the first row, or None."""
    row = next(iter(rows), None)
    return None if row is None else row[0]
