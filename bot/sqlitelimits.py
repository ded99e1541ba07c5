"""The SQLite store's shared rate-limit windows (bot/factstore.py `RateLimits`)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager

import aiosqlite

from bot.ratelimit import PRUNE_EVERY_CHECKS, RateDecision, shared_verdict

# One statement, so one trip to aiosqlite's thread per question, atomic on its own: it
# takes the file's write lock, so processes sharing the file count in turn. SET reads the
# row as it was, so both CASEs see the old window.
COUNT = """
INSERT INTO rate_limits (key, opened_at, count) VALUES (:key, :now, 1)
ON CONFLICT (key) DO UPDATE SET
    opened_at = CASE WHEN opened_at <= :now - :window THEN :now ELSE opened_at END,
    count = CASE WHEN opened_at <= :now - :window THEN 1 ELSE count + 1 END
RETURNING opened_at, count
"""


class SqliteRateLimits:
    """The rate-limit half of `Store`."""

    _rate_checks = 0

    def _using(
        self, doing: str, *, write: bool = False
    ) -> AbstractAsyncContextManager[aiosqlite.Connection]:
        raise NotImplementedError

    async def rate_check(
        self, key: str, *, limit: int, window_s: float, now: float
    ) -> RateDecision:
        self._rate_checks += 1
        async with self._using("count a question against the rate limit") as db:
            rows = await db.execute_fetchall(COUNT, {"key": key, "now": now, "window": window_s})
            if self._rate_checks % PRUNE_EVERY_CHECKS == 0:
                await db.execute("DELETE FROM rate_limits WHERE opened_at <= ?", (now - window_s,))
        opened_at, count = next(iter(rows))
        return shared_verdict(float(opened_at), int(count), limit, window_s, now)
