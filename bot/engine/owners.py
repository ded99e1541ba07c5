"""Whose thing a question names, read against a passage.

"Who was Ilse's daughter?" is not answered by "Ilse, Maren's daughter": both name a
daughter and Ilse, but the daughter is Maren's. It is read from word order, nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from itertools import pairwise

from bot.text import GLUE, normalize, stem

# "Ilse's daughter", "the keepers’ land": an owner and the thing it owns, as written (not
# a word whose "'s" is "is": "who's the music director", "what river's the town on").
_POSSESSIVE = re.compile(r"([A-Za-z][\w-]*)['\u2019]s?\s+(?!(?i:the|a|an)\b)([A-Za-z][\w-]*)")
_CONTRACTED = frozenset("who what where when why how it he she that there here let".split())


def possessions(text: str) -> tuple[tuple[str, str], ...]:
    """(owner, thing) stems of every possessive in `text`."""
    return tuple(
        (stem(normalize(owner)), stem(normalize(thing)))
        for owner, thing in _POSSESSIVE.findall(text)
        if normalize(owner) and normalize(thing) and owner.lower() not in _CONTRACTED
    )


# Kin a person is named by, which are no other kin of theirs: "Halvard's niece" is no wife.
KIN = frozenset(
    """wife husband spouse widow widower son daughter child children father mother parent
    parents brother sister sibling grandson granddaughter grandfather grandmother nephew
    niece uncle aunt cousin""".split()
)
_KIN_STEMS = frozenset(map(stem, KIN))


def other_kin(
    owned: Sequence[tuple[str, str]], passage: str, names: Set[str] = frozenset()
) -> str | None:
    """The kin the passage gives an owner the question asks another kin of ("who was
    Halvard's wife" against "his marriage to Halvard's niece, Ragnhild"), when it gives
    that owner none of the asked kind. An owner's name is any word of it (`names`: the
    words of the question's names): "King Halvard the Lame's wife" is Halvard's."""
    said = possessions(passage)
    for owner, thing in owned:
        alike = {owner, *(names if owner in names else ())}
        kin = {t for o, t in said if o in alike and t in _KIN_STEMS}
        if thing in _KIN_STEMS and kin and thing not in kin:
            return f"{owner}'s {min(kin)}"
    return None


# "the mayor of Rodoyvik": a thing of a place or body named right after "of" (the thing in
# lower case: "the University of Hamaroy" is a name).
_OF_A_NAME = re.compile(r"\b([a-z][\w-]*) of ([A-Z][\w-]*)")


def of_a_name(sequence: Sequence[str], capitals: Set[str]) -> tuple[tuple[str, str], ...]:
    """(owner, thing) stems of a question's "the mayor of Nordhavn" (its normalized
    `sequence`, the words it wrote with a capital)."""
    return tuple(
        (stem(owner), stem(thing))
        for thing, of, owner in zip(sequence, sequence[1:], sequence[2:], strict=False)
        if of == "of" and owner in capitals and thing not in capitals and thing not in GLUE
    )


def other_owner(
    asked: Sequence[tuple[str, str]], passage: str, stems: list[str], same: set[str]
) -> str | None:
    """The thing the question gives an owner that the passage gives to someone else
    ("Maren's daughter", "the mayor of Rodoyvik"), or names the owner by ("her apprentice
    Tomas"); `same`: words for one thing ("harvard" and "university" of "the university's
    primary facility")."""
    owned = possessions(passage) + tuple(
        (stem(normalize(owner)), stem(thing)) for thing, owner in _OF_A_NAME.findall(passage)
    )
    for owner, thing in asked:
        if (owner, thing) in owned or _of(stems, thing, owner):
            continue
        if any(t == thing and o != owner and not {o, owner} <= same for o, t in owned):
            return thing
        if any(a == thing and b == owner for a, b in pairwise(stems)) and not _name_of(
            owner, passage
        ):
            return thing
    return None


def _of(stems: list[str], thing: str, owner: str) -> bool:
    """ "the daughter of Ilse" says what "Ilse's daughter" does."""
    return any(
        stems[i] == thing and owner in stems[i + 1 : i + 4] and "of" in stems[i + 1 : i + 3]
        for i in range(len(stems))
    )


def _name_of(owner: str, passage: str) -> bool:
    """Whether `owner` opens a longer name in `passage` ("the town's school, Vintholt
    Academy"), which names the thing, not its owner ("her apprentice Tomas")."""
    return re.search(rf"\b(?i:{re.escape(owner)})\w*\s+[A-Z]", passage) is not None


def owner_after_verb(stems: list[str], at: int, doers: list[str], rest: tuple[str, ...]) -> bool:
    """Whether "did the company make its first flight" meets "made the company's first
    flight": the question's doer owns its object ("its"), and the passage says the owner
    right after the verb, before the object's word ("'s" is gone from normalized words)."""
    if not rest or rest[0] not in THIRD_PERSON_POSSESSIVES:
        return False
    owned = {stem(w) for w in rest[1:] if w not in GLUE}
    after = stems[at + 1 : at + 1 + OWNER_REACH]
    return doers[-1] in after and not owned.isdisjoint(after[after.index(doers[-1]) + 1 :])


# (what a question's doer owns: "did the company make its first flight")
THIRD_PERSON_POSSESSIVES = frozenset("its their his her".split())
OWNER_REACH = 5  # "made the company's first successful flight"

# A question's "the aid from Harvard" is the passage's "Harvard's aid" (normalized, as
# the words are, to "harvard aid"): what comes from someone is theirs. The noun owned may
# stand before a short phrase: "aid for undergraduates from Harvard".
_FROM_PHRASE = frozenset("for of to".split())


def owns_what_came_from(words: list[str], at: int, sequence: tuple[str, ...], i: int) -> bool:
    """Whether the passage's owner at `at` ("harvard" in "harvard aid") owns the noun
    the question's "from" at `i` follows: "the aid (for students) from Harvard"."""
    if words[at] not in sequence[i + 1 :]:
        return False
    # past the rest of a name: "from Staffa College" is "Staffa College's aid"
    named, after = sequence.index(words[at], i + 1), at
    while after < len(words) and named < len(sequence) and words[after] == sequence[named]:
        named, after = named + 1, after + 1
    if after >= len(words):
        return False
    nouns = [sequence[i - 1]] if i else []
    if i >= 3 and sequence[i - 2] in _FROM_PHRASE:
        nouns.append(sequence[i - 3])
    return stem(words[after]) in map(stem, nouns)


# A named owner and what is theirs: "Friedrich's death", "Anna's appointment".
_NAMED_OWNER = re.compile(r"\b([A-Z][\w-]*)['\u2019]s\s+([a-z][\w-]*)")


def only_anothers(acts: set[str], names: frozenset[str], text: str) -> bool:
    """Whether `text` tells the asked act (`acts`: its stems and their concepts' words)
    only as another's: "in what year did Margarethe die" against "After Friedrich's death
    in 1921 the company was run by his daughter, Margarethe" (`names`: the question's
    names' words)."""
    owned = [
        stem(normalize(thing))
        for owner, thing in _NAMED_OWNER.findall(text)
        if owner.lower() not in _CONTRACTED and normalize(owner) not in names
    ]
    others = [thing for thing in owned if thing in acts]
    return bool(others) and sum(stem(w) in acts for w in normalize(text).split()) == len(others)
