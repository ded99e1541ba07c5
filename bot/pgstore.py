"""The PostgreSQL store: the SQLite store's API over asyncpg, shared by many processes.

Selected by `FRANCHISE_BOT_DB=postgresql://...` (see bot/stores.py). With bot/pgschema.py (schema,
errors, rows), bot/pgwatch.py (LISTEN/NOTIFY), bot/pginstalls.py and bot/pglimits.py, the only modules importing asyncpg. A saved version is announced with NOTIFY, and
`watch_versions()` turns those into new version numbers within a second, polling whenever
its listening connection is down.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Collection, Sequence
from contextlib import asynccontextmanager, suppress

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from bot.encoding import encode_vocabulary
from bot.errors import StoreError
from bot.memory import collector_paused
from bot.models import (
    Entity,
    Fact,
    FactSet,
)
from bot.pginstalls import PostgresInstallations
from bot.pglimits import PostgresRateLimits
from bot.pglog import PostgresLogs
from bot.pgschema import (
    FAILURES,
    SAVE_LOCK,
    VERSIONS_CHANNEL,
    broke_the_connection,
    decode_version,
    describe,
    encode_rows,
    migrate,
    prune_versions,
    redact,
    scrub,
    secrets_in,
    store_error,
)
from bot.pgwatch import POLL_INTERVAL_S, RECHECK_S, VersionWatch

CONNECT_TIMEOUT_S = 5.0
CHECK_TIMEOUT_S = 2.0  # a health check should answer quickly, not wait out a writer
POOL_SIZE = 4  # saves, log writes and reads of one process at once; the server's limit is shared


class PostgresStore(PostgresLogs, PostgresInstallations, PostgresRateLimits):
    """A pool of asyncpg connections; transactions, not a lock, keep writers apart."""

    def __init__(self, pool: asyncpg.Pool, url: str, *, created: bool = False) -> None:
        self._pool: asyncpg.Pool | None = pool
        self._url = url  # with its password: only ever given to asyncpg
        self._secrets = secrets_in(url)
        self.path = redact(url)  # what messages and logs name
        self.rebuilt: str | None = None  # a server database is never moved aside and rebuilt
        self.created = created  # the database had no store before this open
        self._running: dict[int, float] = {}  # operation -> when it started
        self._watch = VersionWatch(url, self.path, self.latest_version)

    @classmethod
    async def open(cls, url: str) -> PostgresStore:
        """Connect (creating or migrating the schema); failures are StoreErrors naming no password."""
        where, secrets = redact(url), secrets_in(url)
        try:
            pool = await asyncpg.create_pool(
                url,
                min_size=1,
                max_size=POOL_SIZE,
                timeout=CONNECT_TIMEOUT_S,
                server_settings={"application_name": "franchise-bot"},
            )
        except (*FAILURES, ValueError) as exc:
            # `from None`: asyncpg's own exception may quote the URL it was given.
            raise StoreError(
                scrub(f"Cannot open the store: {describe(where, exc)}", secrets)
            ) from None
        try:
            async with pool.acquire() as conn:
                created = await migrate(conn, where)
        except StoreError:
            await pool.close()
            raise
        except FAILURES as exc:
            await pool.close()
            raise StoreError(
                scrub(f"Cannot open the store: {describe(where, exc)}", secrets)
            ) from None
        return cls(pool, url, created=created)

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.close()

    # ------------------------------------------------------------------ fact versions

    async def latest_version(self) -> int | None:
        """The newest complete version's number."""
        async with self._using("read the latest version") as db:
            latest: int | None = await db.fetchval(
                "SELECT max(version) FROM versions WHERE complete"
            )
        return latest

    async def version_with_digest(self, digest: str) -> int | None:
        async with self._using("look up a version by its digest") as db:
            found: int | None = await db.fetchval(
                "SELECT max(version) FROM versions WHERE complete AND digest = $1", digest
            )
        return found

    async def latest_digest(self) -> str | None:
        async with self._using("read the latest digest") as db:
            digest: str | None = await db.fetchval(
                "SELECT digest FROM versions WHERE complete ORDER BY version DESC LIMIT 1"
            )
        return digest

    async def load_version(self, version: int | None = None) -> tuple[int, FactSet] | None:
        """The given (or newest) complete version whose facts are still kept, or None."""
        query = (
            "SELECT version, digest, fact_order, vocabulary FROM versions"
            " WHERE complete AND NOT pruned"
        )
        # One snapshot for every read, so a save pruning this version meanwhile cannot leave
        # us a head without its rows.
        async with self._using("load a facts version", snapshot=True) as db:
            if version is None:
                head = await db.fetchrow(query + " ORDER BY version DESC LIMIT 1")
            else:
                head = await db.fetchrow(query + " AND version = $1", version)
            if head is None:
                return None
            number: int = head["version"]
            facts = await db.fetch("SELECT data FROM facts WHERE version = $1 ORDER BY pos", number)
            entities = await db.fetch(
                "SELECT data FROM entities WHERE version = $1 ORDER BY pos", number
            )
        try:
            # As the SQLite store: no collector rescans while 100,000 facts are built, and
            # the decoding runs off the event loop.
            with collector_paused():
                factset = await asyncio.to_thread(
                    decode_version,
                    [r[0] for r in facts],
                    [r[0] for r in entities],
                    head["digest"],
                    head["fact_order"],
                    head["vocabulary"],
                )
        except (TypeError, ValueError, KeyError) as exc:
            raise StoreError(
                f"Version {number} in the store at {self.path} was saved in a form this "
                f"version of the bot cannot read ({exc}); reload the facts to save a new one."
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

        `base`, `touched` and `same_entities` work as in the SQLite store: rows of facts not
        in `touched` are copied inside the server from version `base`. Every process
        listening is told of the new version when the transaction commits.
        """
        async with self._using("save a new facts version", write=True) as db:
            # Saves take turns, so version numbers are in commit order: a watcher that has
            # seen version n will never find a smaller one appear later.
            await db.execute("SELECT pg_advisory_xact_lock($1)", SAVE_LOCK)
            version: int = await db.fetchval(
                "INSERT INTO versions (source, digest, fact_count, alias_count, vocabulary)"
                " VALUES ($1, $2, $3, $4, $5) RETURNING version",
                source,
                facts.digest,
                len(facts.facts),
                facts.alias_count,
                encode_vocabulary(facts.vocabulary),
            )
            if base is not None and not await db.fetchval(
                "SELECT 1 FROM versions WHERE version = $1 AND complete AND NOT pruned", base
            ):
                base = None  # pruned or never saved: write everything
            fresh_facts: Sequence[Fact] = facts.facts
            fresh_entities: Sequence[Entity] = facts.entities
            start = 0
            if base is not None:
                keep = frozenset(touched)
                await db.execute(
                    "INSERT INTO facts (version, pos, id, data) SELECT $1, pos, id, data"
                    " FROM facts WHERE version = $2 AND NOT (id = ANY($3::text[]))",
                    version,
                    base,
                    list(keep),
                )
                fresh_facts = [f for f in facts.facts if f.id in keep]
                start = await db.fetchval(
                    "SELECT coalesce(max(pos) + 1, 0) FROM facts WHERE version = $1", version
                )
                # Copied rows keep their old positions: record the real order.
                order = json.dumps([f.id for f in facts.facts], separators=(",", ":"))
                await db.execute(
                    "UPDATE versions SET fact_order = $1 WHERE version = $2", order, version
                )
                if same_entities:
                    await db.execute(
                        "INSERT INTO entities (version, pos, id, data)"
                        " SELECT $1, pos, id, data FROM entities WHERE version = $2",
                        version,
                        base,
                    )
                    fresh_entities = ()
            # COPY is PostgreSQL's bulk load: 100,000 rows in one round trip.
            for table, items, first in (
                ("facts", fresh_facts, start),
                ("entities", fresh_entities, 0),
            ):
                if items:
                    rows = await asyncio.to_thread(encode_rows, version, first, items)
                    await db.copy_records_to_table(
                        table, records=rows, columns=("version", "pos", "id", "data")
                    )
            await db.execute("UPDATE versions SET complete = true WHERE version = $1", version)
            await prune_versions(db)
            # Delivered only if the transaction commits: a listener never hears of a
            # version it cannot load.
            await db.execute("SELECT pg_notify($1, $2)", VERSIONS_CHANNEL, str(version))
        return version

    # ------------------------------------------------------------------ reload audit

    # ------------------------------------------------------------------ question log

    # ------------------------------------------------------------------ health

    async def check(self, *, probe_writes: bool = True) -> str | None:
        """None when the store can be read and written, else a sentence saying what is wrong."""
        pool = self._pool
        if pool is None:
            return f"The store at {self.path} is closed."
        try:
            async with _connection(pool, CHECK_TIMEOUT_S) as db:
                await db.fetchval("SELECT max(version) FROM versions", timeout=CHECK_TIMEOUT_S)
                if probe_writes:
                    # A real write, rolled back: a read-only server or role fails it.
                    with suppress(_Rollback):
                        async with db.transaction():
                            await db.execute(
                                f"SET LOCAL lock_timeout = {int(CHECK_TIMEOUT_S * 1000)}"
                            )
                            await db.execute(
                                "UPDATE migrations SET applied_at = applied_at"
                                " WHERE name = (SELECT min(name) FROM migrations)",
                                timeout=CHECK_TIMEOUT_S,
                            )
                            raise _Rollback
        except FAILURES as exc:
            return scrub(describe(self.path, exc), self._secrets)
        except Exception as exc:  # a health check reports; it never raises
            return scrub(f"The store at {self.path} cannot be checked: {exc}.", self._secrets)
        return None

    def stuck_for(self) -> float:
        """Seconds the oldest operation still running has been running; 0.0 when idle."""
        running = self._running
        return 0.0 if not running else time.monotonic() - min(running.values())

    # ------------------------------------------------------------------ reload propagation

    @property
    def listening(self) -> bool:
        """Whether a watcher is now told of new versions by notification (not polling)."""
        return self._watch.listening

    def watch_versions(
        self,
        *,
        after: int | None = None,
        poll_interval: float = POLL_INTERVAL_S,
        recheck: float = RECHECK_S,
    ) -> AsyncIterator[int]:
        """Yield the newest complete version each time it moves past the last one yielded
        (at first `after`, or the newest at the start), forever.

        LISTEN/NOTIFY brings a save by any process within milliseconds. While the listening
        connection is down, the store is polled every `poll_interval` seconds and listening
        is tried again with a growing pause, up to pgwatch.RELISTEN_MAX_S. Store errors while
        polling are logged once each and the watch goes on.
        """
        return self._watch.versions(after=after, poll_interval=poll_interval, recheck=recheck)

    # ------------------------------------------------------------------ plumbing

    @asynccontextmanager
    async def _using(
        self, doing: str, *, write: bool = False, snapshot: bool = False
    ) -> AsyncIterator[PoolConnectionProxy[asyncpg.Record]]:
        """A pooled connection, in a transaction when writing (or a read-only snapshot);
        failures as StoreError."""
        pool = self._pool
        if pool is None:
            raise StoreError(f"Cannot {doing}: the store at {self.path} is closed.")
        token = object()
        self._running[id(token)] = time.monotonic()
        try:
            async with _connection(pool, CONNECT_TIMEOUT_S) as db:
                if write or snapshot:
                    async with db.transaction(
                        isolation="repeatable_read" if snapshot else "read_committed",
                        readonly=snapshot,
                    ):
                        yield db
                else:
                    yield db
        except FAILURES as exc:
            # `from None`: the driver's message is already in ours, scrubbed of secrets.
            raise store_error(doing, self.path, exc, self._secrets) from None
        finally:
            del self._running[id(token)]


@asynccontextmanager
async def _connection(
    pool: asyncpg.Pool, timeout: float
) -> AsyncIterator[PoolConnectionProxy[asyncpg.Record]]:
    """A pooled connection; one that broke is closed, so the pool opens a new one next time."""
    async with pool.acquire(timeout=timeout) as db:
        try:
            yield db
        except FAILURES as exc:
            if broke_the_connection(exc):
                db.terminate()
            raise


class _Rollback(Exception):
    """Raised inside a transaction to roll it back on purpose."""
