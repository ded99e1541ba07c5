"""Entity linking for `facts build`: a new article's names are tied to the entities the
facts already have, so a follow-up report about MI7 is about `mi7`.

Three kinds of evidence, each reported to the moderator:
- a name or alias the facts already know ("MI7", "Cruise"): the existing entity;
- a title the article gives a known film ("the seventh film is called X", "X, the eighth
  film", "MI7, now titled X"): X becomes an alias of that film, in a [[link]] table
  a moderator can delete;
- the next part of a linked title ("X Part Two" after "X Part One" is the seventh film):
  the film numbered one higher in the same franchise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from bot.aliases import AliasMatcher, Mention, alias_forms, surname_counts, written_as_named
from bot.models import Entity, EntityKind
from bot.text import normalize

# Words that say a title names a film: "is called", "now titled", "known as".
NAMING = frozenset("called titled named dubbed known retitled renamed aka formerly title".split())
# Words that may stand between a title and the film it names, besides the naming word.
FILLER = NAMING | frozenset(
    "is be will now officially has been was gets get the of which also as tentatively its "
    "it being becomes became previously full official new".split()
)
COPULA = frozenset("is was becomes became".split())
MAX_GAP = 6
_ORDINAL_ALIAS = re.compile(r"^(?:the )?(\d+)(?:st|nd|rd|th) ")
# "the second film", "the third movie": a film by its number, in an article about one
# franchise (normalized text: ordinals are "2nd", "3rd").
_NUMBERED_FILM = (
    r"(\d+)(?:st|nd|rd|th) (?:and (?:final|last) )?"  # "the third and final chapter"
    r"(?:film|movie|installment|instalment|sequel|entry|chapter)"
)
ORDINAL_FILM = rf"the {_NUMBERED_FILM}"
_ORDINAL_FILM = re.compile(rf"\b{ORDINAL_FILM}\b")
# ... and as an alias may name it, with or without "the": "seventh film", "the 7th one"
_BY_NUMBER = re.compile(rf"(?:(?:the )?{_NUMBERED_FILM}|(?:the )?\d+(?:st|nd|rd|th)(?: one)?)")
_PART = re.compile(r"^(.*\S)\s+Part\s+(\w+)$", re.I)


@dataclass(frozen=True)
class Link:
    """New names for an existing entity, and the words that justify them."""

    entity_id: str
    names: tuple[str, ...]
    evidence: str  # the sentence (or the reasoning) that ties them together
    drafted_id: str  # the entity the draft would otherwise have created


def link_titles(
    sentences: Iterable[str], drafted: list[Entity], known: list[Entity]
) -> tuple[list[Entity], list[Link]]:
    """Drafted films that are new titles of known films become links; returns the
    drafted entities left and the links."""
    known_films = [e for e in known if e.kind is EntityKind.FILM]
    if not known_films:
        return drafted, []
    matcher = AliasMatcher(known_films)
    candidates = [e for e in drafted if e.kind is EntityKind.FILM]
    forms = {e.id: [normalize(f).split() for f in (e.name, *e.aliases)] for e in candidates}
    numbered: dict[int, list[Entity]] = {}
    for film in known_films:
        if (n := film_number(film)) is not None:
            numbered.setdefault(n, []).append(film)
    franchise_names = series_names(known)
    known_by_id = {f.id: f for f in known_films}
    links: dict[str, Link] = {}
    for sentence in sentences:
        tokens = normalize(sentence).split()
        found = matcher.find(tokens)
        joined = " ".join(tokens)
        ordinals = [
            (joined[: m.start()].count(" "), len(m.group(0).split()), int(m.group(1)))
            for m in _ORDINAL_FILM.finditer(joined)
        ]
        if not found and not ordinals:
            continue
        for entity in candidates:
            if entity.id in links:
                continue
            # A known film's alias ("the sixth film") names it only for a film of its
            # own series: '"Kestrel Vane: Black Orchard," the sixth film' is no MI6.
            mentions = [
                m for m in found if not _alien(entity, known_by_id[m.entity_id], franchise_names)
            ]
            title = normalize(entity.name)
            for start, size, number in ordinals:
                # "the second film" is the franchise's second film when the title names
                # the franchise ("Glass Orchard: Nightbloom"), or when only one is numbered so.
                films = numbered.get(number, [])
                own = [
                    f
                    for f in films
                    if title.startswith(franchise_names.get(f.franchise or "", "\0"))
                ]
                # ... but never a film of another series ('"Wickerthorn 7: The Gannet
                # Hours," the seventh instalment' is no "seventh film" of MI)
                alone = len(films) == 1 and not _alien(entity, films[0], franchise_names)
                pick = own or (films if alone else [])
                if pick:
                    mentions.append(Mention(pick[0].id, start, start + size))
            target = _named_in(tokens, forms[entity.id], mentions)
            if target is not None:
                links[entity.id] = Link(target, _names(entity), _quote(sentence), entity.id)
    _link_next_parts(candidates, links, known_films)
    left = [e for e in drafted if e.id not in links and (e.franchise or "") not in links]
    return left, list(links.values())


def within_series(known: list[Entity], main_film: Entity | None) -> list[Entity]:
    """The known entities as an article about `main_film` may name them: when that film
    is of another series, "the sixth film" there is its own series' sixth, so known films
    lose the aliases that name them by number alone."""
    if main_film is None:
        return known
    series = series_names(known)
    return [
        replace(e, aliases=tuple(a for a in e.aliases if not _BY_NUMBER.fullmatch(normalize(a))))
        if e.kind is EntityKind.FILM and _alien(main_film, e, series)
        else e
        for e in known
    ]


def series_names(known: Iterable[Entity]) -> dict[str, str]:
    """Each known franchise's normalized name, by its id."""
    return {e.id: normalize(e.name) for e in known if e.kind is EntityKind.FRANCHISE}


