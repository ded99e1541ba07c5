"""The SQLite store's installations and install states (bot/factstore.py `Installations`)."""

from __future__ import annotations

import logging
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime

import aiosqlite

from bot.encoding import iso, now


class _HideInstallations(logging.Filter):
    """aiosqlite logs every statement with its values at DEBUG, and an installation's values
    are a workspace's tokens: those lines keep the statement's table, not its values."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args and "installations" in str(record.args):
            record.args = ("a statement on the installations table (values not logged)",)
        return True


def _hide_installations_in_debug_logs() -> None:
    logger = logging.getLogger("aiosqlite")
    if not any(isinstance(f, _HideInstallations) for f in logger.filters):
        logger.addFilter(_HideInstallations())


class SqliteInstallations:
    """The installation half of `Store`: every method runs through the store's `_using`."""

    def _using(
        self, doing: str, *, write: bool = False
    ) -> AbstractAsyncContextManager[aiosqlite.Connection]:
        raise NotImplementedError

    async def save_installation(
        self, *, platform: str, workspace: str, installer: str, data: str
    ) -> None:
        _hide_installations_in_debug_logs()
        async with self._using("save an installation", write=True) as db:
            await db.execute(
                "INSERT INTO installations (platform, workspace, installer, data, installed_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, workspace, installer)"
                " DO UPDATE SET data = excluded.data, installed_at = excluded.installed_at",
                (platform, workspace, installer, data, now()),
            )

    async def find_installation(
        self, *, platform: str, workspace: str, installer: str = ""
    ) -> str | None:
        _hide_installations_in_debug_logs()
        async with self._using("find an installation") as db:
            rows = await db.execute_fetchall(
                "SELECT data FROM installations"
                " WHERE platform = ? AND workspace = ? AND installer = ?",
                (platform, workspace, installer),
            )
        found = next(iter(rows), None)
        return None if found is None else str(found[0])

    async def delete_installation(
        self, *, platform: str, workspace: str, installer: str | None = None
    ) -> None:
        async with self._using("delete an installation", write=True) as db:
            if installer is None:
                await db.execute(
                    "DELETE FROM installations WHERE platform = ? AND workspace = ?",
                    (platform, workspace),
                )
            else:
                await db.execute(
                    "DELETE FROM installations"
                    " WHERE platform = ? AND workspace = ? AND installer = ?",
                    (platform, workspace, installer),
                )

    async def add_oauth_state(self, state: str, *, expires_at: datetime) -> None:
        async with self._using("remember an install's state", write=True) as db:
            # Abandoned installs leave states behind: each new one clears the expired.
            await db.execute("DELETE FROM oauth_states WHERE expires_at < ?", (now(),))
            await db.execute(
                "INSERT OR REPLACE INTO oauth_states (state, expires_at) VALUES (?, ?)",
                (state, iso(expires_at)),
            )

    async def take_oauth_state(self, state: str, *, now: datetime | None = None) -> bool:
        moment = iso(now or datetime.now(UTC))
        async with self._using("check an install's state", write=True) as db:
            # Deleted in the same statement that reads it: only one taker can ever see it.
            rows = await db.execute_fetchall(
                "DELETE FROM oauth_states WHERE state = ? RETURNING expires_at", (state,)
            )
        found = next(iter(rows), None)
        return found is not None and str(found[0]) > moment
