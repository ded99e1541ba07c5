"""A thing of the kind a question asks for, which the passage speaks of only as "a ...".

"Which shipping firm did Lind leave to join?" is explained word for word by "Lind left in
September to join a shipping firm abroad", and the sentence names people, but no firm: "a
shipping firm" says there is one without saying which. A passage answering it names the
firm beside the words ("a shipping firm, Nordline", "Nordline, a shipping firm") or says
what is one ("Nordline was a shipping firm").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.text import stem

# How a passage speaks of one thing (or a few) without naming it: "killing two workers".
_COUNTS = "two three four five six seven eight nine ten 2 3 4 5 6 7 8 9 10"
_INDEFINITE = frozenset(f"a an another {_COUNTS}".split())
# What may stand before the noun a question asks the names of: "the names of the two workers"
# (normalized: "two" is "2").
_COUNTED_BY = frozenset(f"the its their his her {_COUNTS}".split())
# Words that end the noun a "which" question asks for: "which shipping firm did".
_ASKING_ENDS = frozenset("did does do is was were are has have had will would can could".split())
ASKED_REACH = 3  # words of "which ...": "which regional shipping firm"
# Nouns a question asks for that are no thing a passage names: "what name was it given"
_NOT_THINGS = frozenset("name names title kind type sort form way of".split())
DESCRIBED_REACH = 3  # words between "a" and its noun: "a small family shipping firm"
# Words before "a ..." that say what something is: "Nordline was a shipping firm".
_SAYING_WHAT = frozenset("is was are were became become becomes remains remained as".split())


def asked_noun(sequence: Sequence[str]) -> str | None:
    """The noun a "which" or "what" question asks for ("firm" of "to which shipping firm
    did he move", "workers" of "what were the names of the two workers"), or None."""
    at = next((i for i, w in enumerate(sequence[:3]) if w in ("which", "what")), None)
    if at is None:
        return None
    if (named := _names_of(sequence)) is not None:
        at = named
    span = sequence[at + 1 : at + 1 + ASKED_REACH]
    # the noun ends where the question's auxiliary stands ("which shipping firm did"), or
    # is the word after "which" when a verb follows at once ("which body gave the grant")
    ends = [k for k, w in enumerate(span) if w in _ASKING_ENDS]
    noun = span[ends[0] - 1] if ends and ends[0] else span[0] if span else None
    return None if noun is None or not noun.isalpha() or noun in _NOT_THINGS else noun


def _names_of(sequence: Sequence[str]) -> int | None:
    """Where "the names of the two" ends in a question asking for names: the word before
    the noun named."""
    for i, (word, then) in enumerate(pairwise(sequence)):
        if word in ("name", "names") and then == "of":
            at = i + 1
            while at + 1 < len(sequence) and sequence[at + 1] in _COUNTED_BY:
                at += 1
            return at
    return None


def only_indefinite(passage: str, sequence: Sequence[str]) -> bool:
    """Whether `passage` speaks of the noun a "which" question (`sequence`) asks for only
    as "a ..." with no name beside it."""
    noun = asked_noun(sequence)
    if noun is None:
        return False
    tokens = list(_TOKEN.finditer(passage))
    uses = [i for i, t in enumerate(tokens) if stem(t[0].casefold()) == stem(noun)]
    return bool(uses) and all(_unnamed_one(passage, tokens, i) for i in uses)


_TOKEN = re.compile(r"[A-Za-z0-9][\w'\u2019-]*")
# A name set beside the noun: "a shipping firm, Nordline", "a new award for stunt work, the
# Lintwhistle Prize", "a firm called Nordline", "seven companies led by Castlemoor", "nine
# committees, of which the Finance Committee".
_NAMED_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,4},?\s+(?:the\s+)?[A-Z]|\s+(?:called|named)\b"
    r"|,\s+(?:of which|including|such as|notably)\s+(?:the\s+)?[A-Z]"
)
# ... or before it: "Nordline, a shipping firm", "The Weavers of Ennick (1862), a novel".
_NAMED_BEFORE = re.compile(r"[A-Z][\w'-]*(?:\s+\(\d+\))?,\s*$")


def _unnamed_one(passage: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the noun at token `i` stands after "a" (a few lowercase words between) with
    no name beside it, nor said of something: "to join a shipping firm abroad"."""
    k = next(
        (
            k
            for k in range(i - 1, max(-1, i - 1 - DESCRIBED_REACH), -1)
            if tokens[k][0].casefold() in _INDEFINITE
        ),
        None,
    )
    if k is None or any(t[0][:1].isupper() for t in tokens[k + 1 : i]):
        return False
    if _NAMED_AFTER.match(passage, tokens[i].end()):
        return False
    if _NAMED_BEFORE.search(passage[: tokens[k].start()]):
        return False
    return not (k and tokens[k - 1][0].casefold() in _SAYING_WHAT)
