"""Which film "the X sequel" means: the one the articles introduce as the sequel.

News about a series calls its subject "the sequel" in the lede ('Orsolan's fantasy sequel
"Ulvenhart Rising" opened to ...') and may go on to a third film dated for later. A fan
asking "who directed the Ulvenhart sequel" means the one introduced as the sequel, not
the newest one named; when no one film is introduced so, the newest is meant
(`films.newest_film`).

"The next X" is the one still to come: of a series' films, the one its number puts last
("Eyrwind 3", or the film named "the third Eyrwind"), where the films are numbered; the
newest report's subject, a sequel just opened, is not next.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.engine import films

if TYPE_CHECKING:
    from bot.engine.index import Index
    from bot.models import Entity

# How many words may stand between "sequel" and the title it introduces: 'the fantasy
# sequel "X"', 'its long-awaited sequel, "X"'.
SEQUEL_REACH = 2


def sequel_film(index: Index, franchise: str) -> str | None:
    """The film of `franchise` "the X sequel" means (see the module's docstring)."""
    introduced = [
        film.id for film in index.names.films_of.get(franchise, ()) if _introduced(index, film)
    ]
    return introduced[0] if len(introduced) == 1 else films.newest_film(index, franchise)


# Words for the film still to come, not the one the news is about (`coming_film`).
COMING = frozenset({"next", "upcoming"})


def coming_film(index: Index, franchise: str, said: str) -> str | None:
    """The film of `franchise` that "the `said` X" means: for "next" or "upcoming" the
    highest-numbered one, when one is numbered above all the others; else the newest."""
    numbered = [
        (n, film.id) for film in index.names.films_of.get(franchise, ()) if (n := _number(film))
    ]
    if said in COMING and numbered:
        top = max(numbered)
        if [n for n, _ in numbered].count(top[0]) == 1:
            return top[1]
    return films.newest_film(index, franchise)


_NUMBER_AT_END = re.compile(r"\s(\d{1,2})$")


def _number(film: Entity) -> int:
    """The number a film's name or an alias ends on ("Eyrwind 3"), or 0."""
    found = (_NUMBER_AT_END.search(name) for name in (film.name, *film.aliases))
    return max((int(m.group(1)) for m in found if m), default=0)


def _introduced(index: Index, film: Entity) -> bool:
    """Whether a fact about `film` introduces it as a sequel: 'the fantasy sequel "X"'."""
    names = "|".join(re.escape(name) for name in (film.name, *film.aliases) if name)
    pattern = re.compile(
        rf"\bsequel,?\s+(?:[\w-]+\s+){{0,{SEQUEL_REACH}}}[\"\u201c']?(?:{names})\b", re.I
    )
    facts = (index.entries[i].fact for i in index.by_entity.get(film.id, ()))
    return any(pattern.search(fact.answer) for fact in facts)
