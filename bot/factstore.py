"""What the service needs from a store, and nothing more: the seam between them.

SQLite (`bot.store.Store`), PostgreSQL (`bot.pgstore.PostgresStore`) and an in-memory
store (`bot.memstore.MemoryStore`) implement it; `bot.stores.open_store` picks one by the
`FRANCHISE_BOT_DB` setting. A store that can tell its readers about a new version at once
(PostgreSQL's LISTEN/NOTIFY) also implements `VersionNotifier`; the others are polled.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection
from datetime import datetime
from typing import Protocol, runtime_checkable

from bot.models import AuditEntry, FactSet, ReloadReport, UnansweredCount
from bot.ratelimit import RateDecision

__all__ = ["QUESTION_MAX_CHARS", "FactStore", "Installations", "RateLimits", "VersionNotifier"]

QUESTION_MAX_CHARS = 500  # every store keeps a logged question's first 500 characters


class Installations(Protocol):
    """Where a chat platform's app is installed (one record per workspace, and per installer),
    and the one-time states of installs in progress: what lets several processes serve
    many workspaces from one database.

    A record is the adapter's own JSON text; the store neither reads nor logs it (it holds
    the workspace's tokens). `installer` "" is the workspace's latest installation.
    """

    async def save_installation(
        self, *, platform: str, workspace: str, installer: str, data: str
    ) -> None:
        """Insert or replace the record of (`platform`, `workspace`, `installer`)."""
        ...

    async def find_installation(
        self, *, platform: str, workspace: str, installer: str = ""
    ) -> str | None: ...

    async def delete_installation(
        self, *, platform: str, workspace: str, installer: str | None = None
    ) -> None:
        """Forget one installer's record, or with `installer=None` the whole workspace's."""
        ...

    async def add_oauth_state(self, state: str, *, expires_at: datetime) -> None:
        """Remember an install's state until `expires_at` (expired ones are dropped)."""
        ...

    async def take_oauth_state(self, state: str, *, now: datetime | None = None) -> bool:
        """True once for a state added and not yet expired; it is gone afterwards."""
        ...


class RateLimits(Protocol):
    """Rate-limit windows that every process sharing the store counts in together."""

    async def rate_check(
        self, key: str, *, limit: int, window_s: float, now: float
    ) -> RateDecision:
        """Count a question from `key` at `now` (seconds, wall time) in its window and
        decide by bot.ratelimit's `shared_verdict`, atomically whichever process asks."""
        ...


class FactStore(Installations, RateLimits, Protocol):
    """Fact versions, the reload audit and the question log (and `Installations` and
    `RateLimits`).

    Every operation raises a `StoreError` subclass (bot.errors) when the store cannot do
    it; `check` is the exception: it answers with a sentence, or None when healthy.
    """

    path: str  # where the store is, as messages name it (never with a password)
    rebuilt: str | None  # a sentence when opening had to move a damaged store aside
    created: bool  # there was no store before this open

    async def close(self) -> None: ...

    # ------------------------------------------------------------ fact versions
    async def latest_version(self) -> int | None:
        """The newest complete version's number, or None when there is none."""
        ...

    async def version_with_digest(self, digest: str) -> int | None:
        """The newest complete version saved with this digest (its facts may since have
        been pruned), or None: tells an old copy of the fact files from new edits."""
        ...

    async def load_version(self, version: int | None = None) -> tuple[int, FactSet] | None:
        """The given (or newest) version whose facts are still kept, or None."""
        ...

    async def save_version(
        self,
        facts: FactSet,
        *,
        source: str,
        base: int | None = None,
        touched: Collection[str] = (),
        same_entities: bool = False,
    ) -> int:
        """Save `facts` as a new version, all or nothing. `base`, `touched` and
        `same_entities` are hints a store may use to copy unchanged rows."""
        ...

    # ------------------------------------------------------------ logs
    async def record_reload(
        self, *, who: str, platform: str, source: str, report: ReloadReport
    ) -> None: ...

    async def recent_reloads(self, limit: int = 5) -> list[AuditEntry]:
        """The newest reloads first."""
        ...

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
        ...

    async def question_count(self) -> int: ...

    async def unanswered(self, *, limit: int = 10, days: int = 30) -> list[UnansweredCount]:
        """The most often asked unanswered questions of the last `days`."""
        ...

    async def prune_log(self, days: int) -> int:
        """Delete logged questions older than `days`; returns how many."""
        ...

    # ------------------------------------------------------------ health
    async def check(self, *, probe_writes: bool = True) -> str | None:
        """None when the store can be read and written, else a sentence; never raises."""
        ...

    def stuck_for(self) -> float:
        """Seconds the operation now holding the store has been running; 0.0 when idle."""
        ...


@runtime_checkable
class VersionNotifier(Protocol):
    """A store that announces new versions itself instead of being polled."""

    def watch_versions(self, *, after: int | None = None) -> AsyncIterator[int]: ...
