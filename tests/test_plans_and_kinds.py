"""Plans, measures and the kind of answer asked: what the nineteenth round of fresh news
showed (every passage here is our own).

"How many days is the shoot supposed to take" asks what is expected now, not an old
plan; "has pushed X from June 12 to March 5" states the old plan and the new date; a
trailer's plan is no film's; a runtime is hours and minutes; being nominated is not
winning; "which movie" wants a film's name.
"""

from __future__ import annotations

import pytest

from bot.engine import plans
from bot.engine.premise import asked, check
from bot.text import normalize
from tests.news_articles import assert_answers, drafted


def _ok(question: str, passage: str, qtype: str = "what", names: str = "") -> bool:
    return check(
        asked(normalize(question).split(), qtype, set(names.split()), question), passage
    ).ok


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("how many days is the shoot supposed to take", False),
        ("when was it supposed to come out", True),
        ("what date was it meant to open", True),
        # "is" however far a long subject puts it before "supposed"
        ("when is the third Pellow Drift movie supposed to come out", False),
        ("when was the third Pellow Drift movie supposed to come out", True),
    ],
)
def test_is_supposed_to_asks_what_is_expected_now(question: str, asks: bool) -> None:
    assert plans.asks_plan(normalize(question).split()) is asks


@pytest.mark.parametrize(
    ("question", "passage", "qtype", "ok"),
    [
        # "pushed X from June 12 to March 5" states the old date and the new one
        (
            "when was gloamrise originally supposed to come out",
            'Tarnhall has pushed "Gloamrise," the fourth film in the series, from June 12, '
            "2026, to March 5, 2027.",
            "when",
            True,
        ),
        (
            "when does gloamrise come out",
            'Tarnhall has pushed "Gloamrise," the fourth film in the series, from June 12, '
            "2026, to March 5, 2027.",
            "when",
            True,
        ),
        # the move's dates are the release's, however long the title before them
        (
            "what is the new release date for gloamrise",
            'Tarnhall has pushed "Gloamrise" out of the holiday season, moving the horror '
            "sequel from November 20, 2026, to March 5, 2027.",
            "what",
            True,
        ),
        # "the animated series": a participle after a determiner is an adjective
        (
            "who is the showrunner of the animated gloamrise series",
            "The showrunner is Barnabus Effiong, a writer who spent six years on animated "
            "adventure series.",
            "who",
            True,
        ),
        # "what audience score": the score is the head, and an audience's is asked (the
        # critics' percentage is no answer)
        (
            "what audience score did gloamrise get on criticsweep",
            "On the review aggregator CriticSweep, Gloamrise opened with a score of 87 "
            "percent based on 112 reviews.",
            "what",
            False,
        ),
        # a trailer's plan is no film's
        (
            "when was gloamrise originally supposed to come out",
            "A first trailer had been planned for December, to play in front of holiday releases.",
            "when",
            False,
        ),
        # "had positioned it as its biggest summer release": a plan given up
        (
            "when is gloamrise coming out",
            'The delay is a blow for Tarnhall, which had positioned "Gloamrise" as its '
            "biggest summer release.",
            "when",
            False,
        ),
        # a runtime is hours and minutes, not the years fans waited
        (
            "whats the runtime on gloamrise",
            '"The fans have waited three years. They can wait a little longer," she said.',
            "what",
            False,
        ),
        (
            "whats the runtime on gloamrise",
            "Gloamrise runs two hours and 41 minutes.",
            "what",
            True,
        ),
        # "the fifth film in Tarnhall Pictures' franchise" puts it in a franchise, no place
        (
            "where is gloamrise filming",
            'Wenna Holt has been cast as the villain in "Gloamrise," the fifth film in '
            "Tarnhall Pictures' ghost-story franchise.",
            "where",
            False,
        ),
        ("where is gloamrise filming", "Gloamrise is filming in Leeds.", "where", True),
        # "who is replacing her": the agent of "replaced by", who "has never before" done
        # the job before (no denial of this one)
        (
            "who is replacing wenna holt on the music",
            "The choir Wenna Holt wrote would be replaced by sampled vocals, the studio said.",
            "who",
            False,
        ),
        (
            "who is replacing wenna holt on the music",
            "Wenna Holt will be replaced on the music by Sorrel Vane, who has never before "
            "worked on a studio film.",
            "who",
            True,
        ),
        # takings said by their scope: "$503.4 million worldwide"
        (
            "how much has gloamrise grossed worldwide",
            "Gloamrise passed the $500 million mark worldwide on Sunday, reaching $503.4 million.",
            "how",
            True,
        ),
        # a relative clause after a title is no apposition: its date is the film's
        (
            "when does gloamrise open in theaters",
            '"Gloamrise," which Tarnhall opens nationwide on May 22, is the longest entry '
            "in the series.",
            "when",
            True,
        ),
        # what "how many X Award nominations" counts is nominations, which "nods" are
        (
            "how many quillmere award nominations did gloamrise receive",
            '"Gloamrise" dominated the nominations for the Quillmere Awards, collecting 9 nods.',
            "how",
            True,
        ),
        # a sum and an owner's "s" between "from" and its noun
        (
            "how much did gloamrise drop from opening weekend",
            "That is a 52% drop from the film's $127.9 million opening weekend.",
            "how",
            True,
        ),
        # "reportedly" hedges what the passage says by its sources
        (
            "how much is tarnhall reportedly paying for gloamrise",
            "According to two people familiar with the deal, Tarnhall will pay roughly $90 "
            "million for Gloamrise.",
            "how",
            True,
        ),
        # nominated is not won
        (
            "did wenna holt win the quillmere award",
            "Wenna Holt was nominated for the Quillmere Award in 2013.",
            "yesno",
            False,
        ),
        # "contrasts with" is no likeness
        (
            "what area is the old quarter similar to in architecture",
            "The architecture of the Old Quarter contrasts with the newer tract homes to "
            "the north.",
            "what",
            False,
        ),
    ],
)
def test_plans_measures_and_opposites(question: str, passage: str, qtype: str, ok: bool) -> None:
    assert (
        _ok(
            question, passage, qtype, "gloamrise wenna holt old quarter quillmere award criticsweep"
        )
        is ok
    )


