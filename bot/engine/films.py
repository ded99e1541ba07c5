"""Which film of a franchise a question means by "the new X" or "the last X".

Fans name films by where they stand in a series, not by title: "the next Kestrel Run" is
the film the newest reports are about, "the last Veilrunner movie" the one released before
it. Articles give a film's year beside its title ("the 2024 entry 'The Hollow Crown'",
"2024's Ashfall", "Ashfall (2024)"); that is how the earlier films are put in order.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from bot.engine.filmyears import film_year
from bot.engine.kinds import YESNO_STARTS, head_nouns
from bot.models import EntityKind
from bot.text import GLUE, normalize

if TYPE_CHECKING:
    from bot.aliases import Mention
    from bot.engine.index import Index
    from bot.engine.parse import ParsedQuestion
    from bot.models import Entity, Fact

# "the new Veilrunner", "the next kestrel run": a franchise's newest film, not all of it.
NEWEST = frozenset("new next latest newest upcoming".split())
# "the Hushwater sequel": the franchise's newest film, when that is not its first.
SEQUEL = frozenset({"sequel"})
# "the last Veilrunner movie", "the previous kestrel run": the film before the newest.
PREVIOUS = frozenset("last previous prior".split())
# "the first Saltmarsh movie", "the original Veilrunner": the series' first film
# (questions are read normalized: "first" is "1st", and fans' "og" "original").
FIRST = frozenset("1st original".split())

# "the new one", "this movie", "the franchise": the film the news is about, unnamed, whose
# words ask nothing a passage must say ("where are they shooting the new one").
_THIS = frozenset("the this".split())
_UNNAMED_FILM = frozenset("one 1 movie film flick sequel".split())  # "one" reads as "1"
_UNNAMED_SERIES = frozenset("franchise series saga".split())  # "who directs the franchise now"


def unnamed_film(words: Sequence[str], i: int) -> bool:
    """Whether `words[i]` is the "new" or the "one" of "the new one" or "this one"."""
    if words[i] in NEWEST:
        return 0 < i < len(words) - 1 and words[i - 1] in _THIS and words[i + 1] in _UNNAMED_FILM
    if words[i] == "this":
        return i + 1 < len(words) and words[i + 1] in _UNNAMED_FILM
    if words[i] in _UNNAMED_SERIES:
        return i > 0 and words[i - 1] in _THIS
    return words[i] in _UNNAMED_FILM and i > 0 and unnamed_film(words, i - 1)


def named_by_place(words: Sequence[str], i: int, named: Collection[str]) -> bool:
    """Whether `words[i]` says where in its series the film the question names stands,
    which a passage about that film need not repeat: "the original Grayhollow Protocol"
    (the film its title names), "the new Grimsworth Manor sequel" (the one the news is
    about: "the sequel was directed by ...")."""
    if i + 1 >= len(words) or words[i + 1] not in named:
        return False
    if words[i] in FIRST:
        return True
    # the name and the word after it: "sequel" may be read as part of the name ("who
    # directed the new Smokejack" asks of the reboot, as "the new Smokejack film" does)
    end = next((k for k in range(i + 1, len(words)) if words[k] not in named), len(words))
    after = words[end : end + 1]
    return words[i] in NEWEST and (
        not _UNNAMED_FILM.isdisjoint(words[i + 1 : end + 1]) or not after or after[0] in GLUE
    )


def unnamed_newest(index: Index, words: Sequence[str], named: Sequence[str]) -> str | None:
    """The film "the new one" means in a question naming no film nor series."""
    if not any(unnamed_film(words, i) for i in range(len(words))):
        return None
    if words[:1] and words[0] in YESNO_STARTS and NEWEST.isdisjoint(words):
        return None  # "is Grevenbroek directing this one too": left to the yes/no reading
    kinds = {index.entities[e].kind for e in named if e in index.entities}
    if kinds & {EntityKind.FILM, EntityKind.FRANCHISE}:
        return None
    return newest_news_film(index)  # worked out once per index: it reads every film's facts


def newest_news_film(index: Index) -> str | None:
    """The film the newest news is about (`_newest_news_film`), worked out once per index."""
    if index not in _NEWEST_NEWS:
        _NEWEST_NEWS[index] = _newest_news_film(index)
    return _NEWEST_NEWS[index]


# Let go with the index, as `namekinds` does: a reload's old index is no longer held.
_NEWEST_NEWS: WeakKeyDictionary[Index, str | None] = WeakKeyDictionary()


def _newest_news_film(index: Index) -> str | None:
    """The newest film of the one series the facts know; of several series, and films of
    none (a reboot's news beside MI's), the one the newest news is about, if it alone is
    (the most facts of that day break a tie: an article's own film, not those it
    recalls), and if it is new then: a reboot's news names no film newer than its 2001
    sequel."""
    series = [e for e in index.entities.values() if e.kind is EntityKind.FRANCHISE]
    newest = [f for s in series if (f := newest_film(index, s.id)) is not None]
    newest += [f.id for f in index.names.films if not f.franchise]
    if not newest:
        return None
    ranked = sorted((_reported(index, index.entities[f]), f) for f in newest)
    (reported, _), film = ranked[-1]
    if len(ranked) > 1 and ranked[-2][0] == ranked[-1][0]:
        return None
    if _newer_film_news(index, reported):
        # film news newer than every film's is of a series the draft found no film of:
        # an article on "the seventh performer to play the spy Kestrel Vane" beside MI's
        return None
    if len(ranked) == 1:
        return film
    year = film_year(index, index.entities[film])
    return None if year is not None and year < int(reported[:4] or 0) - NEW_YEARS else film


NEW_YEARS = 1  # how many years before its news a film may be out and still "the new one"
# Stems of film news: a passage newer than a film's with one is news of some film.
_FILM_NEWS = ("film", "movie", "sequel", "franchise")


def _newer_film_news(index: Index, reported: str) -> bool:
    """Whether a passage reported after `reported` (a date) is film news."""
    return any(
        index.entries[i].fact.passage and (index.entries[i].fact.source.date or "") > reported
        for s in _FILM_NEWS
        for i in index.by_stem.get(s, ())
    )


def _reported(index: Index, film: Entity) -> tuple[str, int]:
    """The newest report about `film`, and how many facts are about it."""
    facts = [index.entries[i].fact for i in index.by_entity.get(film.id, ())]
    return max((f.source.date or "" for f in facts), default=""), len(facts)


def newest_film(index: Index, franchise: str) -> str | None:
    """The film of `franchise` that "the new X" means: the one the newest reports are
    about, and of those the one they say most about (an article's subject)."""
    films = index.names.films_of.get(franchise, ())
    return max(films, key=lambda f: _reported(index, f)).id if films else None


def previous_film(index: Index, franchise: str) -> str | None:
    """The film of `franchise` that "the last X" means: of those before the newest, the
    one of the latest year the facts give; None when they give no year."""
    newest = newest_film(index, franchise)
    dated = [
        (year, film.id)
        for film in index.names.films_of.get(franchise, ())
        if film.id != newest and (year := film_year(index, film)) is not None
    ]
    return max(dated)[1] if dated else None


_YEAR_SUFFIX = re.compile(r"\s*\((?:19|20)\d\d\)$")


def first_film(index: Index, franchise: str) -> str | None:
    """The film of `franchise` that "the first X" means: the one titled as the series is
    ("Veilrunner"), else the earliest when the facts give every film's year; None when
    they don't say."""
    films = index.names.films_of.get(franchise, ())
    series = normalize(index.entities[franchise].name)
    for film in films:
        if normalize(_YEAR_SUFFIX.sub("", film.name)) == series:  # "Obsidra (2008)"
            return film.id
    years = [(film_year(index, film), film.id) for film in films]
    dated = [(year, film) for year, film in years if year is not None]
    return min(dated)[1] if dated and len(dated) == len(years) else None


# "Who is she playing", "what will he direct next": a question of what someone does now,
# in the normalized words ("she is playing", "will direct").
_NOW = frozenset("is are am will".split())
NOW_REACH = 4  # "is Ilse Marrin playing": a name between "is" and its -ing


def asks_of_now(words: Sequence[str]) -> bool:
    """Whether a question asks of what is done now or next: "will", or "is" before a
    verb's -ing ("what's the character she's playing"), not "who was" or "who played"."""
    return "will" in words or any(
        w in _NOW and any(v.endswith("ing") and len(v) > 4 for v in words[i + 1 : i + NOW_REACH])
        for i, w in enumerate(words)
    )


def current_film(index: Index, latest: Mapping[str, str]) -> Entity | None:
    """The film the news is about now: the one of the newest reports (`latest`, each
    film's newest report date), and of those the one most facts are tagged with (an
    article's own film, not the earlier ones it recalls)."""
    films = index.names.films
    return max(
        films,
        key=lambda f: (latest.get(f.id, ""), len(index.by_entity.get(f.id, ()))),
        default=None,
    )


def earlier_films(
    index: Index, parsed: ParsedQuestion, current: Entity | None, candidates: Iterable[int]
) -> set[int]:
    """The `candidates` tagged only with films other than the `current` one (the news's)
    and saying nothing of now, when the question names someone, no film, and asks of
    now: "what's the name of the character she's playing" is not asked of "a courtroom
    drama in which she played a translator". A question naming nothing, referring to a
    film ("where are they shooting it", "when does the sequel come out") and not asking
    of the past, asks of the news's film: every other film's facts rank as another's."""
    kinds = {index.kind(e) for e in parsed.entities}
    # "which film came in second", "what was the film that ..." ask for a film, not of one
    asked_for = head_nouns(list(parsed.words))
    dated = ("release", "date") in pairwise(parsed.words)  # "the new release date"
    unnamed = _of_the_unnamed_film(set(parsed.words) - asked_for, kinds) or (dated and not kinds)
    # of someone's work now, not of a trailer's date
    of_someone_now = (
        EntityKind.PERSON in kinds and _FILM_KINDS.isdisjoint(kinds) and asks_of_now(parsed.words)
    )
    if current is None or not (unnamed or of_someone_now):
        return set()
    now = current.id
    return {
        at
        for at in candidates
        if (tagged := index.entries[at].films)
        and now not in tagged
        # "... best remembered for X (2019), will play Corvin Tallow": of now, all the same
        # (of someone named; "MI8 will begin after ..." is no news of the unnamed film)
        and (unnamed or not asks_of_now(normalize(index.entries[at].fact.answer).split()))
    }


def _of_the_unnamed_film(words: set[str], kinds: set[EntityKind | None]) -> bool:
    """Whether a question naming nothing refers to a film ("it", "the sequel", "they"
    shooting it, or the shooting alone) and asks of now or of a plan, not of the past."""
    makers = not _MAKING.isdisjoint(words) and not (_MAKERS | _MAKING_ALONE).isdisjoint(words)
    return (
        not kinds
        and (not _REFERRING.isdisjoint(words) or makers)
        and (_PAST.isdisjoint(words) or not _PLANNED.isdisjoint(words))
    )


_FILM_KINDS = frozenset({EntityKind.FILM, EntityKind.FRANCHISE})
# Words a question refers to the film of the news by, naming none
_REFERRING = frozenset("it sequel film films movie movies".split())
# ... and its makers, asked about making it: "when do they start shooting" (not "when do
# they announce the winners", a festival's), or the making: "where was shooting to start"
_MAKERS, _MAKING_ALONE = frozenset({"they"}), frozenset("shooting filming".split())
_MAKING = frozenset("shoot shooting shot film filming filmed wrap wrapping wrapped".split())
# Words asking of the past: "when did it come out" may mean any film.
_PAST = frozenset("did was were had".split())
# ... but "when was the sequel originally supposed to come out" asks of the news's plan.
_PLANNED = frozenset("supposed originally meant planned scheduled".split())


def later_films(
    index: Index, words: Sequence[str], mentions: Sequence[Mention], candidates: Iterable[int]
) -> set[int]:
    """The `candidates` (entry positions) tagged with a later film of a series the question
    asks of as "the first X", neither tagged with the series itself (whose entity stands
    for its first film) nor naming it or an earlier film ("its predecessor"): "when did
    the first Kettle & Crow come out" is not asked of "the third installment"."""
    firsts = _firsts(index, words, mentions)
    if not firsts:
        return set()
    names = [
        name.casefold()
        for f in firsts
        for name in (index.entities[f].name, *index.entities[f].aliases)
        if len(name) > 3
    ]
    out = set()
    for at in candidates:
        fact = index.entries[at].fact  # its entities as tagged, without films' series
        if not _EARLIER_WORDS.isdisjoint(normalize(fact.answer).split()):
            continue
        implied = (
            firsts.isdisjoint(fact.entities)
            and not any(name in fact.answer.casefold() for name in names)
            and any(
                index.kind(e) is EntityKind.FILM and index.entities[e].franchise in firsts
                for e in fact.entities
            )
        )
        if implied or _names_a_later_film(index, firsts, fact):
            out.add(at)
    return out


# Words by which a passage tagged with a later film speaks of an earlier one.
_EARLIER_WORDS = frozenset("1st original originally previous earlier predecessor prior".split())
_EARLIER_NAMED = _EARLIER_WORDS - {"1st"}  # ("her first and only choice": no earlier film)


def _firsts(index: Index, words: Sequence[str], mentions: Sequence[Mention]) -> set[str]:
    """The series a question names after "first" or "original"."""
    return {
        m.entity_id
        for m in mentions
        if m.start
        and words[m.start - 1] in FIRST
        and index.kind(m.entity_id) is EntityKind.FRANCHISE
    }


def of_a_later_film(
    index: Index, words: Sequence[str], mentions: Sequence[Mention], passage: Fact
) -> bool:
    """Whether a `passage` names another film of the series than the one a question means
    by "the first X", when X's first film has no entity of its own (the series is named
    after it): '"The Hollow Crown," which grossed $1.12 billion' is no answer to "how
    much did the first Veilrunner gross" (a sentence only tagged with the article's film,
    "Night Ferry opened in 2024", may be). Nor is a passage of the whole series ("the
    designer behind the Veilrunner films")."""
    firsts = _firsts(index, words, mentions)
    return bool(firsts) and _names_a_later_film(index, firsts, passage)


def _names_a_later_film(index: Index, firsts: set[str], passage: Fact) -> bool:
    """`of_a_later_film`, for the series `firsts` the question asks the first film of."""
    text = passage.answer.casefold()
    later = [
        film
        for film in (index.entities.get(e) for e in passage.entities)
        if film is not None and film.kind is EntityKind.FILM and film.franchise in firsts
    ]
    if any(
        name.casefold() in text
        for film in later
        for name in (film.name, *film.aliases)
        if len(name) > 3
    ):
        return True
    # "Instead, the film will premiere on Prism": the later film, by "the film" (or one
    # "returns to direct"), never naming the series nor "the original" another way
    series = [index.entities[f].name.casefold() for f in firsts if f in index.entities]
    said = normalize(text)
    if later and _OF_THE_LATER.search(text) and not any(name in text for name in series):
        return _EARLIER_NAMED.isdisjoint(said.split()) and "1st film" not in said
    # "the costume designer behind the Ironweald films" is of every film, not the first's
    whole_series = any(re.search(re.escape(name) + _WHOLE_SERIES, text) for name in series)
    return whole_series and _EARLIER_WORDS.isdisjoint(said.split())


# After a series' name, words that speak of all its films at once.
_WHOLE_SERIES = r"[\"\u201d,]* (?:films|movies|franchise|series|saga)\b"
_OF_THE_LATER = re.compile(
    r"\b(?:the|this) (?:film|movie|sequel|installment|instalment)\b"
    r"|\b(?:returns|returning|will return|is back) (?:to|as|for)\b"
)


# Nouns after a series' name that ask of all its films together: "when do the Cinderfall
# films hit Lumora+" is not answered by a sentence about one of them, nor "how much has
# the Quillhaven series grossed" by one film's takings.
SERIES_PLURALS = frozenset(
    "films movies installments instalments entries sequels series franchise".split()
)


def of_the_whole_series(words: Sequence[str], mentions: Sequence[Mention]) -> bool:
    """Whether a question asks of a series' films together, naming it with a plural."""
    return any(words[m.end : m.end + 1] and words[m.end] in SERIES_PLURALS for m in mentions)


# A film's name shorter than this is no evidence a passage names it ("HC", "WT").
MIN_FILM_NAME = 4


# Words that open a sentence about an earlier film: "The first Glass Orchard earned ...".
EARLIER_FILM = frozenset("1st original previous earlier last prior".split())
EARLIER_FILM_REACH = 3


def of_earlier_film(passage: str) -> bool:
    """Whether `passage` opens on an earlier film than the one its article is about."""
    return not EARLIER_FILM.isdisjoint(normalize(passage).split()[:EARLIER_FILM_REACH])


def other_names(index: Index, mentions: Sequence[Mention]) -> frozenset[str]:
    """The normalized names of the films `mentions` name, each in every form it has
    ("Hollowfen: The Clockwright's Debt" for "Hollowfen 2", "Lumenfall" of "Lumenfall (2019)")."""
    films = (index.entities.get(m.entity_id) for m in mentions)
    return frozenset(
        normalize(_YEAR_SUFFIX.sub("", name))
        for film in films
        if film is not None and film.kind is EntityKind.FILM
        for name in (film.name, *film.aliases)
        if len(name) >= MIN_FILM_NAME
    )
