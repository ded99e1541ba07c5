"""The pure score function, one factor at a time, on small hand-built index entries.

Each test changes one thing about a question or a fact and checks the score moves the
way a user would expect (or by the documented weight)."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from bot.engine import Engine
from bot.engine.index import IndexEntry
from bot.engine.score import TOPIC_AFFINITY, WEIGHTS, Query, Weights, build_query, score
from bot.models import Fact, FactSet, Source

IDF = 2.0  # every hand-built query word weighs the same


def entry(
    stems: tuple[str, ...] = ("releas", "date"),
    *,
    topic: str = "trivia",
    examples: tuple[str, ...] = (),
    entities: tuple[str, ...] = ("mi7",),
    films: tuple[str, ...] = ("mi7",),
    franchises: tuple[str, ...] = ("mi",),
    concepts: tuple[str, ...] = (),
    prefixes: tuple[str, ...] = (),
    core_people: tuple[str, ...] = (),
    has_count: bool = False,
    has_time: bool = False,
    has_span: bool = False,
    passage: bool = False,
) -> IndexEntry:
    fact = Fact(
        id="f",
        topic=topic,
        answer="An answer.",
        entities=entities,
        source=Source(file="s.txt", quote="An answer."),
        passage=passage,
    )
    return IndexEntry(
        fact=fact,
        stems=stems,
        concepts=concepts,
        examples=examples,
        example_sets=tuple(tuple(x.split()) for x in examples),
        entities=entities,
        films=films,
        franchises=franchises,
        prefixes=prefixes,
        core_people=core_people,
        has_count=has_count,
        has_time=has_time,
        has_span=has_span,
    )


def query(
    stems: tuple[str, ...] = ("releas", "date"),
    *,
    qtype: str = "what",
    canon: str = "@mi7 releas date",
    named: tuple[str, ...] = ("mi7",),
    films: tuple[str, ...] = ("mi7",),
    franchises: tuple[str, ...] = ("mi",),
    people: tuple[str, ...] = (),
    concepts: dict[str, frozenset[str]] | None = None,
    counting: bool = False,
    spanning: bool = False,
) -> Query:
    concepts = concepts or {}
    return Query(
        qtype=qtype,
        canon=canon,
        words=tuple((s, IDF, concepts.get(s, frozenset())) for s in stems),
        named=frozenset(named),
        films=frozenset(films),
        franchises=frozenset(franchises),
        people=frozenset(people),
        counting=counting,
        spanning=spanning,
    )


def test_every_weight_is_documented_and_the_object_is_frozen() -> None:
    names = {f.name for f in fields(Weights)}
    assert {"answer_threshold", "suggest_threshold", "passage", "topic_nudge"} <= names
    with pytest.raises(AttributeError):
        WEIGHTS.answer_threshold = 0.1  # type: ignore[misc]
    # The three signals of a curated fact are a weighted mean, as are the two of a passage.
    assert (
        WEIGHTS.coverage_weight + WEIGHTS.example_weight + WEIGHTS.entity_weight == pytest.approx(1)
    )
    assert WEIGHTS.bare_coverage_weight + WEIGHTS.bare_entity_weight == pytest.approx(1)


def test_a_fact_explaining_every_word_of_the_question_can_be_answered() -> None:
    assert score(query(), entry()) >= WEIGHTS.answer_threshold


def test_coverage_each_unexplained_word_lowers_the_score() -> None:
    full = score(query(("releas", "date")), entry(("releas", "date")))
    half = score(query(("releas", "date")), entry(("releas",)))
    none = score(query(("releas", "date")), entry(("budget",)))
    assert full > half > none
    # Without examples, coverage carries its documented share of the score.
    assert full - none == pytest.approx(WEIGHTS.bare_coverage_weight)


def test_coverage_a_synonym_counts_less_than_the_word_itself() -> None:
    synonym = query(("back",), canon="@mi7 back", concepts={"back": frozenset({"RETURN"})})
    same = score(synonym, entry(("back",)))
    via_concept = score(synonym, entry(("return",), concepts=("RETURN",)))
    unrelated = score(synonym, entry(("budget",)))
    assert same > via_concept > unrelated


def test_coverage_a_shared_prefix_counts_less_than_a_synonym() -> None:
    q = query(("promote",), canon="@mi7 promote")
    prefix = score(q, entry(("promotional",), prefixes=("promo",)))
    unrelated = score(q, entry(("budget",)))
    assert WEIGHTS.prefix_credit < WEIGHTS.concept_credit
    assert prefix > unrelated


def test_coverage_a_shared_start_outside_a_word_family_earns_nothing() -> None:
    q = query(("sequel",), canon="@mi7 sequel")
    shared_start = score(q, entry(("sequence",), prefixes=("seque",)))
    assert shared_start == pytest.approx(score(q, entry(("budget",))))


def test_example_questions_close_to_the_question_raise_the_score() -> None:
    q = query(canon="when @mi7 releas date")
    close = score(q, entry(examples=("when @mi7 releas date",)))
    far = score(q, entry(examples=("who direct @mi7 sequel budget",)))
    assert close > far
    assert close - far <= WEIGHTS.example_weight + 1e-9


def test_entity_agreement_the_fact_must_be_about_what_is_named() -> None:
    q = query(named=("mi7", "tom-cruise"), films=(), franchises=())
    both = score(q, entry(entities=("mi7", "tom-cruise"), films=()))
    one = score(q, entry(entities=("mi7",), films=()))
    assert both - one == pytest.approx(WEIGHTS.bare_entity_weight / 2)


def test_a_fact_about_another_film_is_pushed_down() -> None:
    q = query(named=(), films=("mi7",), franchises=())
    right = score(q, entry(entities=(), films=("mi7",), franchises=()))
    wrong = score(q, entry(entities=(), films=("mi8",), franchises=()))
    assert wrong == pytest.approx(right * WEIGHTS.other_film)
    assert wrong < WEIGHTS.answer_threshold


def test_a_fact_about_another_franchise_is_pushed_down() -> None:
    q = query(named=(), films=(), franchises=("mi",))
    right = score(q, entry(entities=(), films=(), franchises=("mi",)))
    wrong = score(q, entry(entities=(), films=(), franchises=("star-wars",)))
    assert wrong == pytest.approx(right * WEIGHTS.other_franchise)
    assert wrong < WEIGHTS.answer_threshold


def test_a_fact_about_someone_not_asked_about_is_pushed_down_except_for_who() -> None:
    about_her = entry(core_people=("michelle-monaghan",))
    plain = entry()
    what = query(qtype="what")
    assert score(what, about_her) == pytest.approx(score(what, plain) * WEIGHTS.other_core_person)
    who = query(qtype="who")  # "who ...?" may well be answered by naming her
    assert score(who, about_her) == pytest.approx(score(who, plain))


def test_a_named_person_missing_from_the_fact_is_a_conflict() -> None:
    q = query(named=("mi7", "simon-pegg"), people=("simon-pegg",))
    without = score(q, entry(entities=("mi7",)))
    with_him = score(q, entry(entities=("mi7", "simon-pegg")))
    assert without < with_him * WEIGHTS.person_not_in_fact + 1e-9


@pytest.mark.parametrize("qtype", sorted(TOPIC_AFFINITY))
def test_a_topic_suiting_the_question_type_is_a_small_nudge(qtype: str) -> None:
    topic = sorted(TOPIC_AFFINITY[qtype])[0]
    q = query(qtype=qtype, stems=("releas",), canon="@mi7 releas")
    # has_time so that "when" questions are not also discounted for lacking a date
    suited = score(q, entry(("budget",), topic=topic, has_time=True))
    other = score(q, entry(("budget",), topic="trivia", has_time=True))
    assert suited - other == pytest.approx(WEIGHTS.topic_nudge)


def test_how_many_wants_a_number_in_the_answer() -> None:
    q = query(counting=True, qtype="how")
    assert score(q, entry(has_count=False)) == pytest.approx(
        score(q, entry(has_count=True)) * WEIGHTS.no_count
    )
    assert score(q, entry(has_count=False)) < WEIGHTS.answer_threshold


def test_how_long_wants_a_measured_span_in_the_answer() -> None:
    q = query(spanning=True, qtype="how")
    assert score(q, entry(has_span=False)) == pytest.approx(
        score(q, entry(has_span=True)) * WEIGHTS.no_span
    )


def test_in_what_year_wants_a_date_in_the_answer_and_needs_no_word_year() -> None:
    fact = Fact(
        id="f",
        topic="trivia",
        answer="The bridge was built in 1889.",
        entities=(),
        source=Source(file="s.txt", quote="The bridge was built in 1889."),
    )
    index = Engine(FactSet(facts=(fact,), entities=())).context.index
    words = ("in", "what", "year", "was", "the", "bridge", "built")
    q = build_query(index, "what", words, (), ("year", "bridge", "build"), False)
    assert q.dating and [s for s, _, _ in q.words] == ["bridge", "build"]
    undated = score(q, entry(("bridge", "build"), has_time=False))
    assert undated == pytest.approx(
        score(q, entry(("bridge", "build"), has_time=True)) * WEIGHTS.no_time
    )


def test_a_year_the_question_gives_counts_as_a_word_to_find() -> None:
    facts = tuple(
        Fact(
            id=f"f{n}",
            topic="trivia",
            answer=text,
            entities=(),
            source=Source(file="s.txt", quote=text),
        )
        for n, text in enumerate(["The town had 2,140 people in 1801.", "The town had 600 people."])
    )
    engine = Engine(FactSet(facts=facts, entities=()))
    parsed = engine.parse("How many people lived there in 1801?")
    assert "1801" in parsed.content and "1801" not in parsed.unknown
    # a year the facts never state is no word to find, nor an unknown one
    other = engine.parse("How many people lived there in 1799?")
    assert "1799" not in other.content and "1799" not in other.unknown
    index = engine.context.index
    q = build_query(index, "how", parsed.words, (), parsed.content, True)
    stated = score(q, entry(("person", "live", "1801"), has_count=True))
    unstated = score(q, entry(("person", "live"), has_count=True))
    assert stated > unstated


def test_when_wants_a_date_in_the_answer() -> None:
    q = query(qtype="when")
    dated = score(q, entry(topic="trivia", has_time=True))
    undated = score(q, entry(topic="trivia", has_time=False))
    assert undated == pytest.approx(dated * WEIGHTS.no_time)


def test_a_curated_fact_beats_the_raw_passage_it_came_from() -> None:
    q = query()
    curated, passage = score(q, entry()), score(q, entry(passage=True))
    assert passage < curated
    assert passage == pytest.approx(min(1.0, curated) * WEIGHTS.passage) or curated == 1.0


def test_the_score_is_bounded_and_weights_can_be_swapped() -> None:
    q = query(qtype="when")
    best = entry(topic="release_date", has_time=True, examples=("@mi7 releas date",))
    assert 0.0 <= score(q, best) <= 1.0
    harsher = replace(WEIGHTS, no_time=0.0)
    assert score(q, replace(best, has_time=False), harsher) == 0.0


def test_between_passages_explaining_a_question_alike_the_shorter_ranks_first() -> None:
    # BM25's length normalisation: a long sentence shares words with questions by chance
    q = query(("lantern", "guild", "meet"), canon="lantern guild meet", named=(), films=())
    asked = ("lantern", "guild", "meet")
    short = entry((*asked, "brannock", "1602"), passage=True, entities=(), films=())
    filler = tuple(f"word{i}" for i in range(30))
    long = entry((*asked, "brannock", *filler), passage=True, entities=(), films=())
    assert score(q, long) < score(q, short) < score(q, entry(asked, entities=(), films=()))
