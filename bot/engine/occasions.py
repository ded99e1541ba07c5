"""The occasion a question dates what it asks by: "how many people did the works employ
when it closed?", "who chaired the board when it was founded?".

Such a question asks of the year the passage gives that event, and a passage giving the
asked act a year of its own, another one, answers another time: "the carriage works,
which employed 2,100 people at its peak in 1913 and closed in 1968"; "the board,
established in 1984 and chaired since 2012 by X". The next passage may tell of the
occasion asked.
"""

from __future__ import annotations

from collections.abc import Set

from bot.concepts import Concepts
from bot.engine import setting
from bot.engine.premise import Asked
from bot.engine.verdicts import OTHER_THING, PASS, Verdict
from bot.text import normalize, stem

# How many words after a word its year may stand: "employed 2,100 people at its peak in
# 1913", "closed in 1968", "chaired since 2012".
YEAR_REACH = 8
# The kinds of answer whose time the occasion sets: a count, a sum, a name.
TYPED = frozenset({"count", "money", "name"})


def of_another_occasion(question: Asked, passage: str, known: Concepts) -> Verdict:
    """Whether the act a question asks of "when" an event happened is given, in
    `passage`, a year other than the one the passage gives that event."""
    split = setting.when_clause(question.sequence)
    # (a yes/no question is answered "no" by another year: "did the line carry passengers
    # when it opened in 1879" against "... did not carry passengers until 1882")
    if split is None or question.kind not in TYPED:
        return PASS
    event = set(split[1] - question.names)  # "when it was founded": "found" only
    asked = split[0] & set(question.terms)
    words = normalize(passage).split()
    stems = [stem(w) for w in words]
    event |= known.sharing(event, stems)  # "founded" ~ "established"
    asked = asked - event - question.names
    events, acts = _years_by_word(words, stems, event, asked)
    if len(events) == 1 and acts and events.isdisjoint(acts):
        return Verdict.fail("contradicts", f"then {min(acts)}", OTHER_THING)
    return PASS


def _years_by_word(
    words: list[str], stems: list[str], event: Set[str], asked: Set[str]
) -> tuple[set[str], set[str]]:
    """The years of the `event` and of the `asked` act: each year is the one of the
    nearest such word before it, within `YEAR_REACH` words ("established in 1984 and
    chaired since 2012": 1984 is the founding's, 2012 the chairing's)."""
    years: dict[bool, set[str]] = {True: set(), False: set()}
    last: tuple[int, bool] | None = None  # the last such word: where, and whether the event
    for i, (w, s) in enumerate(zip(words, stems, strict=True)):
        if setting.is_year(w) and last is not None and i - last[0] <= YEAR_REACH:
            years[last[1]].add(w)
        elif s in event or s in asked:
            last = (i, s in event)
    return years[True], years[False]
