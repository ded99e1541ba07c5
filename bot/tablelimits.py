"""`FactStore.rate_check` for a store that keeps the windows in its `rate_limits` table
(bot/sqlitelimits.py, bot/pglimits.py).

Each store says how to count a question and delete closed windows on its own connection;
what they share lives here: both happen in one use of the connection, closed windows go
every PRUNE_EVERY_CHECKS questions, and bot/ratelimit.py's `shared_verdict` decides.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import Generic, TypeVar

from bot.ratelimit import PRUNE_EVERY_CHECKS, RateDecision, shared_verdict

__all__ = ["TableRateLimits"]

Connection = TypeVar("Connection")


class TableRateLimits(Generic[Connection]):
    """The rate-limit half of a SQL store, whose connections are `Connection`s."""

    _rate_checks = 0

    def _using(self, doing: str) -> AbstractAsyncContextManager[Connection]:
        raise NotImplementedError

    async def _count_question(
        self, db: Connection, key: str, now: float, window_s: float
    ) -> tuple[float, int]:
        """Count a question from `key` in one atomic statement; its window's opening time
        and count afterwards."""
        raise NotImplementedError

    async def _delete_closed(self, db: Connection, closed_by: float) -> None:
        """Delete the windows opened at or before `closed_by`."""
        raise NotImplementedError

    async def rate_check(
        self, key: str, *, limit: int, window_s: float, now: float
    ) -> RateDecision:
        self._rate_checks += 1
        async with self._using("count a question against the rate limit") as db:
            opened_at, count = await self._count_question(db, key, now, window_s)
            if self._rate_checks % PRUNE_EVERY_CHECKS == 0:
                await self._delete_closed(db, now - window_s)
        return shared_verdict(opened_at, count, limit, window_s, now)
