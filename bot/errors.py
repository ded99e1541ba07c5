"""The few errors the bot raises. A question with no answer is not an error."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "BotError",
    "ConfigError",
    "DraftError",
    "FactProblem",
    "FactsError",
    "NotAStoreError",
    "PlatformError",
    "PlatformUnreachableError",
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
    line: int  # 0: the problem is the file or directory as a whole
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line > 0 else self.file
        return f"{where}: {self.message}"


class FactsError(BotError):
    """The fact files are not valid; nothing was loaded from them."""

    def __init__(self, problems: list[FactProblem]) -> None:
        self.problems = problems
        summary = "; ".join(str(p) for p in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        super().__init__(f"{len(problems)} problem(s) in the fact files: {summary}{more}")


class DraftError(BotError):
    """`facts build` could not draft facts from an article; it wrote nothing.

    Its message is one sentence naming the article and what to do, not a fact file's
    file:line list: the moderator's input here is the article and the command's options.
    """


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


class PlatformUnreachableError(PlatformError):
    """A chat platform was never reached at start-up, after retrying (the CLI exits with 3)."""


class StoreFullError(StoreError):
    """A write failed because the disk holding the store is full.

    A health check cannot see this (its probe writes nothing to disk), so whoever met it
    must remember it until a write succeeds again.
    """
