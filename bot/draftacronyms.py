"""Acronyms in an article: the initials a name gives itself ("the Health Workers' Union
(HWU)") make it a body's name, and a lone acronym ("SR 99" where the article says "State
Route 99") is an alias of the name it abbreviates, not an entity of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.models import Entity, EntityKind

_ACRONYM = re.compile(r"([A-Z]{2,})(?:\s+(\d+))?")

# The initials a name gives itself right after it: "the Health Workers' Union (HWU)".
_GIVEN_ACRONYM = re.compile(r"\s*\(([A-Z]{2,})\)")


def acronym_kind(words: Sequence[str], after: str) -> EntityKind | None:
    """An organisation, when a capitalised phrase of common words (`words`) is followed by
    its own initials in brackets (`after`): "the National Farmers Union (NFU)" names a
    body, though none of its words does."""
    given = _GIVEN_ACRONYM.match(after)
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return EntityKind.ORG if given and len(words) > 1 and given[1] == initials else None


def merge_acronyms(entities: list[Entity]) -> list[Entity]:
    """ "SR 99" in an article that says "State Route 99" is an alias of it, not an entity."""
    by_initials: dict[tuple[str, str], int] = {}
    for index, entity in enumerate(entities):
        words = entity.name.split()
        number = words[-1] if words and words[-1].isdigit() else ""
        title = [w for w in (words[:-1] if number else words) if w[:1].isupper()]
        if len(title) >= 2:
            initials = "".join(w[0] for w in title)
            by_initials.setdefault((initials, number), index)
    merged: dict[int, list[str]] = {}
    keep: list[int] = []
    for index, entity in enumerate(entities):
        match = _ACRONYM.fullmatch(entity.name)
        target = by_initials.get((match.group(1), match.group(2) or "")) if match else None
        if target is None or target == index:
            keep.append(index)
        else:
            merged.setdefault(target, []).append(entity.name)
    out = []
    for index in keep:
        entity = entities[index]
        if index in merged:
            aliases = tuple(dict.fromkeys([*entity.aliases, *merged[index]]))
            entity = replace(entity, aliases=aliases)
        out.append(entity)
    return out
