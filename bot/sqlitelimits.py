"""The SQLite store's shared rate-limit windows (bot/factstore.py `RateLimits`)."""

from __future__ import annotations

import aiosqlite

from bot.tablelimits import TableRateLimits

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


class SqliteRateLimits(TableRateLimits[aiosqlite.Connection]):
    """The rate-limit half of `Store`."""

    async def _count_question(
        self, db: aiosqlite.Connection, key: str, now: float, window_s: float
    ) -> tuple[float, int]:
        rows = await db.execute_fetchall(COUNT, {"key": key, "now": now, "window": window_s})
        opened_at, count = next(iter(rows))
        return float(opened_at), int(count)

    async def _delete_closed(self, db: aiosqlite.Connection, closed_by: float) -> None:
        await db.execute("DELETE FROM rate_limits WHERE opened_at <= ?", (closed_by,))
