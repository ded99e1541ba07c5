"""A follow-up news story as moderators paste it: the headline above the date line, a
director who left over a conflict, a delay and its cause, the series' first film sharing
the series' name, an earlier credit of the new director. The draft names what the article
names; the engine answers why, says "yes" only to the asked relation, finds "the first X"
and a title's initials, and reads "the new one" as the film."""

from __future__ import annotations

import pytest
from news_articles import assert_answers, drafted

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import Engine
from bot.engine.explain import Passage, unexplained
from bot.engine.films import unnamed_film
from bot.engine.reasons import gives_reason
from bot.sources import date_line_at
from bot.text import normalize, stem
from bot.titles import title_aliases

TIDEWRIGHT = """'Tidewright 3' Loses Its Director, Slides to April 2028

Date: 2026-09-14

Harbourlight Films has moved "Tidewright: The Sunken Bell," the third film in its \
lighthouse-keeper saga, from Dec. 3, 2027, to April 21, 2028. Director Ines Calloway, who \
made both earlier films, departed over a scheduling conflict with an opera she is staging \
in Vienna.

Harbourlight pushed the film back after its effects vendor, Greyloom Digital, asked for \
five more months on the storm sequences.

Rafe Okonkwo, best known for "Gallowmere" (2020), will direct. He shot Gallowmere in \
twenty days on the cliffs of Skarra Head.

Principal photography will begin in May on the island of Fennick.

Bram Holloway is confirmed to return as keeper Elias Varne. Joining him is Sunniva Dale, \
who will play the film's villain, a wrecker called Mother Coil.

The first film, "Tidewright" (2019), earned $214 million worldwide on a budget of $60 \
million. Its follow-up, "Tidewright: Black Water" (2022), earned $301 million worldwide.

"People will wait for this," said analyst Corin Vale. "If the reviews are good, April is \
wide open."
"""


@pytest.fixture(scope="module")
def tidewright(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, dict[str, object]], Engine]:
    return drafted(tmp_path_factory.mktemp("tidewright"), "tidewright", TIDEWRIGHT)


def test_a_date_line_under_the_headline_dates_the_article(
    tidewright: tuple[dict[str, dict[str, object]], Engine],
) -> None:
    _, engine = tidewright
    answer = engine.answer("who is directing the sunken bell")
    assert answer.answered and "2026-09-14" in answer.text, answer.text
    # the headline stays text; the date line is not a sentence of the article
    assert not engine.answer("what is the date").answered


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (["Headline Here", "", "Date: 2026-02-11", "", "Body."], (2, "2026-02-11")),
        (["date 2026-03-11", "", "Body."], (0, "2026-03-11")),
        (["Headline", "By Jane Roe", "March 14, 2024", "Body."], (2, "2024-03-14")),
        # a long line first is the body: a date further down is in the text
        ([" ".join(["word"] * 40), "Date: 2026-02-11"], None),
        # only the first line may be a date line gone wrong; later, it is text
        (["Headline", "Date: sometime soon"], None),
        (["Date: sometime soon", "Body."], (0, None)),
    ],
)
def test_where_an_articles_date_line_is(
    lines: list[str], found: tuple[int, str | None] | None
) -> None:
    assert date_line_at(lines) == found


def test_the_series_first_film_keeps_its_year_and_an_earlier_credit_is_a_film(
    tidewright: tuple[dict[str, dict[str, object]], Engine],
) -> None:
    entities, _ = tidewright
    assert entities["Tidewright"]["kind"] == "franchise"
    first = entities["Tidewright (2019)"]
    assert first["kind"] == "film" and first["franchise"] == "tidewright"
    assert "the first Tidewright" in first["aliases"]  # type: ignore[operator]
    assert "Tidewright 3" in entities["Tidewright: The Sunken Bell"]["aliases"]  # type: ignore[operator]
    assert entities["Gallowmere"]["kind"] == "film"  # '"Gallowmere" (2020)'


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why did calloway leave", "scheduling conflict"),
        ("why was it delayed", "five more months"),
        ("how much did the first tidewright make", "$214 million"),
        ("what was the budget of the original tidewright", "$60 million"),
        ("who plays the bad guy", "Sunniva Dale"),
        ("is bram holloway returning as varne?", "Yes: "),
        ("is sunniva dale playing the villain?", "Yes: "),
        # she plays; a film has one director, and Okonkwo is named as it
        ("is sunniva dale directing it?", "No: "),
        # "earned" is no award, though "earn", "win" and "award" all say receiving
        ("did black water win any awards", None),
        ("why did okonkwo leave", None),  # no one says he left
    ],
)
def test_follow_up_news_is_answered_as_fans_ask(
    tidewright: tuple[dict[str, dict[str, object]], Engine], question: str, expected: str | None
) -> None:
    assert_answers(tidewright[1], question, expected)


@pytest.mark.parametrize(
    ("name", "initials", "not_initials"),
    [
        ("Lighthouse Row", {"LR"}, set()),
        ("Harrowgate: The Ember Crown", {"HTEC", "HEC", "EC"}, set()),
        ("Ice Tide", set(), {"IT"}),  # an ordinary word
        ("Saltmarsh", set(), {"S"}),
        ("Kestrel Run 4: Black Meridian", {"KR4", "BM"}, {"KR"}),
    ],
)
def test_a_titles_initials(name: str, initials: set[str], not_initials: set[str]) -> None:
    aliases = set(title_aliases(name))
    assert initials <= aliases and not (not_initials & aliases), aliases


@pytest.mark.parametrize(
    ("sentence", "gives"),
    [
        ("Calloway departed over a scheduling conflict.", True),
        ("Harbourlight pushed the film back after its vendor asked for time.", True),
        ("Calloway departed in June.", False),
        ("The film was pushed back to April.", False),
    ],
)
def test_a_sentence_giving_a_cause(sentence: str, gives: bool) -> None:
    assert gives_reason(normalize(sentence).split()) is gives


@pytest.mark.parametrize(
    ("question", "unnamed"),
    [
        ("where are they shooting the new one", {"new", "1"}),
        ("who is in the next movie", {"next", "movie"}),
        ("who is the new villain", set()),  # a new part, not the film
        ("what's new", set()),
    ],
)
def test_the_new_one_is_the_film_not_a_word_to_find(question: str, unnamed: set[str]) -> None:
    words = normalize(question).split()
    assert {w for i, w in enumerate(words) if unnamed_film(words, i)} == unnamed


@pytest.mark.parametrize(
    ("terms", "passage", "left"),
    [
        (("win", "award"), "Coldwater earned $289 million", "award"),
        (("win", "award"), "She won the Halden award", None),
        (("win", "award"), "She received the gold medal", None),
        # a frame: pupils are students who attend
        (("student", "attend"), "It prepares pupils aged up to 13", None),
    ],
)
def test_one_passage_word_explains_one_term_of_a_synonym_set(
    terms: tuple[str, ...], passage: str, left: str | None
) -> None:
    words = normalize(passage).split()
    stems = [stem(w) for w in words]
    read = Passage.read(stems, {*words, *stems}, GENERAL_CONCEPTS, words)
    assert unexplained(terms, read, GENERAL_CONCEPTS) == left
