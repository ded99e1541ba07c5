"""A film named only by its place in a series: "the seventh film", "the 7th movie".

A curated alias may give such a phrase to one series ("the seventh film" is Mission:
Impossible 7 in its fact file), but beside news of another series whose newest film its
articles count the same way ("Lind will not return for the seventh instalment"), a fan
asking "when does the seventh film come out" means the one the newest news is about. So
the phrase names that film, when its own passages count it so; otherwise the alias holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.aliases import Mention
from bot.engine import films
from bot.engine.filmcounts import FILM_WORDS
from bot.models import EntityKind
from bot.text import is_ordinal, normalize

if TYPE_CHECKING:
    from bot.engine.index import Index

# Words a place-only name may have besides its ordinal and a film noun.
_ARTICLES = frozenset({"the"})


def of_the_newest_series(
    index: Index, words: Sequence[str], mentions: Sequence[Mention]
) -> list[Mention]:
    """`mentions`, with one naming a film of another series only by its place ("the 7th
    film") made the newest news's film, when that film's passages count it so."""
    return [_placed(index, words, m) for m in mentions]


def _placed(index: Index, words: Sequence[str], mention: Mention) -> Mention:
    said = words[mention.start : mention.end]
    entity = index.entities.get(mention.entity_id)
    ordinal = next((w for w in said if is_ordinal(w)), None)
    if (
        entity is None
        or entity.kind is not EntityKind.FILM
        or ordinal is None
        or not set(said) <= {ordinal, *_ARTICLES, *FILM_WORDS}
    ):
        return mention  # (most questions: no newest news worked out for them)
    newest = films.newest_news_film(index)
    if (
        newest is None
        or newest not in index.entities
        or entity.franchise == index.entities[newest].franchise
        or not _counted(index, newest, ordinal)
    ):
        return mention
    return Mention(newest, mention.start, mention.end)


def _counted(index: Index, film: str, ordinal: str) -> bool:
    """Whether a passage of `film` counts it by `ordinal`: "the 7th instalment"."""
    return any(
        a == ordinal and b in FILM_WORDS
        for i in index.by_entity.get(film, ())
        for a, b in pairwise(normalize(index.entries[i].fact.answer).split())
    )
