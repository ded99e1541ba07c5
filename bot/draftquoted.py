"""Quoted titles with "and" or "&" in them, which a run of capitalised words breaks.

A name is found as a run of capitalised words, and "and" ends it: "Talia Brennock and
Osgood Ferrante" are two people. Inside quotes in film news, though, the whole is one
title: '"Marrow & Moss" collected $5.1 million', '"Ironwake II: Salt and Steel"'. The
draft keeps that whole title as one film, in place of the piece a run found ("Ironwake
II: Salt").
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Entity, EntityKind
from bot.text import normalize
from bot.titles import title_aliases, without_article

_CAPITALISED = r"(?:[A-Z][\w'\u2019.-]*|\d+)"
# Small words a title may hold between its capitalised ones.
_SMALL = r"(?:of|the|and|&|in|on|at|to|for|a|an)"
_QUOTED_TITLE = re.compile(
    rf"[\"\u201c]({_CAPITALISED}(?:(?:\s*[:\-\u2013]\s*|\s+{_SMALL}\s+|\s+){_CAPITALISED})+)"
    r"[,.!?]?[\"\u201d]"
)
_JOINED = re.compile(r"\s(?:and|&)\s")
# A quote this long is a line of speech, not a title.
MAX_TITLE_WORDS = 8


def whole_titles(entities: list[Entity], text: str) -> list[Entity]:
    """`entities` with each quoted title joined by "and" or "&" as one film: a film whose
    name is the title's start becomes the whole title; a title no entity starts is a new
    film. A film whose name is the run after the "&" ("Crow: The Lost Lagoon" of "Kettle
    & Crow: The Lost Lagoon") is dropped: it would take the whole title's aliases."""
    out = list(entities)
    for match in _QUOTED_TITLE.finditer(text):
        title = without_article(match.group(1))
        if not _JOINED.search(title) or len(title.split()) > MAX_TITLE_WORDS:
            continue
        key = normalize(title)
        out = [
            e
            for e in out
            if not (e.kind is EntityKind.FILM and key.endswith(" " + normalize(e.name)))
            and not _only_in_titles(e.name, text)
        ]
        if any(normalize(form) == key for e in out for form in (e.name, *e.aliases)):
            continue
        at = next(
            (
                k
                for k, e in enumerate(out)
                if e.kind is EntityKind.FILM and key.startswith(normalize(e.name) + " ")
            ),
            None,
        )
        film = Entity("", EntityKind.FILM, title, tuple(title_aliases(title)))
        if at is None:
            out.append(film)
        else:
            kept = [a for a in out[at].aliases if a not in film.aliases and a != title]
            out[at] = replace(out[at], name=title, aliases=(*film.aliases, *kept))
    return out


def _only_in_titles(name: str, text: str) -> bool:
    """Whether `name` ("Bramble") stands in `text` only after the "&" or "and" of a title
    ("Brass & Bramble"): a piece of it, not a name of its own."""
    found = re.findall(rf"(?:(&|\band)\s+)?\b{re.escape(name)}\b", text)
    return bool(found) and all(joiner for joiner in found)
