"""`franchise-bot run`: every adapter whose settings are present, supervised; else the console.

"franchise-bot is running" is logged only once every adapter has reached its platform. A
platform not reached at start-up ends the process with a sentence (exit code 3; see
bot/supervisor.py for the attempts), a refused setting with another (exit code 2).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from bot.config import Settings
from bot.errors import PlatformUnreachableError
from bot.service import Service
from bot.supervisor import supervise

log = logging.getLogger("bot")

# A platform that accepted the log-in but never became ready (discord.py retries its gateway
# by itself, out of the supervisor's sight) is given up on after this long at start-up.
STARTUP_DEADLINE_S = 120.0

Starter = Callable[[Service, Callable[[], None]], Coroutine[Any, Any, None]]


def starters(environ: Mapping[str, str] | None = None) -> dict[str, Starter]:
    """The adapters to run, each reading its own settings from `environ` (default: the
    process's). Settings are checked here, before anything starts."""
    from adapters.discord_setup import DiscordSettings
    from adapters.slack_setup import SlackSettings

    found: dict[str, Starter] = {}
    slack = SlackSettings.from_env(environ)
    if slack.enabled:
        from adapters.slack_app import check_settings
        from adapters.slack_app import serve as serve_slack

        check_settings(slack)  # fail before anything starts, with a sentence

        async def start_slack(service: Service, connected: Callable[[], None]) -> None:
            await serve_slack(service, slack, connected=connected)

        found["Slack"] = start_slack
    discord = DiscordSettings.from_env(environ)
    if discord.enabled:
        from adapters.discord_bot import serve as serve_discord

        async def start_discord(service: Service, connected: Callable[[], None]) -> None:
            await serve_discord(service, discord, connected=connected)

        found["Discord"] = start_discord
    return found


async def run(
    settings: Settings,
    environ: Mapping[str, str] | None = None,
    *,
    startup_deadline: float = STARTUP_DEADLINE_S,
) -> int:
    from adapters.console import chat
    from adapters.ops_http import OpsServer

    to_start = starters(environ)
    service = await Service.open(settings, watch=True)
    ops = OpsServer(service)  # /healthz, /readyz, /metrics when FRANCHISE_BOT_HTTP_PORT is set
    try:
        await ops.start(environ)
        if not to_start:
            return await chat(service)
        log.debug("Starting %s", ", ".join(to_start))
        connected = {name: asyncio.Event() for name in to_start}
        # Supervised: one adapter failing is restarted while the others keep serving.
        tasks = {
            name: asyncio.create_task(
                supervise(
                    name,
                    functools.partial(start, service, connected[name].set),
                    connected=connected[name],
                )
            )
            for name, start in to_start.items()
        }
        try:
            await _started(tasks, connected, startup_deadline)
            log.info("franchise-bot is running (%s); Ctrl-C to stop", ", ".join(to_start))
            done, _ = await asyncio.wait(tasks.values(), return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                task.result()  # re-raise a failed adapter's error
        finally:
            for task in tasks.values():
                task.cancel()
            for task in tasks.values():
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        return 0
    finally:
        await ops.close()
        await service.close()


async def _started(
    tasks: dict[str, asyncio.Task[None]],
    connected: dict[str, asyncio.Event],
    deadline: float,
) -> None:
    """Until every adapter is connected; raises the first adapter's error (a supervised
    adapter only ends by raising), or PlatformUnreachableError after `deadline` seconds."""
    waiters = [asyncio.create_task(event.wait()) for event in connected.values()]
    pending: set[asyncio.Task[Any]] = {*waiters, *tasks.values()}
    try:
        async with asyncio.timeout(deadline):
            while not all(event.is_set() for event in connected.values()):
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    if task not in waiters:
                        task.result()
    except TimeoutError:
        missing = ", ".join(name for name, event in connected.items() if not event.is_set())
        raise PlatformUnreachableError(
            f"{missing} did not connect within {deadline:g} s: check the network and the "
            f"*_API_BASE_URL / DISCORD_GATEWAY_URL settings if set (-v logs each attempt)."
        ) from None
    finally:
        for waiter in waiters:
            waiter.cancel()
