"""Discord sharding: a group of shards in one process, through discord.py's AutoShardedClient.

Discord requires sharding past 2,500 servers: each gateway connection (a shard) carries the
servers with `(guild_id >> 22) % shard_count == shard_id`, and direct messages arrive on
shard 0. DISCORD_SHARD_COUNT is the total across every process of the bot, and
DISCORD_SHARD_IDS the shards this process runs (bot/config.py reads both). A server is always
on one shard, so everything kept per server or per channel (conversations, rate limits)
stays in the one process that owns its shard.

Here: the per-shard log lines and state a health check reads, and IDENTIFY pacing by
Discord's buckets instead of discord.py's fixed 5 seconds between shards.
"""

from __future__ import annotations

import asyncio
import logging
from enum import StrEnum
from typing import Any

import discord

log = logging.getLogger("adapters.discord_bot")

# Discord lets each identify bucket (shard_id % max_concurrency) start one session per
# 5 seconds (https://discord.com/developers/docs/events/gateway#sharding-max-concurrency).
IDENTIFY_WINDOW_S = 5.0
# Added to each wait: asyncio may run a timer up to its clock resolution early, and
# Discord counts the window between IDENTIFYs as it receives them, not as we send them.
IDENTIFY_MARGIN_S = 0.05


class ShardState(StrEnum):
    """Where one shard's gateway connection is, as a health check reports it."""

    CONNECTING = "connecting"  # not yet identified, or identifying again
    CONNECTED = "connected"  # identified; its servers are still streaming in
    READY = "ready"  # its servers are known: it answers
    DISCONNECTED = "disconnected"  # lost; discord.py reconnects it


class ShardedClient(discord.AutoShardedClient):
    """AutoShardedClient that logs each shard's life and paces IDENTIFYs by bucket. Built
    with `shard_count` and `shard_ids` (None: all shards) as AutoShardedClient is."""

    def __init__(self, *args: Any, intents: discord.Intents, **options: Any) -> None:
        super().__init__(*args, intents=intents, **options)
        self._shard_states: dict[int, ShardState] = {}
        self._identify_buckets: int | None = None  # max_concurrency, asked on first IDENTIFY
        self._identified_at: dict[int, float] = {}  # bucket -> loop time of its last IDENTIFY

    def shard_states(self) -> dict[int, ShardState]:
        """Each shard this process runs, with where its connection is."""
        ids = self.shard_ids if self.shard_ids is not None else range(self.shard_count or 1)
        return {shard: self._shard_states.get(shard, ShardState.CONNECTING) for shard in ids}

    def _shard_name(self, shard_id: int) -> str:
        return f"shard {shard_id} of {self.shard_count}"

    async def on_shard_connect(self, shard_id: int) -> None:
        self._shard_states[shard_id] = ShardState.CONNECTED
        log.info("Discord: %s connected", self._shard_name(shard_id))

    async def on_shard_ready(self, shard_id: int) -> None:
        self._shard_states[shard_id] = ShardState.READY
        servers = sum(1 for guild in self.guilds if guild.shard_id == shard_id)
        log.info("Discord: %s ready in %d server(s)", self._shard_name(shard_id), servers)

    async def on_shard_resumed(self, shard_id: int) -> None:
        self._shard_states[shard_id] = ShardState.READY
        log.info("Discord: %s resumed", self._shard_name(shard_id))

    async def on_shard_disconnect(self, shard_id: int) -> None:
        self._shard_states[shard_id] = ShardState.DISCONNECTED
        if not self.is_closed():
            log.warning("Discord: %s disconnected; reconnecting", self._shard_name(shard_id))

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Wait until this shard's bucket may IDENTIFY. discord.py launches shards one after
        another, so the buckets need no lock. Only this process's IDENTIFYs are known:
        processes sharing a bucket (max_concurrency 1) should start a few seconds apart."""
        shard = shard_id or 0
        self._shard_states[shard] = ShardState.CONNECTING
        bucket = shard % await self._bucket_count()
        loop = asyncio.get_running_loop()
        last = self._identified_at.get(bucket)
        if last is not None and (wait := last + IDENTIFY_WINDOW_S - loop.time()) > 0:
            await asyncio.sleep(wait + IDENTIFY_MARGIN_S)
        self._identified_at[bucket] = loop.time()

    async def _bucket_count(self) -> int:
        """max_concurrency from GET /gateway/bot, asked once; 1 (one IDENTIFY per 5 s, as
        discord.py assumes) when Discord does not say."""
        if self._identify_buckets is None:
            try:
                limits = await self.fetch_session_start_limits()
                self._identify_buckets = max(1, limits.max_concurrency)
            except (discord.DiscordException, KeyError, TypeError) as exc:
                log.warning("Discord: no session start limits (%s); one IDENTIFY per 5 s", exc)
                self._identify_buckets = 1
        return self._identify_buckets
