"""Whom a passage opening on "he" or "she" means.

`facts build` reads a pronoun back to the person an earlier sentence named (`bot.coref`)
and tags the passage with them. A fan reading "She posted a photo of the whiteboard"
alone cannot tell who posted it, and the premise check finds no name in it for "who
posted ...": both read the passage with the person's name beside the pronoun. So
with a surname standing for a full name, or a body's short name for its whole one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.engine import defined, epithets, reckoned
from bot.models import EntityKind, Fact
from bot.text import normalize, stem

if TYPE_CHECKING:
    from bot.engine.index import Index, IndexEntry
    from bot.engine.premise import Asked

# The pronouns a passage may open on for a person it does not name.
PRONOUNS = frozenset({"He", "She"})


# Words that set another person beside the one a pronoun means: "since Penrose", "than X".
_SET_BESIDE = "(?:since|than|after|before|like|unlike|with|from|to|by|succeeding|replacing)"


def referent(index: Index, fact: Fact) -> str | None:
    """The name of the one person a passage opening on a pronoun is tagged with but does
    not name; None when it opens otherwise, or tags none or several such."""
    if not fact.passage or fact.answer.split(" ", 1)[0] not in PRONOUNS:
        return None
    written = fact.answer.casefold()
    unnamed = [
        entity.name
        for e in fact.entities
        if (entity := index.entities.get(e)) is not None
        and entity.kind is EntityKind.PERSON
        and not any(n.casefold() in written for n in (entity.name, *entity.aliases))
        # "She is the first woman to lead it since Penrose": not Penrose herself (but
        # "She had been engaged ..., but ... Tenterden was promoted" is Tenterden)
        and re.search(rf"\b{_SET_BESIDE} {re.escape(entity.name.split()[-1])}\b", fact.answer)
        is None
    ]
    return unnamed[0] if len(unnamed) == 1 else None


def _by_surname(index: Index, fact: Fact) -> str | None:
    """The full name of the one person a passage opens on by a shorter name of theirs and
    names no more fully: "Rastrick (Quillan Rastrick) is the only actor ..."."""
    if not fact.passage:
        return None
    first = fact.answer.split(" ", 1)[0]
    if opened := _OPENING_NAME.match(fact.answer):
        first = opened[1]  # "Sollholm, 44, takes over"
    written = fact.answer.casefold()
    full = {
        entity.name
        for e in fact.entities
        if (entity := index.entities.get(e)) is not None
        and entity.kind is EntityKind.PERSON
        and (first in entity.aliases or first == entity.name.split()[-1])
        and entity.name.casefold() not in written
    }
    return full.pop() if len(full) == 1 else None


# A name opening a passage before a comma: "Vosk, 44, takes over" (news gives the age
# beside the name), "Ismert, best known for ..., replaces ...".
_OPENING_NAME = re.compile(r"^([A-Z][\w'-]*)(?:, \d{1,2})?,")


def as_named(index: Index, fact: Fact) -> str:
    """The passage with its opening pronoun's person named: "She (Imre Salvatec) posted";
    or its opening surname: "Rastrick (Quillan Rastrick) is ...";
    or the reference article's subject its opening noun means: "The club (Nimrow
    Athletic Football Club) was founded in 1894"."""
    opening = 1
    name = referent(index, fact) or _by_surname(index, fact)
    if name is None:
        opening, name = 2, defined.referred_as_the(index.subjects, fact)
    if name is None:
        return fact.answer
    if opening == 1 and (opened := _OPENING_NAME.match(fact.answer)):  # "Vosk (Lena Vosk), 44,"
        return f"{opened[1]} ({name}){fact.answer[len(opened[1]) :]}"
    words = fact.answer.split(maxsplit=opening)
    return " ".join([*words[:opening], f"({name})", *words[opening:]])


