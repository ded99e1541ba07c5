"""Reading uncurated passages: the premise check, and an article nobody curated.

tests/data/reading/ holds an article we wrote (an invented film) with two question sets:
`tune.jsonl`, which the premise check was developed against, and `held-out.jsonl`, which
it never was. The held-out figures are printed (`pytest -s`) and held to a loose floor.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.drafts import build_draft
from bot.engine import Engine
from bot.engine.premise import asked, check
from bot.facts import load_facts
from bot.text import normalize

DATA = Path(__file__).parent / "data" / "reading"


def _verdict(question: str, passage: str, qtype: str = "what") -> tuple[bool, str]:
    verdict = check(asked(normalize(question).split(), qtype), passage)
    return verdict.ok, verdict.reason


# ---------------------------------------------------------------- the premise check


def test_a_passage_stating_the_asked_relation_passes() -> None:
    assert _verdict(
        "who increased the army in the colonies", "Pitt increased the army in the colonies.", "who"
    ) == (True, "")


@pytest.mark.parametrize(
    ("question", "passage", "qtype"),
    [
        # an antonym in place of the asked word
        ("who decreased the army", "Later, Pitt increased the army.", "who"),
        ("what is the smallest city", "Fresnel is the largest city in the valley.", "what"),
        # a negative prefix
        ("who approved the plan", "The governor disapproved the plan in May.", "who"),
        # a negation the passage lacks
        ("when didn't the fleet sail", "The fleet sailed in June 1750.", "when"),
        # a negation the passage has and the question doesn't
        ("what veto does the council have", "The council has no veto over the budget.", "what"),
        # another number in the asked slot
        ("who explored the valley in 1570", "In 1750 Gist explored the valley.", "who"),
        # the roles the other way round
        ("who replaced the Saxons", "The Saxons replaced the Britons as rulers.", "who"),
        (
            "when did harold conquer england",
            "In 1066 William conquered England, killing Harold.",
            "when",
        ),
        ("who was defeated by montcalm", "In 1759 Wolfe defeated Montcalm at Quebec.", "who"),
        (
            "what song did gallion write",
            "The song was written by Aken and recorded by Gallion.",
            "what",
        ),
        ("who betrayed the city", "The garrison was betrayed to the city by merchants.", "who"),
        # a number on the other side of "over"
        (
            "what share of homes had children over 18",
            "Of the homes, 43% had children under 18.",
            "what",
        ),
    ],
)
def test_a_contradicting_passage_is_refused(question: str, passage: str, qtype: str) -> None:
    assert _verdict(question, passage, qtype) == (False, "contradicts")


def test_a_key_term_the_passage_never_mentions_is_unexplained() -> None:
    assert _verdict(
        "who was famed for their christian spirit",
        "The Normans were famed for their martial spirit and later their piety.",
        "who",
    ) == (False, "unexplained")


def test_question_scaffolding_is_not_a_premise() -> None:
    # "along with", "another term", "example" shape the question; they need not be in it
    ok, _ = _verdict(
        "along with boarding schools what is another term for prep schools",
        "The category includes prep schools, also called preparatory schools, and boarding schools.",
    )
    assert ok


@pytest.mark.parametrize(
    ("question", "passage", "qtype"),
    [
        ("when did the bridge open", "The bridge opened after a long dispute.", "when"),
        ("how many ships sailed", "The ships sailed for the harbour.", "how"),
        ("how large is the valley", "The valley is the largest in the state.", "how"),
        ("who built the bridge", "The bridge was built by the city engineers.", "who"),
        # a name, but not where the doer goes
        ("who renovated the depot", "The station is the renovated depot in Fresnel.", "who"),
    ],
)
def test_a_passage_without_an_answer_of_the_asked_kind_is_refused(
    question: str, passage: str, qtype: str
) -> None:
    assert _verdict(question, passage, qtype) == (False, "no_answer")


@pytest.mark.parametrize(
    ("question", "passage", "qtype"),
    [
        ("when did the bridge open", "The bridge opened in March 1931.", "when"),
        ("how many ships sailed", "Forty ships sailed for the harbour.", "how"),
        ("who built the bridge", "The bridge was built by Ada Lindqvist.", "who"),
    ],
)
def test_a_passage_with_an_answer_of_the_asked_kind_passes(
    question: str, passage: str, qtype: str
) -> None:
    assert _verdict(question, passage, qtype)[0]


def test_the_far_agent_of_a_passive_is_the_doer() -> None:
    # "Normans" is a name the question mentions, so it is never taken for the verb
    question = asked(
        normalize("who did the normans encourage to come south").split(), "who", ["normans"]
    )
    verdict = check(
        question, "Norman mercenaries were first encouraged to come south by the Lombards."
    )
    assert (verdict.ok, verdict.reason) == (False, "contradicts")


def test_roles_read_in_the_passive_pass() -> None:
    assert _verdict(
        "who was defeated by wolfe", "In 1759 Wolfe defeated Montcalm at Quebec.", "who"
    )[0]
    assert _verdict(
        "when did william conquer england", "In 1066 William conquered England.", "when"
    )[0]
    assert _verdict(
        "who was england conquered by", "England was conquered by William in 1066.", "who"
    )[0]


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        ("what year did the fort fall", "The fort fell in 1758 after a siege.", True),
        ("what year did the fort fall", "The fort fell in March after a siege.", False),
        ("what month did the fort fall", "The fort fell in March after a siege.", True),
        ("what century was the abbey built", "The abbey was built in the 11th century.", True),
    ],
)
def test_time_questions_want_the_unit_they_name(question: str, passage: str, ok: bool) -> None:
    assert _verdict(question, passage)[0] is ok


def test_lemmas_match_inflections_both_ways() -> None:
    assert _verdict("who founded the studios", "The studio was founded by Rafe Olsen.", "who")[0]


# ---------------------------------------------------------------- an uncurated article


@pytest.fixture(scope="module")
def reading_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    facts_dir = tmp_path_factory.mktemp("facts")
    build_draft(DATA / "lantern-keepers-article.txt", facts_dir)
    return Engine(load_facts(facts_dir))


def _run(engine: Engine, name: str) -> tuple[int, int, int, int, list[str]]:
    """(answerable right, answerable, answers given, wrong answers, failures)"""
    right = answerable = given = wrong = 0
    failures = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        answer = engine.answer(case["q"])
        good = (
            not answer.answered
            if case["expect"] == "abstain"
            else answer.answered and any(x.lower() in answer.text.lower() for x in case["any"])
        )
        if case["expect"] == "answer":
            answerable += 1
            right += good
        if answer.answered:
            given += 1
            wrong += not good
        if not good:
            failures.append(f"{case['q']!r} -> {answer.text[:100]!r}")
    return right, answerable, given, wrong, failures


def test_tuning_questions_on_an_uncurated_article(reading_engine: Engine) -> None:
    right, answerable, _given, wrong, failures = _run(reading_engine, "tune.jsonl")
    assert wrong == 0, failures  # every unanswerable question is declined
    assert right >= answerable - 1, failures


def test_held_out_questions_on_an_uncurated_article(reading_engine: Engine) -> None:
    right, answerable, given, wrong, failures = _run(reading_engine, "held-out.jsonl")
    print(f"\nheld out: {right}/{answerable} answerable right, {wrong} wrong of {given} given")
    # Never tuned on: a floor, not a target. At least as many right answers as wrong.
    assert given and (given - wrong) / given >= 0.5, failures
    assert right >= answerable // 2, failures


def test_a_decline_shows_the_closest_passage_without_answering(reading_engine: Engine) -> None:
    answer = reading_engine.answer("How much did the third film earn worldwide?")
    assert not answer.answered
    assert "closest" in answer.text and "$410 million" in answer.text
