"""The SQLite store's schema as named, ordered steps recorded in a table (as sqlite-utils'
migrations.py). PostgreSQL has its own in pgschema.py.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import suppress

import aiosqlite

from bot.encoding import now

__all__ = ["MIGRATIONS", "OUR_MIGRATIONS", "OUR_TABLES", "SCHEMA_MARKS", "migrate"]

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
    (
        # The fact files' [vocabulary] (JSON, bot.encoding); NULL when they have none.
        "0003_vocabulary",
        "ALTER TABLE versions ADD COLUMN vocabulary TEXT;",
    ),
    (
        # Where the app is installed (bot/factstore.py `Installations`): `data` is the
        # adapter's JSON, with the workspace's tokens; installer '' is the latest install.
        "0004_installations",
        """
        CREATE TABLE installations (
            platform TEXT NOT NULL,
            workspace TEXT NOT NULL,
            installer TEXT NOT NULL,
            data TEXT NOT NULL,
            installed_at TEXT NOT NULL,
            PRIMARY KEY (platform, workspace, installer)
        );
        CREATE TABLE oauth_states (
            state TEXT PRIMARY KEY,
            expires_at TEXT NOT NULL
        );
        """,
    ),
    (
        # Rate-limit windows shared by every process (bot/ratelimit.py `shared_verdict`):
        # when the user's window opened, and the questions counted in it since.
        "0005_rate_limits",
        """
        CREATE TABLE rate_limits (
            key TEXT PRIMARY KEY,
            opened_at REAL NOT NULL,
            count INTEGER NOT NULL
        );
        CREATE INDEX rate_limits_opened_at ON rate_limits(opened_at);
        """,
    ),
]

# What makes a file recognisably our store: SQLite keeps each table's CREATE statement, as
# written above, in its schema table on the first page.
SCHEMA_MARKS = (b"CREATE TABLE reload_audit", b"CREATE TABLE question_log")
OUR_TABLES = frozenset(
    {"migrations", *re.findall(r"CREATE TABLE (\w+)", "".join(script for _, script in MIGRATIONS))}
)
OUR_MIGRATIONS = frozenset(name for name, _ in MIGRATIONS)


async def migrate(db: aiosqlite.Connection) -> None:
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
                    "INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, now())
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
