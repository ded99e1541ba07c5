"""Another person of the same surname: "what was the cause of Ingrid Sorvaer's death" is
not answered by "Erling Sorvaer died of typhoid", nor "in what year did Jakob Mosfell die"
by "Anton Mosfell died in 1926, and Jakob, who became sole managing director, ...". Kin
share a surname, and a passage may say "she" of the one asked, so neither is read so.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.concepts import Concepts
from bot.draftnames import HONORIFICS
from bot.engine import owners
from bot.text import common_words, normalize, stem

if TYPE_CHECKING:
    from bot.engine.premise import Asked

_PERSONS = frozenset("he she".split())


def another_of_the_name(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    """Whether the passage (as written, and its normalized `words`) writes the surname of
    the person the question names in full only after other given names: "what was the
    cause of Ingrid Sorvaer's death" against "Erling Sorvaer died of typhoid"."""
    if not _PERSONS.isdisjoint(words) or not owners.KIN.isdisjoint(question.sequence):
        # "She married the architect Jon Hareidsen": she may be the one asked; and kin
        # share a surname ("who was Matthias Kellvar's wife": "his wife Ada Kellvar")
        return False
    pairs = [
        (given, surname)
        for given, surname in pairwise(question.sequence)
        if {given, surname} <= question.names
        and surname not in common_words()  # (a person's: not "Clashnessie Abbey")
        and _unnamed_before_the_act(question, given, words)
    ]
    if not pairs:
        return False  # (most questions: the passage's capitals are not read)
    given_names = {
        normalize(w)
        for w in re.findall(r"\b[A-Z][a-z]+", text)
        if w.lower() not in common_words() and w.lower() not in HONORIFICS  # ("Dr Svinoy")
    }
    for given, surname in pairs:
        said = [i for i, w in enumerate(words) if w == surname]
        if said and all(i and words[i - 1] in given_names - {given} for i in said):
            return True
    return False


def _unnamed_before_the_act(question: Asked, given: str, words: list[str]) -> bool:
    """Whether the passage has the asked `given` name only after the life event the
    question asks of, if at all: "Anton Mosfell died in 1926, and Jakob, who ..." tells no
    death of Jakob."""
    if given not in words:
        return True
    if _LIFE_EVENTS.isdisjoint(map(stem, question.sequence)):
        return False
    acts = [i for i, w in enumerate(words) if stem(w) in _LIFE_EVENTS]
    return bool(acts) and all(i > acts[0] for i, w in enumerate(words) if w == given)


_LIFE_EVENTS = frozenset(map(stem, "die died death born birth married buried killed".split()))
