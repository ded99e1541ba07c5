"""Fact files: validation that names file:line and what to fix; passages for every sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import FactsError
from bot.facts import diff_facts, load_facts
from bot.sources import read_source

REPO = Path(__file__).resolve().parent.parent


def problems(directory: Path) -> list[str]:
    with pytest.raises(FactsError) as caught:
        load_facts(directory)
    return [str(p) for p in caught.value.problems]


def add_file(facts_dir: Path, name: str, text: str) -> None:
    (facts_dir / name).write_text(text, encoding="utf-8")


def test_shipped_facts_load_and_every_sentence_is_a_passage() -> None:
    facts = load_facts(REPO / "facts")
    doc = read_source(REPO / "facts" / "sources" / "mi7-article.txt")
    assert doc.date == "2021-11-19"
    passages = [f for f in facts.facts if f.passage]
    assert {p.answer for p in passages} == {s for s in doc.sentences if len(s) >= 8}
    curated = [f for f in facts.facts if not f.passage]
    assert len(curated) >= 25
    assert all(f.source.date == "2021-11-19" and f.source.quote for f in facts.facts)
    assert facts.alias_count >= 40


def test_shipped_article_is_the_shared_article() -> None:
    shared = REPO.parent / "shared" / "corpus" / "mi7-article.txt"
    if shared.exists():  # the project's own copy must not drift from the source it cites
        assert (REPO / "facts" / "sources" / "mi7-article.txt").read_text() == shared.read_text()


def test_quote_not_in_source_is_refused_with_file_and_line(facts_dir: Path) -> None:
    add_file(
        facts_dir,
        "extra.toml",
        'source = "mi7-article.txt"\n\n[[fact]]\nid = "made-up"\ntopic = "release_date"\n'
        'about = ["mi7"]\nanswer = "MI7 comes out in 2030."\n'
        'quote = "Paramount has dated MI7 for 2030."\n',
    )
    found = problems(facts_dir)
    assert found == [
        "extra.toml:8: the quote of fact 'made-up' is not in sources/mi7-article.txt; "
        "copy the words exactly from the article."
    ]


def test_duplicate_ids_unknown_entities_and_empty_answers(facts_dir: Path) -> None:
    add_file(
        facts_dir,
        "broken.toml",
        'source = "mi7-article.txt"\n'
        "\n[[fact]]\n"
        'id = "mi7-director"\ntopic = "director"\nabout = ["mi7"]\n'
        'answer = "McQuarrie."\nquote = "returning director Christopher McQuarrie"\n'
        "\n[[fact]]\n"
        'id = "who-else"\ntopic = "cast"\nabout = ["mi77"]\n'
        'answer = "  "\nquote = "returning director Christopher McQuarrie"\n',
    )
    found = problems(facts_dir)
    # Files are read in name order, so the shipped file's fact is the second one seen.
    assert any(
        p.startswith("mission-impossible.toml:")
        and p.endswith(
            "fact id 'mi7-director' is already used at broken.toml:3; ids must be unique."
        )
        for p in found
    )
    assert "broken.toml:14: fact 'who-else' has an empty 'answer'; write one." in found
    assert any(
        p.startswith("broken.toml:13: fact 'who-else' names unknown entity 'mi77'") for p in found
    )
    assert any("did you mean 'mi7'" in p for p in found)


def test_toml_syntax_error_points_at_the_line(facts_dir: Path) -> None:
    add_file(facts_dir, "typo.toml", '[[fact]]\nid = "x"\nanswer = "unterminated\n')
    found = problems(facts_dir)
    assert len(found) == 1 and found[0].startswith("typo.toml:3: this is not valid TOML")


def test_misspelt_key_gets_a_suggestion(facts_dir: Path) -> None:
    add_file(
        facts_dir,
        "keys.toml",
        'source = "mi7-article.txt"\n[[fact]]\nid = "k"\ntopic = "t"\nabout = ["mi7"]\n'
        'anwser = "x"\nquote = "Pegg told Conan O\'Brien."\n',
    )
    found = problems(facts_dir)
    assert "keys.toml:6: unknown fact key 'anwser' (did you mean 'answer'?)." in found


def test_alias_naming_two_entities_is_refused(facts_dir: Path) -> None:
    add_file(
        facts_dir,
        "alias.toml",
        '[[entity]]\nid = "mi-seven-clone"\nkind = "film"\nname = "Clone"\naliases = ["MI7"]\n',
    )
    found = problems(facts_dir)
    assert any("alias 'mi 7' names both 'mi-seven-clone' and 'mi7'" in p for p in found)


def test_role_must_name_a_person(facts_dir: Path) -> None:
    add_file(
        facts_dir, "role.toml", '[[entity]]\nid = "benji"\nkind = "role"\nname = "Benji Dunn"\n'
    )
    assert any("role 'benji' needs 'of' naming a person" in p for p in problems(facts_dir))


def test_diff_counts_added_removed_changed(facts_dir: Path) -> None:
    old = load_facts(facts_dir)
    text = (facts_dir / "mission-impossible.toml").read_text()
    text = text.replace("is directing Mission: Impossible 7", "directs Mission: Impossible 7")
    (facts_dir / "mission-impossible.toml").write_text(text)
    add_file(
        facts_dir,
        "more.toml",
        'source = "mi7-article.txt"\n[[fact]]\nid = "pegg-conan-2"\ntopic = "interview"\n'
        'about = ["simon-pegg"]\nanswer = "Pegg spoke to Conan."\nquote = "Pegg told Conan O\'Brien."\n',
    )
    new = load_facts(facts_dir)
    assert diff_facts(old, new) == (1, 0, 1)
    assert diff_facts(None, new) == (len(new.facts), 0, 0)
    assert old.digest != new.digest


def test_reloading_after_edits_sees_every_edit(facts_dir: Path) -> None:
    """Unchanged files are reused between loads; edits anywhere must still count."""
    first = load_facts(facts_dir)
    add_file(
        facts_dir,
        "extra.toml",
        'source = "mi7-article.txt"\n[[entity]]\nid = "benji"\nkind = "role"\nname = "Benji Dunn"\n'
        'of = "simon-pegg"\n[[fact]]\nid = "benji-role"\ntopic = "role"\nabout = ["benji", "simon-pegg"]\n'
        'answer = "Simon Pegg plays Benji."\nquote = "Pegg told Conan O\'Brien."\n',
    )
    second = load_facts(facts_dir)
    assert diff_facts(first, second) == (1, 0, 0)
    # Removing the entity the other (unchanged, reused) file needs is still caught.
    main = facts_dir / "mission-impossible.toml"
    text = main.read_text()
    main.write_text(text.replace('id = "simon-pegg"', 'id = "simon-pegg-2"'))
    found = problems(facts_dir)
    assert any(p.startswith("extra.toml:") and "unknown entity 'simon-pegg'" in p for p in found)
    main.write_text(text)
    assert load_facts(facts_dir).digest == second.digest
    # A changed source re-checks the quotes of files that did not change.
    source = facts_dir / "sources" / "mi7-article.txt"
    source.write_text(source.read_text().replace("Pegg told Conan O'Brien.", "Pegg said."))
    assert any("the quote of fact 'benji-role' is not in" in p for p in problems(facts_dir))
