"""Whom "he" or "she" means in a question that names no one and follows no conversation.

A reader of a biography asks "where's he from?" of its subject. The subject is the one
person the drafted passages are about far more often than anyone else; in a store of
many articles, or of curated facts, no one is, and "he" stays unresolved. A conversation
comes first: `bot.chat.followup` puts the last person talked about in the pronoun's
place before the engine sees the question, so this fills only what it could not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot import coref
from bot.engine.parse import ParsedQuestion
from bot.models import Entity, EntityKind, Fact
from bot.text import PERSON_PRONOUNS


def article_subject(facts: Sequence[Fact], entities: Mapping[str, Entity]) -> str | None:
    """The person the drafted passages are about, if one clearly is."""
    return coref.main_person([f.entities for f in facts if f.passage], entities)


def with_subject(
    parsed: ParsedQuestion, subject: str | None, entities: Mapping[str, Entity]
) -> ParsedQuestion:
    """`parsed` about `subject` when it says "he" or "she" and names no person."""
    if subject is None or PERSON_PRONOUNS.isdisjoint(parsed.words):
        return parsed
    if any(entities[e].kind is EntityKind.PERSON for e in parsed.entities if e in entities):
        return parsed
    return replace(parsed, entities=(*parsed.entities, subject))
