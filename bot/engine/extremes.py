"""A superlative or an exclusive word a question asserts must be the passage's too:
"which park is the smallest?" is not answered by "three small ponds", "the largest
lighthouse" not by "the largest of the parks ... the old lighthouse", "the biggest
opening" not by "the third largest opening", and "the only one" not by "a first one"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import counting, opposites
from bot.engine.explain import agent_bases
from bot.engine.otherwords import says_up_to
from bot.engine.verdicts import OTHER_THING, Verdict
from bot.text import GLUE, stem

_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")  # a passage's years, the last of a series its latest
# Words claiming a thing alone of its kind: "the first planned community" is no "only" one.
EXCLUSIVES = frozenset("only sole solely every all".split())
# How close a superlative stands to the noun it says it of: "the largest of the parks".
SUPERLATIVE_REACH = 4
# A superlative after "at its" is a time, the one of a peak: "when it was at its busiest".
_AT_ITS = [("at", owner) for owner in "its their his her the".split()]
PEAK_WORDS = frozenset("peak heyday".split())
# Nouns a superlative makes a span of, which no noun beside it need say: "the longest time".
_SPANS = frozenset("time period spell".split())


def unsaid(asked: Sequence[str], words: list[str], stems: list[str]) -> Verdict | None:
    """The refusal of a passage (its normalized `words` and their `stems`) that does not
    say a superlative or an exclusive word of the question (`asked`, its normalized
    words) of the noun it is said of; None when it says each."""
    for i, word in enumerate(asked):
        if not (opposites.superlative_at(asked, i) or word in EXCLUSIVES):
            continue
        if counting.a_rate(asked, i):
            continue  # "how many visit every year": "340,000 visitors a year"
        if tuple(asked[max(0, i - 2) : i]) in _AT_ITS and not PEAK_WORDS.isdisjoint(stems):
            continue  # "when staffing was at its highest": "At its peak in 1942"
        if _maximum_measured(asked, i, words, stems):
            continue  # "how wide are the largest cracks": "some up to 4 millimetres wide"
        if opposites.latest_count(asked, i) and _counts_dated(words):
            # "at the latest census": "31,420 in 2011, ... 34,087 by 2021", "At the 2021
            # census it had 912" (unless the article tells a later one, see `latest`)
            continue
        if (said_as := opposites.extreme_said(word, words, asked)) is None:
            return Verdict.fail("contradicts", word, OTHER_THING)  # of others than the extreme
        # "the largest lighthouse" against "the largest of the parks ... the old lighthouse"
        noun = next((w for w in asked[i + 1 : i + 3] if w not in GLUE), None)
        if tuple(asked[i + 1 : i + 2]) in (("in",), ("on",), ("at",)) or noun in _SPANS:
            # "one of the largest in New Zealand": its noun went before; "for the longest
            # time" is how long, which "the longest-serving manager" says
            noun = None
        if (
            noun is not None
            and opposites.apart(words, stems, said_as, stem(noun), SUPERLATIVE_REACH)
            and not _extreme_doer(asked, words, said_as, noun)
            and not _quality_said_otherwise(words, said_as, noun)
        ):
            return Verdict.fail("contradicts", f"{word} {noun}")
    if _record_asked(asked) and not any(
        w == "record" or opposites.is_superlative(w) for w in words
    ):
        return Verdict.fail("contradicts", "record", OTHER_THING)  # "draws crowds above 4,000"
    return None


# Superlatives that ask a maximum, which "up to 4 millimetres" or "at its peak" gives.
_MAXIMA = frozenset("largest biggest widest highest longest deepest tallest heaviest most".split())


def _maximum_measured(asked: Sequence[str], i: int, words: list[str], stems: list[str]) -> bool:
    """Whether a question measuring a maximum ("how wide are the largest of the cracks",
    "the largest number of workers at one time") meets the passage's bound on the measure
    ("some up to 4 millimetres wide", "employed up to 3,400 workers at its peak")."""
    measured = asked[:1] == ("how",) or "number" in asked
    bounded = says_up_to(words) or not PEAK_WORDS.isdisjoint(stems)
    return asked[i] in _MAXIMA and measured and bounded


def _quality_said_otherwise(words: list[str], said_as: str, quality: str) -> bool:
    """Whether the passage says the question's "most" quality in another word right after
    it: "the most common species" is "the most numerous" (not "the common guillemot")."""
    mates = GENERAL_CONCEPTS.mates(quality)
    return any(
        w == said_as and words[i + 1 : i + 2] in ([m] for m in mates) for i, w in enumerate(words)
    )


def _counts_dated(words: list[str]) -> bool:
    """Whether a passage dates counts of a series by several years, or one by the year
    before its name: "at the 2021 census" (not "a census in 1990")."""
    years = set(filter(_YEAR.fullmatch, words))
    named = any(
        _YEAR.fullmatch(w) and nxt in opposites.COUNTED_RECENTLY for w, nxt in pairwise(words)
    )
    return len(years) > 1 or named


def _extreme_doer(asked: Sequence[str], words: list[str], said_as: str, noun: str) -> bool:
    """Whether the passage says the superlative of one who does the question's act to its
    `noun`: "which company employs the most people" is "the largest employer" (but "the
    largest producer of cheese" produces no most wine)."""
    acts = {stem(w) for w in asked if w not in GLUE}
    return any(
        w == said_as
        and words[k + 1 : k + 2]
        and (doer := words[k + 1]).endswith(("er", "or"))
        and not acts.isdisjoint({stem(b) for b in agent_bases(doer)} | agent_bases(doer))
        and (words[k + 2 : k + 3] != ["of"] or noun in words[k + 3 : k + 3 + SUPERLATIVE_REACH])
        for k, w in enumerate(words)
    )


# Nouns after "record" that make it a recording's: "which record label".
_RECORDINGS = frozenset("label labels company companies deal store shop producer player".split())


def _record_asked(asked: Sequence[str]) -> bool:
    """Whether the question asks a record ("what is the record crowd", "the attendance
    record"), which a passage says as a record or a superlative ("the largest crowd")."""
    before, after = ["", *asked[:-1]], [*asked[1:], ""]
    return any(
        w == "record" and nxt not in _RECORDINGS and prev in _BEFORE_A_RECORD
        for prev, w, nxt in zip(before, asked, after, strict=True)
    )


# Words before "record" the noun ("the record crowd", "the attendance record"), not the
# verb ("did the orchestra record", "how many sessions did they record").
_BEFORE_A_RECORD = frozenset(
    "the a an its their his her what which s new world attendance points scoring".split()
)


# What says a record is of all time: "the biggest opening ever", "in the festival's
# history", "the all-time record", "of any film".
UNBOUNDED_SAID = frozenset("ever history time any".split())


def bounded_record(sequence: tuple[str, ...], words: list[str]) -> bool:
    """ "Is it the most viewed trailer ever?" against "187 million views, a record for
    Marlowe-Kestrel": "ever" after a superlative (not "did he ever direct one", at any
    time) asks a record of all time, which a passage saying none of it does not state."""
    if "ever" not in sequence:
        return False
    at = sequence.index("ever")
    if not _BOUNDING.isdisjoint(sequence[at + 1 : at + 3]):
        return False  # "the biggest ever by X", "the largest crowd ever seen at X": bounded
    before = sequence[max(at - 2, 0) : at]
    if len(before) == 2 and before[1] in _HAVE and before[0] not in _RELATIVES:
        # "the biggest crowd they've ever had", "the most snow Fresno has ever had": their
        # record, not all time's ("the largest ship that has ever sailed" is all time's)
        return False
    first = next(
        (
            i
            for i, w in enumerate(sequence[:at])
            if opposites.is_superlative(w) or w in ("most", "record")
        ),
        None,
    )
    if first and sequence[first - 1] not in _UNOWNED:
        return False  # "the club's biggest ever crowd", "its biggest ever": the owner's
    return first is not None and UNBOUNDED_SAID.isdisjoint(words)


_BOUNDING = frozenset("by for in at among".split())  # what bounds a record "ever" set
# Words before a superlative that leave it no owner: "the biggest ever", "is biggest".
_UNOWNED = frozenset("the a an is was are were be been what which".split())


# "... they have ever had", "... it has ever made": the record asked is its owner's own.
_HAVE = frozenset("have has had".split())
_RELATIVES = frozenset("that which who".split())
