"""How trade news and reference articles word what fans ask, read the way a reader would.

"Who replaced Jonas Veltri as director?" asks for the one who replaces him, whatever
stands between ("a new director: X, best known for Y, replaces Veltri"); "what was her
last film score" wants the last one, not any; "what caused the fire" wants a cause, not
the fire; "where is she from" wants a place, not a birth date; "James" and "Ines" open
sentences as first names. The articles and sentences are our own, about invented films.
"""

from __future__ import annotations

import pytest
from premise_reading import read

from bot.engine import Engine
from bot.engine.doers import subject_question
from bot.engine.plans import asks_plan, states_plan
from bot.engine.reasons import asks_reason, gives_reason
from bot.models import Entity, EntityKind, Fact, FactSet, Source
from bot.text import normalize
from tests.news_articles import Drafted, assert_answers, drafted_news


def _engine(date: str, films: tuple[Entity, ...], *passages: str) -> Engine:
    """An engine over one article's `passages` (dated `date`), each about the `films`
    whose title's last word it says."""
    return Engine(
        FactSet(
            facts=tuple(
                Fact(
                    id=f"article-{i}",
                    topic="passage",
                    answer=text,
                    entities=tuple(f.id for f in films if f.name.split()[-1] in text),
                    source=Source(file="article.txt", quote=text, date=date),
                    passage=True,
                )
                for i, text in enumerate(passages, 1)
            ),
            entities=films,
        )
    )


@pytest.mark.parametrize(
    ("question", "passage", "names", "expected"),
    [
        # "as director" is the part taken over, not whom: the one before "replaces" is who
        (
            "who replaced Jonas Veltri as director",
            'The film also has a new director: Ines Brackley-Soto, best known for "Saltwick,"'
            " replaces Jonas Veltri.",
            {"jonas", "veltri"},
            (True, ""),
        ),
        # a title in quotes names a film; a quote does not
        (
            "which film did Ada Berg win her first award for",
            'Ada Berg won her first award for the score of "Brackwater" in 1989.',
            {"ada", "berg"},
            (True, ""),
        ),
        (
            "which film did Ada Berg win her first award for",
            'Ada Berg won her first award in 1989. "We loved it," she said.',
            {"ada", "berg"},
            (False, "no_answer"),
        ),
        # the same extreme in another word: the most snow is the heaviest
        (
            "what was the most snow to fall at the airport",
            "The heaviest snow to fall at the airport was 2.2 inches in 1962.",
            set(),
            (True, ""),
        ),
        (
            "what was the most snow to fall at the airport",
            "The lightest snow to fall at the airport was half an inch in 1988.",
            set(),
            (False, "contradicts"),
        ),
        # why it is asked is no premise: she who is out played the part before
        (
            "who is playing Vesna Drayle now that Ada Croft is out",
            "Nadia Crevolin will take over the role of Vesna Drayle, the soldier Ada Croft"
            " played in both earlier films.",
            {"vesna", "drayle", "ada", "croft"},
            (True, ""),
        ),
        # cameras rolling is the shoot starting
        (
            "when do cameras start rolling",
            "Production is now set to begin on November 9, 2026, in Crostavik.",
            set(),
            (True, ""),
        ),
        # "untitled" says it has none
        (
            "what is the official title of the sequel",
            "The untitled sequel opens in May.",
            set(),
            (False, "contradicts"),
        ),
        # what someone keeps is where they stay on
        (
            "what role will Owen Hale keep on the sequel",
            "Owen Hale will stay on the sequel as an executive producer.",
            {"owen", "hale"},
            (True, ""),
        ),
        # the theaters a film plays in are those it took its money from
        (
            "how many theaters was Gravelmoor playing in",
            "Gravelmoor took $48.2 million from 3,912 theaters this weekend.",
            {"gravelmoor"},
            (True, ""),
        ),
        # a rewrite by a screenwriter is of the script
        (
            "which screenwriter is rewriting the script",
            "A page-one rewrite by screenwriter Maud Kestrow pushed the shoot back.",
            set(),
            (True, ""),
        ),
        # "last" is no kind of answer but which one: a sentence on her scores in general
        # does not say which was the last
        (
            "what was Ada Berg's last film score",
            "Ada Berg is a composer best known for her film scores.",
            {"ada", "berg"},
            (False, "unexplained"),
        ),
        # "debut features" are first films, not an addition; "introduced" adds one
        (
            "when did the festival add a documentary competition",
            "Founded in 1968, it is one of the oldest competitive festivals, known for its"
            " debut features and documentary cinema.",
            set(),
            (False, "unexplained"),
        ),
        (
            "when did the festival add a documentary competition",
            "The festival introduced a documentary competition in 1994.",
            set(),
            (True, ""),
        ),
        # a fire in a sentence is not what caused it
        (
            "what caused the 1983 fire at the Ostvik Hall",
            "In 1983 a fire badly damaged the Ostvik Hall.",
            {"ostvik", "hall"},
            (False, "no_answer"),
        ),
        (
            "what caused the 1983 fire at the Ostvik Hall",
            "The 1983 fire at the Ostvik Hall was started by a faulty heater.",
            {"ostvik", "hall"},
            (False, "no_answer"),
        ),
        (
            "what caused the 1983 fire at the Ostvik Hall",
            "Faulty wiring caused the 1983 fire at the Ostvik Hall.",
            {"ostvik", "hall"},
            (True, ""),
        ),
        # a birth date is no place someone comes from; a town after "born in 1979 in" is
        (
            "where is Flora Lind from",
            "Flora Lind (born 14 May 1971) is a composer of film scores.",
            {"flora", "lind"},
            (False, "no_answer"),
        ),
        (
            "where is Flora Lind from",
            "Born in 1979 in Kessarin, Flora Lind grew up above her parents' bakery.",
            {"flora", "lind"},
            (True, ""),
        ),
        # a thing by its kind, placed after "is": "the airport" of "X Airport is on ..."
        (
            "where is the airport located",
            "The Marlow Field Airport is also on the West Side.",
            set(),
            (True, ""),
        ),
        ("where is Sunnyside located", "Sunnyside is on the East Side.", {"sunnyside"}, (True, "")),
        # ... but a name before "on" and a day is placed nowhere
        (
            "where is Sunnyside located",
            "Sunnyside on Monday held its first market.",
            {"sunnyside"},
            (False, "unexplained"),
        ),
    ],
)
def test_news_wording_read_as_a_reader_would(
    question: str, passage: str, names: set[str], expected: tuple[bool, str]
) -> None:
    assert read(question, passage, names) == expected


