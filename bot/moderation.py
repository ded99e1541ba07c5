"""The moderators' commands: reload the facts, and see what is served, asked and sourced.

A mixin of `Service` (bot/service.py), which owns the state these read and swap.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from bot.browse import one_line
from bot.config import Settings
from bot.engine import Engine
from bot.errors import FactsError, StoreError
from bot.facts import FactChanges, FactLoader, fact_changes
from bot.factstore import FactStore
from bot.health import StoreHealth
from bot.history import newly_superseded, source_summaries
from bot.memory import collector_paused
from bot.metrics import Metrics, reload_result
from bot.models import AuditEntry, FactSet, ReloadReport
from bot.replies import Reply, ReplyKind, Requester
from bot.stamps import stamp
from bot.unanswered import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    SCAN_SPELLINGS,
    LimitError,
    group_unanswered,
    parse_limit,
    unanswered_lines,
)

__all__ = ["ModeratorCommands", "refusal", "reload_report"]

STATUS_REASONS = 3  # a refused reload's problems /facts status shows before "and N more"
REASON_WIDTH = 240  # characters of each such problem; past them an ellipsis
STATUS_SUPERSEDED = 10  # superseded reports /facts status lists before "... and N more"
# Audit entries searched for the one that stored the version served (refused reloads and
# other processes' entries may come between).
STARTUP_LOOKBACK = 20


log = logging.getLogger("bot.service")


def _logged(report: ReloadReport) -> str:
    """A reload's outcome in one log line."""
    if not report.ok:
        more = f" (and {len(report.errors) - 1} more)" if len(report.errors) > 1 else ""
        return f"refused: {report.errors[0] if report.errors else 'no reason'}{more}"
    if report.unchanged:
        return f"unchanged, version {report.version}"
    kept = f"; store problem: {report.store_problem}" if report.store_problem else ""
    return (
        f"version {report.version}, {report.facts} facts "
        f"(+{report.added} -{report.removed} ~{report.changed}){kept}"
    )


def refusal(who: Requester) -> Reply | None:
    """None for a moderator; else the reply refusing a moderator command."""
    if who.is_moderator:
        return None
    # The platform only: refusals are counted, not attributed (as in the question log).
    log.info("Refused a moderator command to a non-moderator on %s.", who.platform)
    return Reply(
        ReplyKind.REFUSED,
        "Only moderators can manage facts. Ask a moderator if a fact needs changing.",
    )


