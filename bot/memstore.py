"""A store that keeps everything in this process: for tests, and a bot that should remember
nothing (`FRANCHISE_BOT_DB=memory://NAME`).

It implements `FactStore` and nothing else, which shows a new backend is one class: stores
opened with the same name share their contents, as two processes share a database.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import ClassVar

from bot.encoding import iso
from bot.errors import StoreError
from bot.factstore import QUESTION_MAX_CHARS
from bot.models import AuditEntry, FactSet, LoggedQuestion, ReloadReport, UnansweredCount
from bot.ratelimit import RateDecision, shared_verdict

__all__ = ["MEMORY_SCHEME", "MemoryStore"]

MEMORY_SCHEME = "memory://"
KEEP_VERSIONS = 3  # as the other stores: older versions keep only their number
OPEN_WINDOWS_KEPT = 10_000  # rate-limit windows kept before the closed ones are dropped


@dataclass
class _Contents:
    versions: dict[int, FactSet | None] = field(default_factory=dict)  # None once pruned
    digests: dict[int, str] = field(default_factory=dict)  # kept when the facts are pruned
    next_version: int = 1
    reloads: list[AuditEntry] = field(default_factory=list)
    questions: list[LoggedQuestion] = field(default_factory=list)
    installations: dict[tuple[str, str, str], str] = field(default_factory=dict)
    oauth_states: dict[str, datetime] = field(default_factory=dict)  # state -> expires at
    rate_windows: dict[str, tuple[float, int]] = field(default_factory=dict)  # opened, count


class MemoryStore:
    """Fact versions, the reload audit and the question log in dictionaries and lists."""

    # What every open store of one name shares; gone when the last one is collected.
    _named: ClassVar[weakref.WeakValueDictionary[str, _Contents]] = weakref.WeakValueDictionary()

    def __init__(self, name: str = "") -> None:
        self.path = MEMORY_SCHEME + name
        self.rebuilt: str | None = None
        known = self._named.get(name) if name else None
        self.created = known is None
        self._contents: _Contents | None = known or _Contents()
        if name:
            self._named[name] = self._contents
        # Writers of one name take turns, as a database's transactions would.
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, where: str = MEMORY_SCHEME) -> MemoryStore:
        return cls(where.removeprefix(MEMORY_SCHEME))

    async def close(self) -> None:
        self._contents = None

    def _open(self, doing: str) -> _Contents:
        if self._contents is None:
            raise StoreError(f"Cannot {doing}: the store at {self.path} is closed.")
        return self._contents

    async def latest_version(self) -> int | None:
        versions = self._open("read the latest version").versions
        return max(versions) if versions else None

    async def version_with_digest(self, digest: str) -> int | None:
        digests = self._open("look up a version by its digest").digests
        return max((v for v, d in digests.items() if d == digest), default=None)

    async def latest_digest(self) -> str | None:
        latest = await self.latest_version()
        loaded = await self.load_version(latest) if latest is not None else None
        return loaded[1].digest if loaded else None

    async def load_version(self, version: int | None = None) -> tuple[int, FactSet] | None:
        versions = self._open("load a facts version").versions
        if version is None:
            kept = [v for v, facts in versions.items() if facts is not None]
            version = max(kept, default=None)
        facts = versions.get(version) if version is not None else None
        return (version, facts) if version is not None and facts is not None else None

    async def save_version(
        self,
        facts: FactSet,
        *,
        source: str,
        base: int | None = None,
        touched: Collection[str] = (),
        same_entities: bool = False,
    ) -> int:
        # Frozen dataclasses: nothing to copy, and `base` saves no work here.
        contents = self._open("save a new facts version")
        async with self._lock:
            version = contents.next_version
            contents.next_version += 1
            contents.versions[version] = facts
            contents.digests[version] = facts.digest
            for old in sorted(contents.versions)[:-KEEP_VERSIONS]:
                contents.versions[old] = None
        return version

    async def record_reload(
        self, *, who: str, platform: str, source: str, report: ReloadReport
    ) -> None:
        self._open("record a reload in the audit").reloads.append(
            AuditEntry(
                at=iso(datetime.now(UTC)),
                who=who,
                source=source,
                ok=report.ok,
                version=report.version,
                facts=report.facts,
                errors=tuple(report.errors),
            )
        )

    async def recent_reloads(self, limit: int = 5) -> list[AuditEntry]:
        return self._open("read the reload audit").reloads[::-1][:limit]

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
        self._open("log a question").questions.append(
            LoggedQuestion(
                at=iso(at or datetime.now(UTC)),
                platform=platform,
                question=question[:QUESTION_MAX_CHARS],
                answered=answered,
                confidence=confidence,
                fact_id=fact_id,
            )
        )

    async def question_count(self) -> int:
        return len(self._open("count logged questions").questions)

    async def recent_questions(self, limit: int = 50) -> list[LoggedQuestion]:
        logged = list(enumerate(self._open("read the question log").questions))
        logged.sort(key=lambda item: (item[1].at, item[0]), reverse=True)
        return [q for _, q in logged[:limit]]

    async def unanswered(self, *, limit: int = 10, days: int = 30) -> list[UnansweredCount]:
        since = iso(datetime.now(UTC) - timedelta(days=days))
        groups: dict[str, list[LoggedQuestion]] = {}
        for q in self._open("read unanswered questions").questions:
            if not q.answered and q.at >= since:
                # As the SQL stores do: lower(trim(question)), trim taking spaces only.
                groups.setdefault(q.question.strip(" ").lower(), []).append(q)
        counts = [
            UnansweredCount(question=newest.question, count=len(asked), last_asked=newest.at)
            for asked in groups.values()
            for newest in [max(asked, key=lambda q: q.at)]
        ]
        counts.sort(key=lambda c: (c.count, c.last_asked), reverse=True)
        return counts[:limit]

    async def prune_log(self, days: int) -> int:
        contents = self._open("prune the question log")
        before = iso(datetime.now(UTC) - timedelta(days=days))
        kept = [q for q in contents.questions if q.at >= before]
        pruned = len(contents.questions) - len(kept)
        contents.questions = kept
        return pruned

    async def save_installation(
        self, *, platform: str, workspace: str, installer: str, data: str
    ) -> None:
        self._open("save an installation").installations[platform, workspace, installer] = data

    async def find_installation(
        self, *, platform: str, workspace: str, installer: str = ""
    ) -> str | None:
        return self._open("find an installation").installations.get(
            (platform, workspace, installer)
        )

    async def delete_installation(
        self, *, platform: str, workspace: str, installer: str | None = None
    ) -> None:
        installations = self._open("delete an installation").installations
        for key in [k for k in installations if k[:2] == (platform, workspace)]:
            if installer is None or key[2] == installer:
                del installations[key]

    async def add_oauth_state(self, state: str, *, expires_at: datetime) -> None:
        states = self._open("remember an install's state").oauth_states
        moment = datetime.now(UTC)
        for old in [s for s, expires in states.items() if expires < moment]:
            del states[old]
        states[state] = _aware(expires_at)

    async def take_oauth_state(self, state: str, *, now: datetime | None = None) -> bool:
        expires = self._open("check an install's state").oauth_states.pop(state, None)
        return expires is not None and expires > _aware(now or datetime.now(UTC))

    async def rate_check(
        self, key: str, *, limit: int, window_s: float, now: float
    ) -> RateDecision:
        windows = self._open("count a question against the rate limit").rate_windows
        opened_at, count = windows.get(key, (now, 0))
        if opened_at <= now - window_s:
            opened_at, count = now, 0
        windows[key] = (opened_at, count + 1)
        if len(windows) > OPEN_WINDOWS_KEPT:
            for closed in [k for k, (at, _) in windows.items() if at <= now - window_s]:
                del windows[closed]
        return shared_verdict(opened_at, count + 1, limit, window_s, now)

    async def check(self, *, probe_writes: bool = True) -> str | None:
        return f"The store at {self.path} is closed." if self._contents is None else None

    def stuck_for(self) -> float:
        return 0.0  # nothing here waits on anything


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
