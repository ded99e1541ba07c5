"""Reading a passage with the sentences around it, and the doer of its verb.

A reference article states a year once and goes on without it, refers to its subject
as "the company", and a news story names a part's old holder in one sentence and the
new one in the next ("has stepped into the role"). A question asking what holds "now"
is not answered by what held decades ago, and "who started the chain" by "a process
that started". Articles and questions are our own, about invented places and films.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from news_articles import assert_answers, beside_curated, drafted
from premise_reading import read

from bot.engine import Engine, compounds, defined
from bot.text import normalize

CHAIN = """Date: 2026-04-02

Marrowby Cinemas

Marrowby Cinemas is a cinema chain based in the town of Halsey Cross. It was founded in \
1952 by the brothers Edwin and Lowell Marrowby, who had run a travelling picture show.

The company opened its first drive-in, the four-screen Marrowby Starlight, in 1971. \
During the 1980s the chain bought nine halls from rival exhibitors.

In 1990 the chain sold 2.1 million tickets across its halls. Its snack counters took \
$4.6 million. Staff numbers reached 640.

As of 2026 the company operates 31 cinemas with a combined total of 204 screens.
"""

RECAST = """Date: 2026-05-11

'Gullstone 2' Recasts Its Smuggler

Production on "Gullstone 2" has paused for a week at Fennick Studios. Petra Vantongeren, \
who played the smuggler Kell Arden in the first film, has exited because of a scheduling \
conflict with a stage run in London. Oriel Stanmore has stepped into the role, and her \
scenes will be shot in June.
"""


SHOOT = """Date: 2026-06-20

'Harrowgate Deep' Sequel Starts Filming

Cameras are rolling on "Harrowgate Deep 2," Tidewell Pictures said Friday. The sequel is \
shooting at Corran Bay Studios in Wales through October, with Mara Ellison back in the \
lead. It opens in theaters on June 9, 2028. The sequel was originally supposed to open on \
March 3, 2028, before the studio moved it to the summer.
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted(tmp_path_factory.mktemp("chain"), "marrowby-cinemas", CHAIN)[1]


@pytest.fixture(scope="module")
def recast(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted(tmp_path_factory.mktemp("recast"), "gullstone-recast", RECAST)[1]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the year is the sentence before's, two sentences back at most
        ("how much did the snack counters take in 1990", "$4.6 million"),
        ("how many staff were there in 1990", "640"),
        # ... and another year is still a premise no sentence states
        ("how much did the snack counters take in 1994", None),
    ],
)
def test_a_year_the_sentence_before_sets_is_the_passage_s_year(
    chain: Engine, question: str, expected: str | None
) -> None:
    assert_answers(chain, question, expected)


def test_what_holds_now_is_not_what_held_decades_before_the_article(
    chain: Engine, tmp_path: Path
) -> None:
    assert_answers(chain, "how many screens does Marrowby Cinemas have now", "204 screens")
    # without today's figure, "the four-screen Marrowby Starlight, in 1971" counts screens
    # but says nothing of now
    then = CHAIN.partition("As of 2026")[0]
    engine = drafted(tmp_path, "marrowby-cinemas", then)[1]
    assert_answers(engine, "how many screens does Marrowby Cinemas have now", None)
    assert_answers(engine, "how many screens did the Marrowby Starlight have", "four-screen")


def test_a_passage_calling_the_subject_the_company_is_about_it(chain: Engine) -> None:
    # "It was founded in 1952 by ..." names no Marrowby Cinemas but is about it
    assert_answers(chain, "when was Marrowby Cinemas founded", "1952")


def test_the_role_in_the_next_sentence_is_the_part_the_sentence_before_named(
    recast: Engine,
) -> None:
    assert_answers(recast, "who's playing the smuggler now", "Oriel Stanmore")
    # the old holder's sentence alone answers no "now"
    assert "Oriel Stanmore" in recast.answer("who plays the smuggler now").text


def test_a_past_holder_alone_is_no_answer_to_who_holds_it_now(tmp_path: Path) -> None:
    exited = RECAST.replace(
        " Oriel Stanmore has stepped into the role, and her scenes will be shot in June.", ""
    )
    engine = drafted(tmp_path, "gullstone-exit", exited)[1]
    assert_answers(engine, "who's playing the smuggler now", None)


def test_a_film_referred_to_by_it_is_the_one_in_the_news(tmp_path: Path) -> None:
    # beside the curated MI facts, "it" naming no film is the newest report's film
    engine = beside_curated(tmp_path, "harrowgate-deep-2", SHOOT)
    assert_answers(engine, "where are they shooting it", "Corran Bay Studios")
    assert_answers(engine, "when does it come out", "June 9, 2028")
    # asked in the past, but of the news's plan
    assert_answers(engine, "when was the sequel originally supposed to come out", "March 3, 2028")


