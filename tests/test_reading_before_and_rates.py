"""Who came before, what one year saw, by how much, and what a name must be:

- "who was director before Mair Penbryn" is not answered by "she was succeeded by her
  nephew" nor by "her deputy will serve as acting director", but is by "Penbryn
  succeeded Ann Sarnau";
- "how many visitors did it attract in its opening year" is not answered by "attracts
  about 14,000 visitors a year";
- "by how much" asks a change, which a share or a fraction gives ("by 40 per cent", "by
  a quarter"), and a span of years never does ("three years after the act had reduced
  duty");
- "did it open stores" is denied by "shut stores", "did charges fall" by "raised", and
  "taken off the register" by "added to the register"; but "when was it shut" is still
  answered by "opened in 1871 and closed in 1969";
- "on which channel", "which two retailers" and "which building society" ask for a
  company's name, which a person's or "a regional building society" does not give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read


@pytest.mark.parametrize(
    ("passage", "ok"),
    [
        (
            "Mair Penbryn served as director until 2001, when she was succeeded by her "
            "nephew, Rhys Penbryn.",
            False,
        ),
        (
            "Her deputy, Dai Mwnt, will serve as acting director while the trustees search "
            "for a permanent successor.",
            False,
        ),
        ("Mair Penbryn succeeded Ann Sarnau as director in 1990.", True),
        ("Before Mair Penbryn, the director was Ann Sarnau.", True),
    ],
)
def test_who_came_before_is_not_who_came_after(passage: str, ok: bool) -> None:
    question = "Who was director before Mair Penbryn?"
    assert read(question, passage, {"mair", "penbryn"})[0] is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "By how much did the harbour board raise the dues in 1911?",
            "In 1911 the harbour board raised the dues by 40 per cent.",
            True,
        ),
        (
            "By how much did the harbour board raise the dues in 1911?",
            "In 1911 the harbour board raised the dues by a quarter.",
            True,
        ),
        (
            "By how much did the Harbour Act of 1823 reduce the dues?",
            "They took out a licence three years after the Harbour Act of 1823 had reduced "
            "the dues.",
            False,
        ),
        (
            "By how much did freight charges fall last year?",
            "The ferry operator raised freight charges by 9 per cent last year.",
            False,
        ),
        (
            "When was the chapel taken off the heritage register?",
            "The chapel was added to the heritage register in 1977.",
            False,
        ),
        (
            "Which stores did the chain open last month?",
            "The chain shut its stores in Aberporth and Tresaith last month.",
            False,
        ),
        (
            "In which year was the station shut to traffic?",
            "The station opened in 1871 and closed to traffic in 1969.",
            True,
        ),
    ],
)
def test_a_change_asked_and_its_direction(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {"aberporth", "tresaith"})[0] is ok


ARTICLE = """date 2023-06-12

Tresaith Heritage Centre is a museum of the herring trade in the village of Tresaith.

The centre, which opened in 1998 in a former cooperage, holds the largest collection of curing tools on the coast and attracts about 14,000 visitors a year.

A cartoon series about the herring girls, Salt and Silver, was made at the centre in 2004. A remake titled Silver Tide, produced without the involvement of its creator Nia Blaencelyn, began airing in 2019.

In 2022 the centre's shop stopped selling local smoked fish, and the trust running it said it had been speaking to two retailers about a replacement supplier.

The trust's chair, Owen Sarnau, is a former finance director at a regional building society.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many visitors does the heritage centre attract a year?", "14,000"),
        ("How many visitors did the heritage centre attract in its opening year?", None),
        ("On which channel was the remake Silver Tide shown?", None),
        ("Which two retailers has the trust been speaking to?", None),
        ("Which building society did Owen Sarnau work for?", None),
        ("When did the remake Silver Tide begin airing?", "2019"),
    ],
)
def test_what_one_year_saw_and_what_a_name_must_be(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "tresaith-heritage-centre", ARTICLE)[1]
    assert_answers(engine, question, expected)
