"""A film an article announces before it has a title: "Gildenfeld has greenlit a third
installment of its fantasy franchise "Tallowspire"", "'Tallowspire' Third Film Greenlit".

Fans ask about it by its number ("who's directing tallowspire 3", "the third tallowspire
film") from the day it is announced, and the news about it (its director, its shoot,
its budget) is the article's subject. Without an entity of its own, every such question
is refused as naming an unknown film, and the article's sentences are filed under the
earlier film it names. The draft names it as fans do, "Tallowspire 3", until a moderator
gives it its title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from bot.draftnumbers import numbered_names
from bot.models import Entity, EntityKind
from bot.text import normalize, ordinal_word

# Nouns for a film of a series (normalized text: ordinals are "2nd", "3rd").
_FILM_NOUN = r"(?:film|movie|installment|instalment|chapter|entry|feature)"
_ORDINAL = r"(\d+)(?:st|nd|rd|th)"
# Words that may stand between "a third installment of its" and "franchise": "its
# candlelit fantasy franchise".
SERIES_REACH = 6
HEADLINE_REACH = 4  # words a headline's ordinal may come after: "Studio Greenlights Third"


def _announcements(series: str) -> tuple[re.Pattern[str], ...]:
    """How an article announces a film of `series` (normalized) by its number. Only with
    "a"/"an": "the third film in the X franchise" is said of a titled film too, one the
    draft may not have numbered."""
    s = re.escape(series)
    return (
        # "a third installment of its candlelit fantasy franchise Tallowspire"
        re.compile(
            rf"\b(?:a|an) {_ORDINAL} {_FILM_NOUN} (?:in|of|for|to) "
            rf"(?:\S+ ){{0,{SERIES_REACH}}}?(?:franchise|series|saga) (?:the )?{s}\b"
        ),
        # "a third Tallowspire film"
        re.compile(rf"\b(?:a|an) {_ORDINAL} {s} {_FILM_NOUN}\b"),
        # a headline's "Tallowspire Third Film Greenlit", "Gildenfeld Greenlights Third
        # 'Tallowspire' Film"
        re.compile(rf"^(?:\S+ ){{0,3}}{s} {_ORDINAL} {_FILM_NOUN}\b"),
        re.compile(rf"^(?:\S+ ){{0,{HEADLINE_REACH}}}{_ORDINAL} {s} {_FILM_NOUN}\b"),
    )


def _numbering_titled(series: str) -> tuple[re.Pattern[str], ...]:
    """How an article numbers a film it also titles: "the third instalment of its
    Hollowfen series", "Third 'Hollowfen' Film" in a headline."""
    s = re.escape(series)
    return (
        re.compile(
            rf"\bthe {_ORDINAL} {_FILM_NOUN} (?:in|of|for|to) (?:the |its )?"
            rf"(?:(?:\S+ ){{0,{SERIES_REACH}}}?(?:franchise|series|saga) (?:the )?)?{s}\b"
        ),
        re.compile(rf"\b{_ORDINAL} {s} {_FILM_NOUN}\b"),
    )


# The numbers an announcement may give: "a second film" of a series the article knows
# only by its first is a sequel; past the tenth, a number is more likely a typo'd year.
FIRST_ANNOUNCED, LAST_ANNOUNCED = 2, 10


def untitled_films(
    sentences: Sequence[str], entities: list[Entity], known: Iterable[Entity] = ()
) -> list[Entity]:
    """`entities` (ids not yet given; a film's `franchise` holds its franchise's name)
    with a film for each number an article announces of a drafted franchise when no
    film, drafted or known, has that number in the series yet; for a reboot it announces
    of one ("Wyvernhold reboot"); and for a sequel to a film of no series ("Copperfane 2")."""
    every = [*entities, *known]
    numbered = {
        normalize(f) for e in every if e.kind is EntityKind.FILM for f in (e.name, *e.aliases)
    }
    added: list[Entity] = []
    untitled = any(_UNTITLED.search(s) for s in sentences)
    for series in (e for e in entities if e.kind is EntityKind.FRANCHISE):
        name = normalize(series.name)
        if not name:
            continue
        numbers = _unnumbered(_announced(sentences, _announcements(name)), series, numbered)
        titled = _titled(sentences, series, entities) if len(numbers) <= 1 else None
        if not numbers and (titled is not None or untitled):
            # "to direct the third instalment of its Hollowfen series ... The film, titled
            # X": said of a film the article titles, or one it calls "untitled", "the"
            # announces its number too
            numbers = _unnumbered(_announced(sentences, _numbering_titled(name)), series, numbered)
            numbers = numbers if len(numbers) == 1 else []
        for number in numbers:
            film = _film(series, number)
            if titled is not None:
                # "greenlit a third installment ... The new film, titled Tallowspire: Ember
                # Road": one film, its number fans' other name for it
                entities = [_also_named(e, film) if e is titled else e for e in entities]
            else:
                added.append(film)
            numbered.add(normalize(film.name))
        rebooted = f"{name} {REBOOT}"
        if rebooted not in numbered and any(
            _rebooting(name).search(normalize(s)) for s in sentences
        ):
            # "... is rebooting X. The new film, titled X: Rathmoy Light": one film
            if (titled := _titled(sentences, series, entities)) is not None:
                entities = [_also_named(e, _reboot(series)) if e is titled else e for e in entities]
            else:
                added.append(_reboot(series))
    for film in (e for e in entities if e.kind is EntityKind.FILM and not e.franchise):
        second = normalize(f"{film.name} {SEQUEL_NUMBER}")
        if second not in numbered and any(
            _sequel_to(film.name).search(normalize(s)) for s in sentences
        ):
            added.append(_sequel(film))
            numbered.add(second)
    return [*entities, *added]


