"""What "how long" asks: a structure's length, an act's time, or either.

"How long's the church" is answered by "about 68 metres long", never by "building work
continued for roughly ninety years"; "how long did the siege last" by a time, never by
"68 metres"; "how long is the Vell" (a name alone) by either, as its passage says.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from bot.engine.dimensions import DIMENSIONS, TIMES
from bot.text import DETERMINERS, stem

# "How long": a span of time or of distance, said with its unit.
DISTANCES = frozenset(
    """mile miles kilometre kilometres kilometer kilometers km metre metres meter meters foot
    feet yard yards""".split()
)
SPANS = DISTANCES | TIMES
# Kinds of answer that are a span measured in units: any, a time, or a structure's length.
SPAN_KINDS = frozenset({"span", "duration", "length"})
# The words of "how long did filming last/take" that the span itself answers.
DURATION_WORDS = frozenset("long last take".split())

# Words asking for a film's length: "what's the runtime on dr3", "how long's the movie".
RUNTIME_WORDS = frozenset("runtime length".split())
_WORKS = frozenset("film movie flick picture feature episode cut".split())

# Things whose "how long is it" asks for a distance: what is built or lies on the land.
STRUCTURES = frozenset(
    """church cathedral abbey chapel nave bridge tunnel canal river stream road street
    railway railroad line route track trail wall dam ship boat vessel building tower
    runway pier viaduct aqueduct glacier lake island coast coastline beach corridor hall
    dock quay jetty platform causeway breakwater range ridge valley gorge estuary border
    frontier boundary path footpath rampart moat ditch dyke dike embankment levee fence hedge
    pipeline gallery room course""".split()
)
# ... asked with a copula and nothing else: "how long was the ship", not "how long is the
# bridge closed" (a time).
_BARE_COPULAS = frozenset("is was are were s".split()) | DETERMINERS  # "how long the church"
_ACT_WORDS = frozenset("open shut run running use used active".split())
# "How long" and these ask how long an act took: "how long did the siege last".
_ACT_AUXILIARIES = frozenset("did does do will would has had have can could".split())


def how_long_kind(words: Sequence[str]) -> str | None:
    """ "length" or "duration" for a normalized "how long" question that asks only one,
    None when it may ask either ("how long is the film": its runtime); "length" for "what
    is the length of the pier" (a structure's, not a film's runtime)."""
    if list(words[:2]) != ["how", "long"]:
        structure = not STRUCTURES.isdisjoint(words) and _WORKS.isdisjoint(words)
        return "length" if "length" in words and structure else None
    if measures_a_structure(words):
        return "length"
    return "duration" if words[2:3] and words[2] in _ACT_AUXILIARIES else None


def measures_a_structure(words: Sequence[str]) -> bool:
    """Whether a "how long" question asks a structure's length: "how long's the church"
    (normalized "how long the church"), "how long is the Vell river"."""
    rest = words[2:]
    if not rest or rest[0] not in _BARE_COPULAS or STRUCTURES.isdisjoint(rest):
        return False
    return not any(w in _ACT_WORDS or w.endswith(("ed", "ing")) for w in rest[1:])


def of_a_named_structure(kind: str, words: Sequence[str], said: Sequence[str]) -> str:
    """The kind of answer "how long is the Yarvent" asks of a passage whose subject is
    said to be a structure (`said`: "River Yarvent river"): its length, not any span."""
    rest = [w for w in words[3:] if w not in DETERMINERS]
    bare = kind == "span" and words[2:3] and words[2] in _BARE_COPULAS and rest
    structure = bare and set(rest) <= set(said) and not STRUCTURES.isdisjoint(said)
    return "length" if structure else kind


def said_by_a_span(kind: str, stem: str) -> bool:
    """Whether a question's word (its `stem`) needs no passage word, the span of a `kind`
    of answer saying it: "long", "last", "take" of "how long did filming take"; or the sum
    of money answering "how much money did the campaign raise"."""
    return (kind in SPAN_KINDS and stem in DURATION_WORDS) or (kind, stem) == ("money", "money")


# Verbs a span of an act's duration stands by, whatever the act is called: "filming ...
# wrapped after 94 days", "the siege ended after 40 days", "will last five months".
# ("Take" and "spend" are left out: "takes place"; "spent three weeks in Calastra" is a
# part of the shoot, not all of it.)
# ... and words a thing's own length stands by: "flows for 214 km", "stretching for about
# 180 kilometres", "214 km in length".
LASTING = frozenset(
    "last wrap finish complete end conclude flow extend stretch measure length".split()
)
# Words before "last" that make it an adjective: "the last film", "the very last".
_BEFORE_ADJECTIVE = DETERMINERS | {"very", "first", "and"}


def lasting_at(words: list[str], stems: list[str]) -> list[int]:
    """Where `LASTING` verbs stand: "the last film" has none, "that lasted" has one."""
    return [
        i
        for i, s in enumerate(stems)
        if s in LASTING and not (i and words[i - 1] in _BEFORE_ADJECTIVE and words[i] == "last")
    ]


def measured_at(
    kind: str, question: Sequence[str], words: list[str], stems: list[str]
) -> list[int]:
    """Where a passage says what a measure asked is of, beside its number: a span's
    `LASTING` words ("wrapped after 94 days"), or the asked dimension's ("how tall was
    the keep": "rose to a height of 24 metres")."""
    if kind == "length":  # ... and "212 kilometres (132 mi) long" its own "long"
        return lasting_at(words, stems) + [i for i, w in enumerate(words) if w == "long"]
    if kind in SPAN_KINDS:
        return lasting_at(words, stems)
    if question[:1] != ("how",) or len(question) < 2:
        return []
    dimension = next((d for d in DIMENSIONS.values() if question[1] in d), frozenset())
    return [i for i, w in enumerate(words) if w in dimension and w != "long"]


def asks_runtime(words: Sequence[str], said: Iterable[str]) -> bool:
    """Whether a normalized question asks a film's running time, in hours and minutes:
    "what's the runtime", "how long's the movie" (not "how long did the film shoot")."""
    if not RUNTIME_WORDS.isdisjoint(said):
        return True
    rest = words[2:] if tuple(words[:2]) == ("how", "long") else ()
    return bool(rest) and rest[0] in _BARE_COPULAS and rest[-1] in _WORKS


# Spans a passage may give by the one word for them: "in its first decade" for "in its
# first ten years", "for a century" for "for 100 years", "a fortnight" for "two weeks".
UNIT_MULTIPLES = {
    ("10", "year"): "decade",
    ("100", "year"): "century",
    ("2", "week"): "fortnight",
}


def said_as_one_unit(sequence: Sequence[str], number: str, have: Iterable[str]) -> bool:
    """Whether the question's `number` and the unit after it (in its normalized
    `sequence`) are said in the passage (its words and stems, `have`) by one word."""
    said = set(have)
    if number == "1" and "single" in said:
        return True  # "over one wet season": "in a single wet season"
    return any(
        a == number and UNIT_MULTIPLES.get((a, stem(b))) in said for a, b in pairwise(sequence)
    )


def unit_of_multiple(term: str, have: Iterable[str]) -> bool:
    """Whether a question's unit `term` ("year") is said by a multiple of it ("decade")."""
    said = set(have)
    return any(unit == term and word in said for (_, unit), word in UNIT_MULTIPLES.items())
