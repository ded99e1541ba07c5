"""Counts, years and acts read on two reference articles of our own, a lighthouse's and
a painter's:

- a count or a date may be read in a passage ranked lower than other answers need
  ("in all he painted some sixty canvases" for "how many canvases did he paint
  altogether", where "altogether" asks nothing more than "in all" says);
- a year closing its clause after a place may stand further from its verb ("opened in
  the old customs house at Ennick in 1998");
- "lit" is an act "the light" does not say ("put the light out"), and "lighthouse" is a
  compound, no word of the family of "light";
- a sentence opening on a name whose last word is the asked noun defines it ("Carne
  Point Lighthouse is a lighthouse ..., first lit in 1859");
- "fifty percent more land in Ennick than in Carne" is a comparison, no amount of land.
"""

from __future__ import annotations

import pytest

from tests.news_articles import Drafted, drafted
from tests.premise_reading import read

LIGHTHOUSE = """Date: 2023-06-02

Carne Point Lighthouse is a disused lighthouse on the headland above the fishing village of \
Ennick, first lit in 1859 and switched off for good in 1994.

The tower stands 31 metres tall and was built from granite quarried on the island of Tarrow.

A storm in the winter of 1911 smashed the lantern glass and put the light out for nine \
nights, the longest failure in its history.
"""

PAINTER = """Date: 2021-05-11

Tomas Fennor (2 May 1840 - 9 October 1901) was a Scottish marine painter, remembered chiefly \
for Herring Fleet at Dawn (1872), a large canvas of the boats leaving Ennick harbour.

He trained at the Carne School of Design and spent two winters in Antwerp before settling in \
a rented studio above a chandler's shop.

In all he painted some sixty canvases, together with several hundred watercolours and a \
series of etchings of the harbour walls.

A gallery devoted to his work opened in the old customs house at Ennick in 1998.
"""


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return {
        name: drafted(tmp_path_factory.mktemp(name), name, text)
        for name, text in (("lighthouse", LIGHTHOUSE), ("painter", PAINTER))
    }


ASKED = [
    ("painter", "How many canvases did he paint altogether?", "sixty canvases"),
    ("painter", "When did the gallery devoted to his work open?", "1998"),
    ("lighthouse", "How tall is the tower?", "31 metres"),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_counts_years_and_acts_are_read_as_written(
    articles: dict[str, Drafted], article: str, question: str, expected: str
) -> None:
    answer = articles[article][1].answer(question)
    assert answer.answered and expected in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "passage", "names", "answers"),
    [
        (
            "when was the lighthouse first lit",
            "A storm in the winter of 1911 smashed the lantern glass and put the light out.",
            set(),
            False,
        ),
        (
            "when was the lighthouse first lit",
            "Carne Point Lighthouse is a disused lighthouse above Ennick, first lit in 1859.",
            set(),
            True,
        ),
        (
            "how much land does Carne own in Ennick",
            "The university now owns approximately fifty percent more land in Ennick than in "
            "Carne.",
            {"carne", "ennick"},
            False,
        ),
        (
            "how much land does the university own in Ennick",
            "The university now owns approximately 360 acres of land in Ennick.",
            {"ennick"},
            True,
        ),
    ],
)
def test_a_passage_says_the_act_and_the_amount_asked(
    question: str, passage: str, names: set[str], answers: bool
) -> None:
    assert read(question, passage, names)[0] is answers


def test_the_light_put_out_lit_nothing(articles: dict[str, Drafted]) -> None:
    # the storm's "put the light out" ranks as high as the definition's "first lit in
    # 1859": it no longer answers with 1911
    answer = articles["lighthouse"][1].answer("When was the lighthouse first lit?")
    assert "1911" not in answer.text or not answer.answered, answer.text
