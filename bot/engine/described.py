"""Which film "the prequel" or "the spin-off" means in a question that names none.

A fan writes "where are they filming the prequel?" after reading the news, not its title.
In a store of several series "the new one" could be any of them (see `films`), but few
films are a prequel, a spin-off, a reboot or a remake: the one its reports call so is the
film meant. A report calls a film so by naming it beside the word ('"X: Y," a prequel to
the trilogy'); the film meant is named so in at least half of the reports that call any
film so, and far more often than any other (of two prequels called so about as often,
the question could mean either, and names neither).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.aliases import Mention
from bot.engine.films import NEWEST
from bot.models import Entity, EntityKind
from bot.text import normalize, stem

if TYPE_CHECKING:
    from bot.engine.index import Index

# What a film is, in a word its news uses: "a prequel to the studio's trilogy".
FILM_KINDS = frozenset("prequel spinoff reboot remake".split())
# The words before it that make it a film meant, not a topic: "the prequel", "this
# upcoming spin-off", "the solo prequel" (not "are there any prequels").
_DETERMINERS = frozenset("the this that".split())
MODIFIER_REACH = 2  # "the upcoming solo prequel": words between "the" and the kind
# How many times as often the film meant must be called so as the next film (and at
# least its share of all the reports calling any film so).
CLEAR_LEAD = 2


def described_film(index: Index, words: Sequence[str], mentions: list[Mention]) -> list[Mention]:
    """`mentions`, with "the prequel" (or the like) as a mention of the film its reports
    call so, when the question names no film (a series it names narrows the films)."""
    if any(index.kind(m.entity_id) is EntityKind.FILM for m in mentions):
        return mentions
    series = {m.entity_id for m in mentions if index.kind(m.entity_id) is EntityKind.FRANCHISE}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for i, word in enumerate(words):
        if word not in FILM_KINDS or i in taken or not _determined(words, i):
            continue
        film = _called(index, word, series)
        if film is not None:
            start = i  # "the upcoming prequel": the newest, which it is, says nothing more
            while start > 0 and start - 1 not in taken and words[start - 1] in NEWEST:
                start -= 1
            return sorted([*mentions, Mention(film, start, i + 1)], key=lambda m: m.start)
    return mentions


def _determined(words: Sequence[str], i: int) -> bool:
    before = words[max(0, i - MODIFIER_REACH - 1) : i]
    return any(w in _DETERMINERS for w in before)


def _called(index: Index, word: str, series: set[str]) -> str | None:
    counts: Counter[str] = Counter()
    saying = 0  # the reports calling a film so (of the series named, if one is)
    kind = stem(word)
    for i in index.by_stem.get(kind, ()):
        fact = index.entries[i].fact
        films = [
            e
            for e in fact.entities
            if index.kind(e) is EntityKind.FILM
            and (not series or index.entities[e].franchise in series)
        ]
        if series and not films and series.isdisjoint(fact.entities):
            continue
        called = _calls(index, normalize(fact.answer).split(), kind, films)
        if called:
            saying += 1
            counts.update(set(called))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] * CLEAR_LEAD > ranked[0][1]):
        return None
    # the film its reports are about, not one an aside names beside the word ("the
    # actor best known for "Tinderbox Covenant" joins the reboot")
    return ranked[0][0] if ranked[0][1] * CLEAR_LEAD >= saying else None


# How near a film's name the word must stand to call it so ('"X: Y," a prequel to'), in
# words between them.
NAME_REACH = 3
# Words that make the film named after the word another: "a remake of X", "a prequel to
# X" names the original.
_OF_ANOTHER = frozenset("of to from for".split())


def _calls(index: Index, words: list[str], kind: str, films: list[str]) -> list[str]:
    """The films a report's `words` call by the word (stem `kind`): the one named just
    before it ('"X," a prequel to the trilogy') or just after it ('a spin-off series, X'),
    not one after "of" or "to" ("a remake of X" is of the original). "The prequel" alone
    says of no film that it is one: an article about a classic says "the remake" too."""
    at = [j for j, w in enumerate(words) if stem(w) == kind]
    forms = {film: _forms(index.entities[film]) for film in films}
    return [
        film
        for film in films
        if any(
            _ends_before(words, j, form) or _starts_after(words, j, form)
            for j in at
            for form in forms[film]
        )
    ]


def _forms(film: Entity) -> list[list[str]]:
    """The film's name and aliases, as normalized words."""
    return [form for name in (film.name, *film.aliases) if (form := normalize(name).split())]


def _ends_before(words: list[str], j: int, form: list[str]) -> bool:
    n = len(form)
    return any(words[end - n : end] == form for end in range(max(n, j - NAME_REACH), j + 1))


def _starts_after(words: list[str], j: int, form: list[str]) -> bool:
    for start in range(j + 1, min(len(words), j + 2 + NAME_REACH)):
        if not _OF_ANOTHER.isdisjoint(words[j + 1 : start]):
            return False
        if words[start : start + len(form)] == form:
            return True
    return False
