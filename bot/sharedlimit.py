"""Rate limits counted in this process alone (the default), or by every process sharing
the store (FRANCHISE_BOT_RATE_SCOPE=store).

Shared, each question is counted in the store (`FactStore.rate_check`) before it is
answered, so N workers behind a load balancer allow a user the limit once, not N times;
the one notice comes from the store too. The price is a store write before every answer,
and behind a flood that write waits its turn on the busy event loop.

This process counts what it sees as well: a user it has already refused silently is
refused again without asking the store, so a flood costs the store nothing. When the store
cannot answer (down, or stuck behind another process's lock), this process's own count
decides alone: each process then allows the limit by itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from bot.errors import StoreError
from bot.factstore import FactStore
from bot.ratelimit import RateDecision, RateLimiter, Verdict
from bot.throttle import LogThrottle, held_note

log = logging.getLogger(__name__)

# A store stuck this long on one operation (another process holding its lock) no longer
# holds questions up: this process's own count decides meanwhile.
STORE_WAIT_S = 0.25
STORE_DOWN_LOG_INTERVAL = 60.0  # at most one line a minute while the store can't count


class SharedRateLimit:
    def __init__(
        self, store: FactStore | None, limit: int, window_s: float, clock: Callable[[], float]
    ) -> None:
        """Counted in `store`, or in this process alone when it is None."""
        self.store = store
        self.local = RateLimiter(limit, window_s, clock)
        self._clock = clock
        self._store_down = LogThrottle(STORE_DOWN_LOG_INTERVAL)
        self._pending: set[asyncio.Task[RateDecision]] = set()

    async def check(self, key: str) -> tuple[Verdict, float]:
        """The verdict for a question from `key`, and the seconds until one would be allowed."""
        local = self.local.check(key)
        if local is Verdict.SILENT:
            # This process alone saw more than the limit in the window, and the store has
            # already been asked about this user since: it told them, or another will.
            return local, self.local.retry_after(key)
        if self.store is None:
            return local, self.local.retry_after(key)
        if self.store.stuck_for() >= STORE_WAIT_S:
            return self._alone(local, key, "it is busy with another process's write")
        counted = asyncio.create_task(
            self.store.rate_check(
                key, limit=self.local.limit, window_s=self.local.window_s, now=self._clock()
            )
        )
        while not counted.done() and self.store.stuck_for() < STORE_WAIT_S:
            await asyncio.wait((counted,), timeout=STORE_WAIT_S)
        if not counted.done():
            # It is still counted once the store lets it; its answer comes too late to use.
            self._pending.add(counted)
            counted.add_done_callback(self._forget)
            return self._alone(local, key, "it is busy with another process's write")
        try:
            shared = counted.result()
        except StoreError as exc:
            return self._alone(local, key, str(exc))
        return shared.verdict, shared.retry_after

    def _alone(self, local: Verdict, key: str, why: str) -> tuple[Verdict, float]:
        held = self._store_down.ready()
        if held is not None:
            log.warning(
                "Rate limits are counted by this process alone while the store cannot count "
                "them (%s)%s",
                why,
                held_note(held),
            )
        return local, self.local.retry_after(key)

    def _forget(self, task: asyncio.Task[RateDecision]) -> None:
        self._pending.discard(task)
        if not task.cancelled():
            task.exception()  # retrieved: a late failure was already reported as "alone"
