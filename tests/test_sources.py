"""Reading articles: the date line, and sentences that are whole sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.sources import read_source, split_sentences


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            "Mr. Ames met Dr. Oduya on St. Clair Avenue. They spoke for an hour.",
            ["Mr. Ames met Dr. Oduya on St. Clair Avenue.", "They spoke for an hour."],
        ),
        (
            "The studio hired George B. Storer and J. R. R. Tolkien. Both agreed.",
            ["The studio hired George B. Storer and J. R. R. Tolkien.", "Both agreed."],
        ),
        (
            "It cost $2.5 million in the U.S. The U.S. Army paid. Filming ends at 6 p.m. Then the crew rests.",
            [
                "It cost $2.5 million in the U.S.",
                "The U.S. Army paid.",
                "Filming ends at 6 p.m.",
                "Then the crew rests.",
            ],
        ),
        (
            "Props (e.g. lamps, i.e. old ones, etc.) came from Brightwell Inc. The firm is small.",
            [
                "Props (e.g. lamps, i.e. old ones, etc.) came from Brightwell Inc.",
                "The firm is small.",
            ],
        ),
        (
            "The court cited Lind v. Ostvik Guild in 1911. The guild lost.",
            ["The court cited Lind v. Ostvik Guild in 1911.", "The guild lost."],
        ),
        (
            # "c." (circa) and "b." (born) lead into a year; a section "c." ends no sentence
            "Ewan Glenelg (c. 1512 - 1579), b. 1512 in Dornie, led it. The end came in 1579.",
            ["Ewan Glenelg (c. 1512 - 1579), b. 1512 in Dornie, led it.", "The end came in 1579."],
        ),
        (
            "Shooting starts Jan. 5 in Oslo. Acme Co. Ltd. supplies the lights.",
            ["Shooting starts Jan. 5 in Oslo.", "Acme Co. Ltd. supplies the lights."],
        ),
        (
            '"It was hard. We did it. Nobody quit," Okafor said. The crew cheered.',
            ['"It was hard. We did it. Nobody quit," Okafor said.', "The crew cheered."],
        ),
        (
            'She asked "Why now?" and left. "Because. It is time." Then it rained!',
            ['She asked "Why now?" and left.', '"Because. It is time."', "Then it rained!"],
        ),
    ],
)
def test_sentences_split_at_ends_not_at_abbreviations_initials_or_inside_quotes(
    paragraph: str, sentences: list[str]
) -> None:
    assert split_sentences(paragraph) == sentences


def test_an_unclosed_quote_does_not_swallow_the_paragraph() -> None:
    text = 'He said: "The shoot went well. It ended early. The next one starts soon.'
    assert len(split_sentences(text)) == 3


@pytest.mark.parametrize(
    ("first_line", "date"),
    [
        ("date 2024-03-14", "2024-03-14"),
        ("Date: March 14, 2024", "2024-03-14"),
        ("DATE: 14 March 2024", "2024-03-14"),
        ("date: Thursday, Mar. 14, 2024", "2024-03-14"),
        ("date 2024-02-30", None),
        ("Date: last spring, 2024", None),
    ],
)
def test_date_lines_are_read_and_never_become_text(
    tmp_path: Path, first_line: str, date: str | None
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{first_line}\n\nThe crew flew to Lima.\n", encoding="utf-8")
    doc = read_source(path)
    assert doc.date == date
    assert doc.date_line == first_line
    assert doc.sentences == ("The crew flew to Lima.",)


def test_a_first_line_that_starts_with_date_but_is_prose_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Date night at the Odeon sold out in an hour.\n", encoding="utf-8")
    doc = read_source(path)
    assert doc.date is None and doc.date_line is None
    assert doc.sentences == ("Date night at the Odeon sold out in an hour.",)
