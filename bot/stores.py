"""Which store a setting names: a postgresql:// URL opens PostgreSQL, anything else SQLite.

The one place that chooses; the service and the CLI call `open_store` and `watch_versions`
and need not know which backend they got.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

from bot.errors import StoreError
from bot.pgschema import is_postgres_url
from bot.pgstore import PostgresStore
from bot.store import Store

AnyStore = Store | PostgresStore

SQLITE_POLL_S = 1.0  # SQLite has no notifications: how often a watcher looks for a new version


async def open_store(where: str | Path) -> AnyStore:
    """The store at `where`: PostgreSQL for a postgresql:// (or postgres://) URL, else the
    SQLite file (or ":memory:") at that path, as `FRANCHISE_BOT_DB` names it."""
    if isinstance(where, str) and is_postgres_url(where):
        return await PostgresStore.open(where)
    return await Store.open(where)


async def watch_versions(
    store: AnyStore, *, after: int | None = None, poll_interval: float = SQLITE_POLL_S
) -> AsyncIterator[int]:
    """Yield the newest stored version each time another writer moves it forward.

    PostgreSQL is told by notification (and polls only while it cannot listen); SQLite is
    polled every `poll_interval` seconds. Store errors while polling SQLite are skipped:
    the service's health check is where they are reported.
    """
    if isinstance(store, PostgresStore):
        async for version in store.watch_versions(after=after):
            yield version
        return
    seen = after if after is not None else await store.latest_version()
    while True:
        try:
            latest = await store.latest_version()
        except StoreError:
            latest = None
        if latest is not None and (seen is None or latest > seen):
            seen = latest
            yield latest
        await asyncio.sleep(poll_interval)
