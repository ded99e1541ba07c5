"""Each handler of the question pipeline on its own: does it claim the questions it is
for, and pass (None) on the rest? Run on the MI7 test facts (tests/data/facts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import HELP_TEXT, Engine, departures, reports, titled, yesno
from bot.engine import handlers as h
from bot.facts import load_facts
from bot.models import Answer


def run(engine: Engine, handler: h.Handler, question: str) -> Answer | None:
    return handler(engine.parse(question), engine.context)


def test_the_pipeline_is_declared_in_order_and_ends_with_a_catch_all() -> None:
    assert (
        h.empty,
        h.greeting,
        h.unknown_entity,
        departures.departed,
        h.membership,
        h.bare_entity,
        h.sole_role,
        titled.film_title,
        h.ranked_answer,
    ) == h.HANDLERS
    assert (yesno.yes_or_no, reports.newest_report, yesno.only_a_plan) == h.CHECKS


@pytest.mark.parametrize("question", ["", "   ", "\u200b", "?!"])
def test_empty_claims_nothing_asked(engine: Engine, question: str) -> None:
    reply = run(engine, h.empty, question)
    assert reply is not None and reply.kind == "empty" and reply.text == HELP_TEXT


def test_empty_passes_on_a_question(engine: Engine) -> None:
    assert run(engine, h.empty, "when does mi7 come out") is None


@pytest.mark.parametrize("question", ["hi", "thanks bot", "hey hello"])
def test_greeting_claims_greetings_with_usage(engine: Engine, question: str) -> None:
    reply = run(engine, h.greeting, question)
    assert reply is not None and reply.kind == "help" and not reply.answered


@pytest.mark.parametrize("question", ["hi, who is returning for mi7", "when does mi7 come out"])
def test_greeting_passes_on_questions(engine: Engine, question: str) -> None:
    assert run(engine, h.greeting, question) is None


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("when does dune 3 come out", "dune 3"),
        ("is keanu reeves in mi7", "keanu reeves"),
        ("when is the first avengers movie out", "avengers"),
        # no fact speaks of "the first Mission: Impossible", so it is a film not known
        ("when did the first mission impossible come out", "1st mission impossible"),
    ],
)
def test_unknown_entity_claims_names_the_facts_do_not_know(
    engine: Engine, question: str, phrase: str
) -> None:
    reply = run(engine, h.unknown_entity, question)
    assert reply is not None and reply.kind == "unknown_entity" and not reply.answered
    assert phrase in reply.text and "Mission: Impossible 7" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "mi 7 cast pls",
        "when's mi7 out lol",
        "who is tom cruise",
        "when was mi7 first supposed to come out",  # "first" is an adverb, not a number
    ],
)
def test_unknown_entity_passes_on_known_names_and_chat_filler(
    engine: Engine, question: str
) -> None:
    assert run(engine, h.unknown_entity, question) is None


def test_membership_claims_is_x_in_film_with_a_cast_fact(engine: Engine) -> None:
    reply = run(engine, h.membership, "is simon pegg in mi7")
    assert reply is not None and reply.answered and "Simon Pegg" in reply.text


def test_membership_declines_when_no_cast_fact_names_the_person(engine: Engine) -> None:
    reply = run(engine, h.membership, "is conan o'brien in mi7")
    assert reply is not None and not reply.answered
    assert "don't say whether Conan O'Brien is in Mission: Impossible 7" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "who is returning for mi7",
        "is mi7 coming out in 2021",
        "is simon pegg and ving rhames in mi7",
    ],
)
def test_membership_passes_on_other_shapes(engine: Engine, question: str) -> None:
    assert run(engine, h.membership, question) is None


def test_bare_entity_offers_questions_about_a_bare_name(engine: Engine) -> None:
    reply = run(engine, h.bare_entity, "MI7")
    assert reply is not None and not reply.answered and reply.suggestions
    assert "Mission: Impossible 7" in reply.text


def test_bare_entity_describes_a_person_asked_who(engine: Engine) -> None:
    reply = run(engine, h.bare_entity, "who is tom cruise")
    assert reply is not None and reply.answered and "Ethan Hunt" in reply.text


def test_bare_entity_passes_when_the_question_asks_something(engine: Engine) -> None:
    assert run(engine, h.bare_entity, "when does mi7 come out") is None
    assert run(engine, h.bare_entity, "how do i make pancakes") is None


def test_ranked_answer_answers_above_the_threshold(engine: Engine) -> None:
    reply = h.ranked_answer(engine.parse("when does mi7 come out"), engine.context)
    assert reply.answered and "November 19, 2021" in reply.text
    assert reply.confidence >= engine.weights.answer_threshold


def test_ranked_answer_declines_off_topic_without_suggestions(engine: Engine) -> None:
    reply = h.ranked_answer(engine.parse("how do i make pancakes"), engine.context)
    assert not reply.answered and reply.kind == "decline" and reply.suggestions == ()


def test_ranked_answer_reads_a_passage_before_answering_from_it(engine: Engine) -> None:
    # An uncurated sentence is read against the question; a contradicted premise declines.
    reply = h.ranked_answer(engine.parse("who wrote the music for mi7"), engine.context)
    assert not reply.answered


def test_yes_or_no_says_no_for_another_date(engine: Engine) -> None:
    parsed = engine.parse("is mi7 coming out in the 1940s")
    claimed = h.ranked_answer(parsed, engine.context)
    checked = yesno.yes_or_no(parsed, claimed, engine.context)
    assert checked.text.startswith("No: ")


def test_yes_or_no_declines_a_relation_of_someone_else(engine: Engine) -> None:
    parsed = engine.parse("is tom cruise directing mi7")
    checked = yesno.yes_or_no(parsed, h.ranked_answer(parsed, engine.context), engine.context)
    assert not checked.answered and "closest they come" in checked.text


def test_yes_or_no_leaves_other_questions_alone(engine: Engine) -> None:
    parsed = engine.parse("when does mi7 come out")
    claimed = h.ranked_answer(parsed, engine.context)
    assert yesno.yes_or_no(parsed, claimed, engine.context) is claimed


def test_yes_no_a_cast_list_naming_the_person_answers_membership(engine: Engine) -> None:
    answer = engine.answer("is vanessa kirby part of the cast of mi7")
    assert answer.answered and "Vanessa Kirby" in answer.text


def test_yes_no_a_first_name_like_a_month_is_a_name(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    line = "Jun Okoro returns for Glass Harbor 2, the studio said."
    (sources / "report.txt").write_text(f"date 2026-01-05\n\n{line}\n", encoding="utf-8")
    (tmp_path / "glass-harbor.toml").write_text(
        f"""source = "report.txt"

[[entity]]
id = "jun-okoro"
kind = "person"
name = "Jun Okoro"

[[entity]]
id = "gh2"
kind = "film"
name = "Glass Harbor 2"

[[fact]]
id = "gh2-cast"
topic = "returning_cast"
about = ["gh2", "jun-okoro"]
items = ["jun-okoro"]
answer = "Jun Okoro returns for Glass Harbor 2."
quote = "{line}"
questions = ["Who returns for Glass Harbor 2?"]
""",
        encoding="utf-8",
    )
    answer = Engine(load_facts(tmp_path)).answer("is jun okoro back for glass harbor 2")
    assert answer.answered and "Jun Okoro" in answer.text


def test_rank_keeps_the_last_ranking_and_hands_out_copies(engine: Engine) -> None:
    parsed = engine.parse("who is returning for mi7")
    first = engine.context.rank(parsed)
    assert first and engine.context.rank(parsed) == first
    first.clear()  # a caller's copy: the next caller still gets the ranking
    assert engine.context.rank(parsed)
    assert engine.context.rank(engine.parse("who is returning for mi7")) == engine.context.rank(
        parsed
    )
