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

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import actplaces, actyears, ofanother, thennow
from bot.text import normalize
from tests.news_articles import assert_answers, drafted
from tests.premise_reading import asked_of, read


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


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # "others" name no historian
        (
            "Which historian argued that the strike cost the union its support?",
            "The biographer Ann Sarnau praised her, while others have argued that the strike "
            "cost the union much of its support.",
            False,
        ),
        (
            "Which historian argued that the strike cost the union its support?",
            "The historian Ann Sarnau has argued that the strike cost the union much of its "
            "support.",
            True,
        ),
        # "rose" is the verb of a rise, which a growth is
        (
            "By what percentage did expenses grow?",
            "Total expenses rose by 21 per cent.",
            True,
        ),
        # "that year" is no relative clause of the charity's
        (
            "Since what year has the dune been a nature reserve?",
            "Since 1987 the dune has been a nature reserve, managed by a trust founded that "
            "year by the botanist Ann Sarnau.",
            True,
        ),
    ],
)
def test_who_argued_and_what_rose(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {"penbryn", "mair", "ann", "sarnau"})[0] is ok


@pytest.mark.parametrize(
    ("question", "other_end"),
    [
        ("Which committee did she start chairing in 1929?", True),
        ("Which committee did she start chairing in 1923?", False),
        ("When did she leave the committee she chaired from 1923?", False),
        ("Which committee did she leave in 1923?", True),
    ],
)
def test_the_asked_year_must_not_end_the_spell_asked_to_start(
    question: str, other_end: bool
) -> None:
    passage = "She served until 1929, chairing the council's housing committee from 1923."
    assert (not actyears.of_another_year(asked_of(question), passage).ok) is other_end


def test_a_spouse_beside_ones_parents_is_theirs() -> None:
    question = asked_of("Who was Penbryn's husband?", {"penbryn"})
    parents = (
        "Mair Penbryn was born in Tresaith, the second of four children of a minister, Hywel "
        "Penbryn, and his wife Edith."
    )
    words = normalize(parents).split()
    assert not ofanother.verdict(question, parents, words, GENERAL_CONCEPTS).ok
    own = "Mair Penbryn, the daughter of a minister, married the engineer Rhys Sarnau in 1932."
    assert ofanother.verdict(question, own, normalize(own).split(), GENERAL_CONCEPTS).ok


def test_a_rate_is_no_figure_of_the_year_it_opened() -> None:
    question = asked_of("How many people visited the centre in the year it opened?")
    rate = "She opened a visitor centre in 1979, which now receives about 35,000 visitors a year."
    assert not thennow.rate_not_a_year(question, rate).ok
    first = "In the year it opened, 1979, the centre had 12,000 visitors; it now has 35,000 a year."
    assert thennow.rate_not_a_year(question, first).ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # "who was responsible for planting" asks who planted: a passive names no one
        (
            "Who was responsible for planting the pines in the 1920s?",
            "In the 1920s around 150 hectares of pine were planted along the southern edge.",
            False,
        ),
        (
            "Who was responsible for laying out the park in the 1760s?",
            "The park, laid out between 1762 and 1771 by the designer Rhys Mwnt, has a lake.",
            True,
        ),
        # an object relative clause's verb is done to its noun: "a school that X had built"
        (
            "For whom was the mill built?",
            "Children spent half of each day in the mill and the other half at a school that "
            "the Sarnau family had built beside the gates.",
            False,
        ),
    ],
)
def test_who_was_responsible_and_what_was_built(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {"rhys", "mwnt", "sarnau"})[0] is ok


@pytest.mark.parametrize(
    ("passage", "elsewhere"),
    [
        (
            "After attending Penbryn Academy, she began studying English at Tresaith College.",
            True,
        ),
        (
            "She was educated at Penbryn Academy, before a scholarship to study drawing at "
            "the Mwnt School of Art.",
            True,
        ),
        ("She studied English at Penbryn Academy.", False),
    ],
)
def test_an_act_asked_at_one_place_is_not_told_at_another(passage: str, elsewhere: bool) -> None:
    question = tuple(normalize("Which subject did she study at Penbryn Academy?").split())
    assert actplaces.at_another_place(question, {"penbryn", "academy"}, passage) is elsewhere
