"""Per-user rate limits: one polite notice, then silence until the window passes.

Two places count: `RateLimiter` in this process (a sliding window), and the store
(`FactStore.rate_check`), which every process sharing it counts in, in one statement per
question: a window that opens with a user's first question and lasts `window_s` seconds
(`shared_verdict`). bot/sharedlimit.py uses both.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum


class Verdict(Enum):
    ALLOW = "allow"
    NOTICE = "notice"  # first refusal in this window: tell the user once
    SILENT = "silent"  # further refusals: say nothing


@dataclass(frozen=True)
class RateDecision:
    verdict: Verdict
    retry_after: float  # seconds until a question would be allowed again (0 when allowed)


# After this many checks a store deletes the windows that have closed.
PRUNE_EVERY_CHECKS = 1000


def shared_verdict(
    opened_at: float, count: int, limit: int, window_s: float, now: float
) -> RateDecision:
    """The store's rule, given its window for the user after counting this question: the
    first `limit` questions since the window opened are allowed, the next one is told, the
    rest refused in silence until the window closes."""
    if count <= limit:
        return RateDecision(Verdict.ALLOW, 0.0)
    retry_after = max(0.0, opened_at + window_s - now)
    return RateDecision(Verdict.NOTICE if count == limit + 1 else Verdict.SILENT, retry_after)


@dataclass
class _Window:
    times: deque[float] = field(default_factory=deque)
    noticed: bool = False


class RateLimiter:
    def __init__(
        self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._users: dict[str, _Window] = {}
        self._checks = 0

    def check(self, key: str) -> Verdict:
        self._checks += 1
        if self._checks % 4096 == 0:
            self.forget_idle()
        now = self._clock()
        window = self._users.setdefault(key, _Window())
        while window.times and now - window.times[0] >= self.window_s:
            window.times.popleft()
        if len(window.times) < self.limit:
            window.times.append(now)
            window.noticed = False
            return Verdict.ALLOW
        if window.noticed:
            return Verdict.SILENT
        window.noticed = True
        return Verdict.NOTICE

    def retry_after(self, key: str) -> float:
        window = self._users.get(key)
        if not window or not window.times:
            return 0.0
        return max(0.0, self.window_s - (self._clock() - window.times[0]))

    def forget_idle(self) -> None:
        """Drop users whose window is empty, so memory does not grow with every user ever seen."""
        now = self._clock()
        idle = [
            k for k, w in self._users.items() if not w.times or now - w.times[-1] >= self.window_s
        ]
        for key in idle:
            del self._users[key]
