"""Which sum a passage's money is: "Reboot Opens to $71.4 Million" is takings, and no
answer to "what was the production budget", which asks what the film cost; "cost a
reported $94 million" is a budget, no answer to "how much did it make"; "families with
incomes below $60,000" bounds a sum, and says nothing of what anyone paid; "$31.4 million
from 39 overseas markets" is a share of takings."""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import pairwise

from bot.engine.counting import MAGNITUDES

# The question's words for what a film cost.
BUDGET_WORDS = frozenset("budget cost costing".split())
# Verbs that put takings right after them: "opened to", "grossed", "took in", "added".
# ("made" is left out: "made for $11 million" is a budget.)
TAKING_VERBS = frozenset("open gross earn take haul collect add debut bow".split())
TAKING_REACH = 3  # "opened to an estimated $71.4 million"


def _of_the_sum(word: str) -> bool:
    # "94 million", "60 000" (normalize() splits a written sum): one sum
    return word.isdigit() or word in MAGNITUDES


def _before(words: list[str], at: int) -> int:
    """Where the sum holding the word at `at` begins."""
    while at > 0 and _of_the_sum(words[at - 1]):
        at -= 1
    return at


def _after(words: list[str], at: int) -> int:
    """Where the words after the sum holding the word at `at` begin."""
    end = at + 1
    while end < len(words) and _of_the_sum(words[end]):
        end += 1
    return end


def takings_for_a_budget(
    asked: Collection[str], words: list[str], stems: list[str], at: int
) -> bool:
    """Whether the sum at `at` is takings (a `TAKING_VERBS` verb just before it) and the
    question (its words and stems, `asked`) asks what the film cost."""
    return not BUDGET_WORDS.isdisjoint(asked) and _taken(words, stems, at)


def _taken(words: list[str], stems: list[str], at: int) -> bool:
    """Whether a `TAKING_VERBS` verb stands just before the sum at `at`: takings."""
    start = _before(words, at)
    return not TAKING_VERBS.isdisjoint(stems[max(0, start - TAKING_REACH) : start])


def takings_for_revenue(
    asked: Collection[str], words: list[str], stems: list[str], at: int
) -> bool:
    """Whether the sum at `at` is a film's takings (a `TAKING_VERBS` verb just before it)
    and the question asks a company's revenue: "what were the studio's total revenues"
    is not answered by "X took £210 million worldwide"."""
    return (
        not REVENUE_WORDS.isdisjoint(asked)
        and not COMPANY_OWNERS.isdisjoint(asked)
        and _taken(words, stems, at)
    )


REVENUE_WORDS = frozenset("revenue revenues turnover income sales".split())
COMPANY_OWNERS = frozenset("studio company firm group business".split())


# The question's words for takings, and a passage's words for a cost before its sum.
TAKING_WORDS = frozenset("make gross earn take haul".split())
COST_WORDS = frozenset("cost budget spend".split())


def a_budget_for_takings(
    asked: Collection[str], words: list[str], stems: list[str], at: int
) -> bool:
    """Whether the sum at `at` is a cost (a `COST_WORDS` word just before it: "cost a
    reported $94 million") and the question asks takings, not a cost."""
    start = _before(words, at)
    return (
        not TAKING_WORDS.isdisjoint(asked)
        and BUDGET_WORDS.isdisjoint(asked)
        and not COST_WORDS.isdisjoint(stems[max(0, start - TAKING_REACH) : start])
    )


# Words before a sum that make it a bound, not an amount: "incomes below $60,000".
BOUNDS = frozenset("below above under over exceeding".split())


def a_bound(asked: Collection[str], words: list[str], at: int) -> bool:
    """Whether the sum at `at` bounds another (a `BOUNDS` word right before it) and the
    question (its words, `asked`) asks for no bound."""
    start = _before(words, at)
    return start > 0 and words[start - 1] in BOUNDS and BOUNDS.isdisjoint(asked)


# A forecast's words before the sum it expects: "analysts expect it to cross $500 million
# by the end of the month", "is projected to reach $1 billion"; and how far before they
# stand (a question asking for one says so: "how much is it expected to make").
FORECASTS = frozenset("expect expected expects projected forecast predicted tracking".split())
FORECAST_REACH = 6
# ... and the words a question asking for one says: "how much is it supposed to make".
_ASKS_A_FORECAST = FORECASTS | frozenset("supposed likely will should could might".split())


def a_forecast(asked: Collection[str], words: list[str], at: int) -> bool:
    """Whether the sum at `at` is what a forecast expects, and the question asks what
    was taken."""
    start = _before(words, at)
    return not FORECASTS.isdisjoint(words[max(0, start - FORECAST_REACH) : start]) and (
        _ASKS_A_FORECAST.isdisjoint(asked)
    )


# A target's words around the sum it sets: "would need to reach $250 million worldwide to
# break even" is neither what it cost nor what it took (a question asking one says so:
# "how much does it need to make to break even").
TARGETS = frozenset("need needs needed require requires required".split())
_BREAK_EVEN = ("break", "even")


