"""Whether a passage opens on another film than the one a question asks about.

A roundup tells of several films, and the draft ties each sentence to the article's film:
'The original "Thornvale," released in 2019, grossed ...', 'Meanwhile "Glenvault," the
studio's most expensive project, has been pushed ...', 'Larkspur's most recent documentary
acquisition, "Northbound," took in $5.8 million'. Such a sentence speaks of the film it
opens on, and answers nothing of another the question names, unless it names that one too.
"""

from __future__ import annotations

import re

from bot.engine import rivals
from bot.engine.index import Index
from bot.engine.premise import Asked
from bot.models import EntityKind, Fact
from bot.text import CAPITAL, normalize

# A passage opening on an earlier film of the series: 'The original "Thornvale," ...', 'The
# 1998 "Hound," directed by ...' (in a story on its reboot).
_OPENS_ON_EARLIER = re.compile(
    r"\W*(?:the|its)\s+(?:original|first|previous|earlier|(?:19|20)\d\d)\b", re.I
)
# ... and, with a film's noun, a passage naming no film: "The original film ... opened"
EARLIER_FILM = re.compile(_OPENS_ON_EARLIER.pattern + r"\s+(?:film|movie|picture)\b", re.I)
# ... or on a quoted title, the draft's film or not: 'Meanwhile "Glenvault," the studio's
# most expensive project, has been pushed ...'
# (a title's words are capitalised: not a quotation, '"We will be back," said X')
_TITLE_WORD = rf"(?:{CAPITAL}[\w'\u2019:-]*|\d+)"
_OPENS_ON_A_TITLE = re.compile(
    r"(?:(?:Meanwhile|Elsewhere|Separately|Also|Similarly),?\s+)?[\"\u201c]"
    rf"{_TITLE_WORD}(?:\s+(?:(?:of|the|and|a|an|in|on|at|to|for)\s+)*{_TITLE_WORD}){{0,6}}"
    r",?[\"\u201d]"
)
# A question's words asking of an earlier film itself.
_EARLIER = rivals.EARLIER_ASKED | {"predecessor"}
# What a sentence may say of a film before its name: "The spy thriller The Tepsel Affair"
_DESCRIBED = re.compile(r"\W*(?:The|A|An)\s+(?:[a-z][\w-]*\s+){1,3}(?:[Tt]he\s+)?")
# ... and an owner's words for a film before its quoted title: 'Larkspur's most recent
# acquisition, "Northbound,"'
_OWNED = re.compile(r"\W*[A-Z][\w-]*['\u2019]s\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,\s+")


def opens_on_another(index: Index, fact: Fact) -> bool:
    """Whether a passage opens on an earlier film ('The original "Thornvale," ...') or on
    a film it names ("Salt and Shadow grossed $612 million"): of that one, not the
    article's."""
    if _OPENS_ON_EARLIER.match(fact.answer) or _OPENS_ON_A_TITLE.match(fact.answer):
        return True
    owned = _OWNED.match(fact.answer)
    if owned and _OPENS_ON_A_TITLE.match(fact.answer[owned.end() :]):
        return True  # 'Larkspur's latest acquisition, "Northbound," took in ...'
    described = _DESCRIBED.match(fact.answer)
    rest = fact.answer[described.end() :] if described else fact.answer
    openings = {normalize(fact.answer) + " ", normalize(rest) + " "}
    return any(
        opening.startswith(normalize(name) + " ")
        for opening in openings
        for e in fact.entities
        if (film := index.entities.get(e)) is not None and film.kind is EntityKind.FILM
        for name in (film.name, *film.aliases)
    )


def earlier_of_the_unnamed(question: Asked, fact: Fact) -> bool:
    """Whether a passage opens on an earlier film ('The first "Wenvarden," which opened in
    December 2024') and the question, naming no film, asks of no earlier one."""
    # (nor a film by its number or its place in the series: "the 98 one", "the second film")
    numbered = any(w[:1].isdigit() for w in question.words)
    asks_earlier = not _EARLIER.isdisjoint(question.words) or numbered
    return bool(_OPENS_ON_EARLIER.match(fact.answer)) and not asks_earlier


def names_none(film_names: frozenset[str], passage: str) -> bool:
    """Whether a question names films (`film_names`, see `films.other_names`) and
    `passage` names none of them."""
    said = f" {normalize(passage)} "
    return bool(film_names) and not any(f" {name} " in said for name in film_names)
