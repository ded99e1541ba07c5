"""Discord adapter: gateway messages and slash commands -> Service -> embeds.

A translator only. Each handler turns a Discord event into a `Requester` and some text,
calls one `Service` coroutine and renders the `Reply` as an embed. No matching logic here.
The app commands are the service's command table (bot/commands.py). Rendering, payload
repair and endpoints are in discord_render.py, discord_payloads.py and discord_setup.py.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import discord
from discord import app_commands

from adapters.discord_payloads import _SESSION_EVENTS, _tolerant
from adapters.discord_render import NO_PINGS, clean_text, render_embed
from adapters.discord_requesters import interaction_requester, message_requester
from adapters.discord_setup import (
    DiscordSettings,
    api_base_url,
    discord_endpoints,
    gateway_url,
    invite_url,
)
from adapters.discord_shards import ShardedClient
from bot.commands import COMMANDS, Command, CommandTable, Group
from bot.config import ShardGroup
from bot.errors import ConfigError
from bot.replies import Reply, ReplyKind

if TYPE_CHECKING:
    from bot.service import Service
from adapters.discord_login import (
    LOGIN_TIMEOUT,
    _friendly_login_errors,
    _login,
    _token,
    announced,
)

__all__ = [
    "NO_PINGS",
    "FranchiseClient",
    "ShardedFranchiseClient",
    "api_base_url",
    "build_client",
    "clean_text",
    "fetch_invite_url",
    "gateway_url",
    "invite_url",
    "render_embed",
    "serve",
    "sync_commands",
]

log = logging.getLogger(__name__)

T = TypeVar("T")

_CHOICE_MAX = 100  # an autocomplete choice's name and value
_CHOICES_MAX = 25


_ADDRESSABLE_TYPES = frozenset({discord.MessageType.default, discord.MessageType.reply})

FAILED = Reply(ReplyKind.ERROR, "Something went wrong on my side; please try again later.")

# --------------------------------------------------------------------------- responding


async def respond(
    interaction: discord.Interaction[Any], reply: Reply, *, ephemeral: bool = False
) -> None:
    """Answer an interaction, or follow up if it was deferred. Never pings anyone."""
    embed = render_embed(reply)
    hidden = ephemeral or reply.private
    if interaction.response.is_done():
        await interaction.followup.send(embed=embed, ephemeral=hidden, allowed_mentions=NO_PINGS)
    else:
        await interaction.response.send_message(
            embed=embed, ephemeral=hidden, allowed_mentions=NO_PINGS
        )


class CommandTree(app_commands.CommandTree["FranchiseClient"]):
    async def on_error(
        self,
        interaction: discord.Interaction[FranchiseClient],
        error: app_commands.AppCommandError,
    ) -> None:
        command = interaction.command.qualified_name if interaction.command else "?"
        log.error("Discord command /%s failed", command, exc_info=error)
        if interaction.type is discord.InteractionType.autocomplete:
            return
        with contextlib.suppress(discord.HTTPException):
            await respond(interaction, FAILED, ephemeral=True)


# --------------------------------------------------------------------------- payloads


# --------------------------------------------------------------------------- the client


class FranchiseClient(discord.Client):
    """The bot: answers mentions, replies to itself and DMs; serves the slash commands.

    `service` is None only for HTTP-only work (syncing commands), where no event arrives.
    """

    def __init__(
        self,
        service: Service | None,
        settings: DiscordSettings,
        *,
        guild_ready_timeout: float = 2.0,
        commands: CommandTable = COMMANDS,
        **client_options: Any,
    ) -> None:
        intents = discord.Intents.none()
        intents.guilds = True  # guild, channel and role cache (role-based moderators)
        intents.guild_messages = True
        intents.dm_messages = True
        intents.message_content = True  # privileged: enable it in the Developer Portal
        # This bot never joins voice: skip discord.py's warnings about missing voice libraries.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        super().__init__(
            intents=intents,
            allowed_mentions=NO_PINGS,
            chunk_guilds_at_startup=False,
            guild_ready_timeout=guild_ready_timeout,
            **client_options,
        )
        self._service = service
        self.settings = settings
        self.tree = CommandTree(self)
        _add_commands(self.tree, service.commands if service is not None else commands)
        # discord.py parses each gateway event inside its websocket loop, so one malformed
        # payload (a member without `roles`, a message without `content`) would end
        # `start()` for every server. The gateway reads these parsers when it connects.
        state = self._connection
        # A broken READY leaves no session to serve: that one still fails, and the
        # supervisor reconnects.
        state.parsers = {
            event: parser if event in _SESSION_EVENTS else _tolerant(event, parser)
            for event, parser in state.parsers.items()
        }

    @property
    def service(self) -> Service:
        if self._service is None:
            raise RuntimeError("This Discord client was built without a service.")
        return self._service

    async def on_ready(self) -> None:
        user = self.user
        shards = self.settings.shards
        log.info(
            "Discord: connected as %s (id %s) in %d server(s)%s",
            user,
            user.id if user else "?",
            len(self.guilds),
            f" on {shards}" if shards else "",
        )

    def addressed(self, message: discord.Message) -> bool:
        """A DM, a mention of the bot (or of its own role), or a reply to one of its messages."""
        me = self.user
        if me is None:
            return False
        if message.guild is None:
            return True
        if any(user.id == me.id for user in message.mentions):
            return True
        self_role = message.guild.self_role
        if self_role is not None and self_role in message.role_mentions:
            return True
        ref = message.reference
        if ref is not None:
            target = ref.resolved or ref.cached_message
            if isinstance(target, discord.Message) and target.author.id == me.id:
                return True
        return False

    async def on_message(self, message: discord.Message) -> None:
        # Also covers our own messages: the bot user is a bot.
        if message.author.bot or (self.user is not None and message.author.id == self.user.id):
            return
        if message.type not in _ADDRESSABLE_TYPES or not self.addressed(message):
            return
        who = message_requester(message, self.settings)
        # `command` so "/release MI7" typed in a message works too, as on Slack.
        reply = await self.service.command(who, clean_text(message.content))
        if reply.silent:
            return
        try:
            await message.reply(
                embed=render_embed(reply), mention_author=False, allowed_mentions=NO_PINGS
            )
        except discord.Forbidden:
            # A server took away Send Messages or Embed Links here: say so once per message,
            # without a traceback, and keep serving the other channels.
            log.warning(
                "Discord: no permission to answer in channel %s (needs Send Messages, "
                "Embed Links and Read Message History)",
                message.channel.id,
            )


async def _film_choices(
    interaction: discord.Interaction[FranchiseClient], current: str
) -> list[app_commands.Choice[str]]:
    names = interaction.client.service.film_choices(current, limit=_CHOICES_MAX)
    # Names longer than Discord's 100-character limit could not be sent back intact.
    return [app_commands.Choice(name=n, value=n) for n in names if len(n) <= _CHOICE_MAX]


async def _run(
    interaction: discord.Interaction[FranchiseClient], entry: Command, text: str
) -> None:
    client = interaction.client
    who = interaction_requester(interaction, client.settings)
    if entry.moderators_only and who.is_moderator:
        # Reloading reads and indexes every fact file: longer than Discord's 3 seconds.
        await interaction.response.defer(ephemeral=True, thinking=True)
    # A non-moderator gets the service's refusal at once, shown only to them.
    await respond(interaction, await entry.run(client.service, who, clean_text(text)))


def _app_command(entry: Command) -> app_commands.Command[Any, Any, None]:
    """One table entry as an app command. The option's callback parameter is `text`,
    renamed to the table's option name for users."""

    async def no_option(interaction: discord.Interaction[FranchiseClient]) -> None:
        await _run(interaction, entry, "")

    async def required(interaction: discord.Interaction[FranchiseClient], text: str) -> None:
        await _run(interaction, entry, text)

    async def optional(
        interaction: discord.Interaction[FranchiseClient], text: str | None = None
    ) -> None:
        await _run(interaction, entry, text or "")

    option = entry.option
    callback = no_option if option is None else required if option.required else optional
    command: app_commands.Command[Any, Any, None] = app_commands.Command(
        name=entry.name, description=entry.description, callback=callback
    )
    if option is not None:
        app_commands.rename(text=option.name)(command)
        app_commands.describe(text=option.description)(command)
        if option.films:
            app_commands.autocomplete(text=_film_choices)(command)
    return command