def test_what_follows_as_is_a_part_not_the_one_replaced() -> None:
    words = normalize("who replaced Jonas Veltri as director of the sequel").split()
    assert subject_question(words) == ("replace", ("jonas", "veltri"))
    # "as" right after the verb is kept: nothing stands before it to be the object
    returned = subject_question(normalize("who returned as director").split())
    assert returned == ("return", ("direct",))
    # ... but a post after "as" says the act: "who served as director" asks for the director
    assert subject_question(normalize("who served as director").split()) is None


def test_a_clause_of_its_own_is_no_object() -> None:
    words = normalize("who replaced Jonas Veltri after he left the studio").split()
    assert subject_question(words) == ("replace", ("jonas", "veltri"))


def test_a_part_taken_over_now_is_not_what_was() -> None:
    """A passage naming earlier years of the part still answers who plays it now, when
    it says who will."""
    engine = _engine(
        "2026-09-14",
        (),
        "Nadia Crevolin will take over the role of Vesna Drayle, whom Ada Croft played in 2019.",
    )
    assert_answers(engine, "who is playing vesna drayle now", "Nadia Crevolin")


def test_originally_set_asks_for_the_old_plan() -> None:
    assert asks_plan(normalize("what date was the sequel originally set to open").split())
    assert not asks_plan(normalize("where is she from originally").split())
    assert states_plan(normalize("It moves off its previously announced date of May 5.").split())


