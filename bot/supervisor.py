"""Run each chat adapter so that one crashing cannot stop the others.

A failure is logged in one line and the adapter started again after a back-off that doubles
up to a ceiling (and starts over once it has run for a while). Two failures end it instead:
- a `ConfigError`: a missing or refused setting will not fix itself, and the operator has
  to see it (the CLI exits with code 2);
- at start-up, before the adapter ever connected, `Backoff.startup_attempts` failures in a
  row: a platform that cannot be reached now is reported (exit code 3) instead of retried
  in silence. Once connected, an adapter is retried for as long as the process runs.
The traceback of each failure is logged at DEBUG only (`-vv`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from bot.errors import BotError, ConfigError, PlatformError, PlatformUnreachableError

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Backoff:
    """How long to wait before restarting a failed adapter, and how often to try at first."""

    first: float = 1.0  # seconds before the first restart
    factor: float = 2.0  # each further failure in a row waits this much longer
    ceiling: float = 60.0  # never longer than this
    healthy_after: float = 300.0  # running this long resets the wait to `first`
    # Tries before giving up on a platform never reached: 1 + 2 + 4 + 8 s of waiting, so an
    # operator learns of a wrong URL or a dead network within about 15 s.
    startup_attempts: int = 5


# One-shot commands (`discord sync`, `discord invite`): someone is waiting at the prompt.
ONE_SHOT = Backoff(first=1.0, factor=2.0, ceiling=4.0, startup_attempts=3)


def describe(exc: BaseException) -> str:
    """An exception in a few words, for a one-line log: `KeyError: 'roles'`."""
    text = " ".join(str(exc).split())
    if len(text) > 300:
        text = text[:299] + "…"
    if isinstance(exc, BotError) and text:
        return text  # our own errors are already sentences
    name = type(exc).__name__
    return f"{name}: {text}" if text else name


def _gave_up(name: str, attempts: int, exc: PlatformError) -> PlatformUnreachableError:
    error = PlatformUnreachableError(f"{name}: gave up after {attempts} attempts. {describe(exc)}")
    error.__cause__ = exc
    return error


async def supervise(
    name: str,
    start: Callable[[], Awaitable[None]],
    *,
    backoff: Backoff = Backoff(),  # frozen, so one shared default is safe
    connected: asyncio.Event | None = None,
) -> None:
    """Run `start()` until cancelled, restarting it whenever it fails or returns.

    `connected` is set by the adapter once it reached its platform; until then failures
    count against `backoff.startup_attempts`. Without it there is no start-up phase: every
    failure is retried.
    """
    loop = asyncio.get_running_loop()
    delay = backoff.first
    failures = 0
    while True:
        began = loop.time()
        try:
            await start()
            problem, error = " stopped by itself;", None
        except ConfigError:
            raise
        except Exception as exc:
            error = exc
            problem = f" crashed ({describe(exc)});"
            if isinstance(exc, PlatformError):  # already a sentence saying what to check
                problem = f": {describe(exc).rstrip('.')};"
            # The traceback is for whoever debugs it; the log keeps one line per failure.
            log.debug("%s adapter failure", name, exc_info=True)
        ran = loop.time() - began
        ever_connected = connected is None or connected.is_set()
        if ran >= backoff.healthy_after:
            delay, failures = backoff.first, 0
        failures += 1
        if not ever_connected and failures >= backoff.startup_attempts:
            if isinstance(error, PlatformError):
                raise _gave_up(name, failures, error)
            if error is not None:
                raise error
        attempt = "" if ever_connected else f" (attempt {failures} of {backoff.startup_attempts})"
        level = logging.WARNING if isinstance(error, PlatformError) else logging.ERROR
        log.log(level, "%s%s restarting it in %g s%s", name, problem, delay, attempt)
        await asyncio.sleep(delay)
        delay = min(delay * backoff.factor, backoff.ceiling)


async def retried(
    name: str, action: Callable[[], Awaitable[T]], *, backoff: Backoff = ONE_SHOT
) -> T:
    """`await action()`, retrying a PlatformError up to `backoff.startup_attempts` times
    with one log line each; then PlatformUnreachableError. Other errors pass at once."""
    delay = backoff.first
    for attempt in range(1, backoff.startup_attempts + 1):
        try:
            return await action()
        except PlatformError as exc:
            log.debug("%s failure", name, exc_info=True)
            if attempt == backoff.startup_attempts:
                raise _gave_up(name, attempt, exc) from exc
            log.warning(
                "%s: %s; retrying in %g s (attempt %d of %d)",
                name,
                describe(exc).rstrip("."),
                delay,
                attempt,
                backoff.startup_attempts,
            )
        await asyncio.sleep(delay)
        delay = min(delay * backoff.factor, backoff.ceiling)
    raise AssertionError("unreachable: the last attempt returns or raises")
