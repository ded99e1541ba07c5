"""`Conversations.reply`: one chat message in, one reply out, with the conversation's
context kept between messages. The one entry point the service calls."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

from bot.chat.context import (
    CONVERSATION_TTL_S,
    MAX_CONVERSATIONS,
    MAX_QUESTION_CHARS,
    MAX_TURN_CHARS,
    MAX_TURNS,
    ConversationKey,
    ConversationStore,
    Turn,
)
from bot.chat.followup import Resolution, resolve
from bot.chat.message import MAX_PARTS, read_message
from bot.chat.protocol import ChatEngine
from bot.chat.smalltalk import SmallTalk, recognise, smalltalk_reply
from bot.models import Answer, AnswerKind, Fact, FactSet, Source
from bot.text import normalize

SMALLTALK: Final = "smalltalk"  # the kind of a small-talk reply: never logged as unanswered
SEVERAL: Final = "several"  # the kind of a reply to several questions
# Engine replies that are not about any question ("Ask me about a film franchise ..."):
# they set no topic.
_NO_TOPIC_KINDS = frozenset({"empty", "help"})


@dataclass(frozen=True)
class ChatPart:
    """One question of a message and what the engine said to it."""

    asked: str  # the words as the user wrote them (markup removed)
    question: str  # what the engine was asked: `asked`, or the follow-up made standalone
    answer: Answer
    filled: tuple[str, ...] = ()  # names the conversation supplied ("Mission: Impossible 8")

    @property
    def resolved(self) -> bool:
        return bool(self.filled)


@dataclass(frozen=True)
class ChatReply:
    """The reply to one message: its text, the parts it answered, and its kind."""

    text: str
    parts: tuple[ChatPart, ...]
    smalltalk: bool = False
    more: bool = False  # the message asked more than MAX_PARTS questions

    @property
    def answers(self) -> tuple[Answer, ...]:
        return tuple(p.answer for p in self.parts)

    @property
    def answered(self) -> bool:
        """Small talk, or every question answered."""
        return self.smalltalk or (bool(self.parts) and all(a.answered for a in self.answers))

    @property
    def kind(self) -> AnswerKind:
        if self.smalltalk:
            return SMALLTALK
        if len(self.parts) == 1:
            return self.parts[0].answer.kind
        return SEVERAL

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(dict.fromkeys(s for a in self.answers for s in a.sources))

    def as_answer(self) -> Answer:
        """The whole reply as one Answer, for code that renders or logs Answers."""
        if len(self.parts) == 1 and not self.smalltalk:
            only = self.parts[0].answer
            return Answer(
                only.answered,
                self.text,
                only.confidence,
                only.facts,
                only.sources,
                only.suggestions,
                only.kind,
            )
        return Answer(
            self.answered,
            self.text,
            confidence=min((a.confidence for a in self.answers), default=1.0),
            facts=tuple(dict.fromkeys(f for a in self.answers for f in a.facts)),
            sources=self.sources,
            kind=self.kind,
        )


class Conversations:
    """Every conversation the bot is having, in memory, and how to reply within one."""

    def __init__(
        self,
        *,
        ttl: float = CONVERSATION_TTL_S,
        max_conversations: int = MAX_CONVERSATIONS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = ConversationStore(ttl=ttl, max_conversations=max_conversations)
        self.clock = clock
        self._facts: FactSet | None = None
        self._facts_by_id: dict[str, Fact] = {}

    def __len__(self) -> int:
        return len(self.store)

    def reply(
        self, key: ConversationKey, text: str, engine: ChatEngine, now: float | None = None
    ) -> ChatReply:
        """Reply to one message from `key`: small talk, or each question in it (up to
        MAX_PARTS) answered or declined, follow-ups resolved from the conversation."""
        now = self.clock() if now is None else now
        conversation = self.store.get(key, now)
        turns = list(conversation.turns) if conversation else []
        message = read_message(text)
        talk: list[SmallTalk] = []
        parts: list[ChatPart] = []
        more = False
        for segment in message.segments:
            words = normalize(segment.text[:MAX_QUESTION_CHARS]).split()
            kind = recognise(words)
            if kind is not None:
                talk.append(kind)
            elif not segment.question:
                turns.append(Turn(segment.text[:MAX_TURN_CHARS], asked=False))
            elif len(parts) == MAX_PARTS:
                more = True
            else:
                part = self._answer(engine, segment.text, words, turns)
                parts.append(part)
                if part.answer.kind not in _NO_TOPIC_KINDS:
                    turns.append(Turn(part.question[:MAX_TURN_CHARS], part.answer.facts))
            del turns[:-MAX_TURNS]
        if not parts and talk:
            reply = ChatReply(smalltalk_reply(talk, engine), (), smalltalk=True)
        else:
            if not parts:  # nothing left once markup is gone: the engine's usage hint
                parts.append(ChatPart(message.text, message.text, engine.answer(message.text)))
            reply = ChatReply(_combine(parts, more), tuple(parts), more=more)
        if turns:
            self.store.put(key, tuple(turns), now)
        return reply

    def forget(self, key: ConversationKey) -> None:
        self.store.forget(key)

    def _answer(
        self, engine: ChatEngine, asked: str, words: list[str], turns: list[Turn]
    ) -> ChatPart:
        resolution: Resolution | None = resolve(
            engine, asked, words, turns, lambda: self._facts_of(engine)
        )
        if resolution is None:
            return ChatPart(asked, asked, engine.answer(asked))
        answer = engine.answer(resolution.question)
        names = tuple(engine.entities[e].name for e in resolution.filled if e in engine.entities)
        # Show what the follow-up was taken to be about, unless the answer says it.
        unsaid = [n for n in names if n.casefold() not in answer.text.casefold()]
        if unsaid:
            answer = _prefixed(answer, ", ".join(unsaid) + ": ")
        return ChatPart(asked, resolution.question, answer, names)

    def _facts_of(self, engine: ChatEngine) -> Mapping[str, Fact]:
        """Facts by id, built once per fact version (only when a follow-up needs it)."""
        if engine.facts is not self._facts:
            self._facts = engine.facts
            self._facts_by_id = {f.id: f for f in engine.facts.facts}
        return self._facts_by_id


def _prefixed(answer: Answer, prefix: str) -> Answer:
    return Answer(
        answer.answered,
        prefix + answer.text,
        answer.confidence,
        answer.facts,
        answer.sources,
        answer.suggestions,
        answer.kind,
    )


def _combine(parts: list[ChatPart], more: bool) -> str:
    if len(parts) == 1 and not more:
        return parts[0].answer.text
    lines = [f"\u201c{p.asked}\u201d {p.answer.text}" for p in parts]
    if more:
        lines.append(
            f"(I answered the first {MAX_PARTS} questions; ask the others in another message.)"
        )
    return "\n".join(lines)
