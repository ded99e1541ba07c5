"""`facts build`: the draft it writes always validates, names real things, and says what it left out."""

from __future__ import annotations

import os
import random
import shutil
import string
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.aliases import surname
from bot.draftmerge import _resolve_clashes
from bot.drafts import build_draft
from bot.engine import Engine
from bot.errors import DraftError
from bot.facts import load_facts
from bot.models import Entity, EntityKind
from bot.sources import read_source

REPO = Path(__file__).resolve().parent.parent
LANTERN = REPO / "tests" / "data" / "lantern-valley-article.txt"


def drafted(draft: Path) -> dict[str, dict[str, object]]:
    data = tomllib.loads(draft.read_text(encoding="utf-8"))
    return {str(e["name"]): e for e in data.get("entity", [])}


def test_an_article_on_another_topic_builds_without_junk_entities(facts_dir: Path) -> None:
    report = build_draft(LANTERN, facts_dir)
    facts = load_facts(facts_dir)  # the draft and the copied source validate
    entities = drafted(report.draft)
    junk = {"Between", "West 66", "Date", "March", "Supplies", "Fewer", "Incongruously"}
    junk |= {"Tuesday", "Saturday", "January", "June", "His", "The", "Mr", "Dr", "Harvick's"}
    assert not junk & set(entities), sorted(entities)
    assert not [n for n in entities if n.split()[0] in {"Between", "The", "His", "Date"}]
    # Names written with initials or a title are one person; a series has its films.
    assert entities["Halvard B. Quennel"]["kind"] == "person"
    assert entities["J. R. R. Pemberton-Vale"]["kind"] == "person"
    assert entities["Mirefield Stories 3"]["franchise"] == "mirefield-stories"
    # "SR 41" abbreviates "State Route 41": an alias of it, not a second entity.
    assert "SR 41" not in entities and "SR 41" in entities["State Route 41"]["aliases"]  # type: ignore[operator]
    # "Harvick" heads "Harvick College" and "Harvick Library", so it is kept and the
    # person whose surname would also name it is left out, with a comment saying so.
    assert "Harvick" in entities and "Ansel Harvick" not in entities
    assert "# Left out: 'Ansel Harvick' (person)" in report.draft.read_text()
    # The date line "Date: March 14, 2024" dates the article and is not text.
    passages = [f for f in facts.facts if f.source.file == "lantern-valley-article.txt"]
    assert passages and all(f.source.date == "2024-03-14" for f in passages)
    assert not any("Date" in f.answer for f in passages)
    assert report.warnings == []
    # A quote over several sentences is one passage, and initials don't end sentences.
    answers = {f.answer for f in passages}
    assert '"It was hard. We carried every box ourselves. We did it," Quennel said.' in answers
    assert any("Dr. Halvard B. Quennel." in a for a in answers)


def test_the_drafts_of_a_clash_are_kept_for_neither_and_noted() -> None:
    known = [Entity("tom-cruise", EntityKind.PERSON, "Tom Cruise")]
    a = Entity("glass-harbor-2", EntityKind.FILM, "Glass Harbor 2", ("GH2", "the sequel"))
    b = Entity("green-hill-2", EntityKind.FILM, "Green Hill 2", ("GH2",))
    c = Entity("cruise", EntityKind.ORG, "Cruise")  # the existing person's surname
    kept, notes = _resolve_clashes([a, b, c], known)
    assert [e.id for e in kept] == ["glass-harbor-2", "green-hill-2"]
    assert kept[0].aliases == ("the sequel",) and kept[1].aliases == ()
    # The names as the draft writes them, never their folded forms ('gh 2').
    assert notes == [
        "'Cruise' (org) is not drafted: 'Cruise' already names 'tom-cruise'; add it by hand "
        "with a distinct name if needed.",
        "alias 'GH2' would name 'glass-harbor-2', 'green-hill-2'; it is kept for neither.",
    ]


