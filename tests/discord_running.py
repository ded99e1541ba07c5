"""The Discord adapter run as `franchise-bot run` runs it, against the loopback fake: the real
client built by `build_client` and served by `serve()` in a task."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from fakes.discord_fake import FakeDiscord

from adapters.discord_bot import FranchiseClient, build_client, serve
from adapters.discord_setup import DiscordSettings
from bot.service import Service

READY_WITHIN_S = 10.0  # one connection's log-in on a busy test machine
GUILD_READY_TIMEOUT_S = 0.05  # how long discord.py waits for more servers: short, to start fast


@contextlib.asynccontextmanager
async def running(
    service: Service,
    settings: DiscordSettings,
    fake: FakeDiscord,
    *,
    ready_within_s: float = READY_WITHIN_S,
) -> AsyncIterator[FranchiseClient]:
    """`serve()` in a task until the client (every shard of it) is ready; cancelled, then
    closed, on exit, before the fake stops. While it runs, the fake's waits fail at once if
    the bot stops."""
    client = build_client(service, settings, guild_ready_timeout=GUILD_READY_TIMEOUT_S)
    task = asyncio.create_task(serve(service, settings, client=client))
    fake.watched = task
    try:
        async with asyncio.timeout(ready_within_s):
            while not client.is_ready():
                if task.done():
                    task.result()
                    raise AssertionError("serve() returned before the client was ready")
                await asyncio.sleep(0.01)
        yield client
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        fake.watched = None
    assert client.is_closed()
