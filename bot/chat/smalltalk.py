"""Small talk: thanks, greetings, goodbyes and "who are you". Answered kindly, never
searched for in the facts and never counted as an unanswered question."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from bot.chat.protocol import ChatEngine

# Longer than this is a sentence with content ("thanks, but when does MI8 come out"),
# not small talk.
MAX_SMALLTALK_WORDS = 8
# How many films the "who are you" reply names before "and N more".
FILMS_NAMED = 3


class SmallTalk(StrEnum):
    # In priority order: a message with several kinds gets the reply of the first.
    ABOUT = "about"
    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"


# Words that may surround small talk without making it a question: the bot's name,
# politeness and chat filler.
_AROUND = frozenset(
    "bot franchise franchisebot you u ya so very much a lot again all there everyone "
    "guys folks mate man ok okay cool great nice awesome perfect lol haha oh and".split()
)
_ADDRESS = frozenset("bot franchise franchisebot so ok okay please".split())
_THANKS = frozenset("thanks thank thx ty tysm cheers appreciate appreciated thankyou".split())
_GREETING = frozenset(
    "hi hello hey heya hiya yo howdy greetings sup morning evening afternoon".split()
)
_GOODBYE = frozenset("bye goodbye cya later night goodnight".split())
_ABOUT = frozenset(
    {
        ("who", "are", "you"),
        ("what", "are", "you"),
        ("who", "is", "this"),
        ("what", "is", "this"),
        ("what", "can", "you", "do"),
        ("what", "do", "you", "do"),
        ("what", "do", "you", "know"),
        ("what", "do", "you", "know", "about"),
        ("what", "can", "i", "ask"),
        ("what", "can", "i", "ask", "you"),
        ("what", "should", "i", "ask"),
        ("how", "do", "i", "use", "you"),
        ("how", "does", "this", "work"),
        ("how", "do", "you", "work"),
        ("what", "is", "this", "bot"),
        ("help",),
    }
)
_QUALIFIERS = frozenset({"good", "it", "i", "see", "you"})  # "good morning", "see you"


def recognise(words: Sequence[str]) -> SmallTalk | None:
    """The kind of small talk a sentence is (its words normalized), or None if it says
    anything more."""
    if not words or len(words) > MAX_SMALLTALK_WORDS:
        return None
    if tuple(w for w in words if w not in _ADDRESS and w not in _GREETING) in _ABOUT:
        return SmallTalk.ABOUT
    core = [w for w in words if w not in _AROUND]
    rest = [w for w in core if w not in _QUALIFIERS]
    if not rest:
        return None
    for kind, vocabulary in (
        (SmallTalk.THANKS, _THANKS),
        (SmallTalk.GREETING, _GREETING),
        (SmallTalk.GOODBYE, _GOODBYE),
    ):
        if all(w in vocabulary for w in rest):
            return kind
    return None


def smalltalk_reply(kinds: list[SmallTalk], engine: ChatEngine) -> str:
    kind = min(kinds, key=list(SmallTalk).index)
    if kind is SmallTalk.THANKS:
        return "You're welcome!"
    if kind is SmallTalk.GOODBYE:
        return "Bye! Ask me again any time."
    example = example_question(engine)
    if kind is SmallTalk.GREETING:
        return f"Hi! Ask me about the films I know, e.g. \u201c{example}\u201d"
    return about(engine, example)


def about(engine: ChatEngine, example: str) -> str:
    """What the bot is, what it knows (counts and a few names), and how to ask."""
    films = [f.name for f in engine.films()]
    articles = sorted({fact.source.file for fact in engine.facts.facts})
    named = ", ".join(films[:FILMS_NAMED])
    if len(films) > FILMS_NAMED:
        named += f" and {len(films) - FILMS_NAMED} more"
    knows = f"I know {_count(len(films), 'film')}" + (f" ({named})" if films else "")
    knows += f" from {_count(len(articles), 'article')}"
    if articles:
        knows += (
            f" ({', '.join(articles[:FILMS_NAMED])}"
            + (", ..." if len(articles) > FILMS_NAMED else "")
            + ")"
        )
    return (
        "I'm franchise-bot: I answer fans' questions about films from news articles, and "
        f"say which article each answer comes from. {knows}. Ask in plain words, e.g. "
        f"\u201c{example}\u201d, then follow up with \u201cwho's in it?\u201d or "
        "\u201cis she back?\u201d."
    )


def example_question(engine: ChatEngine) -> str:
    """One question the facts answer: a curated fact's first example question, or a
    release-date question about the first film the facts know."""
    for fact in engine.facts.facts:
        if not fact.passage and fact.questions:
            return fact.questions[0]
    films = engine.films()
    return f"When does {films[0].name} come out?" if films else "What's the latest news?"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"
