"""Moderators finding what the bot knows (issue 14): /facts list, show, search, audit and
unanswered, in chat, on a real SQLite store with the test facts; /facts status after a
refused reload; a start-up that stores edited files says so."""

from __future__ import annotations

import logging
import re
import time
from datetime import date
from pathlib import Path

import pytest
from moderator_edits import VENICE_FILE

from bot.audit import AUDIT_CHECKS, audit
from bot.browse import FactFilter, one_line
from bot.config import Settings
from bot.engine import Engine
from bot.lookup import MESSAGE_BUDGET
from bot.models import Entity, EntityKind, Fact, FactSet, Source
from bot.replies import Reply, ReplyKind, Requester
from bot.service import Service
from bot.unanswered import QUESTION_WIDTH, LimitError, parse_limit, similarity_key

DUPLICATE_ID = VENICE_FILE.replace('id = "mi7-venice"', 'id = "mi7-director"')
# One moment shown one way: "2026-12-01 10:38:49 UTC".
STAMP = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC"


async def typed(service: Service, who: Requester, text: str) -> Reply:
    return await service.command(who, text)


# ----------------------------------------------------------------------------- list


async def test_list_filters_by_film_topic_and_source_one_line_each(
    service: Service, moderator: Requester
) -> None:
    reply = await typed(service, moderator, "/facts list film:MI8 topic:release_date")
    assert reply.kind is ReplyKind.INFO
    head, *lines = reply.text.splitlines()
    assert head.startswith("2 facts (film 'MI8', topic 'release_date')")
    assert [line.split()[0] for line in lines] == ["mi8-release-date", "sequels-release-dates"]
    assert all(len(line) <= 2 + 100 for line in lines)
    bare = await typed(service, moderator, "/facts list mission impossible 8")  # a film
    assert "mi8-production-start" in bare.text and "mi7-director" not in bare.text
    by_source = await typed(service, moderator, "/facts list source:mi7-article")
    assert by_source.text.startswith("45 facts")


async def test_list_says_what_there_is_when_a_filter_matches_nothing(
    service: Service, moderator: Requester
) -> None:
    film = await typed(service, moderator, "/facts list film:Dune 3")
    assert film.kind is ReplyKind.ERROR
    assert "No film is called 'Dune 3'; the films are: " in film.text
    assert "Mission: Impossible 7" in film.text
    topic = await typed(service, moderator, "/facts list topic:budget")
    assert "No fact has the topic 'budget'; the topics are: director," in topic.text
    source = await typed(service, moderator, "/facts list source:variety.txt")
    assert "the sources are: mi7-article.txt." in source.text


async def test_a_long_list_fits_in_one_chat_message(service: Service, moderator: Requester) -> None:
    reply = await typed(service, moderator, "/facts list")
    assert len(reply.text) <= MESSAGE_BUDGET
    assert re.search(r"… \d+ more lines: narrow with film:", reply.text)


def test_filter_reads_keys_up_to_the_next_key() -> None:
    wanted = FactFilter.parse("film: mission impossible 7 topic=release date source:x.txt")
    assert wanted == FactFilter("mission impossible 7", "release date", "x.txt")
    assert FactFilter.parse("MI7") == FactFilter(film="MI7")


# ----------------------------------------------------------------------------- show


async def test_show_gives_one_fact_in_full(service: Service, moderator: Requester) -> None:
    reply = await typed(service, moderator, "/facts show mi7-release-date")
    assert reply.kind is ReplyKind.INFO
    text = reply.text
    assert text.startswith("mi7-release-date: mission-impossible.toml:")
    assert "Topic: release_date, time-sensitive" in text
    assert "About: Mission: Impossible 7 (mi7), Paramount (paramount)" in text
    assert "The bot says: As reported on 2021-11-19, Paramount had dated" in text
    assert "Source: mi7-article.txt (2021-11-19): “Paramount has dated" in text
    assert "Questions: When does MI7 come out?" in text


