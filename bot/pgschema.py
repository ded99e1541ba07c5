"""The PostgreSQL store's schema, its migrations, and how its failures read to people.

Kept apart from bot/pgstore.py so that the store class reads as the same API as the SQLite
store, and so that what is said about a URL (never its password) is decided in one place.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from bot.encoding import decode_vocabulary
from bot.encoding import dumps as _dumps
from bot.encoding import entity as _entity
from bot.encoding import fact as _fact
from bot.errors import NotAStoreError, StoreError, StoreFullError
from bot.models import Entity, Fact, FactSet
from bot.store import KEEP_VERSIONS

URL_SCHEMES = ("postgresql://", "postgres://")

# Transaction-level advisory lock keys (pg_advisory_xact_lock), so that processes sharing one
# database take turns. Arbitrary constants, fixed forever: changing one breaks mixed fleets.
MIGRATE_LOCK = 0x6662_0001  # applying migrations
SAVE_LOCK = 0x6662_0002  # saving a version: version numbers are then in commit order

# Every process LISTENs here; a committed save NOTIFYs the new version number.
VERSIONS_CHANNEL = "franchise_bot_versions"

# Named, ordered steps, each applied once in its own transaction (as sqlite-utils'
# migrations.py), recorded in `migrations`. Never edit a step that has shipped: append one.
# The columns mirror the SQLite store's, so the two give the same answers; `pos` stands in
# for SQLite's rowid order. Fact and entity rows stay JSON text, not jsonb: they are only
# ever read back whole, and jsonb would re-parse and re-order every row on the way in.
MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE versions (
            version BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            source TEXT NOT NULL,
            digest TEXT NOT NULL,
            fact_count INTEGER NOT NULL,
            alias_count INTEGER NOT NULL,
            complete BOOLEAN NOT NULL DEFAULT false,
            pruned BOOLEAN NOT NULL DEFAULT false,  -- true once its fact rows were deleted
            fact_order TEXT  -- JSON list of ids when rows were copied from an older version
        );
        CREATE TABLE facts (
            version BIGINT NOT NULL REFERENCES versions(version),
            pos INTEGER NOT NULL,
            id TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (version, id)
        );
        CREATE TABLE entities (
            version BIGINT NOT NULL REFERENCES versions(version),
            pos INTEGER NOT NULL,
            id TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (version, id)
        );
        CREATE TABLE reload_audit (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at TIMESTAMPTZ NOT NULL,
            who TEXT NOT NULL,
            platform TEXT NOT NULL,
            source TEXT NOT NULL,
            ok BOOLEAN NOT NULL,
            version BIGINT,
            facts INTEGER NOT NULL,
            added INTEGER NOT NULL,
            removed INTEGER NOT NULL,
            changed INTEGER NOT NULL,
            aliases INTEGER NOT NULL,
            ms DOUBLE PRECISION NOT NULL,
            errors TEXT[] NOT NULL
        );
        -- No user id, name or channel: the log is for finding missing facts, not people.
        CREATE TABLE question_log (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at TIMESTAMPTZ NOT NULL,
            platform TEXT NOT NULL,
            question TEXT NOT NULL,
            answered BOOLEAN NOT NULL,
            confidence DOUBLE PRECISION NOT NULL,
            fact_id TEXT
        );
        CREATE INDEX question_log_at ON question_log(at);
        """,
    ),
    (
        # The fact files' [vocabulary] (JSON, bot.encoding); NULL when they have none.
        "0002_vocabulary",
        "ALTER TABLE versions ADD COLUMN vocabulary TEXT;",
    ),
    (
        # Where the app is installed (bot/factstore.py `Installations`): `data` is the
        # adapter's JSON, with the workspace's tokens; installer '' is the latest install.
        "0003_installations",
        """
        CREATE TABLE installations (
            platform TEXT NOT NULL,
            workspace TEXT NOT NULL,
            installer TEXT NOT NULL,
            data TEXT NOT NULL,
            installed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            PRIMARY KEY (platform, workspace, installer)
        );
        CREATE TABLE oauth_states (
            state TEXT PRIMARY KEY,
            expires_at TIMESTAMPTZ NOT NULL
        );
        """,
    ),
    (
        # Rate-limit windows shared by every process (bot/ratelimit.py `shared_verdict`):
        # when the user's window opened, and the questions counted in it since.
        "0004_rate_limits",
        """
        CREATE TABLE rate_limits (
            key TEXT PRIMARY KEY,
            opened_at DOUBLE PRECISION NOT NULL,
            count INTEGER NOT NULL
        );
        CREATE INDEX rate_limits_opened_at ON rate_limits(opened_at);
        """,
    ),
]

OUR_TABLES = frozenset(
    {"migrations", *re.findall(r"CREATE TABLE (\w+)", "".join(s for _, s in MIGRATIONS))}
)


async def migrate(conn: PoolConnectionProxy[asyncpg.Record], where: str) -> bool:
    """Apply the steps not yet applied; True when the database had no store before."""
    tables = {
        row[0]
        for row in await conn.fetch(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )
    }
    foreign = tables - OUR_TABLES
    if foreign or (tables and "migrations" not in tables):
        # A mistyped URL must not turn another application's database into our store.
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise NotAStoreError(
            f"The database at {where} holds tables of something else ({shown}), so the bot "
            "left it untouched. Set FRANCHISE_BOT_DB to the bot's own database, or to an "
            "empty one."
        )
    await conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations"
        " (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
    )
    for name, script in MIGRATIONS:
        async with conn.transaction():
            # Another process starting at the same moment waits here, then finds it applied.
            await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATE_LOCK)
            if await conn.fetchval("SELECT 1 FROM migrations WHERE name = $1", name):
                continue
            await conn.execute(script)
            await conn.execute("INSERT INTO migrations (name) VALUES ($1)", name)
    return "migrations" not in tables


