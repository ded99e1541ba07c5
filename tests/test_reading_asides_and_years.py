"""A mill town's reference article and an animated sequel's casting story, read for whose
aside a figure is in, which year a clause is of, and what a passage states at all. Our own
articles, about invented things:

- "Edmund Carrow, who ran it ... before moving to Bristol in 1702" dates Carrow's move, not
  the company's; a "why" answered in a "who" aside is of the one it follows ("Ruth Calder
  replaced Simon Achebe, who withdrew because of a theatre commitment");
- a move asked "to Haverlund" is not one "to Bristol";
- "the long room, which is 7 metres wide" measures the room, not the undercroft; a spire
  that "leans 0.9 metres" is no height; "runs for 9 miles" is a length still;
- "since 1968, when the school had 330 pupils" is no count of today; "4,000 mill hands"
  are no population, nor "nine uninhabited islets";
- "...peaked in 1851 ..., and the company paid a dividend of 12 per cent in 1838" pays
  nothing in 1851;
- "; he died in 1939" places no death where the clause before places a plaque; life dates
  after another's name date no one else's death;
- "a voice cast completed", "one of the best-known voices of" say no one plays a part;
  "X will take over" has X replace someone, not be replaced;
- a replacement named after a denial answers "who", not "what is the name of the stage
  musical"; a festival director who "said the sale showed ..." bought nothing;
- "X, who attended the announcement, did not speak" is a "yes" to "did X go"; "did not
  touch the ruined choir" restored no choir;
- "an as-yet-untitled musical" gives no title; "single tickets cost $24" is no cost of making;
- "closed for repairs in 1990 and reopened in 1994" closed nothing for good;
- "who worked as head of story on the studio's 2023 hit "Mossback"" heads no story of
  this film;
- "where was the movie filmed", with news of another film in the store, is not answered
  by the curated film's filming.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest

from bot.engine import (
    Engine,
    denials,
    dimensions,
    mentioned,
    negated,
    openings,
    paraphrased,
    passages,
    setting,
    stated,
)
from bot.engine.index import Index
from bot.engine.performers import performance_unsaid
from bot.engine.premise import asked
from bot.engine.replacements import sides
from bot.engine.setting import _counted_only_then
from bot.models import Fact, Source
from bot.text import normalize, stem
from tests.news_articles import NEWS, assert_answers, beside_curated, drafted_news
from tests.premise_reading import read as read_premise


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Engine]:
    """The town's article drafted alone; the sequel's beside the curated MI7 facts, as the
    evaluation builds an article."""
    sequel = (NEWS / "quillory-film-article.txt").read_text(encoding="utf-8")
    return {
        "town": drafted_news(tmp_path_factory, "haverlund-town-article.txt", "town")[1],
        "sequel": beside_curated(tmp_path_factory.mktemp("sequel"), "sequel", sequel),
    }


ASKED = [
    # whose aside
    ("town", "In what year did the Tellaby Weavers' Company move to Bristol?", None),
    ("town", "In what year did Edmund Carrow move to Bristol?", "1702"),
    ("town", "In what year did Edmund Carrow relocate to Haverlund?", None),
    ("sequel", "why did Ruth Calder leave the project", None),
    ("sequel", "why did Simon Achebe withdraw", "theatre commitment"),
    # what a measure is of
    ("town", "How wide is the brick undercroft?", None),
    ("town", "How wide is the long room?", "7 metres"),
    ("town", "How long is the Tellaby Navigation?", "9 miles"),
    ("town", "How tall is the spire of St Edith's church?", None),
    # an end for good, undone
    ("town", "In what year did the Corn Exchange close for good?", None),
    ("town", "When did the Corn Exchange reopen?", "1994"),
    # when a count was
    ("town", "How many pupils does Haverlund Grammar School have?", "640"),
    ("town", "How many pupils did the school have in 1968?", "330"),
    ("town", "What was the population of Haverlund in 1890?", None),
    ("town", "What is the population of Haverlund?", "17,900"),
    ("town", "What dividend did the navigation company pay in 1851?", None),
    ("town", "What dividend did the navigation company pay in 1838?", "12 per cent"),
    # whose death, and where
    ("town", "Where did Hugh Dallory die?", None),
    ("town", "Where did Agnes Marrable die?", "Penzance"),
    ("town", "When did the poet Ralph Selden die?", None),
    ("town", "When did Clara Venn die?", "1944"),
    # who plays, replaces, buys, goes
    ("sequel", "who voices pell in the sequel", "Dana Rourke"),
    ("sequel", "Who replaced Ilse Brandt on the sequel?", None),
    ("sequel", "What is the name of the stage musical Owen Shaw is starring in?", None),
    ("sequel", "who plays marsh now?", "Peter Graine"),
    ("sequel", "Did Dana Rourke go to the announcement?", "Yes"),
    ("sequel", "Did Dana Rourke speak to reporters?", "No"),
    # "the movie", with news of another film beside the curated one, is neither of them
    ("sequel", "where was the movie filmed?", None),
    ("sequel", "where was mission impossible 7 filmed?", "Middle East"),
    # a title asked of something "as-yet-untitled"
    ("sequel", "What is the title of Rourke's first project for Veltmark?", None),
    ("sequel", "When is Rourke's first project expected to begin recording?", "2026"),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_answers_of_asides_and_years(
    read: dict[str, Engine], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article], question, expected)


READ = [
    # a part played must be said to be played, cast or taken
    (
        "Which actress was cast as Nell Varrow?",
        "Varrow, who was born in 1941, became one of the best-known voices of the folk revival.",
        {"nell", "varrow"},
        False,
    ),
    (
        "Which actress was cast as Nell Varrow?",
        "The studio has cast Mara Lind as Nell Varrow.",
        {"nell", "varrow"},
        True,
    ),
    # a move to another place
    (
        "In what year did Orlen Pictures relocate to Chicago?",
        "Orlen Pictures was founded in 1978 in Chicago and moved to Los Angeles in 1986.",
        {"orlen", "pictures", "chicago"},
        False,
    ),
    (
        "In what year did Orlen Pictures relocate to Los Angeles?",
        "Orlen Pictures was founded in 1978 in Chicago and moved to Los Angeles in 1986.",
        {"orlen", "pictures", "los", "angeles"},
        True,
    ),
    # a taking over
    (
        "Who replaced Hanne Vos?",
        "The director Hanne Vos will take over when cameras roll again on 24 February.",
        {"hanne", "vos"},
        False,
    ),
    # the budget of a film named with "of" in its title
    (
        "What was the production budget of Lanterns of Osk?",
        "Orm's \"Lanterns of Osk\" grossed $612 million in 2023, while Tessel's latest, "
        '"Pebble," earned $94 million against a production budget of $150 million.',
        {"lanterns", "of", "osk"},
        False,
    ),
]


@pytest.mark.parametrize(("question", "passage", "names", "ok"), READ)
def test_premise_reads_asides_and_parts(
    question: str, passage: str, names: set[str], ok: bool
) -> None:
    assert read_premise(question, passage, names)[0] is ok


def test_a_who_aside_after_anothers_full_name_is_theirs() -> None:
    passage = "Tom Reed replaced Ann Hale, who withdrew because of a clash."
    words = normalize(passage).split()
    because = words.index("because")
    question = ("why", "did", "tom", "reed", "leave")
    assert mentioned.in_anothers_aside(passage, words, question, [because]) == {because}
    # an institution's "who" clause is no person's aside
    academy = "The founder was Dr Tom Reed, of the Academy of Sciences, who served until 1829."
    words = normalize(academy).split()
    year = words.index("1829")
    assert mentioned.in_anothers_aside(academy, words, question, [year]) == set()
    assert not mentioned.gives_own_reason(passage, normalize(passage).split(), question)


def test_a_measure_in_a_which_clause_is_its_nouns() -> None:
    words = normalize("an undercroft and the hall, which is 8 metres wide").split()
    assert dimensions.of_another_thing(("how", "wide", "is", "the", "undercroft"), words)
    assert not dimensions.of_another_thing(("how", "wide", "is", "the", "hall"), words)
    # a lean is another dimension than a height
    lean = normalize("a tower that leans 1.4 metres").split()
    assert dimensions.other_dimension(("how", "tall", "is", "the", "tower"), lean)


def test_a_count_in_a_clause_of_a_past_year() -> None:
    assert (
        _counted_only_then("It has doubled since 1974, when the school had 410 pupils.") == "1974"
    )
    assert _counted_only_then("It has 780 pupils, up from 1974, when it had 410.") is None


def test_a_performance_must_be_said() -> None:
    question = asked(normalize("who plays nell").split(), "who", {"nell"}, "who plays nell")
    stems = {*question.terms, *question.words}
    assert performance_unsaid(stems, question.kind, "Nell sang with albums such as Pit Road.")
    assert not performance_unsaid(stems, question.kind, "The cast includes Lind (Nell).")
    assert not performance_unsaid(stems, question.kind, "Brightwater has recast Nell with Lind.")
    voices = asked(normalize("who voices pip").split(), "who", {"pip"}, "who voices pip")
    cast = 'Orrel Animation has completed the voice cast of "Pip 2", the sequel to its hit.'
    assert performance_unsaid({*voices.terms, *voices.words}, voices.kind, cast)


def test_taking_over_is_replacing() -> None:
    replaced, replacement = sides(
        normalize("Vos will take over from Anya Pell in May").split()
    ) or (
        set(),
        set(),
    )
    assert {"anya", "pell"} <= replaced and "vos" in replacement


def test_a_speaker_is_no_doer() -> None:
    words = normalize("Festival director Paul Renner said the sale showed promise.").split()
    assert paraphrased.only_speakers({"paul", "renner"}, words)
    assert not paraphrased.only_speakers({"paul"}, normalize("Paul Renner bought it.").split())


def test_a_negation_reaches_to_the_next_comma() -> None:
    passage = "Rourke, who attended the premiere, did not speak on stage."
    words = normalize(passage).split()
    assert negated.denied_verbs(words) == ["speak"]
    assert "attended" in negated.outside_negations(passage, words)
    assert "stage" not in negated.outside_negations(passage, words)


def test_a_passage_opening_on_anothers_acquisition_is_of_that_film() -> None:
    index = cast(Index, SimpleNamespace(entities={}))
    source = Source(file="a.txt", quote="", date="2025-01-01")
    other = 'Larkspur\'s most recent acquisition, "Northbound," took in $5.8 million.'
    fact = Fact(id="a-1", topic="passage", answer=other, entities=(), source=source)
    assert openings.opens_on_another(index, fact)
    own = Fact(
        id="a-2",
        topic="passage",
        answer="The film took in $5.8 million.",
        entities=(),
        source=source,
    )
    assert not openings.opens_on_another(index, own)
    assert openings.names_none(frozenset({"the yelmor crossing"}), other)


def test_what_other_things_cost_is_no_cost_of_making() -> None:
    asked = set(normalize("how much did the lantern keepers cost to make").split())
    tickets = normalize("Single tickets cost CAD $24, unchanged from 2024.").split()
    assert stated.cost_of_another(asked, tickets)
    assert not stated.cost_of_another(asked, normalize("The film cost $40 million.").split())
    made = normalize("Tickets cost $24, and the film was made for $3 million.").split()
    assert not stated.cost_of_another(asked, made)
    # a question asking what tickets cost asks no making
    assert not stated.cost_of_another(set(normalize("how much do tickets cost").split()), tickets)


def test_a_negated_verbs_own_object_is_denied() -> None:
    stems = [
        stem(w)
        for w in normalize("He restored the nave but did not touch the ruined choir.").split()
    ]
    assert denials.negated(stems, {"choir"}) == ["choir"]
    assert denials.negated(stems, {"nave"}) == []


def test_a_job_on_another_titled_work_is_no_job_on_this_one() -> None:
    text = "who was head of story on the quellings"
    question = asked(normalize(text).split(), "who", {"quellings"}, text)
    passage = (
        '"The Quellings" is directed by Oskar Lind and co-directed by Amara Nwosu, who '
        'worked as head of story on the studio\'s 2023 hit "Mossback."'
    )
    assert passages.only_of_an_earlier_work(question, passage)
    own = "Amara Nwosu is head of story on the film."
    assert not passages.only_of_an_earlier_work(question, own)


def test_a_numbered_part_asked_stands_in_the_clause_of_the_act() -> None:
    text = "How many episodes of season two did Kit Hart direct?"
    question = asked(normalize(text).split(), "how", {"kit", "hart"}, text)
    passage = (
        'Ramaswamy wrote the season two episode "The Lantern Walk", while Hart directed '
        "three episodes of season three."
    )
    assert not setting.year_of_another_clause(question, passage).ok
    own = "Hart directed three episodes of season two, while Ramaswamy wrote season three."
    assert setting.year_of_another_clause(question, own).ok
