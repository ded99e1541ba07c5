"""A figure told of another, a span told for a reason, a later time for the first:

- "what is the capacity of the Bosullow Arena" is not answered by "the Nanjulian Hall has a
  capacity of 2,400 and is the second-largest after the Bosullow Arena";
- "how deep is the wreck" is not answered by "the firm Carnaquidden Deep Salvage found the
  wreck 1.8 kilometres south of its charted position": where it lies, and a firm's name;
- "why did he leave his post" is not answered by "has left the post after six years";
- "by how many votes was he first elected" is not answered by "was re-elected ... by 19
  votes to 12";
- "what percentage does the fund own" wants a share, not "owned jointly by ... a fund";
- "Martin Drew, who has led the group" is someone, though both his names are words, so
  "how old is Martin Drew" is not answered by "Boscaswell, 47, will take over from him";
- and a word after a determiner is a noun, not the verb whose doer is asked: "the keep" of
  "where did the sandstone for the keep come from", "the named" of "the largest of the
  named sizes".
"""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.engine.mentioned import named_only_as_compared
from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read

THEATRES = """date 2024-11-19

Geevor Theatres has named Priya Boscaswell as its new chief executive. Boscaswell, 47, will \
take over on 6 January from Martin Drew, who has led the group for nine years.

The group's largest venue, the Nanjulian Hall, has a capacity of 2,400 and is the \
second-largest concert hall in the county after the Bosullow Arena.

In 2014 the diving firm Carnaquidden Deep Salvage found the wreck of the Trewey about 1.8 \
kilometres south of its charted position. The wreck lies at a depth of 42 metres.

The dean of music, Professor Alan Bosullow, has left the post after six years and has been \
replaced on an acting basis by Dr Leah Osei.

Jory Nanjulian was re-elected as mayor by the council on 3 October 2018, by 19 votes to 12.

The theatre, which is owned jointly by the town council and a pension fund, is in the \
middle of a £12 million programme that includes a new roof.
"""


@pytest.fixture(scope="module")
def theatres(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, dict[str, object]], Engine]:
    return drafted(tmp_path_factory.mktemp("theatres"), "geevor-theatres", THEATRES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How old is Priya Boscaswell?", "47"),
        ("How old is Martin Drew?", None),
        ("What is the capacity of the Nanjulian Hall?", "2,400"),
        ("How deep is the wreck?", "42 metres"),
        ("Why did Professor Alan Bosullow leave his post as dean?", None),
        ("Who replaced Alan Bosullow as dean?", "Leah Osei"),
        ("By how many votes was Jory Nanjulian first elected mayor?", None),
        ("By how many votes was Jory Nanjulian re-elected mayor?", "19 votes to 12"),
        ("What percentage of the theatre does the pension fund own?", None),
    ],
)
def test_a_theatre_report_read_for_whose_figure_it_is(
    theatres: tuple[dict[str, dict[str, object]], Engine], question: str, expected: str | None
) -> None:
    assert_answers(theatres[1], question, expected)


def test_a_name_of_common_words_before_who_is_someone(
    theatres: tuple[dict[str, dict[str, object]], Engine],
) -> None:
    assert theatres[0]["Martin Drew"]["kind"] == "person"


@pytest.mark.parametrize(
    ("passage", "name", "compared"),
    [
        (
            "With 2,400 seats, it is the second-largest hall in the county after the "
            "Bosullow Arena in Porthbray.",
            "bosullow arena porthbray",
            True,
        ),
        ("The Quay Hall is larger than the Bosullow Arena.", "bosullow arena", True),
        (
            "The Bosullow Arena, with 9,000 seats, is larger than the Quay Hall.",
            "bosullow arena",
            False,
        ),
    ],
)
def test_a_name_only_compared_with(passage: str, name: str, compared: bool) -> None:
    assert named_only_as_compared(passage, set(name.split())) is compared


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "Where did the red sandstone for the keep come from?",
            "The keep, whose walls are up to 3.4 metres thick, was built of red sandstone "
            "quarried at Carn Lowan, some 14 kilometres upstream.",
        ),
        (
            "How big was the largest of the named roofing slate sizes?",
            'Roofing slates were sold in sizes with names such as "ladies" and "duchesses", '
            "the largest of which measured 24 by 12 inches.",
        ),
    ],
)
def test_a_noun_after_a_determiner_is_no_verb(question: str, passage: str) -> None:
    assert read(question, passage, {"carn", "lowan"}) == (True, "")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "How many birds did Anna Treen document in one season?",
            "Anna Treen recorded 212 birds in a single season.",
        ),
        (
            "How long did the Trewey strike continue?",
            "The Trewey strike, which began on 4 May, lasted nine days.",
        ),
        (
            "How many people did the Geevor lifeboat save?",
            "The Geevor lifeboat rescued 31 people from the water.",
        ),
        (
            "On which street does the Bosullow chapel stand?",
            "The Bosullow chapel is located on Fore Street.",
        ),
        (
            "What did the Nanjulian trials demonstrate?",
            "The Nanjulian trials showed an efficacy of 90 percent.",
        ),
        ("How many jobs will Geevor Mining shed?", "Geevor Mining will cut up to 140 jobs."),
        (
            "To how many members had the Treen choir shrunk by 1975?",
            "By 1975 the Treen choir had fallen to 28 members.",
        ),
    ],
)
def test_an_act_said_in_other_words(question: str, passage: str) -> None:
    names = {"anna", "treen", "trewey", "geevor", "bosullow", "nanjulian", "mining"}
    assert read(question, passage, names) == (True, "")