def test_what_caused_asks_for_a_cause() -> None:
    assert asks_reason("what caused the fire at the hall")
    assert not asks_reason("what happened at the hall")
    assert gives_reason(normalize("A faulty heater caused the fire.").split())


@pytest.fixture(scope="module")
def sequel(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "tidereach-sequel-article.txt", "sequel")


def test_a_first_name_ending_in_s_opens_a_persons_name(sequel: Drafted) -> None:
    entities, _ = sequel
    assert entities["Ines Brackley-Soto"]["kind"] == "person"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who replaced jonas veltri as director of the sequel", "Ines Brackley-Soto"),
        ("which screenwriter is rewriting the tidereach script", "Maud Kestrow"),
        # "reported" hedges the budget: the first film's "reported production budget"
        # ranks no higher for it
        ("what is the reported budget of the sequel", "$120 million"),
        ("what date was the tidereach sequel originally set to open", "October 6, 2027"),
        # the film "the sequel to its 2025 survival thriller" names is the first one
        ("what was the budget of the first tidereach film", "$61 million"),
        ("when does the tidereach sequel open", "May 19, 2028"),
        ("who composed the score for the first tidereach film", None),
    ],
)
def test_a_sequels_news_is_answered(sequel: Drafted, question: str, expected: str | None) -> None:
    assert_answers(sequel[1], question, expected)


def _film_engine(*passages: str) -> Engine:
    film = Entity(id="gravelmoor", kind=EntityKind.FILM, name="Gravelmoor")
    return _engine("2026-10-12", (film,), *passages)


def test_a_count_is_read_in_a_third_passage_when_the_first_two_hold_none() -> None:
    engine = _film_engine(
        "Gravelmoor opens in Germany and France on October 30.",
        "Tracking had pointed to an opening for Gravelmoor in the $35 million range.",
        "Palehurst Releasing's mountain thriller Gravelmoor climbed to the top of the"
        " domestic box office this weekend, collecting an estimated $44.6 million from 3,985"
        " theaters in North America, according to studio figures released on Sunday"
        " afternoon.",
    )
    assert_answers(engine, "how many theaters did gravelmoor open in", "3,985")


def test_a_film_the_news_calls_untitled_has_no_title_to_give() -> None:
    film = Entity(id="harrow-gate-4", kind=EntityKind.FILM, name="Harrow Gate 4")
    engine = _engine(
        "2026-10-02",
        (film,),
        'The untitled project, referred to internally as "Harrow Gate 4," is dated for'
        " July 14, 2028.",
        'Its director will shoot an original thriller once "Harrow Gate 4" wraps.',
    )
    assert_answers(engine, "what's the official title of harrow gate 4", None)
    assert_answers(engine, "when does harrow gate 4 come out", "July 14, 2028")


def _series_engine(*passages: str) -> Engine:
    """An engine over a reference article's passages on a series and its films."""
    films = (
        Entity(id="harrowmere", kind=EntityKind.FILM, name="Harrowmere"),
        Entity(
            id="salt-king",
            kind=EntityKind.FILM,
            name="Harrowmere II: The Salt King",
            aliases=("The Salt King", "Salt King"),
        ),
    )
    return _engine("2026-08-03", films, *passages)


def test_a_year_in_brackets_after_a_title_is_when_it_came_out() -> None:
    engine = _series_engine(
        'Ansel Crove directed "Harrowmere" (1998), shot largely in the fishing town of Esk.',
        'Crove returned to direct "Harrowmere II: The Salt King" (2001), which introduced'
        " Bernard Fale as the title villain.",
        "The sequel was the most successful entry of the trilogy, grossing $142 million.",
    )
    assert_answers(engine, "what year did the salt king come out", "(2001)")
    # a year after another title dates that one, not the one asked of
    assert_answers(engine, "what year did the salt king premiere in london", None)


def test_a_year_in_brackets_after_another_title_dates_that_one() -> None:
    engine = _series_engine(
        "A follow-up, Harrowmere and the Quiet Bells (2001), suffered a troubled production.",
    )
    assert_answers(engine, "what year did the very first harrowmere film come out", None)
