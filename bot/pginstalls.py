"""The PostgreSQL store's installations and install states (bot/factstore.py `Installations`)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime

import asyncpg
from asyncpg.pool import PoolConnectionProxy


class PostgresInstallations:
    """The installation half of `PostgresStore`: every method runs through its `_using`."""

    def _using(
        self, doing: str, *, write: bool = False, snapshot: bool = False
    ) -> AbstractAsyncContextManager[PoolConnectionProxy[asyncpg.Record]]:
        raise NotImplementedError

    async def save_installation(
        self, *, platform: str, workspace: str, installer: str, data: str
    ) -> None:
        async with self._using("save an installation", write=True) as db:
            await db.execute(
                "INSERT INTO installations (platform, workspace, installer, data)"
                " VALUES ($1, $2, $3, $4) ON CONFLICT (platform, workspace, installer)"
                " DO UPDATE SET data = excluded.data, installed_at = now()",
                platform,
                workspace,
                installer,
                data,
            )

    async def find_installation(
        self, *, platform: str, workspace: str, installer: str = ""
    ) -> str | None:
        async with self._using("find an installation") as db:
            data: str | None = await db.fetchval(
                "SELECT data FROM installations"
                " WHERE platform = $1 AND workspace = $2 AND installer = $3",
                platform,
                workspace,
                installer,
            )
        return data

    async def delete_installation(
        self, *, platform: str, workspace: str, installer: str | None = None
    ) -> None:
        async with self._using("delete an installation", write=True) as db:
            await db.execute(
                "DELETE FROM installations WHERE platform = $1 AND workspace = $2"
                " AND ($3::text IS NULL OR installer = $3::text)",
                platform,
                workspace,
                installer,
            )

    async def add_oauth_state(self, state: str, *, expires_at: datetime) -> None:
        async with self._using("remember an install's state", write=True) as db:
            # Abandoned installs leave states behind: each new one clears the expired.
            await db.execute("DELETE FROM oauth_states WHERE expires_at < now()")
            await db.execute(
                "INSERT INTO oauth_states (state, expires_at) VALUES ($1, $2)"
                " ON CONFLICT (state) DO UPDATE SET expires_at = excluded.expires_at",
                state,
                _aware(expires_at),
            )

    async def take_oauth_state(self, state: str, *, now: datetime | None = None) -> bool:
        async with self._using("check an install's state", write=True) as db:
            # Deleted in the same statement that reads it: only one taker can ever see it.
            expires: datetime | None = await db.fetchval(
                "DELETE FROM oauth_states WHERE state = $1 RETURNING expires_at", state
            )
        return expires is not None and expires > _aware(now or datetime.now(UTC))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
