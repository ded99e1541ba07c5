"""'Which studio is making it?' asks for a company by name, and a passage whose only names
are people's or the film's own names none: not '"I read the script and loved it, which
made this a hard call," Ashby-Nunes said.'

The premise check reads a passage as text; what a name is (a person, a film, a studio)
is the index's knowledge, so this check runs where both are at hand, on a passage the
premise check has passed."""

from __future__ import annotations

from functools import lru_cache

from bot.engine import names
from bot.engine.index import Index
from bot.engine.premise import Asked
from bot.models import EntityKind
from bot.text import normalize

# What a question asks for when it asks for a company by its kind ("which streamer").
COMPANY_HEADS = frozenset(
    "studio company distributor streamer network firm broadcaster publisher".split()
)


def names_none(question: Asked, passage: str, index: Index) -> bool:
    """Whether `question` asks for a company by its kind ("which studio made it") and
    every name `passage` gives beyond the question's own is a person's, a place's or a
    film's, so it names none."""
    if question.kind != "name" or COMPANY_HEADS.isdisjoint(question.heads):
        return False
    given = names.given(passage, question.words) - question.words
    others = _words_of_others(index)
    return bool(given) and all(w in others for w in given)


@lru_cache(maxsize=4)  # one index at a time, and the one it replaces during a reload
def _words_of_others(index: Index) -> frozenset[str]:
    """The words of the index's names that are nobody's company: people's, characters',
    places' and films' (a word of a company's name too is left out)."""
    words: dict[str, bool] = {}
    for entity in index.entities.values():
        company = entity.kind in (EntityKind.ORG, EntityKind.FRANCHISE)
        for w in normalize(entity.name).split():
            words[w] = words.get(w, False) or company
    return frozenset(w for w, company in words.items() if not company)
