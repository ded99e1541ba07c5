"""Setting Discord up: where its API and gateway are (DISCORD_API_BASE_URL, DISCORD_GATEWAY_URL)
and the invite link.

Endpoints (both default to Discord itself; they exist for a fake or a proxy):
- DISCORD_API_BASE_URL is the root of the HTTP API. `/api/v10` is appended unless the URL
  already ends with it (a URL ending in `/api` gets `/v10`), so `http://127.0.0.1:8080`,
  `http://127.0.0.1:8080/api` and `http://127.0.0.1:8080/api/v10` mean the same. Another
  API version is refused: this adapter speaks v10.
- DISCORD_GATEWAY_URL is the websocket URL (`ws://` or `wss://`), used as is; discord.py adds
  `?v=10&encoding=json&compress=zlib-stream`. After READY, reconnects go to the
  `resume_gateway_url` the gateway sent.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import discord
import yarl

from bot.config import Secret, ShardGroup, read_ids, read_secret, read_shard_group
from bot.errors import ConfigError

log = logging.getLogger("adapters.discord_bot")


@dataclass(frozen=True)
class DiscordSettings:
    """The Discord adapter's settings, read from the environment by the adapter itself."""

    token: Secret | None = None
    api_base_url: str | None = None
    gateway_url: str | None = None
    moderator_role_ids: frozenset[str] = field(default_factory=frozenset)
    # DISCORD_SHARD_COUNT / DISCORD_SHARD_IDS; None: one connection, as before sharding.
    shards: ShardGroup | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> DiscordSettings:
        env = os.environ if environ is None else environ
        role_ids = read_ids(env, "DISCORD_MODERATOR_ROLE_IDS")
        bad_roles = sorted(r for r in role_ids if not r.isdigit())
        if bad_roles:
            raise ConfigError(
                f"'DISCORD_MODERATOR_ROLE_IDS' must list numeric role IDs separated by commas; "
                f"{', '.join(bad_roles)} is not one."
            )
        return cls(
            token=read_secret(env, "DISCORD_TOKEN"),
            api_base_url=env.get("DISCORD_API_BASE_URL", "").strip() or None,
            gateway_url=env.get("DISCORD_GATEWAY_URL", "").strip() or None,
            moderator_role_ids=role_ids,
            shards=read_shard_group(env),
        )

    @property
    def enabled(self) -> bool:
        return self.token is not None


API_VERSION = 10


# What the bot does in a channel: read it, answer with an embed, in threads too, and
# reply to a message (a reply needs Read Message History).
BOT_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    embed_links=True,
    read_message_history=True,
)


INVITE_SCOPES = ("bot", "applications.commands")


_VERSIONED_API = re.compile(r"/api/v(\d+)$")


def api_base_url(url: str) -> str:
    """DISCORD_API_BASE_URL -> discord.py's `Route.BASE`: `/api/v10` appended unless present."""
    raw = url.strip().rstrip("/")
    parts = urlsplit(raw)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ConfigError(
            f"'DISCORD_API_BASE_URL' must be an http(s) URL such as "
            f"http://127.0.0.1:8080, not {url!r}."
        )
    versioned = _VERSIONED_API.search(parts.path)
    if versioned is None:
        return raw + (f"/v{API_VERSION}" if parts.path.endswith("/api") else f"/api/v{API_VERSION}")
    if int(versioned.group(1)) != API_VERSION:
        raise ConfigError(
            f"'DISCORD_API_BASE_URL' names API v{versioned.group(1)}, but this bot speaks "
            f"v{API_VERSION}: end it with /api/v{API_VERSION} or leave the version off."
        )
    return raw


def gateway_url(url: str) -> yarl.URL:
    """DISCORD_GATEWAY_URL -> discord.py's `DiscordWebSocket.DEFAULT_GATEWAY`, used as is."""
    parsed = yarl.URL(url.strip())
    if parsed.scheme not in {"ws", "wss"} or not parsed.host:
        raise ConfigError(
            f"'DISCORD_GATEWAY_URL' must be a websocket URL such as "
            f"ws://127.0.0.1:8080/gateway, not {url!r}."
        )
    return parsed


@contextlib.contextmanager
def discord_endpoints(settings: DiscordSettings) -> Iterator[None]:
    """Point discord.py at DISCORD_API_BASE_URL / DISCORD_GATEWAY_URL while inside.

    discord.py keeps both as class attributes (process-wide), so they are put back on exit.
    """
    route_base = discord.http.Route.BASE
    gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    new_base = api_base_url(settings.api_base_url) if settings.api_base_url else None
    new_gateway = gateway_url(settings.gateway_url) if settings.gateway_url else None
    if (new_base is None) != (new_gateway is None):
        log.warning(
            "Only one of DISCORD_API_BASE_URL and DISCORD_GATEWAY_URL is set; "
            "the other still points at Discord itself."
        )
    try:
        if new_base is not None:
            discord.http.Route.BASE = new_base
        if new_gateway is not None:
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = new_gateway
        yield
    finally:
        discord.http.Route.BASE = route_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = gateway


def invite_url(application_id: int | str) -> str:
    """The link a server admin opens to add the bot with its slash commands."""
    return discord.utils.oauth_url(
        application_id, permissions=BOT_PERMISSIONS, scopes=INVITE_SCOPES
    )
