"""The few errors the bot raises. A question with no answer is not an error."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "BotError",
    "ConfigError",
    "FactProblem",
    "FactsError",
    "NotAStoreError",
    "PlatformError",
    "StoreCorruptError",
    "StoreError",
    "StoreFullError",
    "StoreLockedError",
    "StoreMissingError",
    "StoreReadOnlyError",
]


class BotError(Exception):
    """Base of every error the bot raises on purpose."""


class ConfigError(BotError):
    """A setting is missing, malformed or contradicts another one."""


@dataclass(frozen=True)
class FactProblem:
    """One thing wrong with a fact file, pointing at where to fix it."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class FactsError(BotError):
    """The fact files are not valid; nothing was loaded from them."""

    def __init__(self, problems: list[FactProblem]) -> None:
        self.problems = problems
        summary = "; ".join(str(p) for p in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        super().__init__(f"{len(problems)} problem(s) in the fact files: {summary}{more}")


class StoreError(BotError):
    """The store cannot be read or written. What kind of failure it was is the subclass."""


class StoreLockedError(StoreError):
    """Another process holds the store's write lock; waiting may help."""


class StoreReadOnlyError(StoreError):
    """The store may be read but not written (file permissions, a read-only server)."""


class StoreCorruptError(StoreError):
    """The store's data is damaged or not in a form this bot can read."""


class StoreMissingError(StoreError):
    """The store is gone: its file was deleted or moved, or it cannot be opened at all."""


class NotAStoreError(StoreError):
    """The store's path names a file that is not the bot's store; it was left untouched."""


class PlatformError(BotError):
    """A chat platform could not be reached or answered wrongly; trying later may work."""


class StoreFullError(StoreError):
    """A write failed because the disk holding the store is full.

    A health check cannot see this (its probe writes nothing to disk), so whoever met it
    must remember it until a write succeeds again.
    """