def by_full_name(index: Index, fact: Fact, text: str) -> str:
    """`text` (the passage as named so far) with a person it calls by a surname only
    further on named in full after that surname's first use: "the first feature film
    directed by Ostrane (Lidia Ostrane)". Only a surname one person tagged has."""
    written = text.casefold()
    full: dict[str, list[str]] = {}
    for e in fact.entities:
        entity = index.entities.get(e)
        if entity is None or entity.kind is not EntityKind.PERSON or " " not in entity.name:
            continue
        if not all(w[:1].isupper() for w in entity.name.split()):
            continue  # "Skirmant the Yelmari": an epithet, no surname
        if entity.name.casefold() not in written:
            full.setdefault(entity.name.split()[-1], []).append(entity.name)
    for surname, names in full.items():
        used = next((m for m in _uses(surname, text) if _alone(text, m.start(), m.end())), None)
        if len(names) == 1 and used is not None and used.start() > 0:
            text = f"{text[: used.end()]} ({names[0]}){text[used.end() :]}"
    return text


def _uses(surname: str, text: str) -> list[re.Match[str]]:
    """Where `text` writes `surname` as a word of its own (not "Ostrane's", nor opening a
    quoted name: the ordinance "often called the "Stamsund rule"")."""
    return list(re.finditer(rf"(?<![\w'\"\u201c-]){re.escape(surname)}\b(?!['\u2019-])", text))


def _alone(text: str, at: int, end: int) -> bool:
    """Whether the word from `at` to `end` stands without a capitalised word before or
    after it, which would make it part of another name ("Paula Ostrane", "the Head
    Battery"), or "née", which makes it the maiden name of the one the sentence is about
    ("Ada Vane (née Pellingham; 3 April 1831 -"), nor after "the", which makes it a
    place's or a thing's ("the Gloppen and Hornindal valleys")."""
    before, after = text[:at].split()[-1:], text[end:].split()[:1]
    if after and (after[0][:1].isupper() or after[0] == "&") and text[end : end + 1] == " ":
        return False  # ("Rookwith & Ashbrine Water": a firm's name)
    if before == ["the"]:
        return False  # "the Gloppen and Hornindal valleys": a place's name, no one's
    return not before or not (before[0][:1].isupper() or before[0].strip("(") in _MAIDEN)


_MAIDEN = frozenset({"née", "nee"})


def as_read(index: Index, fact: Fact) -> str:
    """The passage as a fan reads it alone: its opening's person or subject named
    (`as_named`), a person called by a surname further on named in full
    (`by_full_name`), and a year it reckons from the sentence before written out
    (`bot.engine.reckoned`): "Two years later (1989) the lighthouse was automated"."""
    named = as_named(index, fact)
    return reckoned.dated(index, fact, by_full_name(index, fact, named) if fact.passage else named)


def full_name_words(index: Index, entry: IndexEntry) -> list[str]:
    """The words of the full names of the people a passage is about ("Wabenfeld defeated"
    is General Konrad Wabenfeld), and those a body's name has beyond the passage's words
    ("Thurgarton Vale wants" is Thurgarton Vale Studios, a studio)."""
    said = normalize(entry.fact.answer).split()
    return [
        w
        for e in entry.entities
        if (kind := index.kind(e)) in (EntityKind.PERSON, EntityKind.ORG)
        for w in normalize(index.entities[e].name).split()
        if kind is EntityKind.PERSON or (w not in said and w not in _WORKS_TOO)
    ]


def people_words(index: Index, entry: IndexEntry, question: Asked) -> list[str]:
    """`full_name_words`, and what the article calls the people (`epithets`) as the
    question describes someone by it: "the actress" of "to wait for Sabine", when another
    sentence says "actress Sabine X" (not what it asks for: "which actress", "who wrote")."""
    called = [
        w
        for w in epithets.of_people(index, entry)
        if w in question.words and stem(w) not in question.heads
    ]
    return [*full_name_words(index, entry), *called]


# A trade's ending that also names works: "Cobblestone Pictures" says no "pictures", which
# a franchise's own words may make a social post's.
_WORKS_TOO = frozenset({"pictures", "films"})
