"""Fact files: validation that names file:line and what to fix; passages for every sentence."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import factfiles as facts_module
from bot.errors import FactsError
from bot.facts import FactLoader, diff_facts, load_facts
from bot.models import Topic, Vocabulary
from bot.sources import read_source
from tests.conftest import TEST_FACTS

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
    assert (
        "broken.toml:14: fact 'who-else' has an empty 'answer'; "
        "write the sentence the bot should reply with." in found
    )
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
        'source = "mi7-article.txt"\n[[fact]]\nid = "k"\ntopic = "trivia"\nabout = ["mi7"]\n'
        'anwser = "x"\nquote = "Pegg told Conan O\'Brien."\n',
    )
    found = problems(facts_dir)
    assert "keys.toml:6: unknown fact key 'anwser' (did you mean 'answer'?)." in found


def test_a_misspelt_topic_is_refused_with_a_suggestion(facts_dir: Path) -> None:
    add_file(
        facts_dir,
        "topic.toml",
        'source = "mi7-article.txt"\n[[fact]]\nid = "k"\ntopic = "directr"\nabout = ["mi7"]\n'
        'answer = "x"\nquote = "Pegg told Conan O\'Brien."\n',
    )
    found = problems(facts_dir)
    assert any(
        p.startswith(
            "topic.toml:4: fact 'k' has the unknown topic 'directr' (did you mean 'director'?)"
        )
        for p in found
    ), found


def test_the_vocabulary_is_read_from_the_fact_files(facts_dir: Path) -> None:
    with_it = load_facts(facts_dir)
    assert "peril" in dict(with_it.vocabulary.concepts)["stunt"]
    assert "paramount" in with_it.vocabulary.org_words
    (facts_dir / "vocabulary.toml").unlink()
    without = load_facts(facts_dir)
    assert without.vocabulary == Vocabulary() and without.digest != with_it.digest


def test_a_misspelt_vocabulary_key_is_refused_with_a_suggestion(facts_dir: Path) -> None:
    add_file(facts_dir, "words.toml", '[vocabulary]\norg_word = ["studio"]\n')
    found = problems(facts_dir)
    assert any(
        p.startswith("words.toml:1: unknown vocabulary key 'org_word' (did you mean 'org_words'?)")
        for p in found
    ), found


def test_the_topic_table_describes_exactly_the_topic_type() -> None:
    assert set(facts_module.TOPICS) == set(get_args(Topic))


def test_alias_naming_two_entities_is_refused(facts_dir: Path) -> None:
    add_file(
        facts_dir,
        "alias.toml",
        '[[entity]]\nid = "mi-seven-clone"\nkind = "film"\nname = "Clone"\naliases = ["MI7"]\n',
    )
    # What the moderator typed, both entities, and where the other one is: never the
    # folded form ('mi 7') the bot compares.
    assert problems(facts_dir) == [
        "mission-impossible.toml:21: entity 'mi7' and entity 'mi-seven-clone' (alias.toml:1) "
        "are both named 'MI7'; a name can belong to one entity only: remove it from one of them."
    ]


def test_role_must_name_a_person(facts_dir: Path) -> None:
    add_file(
        facts_dir, "role.toml", '[[entity]]\nid = "benji"\nkind = "role"\nname = "Benji Dunn"\n'
    )
    assert problems(facts_dir) == [
        "role.toml:1: role 'benji' needs 'of' naming the person who plays it, "
        'like of = "tom-cruise".'
    ]


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


# ---------------------------------------------------------------- issue 10.2: every field typed

ENTITY = 'id = "hs3"\nkind = "film"\nname = "Hollow Star 3"\n'
FACT = (
    'id = "hs3-date"\ntopic = "release_date"\nabout = ["mi7"]\n'
    'answer = "MI7 was dated for November 19, 2021."\n'
    'quote = "Paramount has dated its pair of untitled Mission: Impossible sequels"\n'
)


def with_field(table: str, body: str, key: str, value: str) -> str:
    """A file holding one table whose `key` is set to the TOML text `value` (line 4)."""
    lines = [f"{k} = {v}" for k, v in (line.split(" = ", 1) for line in body.splitlines())]
    lines = [line for line in lines if not line.startswith(f"{key} = ")]
    return f'source = "mi7-article.txt"\n\n[[{table}]]\n{key} = {value}\n' + "\n".join(lines) + "\n"


# (table, key, TOML value, words the problem must contain): every one crashed the loader
# (TypeError: unhashable type) or was accepted as something it was not.
WRONG_TYPES = [
    (
        "entity",
        "kind",
        '["film"]',
        """'kind' of entity 'hs3' must be one string, not a list: write kind = "film" """
        "(without square brackets).",
    ),
    (
        "entity",
        "kind",
        "{ film = true }",
        "'kind' of entity 'hs3' must be one of film, franchise, org, person, place, role in "
        "quotes, not a table.",
    ),
    (
        "entity",
        "franchise",
        '["mission-impossible"]',
        """'franchise' of entity 'hs3' must be one string, not a list: write """
        'franchise = "mission-impossible" (without square brackets).',
    ),
    (
        "entity",
        "of",
        '["tom-cruise"]',
        """'of' of entity 'hs3' must be one string, not a list: write of = "tom-cruise" """
        "(without square brackets).",
    ),
    (
        "entity",
        "of",
        "7",
        """'of' of entity 'hs3' must be text in quotes, like of = "tom-cruise", not a number.""",
    ),
    (
        "entity",
        "name",
        '["Hollow Star 3"]',
        """'name' of entity 'hs3' must be one string, not a list: write name = "Hollow Star 3" """
        "(without square brackets).",
    ),
    (
        "entity",
        "aliases",
        '"HS3"',
        """'aliases' of entity 'hs3' must be a list, even of one: write aliases = ["HS3"] """
        "(in square brackets).",
    ),
    (
        "entity",
        "aliases",
        '[["HS3"]]',
        """'aliases' of entity 'hs3' must be a list of strings in quotes, like """
        """aliases = ["MI7", "MI 7"]; it holds an array.""",
    ),
    (
        "entity",
        "id",
        '["hs3"]',
        "every entity needs an 'id' of lower-case letters, digits, '-', '.', '_' or '#', "
        'like id = "mi7".',
    ),
    (
        "fact",
        "time_sensitive",
        '"no"',
        """'time_sensitive' of fact 'hs3-date' is the string "no", but it must be true or """
        "false: write time_sensitive = false, without quotes.",
    ),
    (
        "fact",
        "passage",
        '"false"',
        """'passage' of fact 'hs3-date' is the string "false", but it must be true or false: """
        "write passage = false, without quotes.",
    ),
    (
        "fact",
        "passage",
        "1",
        "'passage' of fact 'hs3-date' is a number, but it must be true or false: "
        "write passage = true, without quotes.",
    ),
    (
        "fact",
        "about",
        '"mi7"',
        """'about' of fact 'hs3-date' must be a list, even of one: write about = ["mi7"] """
        "(in square brackets).",
    ),
    (
        "fact",
        "about",
        "[{ id = 'mi7' }]",
        """'about' of fact 'hs3-date' must be a list of strings in quotes, like """
        """about = ["mi7"]; it holds a table.""",
    ),
    (
        "fact",
        "items",
        "[1, 2]",
        """'items' of fact 'hs3-date' must be a list of strings in quotes, like """
        """items = ["tom-cruise", "ving-rhames"]; it holds a number.""",
    ),
    (
        "fact",
        "questions",
        '"when?"',
        """'questions' of fact 'hs3-date' must be a list, even of one: write """
        """questions = ["when?"] (in square brackets).""",
    ),
    (
        "fact",
        "source",
        '["mi7-article.txt"]',
        """'source' of fact 'hs3-date' must be one string, not a list: write """
        'source = "mi7-article.txt" (without square brackets).',
    ),
    (
        "fact",
        "source",
        "7",
        "'source' of fact 'hs3-date' must be the file name of an article in sources/ in "
        "quotes, not a number; sources/ has mi7-article.txt.",
    ),
    (
        "fact",
        "quote",
        "[1]",
        """'quote' of fact 'hs3-date' must be text in quotes, like """
        """quote = "words copied from the article", not an array.""",
    ),
    (
        "fact",
        "answer",
        '["MI7 was dated."]',
        """'answer' of fact 'hs3-date' must be one string, not a list: write """
        'answer = "MI7 was dated." (without square brackets).',
    ),
    (
        "fact",
        "topic",
        "{ a = 1 }",
        """'topic' of fact 'hs3-date' must be text in quotes, like topic = "release_date", """
        "not a table.",
    ),
    (
        "fact",
        "date",
        "20211119",
        "'date' of fact 'hs3-date' is a number, not a date: write it as YYYY-MM-DD, "
        "like date = 2021-11-19.",
    ),
    (
        "fact",
        "date",
        "2021-11-19T10:00:00",
        "'date' of fact 'hs3-date' is a date with a time of day, not a date: write it as "
        "YYYY-MM-DD, like date = 2021-11-19.",
    ),
    (
        "fact",
        "id",
        "5",
        "every fact needs an 'id' of lower-case letters, digits, '-', '.', '_' or '#', "
        'like id = "mi7".',
    ),
]


@pytest.mark.parametrize(("table", "key", "value", "words"), WRONG_TYPES)
def test_every_field_of_the_wrong_type_is_refused_with_file_and_line(
    table: str, key: str, value: str, words: str, facts_dir: Path
) -> None:
    body = ENTITY if table == "entity" else FACT
    add_file(facts_dir, "typed.toml", with_field(table, body, key, value))
    found = problems(facts_dir)
    mine = [p for p in found if p.startswith("typed.toml:")]
    assert mine, found
    # The key's own line, or the table's line for a missing id: the whole sentence.
    assert any(p in (f"typed.toml:4: {words}", f"typed.toml:3: {words}") for p in mine), mine


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('entity = "mi7"\n', "typed.toml:1: 'entity' must be [[entity]] tables, not a string"),
        ("fact = [1, 2]\n", "typed.toml:1: 'fact' must be [[fact]] tables, not an array of"),
        (
            'source = ["a.txt"]\n',
            """typed.toml:1: 'source' of this file must be one string, not a list: write """
            'source = "a.txt" (without square brackets).',
        ),
        ("x = " + "[" * 2000 + "]" * 2000 + "\n", "typed.toml:1: this file nests arrays"),
        ("x = " + "{ a = " * 2000 + "1" + " }" * 2000 + "\n", "typed.toml:1: this file nests"),
        ("x = " + "9" * 5000 + "\n", "typed.toml:1: this is not valid TOML: Exceeds the limit"),
    ],
)
def test_file_level_mistakes_and_unreadable_toml_are_problems(
    text: str, words: str, facts_dir: Path
) -> None:
    add_file(facts_dir, "typed.toml", text)
    found = problems(facts_dir)
    assert any(p.startswith(words) for p in found), found


def test_huge_strings_are_quoted_short_in_problems(facts_dir: Path) -> None:
    key = "k" * 1_000_000
    add_file(facts_dir, "typed.toml", f'{key} = 1\n[[fact]]\nid = "x"\nabout = ["{key}"]\n')
    found = problems(facts_dir)
    assert found and all(len(p) < 400 for p in found), [p[:100] for p in found]
    assert any("unknown top-level key 'kkkk" in p and "\u2026" in p for p in found)


def test_a_toml_date_is_read_as_the_date(facts_dir: Path) -> None:
    add_file(facts_dir, "typed.toml", with_field("fact", FACT, "date", "2021-11-20"))
    facts = load_facts(facts_dir)
    assert next(f for f in facts.facts if f.id == "hs3-date").source.date == "2021-11-20"


def test_time_sensitive_true_is_still_read(facts_dir: Path) -> None:
    add_file(facts_dir, "typed.toml", with_field("fact", FACT, "time_sensitive", "true"))
    facts = load_facts(facts_dir)
    assert next(f for f in facts.facts if f.id == "hs3-date").time_sensitive


# ---------------------------------------------------------------- issue 10.8: ordinary aliases


@pytest.mark.parametrize(
    "alias", ["is", "who", "the", "returning", "Returning", "for", "back", "new", "release", "cast"]
)
def test_a_one_word_alias_that_questions_are_made_of_is_refused(
    alias: str, facts_dir: Path
) -> None:
    add_file(
        facts_dir, "typed.toml", with_field("entity", ENTITY, "aliases", f'["HS3", "{alias}"]')
    )
    found = problems(facts_dir)
    assert len(found) == 1, found
    assert found[0].startswith(
        f"typed.toml:4: alias '{alias}' of entity 'hs3' is the ordinary word"
    )
    assert "Use a longer alias" in found[0]


def test_a_one_word_alias_that_is_a_common_word_loads_with_a_warning(facts_dir: Path) -> None:
    add_file(facts_dir, "typed.toml", with_field("entity", ENTITY, "aliases", '["HS3", "Sequel"]'))
    facts = load_facts(facts_dir)
    mine = [w for w in facts.warnings if w.startswith("typed.toml:")]
    assert mine == [
        "typed.toml:4: alias 'Sequel' of entity 'hs3' is also the English word 'sequel': a "
        "question using that word in its ordinary sense will be taken as about this entity. "
        "Keep it only if fans use it as a name."
    ]
    assert "Sequel" in next(e for e in facts.entities if e.id == "hs3").aliases


def test_ordinary_aliases_no_longer_hijack_the_question(facts_dir: Path) -> None:
    """Issue 10.8: 15 such aliases turned "who's returning for MI7?" into another question."""
    words = ["is", "who", "the", "returning", "for", "when", "return", "back", "cast", "plays"]
    add_file(facts_dir, "typed.toml", with_field("entity", ENTITY, "aliases", json.dumps(words)))
    found = problems(facts_dir)
    assert len(found) == len(words), found


# ---------------------------------------------------------------- issue 10.2: property test


def toml_string(text: str) -> str:
    escaped = []
    for ch in text:
        if ch in '"\\':
            escaped.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            escaped.append(f"\\u{ord(ch):04x}")
        else:
            escaped.append(ch)
    return '"' + "".join(escaped) + '"'


def toml_value(value: object) -> str:
    """A value as inline TOML. Raw TOML text (deep nesting) comes wrapped in a tuple."""
    if isinstance(value, tuple):
        return str(value[0])
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)  # inf and nan are TOML too
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{ " + ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
        )
    return str(value)  # a date


HUGE = st.sampled_from(["x", "é ", "MI7 ", "\u202e", "a" * 7]).flatmap(
    lambda piece: st.integers(1, 250_000 // len(piece)).map(lambda n: piece * n)
)
DEEP = st.integers(1, 3000).flatmap(
    lambda n: st.sampled_from(
        [("[" * n + "]" * n,), ("{ a = " * n + "1" + " }" * n,), ('"' + "[" * n + '"',)]
    )
)
WORDS = st.sampled_from(
    ["mi7", "tom-cruise", "hs3", "film", "person", "role", "is", "Fallout", "mi7-article.txt"]
)
SCALARS = st.one_of(
    WORDS,
    st.text(max_size=30),
    HUGE,
    st.integers(-(2**63), 2**63 - 1),
    st.floats(),
    st.booleans(),
    st.dates(),
    DEEP,
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
ENTITY_FIELDS = [*sorted(facts_module.ENTITY_KEYS), "kinds", ""]
FACT_FIELDS = [*sorted(facts_module.FACT_KEYS), "topics"]


@st.composite
def fact_documents(draw: st.DrawFn) -> str:
    lines = []
    if draw(st.booleans()):
        lines.append(f"source = {toml_value(draw(st.one_of(WORDS, VALUES)))}")
    if draw(st.booleans()):
        lines.append(f"{toml_string(draw(st.text(max_size=10)))} = {toml_value(draw(VALUES))}")
    for table, names in draw(
        st.lists(st.sampled_from([("entity", ENTITY_FIELDS), ("fact", FACT_FIELDS)]), max_size=4)
    ):
        lines.append(f"[[{table}]]")
        for key in draw(st.lists(st.sampled_from(names), unique=True, max_size=len(names))):
            value = draw(st.one_of(WORDS, st.lists(WORDS, max_size=3), VALUES))
            lines.append(f"{toml_string(key)} = {toml_value(value)}")
    return "\n".join(lines) + "\n"


# One loader for the property test, as a running bot has one: its caches are part of what
# is tested (a file reused from the cache must be refused or accepted as a fresh one would).
LOADER = FactLoader()


@pytest.fixture(scope="module")
def property_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("property") / "facts"
    shutil.copytree(TEST_FACTS, target)
    LOADER.load(target)  # warm the caches, as a running bot's are
    return target


@settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(document=fact_documents())
def test_any_fact_file_loads_or_is_refused_with_file_and_line(
    document: str, property_dir: Path
) -> None:
    (property_dir / "generated.toml").write_text(document, encoding="utf-8")
    try:
        facts = LOADER.load(property_dir)
    except FactsError as exc:
        assert exc.problems
        for problem in exc.problems:
            text = str(problem)
            assert re.match(r"[\w.-]+:\d+: \S", text), text[:200]
            assert len(text) < 1000, text[:200]
    else:
        assert facts.facts
