"""Which key term of a question a passage leaves unsaid, when every way `explain` knows
of saying it fails: after the names the passage spells out ("the UK" for "the United
Kingdom") or closes into one word ("the walkout" for "walk out"), and the peoples it names
("the Welsh" said by "Wales" is no doer).

A "why" question is asked of an act the passage may tell in other words than the
question's ("why did they pick the town" against "chose the town as the site of the depot
because ..."): the cause is what it asks for, so one of its terms may go unsaid. So with
"on what date" and a passage stating a day ("a master and two wardens, elected each year
on 3 February" for "on what day were they chosen").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.concepts import Concepts
from bot.engine import closed, explain, reasons, stated
from bot.engine.opposites import ANTONYMS
from bot.engine.verdicts import PASS, Verdict
from bot.text import stem

if TYPE_CHECKING:
    from bot.engine.premise import Asked

# How many of the question's terms must be said beside the one left unsaid.
SAID_BESIDE_UNSAID = 2
# The kinds of answer a passage may give beside a term of its act told otherwise, by
# what says it gives one: a cause, a day.
GIVEN_BESIDE_UNSAID: dict[str, Callable[[list[str]], bool]] = {
    "reason": reasons.gives_reason,
    "date": lambda words: stated.day(" ".join(words)),
}


def verdict(
    question: Asked, stems: list[str], have: set[str], known: Concepts, words: list[str]
) -> Verdict:
    """A failed verdict naming the first term of `question` the passage (its `stems`,
    `words` and what it `have`s) leaves unsaid, else `PASS`."""
    spelled = {t for abbr, name in question.abbreviated if abbr in have for t in name}  # "the UK"
    joined = closed.closed_in(question.sequence, have, words)  # "walk out": "the walkout"
    unsourced = sourced_only(question.sequence, words)  # "according to the Census Bureau"
    terms = tuple(
        t for t in question.terms if t not in spelled and t not in joined and t not in unsourced
    )
    if people := next((t for t in terms if t in question.peoples and t not in have), None):
        return Verdict.fail("unexplained", people)  # the Welsh, not Wales
    passage = explain.Passage.read(stems, have, known, words)
    term = explain.unexplained(terms, passage, known)
    if (
        term is not None
        and (gives := GIVEN_BESIDE_UNSAID.get(question.kind))
        and gives(words)
        and _told_otherwise(term, terms, stems)
    ):
        term = explain.unexplained(tuple(t for t in terms if t != term), passage, known)
    return PASS if term is None else Verdict.fail("unexplained", term)


def _told_otherwise(term: str, terms: tuple[str, ...], stems: list[str]) -> bool:
    """Whether a question's `term` may go unsaid in a passage (its `stems`) giving the
    kind of answer asked: the question has `SAID_BESIDE_UNSAID` other terms, and the
    passage says no opposite of the term ("refused" is no "approve")."""
    opposed = ANTONYMS.get(term, frozenset())
    return len(terms) > SAID_BESIDE_UNSAID and opposed.isdisjoint(stems)


# How a question names the source of what it asks, and how a passage names one.
_ACCORDING = ("according", "to")
_SOURCE_ENDS = frozenset("what when where who whom which how why did does do is was were".split())
_ATTRIBUTING = frozenset("according said says say reported reports estimated estimates".split())


def sourced_only(sequence: tuple[str, ...], words: list[str]) -> set[str]:
    """The stems of the source a question cites ("according to the Census Bureau"), which
    a passage citing no source at all may leave unsaid: "as of the census of 2000, there
    were 427,652 people" tells what the question asks. A passage that cites one must
    cite the question's (`explain` reads it as any other term)."""
    at = next((i for i in range(len(sequence) - 1) if sequence[i : i + 2] == _ACCORDING), None)
    if at is None or not _ATTRIBUTING.isdisjoint(words):
        return set()
    source = []
    for word in sequence[at + 2 :]:
        if word in _SOURCE_ENDS:
            break
        source.append(stem(word))
    return set(source)
