"""Discord rendering: a neutral reply as one embed within Discord's limits; message text as a question."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import discord

from bot.replies import Reply, ReplyKind

if TYPE_CHECKING:
    pass


NO_PINGS = discord.AllowedMentions.none()


# <@123> user, <@!123> user by nickname, <@&456> role, <#789> channel.
_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>")


# Embed limits from Discord's documentation.
_TITLE_MAX = 256


_DESCRIPTION_MAX = 4096


_FIELD_NAME_MAX = 256


_FIELD_VALUE_MAX = 1024


_EMBED_MAX = 6000


_QUOTE_MAX = 300


_SOURCE_FIELDS_MAX = 5


_SUGGESTIONS_MAX = 10


_COLOURS: dict[ReplyKind, discord.Colour] = {
    ReplyKind.ANSWER: discord.Colour.green(),
    ReplyKind.DECLINE: discord.Colour.orange(),
    ReplyKind.HELP: discord.Colour.blurple(),
    ReplyKind.INFO: discord.Colour.blurple(),
    ReplyKind.ERROR: discord.Colour.red(),
    ReplyKind.REFUSED: discord.Colour.red(),
    ReplyKind.RATE_LIMITED: discord.Colour.light_grey(),
    ReplyKind.SILENCED: discord.Colour.light_grey(),
}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def render_embed(reply: Reply) -> discord.Embed:
    """One embed for a reply: the text, a field per source (file, date, quoted words) and
    the "Did you mean" suggestions of a decline. Mentions inside an embed never ping."""
    embed = discord.Embed(colour=_COLOURS.get(reply.kind, discord.Colour.default()))
    if reply.title:
        embed.title = _clip(reply.title, _TITLE_MAX)
    for source in reply.sources[:_SOURCE_FIELDS_MAX]:
        embed.add_field(
            name=_clip(f"Source: {source.cite()}", _FIELD_NAME_MAX),
            value=_clip(f"\u201c{_clip(source.quote, _QUOTE_MAX)}\u201d", _FIELD_VALUE_MAX),
            inline=False,
        )
    if reply.suggestions:
        lines = "\n".join(f"\u2022 {s}" for s in reply.suggestions[:_SUGGESTIONS_MAX])
        embed.add_field(name="Did you mean", value=_clip(lines, _FIELD_VALUE_MAX), inline=False)
    # The description gets whatever the 6000-character budget for the whole embed leaves.
    room = min(_DESCRIPTION_MAX, _EMBED_MAX - len(embed))
    if reply.text:
        embed.description = _clip(reply.text, room)
    return embed


def clean_text(content: str) -> str:
    """Message text as a question: user, role and channel mentions (the bot's own
    included) removed, whitespace collapsed."""
    return " ".join(_MENTION.sub(" ", content).split())
