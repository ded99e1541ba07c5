"""Which film "the X sequel" means: the one the articles introduce as the sequel.

News about a series calls its subject "the sequel" in the lede ('Orsolan's fantasy sequel
"Ulvenhart Rising" opened to ...') and may go on to a third film dated for later. A fan
asking "who directed the Ulvenhart sequel" means the one introduced as the sequel, not
the newest one named; when no one film is introduced so, the newest is meant
(`films.newest_film`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from bot.engine import films
from bot.engine.filmcounts import FILM_WORDS

if TYPE_CHECKING:
    from bot.aliases import Mention
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


def _introduced(index: Index, film: Entity) -> bool:
    """Whether a fact about `film` introduces it as a sequel: 'the fantasy sequel "X"'."""
    names = "|".join(re.escape(name) for name in (film.name, *film.aliases) if name)
    pattern = re.compile(
        rf"\bsequel,?\s+(?:[\w-]+\s+){{0,{SEQUEL_REACH}}}[\"\u201c']?(?:{names})\b", re.I
    )
    facts = (index.entries[i].fact for i in index.by_entity.get(film.id, ()))
    return any(pattern.search(fact.answer) for fact in facts)


# A question's words for a later film made from an earlier one.
LATER_FILM_WORDS = frozenset("sequel sequels prequel spinoff followup".split())


def later_than_named(
    words: Sequence[str], mentions: Sequence[Mention], films: Collection[str]
) -> bool:
    """Whether the question asks of a later film made from one of `films` it names: "the
    Haldenrock sequel", "the sequel to Haldenrock". A passage of Haldenrock's opening is
    then about another film than the one asked of, though its article calls it the film."""
    for mention in mentions:
        if mention.entity_id not in films:
            continue
        after = words[mention.end : mention.end + 1]
        before = list(words[max(0, mention.start - 2) : mention.start])
        if not LATER_FILM_WORDS.isdisjoint(after) or (
            before[-1:] in (["to"], ["of"]) and before[0] in LATER_FILM_WORDS
        ):
            return True
    return False


# The films a sequel told beside is the second between: "X, who made the first film,
# returns for the sequel"; "the sequel ..., and the third film will not arrive before".
_BESIDE_A_SECOND = frozenset({"1st", "3rd"})
FILM_WORD_REACH = 3  # "the third and final film"


def a_second_film(sequence: Sequence[str], number: str, words: Sequence[str]) -> bool:
    """Whether the question's "second film" is a passage's sequel: one told beside the
    first film or the third (a later sequel in a long series is told by its own number)."""
    if number != "2nd" or "sequel" not in words or number not in sequence:
        return False
    at = sequence.index(number)
    if FILM_WORDS.isdisjoint(sequence[at + 1 : at + 2]):
        return False
    return any(
        w in _BESIDE_A_SECOND and not FILM_WORDS.isdisjoint(words[i + 1 : i + 1 + FILM_WORD_REACH])
        for i, w in enumerate(words)
    )
