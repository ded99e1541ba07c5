"""Which store a setting names: a postgresql:// URL opens PostgreSQL, memory://NAME a store in
this process, anything else the SQLite file at that path.

The one place that chooses; the service calls `open_store` and `watch_versions` and sees
only the `FactStore` protocol.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

from bot.errors import StoreError
from bot.factstore import FactStore, VersionNotifier
from bot.memstore import MEMORY_SCHEME, MemoryStore
from bot.pgschema import is_postgres_url
from bot.pgstore import PostgresStore
from bot.store import Store

__all__ = ["SQLITE_POLL_S", "AnyStore", "open_store", "watch_versions"]

AnyStore = FactStore  # the name callers used before the protocol existed

SQLITE_POLL_S = 1.0  # a store without notifications: how often a watcher looks for a new version


async def open_store(where: str | Path) -> FactStore:
    """The store at `where`: PostgreSQL for a postgresql:// (or postgres://) URL, an
    in-process store for memory://NAME, else the SQLite file (or ":memory:") at that path,
    as `FRANCHISE_BOT_DB` names it."""
    if isinstance(where, str) and is_postgres_url(where):
        return await PostgresStore.open(where)
    if isinstance(where, str) and where.startswith(MEMORY_SCHEME):
        return await MemoryStore.open(where)
    return await Store.open(where)


async def watch_versions(
    store: FactStore, *, after: int | None = None, poll_interval: float = SQLITE_POLL_S
) -> AsyncIterator[int]:
    """Yield the newest stored version each time another writer moves it forward.

    A `VersionNotifier` (PostgreSQL) is told by notification; any other store is polled
    every `poll_interval` seconds. Store errors while polling are skipped: the service's
    health check is where they are reported.
    """
    if isinstance(store, VersionNotifier):
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
