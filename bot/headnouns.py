"""The ordinary noun a name may be called by alone: "the park" for "Lindholm Park".

`bot.coref` reads "the park" back to the park named just before it, or to the thing an
article is about ("the railway", far below the headline "Ashcombe Valley Railway").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot.models import Entity, EntityKind
from bot.text import GLUE

# Heads too general to point to one name: "the first", "the city of X", "the year".
_TOO_GENERAL = frozenset("first second city state year day time way part people".split())
# The nouns any company may be called by: a studio named just before is "the studio".
_COMPANY_NOUNS = frozenset("studio studios pictures films entertainment media animation".split())


def head_named(found: Sequence[str], head: str, entities: Mapping[str, Entity]) -> bool:
    """Whether one of `found` (named just before) is also called "the `head`", or is
    another company (`other_company`)."""
    heads = {head_noun(entities[e]) for e in found}
    return head in heads or other_company(found, head, entities)


def other_company(found: Sequence[str], head: str, entities: Mapping[str, Entity]) -> bool:
    """Whether `head` is a company's noun and one of `found` is a company called by
    another: "talks with Gulvard Pictures stalled when the studio ..." is Gulvard's
    studio, not Hunvmark Studios'."""
    heads = {head_noun(entities[e]) for e in found} - {head}
    return head in _COMPANY_NOUNS and not _COMPANY_NOUNS.isdisjoint(heads)


def described_head(sentence: str, head: str) -> bool:
    """Whether `sentence` says "the <head>" with at most one lower-case word between:
    "the railway tunnel" after "the Sornau Tunnel opened in 1907"."""
    return re.search(rf"\b[Tt]he (?:[a-z][\w-]* )?{re.escape(head)}\b", sentence) is not None


def head_noun(entity: Entity) -> str | None:
    """The last word of a name of two or more words ("park" of "Lindholm Park"), when
    it is an ordinary noun a sentence may use alone for it."""
    words = entity.name.split()
    if len(words) < 2 or entity.kind in (EntityKind.PERSON, EntityKind.ROLE):
        return None
    head = words[-1].lower()
    if not head.isalpha() or head in GLUE or head in _TOO_GENERAL:
        return None
    return head
