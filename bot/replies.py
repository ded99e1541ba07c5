"""The neutral reply every command returns; adapters render it as an embed, Block Kit or text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.chat.context import ConversationKey
from bot.models import Answer, Source

USER_PLACE = "any"  # the place of a requester whose adapter named none


class ReplyKind(StrEnum):
    ANSWER = "answer"  # a sourced answer
    DECLINE = "decline"  # "I don't know that", maybe with suggestions
    HELP = "help"  # usage text
    INFO = "info"  # moderator command output (status, reload report, unanswered list)
    ERROR = "error"  # bad input, a store problem, a refused reload
    REFUSED = "refused"  # not allowed: moderator command from a non-moderator
    RATE_LIMITED = "rate_limited"  # the one polite notice when a user goes over the limit
    SILENCED = "silenced"  # still over the limit after the notice: say nothing in channels


@dataclass(frozen=True)
class Requester:
    """Who is asking. `is_moderator` is what the adapter proved from IDs or permissions;
    `name` is for display only and never grants anything. `conversation` is where they
    are talking (a channel, a thread, a DM), for follow-ups; None means one conversation
    per user on the platform."""

    platform: str
    user_id: str
    is_moderator: bool = False
    name: str = ""
    conversation: ConversationKey | None = None

    @property
    def key(self) -> ConversationKey:
        """The conversation this requester's messages belong to."""
        return self.conversation or ConversationKey(self.platform, USER_PLACE, self.user_id)


@dataclass(frozen=True)
class Reply:
    kind: ReplyKind
    text: str
    title: str = ""
    sources: tuple[Source, ...] = ()
    suggestions: tuple[str, ...] = ()
    answer: Answer | None = None
    version: int | None = None  # the fact version that answered, for audits and tests

    @property
    def ephemeral(self) -> bool:
        """Shown only to the asker where the platform allows it (errors, refusals, limits)."""
        return self.kind in {
            ReplyKind.ERROR,
            ReplyKind.REFUSED,
            ReplyKind.RATE_LIMITED,
            ReplyKind.SILENCED,
        }

    @property
    def private(self) -> bool:
        """The one privacy rule: shown only to the asker where the platform allows it.

        Errors, refusals and rate limits (`ephemeral`), help, and moderators' output; answers
        and declines are public.
        """
        return self.ephemeral or self.kind in {ReplyKind.HELP, ReplyKind.INFO}

    @property
    def silent(self) -> bool:
        """Nothing should be posted in a channel for this reply."""
        return self.kind is ReplyKind.SILENCED

    def source_lines(self) -> list[str]:
        """One line per source: file, date and the quoted words, for a footer or context."""
        lines = []
        for source in self.sources:
            quote = source.quote if len(source.quote) <= 160 else source.quote[:157] + "..."
            lines.append(f"Source: {source.cite()}: \u201c{quote}\u201d")
        return lines

    def plain(self) -> str:
        """The whole reply as plain text: for the console and for notification text."""
        parts = [self.text]
        parts.extend(self.source_lines())
        if self.suggestions:
            parts.append("Did you mean: " + " | ".join(self.suggestions))
        return "\n".join(p for p in parts if p)
