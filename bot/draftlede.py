"""The film a news story is about, read from its lede: the first film its first sentences
name, or a series they open on ('"The Ilmstone Key" Opens to $41 Million'). Sentences that
name no film speak of it (`bot.draftfilms`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from bot.draftwords import film_noun_before
from bot.models import Entity, EntityKind

# How many sentences (a headline among them) may open an article before the one naming
# its film: a biography that names a film first in its fourth sentence is about no film.
LEDE_SENTENCES = 3


def main_film(
    named: Sequence[Sequence[str]],
    is_film: Callable[[str], bool],
    one_series: Callable[[str, str], bool] = lambda a, b: True,
    announced: frozenset[str] = frozenset(),
) -> str | None:
    """The film the article is about: of the films the first sentence naming any film
    names, the one the article names most (the first named, on a tie), if that sentence
    is in the lede. A film of another series named more often is the rival the story
    measures its film against ('Harbor Moves "Coldwater 3" to October, Sidestepping
    "Ironclad Sky"'): the first named, of its own series, stays the subject. So is a
    film the lede `announced` first, untitled ("greenlit a third installment ... after
    the second film, X, passed $600 million"), however often the earlier film is named."""
    counts = Counter(e for ids in named for e in ids if is_film(e))
    for ids in named[:LEDE_SENTENCES]:
        films = [e for e in ids if is_film(e)]
        if films and films[0] in announced:
            return films[0]
        if films:
            most = max(films, key=lambda f: (counts[f], -films.index(f)))
            return most if one_series(films[0], most) else films[0]
    return None


# What may stand before a name that opens a sentence (once a title's quote and "The" are
# dropped, as `_ARTICLE_BEFORE` does): quotes and spaces.
_OPENING = re.compile(r"[\s\"'\u201c\u2018]*")
_ARTICLE_BEFORE = re.compile(r"\s*[\"'\u201c\u2018]?(?:the\s+)?[\"'\u201c\u2018]?$", re.I)


def series_first_named(
    sentences: Sequence[str], named: Sequence[Sequence[str]], entities: Mapping[str, Entity]
) -> str | None:
    """A series the lede opens a sentence on, or calls a film ('"The Ilmstone Key" Opens
    to $41 Million, Knocking "Heskwood Nights" From the Top'), before naming any film, none
    of its own: its first film, drafted as the series for a sequel's registered title, is
    the story's film, not the rival named after it (a series named in passing, "The Sound
    of Gravenmoor", is no film)."""
    kinds = (EntityKind.FILM, EntityKind.FRANCHISE)
    lede = {e for ids in named[:LEDE_SENTENCES] for e in ids if e in entities}
    for sentence, ids in zip(sentences[:LEDE_SENTENCES], named, strict=False):
        first = next(
            (entities[e] for e in ids if e in entities and entities[e].kind in kinds), None
        )
        if first is None:
            continue
        at = sentence.find(first.name)
        before = _ARTICLE_BEFORE.sub(" ", sentence[:at]) if at >= 0 else ""
        called = at >= 0 and (_OPENING.fullmatch(before) is not None or film_noun_before(before))
        if (
            first.kind is EntityKind.FRANCHISE
            and called
            and all(entities[e].franchise != first.id for e in lede)
        ):
            return first.id
        return None
    return None