# Where a title's series name ends: "Vellory Crane: Glass Meridian", "X - Part One".
_SERIES_END = re.compile(r"\s*[:\u2013\u2014]\s*|\s+-\s+")


def _alien(drafted: Entity, film: Entity, series: Mapping[str, str]) -> bool:
    """Whether a drafted film belongs to a series other than the known film's: it has a
    franchise of its own (a series the facts did not know; a title drafted into a known
    series has none yet), or its title opens on a series name that is not the film's
    franchise ("Vellory Crane: Glass Meridian" is no Mission: Impossible film)."""
    if drafted.franchise:
        return drafted.franchise != film.franchise
    own = series.get(film.franchise or "")
    if own is None or not _SERIES_END.search(drafted.name):
        return False
    return not normalize(drafted.name).startswith(own)


def _named_in(tokens: list[str], forms: list[list[str]], mentions: list[Mention]) -> str | None:
    for form in forms:
        n = len(form)
        if not n:
            continue
        for a in range(len(tokens) - n + 1):
            if tokens[a : a + n] != form:
                continue
            b = a + n
            for m in mentions:
                start, end, film = m.start, m.end, m.entity_id
                if end <= a:
                    gap, title_first = tokens[end:a], False
                elif b <= start:
                    gap, title_first = tokens[b:start], True
                else:
                    continue
                if _gap_links(gap, tokens[start:end], title_first):
                    return film
    return None


def _gap_links(gap: list[str], mention: list[str], title_first: bool) -> bool:
    if len(gap) > MAX_GAP or any(w not in FILLER for w in gap):
        return False
    if NAMING.intersection(gap):
        return True  # "the seventh film is called X", "X, formerly MI7"
    if title_first and gap and COPULA.intersection(gap) and mention[:1] == ["the"]:
        return True  # "X is the seventh film"
    # "X, the eighth film" / "the seventh film, X": an apposition with a description
    return not gap and mention[:1] == ["the"]