async def test_show_suggests_ids_for_a_typo(service: Service, moderator: Requester) -> None:
    reply = await typed(service, moderator, "/facts show mi7-directer")
    assert reply.kind is ReplyKind.ERROR
    assert "No fact has the id 'mi7-directer'. Did you mean mi7-director" in reply.text
    empty = await typed(service, moderator, "/facts show")
    assert empty.kind is ReplyKind.ERROR and "facts show ID" in empty.text


async def test_show_names_what_supersedes_a_fact(settings: Settings, facts_dir: Path) -> None:
    (facts_dir / "later.toml").write_text(
        VENICE_FILE.replace("mi7-venice", "mi7-date-2022")
        .replace('"filming_location"', '"release_date"')
        .replace("filmed in Venice", "is out on July 14, 2023")
        .replace("Mission: Impossible 7 for a while now", "Dead Reckoning Part One will now")
        .replace("mi7-article.txt", "mi7-update.txt")
        + "time_sensitive = true\n",
        encoding="utf-8",
    )
    (facts_dir / "sources" / "mi7-update.txt").write_text(
        "date 2022-05-23\n\nDead Reckoning Part One will now be released on July 14, 2023.\n",
        encoding="utf-8",
    )
    service = await Service.open(settings)
    try:
        moderator = Requester("test", "m", is_moderator=True)
        shown = await typed(service, moderator, "/facts show mi7-release-date")
        assert "Superseded: mi7 release date: the 2021-11-19 report is superseded" in shown.text
        assert "(mi7-date-2022)" in shown.text
        audited = await typed(service, moderator, "/facts audit")
        assert "Superseded (1): kept for history questions only" in audited.text
    finally:
        await service.close()


# ----------------------------------------------------------------------------- search


async def test_search_ranks_with_the_engine_and_says_what_it_would_answer(
    service: Service, moderator: Requester
) -> None:
    reply = await typed(service, moderator, "/facts search who directs mi7")
    head, first, *_ = reply.text.splitlines()
    assert head.startswith("Asked as a question, the bot answers from mi7-director.")
    assert first.split()[1] == "mi7-director"
    # The engine's answer and the first hit agree: one matcher, not two.
    assert service.engine.answer("who directs mi7").facts[0] == "mi7-director"
    nothing = await typed(service, moderator, "/facts search zebra quagga")
    assert "No fact matches 'zebra quagga'. Asked as a question, the bot declines it." in (
        nothing.text
    )


async def test_look_ups_are_for_moderators_only(service: Service, member: Requester) -> None:
    for command in ("list", "show mi7-director", "search mi7", "audit", "unanswered"):
        reply = await typed(service, member, f"/facts {command}")
        assert reply.kind is ReplyKind.REFUSED, command


# ----------------------------------------------------------------------------- audit


def test_audit_finds_each_kind_of_problem(engine: Engine) -> None:
    facts = engine.facts
    lonely = Entity("lonely", EntityKind.PERSON, "Lonely Person")
    undated = Source("mi7-article.txt", "q", None)
    bare = Fact("bare", "release_date", "Soon.", ("mi7",), undated, time_sensitive=True)
    more = Engine(FactSet((*facts.facts, bare), (*facts.entities, lonely)), 2)
    report = audit(more, date(2026, 12, 1), limit=2)
    assert report.startswith("Fact version 2: 46 facts, 25 entities; 4 of 5 checks")
    assert "No example questions (1): curated facts" in report and "  bare (release_date" in report
    assert "Time-sensitive, over 365 days old (15)" in report and "… and 13 more" in report
    assert "Time-sensitive without a date (1)" in report
    assert "Entities no fact names (1)" in report and "lonely (person): Lonely Person" in report
    clean = audit(engine, date(2021, 12, 1), limit=None)
    assert clean.endswith(f"all {len(AUDIT_CHECKS)} checks found nothing to look at.")


