"""Where a sentence names an entity: at its opening, its subject most likely, or only as
an owner ("Hugo's daughter"), which a pronoun after it is about less than the one owned."""

from __future__ import annotations

import re

from bot.models import Entity


def opens(sentence: str, entity: Entity) -> bool:
    """Whether the sentence opens on the entity's name: its subject, most likely ('The
    first "Gallowglass," adapted from ...' opens on the series' first film)."""
    opening = _OPENING_ORDINAL.sub("", sentence.lstrip("\"\u201c'\u2018").removeprefix("The "))
    opening = opening.lstrip("\"\u201c'\u2018").casefold()
    return any(opening.startswith(name.casefold()) for name in (entity.name, *entity.aliases))


_OPENING_ORDINAL = re.compile(r"^(?:first|original|second|third|new|latest) ")


def only_owner(sentence: str, entity: Entity) -> bool:
    """Whether the sentence names `entity` only as an owner ("Hugo's daughter"), whom a
    "she" after it is about less than the one owned."""
    names = "|".join(re.escape(n) for n in sorted((entity.name, *entity.aliases), key=len)[::-1])
    said = [m.end() for m in re.finditer(rf"\b(?:{names})\b", sentence)]
    return bool(said) and all(sentence[end : end + 2] in ("'s", "\u2019s") for end in said)
