"""News moves: follow-up articles built with `facts build`, in either order. The newest
report is the answer, the history answers questions about the past, links and superseded
reports are shown to moderators, and an older article added later changes nothing."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from bot.drafts import build_draft
from bot.engine import Engine
from bot.facts import load_facts
from bot.history import History, newly_superseded
from bot.replies import Requester
from bot.service import Service

NEWS = Path(__file__).resolve().parent / "data" / "news"
MI_FOLLOWUP = NEWS / "mi-followup-article.txt"
EARLY = NEWS / "glass-orchard-early.txt"
LATER = NEWS / "glass-orchard-later.txt"
CURRENT_QUESTIONS = [
    "when does glass orchard 2 come out?",
    "glass orchard 2 release date",
    "who directs glass orchard 2?",
    "is odile brandt back for glass orchard 2?",
]


def engine_for(facts_dir: Path) -> Engine:
    return Engine(load_facts(facts_dir))


def text(engine: Engine, question: str) -> str:
    answer = engine.answer(question)
    assert answer.answered, (question, answer.text)
    return answer.text


@pytest.mark.parametrize("order", [(EARLY, LATER), (LATER, EARLY)], ids=["in order", "reversed"])
def test_the_newest_report_wins_whichever_article_came_first(
    facts_dir: Path, order: tuple[Path, Path]
) -> None:
    for article in order:
        build_draft(article, facts_dir)
    engine = engine_for(facts_dir)
    when = text(engine, "when does glass orchard 2 come out?")
    assert when.startswith("As reported on 2023-09-15, ")
    assert "October 4, 2024" in when and "(earlier reported: March 8, 2024)" in when
    if order[0] is EARLY:
        # The title the later article gives the (already known) second film is its alias.
        assert "October 4, 2024" in text(engine, "when does glass orchard: nightbloom come out")


def test_the_history_answers_questions_about_the_past(facts_dir: Path) -> None:
    build_draft(LATER, facts_dir)
    build_draft(EARLY, facts_dir)
    engine = engine_for(facts_dir)
    original = text(engine, "what was the original release date of glass orchard 2?")
    assert original.startswith("As reported on 2023-02-01, ") and "March 8, 2024" in original
    assert "since superseded: as reported on 2023-09-15, October 4, 2024" in original
    still = text(engine, "is glass orchard 2 still coming out on march 8 2024?")
    assert still.startswith("No: as reported on 2023-09-15, ") and "October 4, 2024" in still
    ever = text(engine, "was glass orchard 2 ever dated for march 8 2024?")
    assert ever.startswith("Yes: as reported on 2023-02-01, ")
    assert not text(engine, "is glass orchard 2 still coming out on october 4 2024?").startswith(
        "No"
    )


def test_a_follow_up_on_the_shipped_films_links_titles_and_reports_what_it_supersedes(
    facts_dir: Path,
) -> None:
    before = engine_for(facts_dir)
    assert "November 19, 2021" in text(before, "when does mi7 come out")
    report = build_draft(MI_FOLLOWUP, facts_dir)
    summary = report.summary()
    draft = report.draft.read_text(encoding="utf-8")
    # Existing entities are linked, with the words that named them; new ones are listed.
    assert re.search(r"^  mi7: .*'the 7th film'", summary, re.M)
    assert re.search(r"^  tom-cruise: 'tom cruise'", summary, re.M)
    assert "New entities: esai-morales (person)." in summary
    assert '[[entity]]\nid = "mi7"' not in draft and '[[entity]]\nid = "tom-cruise"' not in draft
    # "the seventh film is called X" makes X an alias of mi7; "X Part Two, the eighth
    # film" links to mi8; each with its evidence, in a [[link]] table.
    assert (
        '[[link]]\nid = "mi7"\naliases = ["Mission: Impossible - Dead Reckoning Part One"' in draft
    )
    assert '[[link]]\nid = "mi8"' in draft and "Dead Reckoning Part Two" in draft
    assert "the seventh film is called Mission: Impossible - Dead Reckoning Part One" in summary
    assert (
        "mi7 release date: the 2021-11-19 report is superseded by the 2022-05-23 report" in summary
    )
    engine = engine_for(facts_dir)
    assert text(engine, "when does mi7 come out") == (
        "As reported on 2022-05-23, after several delays, Dead Reckoning Part One will now be "
        "released on July 14, 2023. (earlier reported: November 19, 2021)"
    )
    assert "June 28, 2024" in text(engine, "when does dead reckoning part two come out")
    assert "July 14, 2023" in text(engine, "when is dead reckoning part 1 out?")
    original = text(engine, "what was mi7's original release date?")
    assert original.startswith("As reported on 2021-11-19") and "November 19, 2021" in original
    assert text(engine, "is mi7 still coming out on nov 19 2021").startswith(
        "No: as reported on 2022-05-23, "
    )
    assert "July 14, 2023" in engine.release("MI7").text
    # A moderator undoes a wrong link by deleting its table: the title is no longer MI7.
    report.draft.write_text(
        re.sub(r'\[\[link\]\]\nid = "mi7"\naliases = \[[^\]]*\]\n', "", draft), encoding="utf-8"
    )
    unlinked = engine_for(facts_dir)
    assert "dead reckoning part one" not in {a.lower() for a in unlinked.entities["mi7"].aliases}


def test_an_older_article_added_later_changes_no_current_answer(facts_dir: Path) -> None:
    build_draft(LATER, facts_dir)
    newer_only = engine_for(facts_dir)
    answers = {q: newer_only.answer(q).text for q in CURRENT_QUESTIONS}
    build_draft(EARLY, facts_dir)
    both = engine_for(facts_dir)
    for question, before in answers.items():
        after = both.answer(question).text
        # The same current report answers; at most the earlier one is mentioned beside it.
        assert after.startswith(before.split(" (earlier")[0]), (question, before, after)


def test_the_shipped_facts_alone_have_no_history(facts_dir: Path) -> None:
    history = History(load_facts(facts_dir))
    assert history.superseded() == []
    assert text(engine_for(facts_dir), "when does mi7 come out").startswith(
        "As reported on 2021-11-19, Paramount had dated Mission: Impossible 7 for November 19, 2021"
    )


def test_declines_name_the_films_of_the_franchise_asked_about(facts_dir: Path) -> None:
    build_draft(EARLY, facts_dir)
    engine = engine_for(facts_dir)
    mi = engine.answer("is keanu reeves in mi7")
    assert mi.kind == "unknown_entity" and "Glass Orchard" not in mi.text
    assert "Mission: Impossible 7" in mi.text
    glass = engine.answer("when does glass orchard 9 come out")
    assert glass.kind == "unknown_entity" and "Glass Orchard 2" in glass.text
    assert "Mission: Impossible" not in glass.text
    # Nothing to go on: the most recently reported films come first.
    other = engine.answer("when does the zorblax saga come out")
    assert "Glass Orchard 2" in other.text.split("I know about")[-1].split(",")[0]


async def test_reload_status_and_sources_show_moderators_what_changed(
    service: Service, facts_dir: Path, moderator: Requester, member: Requester
) -> None:
    build_draft(MI_FOLLOWUP, facts_dir)
    reload = await service.facts_reload(moderator)
    line = "mi7 release date: the 2021-11-19 report is superseded by the 2022-05-23 report"
    assert line in reload.plain()
    status = await service.facts_status(moderator)
    assert "Superseded by newer reports" in status.plain() and line in status.plain()
    sources = (await service.command(moderator, "/facts sources")).plain()
    first, second = [s for s in sources.splitlines() if ".txt (" in s][:2]
    assert first.startswith("mi-followup-article.txt (2022-05-23): ") and "mi7" in first
    assert second.startswith("mi7-article.txt (2021-11-19): ")
    refused = await service.facts_sources(member)
    assert refused.kind.value == "refused" and "Only moderators" in refused.plain()


def test_a_history_built_on_the_previous_one_equals_one_built_afresh(facts_dir: Path) -> None:
    """A reload reuses what History knew of the facts it kept; nothing else may differ."""
    build_draft(EARLY, facts_dir)
    first = load_facts(facts_dir)
    before = History(first)
    build_draft(LATER, facts_dir)
    second = load_facts(facts_dir)
    # The kept facts as the reloading service has them: the very same objects.
    kept = {f.id: f for f in first.facts}
    shared = replace(
        second, facts=tuple(kept[f.id] if kept.get(f.id) == f else f for f in second.facts)
    )
    assert any(f is kept.get(f.id) for f in shared.facts)
    reused, fresh = History(shared, before), History(shared)
    assert reused.chains == fresh.chains and reused.keys == fresh.keys
    assert reused.latest == fresh.latest
    assert reused.superseded() == fresh.superseded() != []
    assert [s.describe() for s in newly_superseded(before, reused)] == [
        s.describe() for s in fresh.superseded() if s not in before.superseded()
    ]
