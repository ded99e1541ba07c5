"""Logging in to Discord: the token checked, log-in errors in one sentence, and a deadline.

What each discord.py or network error means is adapters/failures.py's table.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING

import discord

from adapters.failures import Call, classify
from bot.errors import ConfigError, PlatformError

if TYPE_CHECKING:
    from adapters.discord_setup import DiscordSettings

log = logging.getLogger("adapters.discord_bot")

LOG_IN = Call(
    api="Discord's API",
    action="the log-in",
    setting="DISCORD_TOKEN",
    url_setting="DISCORD_API_BASE_URL",
)


def _token(settings: DiscordSettings) -> str:
    if settings.token is None or not settings.token.reveal().strip():
        raise ConfigError(
            "'DISCORD_TOKEN' is missing: set it to the bot token from the Discord Developer "
            "Portal (Applications -> your app -> Bot)."
        )
    return settings.token.reveal().strip()


@contextlib.asynccontextmanager
async def _friendly_login_errors(call: Call = LOG_IN) -> AsyncIterator[None]:
    """Known failures become one sentence (adapters/failures.py); others pass unchanged."""
    try:
        yield
    except Exception as exc:
        classified = classify(exc, call)
        if classified is exc:
            raise
        raise classified from exc


LOGIN_TIMEOUT = 30.0  # seconds for Discord's API to answer the log-in requests


async def _login(client: discord.Client, token: str, timeout: float) -> None:
    """`client.login` within `timeout`: an API that never answers would hang it forever."""
    log.debug("Discord: logging in at %s", discord.http.Route.BASE)
    try:
        async with asyncio.timeout(timeout):
            await client.login(token)
    except TimeoutError as exc:
        raise PlatformError(
            f"Discord's API did not answer the log-in within {timeout:g} s: check the network "
            f"and DISCORD_API_BASE_URL if set."
        ) from exc


@contextlib.asynccontextmanager
async def announced(
    client: discord.Client, connected: Callable[[], None] | None
) -> AsyncIterator[None]:
    """Call `connected` once the gateway is ready. Enter it after the log-in: discord.py
    creates its ready event there."""
    if connected is None:
        yield
        return

    async def when_ready() -> None:
        await client.wait_until_ready()
        connected()

    task = asyncio.create_task(when_ready())
    try:
        yield
    finally:
        task.cancel()