class ModeratorCommands:
    """`/facts reload`, `/facts status`, `/facts unanswered`, `/facts sources`, and `reload`."""

    settings: Settings
    store: FactStore
    loader: FactLoader  # its caches make a reload after a small edit cheap
    health: StoreHealth
    metrics: Metrics
    startup_notes: list[str]
    loaded_at: datetime
    _served: tuple[int | None, Engine]
    _reload_lock: asyncio.Lock
    # Serving facts the store could not keep (version None): the newest stored version
    # there was then. Only a stored version newer than this replaces them.
    _memory_floor: int | None = None

    @property
    def engine(self) -> Engine:
        return self._served[1]

    async def facts_reload(self, who: Requester) -> Reply:
        refused = refusal(who)
        if refused:
            return refused
        report = await self.reload(who=who)
        kind = ReplyKind.INFO if report.ok else ReplyKind.ERROR
        title = "Facts reloaded" if report.ok else "Reload refused"
        if report.ok and report.unchanged:
            title = "Facts unchanged"
        text = report.summary()
        if not report.ok and report.store_problem:  # summary() shows it only for a good reload
            text += f"\nStore problem: {report.store_problem}"
        return Reply(kind, text, title=title)

    async def reload(
        self, *, who: Requester | None = None, facts_dir: Path | None = None
    ) -> ReloadReport:
        """Validate everything first; on success store a new version and swap atomically.

        Concurrent reloads wait for each other. On any error the old facts keep serving.
        """
        source = facts_dir or self.settings.facts_dir
        actor = f"{who.platform}:{who.user_id}" if who else "system"
        async with self._reload_lock:
            with collector_paused():  # the build runs off the loop; no full collections meanwhile
                try:
                    report = await self._reload_locked(who, actor, source)
                except Exception:
                    self.metrics.reloaded("failed")
                    raise
        self.metrics.reloaded(reload_result(report))
        log.info("Facts reload by %s from %s: %s", actor, source, _logged(report))
        return report

    async def _stored_at_start(self, version: int | None) -> str | None:
        """Why a reload finds nothing to add when a bot's start stored these very files:
        said, or the moderator wonders where their edits went."""
        try:
            entries = await self.store.recent_reloads(limit=STARTUP_LOOKBACK)
        except StoreError:
            return None
        # the first entry to reach the version stored it; later ones found it unchanged
        first = next((e for e in reversed(entries) if e.version == version and e.ok), None)
        if first is None or first.who != "startup":
            return None  # stored by a reload: nothing surprising
        return (
            f"These files were stored as version {version} when a bot started "
            f"({stamp(first.at)}), so there was nothing left to add."
        )

    async def _reload_locked(self, who: Requester | None, actor: str, source: Path) -> ReloadReport:
        """The reload itself; the caller holds the reload lock."""
        started = time.perf_counter()
        old_version, old_engine = self._served
        try:
            facts = await asyncio.to_thread(self.loader.load, source)
        except FactsError as exc:
            report = ReloadReport(
                ok=False,
                version=old_version,
                errors=tuple(str(p) for p in exc.problems),
                ms=(time.perf_counter() - started) * 1000,
            )
            return await self._audit(actor, who, source, report)
        # Comparing 100,000 facts takes ~0.15 s: not on the event loop.
        changes = await asyncio.to_thread(fact_changes, old_engine.facts, facts)
        if facts.digest == old_engine.facts.digest:
            ms = (time.perf_counter() - started) * 1000
            report = replace(
                reload_report(changes, facts, old_version, ms),
                unchanged=True,
                note=await self._stored_at_start(old_version),
            )
            return await self._audit(actor, who, source, report)
        engine = await asyncio.to_thread(Engine, facts, None, previous=old_engine)
        store_problem = None
        try:
            version: int | None = await self.store.save_version(
                facts,
                source=str(source),
                base=old_version,
                touched=changes.touched,
                same_entities=facts.entities == old_engine.facts.entities,
            )
        except StoreError as exc:
            # Serve the new facts from memory anyway; say the store could not keep them.
            version = None
            store_problem = f"{exc} The new facts are served from memory only."
            self.health.note(str(exc))
            self._memory_floor = await self._newest_stored(old_version)
        self._served = (version, engine)  # the atomic swap
        self.loaded_at = datetime.now(UTC)
        ms = (time.perf_counter() - started) * 1000
        report = replace(
            reload_report(changes, facts, version, ms),
            store_problem=store_problem,
            superseded=tuple(
                s.describe() for s in newly_superseded(old_engine.history, engine.history)
            ),
        )
        return await self._audit(actor, who, source, report)

    async def _newest_stored(self, served: int | None) -> int | None:
        """The newest stored version, at least `served` (or the floor before it)."""
        floor = served if served is not None else self._memory_floor
        try:
            latest = await self.store.latest_version()
        except StoreError:
            return floor
        return latest if latest is not None and (floor is None or latest > floor) else floor

    async def _audit(
        self, actor: str, who: Requester | None, source: Path, report: ReloadReport
    ) -> ReloadReport:
        """Record the reload, then add to the report what is wrong with the store, if anything.

        The audit row is a real write, waiting for other writers as long as any write does.
        When it succeeds, the store took a write just now, so the check that follows does not
        probe the write lock: beside other processes' reloads that probe would call a working
        store "locked". A save can succeed into a file that is read-only for the next start,
        or corrupt on disk under the connection's cache: the check still finds those.
        """
        problem = None
        try:
            await self.store.record_reload(
                who=actor,
                platform=who.platform if who else "system",
                source=str(source),
                report=report,
            )
        except StoreError as exc:
            self.health.note(str(exc))
            problem = str(exc)
        if report.store_problem:  # the save failed: that says it already
            return report
        if problem is None:
            problem = await self.health.check(probe_writes=False)
        return replace(report, store_problem=problem)

    async def facts_status(self, who: Requester) -> Reply:
        refused = refusal(who)
        if refused:
            return refused
        version, engine = self._served
        facts = engine.facts
        problem = await self.health.check()
        lines = [
            f"Serving fact version {version if version is not None else '(memory only)'}: "
            f"{len(facts.facts)} facts ({sum(1 for f in facts.facts if f.passage)} passages), "
            f"{facts.alias_count} aliases, {len(engine.films())} films.",
            f"Loaded {stamp(self.loaded_at)} from {self.settings.facts_dir}.",
        ]
        if problem:
            lines.append(f"Store problem: {problem} Answers still come from memory.")
        else:
            try:
                reloads = await self.store.recent_reloads(1)
                count = await self.store.question_count()
            except StoreError as exc:
                lines.append(f"Store problem: {exc}")
            else:
                lines.append(f"Store: {self.store.path}, {count} logged questions.")
                if reloads:
                    lines.append(_last_reload(reloads[0]))
        lines.extend(self.startup_notes)
        superseded = engine.history.superseded()
        if superseded:
            lines.append(f"Superseded by newer reports ({len(superseded)}):")
            lines.extend(f"  {s.describe()}" for s in superseded[:STATUS_SUPERSEDED])
            if len(superseded) > STATUS_SUPERSEDED:
                lines.append(f"  … and {len(superseded) - STATUS_SUPERSEDED} more")
        return Reply(ReplyKind.INFO, "\n".join(lines), title="Fact status")

    async def facts_sources(self, who: Requester) -> Reply:
        """Each article served: its date, how many facts it gives, the entities it touches."""
        refused = refusal(who)
        if refused:
            return refused
        summaries = source_summaries(self.engine.facts)
        lines = [s.describe() for s in summaries] or ["No sources are loaded."]
        return Reply(ReplyKind.INFO, "\n".join(lines), title="Sources, newest first")

    async def facts_unanswered(self, who: Requester, limit: int | str | None = None) -> Reply:
        """The most asked unanswered questions, grouped by what they ask (bot/unanswered.py);
        `limit` as typed in chat or given on the command line."""
        refused = refusal(who)
        if refused:
            return refused
        try:
            count = parse_limit(limit, default=DEFAULT_LIMIT, maximum=MAX_LIMIT)
        except LimitError as exc:
            return Reply(ReplyKind.ERROR, str(exc))
        try:
            rows = await self.store.unanswered(limit=SCAN_SPELLINGS, days=self.settings.log_days)
        except StoreError as exc:
            return Reply(ReplyKind.ERROR, f"Can't read the question log: {exc}")
        # The log keeps what fans typed; the lines show only its visible text, so an escape
        # sequence or bidi override in a question cannot reach a chat or terminal raw.
        groups = group_unanswered(rows)
        if not groups:
            return Reply(
                ReplyKind.INFO,
                f"No unanswered questions in the last {self.settings.log_days} days.",
                title="Unanswered questions",
            )
        lines = unanswered_lines(groups, count, self.settings.log_days)
        return Reply(ReplyKind.INFO, "\n".join(lines), title="Unanswered questions")


def _last_reload(last: AuditEntry) -> str:
    """The status line "Last reload: <when> by <who> (ok)" or "(refused: why)", from the audit."""
    outcome = "ok"
    if not last.ok:
        reasons = [one_line(e, REASON_WIDTH) for e in last.errors[:STATUS_REASONS]]
        more = len(last.errors) - len(reasons)
        outcome = "refused: " + ("; ".join(reasons) or "no reason was recorded")
        if more:
            outcome += f"; and {more} more"
    return f"Last reload: {stamp(last.at)} by {last.who} ({outcome})."


def reload_report(
    changes: FactChanges, new: FactSet, version: int | None, ms: float
) -> ReloadReport:
    return ReloadReport(
        ok=True,
        version=version,
        facts=len(new.facts),
        added=len(changes.added),
        removed=len(changes.removed),
        changed=len(changes.changed),
        aliases=new.alias_count,
        ms=ms,
        warnings=new.warnings,
    )
