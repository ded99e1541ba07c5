"""The commands any adapter exposes, with permissions, rate limits and fact reloads.

Adapters build a `Requester`, call one of these coroutines and render the `Reply`.
The engine is swapped as one attribute assignment, so each question is answered
from exactly one fact version, never half old and half new.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bot.config import Settings
from bot.engine import Engine
from bot.errors import FactsError, StoreError, StoreFullError
from bot.facts import FactChanges, fact_changes, load_facts
from bot.history import newly_superseded, source_summaries
from bot.memory import collector_paused
from bot.memory import settle as settle_memory
from bot.models import Answer, FactSet, ReloadReport
from bot.ratelimit import RateLimiter, Verdict
from bot.replies import Reply, ReplyKind, Requester
from bot.store import Store
from bot.text import clean

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500  # longer questions are answered on their first 500 characters
PRUNE_EVERY_S = 3600.0  # a running bot applies the question-log retention hourly
LOG_WAIT_S = 0.25  # a store stuck this long on one operation no longer holds replies up
STATUS_SUPERSEDED = 10  # superseded reports /facts status lists before "... and N more"

HELP_TEXT = (
    "Ask me about a film franchise, e.g. \u201cwho's returning for MI7?\u201d or "
    "\u201cwhen does Mission: Impossible 8 come out?\u201d.\n"
    "Commands: /ask QUESTION, /release [FILM], /cast [FILM], {help}.\n"
    "Moderators: /facts reload, /facts status, /facts unanswered, /facts sources."
)
# Slack reserves /help for itself, so the bot's help command is named differently there.
HELP_COMMAND = {"slack": "/franchise-help"}

# Platforms where one person types at a terminal: no rate limit there.
UNLIMITED_PLATFORMS = frozenset({"console", "cli"})


class Service:
    """The bot's commands. Create with `await Service.open(settings)`; close when done."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        engine: Engine,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.store = store
        self._engine = engine
        self._reload_lock = asyncio.Lock()
        self._limiter = RateLimiter(settings.rate_limit, settings.rate_window_s, clock)
        self._watcher: asyncio.Task[None] | None = None
        self.loaded_at = datetime.now(UTC)
        self.startup_notes: list[str] = []
        self._store_problem: str | None = None
        self._store_problems_seen: set[str] = set()
        self._log_writes: set[asyncio.Task[None]] = set()
        # Serving facts the store could not keep (version None): the newest stored version
        # there was then. Only a stored version newer than this replaces them.
        self._memory_floor: int | None = None
        # The last question-log write failed on a full disk: the health check's probe writes
        # nothing to disk and cannot see it, so it is reported until a write succeeds again.
        self._failing_writes: str | None = None

    # ----------------------------------------------------------------- lifecycle

    @classmethod
    async def open(
        cls,
        settings: Settings,
        *,
        watch: bool = False,
        log_questions: bool = True,
        sync_facts_dir: bool = True,
    ) -> Service:
        """Open the store, load the facts directory, and start serving.

        The facts directory is the moderators' source of truth: when it is valid and
        differs from the newest stored version, it becomes a new version. When it is
        broken, the newest stored version is served and the errors are kept in
        `startup_notes`. With `sync_facts_dir=False` the newest stored version is served
        as it is (the directory is read only when the store has none).
        """
        store = await Store.open(settings.db_path)
        try:
            return await cls._start(
                settings,
                store,
                watch=watch,
                log_questions=log_questions,
                sync_facts_dir=sync_facts_dir,
            )
        except BaseException:
            # aiosqlite's thread is not a daemon: a store left open by a failed start would
            # keep the process from exiting after it printed its error.
            await store.close()
            raise

    @classmethod
    async def _start(
        cls,
        settings: Settings,
        store: Store,
        *,
        watch: bool,
        log_questions: bool,
        sync_facts_dir: bool,
    ) -> Service:
        notes: list[str] = []
        if store.rebuilt:
            notes.append(store.rebuilt)
        if not sync_facts_dir:
            stored_only = await store.load_version()
            if stored_only is not None:
                engine = await asyncio.to_thread(Engine, stored_only[1], stored_only[0])
                service = cls(settings, store, engine)
                service.startup_notes = notes
                service._log_questions = log_questions
                if watch:
                    service.start_watching()
                return service
        facts_error: FactsError | None = None
        try:
            facts: FactSet | None = await asyncio.to_thread(load_facts, settings.facts_dir)
        except FactsError as exc:
            facts, facts_error = None, exc
        stored = await store.load_version()
        if facts is None:
            assert facts_error is not None
            problems = [str(p) for p in facts_error.problems]
            if stored is None:
                await store.close()
                raise facts_error
            notes.append(
                f"The fact files in {settings.facts_dir} have errors, so the last good "
                f"version ({stored[0]}) is being served: " + "; ".join(problems[:5])
            )
            version, facts = stored
        elif stored is not None and stored[1].digest == facts.digest:
            version = stored[0]
            facts = stored[1]
        else:
            version = await store.save_version(facts, source=str(settings.facts_dir))
            changes = await asyncio.to_thread(fact_changes, stored[1] if stored else None, facts)
            report = _report(changes, facts, version, 0.0)
            await store.record_reload(
                who="startup", platform="system", source=str(settings.facts_dir), report=report
            )
            if store.rebuilt:
                notes.append(f"Fact version {version} was rebuilt from {settings.facts_dir}.")
        engine = await asyncio.to_thread(Engine, facts, version)
        settle_memory()
        service = cls(settings, store, engine)
        service._log_questions = log_questions
        for note in notes:
            log.warning("%s", note)
        if store.created and stored is None:
            # Every first start, so not a warning; but a store that vanished also lands here,
            # and a moderator asking for the status should be able to tell.
            created = (
                f"No store was found at {store.path}, so a new one was created with fact "
                f"version {version} from {settings.facts_dir}."
            )
            log.info("%s", created)
            notes.append(created)
        service.startup_notes = notes
        with contextlib.suppress(StoreError):
            await store.prune_log(settings.log_days)
        if watch:
            service.start_watching()
        return service

    _log_questions: bool = True

    def start_watching(self) -> None:
        """Pick up versions written by other processes (`facts reload` elsewhere)."""
        if self._watcher is None:
            self._watcher = asyncio.create_task(self._watch_versions(), name="fact-version-watch")

    async def close(self) -> None:
        if self._watcher is not None:
            self._watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watcher
            self._watcher = None
        if self._log_writes:
            # Question-log rows still being written; each ends within the store's busy timeout.
            await asyncio.wait(self._log_writes)
        await self.store.close()

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def version(self) -> int | None:
        return self._engine.version

    async def _watch_versions(self) -> None:
        last_prune = time.monotonic()
        while True:
            await asyncio.sleep(self.settings.poll_interval_s)
            try:
                await self.sync_with_store()
                if time.monotonic() - last_prune > PRUNE_EVERY_S:
                    last_prune = time.monotonic()
                    await self.store.prune_log(self.settings.log_days)
            except StoreError as exc:
                self._note_store_problem(str(exc))
            except Exception:  # keep watching; one bad poll must not stop pick-ups
                log.exception("Looking for a newer fact version failed")

    async def sync_with_store(self) -> bool:
        """Swap to the newest stored version if it is newer than ours. True if swapped."""
        try:
            latest = await self.store.latest_version()
        except StoreError as exc:
            self._note_store_problem(str(exc))
            return False
        if not self._is_newer(latest):
            return False
        async with self._reload_lock:
            if not self._is_newer(latest):
                return False
            loaded = await self.store.load_version(latest)
            if loaded is None:
                return False
            version, facts = loaded
            self._engine = await asyncio.to_thread(Engine, facts, version, previous=self._engine)
            settle_memory()
            self.loaded_at = datetime.now(UTC)
            log.info("Now serving fact version %s (written by another process)", version)
            return True

    def _is_newer(self, stored: int | None) -> bool:
        """Whether a stored version is newer than the facts served now.

        Facts served from memory only (their save failed) have no version; they are as new
        as the newest stored version when they were swapped in, and win until a newer one
        appears: treating them as older would undo the reload at the next poll.
        """
        if stored is None:
            return False
        served = self.version if self.version is not None else self._memory_floor
        return served is None or stored > served

    def _note_store_problem(self, problem: str) -> None:
        # One error per fault, not one per question: the first problem is an ERROR; other
        # wordings of it (the same fault met by another operation) are warned about once each,
        # until a health check finds the store healthy again.
        if self._store_problem is None:
            log.error("Fact store problem: %s", problem)
        elif problem not in self._store_problems_seen:
            log.warning("Fact store problem: %s", problem)
        self._store_problem = problem
        self._store_problems_seen.add(problem)

    async def _check_store(self, *, probe_writes: bool = True) -> str | None:
        """The store's health now, noted (or cleared) for the log; never raises."""
        problem = await self.store.check(probe_writes=probe_writes) or self._failing_writes
        if problem:
            self._note_store_problem(problem)
        elif self._store_problem is not None:
            log.info("The fact store at %s is healthy again.", self.store.path)
            self._store_problem = None
            self._store_problems_seen.clear()
        return problem

    # ----------------------------------------------------------------- questions

    def _limit(self, who: Requester) -> Reply | None:
        if who.platform in UNLIMITED_PLATFORMS:
            return None
        verdict = self._limiter.check(f"{who.platform}:{who.user_id}")
        if verdict is Verdict.ALLOW:
            return None
        if verdict is Verdict.NOTICE:
            wait = max(1, round(self._limiter.retry_after(f"{who.platform}:{who.user_id}")))
            return Reply(
                ReplyKind.RATE_LIMITED,
                f"You're asking faster than I can keep up. Try again in about {wait} seconds.",
            )
        return Reply(ReplyKind.SILENCED, "Still rate limited; try again shortly.")

    async def ask(self, who: Requester, question: str) -> Reply:
        limited = self._limit(who)
        if limited:
            return limited
        question = question[:MAX_QUESTION_CHARS]
        engine = self._engine  # one version for the whole question
        answer = engine.answer(question)
        await self._log(who, question, answer)
        if answer.kind in {"help", "empty"}:
            return self.help(who)
        return _reply_for(answer, version=engine.version)

    async def _log(self, who: Requester, question: str, answer: Answer) -> None:
        if not self._log_questions or answer.kind in {"help", "empty"}:
            return
        # The row is written by a task. The reply waits for it while the store is making
        # progress (so a busy bot cannot pile up rows faster than the store takes them), but
        # not while the store is stuck on one operation: locked by another process, a write
        # waits out the busy timeout, and every reply queued behind it would wait in turn.
        # The row is then written as soon as the store allows; close() waits for it.
        write = asyncio.create_task(self._write_log(who.platform, question, answer))
        self._log_writes.add(write)
        write.add_done_callback(self._log_writes.discard)
        while not write.done() and self.store.stuck_for() < LOG_WAIT_S:
            await asyncio.wait((write,), timeout=LOG_WAIT_S)

    async def _write_log(self, platform: str, question: str, answer: Answer) -> None:
        try:
            await self.store.log_question(
                platform=platform,
                question=question,
                answered=answer.answered,
                confidence=answer.confidence,
                fact_id=answer.facts[0] if answer.facts else None,
            )
        except StoreFullError as exc:
            self._failing_writes = str(exc)
            self._note_store_problem(str(exc))
        except StoreError as exc:
            self._note_store_problem(str(exc))
        except Exception:  # nobody awaits this task: a lost row must not go unexplained
            log.exception("Logging a question failed")
        else:
            self._failing_writes = None

    async def release(self, who: Requester, film: str | None = None) -> Reply:
        limited = self._limit(who)
        if limited:
            return limited
        engine = self._engine
        answer = engine.release(film)
        await self._log(who, f"/release {film or ''}".strip(), answer)
        return _reply_for(answer, title="Release dates", version=engine.version)

    async def cast(self, who: Requester, film: str | None = None) -> Reply:
        limited = self._limit(who)
        if limited:
            return limited
        engine = self._engine
        answer = engine.cast(film)
        await self._log(who, f"/cast {film or ''}".strip(), answer)
        return _reply_for(answer, title="Cast", version=engine.version)

    def help(self, who: Requester | None = None) -> Reply:
        command = HELP_COMMAND.get(who.platform, "/help") if who else "/help"
        return Reply(ReplyKind.HELP, HELP_TEXT.format(help=command), title="How to ask")

    def film_choices(self, typed: str = "", limit: int = 25) -> list[str]:
        """Film names for autocomplete, best matches for what has been typed first."""
        return self._engine.film_choices(typed, limit)

    # ----------------------------------------------------------------- moderators

    @staticmethod
    def _refuse(who: Requester) -> Reply | None:
        if who.is_moderator:
            return None
        return Reply(
            ReplyKind.REFUSED,
            "Only moderators can manage facts. Ask a moderator if a fact needs changing.",
        )

    async def facts_reload(self, who: Requester) -> Reply:
        refused = self._refuse(who)
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
                return await self._reload_locked(who, actor, source)

    async def _reload_locked(self, who: Requester | None, actor: str, source: Path) -> ReloadReport:
        """The reload itself; the caller holds the reload lock."""
        started = time.perf_counter()
        old_engine = self._engine
        try:
            facts = await asyncio.to_thread(load_facts, source)
        except FactsError as exc:
            report = ReloadReport(
                ok=False,
                version=old_engine.version,
                errors=tuple(str(p) for p in exc.problems),
                ms=(time.perf_counter() - started) * 1000,
            )
            return await self._audit(actor, who, source, report)
        # Comparing 100,000 facts takes ~0.15 s: not on the event loop.
        changes = await asyncio.to_thread(fact_changes, old_engine.facts, facts)
        if facts.digest == old_engine.facts.digest:
            ms = (time.perf_counter() - started) * 1000
            report = _replace(_report(changes, facts, old_engine.version, ms), unchanged=True)
            return await self._audit(actor, who, source, report)
        engine = await asyncio.to_thread(Engine, facts, None, previous=old_engine)
        store_problem = None
        try:
            version: int | None = await self.store.save_version(
                facts,
                source=str(source),
                base=old_engine.version,
                touched=changes.touched,
                same_entities=facts.entities == old_engine.facts.entities,
            )
        except StoreError as exc:
            # Serve the new facts from memory anyway; say the store could not keep them.
            version = None
            store_problem = f"{exc} The new facts are served from memory only."
            self._note_store_problem(str(exc))
            self._memory_floor = await self._newest_stored(old_engine.version)
        engine.version = version
        self._engine = engine  # the atomic swap
        settle_memory()
        self.loaded_at = datetime.now(UTC)
        ms = (time.perf_counter() - started) * 1000
        report = _replace(
            _report(changes, facts, version, ms),
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
            self._note_store_problem(str(exc))
            problem = str(exc)
        if report.store_problem:  # the save failed: that says it already
            return report
        if problem is None:
            problem = await self._check_store(probe_writes=False)
        return _replace(report, store_problem=problem)

    async def facts_status(self, who: Requester) -> Reply:
        refused = self._refuse(who)
        if refused:
            return refused
        engine = self._engine
        facts = engine.facts
        problem = await self._check_store()
        lines = [
            f"Serving fact version {engine.version if engine.version is not None else '(memory only)'}: "
            f"{len(facts.facts)} facts ({sum(1 for f in facts.facts if f.passage)} passages), "
            f"{facts.alias_count} aliases, {len(engine.films())} films.",
            f"Loaded {self.loaded_at:%Y-%m-%d %H:%M:%S} UTC from {self.settings.facts_dir}.",
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
                    last = reloads[0]
                    outcome = "ok" if last.ok else "refused"
                    lines.append(f"Last reload: {last.at} by {last.who} ({outcome}).")
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
        refused = self._refuse(who)
        if refused:
            return refused
        summaries = source_summaries(self._engine.facts)
        lines = [s.describe() for s in summaries] or ["No sources are loaded."]
        return Reply(ReplyKind.INFO, "\n".join(lines), title="Sources, newest first")

    async def facts_unanswered(self, who: Requester, limit: int = 10) -> Reply:
        refused = self._refuse(who)
        if refused:
            return refused
        try:
            rows = await self.store.unanswered(limit=limit, days=self.settings.log_days)
        except StoreError as exc:
            return Reply(ReplyKind.ERROR, f"Can't read the question log: {exc}")
        if not rows:
            return Reply(
                ReplyKind.INFO,
                f"No unanswered questions in the last {self.settings.log_days} days.",
                title="Unanswered questions",
            )
        # The log keeps what fans typed; show moderators only its visible text, so an escape
        # sequence or bidi override in a question cannot reach their chat or terminal raw.
        lines = [f"{r.count}\u00d7 {clean(r.question)}" for r in rows]
        return Reply(ReplyKind.INFO, "\n".join(lines), title="Most asked unanswered questions")

    # ----------------------------------------------------------------- typed commands

    async def command(self, who: Requester, text: str) -> Reply:
        """Run a slash command typed as text (the console), else treat it as a question."""
        stripped = text.strip()
        if not stripped.startswith("/"):
            return await self.ask(who, stripped)
        name, _, rest = stripped[1:].partition(" ")
        rest = rest.strip()
        match name.lower():
            case "ask":
                return await self.ask(who, rest)
            case "release":
                return await self.release(who, rest or None)
            case "cast":
                return await self.cast(who, rest or None)
            case "help" | "franchise-help":
                return self.help(who)
            case "facts":
                sub = rest.lower()
                if sub == "reload":
                    return await self.facts_reload(who)
                if sub == "status":
                    return await self.facts_status(who)
                if sub == "unanswered":
                    return await self.facts_unanswered(who)
                if sub == "sources":
                    return await self.facts_sources(who)
                return Reply(
                    ReplyKind.ERROR,
                    "Use /facts reload, /facts status, /facts unanswered or /facts sources.",
                )
        return Reply(
            ReplyKind.ERROR,
            # Echo only visible text: a typed "/\x1b]8;;..." or bidi override must not reach
            # the reply (or a moderator's terminal) raw.
            f"I don't know the command /{clean(name)[:40]}. Try /help.",
        )


def _reply_for(answer: Answer, title: str = "", version: int | None = None) -> Reply:
    if answer.kind == "help" or answer.kind == "empty":
        kind = ReplyKind.HELP
    elif answer.answered:
        kind = ReplyKind.ANSWER
    else:
        kind = ReplyKind.DECLINE
    return Reply(
        kind,
        answer.text,
        title=title,
        sources=answer.sources,
        suggestions=answer.suggestions,
        answer=answer,
        version=version,
    )


def _report(changes: FactChanges, new: FactSet, version: int | None, ms: float) -> ReloadReport:
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


def _replace(report: ReloadReport, **changes: object) -> ReloadReport:
    from dataclasses import replace

    return replace(report, **changes)  # type: ignore[arg-type]
