"""Whom "he" or "she", and what "the school", means in a question that names no one and
follows no conversation.

A reader of a biography asks "where's he from?" of its subject. The subject is the one
person the drafted passages are about far more often than anyone else; in a store of
many articles, or of curated facts, no one is, and "he" stays unresolved. A conversation
comes first: `bot.chat.followup` puts the last person talked about in the pronoun's
place before the engine sees the question, so this fills only what it could not.

A reader of a reference article asks "when was the school formed?" of the institution it
defines ("Harvard is the United States' oldest institution of higher learning") in the
same way: a question naming nothing that says "the" and a noun of one concept with the
defined one is about it (`with_thing`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from bot import biography
from bot.concepts import Concepts
from bot.engine import defined
from bot.engine.parse import ParsedQuestion
from bot.models import Entity, EntityKind, Fact
from bot.text import PERSON_PRONOUNS, normalize, stem

if TYPE_CHECKING:
    from bot.engine.index import Index


def article_subject(
    facts: Sequence[Fact],
    entities: Mapping[str, Entity],
    subjects: Mapping[defined.Article, str],
) -> str | None:
    """The person the drafted passages are about, if one clearly is; else the one the
    newest article defines, if it is a person's biography ("Wenna Xarrow is a director
    ..."; `subjects`, the index's defined subjects by article): the one a reader asking
    "what was her first feature" has just read of."""
    passages = [f for f in facts if f.passage]
    found = biography.main_person([f.entities for f in passages], entities)
    if found is not None or not passages:
        return found
    newest = max((defined.article_of(f) for f in passages), key=_by_date)
    name = _person_defined(subjects.get(newest, ""))
    if not name:
        return None
    return next(
        (e.id for e in entities.values() if e.kind is EntityKind.PERSON and e.name == name), None
    )


def with_subject(
    parsed: ParsedQuestion, subject: str | None, entities: Mapping[str, Entity]
) -> ParsedQuestion:
    """`parsed` about `subject` when it says "he" or "she" and names no person."""
    if subject is None or PERSON_PRONOUNS.isdisjoint(parsed.words):
        return parsed
    if any(entities[e].kind is EntityKind.PERSON for e in parsed.entities if e in entities):
        return parsed
    return replace(parsed, entities=(*parsed.entities, subject))


def pronoun_person_words(parsed: ParsedQuestion, index: Index, fact: Fact) -> frozenset[str]:
    """The words of the name of the person a question's "he" or "she" stands for (not one
    it names): what "who was her flying instructor" already knows, as its own names. With
    no one resolved, a biography's passage takes it for the biography's subject."""
    if PERSON_PRONOUNS.isdisjoint(parsed.words):
        return frozenset()
    mentioned = {m.entity_id for m in parsed.mentions}
    for e in parsed.entities:
        entity = index.entities.get(e)
        if e not in mentioned and entity is not None and entity.kind is EntityKind.PERSON:
            return frozenset(normalize(entity.name).split())
    if any(index.kind(e) is EntityKind.PERSON for e in parsed.entities):
        return frozenset()
    defined_as = index.subjects.get(defined.article_of(fact), "") if fact.passage else ""
    return frozenset(normalize(_person_defined(defined_as)).split())


def _person_defined(subject: str) -> str:
    """The name of the person a biography defines (`subject`: "Wenna Xarrow director"),
    or "" when it defines no person."""
    name = defined.proper_name(subject)
    return "" if defined.PERSON_HEADS.isdisjoint(subject[len(name) :].split()) else name


def article_things(
    entities: Mapping[str, Entity], subjects: Mapping[defined.Article, str]
) -> tuple[tuple[str, str], ...]:
    """The things reference articles define and the nouns they are ("harvard",
    "institution" of "Established ..., Harvard is the United States' oldest institution
    of higher learning"): what a reader asking "when was the school formed" has read of."""
    by_name = {
        normalize(e.name): e.id for e in entities.values() if e.kind is not EntityKind.PERSON
    }
    found: list[tuple[str, str]] = []
    for subject in subjects.values():
        name = defined.proper_name(subject)
        heads = subject[len(name) :].split()  # "Ubbleton town parish": a town and a parish
        if heads and defined.PERSON_HEADS.isdisjoint(heads) and normalize(name) in by_name:
            found.extend((by_name[normalize(name)], head) for head in heads)
    return tuple(found)


# Words before a noun that make it one thing already known: "the school", "its library".
_DEFINITE = frozenset("the its".split())


def with_thing(
    parsed: ParsedQuestion,
    things: Sequence[tuple[str, str]],
    concepts: Concepts,
    entities: Mapping[str, Entity],
) -> ParsedQuestion:
    """`parsed` about an article's thing when it names nothing and says "the school" of
    the one thing defined as an "institution" (a word of one concept with its noun)."""
    if not things or parsed.entities:
        return parsed
    nouns = {stem(b) for a, b in pairwise(parsed.words) if a in _DEFINITE}
    meant = {
        (e, noun)
        for e, head in things
        for noun in nouns
        if noun == head or noun in concepts.mates(head)
    }
    if len({e for e, _ in meant}) != 1 or _in_a_name(parsed.words, meant, entities):
        return parsed
    entity, noun = min(meant)
    owner = stem(normalize(entities[entity].name).split()[-1])
    return replace(parsed, entities=(entity,), owner_named=(noun, owner))


def _in_a_name(
    words: Sequence[str], meant: set[tuple[str, str]], entities: Mapping[str, Entity]
) -> bool:
    """Whether the question's noun for the thing opens a name with the word after it:
    "the town council" is the Zaffelford Town Council, not the town."""
    nouns = {noun for _, noun in meant}
    pairs = {f"{a} {b}" for a, b in pairwise(words) if stem(a) in nouns}
    names = (f" {normalize(e.name)} " for e in entities.values())
    return bool(pairs) and any(f" {pair} " in name for name in names for pair in pairs)


def _by_date(article: defined.Article) -> tuple[str, str]:
    """An article's date, then its file: the newest sorts last (an undated one first)."""
    file, date = article
    return date or "", file