# default_permissions is only a hint for Discord's UI (server admins can change it); the
# bot checks moderators itself on every call.
MODERATOR_HINT = discord.Permissions(manage_guild=True)


def _add_commands(tree: CommandTree, table: CommandTable) -> None:
    """Register the table's commands; their descriptions are what users see."""
    for item in table.top_level():
        if isinstance(item, Group):
            entries = table.in_group(item)
            moderators = all(e.moderators_only for e in entries)
            group = app_commands.Group(
                name=item.name,
                description=item.description,
                guild_only=moderators,
                default_permissions=MODERATOR_HINT if moderators else None,
            )
            for entry in entries:
                group.add_command(_app_command(entry))
            tree.add_command(group)
        else:
            command = _app_command(item)
            if item.moderators_only:
                command.guild_only = True
                command.default_permissions = MODERATOR_HINT
            tree.add_command(command)


class ShardedFranchiseClient(FranchiseClient, ShardedClient):
    """The bot on the shards DISCORD_SHARD_COUNT / DISCORD_SHARD_IDS name (discord_shards.py)."""

    def __init__(
        self,
        service: Service,
        settings: DiscordSettings,
        shards: ShardGroup,
        *,
        guild_ready_timeout: float = 2.0,
    ) -> None:
        super().__init__(
            service,
            settings,
            guild_ready_timeout=guild_ready_timeout,
            shard_count=shards.count,
            shard_ids=None if shards.ids is None else list(shards.ids),
        )


