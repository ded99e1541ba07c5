"""What `franchise-bot` prints and exits with when a command fails: one table, first match wins.

Exit codes: 1 for the fact files or another error, 2 for the configuration, 3 for a chat
platform not reached at start-up, 130 for Ctrl-C. Each failure is one sentence on standard
error; a traceback is printed only with `-vv` (never for a configuration error: the
sentence says everything, and a traceback could carry a setting's value).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from bot.errors import BotError, ConfigError, FactsError, PlatformUnreachableError
from bot.supervisor import describe

__all__ = ["EXIT_CODES", "Outcome", "report"]

TRACEBACKS_FROM = 2  # -vv


@dataclass(frozen=True)
class Outcome:
    error: type[BaseException]
    code: int
    says: Callable[[BaseException], list[str]]  # the lines for standard error
    traceback: bool = False  # worth showing with -vv


def _facts_problems(exc: BaseException) -> list[str]:
    assert isinstance(exc, FactsError)
    return ["The fact files have problems; nothing was loaded:"] + [
        f"  {problem}" for problem in exc.problems
    ]


EXIT_CODES: tuple[Outcome, ...] = (
    Outcome(KeyboardInterrupt, 130, lambda _: []),
    # The reader went away (e.g. `| head`): not an error of ours.
    Outcome(BrokenPipeError, 0, lambda _: []),
    Outcome(FactsError, 1, _facts_problems),
    Outcome(ConfigError, 2, lambda exc: [f"Configuration error: {exc}"]),
    Outcome(PlatformUnreachableError, 3, lambda exc: [str(exc)], traceback=True),
    Outcome(BotError, 1, lambda exc: [f"Error: {exc}"], traceback=True),
    Outcome(
        Exception,
        1,
        lambda exc: [f"Unexpected error ({describe(exc)}): run with -vv for the traceback."],
        traceback=True,
    ),
)


def report(exc: BaseException, verbose: int) -> int:
    """Print what went wrong and return the exit code; re-raise what the table lacks."""
    outcome = next((o for o in EXIT_CODES if isinstance(exc, o.error)), None)
    if outcome is None:
        raise exc
    if outcome.traceback and verbose >= TRACEBACKS_FROM:
        traceback.print_exception(exc, file=sys.stderr)
    for line in outcome.says(exc):
        print(line, file=sys.stderr)
    return outcome.code
