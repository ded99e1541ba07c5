"""The commands any adapter exposes, with permissions, rate limits and fact reloads.

Adapters build a `Requester`, call one of these coroutines (or `command` with typed text)
and render the `Reply`. The served facts are one `(version, engine)` pair swapped in one
assignment, so each question is answered from exactly one fact version, never half old and
half new. Moderators' commands are in moderation.py; the command table in commands.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from bot.chat import ChatReply, ConversationKey, Conversations
from bot.chat.context import MAX_QUESTION_CHARS
from bot.chat.message import MAX_MESSAGE_CHARS
from bot.commands import COMMANDS, CommandTable
from bot.config import Settings
from bot.engine import Engine
from bot.errors import StoreError, StoreFullError
from bot.facts import FactLoader
from bot.factstore import FactStore
from bot.health import StoreHealth
from bot.metrics import Metrics, counted
from bot.models import Answer
from bot.moderation import ModeratorCommands
from bot.ratelimit import Verdict
from bot.replies import Reply, ReplyKind, Requester
from bot.sharedlimit import SharedRateLimit
from bot.startup import starting_facts
from bot.stores import open_store, watch_versions

__all__ = ["Service"]

log = logging.getLogger(__name__)

PRUNE_EVERY_S = 3600.0  # a running bot applies the question-log retention hourly
LOG_WAIT_S = 0.25  # a store stuck this long on one operation no longer holds replies up

# Platforms where one person types at a terminal: no rate limit there.
UNLIMITED_PLATFORMS = frozenset({"console", "cli"})


class Service(ModeratorCommands):
    """The bot's commands. Create with `await Service.open(settings)`; close when done."""

    def __init__(
        self,
        settings: Settings,
        store: FactStore,
        served: tuple[int | None, Engine],
        *,
        loader: FactLoader | None = None,
        clock: Callable[[], float] = time.time,
        commands: CommandTable = COMMANDS,
        log_questions: bool = True,
    ) -> None:
        self.settings = settings
        self.store = store
        self.loader = loader or FactLoader()
        self.commands = commands
        self.metrics = Metrics()  # this service's own registry, served at /metrics
        self.health = StoreHealth(store, on_error=self.metrics.store_errors.inc)
        self._served = served
        self._clock = clock
        self._reload_lock = asyncio.Lock()
        # FRANCHISE_BOT_RATE_SCOPE=store: counted in the store, one limit for every process.
        self._limits = SharedRateLimit(
            store if settings.rate_scope == "store" else None,
            settings.rate_limit,
            settings.rate_window_s,
            clock,
        )
        self._log_questions = log_questions
        self._watchers: list[asyncio.Task[None]] = []
        self.loaded_at = datetime.now(UTC)
        self.startup_notes: list[str] = []
        self._log_writes: set[asyncio.Task[None]] = set()
        # Fans' conversations, in memory only (bot/chat): what follow-ups lean on.
        self.conversations = Conversations(clock=clock)
        self.metrics.follow_version(lambda: self.version)

    # ----------------------------------------------------------------- lifecycle

    @classmethod
    async def open(
        cls,
        settings: Settings,
        *,
        store: FactStore | None = None,
        clock: Callable[[], float] = time.time,
        commands: CommandTable = COMMANDS,
        watch: bool = False,
        log_questions: bool = True,
        sync_facts_dir: bool = True,
    ) -> Service:
        """Open the store (`store`, or the one `settings.db` names), load the facts (see
        bot/startup.py) and start serving. The service owns the store and closes it.

        `clock` (seconds) drives rate limits, the hourly log retention and when a quiet
        conversation is forgotten. Wall time: rate limits are counted in the store by every
        process sharing it, maybe on other machines.
        """
        if store is None:
            store = await open_store(settings.db)
        loader = FactLoader()
        try:
            version, engine, notes = await starting_facts(
                settings, store, loader, sync_facts_dir=sync_facts_dir
            )
        except BaseException:
            # aiosqlite's thread is not a daemon: a store left open by a failed start would
            # keep the process from exiting after it printed its error.
            await store.close()
            raise
        service = cls(
            settings,
            store,
            (version, engine),
            loader=loader,
            clock=clock,
            commands=commands,
            log_questions=log_questions,
        )
        service.startup_notes = notes
        with contextlib.suppress(StoreError):
            await store.prune_log(settings.log_days)
        if watch:
            service.start_watching()
        return service

    def start_watching(self) -> None:
        """Pick up versions written by other processes (`facts reload` elsewhere)."""
        if not self._watchers:
            self._watchers = [
                asyncio.create_task(self._watch_versions(), name="fact-version-watch"),
                asyncio.create_task(self._prune_hourly(), name="question-log-retention"),
            ]

    async def close(self) -> None:
        for watcher in self._watchers:
            watcher.cancel()
        for watcher in self._watchers:
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
        self._watchers = []
        if self._log_writes:
            # Question-log rows still being written; each ends within the store's busy timeout.
            await asyncio.wait(self._log_writes)
        await self.store.close()

    @property
    def version(self) -> int | None:
        return self._served[0]

    async def _watch_versions(self) -> None:
        # LISTEN/NOTIFY on PostgreSQL, polling on SQLite and in memory.
        versions = watch_versions(
            self.store, after=self.version, poll_interval=self.settings.poll_interval_s
        )
        async for _ in versions:
            try:
                await self.sync_with_store()
            except Exception:  # keep watching; one bad pick-up must not stop the next
                log.exception("Swapping to a newer fact version failed")

    async def _prune_hourly(self) -> None:
        last_prune = self._clock()
        while True:
            await asyncio.sleep(min(PRUNE_EVERY_S, self.settings.poll_interval_s))
            if self._clock() - last_prune < PRUNE_EVERY_S:
                continue
            last_prune = self._clock()
            try:
                await self.store.prune_log(self.settings.log_days)
            except StoreError as exc:
                self.health.note(str(exc))

    async def sync_with_store(self) -> bool:
        """Swap to the newest stored version if it is newer than ours. True if swapped."""
        try:
            latest = await self.store.latest_version()
        except StoreError as exc:
            self.health.note(str(exc))
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
            engine = await asyncio.to_thread(Engine, facts, version, previous=self.engine)
            self._served = (version, engine)
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

    # ----------------------------------------------------------------- questions

    async def _limit(self, who: Requester) -> Reply | None:
        if who.platform in UNLIMITED_PLATFORMS:
            return None
        verdict, retry_after = await self._limits.check(f"{who.platform}:{who.user_id}")
        if verdict is Verdict.ALLOW:
            return None
        if verdict is Verdict.NOTICE:
            self.metrics.rate_limit_notices.labels(who.platform).inc()
            wait = max(1, round(retry_after))
            return Reply(
                ReplyKind.RATE_LIMITED,
                f"You're asking faster than I can keep up. Try again in about {wait} seconds.",
            )
        return Reply(ReplyKind.SILENCED, "Still rate limited; try again shortly.")

    @counted
    async def ask(self, who: Requester, text: str, key: ConversationKey | None = None) -> Reply:
        """Reply to a chat message in the conversation `key` (default: `who.key`): small
        talk, or each question in it answered or declined, follow-ups from context."""
        limited = await self._limit(who)
        if limited:
            return limited
        version, engine = self._served  # one version for the whole message
        chat: ChatReply = self.conversations.reply(key or who.key, text[:MAX_MESSAGE_CHARS], engine)
        for part in chat.parts:  # small talk has no parts: never logged as unanswered
            await self._log(who, part.asked[:MAX_QUESTION_CHARS], part.answer)
        if not chat.smalltalk and len(chat.parts) == 1 and chat.kind in {"help", "empty"}:
            return self.help(who)
        return _reply_for(chat.as_answer(), version=version)

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
            self.health.failing_writes = str(exc)
            self.health.note(str(exc))
        except StoreError as exc:
            self.health.note(str(exc))
        except Exception:  # nobody awaits this task: a lost row must not go unexplained
            log.exception("Logging a question failed")
        else:
            self.health.failing_writes = None

    @counted
    async def release(self, who: Requester, film: str | None = None) -> Reply:
        limited = await self._limit(who)
        if limited:
            return limited
        version, engine = self._served
        answer = engine.release(film)
        await self._log(who, f"/release {film or ''}".strip(), answer)
        return _reply_for(answer, title="Release dates", version=version)

    @counted
    async def cast(self, who: Requester, film: str | None = None) -> Reply:
        limited = await self._limit(who)
        if limited:
            return limited
        version, engine = self._served
        answer = engine.cast(film)
        await self._log(who, f"/cast {film or ''}".strip(), answer)
        return _reply_for(answer, title="Cast", version=version)

    def help(self, who: Requester | None = None) -> Reply:
        text = self.commands.help_text(who.platform if who else "")
        return Reply(ReplyKind.HELP, text, title="How to ask")

    def film_choices(self, typed: str = "", limit: int = 25) -> list[str]:
        """Film names for autocomplete, best matches for what has been typed first."""
        return self.engine.film_choices(typed, limit)

    async def command(self, who: Requester, text: str) -> Reply:
        """Run a slash command typed as text (`/release MI7`), else treat it as a question."""
        return await self.commands.dispatch(self, who, text)


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
