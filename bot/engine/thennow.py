"""What holds now, asked of a passage that tells what was: "how many screens does it have
now?" is not answered by "the eight-screen Upbridge opened in 1988". A passage set years
before its article was written says what was, not what is, unless it says it still is.

And the other way round: what held some time ago ("how many did it employ a year ago") is
not told by what holds now ("now employs about 2,300"), nor one year's figure ("in its
opening year") by a yearly rate ("attracts 14,000 visitors a year").
"""

from __future__ import annotations

import re

from bot.engine import plans
from bot.engine.premise import Asked
from bot.engine.setting import CENTURY, YEAR
from bot.engine.verdicts import OTHER_THING, PASS, Verdict
from bot.models import Fact
from bot.text import normalize, stem

# What asks what holds at the time of asking: "who runs it now", "these days".
_NOW = re.compile(
    # (not "the club now known as X", which names it: "when was it founded" asks the past)
    r"\b(?:now|today|currently|current|presently|nowadays|these days)\b"
    r"(?! (?:known|called|named|titled)\b)"
    r"|\bhow many (?:people|residents|inhabitants) (?:live|reside)\b"  # there today
)
# ... and a present-tense question of who holds a post, against a passage whose terms of
# office all ended: "who chairs the authority" is not "X (1969-1988) and Y (1988-2011)".
_HOLDS_NOW = re.compile(
    r"^who (?:chairs|heads|leads|runs|manages|directs|edits|coaches|captains|governs)\b"
)
_TERM_ENDED = re.compile(
    r"\b(?:1[5-9]|20)\d\d ?[-\u2013] ?(?:1[5-9]|20)\d\d\b|\buntil (?:1[5-9]|20)\d\d\b"
)
# What says a passage's fact still holds: "today operates", "still runs", "as of 2026",
# or is yet to come: "will take over the role she played in 2019".
_STILL = re.compile(
    r"\b(?:now|today|currently|presently|still|remains|continues|as of|will|is set to)\b"
    # "The current music director ... was appointed in 2014" (of its subject: not "a record
    # set in 1948, unlikely to be beaten given the present capacity")
    r"|^(?:[\w'-]+,?\s+){0,4}(?:current|incumbent|present)\b"
    # ... or what has been so since then, in the present perfect: "Since 2018 the title
    # sponsor has been X", "has served as mayor since 2019", "X, whose music for the 2023
    # thriller ..., has been hired to score it", "has had no cinema since the Regal closed"
    r"|\b(?:has|have) been\b|\b(?:has|have) \w+\b[^.;]*\bsince\b"
    r"|\bheld since\b"  # "the harbour master, a post held since 2021 by X"
)
# How many years before its article a passage's latest year must be to say only what was.
PAST_YEARS = 2
# ... nor by one telling how a thing was at its start, and not how it is now: "PTV began
# broadcasting in 1984, initially for only two hours a day".
# (Not "originally" alone, which marks a plan since changed: "up from the $110 million
# originally approved"; but "as originally built" is how it was built.)
_AT_FIRST = re.compile(
    r"\b(?:initially|at first|at the outset|to begin with|as (?:first |originally )?built)\b"
    # ... or by a subject that was the first: "The original capacity was 30,000"
    r"|^(?:the|its|their|his|her) original\b"
)
# ... nor by an act told in the past over a span since ended: "X edited the paper for 23
# years" (not "has edited it for 23 years", which holds still).
_SPAN_ENDED = re.compile(
    r"\b(?<!has )(?<!have )\w+ed\b(?:\s+[\w'-]+){0,4}?\s+for\s+(?:[\w-]+\s+){1,2}?"
    r"(?:years|decades)\b"
)
# ("initially put at $48 million, has grown to about $61 million": what it has come to)
_NOW_SAID = re.compile(
    r"\b(?:now|today|currently|presently|since then|nowadays)\b|\b(?:has|have) (?:since )?\w+ to\b"
)
# ... but a move says where a thing is since, until another is told ...
_SETTLED = re.compile(r"\b(?:moved|relocated)\b(?:\s+\S+){0,4}\s+(?:from(?:\s+\S+){1,3}\s+)?to\b")
# ... and a sentence opening in the present tense says what holds at its writing
_PRESENT = re.compile(r"^(?:(?!which|who|that|was|were)[\w'-]+,?\s+){1,6}(?:is|are)\b")
# ... and a census is taken once in ten years or so, and the last one's count is today's.
_COUNTED = re.compile(r"\bcensus\b")
CENSUS_YEARS = 10