# "the untitled sequel", "the still-untitled film": the film it numbers has no title yet
_UNTITLED = re.compile(r"\buntitled (?:sequel|film|movie|follow-up|project)\b", re.IGNORECASE)

# Words an article gives an announced film's title with: "the new film, titled X".
_TITLING = r"(?:titled|entitled|called|named|dubbed)"


def _titled(sentences: Sequence[str], series: Entity, entities: list[Entity]) -> Entity | None:
    """The one drafted film of `series` that an article gives as a title ("titled X",
    "will be called X"), with no number of its own; else None."""
    films = [
        e
        for e in entities
        if e.kind is EntityKind.FILM and e.franchise == series.name and not re.search(r"\d", e.name)
    ]
    text = " ".join(normalize(s) for s in sentences)
    titled = [
        f
        for f in films
        if re.search(rf"\b{_TITLING} (?:simply )?(?:the )?{re.escape(normalize(f.name))}\b", text)
    ]
    return titled[0] if len(titled) == 1 else None


def _also_named(film: Entity, numbered: Entity) -> Entity:
    """`film` with the names of the `numbered` film it is ("Tallowspire 3", "the third
    installment")."""
    names = (numbered.name, *numbered.aliases)
    return replace(film, aliases=tuple(dict.fromkeys((*film.aliases, *names))))


# A sequel to a film of no series yet: "has greenlit a sequel to its spring hit
# "Copperfane"". Fans call it "Copperfane 2" and "the Copperfane sequel".
SEQUEL_NUMBER = 2
TITLE_REACH = 6  # words between "a sequel to" and the title: "its spring fantasy hit"


def _sequel_to(title: str) -> re.Pattern[str]:
    t = re.escape(normalize(title))
    return re.compile(rf"\b(?:a|an) sequel to (?:\S+ ){{0,{TITLE_REACH}}}?{t}\b")


def _sequel(film: Entity) -> Entity:
    names = numbered_names(film.name, SEQUEL_NUMBER)
    names += [f"the {film.name} sequel", f"sequel to {film.name}", "the sequel"]
    name = f"{film.name} {SEQUEL_NUMBER}"
    return Entity(
        "", EntityKind.FILM, name, tuple(n for n in names if normalize(n) != normalize(name))
    )


# A series started over: "Corvallan Studios is rebooting "Wyvernhold"", "a reboot of the
# Wyvernhold franchise", "the Wyvernhold reboot". The film is "Wyvernhold reboot" until
# it has a title, and "the new Wyvernhold" to fans.
REBOOT = "reboot"


def _rebooting(series: str) -> re.Pattern[str]:
    s = re.escape(series)
    return re.compile(rf"\breboot(?:s|ed|ing)? (?:of )?(?:the |its )?{s}\b|\b{s} reboot\b")


def _reboot(series: Entity) -> Entity:
    name = f"{series.name} {REBOOT}"
    # how the lede names it ("is rebooting Wyvernhold"), and fans
    said = [f"the {name}", f"rebooting {series.name}", f"reboot of {series.name}", "the reboot"]
    return Entity("", EntityKind.FILM, name, tuple(said), franchise=series.name)


def announced(drafted: Mapping[str, Entity], text: str) -> frozenset[str]:
    """The ids of the films `untitled_films` made among the `drafted` entities: named by
    their series (or the film they follow) and a number or "reboot", which `text` (the
    article) never writes."""
    said = f" {normalize(text)} "
    # the names an untitled film is made from: its series', or the film it follows
    bases = {e.name for e in drafted.values() if e.kind in (EntityKind.FRANCHISE, EntityKind.FILM)}
    out = set()
    for film in drafted.values():
        base, _, last = film.name.rpartition(" ")
        if (
            film.kind is EntityKind.FILM
            and base in bases
            and (last.isdigit() or last == REBOOT)
            and f" {normalize(film.name)} " not in said
        ):
            out.add(film.id)
    return frozenset(out)


def _unnumbered(found: set[int], series: Entity, numbered: set[str]) -> list[int]:
    """The numbers of `found` that no film of `series` has yet (`numbered`: names)."""
    return sorted(n for n in found if normalize(f"{series.name} {n}") not in numbered)


def _announced(sentences: Sequence[str], patterns: Sequence[re.Pattern[str]]) -> set[int]:
    found = set()
    for sentence in sentences:
        text = normalize(sentence)
        for pattern in patterns:
            found |= {int(m.group(1)) for m in pattern.finditer(text)}
    return {n for n in found if FIRST_ANNOUNCED <= n <= LAST_ANNOUNCED}


def _film(series: Entity, number: int) -> Entity:
    # and by the series' short name: "Nimbrake 3" of the Nimbrake Protocol series
    names = [n for name in (series.name, *series.aliases) for n in numbered_names(name, number)]
    word = ordinal_word(number)
    if word:
        # how the announcement itself names it: "greenlit a third installment"
        names += [f"{word} {noun}" for noun in ("film", "movie", "installment", "instalment")]
        names += [f"the {word} installment", f"the {word} instalment"]
    name = f"{series.name} {number}"
    return Entity(
        "",
        EntityKind.FILM,
        name,
        tuple(dict.fromkeys(n for n in names if normalize(n) != normalize(name))),
        franchise=series.name,
    )
