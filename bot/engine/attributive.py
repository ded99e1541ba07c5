"""Participles that name a kind of thing before a noun, not an act: "the nine founding
harbours that had joined by 1260" are the league's first members, and say nothing of
when it was founded. Both a question and a passage are read with them as the adjective
they are, so "who were the founding members" still finds "the founding members"."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from bot.engine.verbforms import BE
from bot.text import DETERMINERS, GLUE

# Each such participle and the adjective it stands for before a noun ("the founding of
# the league" is still the act: a noun, with "of" after it).
# ... and, in a question's premise, an adjective that is also a verb: "the last passenger
# train" is the final one, which no "ran" explains (as it does the verb: "how long did
# filming last"). (Not in a name: "Last Lantern".)
ASKED_ATTRIBUTIVE = {"last": "final"}
# ... and "earliest" before a noun is the ordinal it means: "the earliest recorded match"
# is the first one (normalized "1st"), which "the first recorded match" tells.
ATTRIBUTIVE = {"founding": "original", "earliest": "1st"}
# Nouns after which "last" is the one before this, not the final one: "last year".
_TIMES = frozenset(
    """year week weekend month night season summer winter spring autumn fall time decade
    century day friday saturday sunday monday tuesday wednesday thursday""".split()
)
_NO_NOUN = GLUE | DETERMINERS | _TIMES
# ... and "left" after a copula, which is what remains: "how many monks were left" (not
# who left), "how many of them are left" (not "leave the nest").
REMAINING = {"left": "remain"}
# Words before which "last" is a verb: "meant to last", "will it last".
_AS_A_VERB = frozenset("to did does do will would could can should might may".split())


def as_adjectives(words: Sequence[str], named: Collection[str] | None = None) -> list[str]:
    """`words` (normalized) with each `ATTRIBUTIVE` participle before a noun as its
    adjective; for a question's premise (`named`: the words of its names, left as they
    are), each `ASKED_ATTRIBUTIVE` word too."""
    table = ATTRIBUTIVE if named is None else ATTRIBUTIVE | ASKED_ATTRIBUTIVE
    return [
        REMAINING[w]
        if named is not None and w in REMAINING and i and words[i - 1] in BE
        else table[w]
        if w in table
        and i + 1 < len(words)
        and words[i + 1] not in _NO_NOUN
        and not words[i + 1].endswith("ly")  # "meant to last originally": an adverb
        and (not i or words[i - 1] not in _AS_A_VERB)
        and w not in (named or ())
        else w
        for i, w in enumerate(words)
    ]


def before_a_noun(words: list[str], at: int, passage: str) -> bool:
    """Whether the participle at `at` stands before its noun as an adjective, which names
    no doer: "a newly built campus", "a purpose-built campus" (`passage` keeps the hyphen
    that `words` lost)."""
    if at < 1 or at + 1 >= len(words) or not words[at].endswith(("ed", "lt", "wn", "ne")):
        return False
    before, noun = words[at - 1], words[at + 1]
    if noun in GLUE or noun in DETERMINERS:
        return False  # "the company built a campus", "newly built in 1990"
    hyphened = re.search(rf"\b{re.escape(before)}-{re.escape(words[at])}\b", passage, re.I)
    # ("a newly built campus", not "significantly increased British resources")
    adverb = before.endswith("ly") and at > 1 and words[at - 2] in DETERMINERS
    return before in DETERMINERS or adverb or hyphened is not None


NOUN_REACH = 3  # words from a determiner to its plural noun: "the most notable finds"


def as_a_noun(words: list[str], at: int) -> bool:
    """Whether the verb's form at `at` is a plural noun after its determiner, the subject
    of a copula, which names no doer: "among the most notable finds are the stones, which
    were found in 1930" (not "the series stars X", nor "took the reins for its sequel")."""
    opening = words[max(0, at - NOUN_REACH) : at]
    subject = not BE.isdisjoint(words[at + 1 : at + 1 + NOUN_REACH])  # "finds at X are"
    return words[at].endswith("s") and subject and any(w in DETERMINERS for w in opening)