def then_not_now(question: Asked, fact: Fact) -> Verdict:
    """A question asking what holds now against a passage set only in years well before
    its article (see the module's docstring): no answer, and the next passage is read."""
    written = (fact.source.date or "")[:4]
    asked = " ".join(question.sequence)
    now = _NOW.search(asked) or (_HOLDS_NOW.search(asked) and _TERM_ENDED.search(fact.answer))
    if not now or not written.isdigit():
        return PASS
    said = fact.answer.lower()
    if (made := plans.plan_made_in(said)) is not None and made <= int(written) - PAST_YEARS:
        return Verdict.fail("no_answer", f"then {made}")  # "in 2019 it announced it would"
    if _AT_FIRST.search(said) and not _NOW_SAID.search(said):
        return Verdict.fail("no_answer", "at first")  # "initially for only two hours a day"
    now_said = _NOW_SAID.search(said) or _STILL.search(said) or _SETTLED.search(said)
    if _SPAN_ENDED.search(said) and not now_said:
        return Verdict.fail("no_answer", "span ended")
    years = [int(y) for y in YEAR.findall(fact.answer)]
    # "restored in the seventeenth century under Abbot X": its last year is 1699
    years += [int(n) * 100 - 1 for n in CENTURY.findall(normalize(fact.answer))]
    if not years or _STILL.search(said):
        return PASS
    if _SETTLED.search(said):
        return PASS  # "In 2009 the studio moved its headquarters to X": there since
    if _PRESENT.match(said):
        return PASS  # "The first-team manager is X, ... appointed in October 2023"
    if _COUNTED.search(said) and max(years) > int(written) - CENSUS_YEARS:
        return PASS  # "At the 2021 census the town had 38,612": the latest count
    if max(years) <= int(written) - PAST_YEARS:
        return Verdict.fail("no_answer", f"then {max(years)}")
    return PASS


# What asks what held before the time of writing: "how many did it employ a year ago".
_BEFORE_NOW = re.compile(r"\b(?:ago|last year|the year before|previously|formerly)\b")
# What marks a passage's act as holding at its writing: "and now employs about 2,300".
_NOW_ACT = frozenset("now currently today presently".split())
NOW_REACH = 2  # words from "now" to the act it marks: "now still employs"


def verdict(question: Asked, fact: Fact) -> Verdict:
    """`then_not_now`, `now_not_then`, then `rate_not_a_year`: the first that fails,
    else PASS."""
    now = then_not_now(question, fact)
    now = now if not now.ok else now_not_then(question, fact.answer)
    return now if not now.ok else rate_not_a_year(question, fact.answer)


# What asks the figure of one year: "in its opening year", "in the year it opened".
_ONE_YEAR = re.compile(
    r"\b(?:first|opening|last|final|inaugural|debut) (?:year|season)\b"
    r"|\bthe year (?:it|he|she|they|that|when)\b"
)
# What makes a figure a yearly rate: "attracts about 14,000 visitors a year".
_RATE = re.compile(r"\b(?:a|per|each|every) (?:year|season)\b|\bannually\b")


def rate_not_a_year(question: Asked, passage: str) -> Verdict:
    """A question asking a figure of one year ("how many visitors did it attract in its
    opening year") against a passage giving only a yearly rate ("attracts about 14,000
    visitors a year"): a rate says no one year's figure."""
    asked = " ".join(question.sequence)
    if question.kind not in ("count", "money") or _RATE.search(asked):
        return PASS
    year = _ONE_YEAR.search(asked)
    text = normalize(passage)
    if year is None or year[0] in text or not _RATE.search(text):
        return PASS
    return Verdict.fail("contradicts", "a year", OTHER_THING)


def now_not_then(question: Asked, passage: str) -> Verdict:
    """A question asking what held some time ago against a passage telling its act only
    as it is now: "how many did the chain employ twelve months ago?" against "... 148
    shops from 129 a year ago, and now employs about 2,300 people"."""
    if not _BEFORE_NOW.search(" ".join(question.sequence)):
        return PASS
    words = normalize(passage).split()
    stems = [stem(w) for w in words]
    for term in question.terms:
        uses = [i for i, s in enumerate(stems) if s == term]
        if uses and all(not _NOW_ACT.isdisjoint(words[max(0, i - NOW_REACH) : i]) for i in uses):
            return Verdict.fail("contradicts", "now", OTHER_THING)
    return PASS
