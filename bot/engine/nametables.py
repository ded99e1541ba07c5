"""What an index knows of the entities alone: alias lookup, name words, films in order,
and which names stand inside longer ones. Built once per entity set and shared by the
next index when a reload leaves the entities alone (`bot.engine.index`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from bot import demonyms
from bot.aliases import AliasMatcher, Mention
from bot.models import Entity, EntityKind
from bot.text import GLUE, is_number, normalize


class NameTables:
    """What the entities alone determine: alias lookup, name words, films. Built once per
    entity set and shared by the next Index when a reload leaves the entities alone."""

    def __init__(self, entities: tuple[Entity, ...]) -> None:
        memo: dict[str, str] = {}

        def norm(text: str) -> str:
            found = memo.get(text)
            if found is None:
                found = memo[text] = normalize(text)
            return found

        self.entities: dict[str, Entity] = {e.id: e for e in entities}
        self.matcher = AliasMatcher(entities, norm, by_given_names=True)
        self.films = [e for e in entities if e.kind is EntityKind.FILM]
        # A franchise's films in film order, and franchises by the words of their names:
        # a decline names the films of the franchise asked about without a pass over
        # every film (thousands at 100,000 facts).
        self.film_order = {e.id: i for i, e in enumerate(self.films)}
        self.films_of: dict[str, list[Entity]] = defaultdict(list)
        self.franchise_words: dict[str, set[str]] = defaultdict(set)
        for film in self.films:
            if film.franchise:
                self.films_of[film.franchise].append(film)
        for franchise in self.films_of:
            named = self.entities.get(franchise)
            for w in norm(named.name).split() if named is not None else ():
                self.franchise_words[w].add(franchise)
        self.person_words = {
            w
            for e in entities
            if e.kind in (EntityKind.PERSON, EntityKind.ROLE)
            for w in norm(e.name).split()
            if w not in GLUE  # "Ralph the Timid": "the" is nobody's name
        }
        self.title_words = {
            w
            for e in self.films
            for w in norm(e.name).split()
            if w not in GLUE and not is_number(w)
        }
        # Two-word names by each of their words, to repair "simon peg" -> "simon pegg"
        # by looking only at names sharing a word with the question. Only two-word ones:
        # repair compares word pairs, and longer aliases ("the fourth X movie") put
        # thousands of names under "movie" at 100,000 facts (a 10 ms question).
        self.by_word: dict[str, set[str]] = defaultdict(set)
        self.words: list[str] = []  # every word of every name and alias (typo vocabulary)
        self.within = _within(entities, norm)
        self.countries = _countries(entities, norm)
        # "Western European domination" is said of the Europe a question names
        self.adjectives = {
            e.id: adjectives
            for e in entities
            if (adjectives := demonyms.adjectives_of(norm(e.name)))
        }
        for entity in entities:
            for form in (entity.name, *entity.aliases):
                words = norm(form).split()
                self.words.extend(words)
                if len(words) == 2:
                    for w in words:
                        if w not in GLUE and not is_number(w):
                            self.by_word[w].add(" ".join(words))

    def countries_said(
        self, words: Sequence[str], mentions: Iterable[Mention]
    ) -> dict[str, frozenset[str]]:
        """For each people's adjective `words` name as describing a noun ("British
        children", not "built by the Welsh"), the entities naming its country."""
        return {
            m.entity_id: self.countries[m.entity_id]
            for m in mentions
            if m.entity_id in self.countries and demonyms.adjectival(words, m.end - 1)
        }


# Kinds whose name stays theirs inside a longer name: "Harvard College" is Harvard's,
# but "Copper Sky 2" is another film and "John Harvard" another person.
_NAMED_WITHIN = frozenset({EntityKind.ORG, EntityKind.PLACE})


def _within(entities: tuple[Entity, ...], norm: Callable[[str], str]) -> dict[str, frozenset[str]]:
    """For each organisation or place, the entities whose names open on its name: a
    passage naming "Harvard College" or "the Harvard Library" names Harvard too."""
    names = {entity.id: norm(entity.name) for entity in entities}
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for entity_id, name in names.items():
        by_first[name.split(" ", 1)[0]].append((entity_id, name))
    found: dict[str, frozenset[str]] = {}
    for entity in entities:
        if entity.kind not in _NAMED_WITHIN:
            continue
        name = names[entity.id]
        longer = frozenset(
            other
            for other, other_name in by_first.get(name.split(" ", 1)[0], ())
            if other_name.startswith(name + " ")
        )
        if longer:
            found[entity.id] = longer
    return found


def _countries(
    entities: tuple[Entity, ...], norm: Callable[[str], str]
) -> dict[str, frozenset[str]]:
    """For each people's adjective named as an entity ("British"), the entities whose
    names name its country: a passage naming "Great Britain" or "the UK" says something
    British."""
    peoples = {e.id: set(demonyms.country_words(norm(e.name))) for e in entities}
    peoples = {e: words for e, words in peoples.items() if words}
    names = {e.id: set(norm(e.name).split()) for e in entities} if peoples else {}
    found = {
        people: frozenset(e for e, words in names.items() if not countries.isdisjoint(words))
        for people, countries in peoples.items()
    }
    # "North American" is said of "North America", "Latin American" of "Latin America":
    # a place's adjective that is its whole name with an ending, when both are named
    whole = {norm(e.name): e.id for e in entities if e.kind is EntityKind.PLACE}
    for entity in entities:
        name = norm(entity.name)
        for ending in _ADJECTIVE_ENDINGS:
            place = whole.get(name.removesuffix(ending)) if name.endswith(ending) else None
            if place is not None and " " in name and place != entity.id:
                found[entity.id] = found.get(entity.id, frozenset()) | {place}
    return found


# "America" -> "American", "Europe" -> "European" (`_countries`)
_ADJECTIVE_ENDINGS = ("n", "an")
