"""Which film a film-news article is about, and which of its sentences speak of it.

A news story names its subject in the lede: '"Veilrunner: Tidebreak," the third film in
the franchise, opens June 18'. Later sentences name earlier films to compare ("which
grossed $1.12 billion", "who helmed the 2024 entry X"), and may name them more often
than the new one, so the film named most is not the subject; the film the lede names is.
A sentence that names an earlier film only in an aside ("Odessa Kilbride, who helmed
X, returns to direct") still speaks of the article's film.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from bot.models import Entity

# ", who helmed the 2024 entry "X," returns": a relative clause set off by commas. A
# quoted title may hold its own closing comma, which then ends the aside.
_ASIDE = re.compile(r",\s*(?:who|whose|which)\b[^,]*,")


def main_film(named: Sequence[Sequence[str]], is_film: Callable[[str], bool]) -> str | None:
    """The film the article is about: of the films the first sentence naming any film
    names, the one the article names most (the first named, on a tie)."""
    counts = Counter(e for ids in named for e in ids if is_film(e))
    for ids in named:
        films = [e for e in ids if is_film(e)]
        if films:
            return max(films, key=lambda f: (counts[f], -films.index(f)))
    return None


def named_only_aside(sentence: str, films: Sequence[str], entities: Mapping[str, Entity]) -> bool:
    """Whether every mention of `films` in `sentence` stands inside a relative clause set
    off by commas, so the sentence's own statement is about something else."""
    asides = [m.span() for m in _ASIDE.finditer(sentence)]
    if not asides or not films:
        return False
    lowered = sentence.casefold()
    for film in films:
        entity = entities.get(film)
        if entity is None:
            return False
        spans = [
            m.span()
            for form in (entity.name, *entity.aliases)
            for m in re.finditer(re.escape(form.casefold()), lowered)
        ]
        inside = [any(a <= s and e <= b for a, b in asides) for s, e in spans]
        if not spans or not all(inside):
            return False
    return True
