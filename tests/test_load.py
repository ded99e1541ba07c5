"""10,000 questions from 500 fans at once through the real service, with reloads in between.

A reload every 1,000 questions (every third one a broken fact file) while fans keep asking.
Checked afterwards, as an auditor would: no errors; every question answered or declined;
the question log holds exactly the questions that were answered or declined, no more, no
fewer; every answer is what its fact version says (never half old, half new); broken reloads
changed nothing; fans over the rate limit got one notice per window, then silence.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import logging
import statistics
import time
from collections import Counter
from pathlib import Path

import pytest

from bot.config import Settings
from bot.models import Answer
from bot.replies import Reply, ReplyKind, Requester
from bot.service import Service
from bot.store import Store

USERS = 500
HEAVY_USERS = 20  # fans who go over the rate limit, twice
LIMIT = 25  # questions per fan ...
WINDOW_S = 60.0  # ... per window
QUESTIONS_PER_FAN = 18  # under the limit
BURST = LIMIT + 9  # a heavy fan's questions per window: 25 answered, 1 notice, 8 silenced
BURSTS = 2
TOTAL = (USERS - HEAVY_USERS) * QUESTIONS_PER_FAN + HEAVY_USERS * BURSTS * BURST
RELOAD_EVERY = 1000
RELOADS = TOTAL // RELOAD_EVERY - 1  # at questions 1,000 ... 9,000
assert TOTAL == 10_000 and RELOADS == 9

MARKER_FILE = """source = "mi7-article.txt"

[[entity]]
id = "load-desk"
kind = "org"
name = "Load Test Desk"