# ------------------------------------------------------------------ URLs and their secrets


def is_postgres_url(where: str) -> bool:
    return where.startswith(URL_SCHEMES)


def secrets_in(url: str) -> tuple[str, ...]:
    """The password(s) a URL carries, raw and decoded, to be kept out of every message."""
    parts = urlsplit(url)
    found = [parts.password or ""]
    found += [v for k, v in parse_qsl(parts.query) if k.lower() in ("password", "passfile")]
    return tuple({s for p in found if p for s in (p, unquote(p))})


def redact(url: str) -> str:
    """The URL as people may see it: user, host, port and database, never a password."""
    parts = urlsplit(url)
    netloc = parts.hostname or ""
    if ":" in netloc:  # an IPv6 address
        netloc = f"[{netloc}]"
    if parts.port is not None:
        netloc += f":{parts.port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = urlencode(
        [(k, "***" if k.lower() == "password" else v) for k, v in parse_qsl(parts.query)]
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def scrub(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


# ------------------------------------------------------------------ failures as sentences

# SQLSTATE classes (the first two characters), as the PostgreSQL manual's Appendix A lists them.
_UNREACHABLE_CLASSES = ("08", "57")  # connection exception; operator intervention (shutdown)


def describe(where: str, exc: BaseException) -> str:
    """What went wrong with the store at `where`, as a sentence an operator can act on."""
    state = getattr(exc, "sqlstate", None) or ""
    if isinstance(exc, asyncpg.ReadOnlySQLTransactionError):
        return (
            f"The store at {where} is read-only ({exc}); facts versions, the reload audit "
            "and the question log cannot be saved."
        )
    if isinstance(exc, asyncpg.DiskFullError):
        return f"The disk holding the store at {where} is full ({exc})."
    if isinstance(exc, asyncpg.InvalidCatalogNameError):
        return (
            f"The database at {where} does not exist ({exc}); create it, or fix FRANCHISE_BOT_DB."
        )
    if state.startswith("28"):  # invalid authorization: wrong user or password
        return (
            f"The PostgreSQL server at {where} refused the bot's credentials ({exc}); check "
            "the user and password in FRANCHISE_BOT_DB."
        )
    if isinstance(exc, asyncpg.LockNotAvailableError | asyncpg.DeadlockDetectedError):
        return f"The store at {where} is locked by another process ({exc})."
    if isinstance(
        exc, OSError | TimeoutError | asyncpg.InterfaceError | asyncpg.InternalClientError
    ) or state.startswith(_UNREACHABLE_CLASSES):
        detail = str(exc) or type(exc).__name__
        return f"The PostgreSQL server at {where} cannot be reached ({detail})."
    return f"The store at {where} cannot be read or written ({exc})."


def store_error(doing: str, where: str, exc: BaseException, secrets: tuple[str, ...]) -> StoreError:
    sentence = scrub(describe(where, exc), secrets)
    kind = StoreFullError if isinstance(exc, asyncpg.DiskFullError) else StoreError
    return kind(f"Could not {doing}: {sentence[:1].lower()}{sentence[1:]}")


# What a store operation can fail with: the server's errors, the client's (a closed
# connection), the network's, and a timeout.
FAILURES = (
    asyncpg.PostgresError,
    asyncpg.InterfaceError,
    asyncpg.InternalClientError,
    OSError,
    TimeoutError,
)


def broke_the_connection(exc: BaseException) -> bool:
    """Whether the connection that met `exc` must not be used again.

    A connection whose server process was terminated mid-operation can be left in a state
    where asyncpg refuses every later query ("another operation is in progress") without
    reporting itself closed, so the pool would hand it out again and again.
    """
    if isinstance(exc, asyncpg.PostgresConnectionError):
        return True
    if isinstance(exc, asyncpg.PostgresError):
        return (getattr(exc, "sqlstate", None) or "").startswith(_UNREACHABLE_CLASSES)
    return True


# ------------------------------------------------------------------ rows


def encode_rows(
    version: int, first: int, items: Sequence[Fact | Entity]
) -> list[tuple[int, int, str, str]]:
    return [(version, first + i, item.id, _dumps(item)) for i, item in enumerate(items)]


def decode_version(
    fact_rows: list[str],
    entity_rows: list[str],
    digest: str,
    order: str | None,
    vocabulary: str | None = None,
) -> FactSet:
    facts = [_fact(data) for data in fact_rows]
    if order is not None:
        by_id = {f.id: f for f in facts}
        facts = [by_id[fact_id] for fact_id in json.loads(order)]
    return FactSet(
        facts=tuple(facts),
        entities=tuple(_entity(data) for data in entity_rows),
        digest=digest,
        vocabulary=decode_vocabulary(vocabulary),
    )


async def prune_versions(db: PoolConnectionProxy[asyncpg.Record]) -> None:
    oldest_kept = await db.fetchval(
        "SELECT min(version) FROM (SELECT version FROM versions WHERE complete"
        " ORDER BY version DESC LIMIT $1) AS newest",
        KEEP_VERSIONS,
    )
    if oldest_kept is None:
        return
    await db.execute("DELETE FROM facts WHERE version < $1", oldest_kept)
    await db.execute("DELETE FROM entities WHERE version < $1", oldest_kept)
    await db.execute(
        "UPDATE versions SET pruned = true WHERE version < $1 AND NOT pruned", oldest_kept
    )
