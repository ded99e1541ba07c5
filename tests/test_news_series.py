"""Films of other series in a store that knows MI, and films a fan names by what they are,
with our own articles (tests/data/news/vellory-crane-delay-article.txt and
merrowby-prequel-casting-article.txt):

- '"Vellory Crane: Glass Meridian," the sixth film in its espionage franchise' is no MI6,
  though "the sixth film" is an alias of Fallout;
- "Director X, who also helmed the fourth and fifth installments, responded" speaks of
  the article's film, and an actress's earlier film named in the lede's aside is not it;
- "the prequel" is the one film its reports call a prequel, and "what's it called" is
  answered by a report writing its title, not by a sentence saying "names";
- another story's curated fact does not answer a yes/no question it does not state;
- "at what location" asks for a place, and a headline loses a tie to a sentence of the
  article saying as much;
- a passage opening on "she" names whom it means: "she (Imre Salvatec) posted ...";
- "taking control of the franchise" takes no money in ("took $742 million" does)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from news_articles import NEWS, Drafted, assert_answers, drafted, drafted_news

from bot.concepts import GENERAL_CONCEPTS
from bot.drafts import build_draft
from bot.engine import Engine, explain, gone, phrases, premise
from bot.facts import load_facts
from bot.text import normalize, stem

TEST_FACTS = Path(__file__).parent / "data" / "facts"
VELLORY = "vellory-crane-delay-article.txt"


@pytest.fixture(scope="module")
def beside_mi(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Engine]:
    """The Vellory Crane article built beside the MI facts, as a moderator adds news."""
    facts = tmp_path_factory.mktemp("beside-mi") / "facts"
    shutil.copytree(TEST_FACTS, facts, ignore=shutil.ignore_patterns("__pycache__"))
    report = build_draft(NEWS / VELLORY, facts)
    assert "fallout" not in report.linked  # "the sixth film" there is not MI's sixth
    return facts, Engine(load_facts(facts))


@pytest.fixture(scope="module")
def prequel(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "merrowby-prequel-casting-article.txt", "prequel")


def test_another_series_sixth_film_is_no_known_sixth_film(beside_mi: tuple[Path, Engine]) -> None:
    facts, engine = beside_mi
    article = [f for f in load_facts(facts).facts if f.source.file == VELLORY]
    assert article and not any("fallout" in f.entities for f in article)
    assert "Vellory" not in engine.answer("when does mi6 come out").text
    assert_answers(engine, "how long did filming last on glass meridian?", "88 days")


def test_a_director_of_earlier_installments_speaks_of_this_film(
    beside_mi: tuple[Path, Engine],
) -> None:
    _, engine = beside_mi
    assert_answers(engine, "who directed Vellory Crane: Glass Meridian?", "Imre Salvatec")


def test_another_storys_curated_fact_answers_no_yes_no_it_does_not_state(
    beside_mi: tuple[Path, Engine],
) -> None:
    # the MI facts' curated Instagram post is McQuarrie's, about no delay
    answer = beside_mi[1].answer("Did the director respond to the delay on Instagram?")
    assert "McQuarrie" not in answer.text


def test_the_ledes_aside_film_is_not_the_articles_film(prequel: Drafted) -> None:
    engine = prequel[1]
    assert engine.parse("who is directing the prequel?").entities == (
        "merrowby-the-hesperine-years",
    )
    assert_answers(engine, "who is directing the prequel?", "Kasimir Duvalle")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where will they film the prequel?", "Gotland"),
        ("what's the prequel called?", "Merrowby: The Hesperine Years"),
        ("what is the title of the upcoming prequel", "Merrowby: The Hesperine Years"),
        # not "I read a hundred names before Odile walked in"
        ("what is the name of the hesperine years", "Merrowby: The Hesperine Years"),
    ],
)
def test_the_prequel_is_the_film_called_so(prequel: Drafted, question: str, expected: str) -> None:
    assert_answers(prequel[1], question, expected)


def test_two_prequels_leave_the_prequel_unnamed(tmp_path: Path) -> None:
    text = (NEWS / "merrowby-prequel-casting-article.txt").read_text(encoding="utf-8")
    _, first = drafted(tmp_path, "merrowby", text)
    other = tmp_path / "tamberlyn.txt"
    other.write_text(
        "date 2026-03-01\n\n"
        'Ostrand Pictures has dated "Tamberlyn: First Light," a prequel to its space '
        "saga, for June 2029. The prequel will shoot in Malta.\n",
        encoding="utf-8",
    )
    build_draft(other, tmp_path / "facts")
    engine = Engine(load_facts(tmp_path / "facts"))
    assert first.parse("where will they film the prequel?").entities
    assert engine.parse("where will they film the prequel?").entities == ()
    # a series named says which: its prequel
    assert engine.parse("where will they film the merrowby prequel?").entities[-1] == (
        "merrowby-the-hesperine-years"
    )


def test_a_remake_of_a_classic_is_not_the_classic(tmp_path: Path) -> None:
    text = (
        "date 2026-04-01\n\n"
        'Ostrand Pictures is developing a remake of its 1987 classic "Tin Weir", the '
        "studio said. The remake will shoot in Riga next spring. The studio also plans a "
        "spin-off about the lock keeper.\n"
    )
    engine = drafted(tmp_path, "tin-weir", text)[1]
    # "a remake of X" is of the original; "the remake" of the article, none of its films
    assert engine.parse("where will they shoot the remake?").entities == ()
    assert engine.parse("who is directing the spin-off?").entities == ()


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        ("at what location did glass meridian wrap", "Glass Meridian wrapped in Tallinn.", True),
        # "at what location" wants a place, as "where" does: no person for it
        (
            "at what location did glass meridian wrap",
            "Glass Meridian wrapped for Imre Salvatec.",
            False,
        ),
    ],
)
def test_a_place_is_asked_at_what_location(question: str, passage: str, answers: bool) -> None:
    verdict = premise.check(premise.asked(normalize(question).split(), "what"), passage)
    assert verdict.ok is answers, verdict


def test_another_storys_curated_fact_must_say_every_term(beside_mi: tuple[Path, Engine]) -> None:
    # the MI facts' sequel release dates are no trailer's
    answer = beside_mi[1].answer("when's the trailer for the sequel dropping")
    assert "Paramount" not in answer.text


def test_a_passage_opening_on_she_names_whom_it_means(beside_mi: tuple[Path, Engine]) -> None:
    answer = beside_mi[1].answer("who posted a photo of a whiteboard?")
    assert answer.answered and "she (Imre Salvatec) posted" in answer.text


def test_a_headline_loses_a_tie_to_the_sentence_saying_as_much(tmp_path: Path) -> None:
    text = (
        "'Glass Meridian' Wraps in Tallinn as Ostrand Books Super Bowl Spot\n"
        "date 2026-05-02\n\n"
        'Filming on "Vellory Crane: Glass Meridian" wrapped in Tallinn on March 3.\n'
    )
    answer = drafted(tmp_path, "wrap", text)[1].answer("where did glass meridian wrap?")
    assert answer.answered and "filming on" in answer.text.casefold()


@pytest.mark.parametrize(
    ("passage", "concept"),
    [
        ("Iron Ledger 3 took $742 million worldwide.", True),
        # taking control of a franchise takes no money in
        ("Harlow Vane Media will take control of the franchise for $2.1 billion.", False),
    ],
)
def test_taking_in_is_grossing_but_taking_control_is_not(passage: str, concept: bool) -> None:
    words = normalize(passage).split()
    stems = explain.concept_stems(words, [stem(w) for w in words], light=True)
    assert ("@gross" in GENERAL_CONCEPTS.of(stems)) is concept


@pytest.fixture(scope="module")
def sequel(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "vellory-crane-sequel-article.txt", "sequel")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "is scheduled" is as passive as "was scheduled": production is what is scheduled
        ("When is production on Vellory Crane 2 scheduled to begin?", "August 10"),
        # the jury "handed" him the prize: he won it
        ("who won the cinematography award at the riga film days?", "Aldo Brecken"),
        # a passage read against a yes/no question naming no person says "yes", after
        # the chat's opener ("ngl")
        ("ngl is vellory crane 2 the most expensive film ostrand has made?", "Yes: "),
        ("is mira quessant back in vellory crane 2?", "Yes: "),
        # "the first film, 2023's X" numbers X; "the first Vellory Crane film" is no verb
        ("How much did the first Vellory Crane film gross worldwide?", "$412 million"),
        # "not scheduled ... until August 7" says when; "The sequel" is no first film
        ("when is vellory crane 2 scheduled to open in japan?", "August 7, 2028"),
    ],
)
def test_the_sequel_is_answered(sequel: Drafted, question: str, expected: str) -> None:
    assert_answers(sequel[1], question, expected)


def test_an_absence_until_now_is_no_denial(sequel: Drafted) -> None:
    # "who had not appeared since the first film": she is back, not "No"
    answer = sequel[1].answer("is anouk pell back in vellory crane 2?")
    assert not answer.text.startswith("No")
    assert gone.denied({"anouk", "pell"}, "Anouk Pell will not return.") == {"anouk", "pell"}


def test_that_film_is_the_film_the_aside_named(sequel: Drafted) -> None:
    # "Halden, which had dated its thriller "The Sable Road" for ..., moved that film"
    moved = next(f for f in sequel[1].index.entries if "moved that film" in f.fact.answer)
    assert "vellory-crane-2" not in moved.fact.entities


def test_a_measure_numbers_no_title() -> None:
    # "picks up three years after" has a 3, but numbers no title "Vellory Crane 3" lacks
    words = normalize("The script picks up three years after the first film.").split()
    assert phrases.title_number_missing(("vellory", "crane", "3"), words) is None
    assert phrases.title_number_missing(("vellory", "crane", "3"), [*words, "part", "3"])


def test_a_folded_compound_is_no_unknown_name(sequel: Drafted) -> None:
    # normalize folds "opening night" to one word; it is no film the facts lack
    answer = sequel[1].answer("what film played on opening night at the riga film days?")
    assert "openingnight" not in answer.text and "don't have any facts" not in answer.text


def test_a_kind_asked_is_named_and_a_quotes_i_or_an_owner_names_no_one(tmp_path: Path) -> None:
    text = (
        "date 2026-08-20\n\n"
        'Vantaline will premiere "Marlowe Reach: The Ember Cadets," an animated series, on '
        "October 14. The streamer has not yet committed to a second season.\n\n"
        '"My job is to honour what came before. Odrun Vess is one of the great heroines, and '
        "I have ideas,\" the showrunner said. Teodor Kallis, who plays Vess's rival, returns.\n"
    )
    engine = drafted(tmp_path, "cadets", text)[1]
    # "what streamer" wants a streamer by name, not "the streamer"
    answer = engine.answer("what streamer is the ember cadets on")
    assert not answer.answered or "Vantaline" in answer.text, answer.text
    # a quote's "I" is no one, and Kallis plays Vess's rival, not Vess
    assert_answers(engine, "who plays odrun vess", None)
