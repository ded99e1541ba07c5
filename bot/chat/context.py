"""Who is talking where, and what they were talking about: kept in memory only.

A conversation is one user in one place (a channel, a thread, a DM, the console). It
holds the last few things said, so a follow-up can lean on them, and is forgotten after
`CONVERSATION_TTL_S` of quiet or when `MAX_CONVERSATIONS` newer ones push it out. Nothing
here is ever written anywhere: what fans said is not kept past the chat.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

# Ten minutes of quiet ends a conversation: a follow-up comes within a minute or two;
# someone back after ten minutes is starting over, and old context would mislead.
CONVERSATION_TTL_S = 600.0
# A busy server sees a few thousand people talk in ten minutes; 100,000 covers many
# servers at once and costs about 55 MB when every one of them is idle with a question
# remembered (measured by tests/test_conversation.py, printed with `pytest -s`).
MAX_CONVERSATIONS = 100_000
# What a follow-up may look back at: "it", "she" and "why?" refer to the last thing or
# two said, never to something five messages back.
MAX_TURNS = 3
# The engine reads no more than this of a question (bot.engine.parse.MAX_QUESTION_CHARS):
# cues are looked for in no more, and a long statement kept for context keeps only this.
MAX_QUESTION_CHARS = 500
MAX_TURN_CHARS = MAX_QUESTION_CHARS
DIRECT = "dm"  # the place of a direct message
CONSOLE = "console"


@dataclass(frozen=True, slots=True)
class ConversationKey:
    """One user in one place. `place` is a channel or a thread: a Discord thread has its
    own channel id; a Slack thread is its channel plus the parent message's ts."""

    platform: str
    place: str
    user: str

    @classmethod
    def channel(
        cls, platform: str, channel_id: str, user_id: str, thread: str | None = None
    ) -> ConversationKey:
        place = f"{channel_id}/{thread}" if thread else channel_id
        return cls(platform, place, user_id)

    @classmethod
    def direct(cls, platform: str, user_id: str) -> ConversationKey:
        return cls(platform, DIRECT, user_id)

    @classmethod
    def console(cls, session: str = CONSOLE) -> ConversationKey:
        return cls(CONSOLE, session, CONSOLE)


@dataclass(frozen=True, slots=True)
class Turn:
    """One thing said: a question as the engine was asked it, or a statement around a
    question that later questions may refer to."""

    text: str
    facts: tuple[str, ...] = ()  # ids of the facts that answered it
    asked: bool = True


@dataclass(frozen=True, slots=True)
class Conversation:
    turns: tuple[Turn, ...]
    last_seen: float  # the clock's reading at the last message


class ConversationStore:
    """An LRU of conversations with a time-to-live. Least recently active first, so the
    expired ones are always at the front and pruning costs only what it removes."""

    def __init__(
        self, *, ttl: float = CONVERSATION_TTL_S, max_conversations: int = MAX_CONVERSATIONS
    ) -> None:
        if ttl <= 0 or max_conversations < 1:
            raise ValueError("ttl must be positive and max_conversations at least 1")
        self.ttl = ttl
        self.max_conversations = max_conversations
        self._conversations: OrderedDict[ConversationKey, Conversation] = OrderedDict()

    def __len__(self) -> int:
        return len(self._conversations)

    def get(self, key: ConversationKey, now: float) -> Conversation | None:
        """The conversation, unless it has been quiet for the whole TTL."""
        conversation = self._conversations.get(key)
        if conversation is None:
            return None
        if now - conversation.last_seen >= self.ttl:
            del self._conversations[key]
            return None
        return conversation

    def put(self, key: ConversationKey, turns: tuple[Turn, ...], now: float) -> None:
        """Remember the latest turns; drop the expired and, past the bound, the oldest."""
        self._conversations[key] = Conversation(turns[-MAX_TURNS:], now)
        self._conversations.move_to_end(key)
        self.prune(now)
        while len(self._conversations) > self.max_conversations:
            self._conversations.popitem(last=False)

    def prune(self, now: float) -> int:
        """Forget every conversation quiet for the TTL; returns how many."""
        removed = 0
        while self._conversations:
            key, oldest = next(iter(self._conversations.items()))
            if now - oldest.last_seen < self.ttl:
                break
            del self._conversations[key]
            removed += 1
        return removed

    def forget(self, key: ConversationKey) -> None:
        self._conversations.pop(key, None)
