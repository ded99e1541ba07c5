"""Who is asking on Discord, and in which conversation: the one moderator rule, and the
conversation key of a message or an interaction."""

from __future__ import annotations

from typing import Any

import discord

from adapters.discord_setup import DiscordSettings
from bot.chat import ConversationKey
from bot.replies import Requester

PLATFORM = "discord"


def conversation_key(direct: bool, channel_id: int, user_id: int) -> ConversationKey:
    """A DM, or one user in a channel. A thread has its own channel id, so a thread is its
    own place and a follow-up there leans on what was said in that thread."""
    if direct:
        return ConversationKey.direct(PLATFORM, str(user_id))
    return ConversationKey.channel(PLATFORM, str(channel_id), str(user_id))


def is_moderator(
    member: discord.Member, permissions: discord.Permissions, role_ids: frozenset[str]
) -> bool:
    """The one moderator rule on Discord: Administrator or Manage Server (as `permissions`
    grant them where the member is), or a configured role. Never a name."""
    return (
        permissions.administrator
        or permissions.manage_guild
        or (bool(role_ids) and any(str(role.id) in role_ids for role in member.roles))
    )


def message_requester(message: discord.Message, settings: DiscordSettings) -> Requester:
    """Who wrote a message; never a moderator in DMs."""
    author = message.author
    moderator = (
        message.guild is not None
        and isinstance(author, discord.Member)
        and is_moderator(author, author.guild_permissions, settings.moderator_role_ids)
    )
    return Requester(
        platform=PLATFORM,
        user_id=str(author.id),
        is_moderator=moderator,
        name=author.display_name,
        conversation=conversation_key(message.guild is None, message.channel.id, author.id),
    )


def interaction_requester(
    interaction: discord.Interaction[Any], settings: DiscordSettings
) -> Requester:
    """Who ran a command. `interaction.permissions` are the member's resolved permissions
    in that channel, as sent by Discord in the interaction."""
    user = interaction.user
    moderator = (
        interaction.guild_id is not None
        and isinstance(user, discord.Member)
        and is_moderator(user, interaction.permissions, settings.moderator_role_ids)
    )
    return Requester(
        platform=PLATFORM,
        user_id=str(user.id),
        is_moderator=moderator,
        name=user.display_name,
        conversation=conversation_key(
            interaction.guild_id is None, interaction.channel_id or 0, user.id
        ),
    )
