"""Whose a number is: an ordinal counts the noun after it, and a sum belongs to the title
before it. "How much did Ember Tithe make in its second weekend?" is not answered by
"after the second film, Ember Tithe, climbed past $612 million over the weekend"; "what
did Penny Dreadnought make" is not answered by "'Kaldrith' Opens to $88.4 Million,
Knocking 'Penny Dreadnought' From Top Spot"."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.engine.premise import asked, check
from bot.text import normalize


def _ok(question: str, passage: str, names: str = "", films: tuple[str, ...] = ()) -> bool:
    qtype = "how" if question.startswith("how") else "what"
    question_asked = asked(normalize(question).split(), qtype, set(names.split()), question)
    question_asked = replace(question_asked, film_names=frozenset(films))
    return check(question_asked, passage).ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "how much did ember tithe make in its 2nd weekend",
            "The studio greenlit a third film after the second film, Ember Tithe, climbed "
            "past $612 million over the weekend.",
            False,
        ),
        (
            "how much did ember tithe make in its 2nd weekend",
            "Ember Tithe added $40 million in its second weekend.",
            True,
        ),
        # a box office's weekend is its "frame"
        (
            "how much did ember tithe drop in its 2nd weekend",
            "Ember Tithe tumbled 61% to $16.1 million in its second frame.",
            True,
        ),
        # "the second earned": the noun left out is the film
        (
            "how much did the 2nd film gross",
            "The first film earned $410 million, and the second earned $520 million.",
            True,
        ),
        # "the first three films" are several, not the first one
        (
            "when was the first saltwick released",
            "The first three films will arrive on Prism on May 1, 2026.",
            False,
        ),
        # after no determiner "first" is an adverb, counting nothing
        (
            "when was the radio play first broadcast",
            "The radio play was broadcast in 1952, the first of its kind.",
            True,
        ),
        # a name between: "the first Kaldrith" counts a film
        (
            "how much did the first kaldrith film open to",
            'Harlow\'s "Kaldrith: Ember Gate" took the top spot, far above the $61.2 million '
            'debut of the first "Kaldrith" in 2022.',
            True,
        ),
    ],
)
def test_an_ordinal_counts_the_noun_after_it(question: str, passage: str, ok: bool) -> None:
    assert _ok(question, passage, "ember tithe kaldrith saltwick") is ok


@pytest.mark.parametrize(
    ("question", "passage", "films", "ok"),
    [
        (
            "what did penny dreadnought make this weekend",
            "'Kaldrith: Cobalt Reckoning' Opens to $88.4 Million, Knocking 'Penny "
            "Dreadnought' From Top Spot",
            ("penny dreadnought",),
            False,
        ),
        (
            "what did penny dreadnought make this weekend",
            'Brightcastle\'s "Penny Dreadnought" earned $31.2 million this weekend, falling '
            "to second place.",
            ("penny dreadnought",),
            True,
        ),
        # the second title has a sum of its own
        (
            "how much did iron crown cost",
            'The original "Skyhold" cost $90 million, and its 2024 sequel, "Skyhold: Iron '
            'Crown," cost $150 million.',
            ("iron crown", "skyhold iron crown"),
            True,
        ),
        # ... but the budget is said in the first title's part
        (
            "how much did the hush road cost to make",
            'The first film, "Pyrewick" (2019), grossed $288 million worldwide on a $45 '
            'million budget, and "The Hush Road" earned $431 million in 2023.',
            ("the hush road", "hush road"),
            False,
        ),
        # ... also when the budget is the question's head, no term of it
        (
            "what was the budget of the hush road",
            'The first film, "Pyrewick" (2019), grossed $288 million worldwide on a $45 '
            'million budget, and "The Hush Road" earned $431 million in 2023.',
            ("the hush road", "hush road"),
            False,
        ),
    ],
)
def test_a_sum_belongs_to_the_title_before_it(
    question: str, passage: str, films: tuple[str, ...], ok: bool
) -> None:
    assert _ok(question, passage, " ".join(films), films) is ok