async def test_audit_limit_in_chat(service: Service, moderator: Requester) -> None:
    two = await typed(service, moderator, "/facts audit 2")
    assert two.kind is ReplyKind.INFO and "… and 13 more" in two.text
    bad = await typed(service, moderator, "/facts audit lots")
    assert bad.kind is ReplyKind.ERROR
    assert bad.text == "The limit must be a whole number from 1 to 1000, not 'lots'."


# ----------------------------------------------------------------------------- unanswered


async def log(service: Service, question: str, times: int = 1) -> None:
    for _ in range(times):
        await service.store.log_question(
            platform="test", question=question, answered=False, confidence=0.0, fact_id=None
        )


async def test_unanswered_groups_similar_questions_one_line_each(
    service: Service, moderator: Requester
) -> None:
    await log(service, "Who composed the MI7 score?", 2)
    await log(service, "who composes the mi7 score", 1)
    await log(service, "the MI7 score: who composed it?", 1)
    await log(service, "when does dune 3 come out", 3)
    await log(service, "thanks!", 9)
    await log(service, "lol", 9)
    rant = "why " + "is this bot so useless and\nwhy can't it answer anything " * 20
    await log(service, rant, 1)
    reply = await typed(service, moderator, "/facts unanswered")
    head, *items = reply.text.splitlines()
    assert head == "8 unanswered questions in the last 30 days, 3 different; the 3 most asked:"
    assert items[0] == "  4× Who composed the MI7 score? (3 wordings)"
    assert items[1] == "  3× when does dune 3 come out"
    assert items[2].startswith("  1× why is this bot so useless") and items[2].endswith("…")
    assert len(items[2]) == len("  1× ") + QUESTION_WIDTH
    assert "thanks" not in reply.text and "lol" not in reply.text


async def test_unanswered_limit_from_chat(service: Service, moderator: Requester) -> None:
    for n in range(12):
        await log(service, f"who plays villain number {n} in mi7", n + 1)
    default = await typed(service, moderator, "/facts unanswered")
    assert len(default.text.splitlines()) == 1 + 10
    three = await typed(service, moderator, "/facts unanswered 3")
    assert three.text.splitlines()[1:] == [
        "  12× who plays villain number 11 in mi7",
        "  11× who plays villain number 10 in mi7",
        "  10× who plays villain number 9 in mi7",
    ]
    for bad in ("0", "-2", "ten", "51", "2.5"):
        reply = await typed(service, moderator, f"/facts unanswered {bad}")
        assert reply.kind is ReplyKind.ERROR
        assert reply.text == f"The limit must be a whole number from 1 to 50, not '{bad}'."


def test_parse_limit() -> None:
    assert parse_limit(None, default=10, maximum=50) == 10
    assert parse_limit(" 7 ", default=10, maximum=50) == 7
    with pytest.raises(LimitError, match="from 1 to 50, not 'x'"):
        parse_limit("x", default=10, maximum=50)


# ----------------------------------------------------------------------------- status


async def test_status_after_a_refused_reload_says_why_with_one_time_format(
    service: Service, facts_dir: Path, moderator: Requester
) -> None:
    (facts_dir / "dup.toml").write_text(DUPLICATE_ID, encoding="utf-8")
    refused = await typed(service, moderator, "/facts reload")
    assert refused.kind is ReplyKind.ERROR
    status = (await typed(service, moderator, "/facts status")).text
    last = next(line for line in status.splitlines() if line.startswith("Last reload:"))
    assert re.fullmatch(
        rf"Last reload: {STAMP} by test:mod-1 \(refused: \S+\.toml:\d+: fact id 'mi7-director' "
        r"is already used at \S+\.toml:\d+; ids must be unique\.\)\.",
        last,
    ), last
    # Every time in the status is written one way.
    times = re.findall(r"\d{4}-\d{2}-\d{2}[ T][\d:.+]+(?: UTC)?", status)
    assert len(times) == 2 and all(re.fullmatch(STAMP, t) for t in times), times


