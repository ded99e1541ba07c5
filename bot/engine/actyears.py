"""The year a passage dates an asked act with, when the asked year dates another act.

A sentence may date several acts of one thing, each with its own year: "its production of
The Nutcracker, first staged in 1966 and redesigned in 2005 by the painter Alan Jamieson".
"Who redesigned the production in 1966?" finds 1966 there and the redesign too, but the
redesign is dated 2005: the one who did it in 1966, if anyone did, is not told. A year
stands right after its act ("redesigned in 2005", "renamed on 3 May 1999"), so when every
mention of an asked act carries another year so, and the asked year dates something else,
the passage answers another year's act. So does one where the asked year ends the spell
the question asks the start of ("which committee did she start chairing in 1929": "served
until 1929, chairing it from 1923").

All the checks of another year than the asked one are declared, in order, in
`YEAR_CHECKS`; `of_another_year` runs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from bot.engine import setting, sumyears
from bot.engine.passive import is_participle, is_past_form
from bot.engine.premise import Asked
from bot.engine.setting import YEAR
from bot.engine.stated import states_a_sum
from bot.engine.verdicts import OTHER_THING, PASS, Verdict
from bot.text import GLUE, is_calendar, normalize, stem


def of_another_year(question: Asked, passage: str) -> Verdict:
    """The first of `YEAR_CHECKS` that finds `passage` tells another year's thing than
    the one `question` asks of, else PASS."""
    return next((v for check in YEAR_CHECKS if not (v := check(question, passage)).ok), PASS)


# Words between an act and its date: "staged in 1966", "renamed on 3 May 1999".
_DATING = frozenset("in on during".split())
# How many words after "in" or "on" the year may stand: "on 3 May 1999".
DATE_REACH = 3


def act_of_another_year(question: Asked, passage: str) -> Verdict:
    """Whether every mention in `passage` of an act the question asks of in a year is
    dated with another year, while the asked year stands there too."""
    years = {n for n in question.numbers if YEAR.fullmatch(n)}
    words = normalize(passage).split()
    if not years or years.isdisjoint(words):
        return PASS
    # the acts asked of, as the question has them: "redesigned" (not "crossings in 2005")
    acts = {stem(w) for w in question.sequence if is_participle(w)} & set(question.terms)
    for term in sorted(acts):
        dated = [_date_after(words, i) for i, w in enumerate(words) if stem(w) == term]
        if dated and all(d is not None and d not in years for d in dated):
            return Verdict.fail("contradicts", f"then {dated[0]}", OTHER_THING)
    return PASS


def _date_after(words: list[str], at: int) -> str | None:
    """The year dating the act at `at` ("redesigned in 2005"), if one follows it."""
    if words[at + 1 : at + 2] not in ([w] for w in _DATING):
        return None
    return next((w for w in words[at + 2 : at + 2 + DATE_REACH] if YEAR.fullmatch(w)), None)


def dated_act_of_another(question: Asked, passage: str) -> Verdict:
    """Whether a question asking when an act was done ("in what year was the oat
    registered in Finland") meets a passage telling the act undated and dating only
    another act: "the oat X, released in 2009, is also registered in Finland"."""
    if question.kind not in _WHEN_KINDS or question.numbers:
        return PASS
    words, sequence = normalize(passage).split(), question.sequence
    # (the question's verb, not a participle before its noun: "the biggest recorded epidemic")
    acts = {
        stem(w)
        for k, w in enumerate(sequence)
        if is_participle(w) and (k + 1 == len(sequence) or sequence[k + 1] in GLUE)
    } & set(question.terms)
    asked = [i for i, w in enumerate(words) if stem(w) in acts]
    dated = [(i, year) for i, w in enumerate(words) if (year := _date_after(words, i))]
    if not asked or not dated or any(_dated_after(words, i) for i in asked):
        return PASS
    if all(is_participle(words[i]) and stem(words[i]) not in acts for i, _ in dated):
        return Verdict.fail("contradicts", f"then {dated[0][1]}", OTHER_THING)
    return PASS


_WHEN_KINDS = frozenset("time date year".split())
_TIMES_OPENING = frozenset("the a its early late mid spring summer autumn winter".split())


def _dated_after(words: list[str], at: int) -> bool:
    """Whether a time follows the act at `at` after "in" or "on": a number ("founded in
    1088", before `YEAR`'s range), a month or a day, or "the" ("held on the last weekend
    of June"); not a place ("registered in Finland")."""
    if words[at + 1 : at + 2] not in ([w] for w in _DATING) or at + 2 >= len(words):
        return False
    when = words[at + 2]
    return when.isdigit() or when in _TIMES_OPENING or is_calendar(when)


# Acts that start a spell and acts that end one, as stems: "when did she start chairing
# it" asks the spell's first year, which "served until 1929" is not.
_STARTS = frozenset("start begin join appoint open launch found establish".split())
_ENDS = frozenset("end leave stop close retire quit finish resign".split())


def other_end_of_a_spell(question: Asked, passage: str) -> Verdict:
    """Whether the asked year ends a spell in `passage` ("until 1929", "from 1923 to
    1929") when the question asks one starting then, or starts one ("from 1923", "since
    1923") when it asks one ending then."""
    years = {n for n in question.numbers if YEAR.fullmatch(n)}
    starts, ends = not _STARTS.isdisjoint(question.words), not _ENDS.isdisjoint(question.words)
    words = normalize(passage).split()
    bounds = [_bound(words, i) for i, w in enumerate(words) if w in years]
    asked = list(question.sequence)
    if (
        not bounds
        or starts == ends
        or any(_bound(asked, i) for i, w in enumerate(asked) if w in years)
    ):
        return PASS  # (nor when the question bounds the year itself: "chaired from 1923")
    if all(b == ("end" if starts else "start") for b in bounds):
        return Verdict.fail("contradicts", f"{'until' if starts else 'from'} then", OTHER_THING)
    return PASS


def _bound(words: list[str], at: int) -> str | None:
    """Whether the year at `at` starts a spell, ends one, or neither."""
    before = words[at - 1] if at else ""
    if before in ("until", "till") or (before == "to" and words[at - 3 : at - 2] == ["from"]):
        return "end"
    return "start" if before in ("from", "since") else None


def counted_since(question: Asked, passage: str) -> Verdict:
    """Whether a count asked "in" a year meets a passage that has the year only as the
    start of a spell: "how many plots did it have in 1947" is not answered by "it
    maintains 41 plots, some measured every five years since 1947"."""
    if question.kind not in ("count", "money"):
        return PASS
    asked = list(question.sequence)
    years = {w for i, w in enumerate(asked) if YEAR.fullmatch(w) and asked[i - 1 : i] == ["in"]}
    words = normalize(passage).split()
    # (but "doubled since 1968, when the school had 330 pupils" tells that year's count)
    bounds = [
        _bound(words, i) if words[i + 1 : i + 2] != ["when"] else None
        for i in range(len(words))
        if words[i] in years
    ]
    if bounds and all(b == "start" for b in bounds):
        return Verdict.fail("contradicts", "since then", OTHER_THING)
    return PASS


# A relative clause set off by commas: "the bridge at Saksunbru, which had survived
# earlier floods in 1789 and 1953, lost two of its five arches".
_ASIDE = re.compile(r", (?:which|who|whose|that) [^,;]+")


def year_of_an_aside(question: Asked, passage: str) -> Verdict:
    """Whether the asked year stands in `passage` only in relative clauses that tell acts
    of their own ("which had survived floods in 1789"), while the act asked of in that
    year is told only outside them, in the past: "how many arches did the bridge lose in
    1789" is not answered by "the bridge, which had survived floods in 1789, lost two"."""
    years = {n for n in question.numbers if YEAR.fullmatch(n)}
    asides = list(_ASIDE.finditer(passage))
    dated = [m.start() for y in years for m in re.finditer(rf"\b{y}\b", passage)]
    if not dated or not all(any(a.start() <= d < a.end() for a in asides) for d in dated):
        return PASS
    aside = [w for a in asides for w in normalize(a[0]).split()]
    inside = {stem(w) for w in aside}
    outside = [w for w in normalize(_ASIDE.sub(" ", passage)).split() if is_past_form(w)]
    acts = {stem(w) for w in outside} & set(question.terms)
    own = {stem(w) for w in aside if is_past_form(w)}
    if acts and acts.isdisjoint(inside) and own - set(question.terms):
        return Verdict.fail("contradicts", f"then {min(acts)}", OTHER_THING)
    return PASS


def sum_beside_an_aside(question: Asked, passage: str) -> Verdict:
    """Whether a sum asked of a year ("how much did the 2012 renovation cost") meets a
    passage dating that year only in a relative clause and stating sums only outside it:
    "the terminal, which was renovated in 2012, has been fitted with new scanners costing
    1.1 million" prices the scanners."""
    years = {n for n in question.numbers if YEAR.fullmatch(n)}
    asides = [a[0] for a in _ASIDE.finditer(passage)]
    if question.kind != "money" or not years or not asides:
        return PASS
    outside = _ASIDE.sub(" ", passage)
    # (a year said in the passage but not outside its asides is said only inside them)
    dated = [y for y in years if re.search(rf"\b{y}\b", passage)]
    aside_only = bool(dated) and not any(re.search(rf"\b{y}\b", outside) for y in dated)
    if aside_only and states_a_sum(outside) and not any(states_a_sum(a) for a in asides):
        return Verdict.fail("contradicts", f"then {min(dated)}", OTHER_THING)
    return PASS


def thing_of_another_year(question: Asked, passage: str) -> Verdict:
    """ "How many were counted in the park's 2008 survey?" against "estimated at 340 animals
    in a 2019 survey": the noun the asked year dates is dated by another year, never by it."""
    dated = {(y, n) for y, n in pairwise(question.sequence) if YEAR.fullmatch(y)}
    if not dated:
        return PASS
    words = normalize(passage).split()
    said = set(pairwise(words))
    # ("the census of 2001" dates it too)
    said |= {
        (y, n) for n, of, y in zip(words, words[1:], words[2:], strict=False) if of in ("of", "in")
    }
    for year, noun in dated:
        other = {a for a, b in said if b == noun and YEAR.fullmatch(a) and a != year}
        if other and (year, noun) not in said:
            return Verdict.fail("contradicts", f"then {min(other)}", OTHER_THING)
    return PASS


# What a passage may tell of another year than the asked one, in the order read.
YEAR_CHECKS: tuple[Callable[[Asked, str], Verdict], ...] = (
    # "when did she marry X": not "after the death of X in 1989"
    setting.year_of_another_life_event,
    # "cost in 1998": not "... extended in 2016 at a cost of ..."
    sumyears.sum_of_another_year,
    # "what did it pay in 1846": "... traffic peaked in 1846, and it paid 22% in 1839"
    setting.year_of_another_clause,
    # "who redesigned it in 1966": "first staged in 1966 and redesigned in 2005 by X"
    act_of_another_year,
    # "in what year was it registered": "X, released in 2009, is also registered in Y"
    dated_act_of_another,
    # "which committee did she start chairing in 1929": "served until 1929, chairing ..."
    other_end_of_a_spell,
    # "how many arches did it lose in 1789": "which had survived floods in 1789, lost two"
    year_of_an_aside,
    # "how many plots did it have in 1947": "41 plots, measured since 1947"
    counted_since,
    # "how much did the 2012 renovation cost": "X, which was renovated in 2012, has ...
    # scanners costing 1.1 million"
    sum_beside_an_aside,
    # "in the 2008 survey": not "in a 2019 survey"
    thing_of_another_year,
)
