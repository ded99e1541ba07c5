"""Reload propagation for the PostgreSQL store: LISTEN/NOTIFY, with polling as the fallback.

A save NOTIFYs the channel in its transaction (bot/pgstore.py); every process LISTENs on a
connection of its own and looks up the newest version when told. While that connection is
down the watcher polls, and keeps trying to listen again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import suppress
from typing import Any

import asyncpg

from bot.errors import StoreError
from bot.pgschema import FAILURES, VERSIONS_CHANNEL

log = logging.getLogger("bot.pgstore")

CONNECT_TIMEOUT_S = 5.0
CLOSE_TIMEOUT_S = 2.0
POLL_INTERVAL_S = 0.5  # while not listening: a new version is still seen within a second
RECHECK_S = 30.0  # while listening: a slow look anyway, in case a notification went missing
RELISTEN_MAX_S = 5.0  # longest wait between attempts to listen again


class VersionWatch:
    """Watches one store's newest version; `listening` counts its live notification links."""

    def __init__(self, url: str, where: str, latest: Callable[[], Awaitable[int | None]]) -> None:
        self._url = url  # with its password: only ever given to asyncpg
        self.path = where  # without it: what logs name
        self._latest = latest
        self._count = 0

    @property
    def listening(self) -> bool:
        return self._count > 0

    async def versions(
        self, *, after: int | None, poll_interval: float, recheck: float
    ) -> AsyncIterator[int]:
        """See PostgresStore.watch_versions."""
        wake = asyncio.Event()
        listener: asyncpg.Connection | None = None
        seen = after if after is not None else await self._latest()
        retry_at, pause = 0.0, poll_interval
        problem: str | None = None

        def notified(*_: object) -> None:
            wake.set()

        try:
            while True:
                if listener is not None and listener.is_closed():
                    listener = None
                    self._count -= 1
                    log.warning(
                        "Lost the notification connection to %s; polling for new fact "
                        "versions every %.1f s until it is back.",
                        self.path,
                        poll_interval,
                    )
                if listener is None and time.monotonic() >= retry_at:
                    listener = await self._listen(notified)
                    if listener is None:
                        retry_at = time.monotonic() + pause
                        pause = min(pause * 2, RELISTEN_MAX_S)
                    else:
                        self._count += 1
                        retry_at, pause = 0.0, poll_interval
                        log.info("Listening for new fact versions at %s.", self.path)
                # Cleared before looking: a notification that lands while we look or while
                # the caller handles a version wakes the next wait at once.
                wake.clear()
                try:
                    latest = await self._latest()
                except StoreError as exc:
                    if str(exc) != problem:
                        log.warning("Watching for new fact versions: %s", exc)
                    problem, latest = str(exc), None
                else:
                    problem = None
                if latest is not None and (seen is None or latest > seen):
                    seen = latest
                    yield latest
                with suppress(TimeoutError):
                    await asyncio.wait_for(
                        wake.wait(), recheck if listener is not None else poll_interval
                    )
        finally:
            if listener is not None:
                self._count -= 1
                with suppress(*FAILURES):
                    await listener.close(timeout=CLOSE_TIMEOUT_S)

    async def _listen(self, notified: Any) -> asyncpg.Connection | None:
        """A connection of its own (a pooled one would be handed to others) that LISTENs."""
        try:
            conn = await asyncpg.connect(
                self._url,
                timeout=CONNECT_TIMEOUT_S,
                server_settings={"application_name": "franchise-bot listener"},
            )
        except FAILURES:
            return None
        try:
            await conn.add_listener(VERSIONS_CHANNEL, notified)
            # Losing the connection wakes the watcher, which then polls at once.
            conn.add_termination_listener(notified)
        except FAILURES:
            with suppress(*FAILURES):
                await conn.close(timeout=CLOSE_TIMEOUT_S)
            return None
        return conn
