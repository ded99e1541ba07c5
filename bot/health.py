"""What the service knows about its store's health: logged once per fault, cleared when a
check finds the store healthy again."""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.factstore import FactStore

log = logging.getLogger("bot.service")

__all__ = ["StoreHealth"]


class StoreHealth:
    def __init__(self, store: FactStore, on_error: Callable[[], None] | None = None) -> None:
        self.store = store
        # Called for each failed store operation (not for a health check's findings, which
        # would count how often someone looked): the store-errors metric.
        self._on_error = on_error
        self.problem: str | None = None
        self._seen: set[str] = set()
        # The last question-log write failed on a full disk: the health check's probe writes
        # nothing to disk and cannot see it, so it is reported until a write succeeds again.
        self.failing_writes: str | None = None

    def note(self, problem: str) -> None:
        """A store operation failed with `problem`."""
        if self._on_error is not None:
            self._on_error()
        self._log(problem)

    def _log(self, problem: str) -> None:
        # One error per fault, not one per question: the first problem is an ERROR; other
        # wordings of it (the same fault met by another operation) are warned about once each,
        # until a health check finds the store healthy again.
        if self.problem is None:
            log.error("Fact store problem: %s", problem)
        elif problem not in self._seen:
            log.warning("Fact store problem: %s", problem)
        self.problem = problem
        self._seen.add(problem)

    async def check(self, *, probe_writes: bool = True) -> str | None:
        """The store's health now, noted (or cleared) for the log; never raises."""
        problem = await self.store.check(probe_writes=probe_writes) or self.failing_writes
        if problem:
            self._log(problem)
        elif self.problem is not None:
            log.info("The fact store at %s is healthy again.", self.store.path)
            self.problem = None
            self._seen.clear()
        return problem
