"""The year a film came out, as the facts write it beside its title: "the 2024 entry 'The
Hollow Crown'", "2024's Ashfall", "Ashfall (2024)". That is how a series' earlier films
are put in order (see `bot.engine.films`)."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.engine.index import Index
    from bot.models import Entity

# A year just before a title ("the 2024 entry", "2024's") or in brackets after it.
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)(?:['\u2019]s)?(?:\s+[a-z]+){0,2}\s*[\"\u201c]?$")
_YEAR_AFTER = re.compile(r"^[\"\u201d,]*\s*\(((?:19|20)\d\d)\)")
# How far before a title its year may stand, in characters.
YEAR_REACH = 30


def film_year(index: Index, film: Entity) -> int | None:
    """The year the facts most often write beside `film`'s title."""
    years: Counter[int] = Counter()
    titles = [t for t in (film.name, *film.aliases) if len(t) > 3]
    for i in index.by_entity.get(film.id, ()):
        text = index.entries[i].fact.answer
        folded = text.casefold()
        for title in titles:
            at = folded.find(title.casefold())
            if at < 0:
                continue
            before = _YEAR_BEFORE.search(text[max(0, at - YEAR_REACH) : at])
            after = _YEAR_AFTER.match(text[at + len(title) :])
            for found in (before, after):
                if found:
                    years[int(found.group(1))] += 1
            break
    return years.most_common(1)[0][0] if years else None