# --------------------------------------------------------------------------- running


def build_client(
    service: Service, settings: DiscordSettings, *, guild_ready_timeout: float = 2.0
) -> FranchiseClient:
    """The Discord client for `service`: one connection, or the shards `settings` name.
    `guild_ready_timeout` is how long discord.py waits for servers to stream in before
    `on_ready` (tests pass a small value)."""
    if settings.shards is None:
        return FranchiseClient(service, settings, guild_ready_timeout=guild_ready_timeout)
    return ShardedFranchiseClient(
        service, settings, settings.shards, guild_ready_timeout=guild_ready_timeout
    )


async def serve(
    service: Service,
    settings: DiscordSettings,
    *,
    client: FranchiseClient | None = None,
    login_timeout: float = LOGIN_TIMEOUT,
    connected: Callable[[], None] | None = None,
) -> None:
    """Connect to Discord and answer until cancelled; the connection is closed on the way out.
    `connected` is called once the gateway is ready (`run` says "running" only then).

    discord.py handles rate limits, heartbeats and reconnects. `client` lets a caller (a
    test) pass one built with `build_client` options; by default one is built here.
    """
    token = _token(settings)
    bot = client or build_client(service, settings)
    with discord_endpoints(settings):
        async with _friendly_login_errors(), bot:
            await _login(bot, token, login_timeout)
            async with announced(bot, connected):
                await bot.connect()


async def _logged_in(
    settings: DiscordSettings,
    run: Callable[[FranchiseClient], Awaitable[T]],
    commands: CommandTable = COMMANDS,
) -> T:
    """Log in over HTTP only (no gateway), run `run`, close."""
    token = _token(settings)
    client = FranchiseClient(None, settings, commands=commands)
    with discord_endpoints(settings):
        async with _friendly_login_errors(), client:
            await _login(client, token, LOGIN_TIMEOUT)
            return await run(client)


async def sync_commands(
    settings: DiscordSettings, guild_id: int | None = None, *, commands: CommandTable = COMMANDS
) -> int:
    """Register the slash commands with Discord; returns how many top-level commands.

    Globally by default. With `guild_id`, the same commands are registered in that server
    only (handy while testing). Discord rate-limits this: run it after changing commands,
    not on every start.
    """

    async def run(client: FranchiseClient) -> int:
        if guild_id is None:
            synced = await client.tree.sync()
        else:
            guild = discord.Object(id=guild_id)
            client.tree.copy_global_to(guild=guild)
            synced = await client.tree.sync(guild=guild)
        return len(synced)

    return await _logged_in(settings, run, commands)


async def fetch_invite_url(settings: DiscordSettings) -> str:
    """Log in with DISCORD_TOKEN to learn the application id, and build the invite link."""

    async def run(client: FranchiseClient) -> int:
        if client.application_id is None:
            raise ConfigError("Discord did not say which application 'DISCORD_TOKEN' belongs to.")
        return client.application_id

    return invite_url(await _logged_in(settings, run))
