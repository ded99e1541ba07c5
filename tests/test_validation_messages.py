"""What a moderator reads when a fact file or an article is wrong (issue 14, item 4): one
sentence per mistake, in the words the moderator typed, saying what to write instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.drafts import build_draft
from bot.errors import DraftError, FactsError
from bot.facts import load_facts
from bot.sources import read_source

REPO = Path(__file__).resolve().parent.parent
BODY = (
    "Hollow Star 3 is the third film in the franchise. Marisol Okafor directs the sequel, "
    "filming in Reykjavik. The film Hollow Star 3 opens June 12, 2027.\n"
)
FACT = (
    'source = "mi7-article.txt"\n\n[[fact]]\nid = "x"\ntopic = "trivia"\nabout = ["mi7"]\n'
    'answer = "MI7 is the seventh film."\nquote = "Mission: Impossible"\n'
)


def problems(facts_dir: Path) -> list[str]:
    with pytest.raises(FactsError) as caught:
        load_facts(facts_dir)
    return [str(p) for p in caught.value.problems]


def add(facts_dir: Path, text: str, name: str = "extra.toml") -> None:
    (facts_dir / name).write_text(text, encoding="utf-8")


def test_an_unknown_kind_is_named_with_the_allowed_kinds(facts_dir: Path) -> None:
    add(facts_dir, '[[entity]]\nid = "paris"\nkind = "city"\nname = "Paris"\n')
    assert problems(facts_dir) == [
        "extra.toml:3: entity 'paris' has kind 'city', which is not one of the allowed kinds: "
        "film, franchise, org, person, place, role (for a city, use 'place')."
    ]


def test_a_misspelt_kind_gets_did_you_mean_and_a_missing_one_is_asked_for(
    facts_dir: Path,
) -> None:
    add(
        facts_dir,
        '[[entity]]\nid = "mi9"\nkind = "flim"\nname = "MI9"\n\n'
        '[[entity]]\nid = "mi10"\nname = "MI10"\n',
    )
    assert problems(facts_dir) == [
        "extra.toml:3: entity 'mi9' has kind 'flim', which is not one of the allowed kinds: "
        "film, franchise, org, person, place, role (did you mean 'film'?).",
        "extra.toml:6: entity 'mi10' needs a 'kind', one of: "
        "film, franchise, org, person, place, role.",
    ]


def test_a_single_question_without_brackets_says_to_write_a_list(facts_dir: Path) -> None:
    add(facts_dir, FACT + 'questions = "When is MI7 out?"\n')
    assert problems(facts_dir) == [
        "extra.toml:9: 'questions' of fact 'x' must be a list, even of one: write "
        'questions = ["When is MI7 out?"] (in square brackets).'
    ]


def test_an_alias_clash_names_what_was_typed_and_both_entities(facts_dir: Path) -> None:
    add(
        facts_dir, '[[entity]]\nid = "mi-clone"\nkind = "film"\nname = "Clone"\naliases = ["MI7"]\n'
    )
    assert problems(facts_dir) == [
        "mission-impossible.toml:21: entity 'mi7' and entity 'mi-clone' (extra.toml:1) are "
        "both named 'MI7'; a name can belong to one entity only: remove it from one of them."
    ]


def test_an_alias_clash_written_differently_quotes_each_spelling(facts_dir: Path) -> None:
    add(facts_dir, '[[entity]]\nid = "z"\nkind = "film"\nname = "Z"\naliases = ["m.i. SEVEN"]\n')
    assert problems(facts_dir) == [
        "mission-impossible.toml:21: entity 'mi7' is named 'M:I 7' and entity 'z' (extra.toml:1) "
        "is named 'm.i. SEVEN': the same name to the bot, which ignores case, spaces and "
        "punctuation (and reads 'seven' as '7'); a name can belong to one entity only: "
        "remove it from one of them."
    ]


def test_a_surname_clash_says_it_is_a_surname(facts_dir: Path) -> None:
    add(facts_dir, '[[entity]]\nid = "atwell-inc"\nkind = "org"\nname = "Atwell"\n')
    lines = (facts_dir / "mission-impossible.toml").read_text().splitlines()
    table = lines.index('id = "hayley-atwell"')  # the [[entity]] line above it, counted from 1
    assert problems(facts_dir) == [
        f"mission-impossible.toml:{table}: entity 'hayley-atwell' is named 'Atwell' (the "
        "surname in 'Hayley Atwell') and entity 'atwell-inc' (extra.toml:1) is named 'Atwell': the same "
        "name to the bot, which ignores case, spaces and punctuation (and reads 'seven' as "
        "'7'); a name can belong to one entity only: remove it from one of them."
    ]


def test_a_renamed_article_is_one_problem_with_a_count(facts_dir: Path) -> None:
    sources = facts_dir / "sources"
    cited = sum(1 for f in load_facts(facts_dir).facts if f.file == "mission-impossible.toml")
    (sources / "mi7-article.txt").rename(sources / "mi7.txt")
    assert cited > 20
    assert problems(facts_dir) == [
        f"mission-impossible.toml:11: {cited} facts cite source 'mi7-article.txt', which is "
        "not in sources/ (did you mean 'mi7.txt'?); put the article back under that name, "
        "or change 'source' to the new name."
    ]


def test_one_fact_citing_a_missing_article_names_the_fact(facts_dir: Path) -> None:
    add(facts_dir, FACT.replace('source = "mi7-article.txt"\n\n', "") + 'source = "gone.txt"\n')
    assert problems(facts_dir) == [
        "extra.toml:7: fact 'x' cites source 'gone.txt', which is not in sources/ "
        "(sources/ has mi7-article.txt); put the article back under that name, or change "
        "'source' to the new name."
    ]


def test_a_renamed_entity_is_one_problem_per_file(facts_dir: Path) -> None:
    cited = sum(
        1
        for f in load_facts(facts_dir).facts
        if f.file == "mission-impossible.toml" and "ving-rhames" in f.entities + f.items
    )
    text = (facts_dir / "mission-impossible.toml").read_text()
    text = text.replace('id = "ving-rhames"', 'id = "rhames"')
    (facts_dir / "mission-impossible.toml").write_text(text)
    assert cited >= 2
    found = problems(facts_dir)
    assert len(found) == 1, found
    assert found[0].endswith(
        f": {cited} facts (the first is 'mi7-returning-cast') name unknown entity "
        "'ving-rhames' (did you mean 'rhames'?); add it as an [[entity]] or fix the id."
    )


@pytest.mark.parametrize(
    ("value", "fix"),
    [
        ('"no"', 'is the string "no", but it must be true or false: write time_sensitive = false'),
        ('"yes"', 'is the string "yes", but it must be true or false: write time_sensitive = true'),
        (
            '"maybe"',
            'is the string "maybe", but it must be true or false: write time_sensitive = true '
            "or time_sensitive = false",
        ),
        ("0", "is a number, but it must be true or false: write time_sensitive = false"),
    ],
)
def test_a_flag_must_be_a_toml_boolean(facts_dir: Path, value: str, fix: str) -> None:
    add(facts_dir, FACT + f"time_sensitive = {value}\n")
    assert problems(facts_dir) == [
        f"extra.toml:9: 'time_sensitive' of fact 'x' {fix}, without quotes."
    ]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ('"March 14, 2024"', "is 'March 14, 2024', not YYYY-MM-DD: write date = 2024-03-14."),
        ('"soon"', "is 'soon', not a date: write it as YYYY-MM-DD, like date = 2021-11-19."),
    ],
)
def test_a_fact_date_says_how_to_write_it(facts_dir: Path, value: str, problem: str) -> None:
    add(facts_dir, FACT + f"date = {value}\n")
    assert problems(facts_dir) == [f"extra.toml:9: 'date' of fact 'x' {problem}"]


def test_a_bad_id_suggests_one(facts_dir: Path) -> None:
    add(facts_dir, '[[entity]]\nid = "Hollow Star 3"\nkind = "film"\nname = "Hollow Star 3"\n')
    assert problems(facts_dir) == [
        "extra.toml:1: entity id 'Hollow Star 3' may hold only lower-case letters, digits, "
        """'-', '.', '_' or '#'; write id = "hollow-star-3"."""
    ]


def test_a_role_of_something_other_than_a_person(facts_dir: Path) -> None:
    add(facts_dir, '[[entity]]\nid = "ethan"\nkind = "role"\nname = "Agent E"\nof = "mi7"\n')
    assert problems(facts_dir) == [
        """extra.toml:1: role 'ethan' has of = "mi7", which is a film, not a person; """
        "'of' names the person entity who plays the role."
    ]


def test_a_missing_facts_directory_says_what_to_do(tmp_path: Path) -> None:
    assert problems(tmp_path / "nowhere") == [
        f"{tmp_path / 'nowhere'}: the facts directory does not exist; set FRANCHISE_BOT_FACTS "
        "to the folder holding your fact files, or run `franchise-bot facts init` to make one."
    ]


def test_a_fact_file_that_is_not_utf8_names_its_line(facts_dir: Path) -> None:
    (facts_dir / "latin.toml").write_bytes(b"# ok\n# caf\xe9\n[[entity]]\n")
    assert problems(facts_dir) == [
        "latin.toml:2: this fact file is not UTF-8 text (byte 0xe9 on this line); save it as UTF-8."
    ]


# ---------------------------------------------------------------- articles and `facts build`


@pytest.mark.parametrize(
    "first_line",
    [
        "Date: March 14, 2024",
        "Published: March 14, 2024",
        "Published on March 14, 2024",
        "Posted: Thursday, March 14, 2024",
        "Last updated: 14 March 2024",
        "Published: Mar. 14, 2024 at 9:00 a.m. ET",
        "March 14, 2024",
        "Thu, 14 Mar 2024 09:00 GMT",
    ],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_date_line_dates_the_draft_and_names_nothing(
    facts_dir: Path, tmp_path: Path, first_line: str, gap: str
) -> None:
    article = tmp_path / "hollow.txt"
    article.write_text(first_line + gap + BODY, encoding="utf-8")
    report = build_draft(article, facts_dir)
    assert report.date == "2024-03-14"
    assert report.created == [
        "hollow-star (franchise)",
        "hollow-star-3 (film)",
        "marisol-okafor (person)",
        "reykjavik (place)",
    ]
    served = [f for f in load_facts(facts_dir).facts if f.source.file == "hollow.txt"]
    assert served and {f.source.date for f in served} == {"2024-03-14"}
    assert not any(first_line.split()[0] in f.answer for f in served)


@pytest.mark.parametrize(
    "text",
    [
        "Date night at the Odeon sold out in an hour.",
        "Published reports say MI7 slipped a year.",
        "March 14, 2024 was a big day for fans.",
    ],
)
def test_a_first_line_of_prose_is_not_a_date_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{text}\n", encoding="utf-8")
    doc = read_source(path)
    assert (doc.date, doc.date_line, doc.sentences) == (None, None, (text,))


@pytest.mark.parametrize(
    "sentence",
    [
        "Release Date: March 14, 2027 in theaters.",
        "Opening Day: June 12 2027.",
        "Last Updated: Thu, Mar 14 2024 10:00 AM.",
        "Updated Date: March 14 2024.",
    ],
)
def test_dates_in_the_text_never_become_entities(
    facts_dir: Path, tmp_path: Path, sentence: str
) -> None:
    article = tmp_path / "dated.txt"
    article.write_text(f"date 2024-01-01\n\n{BODY}{sentence}\n", encoding="utf-8")
    report = build_draft(article, facts_dir)
    assert report.created == [
        "hollow-star (franchise)",
        "hollow-star-3 (film)",
        "marisol-okafor (person)",
        "reykjavik (place)",
    ]


def test_a_byline_with_a_date_says_which_date_to_write(facts_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "byline.txt"
    article.write_text("By Jane Roe | March 14, 2024\n\n" + BODY, encoding="utf-8")
    with pytest.raises(DraftError) as refused:
        build_draft(article, facts_dir)
    assert str(refused.value) == (
        f"Nothing was built from {article}: its first line \u201cBy Jane Roe | March 14, "
        "2024\u201d names 2024-03-14 but is not a date line, and every report needs the date "
        "it was published so that newer news wins; make the first line \u201cdate "
        "2024-03-14\u201d (or \u201cPublished: March 14, 2024\u201d), or pass --date 2024-03-14."
    )
    assert not (facts_dir / "sources" / "byline.txt").exists()


def test_an_unreadable_date_line_is_quoted(facts_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "vague.txt"
    article.write_text("Date: March\n\n" + BODY, encoding="utf-8")
    with pytest.raises(DraftError) as refused:
        build_draft(article, facts_dir)
    assert str(refused.value).startswith(
        f"Nothing was built from {article}: its first line \u201cDate: March\u201d is not a "
        "date I can read,"
    )


def test_build_refusals_are_one_sentence_about_the_article(facts_dir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(DraftError) as refused:
        build_draft(missing, facts_dir)
    assert str(refused.value) == (
        f"Nothing was built from {missing}: there is no such file; give the path of a "
        "plain-text (.txt) article."
    )
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"date 2024-01-01\n\n\xff\xfe")
    with pytest.raises(DraftError) as refused:
        build_draft(binary, facts_dir)
    assert str(refused.value) == (
        f"Nothing was built from {binary}: it is not UTF-8 text; save the article as plain "
        "UTF-8 text and try again."
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("date 2024-01-01\n\n\n", encoding="utf-8")
    with pytest.raises(DraftError) as refused:
        build_draft(empty, facts_dir)
    assert (
        str(refused.value) == f"Nothing was built from {empty}: it has no text to draft facts from."
    )


def test_build_of_an_existing_article_says_which_file_and_what_to_do(
    facts_dir: Path, tmp_path: Path
) -> None:
    article = tmp_path / "hollow.txt"
    article.write_text("date 2024-03-14\n\n" + BODY, encoding="utf-8")
    build_draft(article, facts_dir)
    article.write_text("date 2024-03-15\n\n" + BODY, encoding="utf-8")
    with pytest.raises(DraftError) as refused:
        build_draft(article, facts_dir)
    assert str(refused.value) == (
        f"Nothing was built from {article}: its copy {facts_dir / 'sources' / 'hollow.txt'} "
        "already exists (built before, or another article of that name); pass --force to "
        "replace it, or rename the article."
    )


def test_cli_build_errors_are_not_worded_as_a_reload(facts_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "hollow.txt"
    article.write_text("date 2024-03-14\n\n" + BODY, encoding="utf-8")
    env = {
        **os.environ,
        "FRANCHISE_BOT_FACTS": str(facts_dir),
        "FRANCHISE_BOT_DB": str(tmp_path / "store.db"),
    }
    command = [sys.executable, "-m", "bot", "facts", "build", str(article)]
    first = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    (facts_dir / "hollow.toml").write_text("# edited\n", encoding="utf-8")
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 1
    assert again.stderr.splitlines()[-1] == (
        f"Error: Nothing was built from {article}: its draft {facts_dir / 'hollow.toml'} "
        "already exists (built before, or another article of that name); pass --force to "
        "replace it, or rename the article."
    )
    assert "problems" not in again.stderr and ": 0:" not in again.stderr


def test_cli_validate_prints_a_renamed_article_once(facts_dir: Path, tmp_path: Path) -> None:
    sources = facts_dir / "sources"
    (sources / "mi7-article.txt").rename(sources / "mi7.txt")
    env = {
        **os.environ,
        "FRANCHISE_BOT_FACTS": str(facts_dir),
        "FRANCHISE_BOT_DB": str(tmp_path / "store.db"),
    }
    command = [sys.executable, "-m", "bot", "facts", "validate"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    listed = [line for line in done.stderr.splitlines() if line.startswith("  ")]
    assert listed == [
        "  mission-impossible.toml:11: 29 facts cite source 'mi7-article.txt', which is not in "
        "sources/ (did you mean 'mi7.txt'?); put the article back under that name, or change "
        "'source' to the new name."
    ]
