"""A river's reference article and a weekend box-office story, read as fans ask about
them. Our own articles, about invented things:

- "how long's the abbey church" asks its length ("about 71 metres long"), not how long
  the building work went on; "how long did it take" asks a time, never "71 metres";
- "approximately 186 kilometres (116 mi) in length" is the river's length;
- "- Narvick Tunnel: 1,940 metres long", a list's item, and "the Narvick Canal, which
  ... runs 64 kilometres" measure the tunnel and the canal, not the river;
- "the highest dam in the country until the completion of the Narvmoor Dam" and "the
  second-tallest, surpassed only by that of Ormsby" measure the sentence's own subject;
- '"Plovhaven" played in 3,870 locations, pushing "Mirskfield" out of first place'
  counts Plovhaven's theatres, not Mirskfield's;
- "in the US" asks the domestic takings, which "North American theatres" report;
- '"Plovhaven," a $150 million survival epic' and '"Mirskfield," Plovmoor Films' heist
  comedy' are films, so "The film, which was directed by X" is Plovhaven's;
- "who got the railway built" asks who built it, not when its locomotive was built.
"""

from __future__ import annotations

import pytest

from bot.engine import chatter, kinds
from tests.news_articles import Drafted, assert_answers, drafted_articles

ARTICLES = {
    "river": "lomvale-river-article.txt",
    "weekend": "plovhaven-weekend-box-office-article.txt",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


ASKED = [
    # a structure's "how long" asks its length
    ("river", "how long's the abbey church", "71 metres"),
    ("river", "how long is the lomvale", "186 kilometres"),
    ("river", "how long is the lomvale river", "186 kilometres"),
    # a list's item and a which-clause measure their own names
    ("river", "how long is the narvick tunnel", "1,940 metres"),
    ("river", "how long is the narvick canal", "64 kilometres"),
    # the measure is the sentence's subject's, not what it is compared with
    ("river", "how tall is the ormskeld dam", "131 metres"),
    ("river", "how tall is the narvmoor dam", None),
    ("river", "how tall is the abbey's spire", "96 metres"),
    ("river", "how tall is ormsby's spire", None),
    # "get it built" asks who built it: a locomotive built in 1879 says no one
    ("river", "who got the railway built", None),
    ("river", "who was behind getting the railway built", None),
    # a film named by an apposition with a sum in it
    ("weekend", "who directed plovhaven", "Plovia Mirskand"),
    ("weekend", "who directed mirskfield", None),
    # domestic takings, asked in fans' words
    ("weekend", "how much did plovhaven open to in the us", "$58.2 million"),
    ("weekend", "how much did plovhaven open to worldwide", "$129.2 million"),
    # a number in another title's part counts nothing of the asked film
    ("weekend", "how many theaters did plovhaven open in", "3,870"),
    ("weekend", "how many theaters was mirskfield playing in", None),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_each_article_is_read_for_what_readers_ask(
    read: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article][1], question, expected)


def test_a_time_asked_is_never_a_structure_s_length(read: dict[str, Drafted]) -> None:
    answer = read["river"][1].answer("how long did it take to build the abbey church")
    assert "71 metres" not in answer.text or not answer.answered


def test_films_named_by_appositions_are_drafted_as_films(read: dict[str, Drafted]) -> None:
    entities = read["weekend"][0]
    assert entities["Plovhaven"]["kind"] == "film"  # '"X," a $150 million survival epic'
    assert entities["Mirskfield"]["kind"] == "film"  # '"X," Plovmoor Films' heist comedy'
    assert entities["Plovling"]["kind"] == "film"  # 'the animated "X,"'


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how long is the church", "length"),
        ("how long the church", "length"),  # "how long's the church", normalized
        ("how long is the river", "length"),
        ("how long is the bridge closed", "span"),
        ("how long did the siege last", "duration"),
        ("how long is the film", "span"),
    ],
)
def test_how_long_asks_a_length_a_time_or_either(question: str, kind: str) -> None:
    words = question.split()
    assert kinds.answer_kind(words, "how", kinds.head_nouns(words)) == kind


def test_a_caused_act_is_asked_as_the_act() -> None:
    plain = chatter.without_chatter
    assert plain("who got the dam built".split()) == "who built the dam".split()
    behind = "who was behind getting the old bridge built".split()
    assert plain(behind) == "who built the old bridge".split()
