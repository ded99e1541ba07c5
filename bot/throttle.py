"""A log line at most once per interval, so a flood of one failure cannot fill the disk."""

from __future__ import annotations

import time
from collections.abc import Callable


class LogThrottle:
    """Lets one line through per `interval` seconds and counts the ones it holds back.

    `ready()` returns None while quiet, else how many lines were held back since the last
    one let through (so that line can say "and N more").
    """

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self._clock = clock
        self._next = float("-inf")
        self._held = 0

    def ready(self) -> int | None:
        now = self._clock()
        if now < self._next:
            self._held += 1
            return None
        held, self._held = self._held, 0
        self._next = now + self.interval
        return held


def held_note(held: int) -> str:
    """The " (and N more ...)" tail of a log line for a held-back count, or ""."""
    return f" (and {held} more like it since the last such line)" if held else ""
