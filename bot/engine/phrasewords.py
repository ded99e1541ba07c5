"""Two words of a question that say one thing a passage says in one word: "how much did
it pull in" is answered by "it grossed $1.12 billion", "why did he walk away" by "he
exited the sequel". The pair is read as that word, its particle as nothing more."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.aliases import Mention
from bot.text import GLUE, stem

# Two words that say one thing a passage says in one word: "how much did it pull in" is
# answered by "it grossed $1.12 billion". ("Box office" is left out: with "make" beside
# it, any fact saying "make" or "gross", of whichever film, ranked high enough to answer
# "how much did the fifth X make at the box office".) The second word is a particle,
# which the reading of a question passes over.
PHRASE_WORDS = {
    ("pull", "in"): "gross",
    ("rake", "in"): "gross",
    ("pass", "away"): "die",  # "when did she pass away" is answered by "she died in 1902"
    ("bad", "guy"): "villain",  # "who plays the bad guy": "guy" is no particle, but says nothing
    ("walk", "away"): "leave",  # "why did he walk away": "he exited the sequel"
    ("drop", "out"): "leave",
    ("pull", "out"): "leave",
    ("work", "on"): "develop",  # "which streamer is working on a spin-off": developing it
    ("set", "up"): "found",  # "who set up the trust": who founded it
}
# The phrase words that ask for a sum of money, as "how much" does.
AMOUNT_WORDS = frozenset({"gross"})


def _pair(words: Sequence[str], i: int) -> str | None:
    return PHRASE_WORDS.get((stem(words[i]), stem(words[i + 1]))) if i + 1 < len(words) else None


def phrase_word(words: Sequence[str], i: int) -> str | None:
    """The one word the words at `i` and after it say: a `PHRASE_WORDS` pair's, or an
    `HONOUR_VERBS` verb's."""
    return _pair(words, i) or honour_verb(words, i)


def phrase_particle(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is the particle of a `PHRASE_WORDS` pair ("away")."""
    return i > 0 and _pair(words, i - 1) is not None


# A verb that says another when an honour is its object: "which film took the Clarion
# Prize" asks which one won it ("how much did it take" is its takings: see "@gross").
HONOUR_VERBS = {"take": "win", "scoop": "win", "pick": "win"}
HONOURS = frozenset("prize award medal trophy honour honor title cup".split())
HONOUR_REACH = 4  # "took the festival's top prize"


def honour_verb(words: Sequence[str], i: int) -> str | None:
    """The word a `HONOUR_VERBS` verb at `i` stands for, when an honour follows it."""
    meant = HONOUR_VERBS.get(stem(words[i]))
    after = words[i + 1 : i + 1 + HONOUR_REACH]
    return meant if meant and not HONOURS.isdisjoint(stem(w) for w in after) else None


# What starting an organisation is: "who started Kraxton Studios" asks who founded it, as
# "Founded in 1931 by the brothers" says, not who "restarted feature production" there
# (starting a shoot is the production's news: see "@production").
ORG_STARTS = {"start": "found"}


def org_start(
    words: Sequence[str], i: int, mentions: Sequence[Mention], is_org: Callable[[str], bool]
) -> str | None:
    """The word an `ORG_STARTS` verb at `i` stands for, when an organisation's name is
    beside it: "who started Kraxton", "when was the Gwel Trust started"."""
    meant = ORG_STARTS.get(stem(words[i]))
    if meant is None:
        return None
    after = i + 2 if i + 1 < len(words) and words[i + 1] == "the" else i + 1
    # "when was X started", "when did X start", but not "when did X start production":
    # that verb's object is no organisation
    ends = i + 1 == len(words) or words[i + 1] in GLUE
    beside = (
        m
        for m in mentions
        if m.start == after or (ends and m.end in (i, i - 1))  # "X start", "X was started"
    )
    return meant if any(is_org(m.entity_id) for m in beside) else None


# The words the phrases above stand for.
MEANT = frozenset({*PHRASE_WORDS.values(), *HONOUR_VERBS.values()})
