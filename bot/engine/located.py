"""Whether a passage places the thing a question asks the location of.

"Where is the Galaxy Public School located?" is answered by "... e.g., the Galaxy Public
School in Kathmandu", and "in what country is Normandy located?" by "gave their name to
Normandy, a region in France": a name followed by "in" and a place states where it is,
though the sentence never says "located". Any sentence merely naming the thing does not
("Dukes of Normandy owed homage to the King of France" places nothing), so the name
must stand right before the place, or before a short apposition that does.

Ordinary English read on the sentence as written, where the capitals mark the place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.engine.premise import Asked

# A question's words for "where it is" that a sentence placing the thing seldom repeats.
LOCATED_TERMS = frozenset("locate situate sit lie stand".split())
# How many words an apposition between the name and its place may have: "Petrela, the
# citadel of Mili at the banks of the river Deabolis".
APPOSITION_REACH = 4
# The prepositions that place a thing (not "to" or "from", which move it).
_PLACING = r"(?:in|at|near|outside|on the banks of|on the shores? of|at the mouth of|by)"
# ... and after a verb of being, "on" too: "Marlow Field is on the West Side" places it,
# where "Marlow Field on Monday" need not.
_BEING = r"(?:is|are|was|were|lies|lay|sits|sat|stands|stood)(?:\s+(?:also|now|still))?"
# ... or after a copula's noun: "Gorvenstead is a market town on the River Farle".
_KIND = r"(?:a|an)(?:\s+[\w'’-]+){1,6}?"  # "a market town and civil parish"
_PLACED = rf"(?:{_PLACING}|{_BEING}\s+(?:{_KIND}\s+)?(?:{_PLACING}|on))"
# The place may be a part of a named one: "in south-east Wales", "on the summit of Ormond
# Fell", "in the upper valley of the River Carne", "near the town of Vila Tarrow".
_DIRECTION = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)\s+"
_PART_OF = rf"(?:the\s+)?(?:{_DIRECTION}|(?:[a-z][\w'’-]*\s+){{1,3}}of\s+(?:the\s+)?)?"


# A participle placing what the sentence is about, which says where it "stands" (or
# "lies"): "X is a harbour town on the coast of Tolgarra, lying at the mouth of the River
# Brask", "situated where the River Tarn widens", "located on the eastern bank of".
_LYING_AT = re.compile(rf"\b(?:lying|situated|located)\s+(?:where\b|{_PLACING}\s)")


def written_as_name(word: str) -> str:
    """A pattern for a normalized `word` as a passage writes it in a name: capitalised,
    the rest in any case ("depot" as "Depot", "iii" as "III")."""
    return rf"\b{re.escape(word[0].upper())}(?i:{re.escape(word[1:])})"


@lru_cache(maxsize=4096)  # a question's few name words, asked of each passage read
def _placing(name_word: str, common: bool = False) -> re.Pattern[str]:
    # the asked name's word written as a name (or a common noun's stem as written: "a
    # satellite campus at Port Vessey"), the rest of its name, an optional apposition,
    # then a preposition and a capitalised place: "Depot in Downtown Fresno"
    word = rf"\b{re.escape(name_word)}\w*" if common else written_as_name(name_word)
    return re.compile(
        rf"{word}(?:['’]s?)?(?:\s+[A-Z][\w'’.-]*)*"
        rf"(?:,\s+(?:a|an|the)(?:\s+[\w'’-]+){{1,{APPOSITION_REACH}}}?)?"
        rf"\s+{_PLACED}\s+{_PART_OF}[A-Z]"
    )


def places(names: Iterable[str], passage: str, nouns: Iterable[str] = ()) -> bool:
    """Whether `passage` (as written) puts one of the question's capitalised `names`
    (normalized words), or of its common `nouns` (stems), right before "in" / "at" /
    "near" and a place."""
    return any(_placing(word).search(passage) for word in names if len(word) > 1) or any(
        _placing(noun, common=True).search(passage) for noun in nouns if len(noun) > 1
    )


def without_located(question: Asked, passage: str, said: frozenset[str] = frozenset()) -> Asked:
    """`question` less its "located", when the passage places the asked thing (see
    `places`), by name or as what the passage is about unnamed (`said`, its article's
    subject): the premise check then need not find the word."""
    # the asked thing by its name, or by its kind where the passage names it so: "where
    # is the airport located" of "Marlow Field Airport is on the West Side"
    nouns = set(question.terms) - LOCATED_TERMS
    asked = question.capitals | question.names | nouns | said
    if LOCATED_TERMS.isdisjoint(question.terms) or not (
        places(asked, passage, nouns) or (nouns and _LYING_AT.search(passage))
    ):
        return question  # (a bare "located?" is placed by no "lying at")
    return replace(question, terms=tuple(t for t in question.terms if t not in LOCATED_TERMS))
