"""Quoted titles that a run of capitalised words breaks: with "and" or "&" in them, or
small words a name does not hold ("of the", "at", "to").

A name is found as a run of capitalised words, and "and" ends it: "Talia Brennock and
Osgood Ferrante" are two people. Inside quotes in film news, though, the whole is one
title: '"Marrow & Moss" collected $5.1 million', '"Ironwake II: Salt and Steel"',
'"Saints of the Marsh" premiered'. The draft keeps that whole title as one film, in place
of the piece a run found ("Ironwake II: Salt", "Marsh").
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Entity, EntityKind
from bot.text import CAPITAL, normalize
from bot.titles import title_aliases, without_article

# A capitalised word of a title, a hyphen inside it only before a small letter or a digit
# ("Mid-century", "X-2"; "Ab-Ab" is two words), so a title is read one way, not in
# exponentially many.
_CAPITALISED = rf"(?:{CAPITAL}[\w'\u2019.]*(?:-[a-z\d][\w'\u2019.]*)*|\d+)"
_WORD = rf"{CAPITAL}[\w'\u2019-]*"  # one capitalised word, not past a full stop
# Small words a title may hold between its capitalised ones.
_SMALL = r"(?:of|the|and|&|in|on|at|to|for|a|an)"
_QUOTED_TITLE = re.compile(
    rf"[\"\u201c]({_CAPITALISED}(?:(?:\s*[:\-\u2013]\s*|(?:\s+{_SMALL})+\s+|\s+){_CAPITALISED})+)"
    r"[,.!?]?[\"\u201d]"
)
# Joins a run of capitalised words cannot cross: "and", "&", two small words in a row
# ("of the"), or a small word other than the "of" and "the" a name may hold.
_BREAKING = re.compile(rf"\s(?:and|&)\s|\s{_SMALL}\s+{_SMALL}\s|\s(?:in|on|at|to|for|a|an)\s")
# A quote this long is a line of speech, not a title.
MAX_TITLE_WORDS = 8


def whole_titles(entities: list[Entity], text: str) -> list[Entity]:
    """`entities` with each quoted title a run breaks (`_BREAKING`) as one film: a film
    whose name is the title's start becomes the whole title; a title no entity starts is
    a new film. A film whose name is the run after the break ("Crow: The Lost Lagoon" of
    "Kettle & Crow: The Lost Lagoon") is dropped: it would take the whole title's
    aliases; so is a name the article writes only inside the title ("Marsh")."""
    out = list(entities)
    for match in _QUOTED_TITLE.finditer(text):
        title = without_article(match.group(1))
        if not _BREAKING.search(title) or len(title.split()) > MAX_TITLE_WORDS:
            continue
        key = normalize(title)
        out = [
            e
            for e in out
            if not (e.kind is EntityKind.FILM and key.endswith(" " + normalize(e.name)))
            and not _only_in_title(e.name, title, text)
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
    out = [_with_and_subtitle(e, text) if e.kind is EntityKind.FILM else e for e in out]
    # ... and "Cinder" of "Salt and Cinder grossed ..." is no name of its own
    joined = [a for e in out if e.kind is EntityKind.FILM for a in e.aliases if " and " in a]
    return [e for e in out if not any(_only_in_title(e.name, t, text) for t in joined)]


def _with_and_subtitle(film: Entity, text: str) -> Entity:
    """`film` ("Tuvessa: Salt") with the rest of an unquoted subtitle "and" broke off
    ("the second film, Tuvessa: Salt and Shadow."), when the article also writes the
    whole subtitle on its own ("Salt and Shadow grossed $612 million"); "Tuvessa: Salt
    and Tuvessa: Ash" stays two films."""
    series, colon, subtitle = film.name.partition(": ")
    if not colon:
        return film
    rest = re.search(rf"\b{re.escape(film.name)} and ({_WORD}(?: {_WORD})?)\b(?![:\w])", text)
    if rest is None:
        return film
    whole = f"{subtitle} and {rest[1]}"
    alone = re.sub(re.escape(f"{series}: {whole}"), " ", text)
    if re.search(rf"\b{re.escape(whole)}\b", alone) is None:
        return film
    title = f"{series}: {whole}"
    kept = [a for a in film.aliases if normalize(a) != normalize(subtitle)]
    return replace(film, name=title, aliases=(*title_aliases(title), *kept))


def _only_in_title(name: str, title: str, text: str) -> bool:
    """Whether `name` ("Bramble", "Marsh") stands in `text` only inside `title` ("Brass
    & Bramble", "Saints of the Marsh"): a piece of it, not a name of its own."""
    piece, whole = normalize(name), normalize(title)
    if piece == whole or f" {piece} " not in f" {whole} ":
        return False  # not a piece of this title ("Bramble: The Copper Tide" of "Brass & Bramble")
    outside = re.sub(re.escape(title), " ", text)
    return re.search(rf"\b{re.escape(name)}\b", text) is not None and (
        re.search(rf"\b{re.escape(name)}\b", outside) is None
    )