def test_an_undated_article_is_refused_and_nothing_is_left_behind(
    facts_dir: Path, tmp_path: Path
) -> None:
    article = tmp_path / "plain.txt"
    article.write_text("Nadia Roszak will direct Copper Veil.\n", encoding="utf-8")
    with pytest.raises(DraftError) as refused:
        build_draft(article, facts_dir)
    assert str(refused.value) == (
        f"Nothing was built from {article}: it has no date line, and every report needs the "
        "date it was published so that newer news wins; make the first line "
        "\u201cdate YYYY-MM-DD\u201d (or \u201cPublished: March 14, 2024\u201d), or pass "
        "--date YYYY-MM-DD."
    )
    assert not (facts_dir / "sources" / "plain.txt").exists()
    assert not (facts_dir / "plain.toml").exists()
    # With --date it builds, and every fact keeps that date.
    report = build_draft(article, facts_dir, date="2024-02-02")
    assert "(dated 2024-02-02)" in report.summary()
    copied = (facts_dir / "sources" / "plain.txt").read_text()
    assert copied.startswith("date 2024-02-02\n")
    served = {f.source.date for f in load_facts(facts_dir).facts if f.source.file == "plain.txt"}
    assert served == {"2024-02-02"}


def test_date_option_replaces_a_malformed_date_line(facts_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "odd.txt"
    article.write_text("Date: the 14th or so 2024\n\nCopper Veil wrapped.\n", encoding="utf-8")
    with pytest.raises(DraftError) as refused:
        build_draft(article, facts_dir)
    assert str(refused.value).startswith(
        f"Nothing was built from {article}: its first line \u201cDate: the 14th or so 2024\u201d "
        "is not a date I can read, and every report needs the date it was published"
    )
    report = build_draft(article, facts_dir, date="2023-05-01")
    assert report.warnings == [] and report.date == "2023-05-01"
    copied = (facts_dir / "sources" / "odd.txt").read_text()
    assert copied.startswith("date 2023-05-01\n") and "14th" not in copied
    served = {f.source.date for f in load_facts(facts_dir).facts if f.source.file == "odd.txt"}
    assert served == {"2023-05-01"}


# Articles made of the things that broke drafts: capitalised phrases, names repeated
# as possessives and surnames, acronyms and numbered titles, the shipped facts' own
# names, initials, abbreviations, quotes (closed or not), dates and numbers.
_NAMES = st.sampled_from(
    "Harvard|John Harvard|Harvard's|Harvard College|Harvard Yard|State Route 99|SR 99|SR|"
    "Tom Cruise|Cruise|MI7|Paramount|Mission: Impossible 7|Glass Harbor|Glass Harbor 2|GH2|"
    "Green Hill 2|Dr. Ona K. Bell|Bell|U.S.|Between 1942|West 66|March|Monday|The|His|"
    "Fort Lune|King Otto II|Otto|Rosa Otto|Inc.|Co.|e.g.|Jan.|St.|a.m.|3.5|20,000".split("|")
)
_WORD = st.text(string.ascii_lowercase, min_size=1, max_size=8)
_CAPITALISED = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(string.ascii_uppercase),
    st.text(string.ascii_lowercase + "'-", max_size=7),
)
_PUNCT = st.sampled_from(
    [".", ",", "!", "?", ":", ";", '"', "'s", "...", "(", ")", "-", "\u201c", "\u201d"]
)
_TOKEN = st.one_of(_NAMES, _WORD, _CAPITALISED, _PUNCT, st.integers(0, 3000).map(str))
_SENTENCE = st.lists(_TOKEN, min_size=1, max_size=25).map(lambda ts: " ".join(ts) + ".")


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    sentences=st.lists(_SENTENCE, min_size=1, max_size=30),
    copies=st.integers(1, 12),
    first_line=st.sampled_from(["date 2024-01-02\n", "Date: May 3, 2022\n", "date soon\n", ""]),
)
def test_any_article_builds_and_its_draft_validates(
    sentences: list[str], copies: int, first_line: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        facts_dir = Path(tmp) / "facts"
        shutil.copytree(REPO / "facts", facts_dir, ignore=shutil.ignore_patterns("__pycache__"))
        article = Path(tmp) / "generated.txt"
        paragraphs = [" ".join(sentences[i::3]) for i in range(3)] * copies
        article.write_text(first_line + "\n\n".join(p for p in paragraphs if p), encoding="utf-8")
        undated = first_line in ("date soon\n", "")  # refused without --date
        report = build_draft(article, facts_dir, date="2024-01-02" if undated else None)
        assert not [w for w in report.warnings if "did not validate" in w]
        facts = load_facts(facts_dir)
        assert any(f.source.file == "generated.txt" for f in facts.facts) or report.passages == 0


def test_a_20000_word_article_builds(facts_dir: Path, tmp_path: Path) -> None:
    rng = random.Random(9)
    syllables = ["ka", "lo", "mir", "ven", "dra", "sol", "tu", "ber", "an", "is", "or", "el"]

    def name() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()

    people = [f"{name()} {name()}" for _ in range(150)]
    places = [name() for _ in range(80)]
    films = [f"{name()} {name()} {rng.randint(2, 6)}" for _ in range(20)]
    words = (
        "the crew said that a new film would shoot in spring after the old studio closed".split()
    )
    paragraphs = []
    total = 0
    while total < 20_000:
        sentences = []
        for _ in range(rng.randint(3, 7)):
            body = " ".join(rng.choice(words) for _ in range(rng.randint(6, 18)))
            sentence = (
                f"{rng.choice(people)} {body} in {rng.choice(places)} for {rng.choice(films)}."
            )
            if rng.random() < 0.2:
                sentence = f'"{body.capitalize()}. It was hard," {rng.choice(people)} said.'
            sentences.append(sentence)
            total += len(sentence.split())
        paragraphs.append(" ".join(sentences))
    article = tmp_path / "long.txt"
    article.write_text("date 2025-06-01\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    report = build_draft(article, facts_dir)
    assert report.passages > 1000 and report.entities["person"] > 50
    assert len(load_facts(facts_dir).facts) > report.passages


def test_cli_build_takes_a_date_and_refuses_a_bad_one(facts_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "cli-article.txt"
    article.write_text("Nadia Roszak will direct Copper Veil.\n", encoding="utf-8")
    env = {
        **os.environ,
        "FRANCHISE_BOT_FACTS": str(facts_dir),
        "FRANCHISE_BOT_DB": str(tmp_path / "db"),
    }

    def build(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "bot", "facts", "build", str(article), *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)

    undated = build()
    assert undated.returncode != 0 and "no date line" in undated.stderr
    assert "Traceback" not in undated.stderr
    bad = build("--date", "2024-13-01")
    assert bad.returncode != 0 and "is not a date like 2024-03-14" in bad.stderr
    done = build("--date", "2024-03-14")
    assert done.returncode == 0, done.stderr
    assert "(dated 2024-03-14)" in done.stdout and "Warning" not in done.stdout


def test_a_short_name_in_lower_case_is_no_link_to_it(facts_dir: Path, tmp_path: Path) -> None:
    # "mi" abbreviates miles; only "MI" (in capitals) names the franchise.
    article = tmp_path / "trail-article.txt"
    article.write_text(
        "date 2025-05-02\n\nThe river trail runs 20 mi (32 km) west to the old mill town.\n"
        "Fans of the MI films walked it last spring, the town's tourist office said.\n",
        encoding="utf-8",
    )
    report = build_draft(article, facts_dir)
    passages = {
        f.answer: f.entities
        for f in load_facts(facts_dir).facts
        if f.source.file == "trail-article.txt"
    }
    trail = next(ids for text, ids in passages.items() if "20 mi" in text)
    fans = next(ids for text, ids in passages.items() if "MI films" in text)
    assert "mission-impossible" not in trail
    assert "mission-impossible" in fans
    assert report.linked == {"mission-impossible": ["mi"]}  # once, for "MI films"


def test_a_name_ending_in_an_institution_or_place_word_is_no_person(
    facts_dir: Path, tmp_path: Path
) -> None:
    article = tmp_path / "ostvik-schools.txt"
    article.write_text(
        "date 2025-05-01\n\n"
        "The Harbour Schools Act of 1902 let the Anglican Church open three schools on "
        "Ostvik Bay. Ilse Varg taught there for forty years. Ostvik Pier opened in 1871, "
        "and Skarn Colliery closed in 1968.\n",
        encoding="utf-8",
    )
    report = build_draft(article, facts_dir)
    entities = drafted(report.draft)
    assert entities["Anglican Church"]["kind"] == "org"
    assert entities["Harbour Schools Act"]["kind"] == "org"
    assert entities["Ostvik Bay"]["kind"] == "place"
    assert entities["Ilse Varg"]["kind"] == "person"
    assert entities["Ostvik Pier"]["kind"] == "place"  # not Mr Pier of Ostvik
    assert entities["Skarn Colliery"]["kind"] == "org"
    # so "schools" is no first name, and an ordinary verb after it is no unknown name
    reply = Engine(load_facts(facts_dir)).answer("How many schools existed on Ostvik Bay?")
    assert "don't have any facts about" not in reply.text, reply.text


def test_an_event_or_a_guild_is_no_person_and_an_agent_noun_opening_a_sentence_no_name(
    facts_dir: Path, tmp_path: Path
) -> None:
    entities = _drafted_from(
        "The Harrowgate Projectionists' Strike lasted 47 days. The projectionists were "
        "organised by the Harrowgate Guild of Cinema Operators. Projectionists argued that "
        "one person could not run a booth. In 1051 Aldo the Bold took Ostvik.",
        facts_dir,
        tmp_path,
    )
    assert entities["Harrowgate Projectionists Strike"]["kind"] == "org"
    # an event's name gives no one a first name or surname to be asked by
    assert "aliases" not in entities["Harrowgate Projectionists Strike"]
    assert entities["Harrowgate Guild of Cinema Operators"]["kind"] == "org"
    assert entities["Aldo the Bold"]["kind"] == "person"
    assert "Projectionists" not in entities


def test_a_name_with_a_persons_apposition_is_a_person_after_from(
    facts_dir: Path, tmp_path: Path
) -> None:
    entities = _drafted_from(
        "The screenplay comes from Elias Vantorre, a newcomer to the franchise. The crew "
        "flew in from Port Ostvik, which hosts the shoot.",
        facts_dir,
        tmp_path,
    )
    assert entities["Elias Vantorre"]["kind"] == "person"
    assert entities["Port Ostvik"]["kind"] == "place"


def _drafted_from(body: str, facts_dir: Path, tmp_path: Path) -> dict[str, dict[str, object]]:
    """The entities drafted from an article of one paragraph, `body`."""
    article = tmp_path / "article.txt"
    article.write_text(f"date 2025-05-01\n\n{body}\n", encoding="utf-8")
    return drafted(build_draft(article, facts_dir).draft)


def test_a_first_name_that_is_also_a_word_opens_a_sentence_with_its_surname(
    facts_dir: Path, tmp_path: Path
) -> None:
    entities = _drafted_from(
        "Ruth Calloway again voices the ferry captain. Director Ines Varga returns. "
        "Newcomer Lio Brandt joins the cast. While Varga rewrote the script, the studio "
        "waited. Grace Okafor voices the lighthouse.",
        facts_dir,
        tmp_path,
    )
    assert entities["Ruth Calloway"]["kind"] == "person"
    assert entities["Grace Okafor"]["kind"] == "person"
    # a role or a conjunction before a name is no first name
    assert entities["Ines Varga"]["kind"] == "person"
    assert entities["Lio Brandt"]["kind"] == "person"
    assert not {"Director Ines Varga", "Newcomer Lio Brandt", "While Varga"} & set(entities)


def test_a_first_name_ending_like_an_adverb_still_opens_a_sentence_with_its_surname(
    facts_dir: Path, tmp_path: Path
) -> None:
    entities = _drafted_from(
        "Romilly Thistlecombe keeps the organ in a shed. Unsurprisingly Dorwick Hale "
        "disagreed. She scored the films for the Pellbrook Film Trust.",
        facts_dir,
        tmp_path,
    )
    # "Romilly" is a first name, not an adverb like "Unsurprisingly"
    assert entities["Romilly Thistlecombe"]["kind"] == "person"
    assert "Thistlecombe" not in entities
    assert "Unsurprisingly Dorwick Hale" not in entities
    # a trust is an institution, whose first word names no one
    assert entities["Pellbrook Film Trust"]["kind"] == "org"
    aliases = entities["Pellbrook Film Trust"].get("aliases", [])
    assert isinstance(aliases, list) and "Pellbrook" not in aliases


def test_a_hyphenated_surname_alone_is_its_person_and_a_peoples_name_is_not() -> None:
    person = Entity("jonas-okafor-lind", EntityKind.PERSON, "Jonas Okafor-Lind")
    lone = Entity("okafor-lind", EntityKind.ORG, "Okafor-Lind")  # "Okafor-Lind was born ..."
    kept, notes = _resolve_clashes([person, lone], [])
    assert [e.id for e in kept] == ["jonas-okafor-lind"] and len(notes) == 1
    # a draft's "Fresno's African-American" (taken for a person) leaves "African-American"
    junk = Entity("fresnos-african-american", EntityKind.PERSON, "Fresno's African-American")
    people = Entity("african-american", EntityKind.ORG, "African-American")
    kept, notes = _resolve_clashes([junk, people], [])
    assert [e.id for e in kept] == ["fresnos-african-american", "african-american"]
    assert notes == []
    # a surname of ordinary words ("Study-with") no longer names every "with"
    assert surname("Advanced Study-with") == "study with"
    assert surname("Karen Lind") == "lind" and surname("Lind") is None


def test_another_series_numbered_film_is_no_link_to_a_known_one(
    facts_dir: Path, tmp_path: Path
) -> None:
    # "the seventh instalment" is MI7's number, but of another series here
    article = tmp_path / "wickerthorn-article.txt"
    article.write_text(
        "date 2026-04-09\n\n"
        'Principal photography on "Wickerthorn 7: The Gannet Hours," the seventh instalment '
        "of the horror franchise, wrapped on April 4 at a flax mill in Thaxmoor.\n"
        "The director rewrote most of the third act on location.\n",
        encoding="utf-8",
    )
    report = build_draft(article, facts_dir)
    assert report.linked == {}
    facts = [f for f in load_facts(facts_dir).facts if f.source.file == "wickerthorn-article.txt"]
    on_location = next(f for f in facts if "on location" in f.answer)
    assert on_location.topic != "filming_location"  # away from a studio, no place
    wrapped = next(f for f in facts if "wrapped" in f.answer)
    assert "mi7" not in wrapped.entities


def test_a_pronunciation_guide_is_no_entity_and_no_part_of_a_passage(
    facts_dir: Path, tmp_path: Path
) -> None:
    """Reference articles open on a name and how to say it: "Tavrok (/ˈtævrɒk/ TAV-rok),
    the county town of ...". The respelling named a junk entity, and every reading of
    the first sentence carried the IPA; it is read as "(pronounced tav-rok)"."""
    body = (
        "Tavrok (/ˈtævrɒk/ TAV-rok), the county town of Ulmshire, is a market town on the "
        "River Ulm. Its castle was begun in 1130."
    )
    article = tmp_path / "article.txt"
    article.write_text(f"date 2025-05-01\n\n{body}\n", encoding="utf-8")
    report = build_draft(article, facts_dir)
    assert not [n for n in drafted(report.draft) if "TAV" in n or "/" in n]
    first = Engine(load_facts(facts_dir)).answer("which river is tavrok on")
    assert first.answered and "River Ulm" in first.text, first.text
    assert "/ˈ" not in first.text
    said = Engine(load_facts(facts_dir)).answer("how do you pronounce tavrok")
    assert said.answered and "(pronounced tav-rok)" in said.text, said.text
    # what the brackets say besides the guide stays
    dated = tmp_path / "dated.txt"
    dated.write_text(
        "date 2025-05-01\n\nOsric Tavrok (/ˈɒzrɪk/; 1102 - 1168) was a baron.\n", encoding="utf-8"
    )
    assert read_source(dated).sentences == ("Osric Tavrok (1102 - 1168) was a baron.",)


def test_an_encyclopaedias_notes_to_its_editors_are_not_its_words(tmp_path: Path) -> None:
    """ "school fees.[citation needed] Most schools ..." was one passage of two sentences,
    and answers quoted "[update]" and footnote marks."""
    article = tmp_path / "notes.txt"
    article.write_text(
        "date 2025-05-01\n\nFees vary widely.[citation needed] Most schools charge less.[12] "
        "As of 2012[update], the trust ran nine schools.\n",
        encoding="utf-8",
    )
    assert read_source(article).sentences == (
        "Fees vary widely.",
        "Most schools charge less.",
        "As of 2012, the trust ran nine schools.",
    )
