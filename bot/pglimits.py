"""The PostgreSQL store's shared rate-limit windows (bot/factstore.py `RateLimits`)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from bot.ratelimit import PRUNE_EVERY_CHECKS, RateDecision, shared_verdict

# One statement per question, atomic on its own: concurrent ones for the same user wait
# for each other's row lock. SET reads the row as it was, so both CASEs see the old window.
COUNT = """
INSERT INTO rate_limits AS r (key, opened_at, count) VALUES ($1, $2, 1)
ON CONFLICT (key) DO UPDATE SET
    opened_at = CASE WHEN r.opened_at <= $2 - $3 THEN $2 ELSE r.opened_at END,
    count = CASE WHEN r.opened_at <= $2 - $3 THEN 1 ELSE r.count + 1 END
RETURNING opened_at, count
"""


class PostgresRateLimits:
    """The rate-limit half of `PostgresStore`."""

    _rate_checks = 0

    def _using(
        self, doing: str, *, write: bool = False, snapshot: bool = False
    ) -> AbstractAsyncContextManager[PoolConnectionProxy[asyncpg.Record]]:
        raise NotImplementedError

    async def rate_check(
        self, key: str, *, limit: int, window_s: float, now: float
    ) -> RateDecision:
        self._rate_checks += 1
        async with self._using("count a question against the rate limit") as db:
            row = await db.fetchrow(COUNT, key, now, window_s)
            if self._rate_checks % PRUNE_EVERY_CHECKS == 0:
                await db.execute("DELETE FROM rate_limits WHERE opened_at <= $1", now - window_s)
        assert row is not None  # an upsert with RETURNING always returns its row
        return shared_verdict(float(row["opened_at"]), int(row["count"]), limit, window_s, now)