[[fact]]
id = "load-marker"
topic = "trivia"
about = ["load-desk"]
answer = "The Load Test Desk reports version marker {marker}."
quote = "Mission: Impossible 7"
questions = ["What is the version marker of the Load Test Desk?"]
"""
BROKEN_FILE = """source = "mi7-article.txt"
[[fact]]
id = "oops"
topic = "release_date"
about = ["mi7"]
answer = "MI7 is out in 2031."
quote = "not in the article"
"""

MARKER_QUESTIONS = (
    "What is the version marker of the Load Test Desk?",
    "what marker does the load test desk report",
    "load test desk marker?",
)
OTHER_QUESTIONS = (
    "when does mi7 come out",
    "who's returning for MI7?",
    "who directs mi7",
    "who plays ethan hunt",
    "when does dune 3 come out",
)


def question_for(user: int, n: int) -> str:
    pick = (user * 7 + n) % 8
    if pick < 2:
        return MARKER_QUESTIONS[(user + n) % len(MARKER_QUESTIONS)]
    if pick < 7:
        return OTHER_QUESTIONS[(user + n) % len(OTHER_QUESTIONS)]
    return f"what is fan u{user}'s favourite snack, question {n}"  # asked once, ever


@dataclasses.dataclass
class Asked:
    user: int
    question: str
    reply: Reply
    served_before: int | None  # the version being served when the question arrived
    served_after: int | None  # ... and when its reply went out
    during_reload: bool  # a moderator's reload was under way when the question arrived
    seconds: float


def write_marker(facts_dir: Path, marker: int) -> None:
    text = MARKER_FILE.format(marker=marker)
    (facts_dir / "marker.toml").write_text(text, encoding="utf-8")


def log_row(asked: Asked) -> tuple[str, bool, str | None]:
    answer = asked.reply.answer
    assert answer is not None
    return asked.question, answer.answered, answer.facts[0] if answer.facts else None


async def test_ten_thousand_questions_from_500_fans_with_reloads(
    settings: Settings,
    facts_dir: Path,
    moderator: Requester,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    write_marker(facts_dir, 0)
    settings = dataclasses.replace(settings, rate_limit=LIMIT, rate_window_s=WINDOW_S)
    now = [0.0]
    service = await Service.open(settings, clock=lambda: now[0])  # the machine's edge

    assert service.version is not None
    markers = {service.version: 0}  # fact version -> the marker its facts say
    engines = {service.version: service.engine}
    asked: list[Asked] = []
    tickets = itertools.count()
    reload_due: asyncio.Queue[int] = asyncio.Queue()
    reload_ms: list[float] = []
    windows = [asyncio.Event() for _ in range(BURSTS)]
    windows[0].set()
    done_with_window = [0] * BURSTS
    reloading = [False]

    async def ask(user: int, question: str) -> None:
        ticket = next(tickets)
        if ticket and ticket % RELOAD_EVERY == 0:
            reload_due.put_nowait(ticket // RELOAD_EVERY)
        who = Requester("discord", f"u{user}")
        before, during_reload = service.version, reloading[0]
        started = time.perf_counter()
        reply = await service.ask(who, question)
        seconds = time.perf_counter() - started
        asked.append(Asked(user, question, reply, before, service.version, during_reload, seconds))
        await asyncio.sleep(0)  # a fan's next message arrives later

    async def fan(user: int) -> None:
        for n in range(QUESTIONS_PER_FAN):
            await ask(user, question_for(user, n))

    async def heavy_fan(user: int) -> None:
        for burst in range(BURSTS):
            await windows[burst].wait()
            for n in range(BURST):
                await ask(user, question_for(user, burst * BURST + n))
            done_with_window[burst] += 1
            if done_with_window[burst] == HEAVY_USERS and burst + 1 < BURSTS:
                now[0] += 2 * WINDOW_S  # every heavy fan's window has passed
                windows[burst + 1].set()

    async def moderator_reloads() -> None:
        for number in range(1, RELOADS + 1):
            assert await reload_due.get() == number
            before = service.version
            broken = number % 3 == 0
            if broken:
                (facts_dir / "broken.toml").write_text(BROKEN_FILE, encoding="utf-8")
            else:
                write_marker(facts_dir, number)
            started = time.perf_counter()
            reloading[0] = True
            reply = await service.facts_reload(moderator)
            reloading[0] = False
            reload_ms.append((time.perf_counter() - started) * 1000)
            if broken:
                (facts_dir / "broken.toml").unlink()
                assert reply.kind is ReplyKind.ERROR, reply.text
                assert "broken.toml" in reply.text and "still serving" in reply.text
                assert service.version == before
            else:
                assert reply.kind is ReplyKind.INFO, reply.text
                assert "(+0 -0 ~1)" in reply.text, reply.text
                assert before is not None and service.version == before + 1
                markers[service.version] = number
                engines[service.version] = service.engine

    heavy = set(range(0, USERS, USERS // HEAVY_USERS))
    assert len(heavy) == HEAVY_USERS
    started = time.perf_counter()
    try:
        await asyncio.gather(
            moderator_reloads(),
            *(heavy_fan(u) if u in heavy else fan(u) for u in range(USERS)),
        )
        elapsed = time.perf_counter() - started
    finally:
        await service.close()  # also waits for question-log rows still being written

    # ---- nothing went wrong, and everyone got a reply
    assert len(asked) == TOTAL
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    replied = Counter(a.reply.kind for a in asked)
    assert set(replied) == {
        ReplyKind.ANSWER,
        ReplyKind.DECLINE,
        ReplyKind.RATE_LIMITED,
        ReplyKind.SILENCED,
    }
    assert len(markers) == RELOADS - RELOADS // 3 + 1  # six good reloads, three refused

    # ---- the rate limit: one notice per window, then silence; other fans never limited
    by_user: dict[int, list[ReplyKind]] = {}
    for a in asked:
        by_user.setdefault(a.user, []).append(a.reply.kind)
    answered_kinds = {ReplyKind.ANSWER, ReplyKind.DECLINE}
    for user, kinds in by_user.items():
        if user not in heavy:
            assert len(kinds) == QUESTIONS_PER_FAN and set(kinds) <= answered_kinds
            continue
        assert len(kinds) == BURSTS * BURST
        for burst in range(BURSTS):
            window = kinds[burst * BURST : (burst + 1) * BURST]
            assert set(window[:LIMIT]) <= answered_kinds
            assert window[LIMIT] is ReplyKind.RATE_LIMITED
            assert window[LIMIT + 1 :] == [ReplyKind.SILENCED] * (BURST - LIMIT - 1)
    limited = HEAVY_USERS * BURSTS * (BURST - LIMIT)
    assert replied[ReplyKind.RATE_LIMITED] + replied[ReplyKind.SILENCED] == limited

    # ---- every answer came whole from one version that was being served at the time
    expected: dict[tuple[int, str], Answer] = {}
    answers = [a for a in asked if a.reply.kind in answered_kinds]
    for a in answers:
        version = a.reply.version
        assert version in engines, f"version {version} was never served"
        assert a.served_before is not None and a.served_after is not None
        assert a.served_before <= version <= a.served_after
        if (version, a.question) not in expected:
            expected[version, a.question] = engines[version].answer(a.question)
        assert a.reply.answer == expected[version, a.question], (version, a.question)
        if a.question in MARKER_QUESTIONS:
            assert a.reply.kind is ReplyKind.ANSWER
            assert f"version marker {markers[version]}." in a.reply.text, (version, a.reply.text)
    during_reloads = sum(1 for a in answers if a.during_reload)
    assert during_reloads > 0  # fans really were asking while the reloads ran
    in_flight = sum(1 for a in answers if a.served_before != a.served_after)
    served = Counter(a.reply.version for a in answers)
    assert set(served) == set(engines)  # every version answered someone

    # ---- the question log: exactly the answered and declined questions, once each
    store = await Store.open(settings.db_path)
    try:
        assert await store.question_count() == len(answers)
        logged = await store.recent_questions(limit=2 * TOTAL)
        audit = await store.recent_reloads(RELOADS + 1)
    finally:
        await store.close()
    assert Counter((q.question, q.answered, q.fact_id) for q in logged) == Counter(
        log_row(a) for a in answers
    )
    assert {q.platform for q in logged} == {"discord"}
    moderated = [e for e in audit if e.who == f"{moderator.platform}:{moderator.user_id}"]
    assert [e.ok for e in reversed(moderated)] == [n % 3 != 0 for n in range(1, RELOADS + 1)]

    latencies = sorted(a.seconds for a in asked)
    print(
        f"\n{TOTAL} questions from {USERS} fans in {elapsed:.1f} s "
        f"({TOTAL / elapsed:,.0f} questions/s); reply latency p50 "
        f"{statistics.median(latencies) * 1000:.1f} ms, p99 "
        f"{latencies[int(0.99 * len(latencies))] * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms; "
        f"{len(answers)} logged, {replied[ReplyKind.RATE_LIMITED]} rate-limit notices, "
        f"{replied[ReplyKind.SILENCED]} silenced; {during_reloads} answered during reloads, "
        f"{in_flight} of them across the swap; "
        f"reloads {', '.join(f'{ms:.0f}' for ms in reload_ms)} ms; versions served {dict(served)}"
    )