@pytest.mark.parametrize(
    ("question", "passage", "names"),
    [
        # the progressive asks the doer as "who runs" does
        (
            "who is running the Pellbrook festival",
            "Ada Berg is running the Pellbrook festival for a third year.",
            {"pellbrook"},
        ),
        # "X stars Y" says Y stars in X
        (
            "who stars in Hollow Lantern",
            '"Hollow Lantern" stars Ada Berg as a lighthouse keeper.',
            {"hollow", "lantern"},
        ),
        # "season 1" is the first season
        (
            "how many episodes are in season 1",
            "The first season will have eight episodes, each about an hour long.",
            set(),
        ),
        # a lawsuit is suing, seeking is asking for
        (
            "who is suing the studio",
            "Producer Ada Berg filed a lawsuit against the studio last month.",
            set(),
        ),
        ("how much is she asking for in damages", "She is seeking $25 million in damages.", set()),
        # other words for heading and for the people who work somewhere
        ("who is heading the jury", "The competition jury is led by actress Ada Berg.", set()),
        ("how many people work at the studio", "The studio has about 340 staff.", set()),
        # a failing tannery is a tannery all the same
        (
            "how long is the tannery drama",
            "The tannery drama, which runs 142 minutes, follows a widow who keeps her late"
            " husband's failing tannery.",
            set(),
        ),
        # a film that features someone casts them
        (
            "who is starring in Gull Harbor",
            '"Gull Harbor" features Tomas Lind as a lighthouse keeper.',
            {"gull", "harbor"},
        ),
        # "most" of the passage's own
        (
            "which film got the most Ambercroft nominations",
            '"Hollow Lantern" got the most Ambercroft nominations, with nine.',
            {"ambercroft"},
        ),
    ],
)
def test_the_doer_and_the_record_asked_for_are_read_as_given(
    question: str, passage: str, names: set[str]
) -> None:
    assert read(question, passage, names) == (True, "")


@pytest.mark.parametrize(
    ("question", "passage", "names", "reason"),
    [
        # the studio runs something; nobody runs the studio
        (
            "who is running the studio",
            "Since 2004 the studio has run a training scheme for twenty apprentices.",
            set(),
            "contradicts",
        ),
        # a process started; nobody started the chain
        (
            "who started the chain",
            "The chain began dividing its halls into smaller screens, a process that"
            " started at the Regent in 1979.",
            set(),
            "no_answer",
        ),
        # a casting director directs no film
        (
            "who is directing Copper Sky 3",
            "Casting director Ada Berg saw 300 actors before settling on Tomas Lind.",
            {"copper", "sky", "3"},
            "no_answer",
        ),
        # a sum "before" a cost leaves the cost out
        (
            "what was the marketing spend on the film",
            "The film carries a production budget of $95 million before marketing costs.",
            set(),
            "contradicts",
        ),
        # a feature film, or someone's next feature, features no one
        (
            "who is starring in Gull Harbor",
            "Those include Ada Berg's next feature, a coastal mystery titled"
            ' "Gull Harbor," which begins shooting in May.',
            {"gull", "harbor"},
            "unexplained",
        ),
        (
            "who is starring in Gull Harbor",
            'Ada Berg has directed six feature films, including "Gull Harbor" (upcoming).',
            {"gull", "harbor"},
            "unexplained",
        ),
        # "the production" is the film's team: it neither starts nor wraps anything
        (
            "when does filming on the prequel wrap",
            "Cameras are scheduled to roll on June 8 at Fennick Studios, where the"
            " production has booked five soundstages through the end of the year.",
            set(),
            "unexplained",
        ),
        # the second season is not season 1
        (
            "how many episodes are in season 1",
            "The second season will have eight episodes, each about an hour long.",
            set(),
            "contradicts",
        ),
        # six nominations are no win
        (
            "did Hollow Lantern win best picture at the Ambercroft awards",
            "At the Ambercroft Awards, the film received nominations for best picture and"
            " best director.",
            {"hollow", "lantern", "ambercroft"},
            "contradicts",
        ),
        # six nominations are not "the most"
        (
            "which film got the most Ambercroft nominations",
            '"Hollow Lantern" lands six Ambercroft nominations.',
            {"ambercroft"},
            "contradicts",
        ),
    ],
)
def test_another_doer_or_an_unstated_record_is_refused(
    question: str, passage: str, names: set[str], reason: str
) -> None:
    assert read(question, passage, names) == (False, reason)


def test_a_word_inside_a_compound_denies_no_opposite() -> None:
    # "stop-motion films" says nothing against "start"; "stop" alone would
    assert "stop" in compounds.only_in_compounds("known for its stop-motion films")
    assert "stop" not in compounds.only_in_compounds("its stop-motion films had to stop")


def test_it_in_a_person_s_biography_is_no_pronoun_for_them() -> None:
    # "It also won ..." in a director's biography is a film's win, not hers; "they" may
    # still be a studio's
    words = normalize("It also won Best Original Screenplay in 2015.").split()
    assert defined.said_of(words, "Ada Berg director") == []
    assert defined.said_of(words, "Halvergate Pictures studio") == [
        "halvergate",
        "pictures",
        "studio",
    ]
