"""The PostgreSQL store's logs: the reload audit and the question log (no user ids, no names)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime, timedelta

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from bot.encoding import iso as _iso
from bot.factstore import QUESTION_MAX_CHARS
from bot.models import AuditEntry, LoggedQuestion, ReloadReport, UnansweredCount


class PostgresLogs:
    """The log half of `PostgresStore`: every method runs through the store's `_using`."""

    def _using(
        self, doing: str, *, write: bool = False, snapshot: bool = False
    ) -> AbstractAsyncContextManager[PoolConnectionProxy[asyncpg.Record]]:
        raise NotImplementedError

    async def record_reload(
        self, *, who: str, platform: str, source: str, report: ReloadReport
    ) -> None:
        async with self._using("record a reload in the audit", write=True) as db:
            await db.execute(
                "INSERT INTO reload_audit (at, who, platform, source, ok, version, facts,"
                " added, removed, changed, aliases, ms, errors)"
                " VALUES (now(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                who,
                platform,
                source,
                report.ok,
                report.version,
                report.facts,
                report.added,
                report.removed,
                report.changed,
                report.aliases,
                report.ms,
                list(report.errors),
            )

    async def recent_reloads(self, limit: int = 5) -> list[AuditEntry]:
        """The newest reloads first."""
        async with self._using("read the reload audit") as db:
            rows = await db.fetch(
                "SELECT at, who, source, ok, version, facts, errors FROM reload_audit"
                " ORDER BY id DESC LIMIT $1",
                limit,
            )
        return [
            AuditEntry(
                at=_iso(r["at"]),
                who=r["who"],
                source=r["source"],
                ok=r["ok"],
                version=r["version"],
                facts=r["facts"],
                errors=tuple(r["errors"]),
            )
            for r in rows
        ]

    async def log_question(
        self,
        *,
        platform: str,
        question: str,
        answered: bool,
        confidence: float,
        fact_id: str | None,
        at: datetime | None = None,
    ) -> None:
        """Log a question without anything that identifies who asked it."""
        async with self._using("log a question", write=True) as db:
            await db.execute(
                "INSERT INTO question_log (at, platform, question, answered, confidence, fact_id)"
                " VALUES ($1, $2, $3, $4, $5, $6)",
                _aware(at) if at is not None else datetime.now(UTC),
                platform,
                question[:QUESTION_MAX_CHARS],
                answered,
                confidence,
                fact_id,
            )

    async def question_count(self) -> int:
        async with self._using("count logged questions") as db:
            count: int = await db.fetchval("SELECT count(*) FROM question_log")
        return count

    async def recent_questions(self, limit: int = 50) -> list[LoggedQuestion]:
        """The newest questions first."""
        async with self._using("read the question log") as db:
            rows = await db.fetch(
                "SELECT at, platform, question, answered, confidence, fact_id FROM question_log"
                " ORDER BY at DESC, id DESC LIMIT $1",
                limit,
            )
        return [
            LoggedQuestion(
                at=_iso(r["at"]),
                platform=r["platform"],
                question=r["question"],
                answered=r["answered"],
                confidence=r["confidence"],
                fact_id=r["fact_id"],
            )
            for r in rows
        ]

    async def unanswered(self, *, limit: int = 10, days: int = 30) -> list[UnansweredCount]:
        """The most often asked unanswered questions of the last `days`: what facts to add."""
        since = datetime.now(UTC) - timedelta(days=days)
        async with self._using("read unanswered questions") as db:
            # Each group shows its most recent spelling, as the SQLite store's does.
            rows = await db.fetch(
                "SELECT (array_agg(question ORDER BY at DESC, id DESC))[1] AS question,"
                " count(*) AS asked, max(at) AS last_asked FROM question_log"
                " WHERE NOT answered AND at >= $1"
                " GROUP BY lower(trim(question))"
                " ORDER BY asked DESC, last_asked DESC LIMIT $2",
                since,
                limit,
            )
        return [
            UnansweredCount(
                question=r["question"], count=r["asked"], last_asked=_iso(r["last_asked"])
            )
            for r in rows
        ]

    async def prune_log(self, days: int) -> int:
        """Delete logged questions older than `days`; returns how many were deleted."""
        before = datetime.now(UTC) - timedelta(days=days)
        async with self._using("prune the question log", write=True) as db:
            status: str = await db.execute("DELETE FROM question_log WHERE at < $1", before)
        return int(status.rsplit(" ", 1)[-1])  # "DELETE 12"


def _aware(moment: datetime) -> datetime:
    # Naive datetimes are taken as UTC, as the SQLite store takes them.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
