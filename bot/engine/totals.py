"""A sum of several things is no answer for one of them: "how much did the first Hexworth
movie make" is not answered by "the three existing films, which grossed a combined $1.7
billion", unless the question asks for the sum itself ("how much did the films make
together", "the franchise's total"). Nor is a whole the answer for a part of it: "how much
of her fee did she defer" against "deferred part of her $8 million fee"."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from bot.engine.kinds import is_count
from bot.engine.verbforms import DO
from bot.engine.verdicts import PASS, Verdict
from bot.text import is_number, normalize, stem

if TYPE_CHECKING:
    from bot.engine.premise import Asked

# Words by which a passage sums several things' figures.
SUMMED = frozenset("combined together collectively cumulative cumulatively altogether".split())
# Words by which a question asks for such a sum (or of several things).
ASKS_A_SUM = SUMMED | frozenset(
    "total all franchise series films movies installments sequels both".split()
)
_AMOUNTS = frozenset({"money", "count"})


# the word shortly before the amount: "grossed a combined $1.7 billion", "together took
# less than $10 million"
SUMMED_REACH = 4


def verdict(question: Asked, words: list[str], passage: str = "") -> Verdict:
    """A contradiction when every amount the passage (normalized `words`; `passage` as
    written) gives is summed over several things ("a combined $1.7 billion", "in Glasgow
    and Belfast, with a 45-day shoot") and `question` asks for one thing's."""
    if question.kind == "count" and _of_a_part(question.names, words, question.terms):
        return Verdict.fail("contradicts", "whole")
    if question.kind == "count" and _residents_unsaid(question.sequence, words):
        return Verdict.fail("no_answer", "residents")
    if question.kind in _AMOUNTS and _a_part_asked(question.sequence, words):
        return Verdict.fail("no_answer", "part")
    if question.kind in _AMOUNTS and _whole_including(question.terms, words):
        return Verdict.fail("no_answer", "part")
    if question.kind in _MEASURED and _of_places_together(question.words, passage):
        return Verdict.fail("no_answer", "places")
    if question.kind in _AMOUNTS and _of_a_list(question.sequence, passage):
        return Verdict.fail("no_answer", "listed")
    if question.kind in _AMOUNTS and _of_a_first_span(question.sequence, words):
        return Verdict.fail("no_answer", "first span")
    if question.kind not in _AMOUNTS or not ASKS_A_SUM.isdisjoint(question.sequence):
        return PASS
    if _several_doers(question.sequence):
        return PASS  # "how much did the founders raise": "who together raised £18,000"
    amounts = [i for i, w in enumerate(words) if is_number(w) and _large(words, i)]
    summed = [i for i in amounts if not SUMMED.isdisjoint(words[max(0, i - SUMMED_REACH) : i])]
    if not amounts or len(summed) < len(amounts):
        return PASS
    return Verdict.fail("contradicts", "summed")


def _several_doers(sequence: Sequence[str]) -> bool:
    """Whether a do-question's subject is plural: "how much did the founders raise"."""
    aux = next((i for i, w in enumerate(sequence) if w in DO), None)
    subject = sequence[aux + 1 : aux + 3] if aux is not None else ()
    return any(w.endswith("s") and stem(w) != w for w in subject)


# "a population of 4,215, most of whom live in Jovhaven": a count of a whole, and what
# is named after the words only a part of it, whose own count is not given.
_PART_WORDS = frozenset("most many some half all several few majority rest".split())


def _of_a_part(names: frozenset[str], words: list[str], terms: Sequence[str] = ()) -> bool:
    """Whether every word of `names` in the passage (normalized `words`) comes after its
    first "most of whom" that follows a number, or a key term (stemmed `terms`) does
    where a place or time sets the part apart: "twenty-two workers were killed ..., most
    of them in a tunnel collapse" counts no collapse's dead (but "11,000 volunteers, many
    of them students, worked on the line" counts those who worked)."""
    part = next(
        (
            i
            for i in range(1, len(words) - 2)
            if words[i] in _PART_WORDS
            and words[i + 1 : i + 3] in (["of", "whom"], ["of", "which"], ["of", "them"])
            and any(is_number(w) or is_count(w) for w in words[:i])  # ("fourteen workers")
        ),
        None,
    )
    named = [i for i, w in enumerate(words) if w in names]
    if part is None:  # "11,500 people live within the park, mostly in the villages of X"
        mostly = (
            i
            for i in range(1, len(words) - 1)
            if words[i] in _MOSTLY
            and words[i + 1] in _SETTING_APART
            and any(is_number(w) for w in words[:i])
        )
        part = next(mostly, None)
        return part is not None and bool(named) and min(named) > part
    if named and min(named) > part:
        return True
    if part + 3 >= len(words) or words[part + 3] not in _SETTING_APART:
        return False
    stems = [stem(w) for w in words]
    first = {s: i for i, s in reversed(list(enumerate(stems))) if s in terms}
    return any(i > part for i in first.values())


# ... and the adverbs saying the same: "mostly in the villages of X and Y".
_MOSTLY = frozenset("mostly mainly largely chiefly principally predominantly".split())
# Prepositions setting a part apart from its whole: "most of them in a tunnel collapse".
_SETTING_APART = frozenset("in at during on from".split())


# "how much of her fee did she defer" asks a part, which "deferred part of her $8 million
# fee" leaves untold: the amount after "part of" is the whole's.
_PART_OF = re.compile(r"\b(?:part|some|portion|share) of (?:(?:her|his|its|their|the) )?\d")


def _a_part_asked(question: Sequence[str], words: list[str]) -> bool:
    """Whether `question` asks how much of a whole ("how much of her fee") and the passage
    gives only the whole, after "part of"."""
    asked = " ".join(question[:3]) in ("how much of", "how many of")
    return asked and _PART_OF.search(" ".join(words)) is not None


# What a count or a span over several places together is no answer for one of them: "how
# many days of the shoot are in Iceland" against "in Budapest and Iceland, with a shoot
# of about 110 days".
_MEASURED = frozenset({"count", "money", "duration", "span", "length"})
# Places a passage puts something in together: "in Budapest and Iceland".
# ("in Cardiff, Budapest and the Welsh valleys", "residents of the low-lying Riverside and
# Millhaven districts" too)
_PLACE = r"(?:the )?[A-Z][\w'’-]+"
_PLACES_TOGETHER = re.compile(
    rf"\b(?:in|at|of) (?:the )?(?:[a-z][\w-]* ){{0,2}}{_PLACE}(?:, {_PLACE})*,? and {_PLACE}"
)
_PLACE_FIRST_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")


def _of_places_together(names: Collection[str], passage: str) -> bool:
    """Whether a place the question (its words, normalized: `names`) asks of stands in
    `passage` (as written) only beside another it shares a count with: "in Glasgow and
    Belfast, with a 45-day shoot"."""
    together = {
        normalize(p)
        for m in _PLACES_TOGETHER.finditer(passage)
        for p in _PLACE_FIRST_WORD.findall(m.group(0))
    }
    asked = together.intersection(names)
    if not asked:
        return False
    alone = _PLACES_TOGETHER.sub(" ", passage)
    return not any(w in asked for w in normalize(alone).split())


# "about 1,140 hectares of sand dunes, saltmarsh and grassland": an amount of a list.
# (the list ends at a relative clause or the next number: "1,200 pairs of storm petrels,
# which nest ..., and 22 pairs of chough" lists nothing)
_OF_A_LIST = re.compile(
    r"\d[\d,.]*(?: (?:thousand|million|billion))? (\w+) of "
    r"([^.;:()]+?)(?=, (?:which|who|where|that|when)\b|,? (?:and )?\d|[.;:()]|$)"
)


def _of_a_list(question: Sequence[str], passage: str) -> bool:
    """Whether "how many X of Y" meets a passage giving X only of a list Y is in after
    another ("1,140 hectares of sand dunes, saltmarsh and grassland"): the whole's."""
    if question[:2] != ("how", "many") or "of" not in question[3:5]:
        return False
    counted, of = stem(question[2]), question[question.index("of", 3) + 1 :][:1]
    # (a list's own "of" names what holds it: "of the Riverside and Millhaven districts of
    # Stoer" lists districts, and Stoer is the town they are in)
    lists = [
        m[2].split(" of ")[0] for m in _OF_A_LIST.finditer(passage) if stem(m[1].lower()) == counted
    ]
    return bool(lists and of) and all(
        ("," in items or " and " in items) and of[0] in normalize(items).split()[1:]
        for items in lists
    )


# A question for all of a count ("how many copies has it sold in total") is not answered
# by the count of its first span: "sold 4.1 million copies in its first year".
_WHOLE_ASKED = frozenset("total overall altogether".split())
_FIRST_SPAN = re.compile(
    r"\b(?:in|during|over|within) (?:its|their|the|his|her) (?:1st|first) "
    r"(?:\w+ )?(?:year|years|week|weeks|month|months|day|days|weekend|season)\b"
)


def _of_a_first_span(question: Sequence[str], words: list[str]) -> bool:
    """Whether the question asks a whole ("in total", "so far", "to date") and the passage
    (normalized `words`) counts only over a first span."""
    text = " ".join(question)
    whole = not _WHOLE_ASKED.isdisjoint(question) or " so far" in text or " to date" in text
    return whole and _FIRST_SPAN.search(" ".join(words)) is not None


def _large(words: list[str], at: int) -> bool:
    """Whether the number at `at` is an amount a sum is written in ("1 7 billion", "8 000
    screens", as normalized), not a count of things ("the three films") or a year."""
    after = words[at + 1 : at + 3]
    return not _MAGNITUDES.isdisjoint(after) or (
        len(after[:1]) == 1 and _GROUP.fullmatch(after[0]) is not None
    )


_MAGNITUDES = frozenset("thousand million billion".split())
_GROUP = re.compile(r"\d{3}")  # "8,000" is normalized "8 000"


# The words of living somewhere, by which a question asks for a population and a passage
# gives one: "how many people live there" is not answered by "the mill employs around 450
# people", whose people are counted for another reason.
_RESIDING = ("live", "living", "popul", "inhabit", "resid", "census", "dwell")


def _residents_unsaid(question: Sequence[str], words: list[str]) -> bool:
    """Whether `question` asks how many live somewhere and the passage (normalized
    `words`) says nothing of living anywhere."""
    asks = any(w.startswith(_RESIDING) for w in question)
    return asks and not any(w.startswith(_RESIDING) for w in words)


# Words after an amount that go on to name a part of what it is of: "spent $18 million on
# marketing, including a television spot".
_INCLUDING = frozenset("including includes among".split())


def _whole_including(terms: Sequence[str], words: list[str]) -> bool:
    """Whether every amount of the passage (normalized `words`) stands before its
    "including", and a word the question asks about only after it: "how much did the
    television spot cost" is not answered by the whole's "$18 million on marketing,
    including a television spot"."""
    at = next((i for i, w in enumerate(words) if w in _INCLUDING), None)
    amounts = [i for i, w in enumerate(words) if is_number(w) and _large(words, i)]
    if at is None or not amounts or max(amounts) > at:
        return False
    stems = [stem(w) for w in words]
    return any(t in stems[at + 1 :] and t not in stems[:at] for t in terms)
