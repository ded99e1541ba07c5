"""The PostgreSQL store's shared rate-limit windows (bot/factstore.py `RateLimits`)."""

from __future__ import annotations

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from bot.tablelimits import TableRateLimits

# One statement per question, atomic on its own: concurrent ones for the same user wait
# for each other's row lock. SET reads the row as it was, so both CASEs see the old window.
COUNT = """
INSERT INTO rate_limits AS r (key, opened_at, count) VALUES ($1, $2, 1)
ON CONFLICT (key) DO UPDATE SET
    opened_at = CASE WHEN r.opened_at <= $2 - $3 THEN $2 ELSE r.opened_at END,
    count = CASE WHEN r.opened_at <= $2 - $3 THEN 1 ELSE r.count + 1 END
RETURNING opened_at, count
"""


# Quoted: asyncpg's classes are generic in its type stubs only.
class PostgresRateLimits(TableRateLimits["PoolConnectionProxy[asyncpg.Record]"]):
    """The rate-limit half of `PostgresStore`."""

    async def _count_question(
        self, db: PoolConnectionProxy[asyncpg.Record], key: str, now: float, window_s: float
    ) -> tuple[float, int]:
        row = await db.fetchrow(COUNT, key, now, window_s)
        assert row is not None  # an upsert with RETURNING always returns its row
        return float(row["opened_at"]), int(row["count"])

    async def _delete_closed(
        self, db: PoolConnectionProxy[asyncpg.Record], closed_by: float
    ) -> None:
        await db.execute("DELETE FROM rate_limits WHERE opened_at <= $1", closed_by)