def _link_next_parts(
    candidates: list[Entity], links: dict[str, Link], known_films: list[Entity]
) -> None:
    """ "X Part Two" when "X Part One" is linked to film N: film N+1 of its franchise."""
    numbers = {e.id: n for e in known_films if (n := film_number(e)) is not None}
    by_number = {(e.franchise, numbers[e.id]): e for e in known_films if e.id in numbers}
    known = {e.id: e for e in known_films}
    for entity in candidates:
        if entity.id in links or not (match := _PART.match(entity.name)):
            continue
        part = _number(match.group(2))
        for link in list(links.values()):
            other = _PART.match(link.names[0])
            film = known[link.entity_id]
            if not other or normalize(other.group(1)) != normalize(match.group(1)):
                continue
            first, base = _number(other.group(2)), numbers.get(film.id)
            if part is None or first is None or base is None:
                continue
            target = by_number.get((film.franchise, base + part - first))
            if target is not None:
                evidence = (
                    f"'{link.names[0]}' is {film.id}, so part {part} is film "
                    f"{base + part - first} of the franchise, {target.id}"
                )
                links[entity.id] = Link(target.id, _names(entity), evidence, entity.id)
                break


def film_number(film: Entity) -> int | None:
    """A film's place in its franchise, from an alias like "the seventh film"."""
    for alias in film.aliases:
        match = _ORDINAL_ALIAS.match(normalize(alias))
        if match:
            return int(match.group(1))
    return None


def _number(word: str) -> int | None:
    value = normalize(word)
    return int(value) if value.isdigit() else None


def _names(entity: Entity) -> tuple[str, ...]:
    return tuple(dict.fromkeys([entity.name, *entity.aliases]))


def _quote(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= 160 else sentence[:159].rsplit(" ", 1)[0] + "\u2026"


def apply_links(
    known: list[Entity], drafted: list[Entity], links: list[Link]
) -> tuple[list[Entity], list[Link], list[str]]:
    """The known entities with their new names, and the links without any name another
    entity already has (kept for neither, as the loader would refuse it); notes say
    which names were left out."""
    notes: list[str] = []
    others = [*known, *drafted]
    surnames = surname_counts(others)
    owners: dict[str, set[str]] = {}
    for entity in others:
        for form in alias_forms(entity, surnames):
            owners.setdefault(form, set()).add(entity.id)
    for link in links:
        for name in link.names:
            owners.setdefault(normalize(name), set()).add(link.entity_id)
    kept: list[Link] = []
    for link in links:
        names = []
        for name in link.names:
            ids = owners.get(normalize(name), set())
            if ids - {link.entity_id}:
                notes.append(
                    f"'{name}' would name '{', '.join(sorted(ids))}'; it is kept for neither."
                )
            else:
                names.append(name)
        if names:
            kept.append(replace(link, names=tuple(names)))
    extra: dict[str, list[str]] = {}
    for link in kept:
        extra.setdefault(link.entity_id, []).extend(link.names)
    updated = [
        replace(e, aliases=tuple(dict.fromkeys([*e.aliases, *extra[e.id]]))) if e.id in extra else e
        for e in known
    ]
    return updated, kept, notes


def mentioned(sentences: Iterable[str], known: list[Entity]) -> dict[str, list[str]]:
    """The known entities an article names, with the words it names each by."""
    matcher = AliasMatcher(known)
    found: dict[str, list[str]] = {}
    for sentence in sentences:
        tokens = normalize(sentence).split()
        for m in matcher.find(tokens):
            if not written_as_named(tokens[m.start : m.end], sentence):
                continue  # "20 mi" is a distance, not the franchise "MI"
            words = " ".join(tokens[m.start : m.end])
            seen = found.setdefault(m.entity_id, [])
            if words not in seen:
                seen.append(words)
    return found
