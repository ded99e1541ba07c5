"""Logging in to Discord: the token checked, log-in errors in one sentence, and a deadline."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import aiohttp
import discord

from bot.errors import ConfigError, PlatformError
from bot.supervisor import describe

if TYPE_CHECKING:
    from adapters.discord_setup import DiscordSettings


def _token(settings: DiscordSettings) -> str:
    if settings.token is None or not settings.token.reveal().strip():
        raise ConfigError(
            "'DISCORD_TOKEN' is missing: set it to the bot token from the Discord Developer "
            "Portal (Applications -> your app -> Bot)."
        )
    return settings.token.reveal().strip()


@contextlib.asynccontextmanager
async def _friendly_login_errors() -> AsyncIterator[None]:
    try:
        yield
    except discord.LoginFailure:
        # discord.py's message is generic; never include the token itself.
        raise ConfigError(
            "Discord rejected 'DISCORD_TOKEN': copy the bot token again from the Developer "
            "Portal (Bot -> Reset Token)."
        ) from None
    except discord.PrivilegedIntentsRequired:
        raise ConfigError(
            "Discord refused the Message Content intent: enable it in the Developer Portal "
            "(Bot -> Privileged Gateway Intents -> Message Content Intent)."
        ) from None


LOGIN_TIMEOUT = 30.0  # seconds for Discord's API to answer the log-in requests


async def _login(client: discord.Client, token: str, timeout: float) -> None:
    """`client.login` within `timeout`: an API that never answers would hang it forever."""
    try:
        async with asyncio.timeout(timeout):
            await client.login(token)
    except TimeoutError:
        raise PlatformError(
            f"Discord's API did not answer the log-in within {timeout:g} s: check the network "
            f"and DISCORD_API_BASE_URL if set."
        ) from None
    except (aiohttp.ClientError, OSError) as exc:
        raise PlatformError(
            f"Could not reach Discord's API to log in ({describe(exc)}): check the network "
            f"and DISCORD_API_BASE_URL if set."
        ) from None