def a_target(asked: Collection[str], words: list[str], at: int) -> bool:
    """Whether the sum at `at` is a target to reach, and the question asks none."""
    start, end = _before(words, at), _after(words, at)
    after = words[end : end + FORECAST_REACH]
    targeted = not TARGETS.isdisjoint(words[max(0, start - FORECAST_REACH) : start]) or any(
        tuple(after[k : k + 2]) == _BREAK_EVEN for k in range(len(after))
    )
    return targeted and TARGETS.isdisjoint(asked) and "break" not in asked


# An overrun's words after its sum: "roughly $4.3 million over budget" is no budget, and
# "how much did it go over budget" is asked of no other sum.
_OVER = frozenset("over above beyond".split())
OVERRUN_REACH = 3  # words from the sum to "budget": "$4.3 million over its budget"


def an_overrun_or_not(asked: Collection[str], words: list[str], at: int) -> bool:
    """Whether the sum at `at` is an overrun where the question asks none, or no overrun
    where it asks one."""
    end = _after(words, at)
    after = words[end : end + OVERRUN_REACH]
    overrun = bool(after) and after[0] in _OVER and "budget" in after
    return overrun != asks_overrun(asked)


def asks_overrun(asked: Collection[str]) -> bool:
    """Whether a question (its words) asks how far over budget something went."""
    return ("over" in asked and "budget" in asked) or "overrun" in asked


# How a passage tells of an overrun, with or without its sum.
OVERRUN_SAID = re.compile(r"\b(?:over(?: its| the)? budget|overruns?|overspen\w*|went over)\b")


# Words after a sum that make it a rate: "$41 per share", "$12 a ticket".
RATES = frozenset("per each apiece".split())


def a_rate(asked: Collection[str], words: list[str], at: int) -> bool:
    """Whether the sum at `at` is a rate ("will pay $41 per Halvercrest share") and the
    question asks for none: "how much is it paying" asks the whole price."""
    end = _after(words, at)
    return end < len(words) and words[end] in RATES and RATES.isdisjoint(asked)


# Words after takings that make them a share earned abroad: "added $31.4 million from 39
# overseas markets", "$40 million internationally"; and how far after the sum they stand.
ABROAD = frozenset("overseas international internationally foreign abroad".split())
ABROAD_REACH = 4


def a_share(asked: Collection[str], words: list[str], at: int) -> bool:
    """Whether the sum at `at` is takings abroad and the question (its words, `asked`)
    asks of none: "how much did it make" asks the whole, not "$31.4 million from 39
    overseas markets"."""
    end = _after(words, at)
    return not ABROAD.isdisjoint(words[end : end + ABROAD_REACH]) and ABROAD.isdisjoint(asked)


# How far after "of" a part's whole may stand: "£580,000 of the agreed fee".
WHOLE_REACH = 3


def a_part(asked: Collection[str], words: list[str], at: int) -> bool:
    """Whether the sum at `at` is a part of the sum asked ("what fee did it agree to pay"
    is not "had paid £580,000 of the agreed fee"), unless a part is asked ("how much of")."""
    end = _after(words, at)
    if words[end : end + 1] != ["of"] or "of" in asked:
        return False
    return not set(asked).isdisjoint(words[end + 1 : end + 1 + WHOLE_REACH])


# Words asking for an opening's takings, and those before a sum that make it what came
# after: "the original, which went on to gross $412 million after opening to modest
# expectations" took that in all, not in its opening weekend.
OPENING = frozenset("open opening opened debut debuted weekend".split())
_WENT_ON = ["went", "on", "to"]
WENT_ON_REACH = 5


def a_later_total(asked: Collection[str], words: list[str], at: int) -> bool:
    """Whether the sum at `at` is what a film "went on to" take, and the question asks
    its opening; or what it opened to, and the question asks the total."""
    start = _before(words, at)
    before = words[max(0, start - WENT_ON_REACH) : start]
    went_on = any(before[k : k + 3] == _WENT_ON for k in range(len(before)))
    opened = words[max(0, start - 2) : start] in (["opened", "to"], ["debuted", "to"])
    return (went_on and not OPENING.isdisjoint(asked)) or (
        opened and not TOTALS.isdisjoint(asked) and OPENING.isdisjoint(asked)
    )


# Where a sum was taken, as a question and the words after a sum say it: "how much did it
# gross domestically" is not answered by "$96 million worldwide".
SCOPES = (
    frozenset("domestic domestically".split()),
    frozenset("worldwide global globally".split()),
    ABROAD,
)


def another_scope(asked: Collection[str], words: list[str], at: int) -> bool:
    """Whether the sum at `at` is scoped (right after it) other than the question asks."""
    end = _after(words, at)
    asked_in = [k for k, scope in enumerate(SCOPES) if not scope.isdisjoint(asked)]
    said_in = [k for k, scope in enumerate(SCOPES) if not scope.isdisjoint(words[end : end + 1])]
    return any(a != s for a in asked_in for s in said_in)


