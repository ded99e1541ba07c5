"""What an article says a name is, which outweighs what the name looks like: "The
Westerleigh Consort is a professional chamber choir" makes a name shaped like a person's
("Westerleigh Consort") an organisation's, and "Ravensholt Magna is a village" a place's;
"from Arthur Vennick, a surveyor" keeps a person's name a person's after "from".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.draftwords import INSTITUTION_HEADS, PLACE_HEADS
from bot.models import Entity, EntityKind
from bot.text import common_words

# Nouns that say a body of people is meant, beside the institutions a name may end on
# (choirs, bands, companies: `INSTITUTION_HEADS`).
_BODIES = frozenset(
    "consort firm charity society partnership cooperative co-operative troupe group team side".split()
)
# Nouns that say a settlement or a stretch of land is meant.
_SETTLEMENTS = frozenset(
    "town village hamlet city parish suburb borough settlement township municipality".split()
)
# What each defining noun makes the name.
DEFINED_KINDS: tuple[tuple[frozenset[str], EntityKind], ...] = (
    (_SETTLEMENTS | PLACE_HEADS, EntityKind.PLACE),
    (_BODIES | INSTITUTION_HEADS, EntityKind.ORG),
)
# Nouns for someone by their work, which make a name a person's when no noun above is
# meant: these, and those with an agent's ending ("a surveyor", "a novelist", "a
# historian"; "a manager", "a writer", whose "-er" follows a verb: no "shelter").
PERSON_NOUNS = frozenset(
    """analyst playwright poet author actress critic spokesman spokeswoman spokesperson
    executive chief artist architect journalist photographer chef
    daughter son wife husband widow mother father brother sister child girl boy""".split()
)
# Words ending as agents do that are none: "a former coal-mining village".
NOT_AGENTS = frozenset("former other upper lower inner outer latter rather".split())
AGENT_ENDINGS = ("or", "ist", "ian")
VERB_AGENT_ENDINGS = ("er", "r")  # "manag-er", "write-r"
MIN_BASE = 3
# Which kinds a definition may change, and to what: a name shaped like a person's may be
# a body's or a place's; a two- or three-word name read as a place after "from" may be a
# person's.
CHANGEABLE = {
    EntityKind.PERSON: (EntityKind.ORG, EntityKind.PLACE),
    EntityKind.PLACE: (EntityKind.PERSON,),
}
# Where the noun phrase after "is a" ends: its head is the word before.
_PHRASE_ENDS = frozenset(
    """of in on at for from with by and or that which who whose based founded formed located
    the its his her their this these those""".split()
)
# How many words the noun phrase may have: "a professional chamber choir".
PHRASE_WORDS = 5


def defined_kinds(entities: Sequence[Entity], text: str) -> list[Entity]:
    """`entities`, each that `text` defines as another kind (see `CHANGEABLE`) kinded as
    that instead: "X is a chamber choir", "X was a mining village", "X, a surveyor"."""
    return [
        replace(e, kind=kind)
        if (kind := _defined_as(e.name, text)) in CHANGEABLE.get(e.kind, ())
        and (e.kind is not EntityKind.PLACE or len(e.name.split()) in (2, 3))
        else e
        for e in entities
    ]


def _defined_as(name: str, text: str) -> EntityKind | None:
    """The kind the first definition of `name` in `text` gives it: the kind of the last
    word of its noun phrase that has one ("a water tower"), up to a participle after one
    ("a surveyor working for", "a playwright making her first studio feature")."""
    pattern = rf"\b{re.escape(name)}(?:,\s+|\s+(?:is|was)\s+)(?:a|an)\s+((?:[\w'-]+\s*){{1,{PHRASE_WORDS}}})"
    for match in re.finditer(pattern, text):
        kind = None
        for word in re.findall(r"[\w'-]+|[^\w\s]", match.group(1)):
            if not re.fullmatch(r"[\w'-]+", word) or word.lower() in _PHRASE_ENDS:
                break
            if kind is not None and word.endswith(("ing", "ed")):
                break
            kind = _noun_kind(word) or kind
        if kind is not None:
            return kind
    return None


def _noun_kind(word: str) -> EntityKind | None:
    """The kind of name `word` (as written) defines: none for a capitalised one ("a
    Georgian mansion")."""
    if not word.islower():
        return None
    kind = next((k for nouns, k in DEFINED_KINDS if word in nouns), None)
    if kind is None and (word in PERSON_NOUNS or _agent(word)):
        return EntityKind.PERSON
    return kind


def _agent(word: str) -> bool:
    if word in NOT_AGENTS:
        return False
    if word.isalpha() and word.endswith(AGENT_ENDINGS):
        return True
    common = common_words()
    return any(
        word.endswith(e) and len(word) - len(e) >= MIN_BASE and word[: -len(e)] in common
        for e in VERB_AGENT_ENDINGS
    )
