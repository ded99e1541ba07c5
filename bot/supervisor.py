"""Run each chat adapter so that one crashing cannot stop the others.

A crashed adapter is logged in one line and started again after a back-off that doubles
up to a ceiling (and starts over once it has run for a while). A `ConfigError` is not
retried: a missing or refused setting will not fix itself, and the operator has to see it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.errors import BotError, ConfigError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backoff:
    """How long to wait before restarting a crashed adapter."""

    first: float = 1.0  # seconds before the first restart
    factor: float = 2.0  # each further crash in a row waits this much longer
    ceiling: float = 60.0  # never longer than this
    healthy_after: float = 300.0  # running this long resets the wait to `first`


def describe(exc: BaseException) -> str:
    """An exception in a few words, for a one-line log: `KeyError: 'roles'`."""
    text = " ".join(str(exc).split())
    if len(text) > 300:
        text = text[:299] + "…"
    if isinstance(exc, BotError) and text:
        return text  # our own errors are already sentences
    name = type(exc).__name__
    return f"{name}: {text}" if text else name


async def supervise(
    name: str,
    start: Callable[[], Awaitable[None]],
    *,
    backoff: Backoff = Backoff(),  # frozen, so one shared default is safe
) -> None:
    """Run `start()` until cancelled, restarting it whenever it fails or returns."""
    loop = asyncio.get_running_loop()
    delay = backoff.first
    while True:
        began = loop.time()
        try:
            await start()
            problem = "stopped by itself"
        except ConfigError:
            raise
        except Exception as exc:
            problem = f"crashed ({describe(exc)})"
            # The traceback is for whoever debugs it; the log keeps one line per crash.
            log.debug("%s adapter crash", name, exc_info=True)
        if loop.time() - began >= backoff.healthy_after:
            delay = backoff.first
        log.error("%s %s; restarting it in %g s", name, problem, delay)
        await asyncio.sleep(delay)
        delay = min(delay * backoff.factor, backoff.ceiling)