# A group of films whose sum a passage gives: "overall, the top ten films grossed about
# $98 million" is no one film's takings.
GROUP_FILMS = frozenset("films movies releases titles pictures".split())
GROUP_WORDS = frozenset("top overall combined together all".split())
GROUP_REACH = 8  # "overall, the top ten films grossed about"


def a_group_s(asked: Collection[str], words: list[str], at: int) -> bool:
    """Whether the sum at `at` is a group of films' (see `GROUP_FILMS`) where the question
    asks of one."""
    start = _before(words, at)
    before = set(words[max(0, start - GROUP_REACH) : start])
    return (
        not GROUP_FILMS.isdisjoint(before)
        and not GROUP_WORDS.isdisjoint(before)
        and GROUP_FILMS.isdisjoint(asked)
    )


# Words asking for all a film took: "how much did it gross in total".
TOTALS = frozenset("total overall altogether cumulative lifetime".split())


# Costs other than making the film: "the marketing costs already incurred, which one
# executive estimated at $20 million" is no answer to "how much did it cost".
SPENDING_ON = frozenset("marketing promotional promotion advertising publicity legal".split())
COST_REACH = 10  # "the marketing costs already incurred, which one executive estimated at"
_AT_A_COST = re.compile(r"\bat a cost of(?: some| about| around| roughly| nearly| an estimated)?$")
AT_A_COST_REACH = 6


def another_cost(asked: Collection[str], words: list[str], stems: list[str], at: int) -> bool:
    """Whether the cost word nearest before the sum at `at` is one of `SPENDING_ON`'s,
    and the question asks what the film cost; or the sum is what a thing was made "at a
    cost of" and the question asks a price or a fee, not a cost."""
    start = _before(words, at)
    if _AT_A_COST.search(" ".join(words[max(0, start - AT_A_COST_REACH) : start])):
        # "built at a cost of £6.2 million" is what building it cost, or had spent on it
        return (BUDGET_WORDS | COST_WORDS).isdisjoint(asked)
    costs = [k for k in range(max(0, start - COST_REACH), start) if stems[k] in COST_WORDS]
    return (
        bool(costs)
        and costs[-1] > 0
        and words[costs[-1] - 1] in SPENDING_ON
        and not BUDGET_WORDS.isdisjoint(asked)
        and SPENDING_ON.isdisjoint(asked)
    )


# Words that make takings one day's or the previews' part of a weekend: "its Friday haul
# of $17.9 million", "$5.1 million from Thursday previews".
PART_OF_A_RUN = frozenset("friday saturday sunday thursday preview previews".split())
PART_REACH = 3
ALONE_REACH = 6


def a_day_s(asked: Collection[str], words: list[str], at: int) -> bool:
    """Whether the sum at `at` is one day's takings, or the previews', and the question
    asks of neither: "how much did it pull in" asks its whole weekend."""
    start, end = _before(words, at), _after(words, at)
    near = {*words[max(0, start - PART_REACH) : start], *words[end : end + PART_REACH]}
    # "Saturday alone brought in $61 million": the day, however far its verb
    near |= {
        w for w, after in pairwise(words[max(0, start - ALONE_REACH) : start]) if after == "alone"
    }
    return not PART_OF_A_RUN.isdisjoint(near) and PART_OF_A_RUN.isdisjoint(asked)


def not_the_day_s(asked: Collection[str], words: list[str], at: int) -> bool:
    """Whether the question asks one day's takings ("on its opening Friday") and the sum
    at `at` has no such day beside it: "earning $34.6 million between Friday, July 18, and
    Sunday" is the weekend's."""
    days = PART_OF_A_RUN.intersection(asked)
    start, end = _before(words, at), _after(words, at)
    near = {*words[max(0, start - ALONE_REACH) : start], *words[end : end + PART_REACH]}
    spanned = "between" in words[end : end + ALONE_REACH]  # "between Friday and Sunday"
    return bool(days) and (spanned or days.isdisjoint(near))


def not_the_sum(asked: Collection[str], words: list[str], stems: list[str], at: int) -> bool:
    """Whether the sum at `at` is takings where a budget is asked (or the other way
    round), another cost, a bound, a rate, a share, a forecast, a target, an overrun
    (or no overrun asked of), of another scope or a group of films, a later total, a day's
    or no day's, or a part of the sum asked."""
    return (
        a_later_total(asked, words, at)
        or a_day_s(asked, words, at)
        or another_cost(asked, words, stems, at)
        or takings_for_a_budget(asked, words, stems, at)
        or a_budget_for_takings(asked, words, stems, at)
        or takings_for_revenue(asked, words, stems, at)
        or a_bound(asked, words, at)
        or a_rate(asked, words, at)
        or a_share(asked, words, at)
        or a_part(asked, words, at)
        or a_forecast(asked, words, at)
        or a_target(asked, words, at)
        or an_overrun_or_not(asked, words, at)
        or another_scope(asked, words, at)
        or a_group_s(asked, words, at)
        or not_the_day_s(asked, words, at)
    )
