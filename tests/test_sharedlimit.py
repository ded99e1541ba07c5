"""Rate limits counted in the store (FRANCHISE_BOT_RATE_SCOPE=store), through the real
service: two services on one store stand for two worker processes."""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Settings
from bot.ratelimit import Verdict
from bot.replies import ReplyKind, Requester
from bot.service import Service

QUESTION = "when does mi7 come out"


@pytest.fixture
def shared(settings: Settings, tmp_path: Path) -> Settings:
    return replace(settings, rate_scope="store", rate_limit=3, db=f"memory://{tmp_path.name}")


async def test_two_services_on_one_store_share_a_users_limit(shared: Settings) -> None:
    now = [1000.0]
    one = await Service.open(shared, clock=lambda: now[0])
    two = await Service.open(shared, clock=lambda: now[0])
    try:
        fan = Requester("slack", "UFAN1")
        kinds = [(await (one, two)[n % 2].ask(fan, QUESTION)).kind for n in range(6)]
        assert kinds == [ReplyKind.ANSWER] * 3 + [ReplyKind.RATE_LIMITED] + [ReplyKind.SILENCED] * 2
        limited = await two.ask(fan, QUESTION)
        assert limited.kind is ReplyKind.SILENCED
        # Another fan is unaffected; the fan is answered again once the window closed.
        assert (await one.ask(Requester("slack", "UFAN2"), QUESTION)).kind is ReplyKind.ANSWER
        now[0] += 30.0
        assert (await two.ask(fan, QUESTION)).kind is ReplyKind.ANSWER
    finally:
        await one.close()
        await two.close()


async def test_a_flood_is_refused_without_store_work(shared: Settings) -> None:
    service = await Service.open(shared)
    try:
        flooder = Requester("slack", "UFLOOD")
        kinds = [(await service.ask(flooder, QUESTION)).kind for _ in range(200)]
        assert kinds.count(ReplyKind.ANSWER) == 3
        assert kinds.count(ReplyKind.RATE_LIMITED) == 1
        # The store counted the 3 answered and the one told, no more: counted once more
        # with a limit of 4, this is the first question over it.
        decision = await service.store.rate_check(
            "slack:UFLOOD", limit=4, window_s=30, now=time.time()
        )
        assert decision.verdict is Verdict.NOTICE
    finally:
        await service.close()


async def test_without_the_store_each_process_counts_alone(
    shared: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    service = await Service.open(shared)
    try:
        await service.store.close()  # the store goes away under the running service
        fan = Requester("slack", "UFAN1")
        kinds = [(await service.ask(fan, QUESTION)).kind for _ in range(5)]
        # Still limited, by this process's own count, and said once, as a sentence.
        assert kinds == [ReplyKind.ANSWER] * 3 + [ReplyKind.RATE_LIMITED, ReplyKind.SILENCED]
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert len([r for r in warnings if "counted by this process alone" in r.message]) == 1
        assert all(r.exc_info is None for r in caplog.records)
    finally:
        await service.close()