async def test_status_of_a_good_reload(
    service: Service, facts_dir: Path, moderator: Requester
) -> None:
    (facts_dir / "venice.toml").write_text(VENICE_FILE, encoding="utf-8")
    await typed(service, moderator, "/facts reload")
    status = (await typed(service, moderator, "/facts status")).text
    assert re.search(rf"Last reload: {STAMP} by test:mod-1 \(ok\)\.", status)


def test_one_line_flattens_and_clips() -> None:
    assert one_line("a\n\tb\x1b[31m c", 80) == "a b[31m c"
    assert one_line("x" * 10, 5) == "xxxx…"


# ----------------------------------------------------------------------------- start-up


async def test_a_start_that_stores_edited_files_says_so(
    settings: Settings, facts_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    first = await Service.open(settings)
    await first.close()
    (facts_dir / "venice.toml").write_text(VENICE_FILE, encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="bot"):
        service = await Service.open(settings)
    try:
        said = (
            "Facts changed on disk since the last reload: stored as version 2 (+1 -0 ~0) "
            f"from {facts_dir}."
        )
        assert [r.getMessage() for r in caplog.records].count(said) == 1
        assert said in service.startup_notes
        moderator = Requester("test", "m", is_moderator=True)
        assert said in (await service.facts_status(moderator)).text
        again = await service.facts_reload(moderator)  # +0: the start stored it already
        assert again.title == "Facts unchanged" and "(+0 -0 ~0)" in again.text
        assert "These files were stored as version 2 when a bot started (" in again.text
        assert "so there was nothing left to add" in again.text
        # a second reload: the last version was stored at a start, still; said again
        assert "when a bot started" in (await service.facts_reload(moderator)).text
    finally:
        await service.close()


async def test_an_unchanged_start_says_nothing(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    first = await Service.open(settings)
    await first.close()
    with caplog.at_level(logging.INFO, logger="bot"):
        service = await Service.open(settings)
    await service.close()
    assert not any("changed on disk" in r.getMessage() for r in caplog.records)


async def test_huge_typed_text_is_read_only_as_far_as_needed(
    service: Service, moderator: Requester
) -> None:
    junk = "film: " + "x " * 50_000
    for command in ("list", "show", "search", "audit", "unanswered"):
        started = time.perf_counter()
        reply = await typed(service, moderator, f"/facts {command} {junk}")
        assert time.perf_counter() - started < 5, command  # a guard against a hang, not a target
        assert len(reply.text) <= MESSAGE_BUDGET and "\n\n" not in reply.text, command


def test_questions_group_by_question_word_and_lemmas() -> None:
    assert similarity_key("Who directed MI8?") == similarity_key("mi8: who's directing")
    assert similarity_key("who directs mi8") != similarity_key("where does mi8 direct")


async def test_a_start_from_an_old_copy_of_the_files_rolls_nothing_back(
    settings: Settings, facts_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Two processes on one store: one started with new files stored version 2; another
    # started later from an old copy (last week's image) must serve version 2, not store
    # the old files as version 3.
    first = await Service.open(settings)
    await first.close()
    (facts_dir / "venice.toml").write_text(VENICE_FILE, encoding="utf-8")
    second = await Service.open(settings)
    assert second.version == 2
    await second.close()
    (facts_dir / "venice.toml").unlink()  # the old copy: version 1's files
    with caplog.at_level(logging.WARNING, logger="bot"):
        stale = await Service.open(settings)
    try:
        assert stale.version == 2
        moderator = Requester("test", "m", is_moderator=True)
        status = (await stale.facts_status(moderator)).text
        assert "Serving fact version 2" in status
        assert (
            f"The fact files in {facts_dir} are those of version 1, older than the newest "
            "stored version 2, so version 2 is served" in status
        )
        assert any("are those of version 1" in r.getMessage() for r in caplog.records)
        # a moderator who means it reloads from the directory deliberately
        back = await stale.facts_reload(moderator)
        assert stale.version == 3 and "-1" in back.text
    finally:
        await stale.close()