ARTICLE = """Tarnhall Sets 'Gloamrise' Cast as Émile Arnaud Joins
Date: 2026-05-04

Tarnhall Pictures has cast Émile Arnaud as the villain in "Gloamrise," the third film in its ghost-story series. Arnaud, 44, joins returning star Wenna Holt.

The first film, "Gloamveil," climbed past $310 million at the worldwide box office in 2022.

Filming on "Gloamrise" starts in March. The shoot is expected to run 80 days in Łódź, Poland.

Screenfold magazine ranked Holt's character first on its list of the decade's heroines, calling her "the rare hero who earns her rest."

Holt first appeared in "Gloamveil" (2022), directed by Sorrel Vane.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a name may open on an accented capital
        ("who plays the villain in gloamrise", "Émile Arnaud"),
        # "climbed past $310 million at the worldwide box office" is what it made
        ("how much did gloamveil make worldwide", "$310 million"),
        # the shoot "runs" 80 days: how long it takes
        ("how many days is the gloamrise shoot supposed to take", "80 days"),
        # "which movie" wants a film's name: a magazine's praise names none
        ("which movie is holt the hero in", None),
        # "is directing" is no passive whose patient could have moved
        ("who directed gloamveil", "Sorrel Vane"),
    ],
)
def test_an_article_of_these_words(tmp_path: object, question: str, expected: str) -> None:
    from pathlib import Path

    _, engine = drafted(Path(str(tmp_path)), "gloamrise", ARTICLE)
    assert_answers(engine, question, expected)
