"""The SQLite store's logs: the reload audit and the question log (no user ids, no names)."""

from __future__ import annotations

import json
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime, timedelta

import aiosqlite

from bot.encoding import iso, now
from bot.factstore import QUESTION_MAX_CHARS
from bot.models import AuditEntry, LoggedQuestion, ReloadReport, UnansweredCount
from bot.sqlitefile import first


class SqliteLogs:
    """The log half of `Store`: every method runs through the store's `_using`."""

    def _using(
        self, doing: str, *, write: bool = False
    ) -> AbstractAsyncContextManager[aiosqlite.Connection]:
        raise NotImplementedError

    async def record_reload(
        self, *, who: str, platform: str, source: str, report: ReloadReport
    ) -> None:
        async with self._using("record a reload in the audit", write=True) as db:
            await db.execute(
                "INSERT INTO reload_audit (at, who, platform, source, ok, version, facts,"
                " added, removed, changed, aliases, ms, errors)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    now(),
                    who,
                    platform,
                    source,
                    int(report.ok),
                    report.version,
                    report.facts,
                    report.added,
                    report.removed,
                    report.changed,
                    report.aliases,
                    report.ms,
                    json.dumps(list(report.errors)),
                ),
            )

    async def recent_reloads(self, limit: int = 5) -> list[AuditEntry]:
        """The newest reloads first."""
        async with self._using("read the reload audit") as db:
            rows = await db.execute_fetchall(
                "SELECT at, who, source, ok, version, facts, errors FROM reload_audit"
                " ORDER BY id DESC LIMIT ?",
                (limit,),
            )
        return [
            AuditEntry(
                at=r[0],
                who=r[1],
                source=r[2],
                ok=bool(r[3]),
                version=r[4],
                facts=r[5],
                errors=tuple(json.loads(r[6])),
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
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    iso(at) if at is not None else now(),
                    platform,
                    question[:QUESTION_MAX_CHARS],
                    int(answered),
                    confidence,
                    fact_id,
                ),
            )

    async def question_count(self) -> int:
        async with self._using("count logged questions") as db:
            rows = await db.execute_fetchall("SELECT count(*) FROM question_log")
        return first(rows) or 0

    async def recent_questions(self, limit: int = 50) -> list[LoggedQuestion]:
        """The newest questions first."""
        async with self._using("read the question log") as db:
            rows = await db.execute_fetchall(
                "SELECT at, platform, question, answered, confidence, fact_id FROM question_log"
                " ORDER BY at DESC, id DESC LIMIT ?",
                (limit,),
            )
        return [
            LoggedQuestion(
                at=r[0],
                platform=r[1],
                question=r[2],
                answered=bool(r[3]),
                confidence=r[4],
                fact_id=r[5],
            )
            for r in rows
        ]

    async def unanswered(self, *, limit: int = 10, days: int = 30) -> list[UnansweredCount]:
        """The most often asked unanswered questions of the last `days`: what facts to add."""
        since = iso(datetime.now(UTC) - timedelta(days=days))
        async with self._using("read unanswered questions") as db:
            # With exactly one max() aggregate, SQLite takes the bare column `question` from
            # the row holding the max, so each group shows its most recent spelling.
            rows = await db.execute_fetchall(
                "SELECT question, count(*) AS asked, max(at) AS last_asked FROM question_log"
                " WHERE answered = 0 AND at >= ?"
                " GROUP BY lower(trim(question))"
                " ORDER BY asked DESC, last_asked DESC LIMIT ?",
                (since, limit),
            )
        return [UnansweredCount(question=r[0], count=r[1], last_asked=r[2]) for r in rows]

    async def prune_log(self, days: int) -> int:
        """Delete logged questions older than `days`; returns how many were deleted."""
        before = iso(datetime.now(UTC) - timedelta(days=days))
        async with self._using("prune the question log", write=True) as db:
            cursor = await db.execute("DELETE FROM question_log WHERE at < ?", (before,))
            return cursor.rowcount
