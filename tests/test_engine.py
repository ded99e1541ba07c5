"""The answer engine on the MI7 test facts: answers users would see, and honest declines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.facts import load_facts

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "eval_cases.jsonl").read_text().splitlines()
    if line.strip()
]


def _fold(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("-", " ")
    return re.sub(r"\s+", " ", text.casefold()).strip()


@pytest.mark.parametrize("case", CASES, ids=[c["q"][:60] for c in CASES])
def test_evaluation_case(engine: Engine, case: dict[str, object]) -> None:
    """Our own question set (paraphrases, typos, unknown entities, off-topic), judged the
    way the shared scorer judges: answered with every `all` and one of `any`, or declined."""
    answer = engine.answer(str(case["q"]))
    text = _fold(answer.text)
    if case["expect"] == "abstain":
        assert not answer.answered, answer.text
        return
    if case["expect"] == "no_false":
        assert not (answer.answered and any(_fold(s) in text for s in case.get("none", []))), (
            answer.text
        )  # type: ignore[attr-defined]
        return
    assert answer.answered, answer.text
    for needed in case.get("all", []):  # type: ignore[attr-defined]
        assert _fold(needed) in text, answer.text
    if case.get("any"):
        assert any(_fold(s) in text for s in case["any"]), answer.text  # type: ignore[attr-defined]
    for banned in case.get("none", []):  # type: ignore[attr-defined]
        assert _fold(banned) not in text


def test_list_question_names_every_returning_member(engine: Engine) -> None:
    answer = engine.answer("who's returning for MI7?")
    for name in [
        "Vanessa Kirby",
        "Rebecca Ferguson",
        "Angela Bassett",
        "Ving Rhames",
        "Simon Pegg",
    ]:
        assert name in answer.text


def test_time_sensitive_answer_says_when_it_was_reported_and_cites_source(engine: Engine) -> None:
    answer = engine.answer("When does Mission: Impossible 7 come out?")
    assert answer.text.startswith("As reported on 2021-11-19, ")
    assert "November 19, 2021" in answer.text
    assert answer.sources and answer.sources[0].file == "mi7-article.txt"
    assert answer.sources[0].date == "2021-11-19"
    assert "November 19, 2021" in answer.sources[0].quote
    assert 0.0 < answer.confidence <= 1.0 and answer.facts == ("mi7-release-date",)


def test_eighth_film_is_not_answered_with_the_seventh_films_date(engine: Engine) -> None:
    answer = engine.answer("when does the eighth movie come out")
    assert "November 4, 2022" in answer.text and "November 19, 2021" not in answer.text


def test_unknown_entities_are_named_in_the_decline(engine: Engine) -> None:
    for question, phrase in [
        ("is keanu reeves in mi7", "keanu reeves"),
        ("Is Keanu Reeves in MI7?", "keanu reeves"),
        ("who is returning for the matrix 5", "matrix 5"),
        ("when does dune 3 come out", "dune 3"),
        ("when does mission impossible 9 come out", "mission impossible 9"),
    ]:
        answer = engine.answer(question)
        assert not answer.answered and answer.kind == "unknown_entity"
        assert phrase in answer.text
        assert answer.facts == () and answer.sources == ()


def test_decline_near_a_known_fact_offers_suggestions(engine: Engine) -> None:
    # An unknown word ("shindig") beside a known film and topic does not block the answer.
    answer = engine.answer("what about the mi7 release shindig")
    assert answer.answered and "November 19, 2021" in answer.text
    declined = engine.answer("Who wrote the music for MI7?")
    assert not declined.answered
    assert 0 < len(declined.suggestions) <= 3
    off_topic = engine.answer("How do I make pancakes?")
    assert not off_topic.answered and off_topic.suggestions == ()


def test_it_with_no_film_named_could_be_any_film(engine: Engine) -> None:
    # standalone, "it" names no film: the one it may mean is offered, not assumed
    for question in ("when does it start filming", "in which town will the shoot begin"):
        reply = engine.answer(question)
        assert not reply.answered, reply.text
    named = engine.answer("when does mi8 start filming")
    assert named.answered and "Top Gun: Maverick" in named.text
    offered = engine.answer("when does it start filming").suggestions
    assert any("MI8" in suggestion for suggestion in offered), offered


def test_typos_are_repaired_against_the_facts_vocabulary(engine: Engine) -> None:
    parsed = engine.parse("who's retuning for mission imposible 7 with Klementief")
    assert ("retuning", "returning") in parsed.repaired
    assert ("imposible", "impossible") in parsed.repaired
    assert ("klementief", "klementieff") in parsed.repaired
    assert "mi7" in parsed.entities and "pom-klementieff" in parsed.entities


def test_an_inflected_english_word_is_no_typo(engine: Engine) -> None:
    # "held" is no dictionary headword, but "hold" is: it is not a slip for "head"
    parsed = engine.parse("where was the mission impossible 7 premiere held")
    assert parsed.repaired == ()


def test_aliases_and_roles_name_the_right_entities(engine: Engine) -> None:
    for alias in [
        "MI7",
        "MI 7",
        "M:I 7",
        "Mission Impossible 7",
        "mission impossible seven",
        "the seventh film",
        "the seventh movie",
    ]:
        assert engine.parse(f"when does {alias} come out").entities[:1] == ("mi7",), alias
    assert engine.parse("MI8 and the eighth movie").entities == ("mi8",)
    assert engine.parse("is Cruise back").entities == ("tom-cruise",)
    assert engine.parse("who plays Julia Meade").entities == ("julia-meade", "michelle-monaghan")
    assert engine.parse("who plays Ethan Hunt").entities == ("ethan-hunt", "tom-cruise")


def test_question_types(engine: Engine) -> None:
    assert engine.parse("who directs mi7").qtype == "who"
    assert engine.parse("When is it out").qtype == "when"
    assert engine.parse("where was it shot").qtype == "where"
    assert engine.parse("is ving rhames back").qtype == "yesno"


@pytest.mark.parametrize("question", ["hi", "hello!", "help", "thanks bot"])
def test_greetings_and_help_get_usage(engine: Engine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered and answer.kind == "help" and "/release" in answer.text


@pytest.mark.parametrize(
    "question",
    ["", "   ", "\x00\x01\x02", "\u200b\u200d\u2066", "🔥🔥🔥", "???!!!", "\u0301\u0302"],
)
def test_empty_or_invisible_input_gets_usage_not_an_error(engine: Engine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered and "Ask me" in answer.text


def test_long_question_is_answered_on_its_first_500_characters(engine: Engine) -> None:
    question = "who's returning for MI7? " * 400
    assert len(question) >= 10_000
    assert "Vanessa Kirby" in engine.answer(question).text
    assert len(engine.parse(question).text) <= 500
    # Junk after the first 500 characters changes nothing.
    assert engine.answer("when does mi8 come out " + " " * 480 + "zzqx " * 2000).answered
    junk = engine.answer("zzqx " * 2500)
    assert not junk.answered and len(junk.text) < 400


def test_control_and_zero_width_characters_inside_words(engine: Engine) -> None:
    answer = engine.answer("who\u200b's re\u00adturning for M\u200dI7\x07?")
    assert answer.answered and "Vanessa Kirby" in answer.text


def test_release_command(engine: Engine) -> None:
    one = engine.release("MI7")
    assert one.answered and "November 19, 2021" in one.text and "November 4, 2022" not in one.text
    every = engine.release(None)
    assert "November 19, 2021" in every.text and "November 4, 2022" in every.text
    assert engine.release("mission imposible 8").answered
    unknown = engine.release("Dune 3")
    assert not unknown.answered and "Dune 3" in unknown.text
    assert not engine.release("Top Gun: Maverick").answered


def test_cast_command_lists_returning_and_new(engine: Engine) -> None:
    cast = engine.cast("mi7")
    for name in [
        "Vanessa Kirby",
        "Rebecca Ferguson",
        "Angela Bassett",
        "Pom Klementieff",
        "Hayley Atwell",
    ]:
        assert name in cast.text
    assert len(cast.sources) >= 1


def test_film_choices_for_autocomplete(engine: Engine) -> None:
    assert set(engine.film_choices("")) >= {"Mission: Impossible 7", "Mission: Impossible 8"}
    assert engine.film_choices("mission impossible 8")[0] == "Mission: Impossible 8"
    assert "Top Gun: Maverick" in engine.film_choices("top")


def test_a_bare_name_gets_questions_to_ask_not_a_random_fact(engine: Engine) -> None:
    for question, name in [
        ("MI7", "Mission: Impossible 7"),
        ("Rebecca Ferguson", "Rebecca Ferguson"),
    ]:
        answer = engine.answer(question)
        assert not answer.answered and name in answer.text
        assert answer.suggestions
    kirby = engine.answer("Who is Vanessa Kirby?")
    assert not kirby.answered and "Is Vanessa Kirby returning?" in kirby.suggestions
    assert "Ethan Hunt" in engine.answer("Who is Tom Cruise?").text


def test_polite_prefaces_do_not_change_the_answer(engine: Engine) -> None:
    plain = engine.answer("who returns in Mission: Impossible 7")
    for preface in [
        "tell me ",
        "can you tell me ",
        "hey, do you know ",
        "please tell us ",
        "wait ",
    ]:
        assert engine.answer(preface + "who returns in Mission: Impossible 7").facts == plain.facts
    assert not engine.answer("tell me a joke").answered


def test_answer_kind_must_fit_the_question(engine: Engine) -> None:
    counted = engine.answer("how many films was monaghan in")
    assert "three" in counted.text
    assert "Top Gun" in engine.answer("What was Tom Cruise promoting?").text
    assert "Paramount" in engine.answer("Which studio dated the sequels?").text


def test_back_to_back_is_not_coming_back(engine: Engine) -> None:
    # "back to back" filming is no answer to who is returning for MI8 (no fact says).
    assert not engine.answer("who is returning for mission impossible 8").answered
    assert "back to back" in engine.answer("Are MI7 and MI8 filmed back to back?").text


def test_a_decline_names_the_unknown_name_not_the_verb_before_it(engine: Engine) -> None:
    answer = engine.answer("Who banned the Zorvath festival?")
    assert answer.kind == "unknown_entity" and "\u201czorvath\u201d" in answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("did they scrap zq3 or nah", "zq 3"),
        ("is zq 3 cancelled", "zq 3"),
        ("has anyone teased zorblax quest 3", "zorblax quest 3"),
        ("when is dune 3 out", "dune 3"),  # an English word may be a title's
    ],
)
def test_a_decline_names_a_numbered_title_without_the_verbs_around_it(
    engine: Engine, question: str, named: str
) -> None:
    answer = engine.answer(question)
    assert answer.kind == "unknown_entity" and f"\u201c{named}\u201d" in answer.text


def test_a_decline_names_what_was_typed_not_a_repair_of_it(engine: Engine) -> None:
    answer = engine.answer("is brad pitt in mi7")
    assert not answer.answered and "\u201cbrad pitt\u201d" in answer.text


# ---------------------------------------------------------------- casual words, yes/no


@pytest.mark.parametrize(
    "question",
    [
        "mi 7 cast pls",
        "when's mi7 out lol",
        "who's in mi7 tbh",
        "is mi7 coming out in the 1940s",
        "is there an mi7 spinoff",  # fans' spelling of "spin-off"
        # a verb and its object, however unknown to the facts, are no name
        "who will sew the costumes for mi7",
        # where names are written with capitals, lowercase words are no name; nor is a
        # known name after a verb, a count before a noun, or a people's adjective
        "What organisation arranged the stunts for MI7?",
        "How do you pronounce McQuarrie?",
        "What are the two principal locations of MI7?",
        "What percentage of British fans saw Fallout?",
    ],
)
def test_chat_filler_and_dates_are_never_unknown_names(engine: Engine, question: str) -> None:
    answer = engine.answer(question)
    assert answer.kind != "unknown_entity", answer.text


def test_yes_no_says_no_for_another_date(engine: Engine) -> None:
    answer = engine.answer("is mi7 coming out in the 1940s")
    assert answer.answered and answer.text.startswith("No: ")


@pytest.mark.parametrize(
    "question", ["is tom cruise directing mi7", "is mcquarrie starring in mi7"]
)
def test_yes_no_never_confirms_a_relation_of_someone_else(engine: Engine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered, answer.text
    assert not answer.text.startswith("Yes")


def test_yes_no_gives_a_curated_open_verdict_as_written(engine: Engine) -> None:
    # the fact answers "Not confirmed: ...": a "Yes:" before it would say the opposite
    answer = engine.answer("is michelle monaghan coming back for mi7")
    assert answer.answered and "not confirmed" in answer.text.lower(), answer.text
    assert not answer.text.startswith("Yes"), answer.text


def test_yes_no_accepts_a_person_listed_with_others(engine: Engine) -> None:
    answer = engine.answer("is ving rhames back for mi7")
    assert answer.answered and "Ving Rhames" in answer.text


def test_the_franchise_concepts_come_from_the_facts_vocabulary(facts_dir: Path) -> None:
    assert Engine(load_facts(facts_dir)).index.concepts.of(["peril"]) == {"@stunt"}
    (facts_dir / "vocabulary.toml").unlink()
    assert Engine(load_facts(facts_dir)).index.concepts.of(["peril"]) == set()
