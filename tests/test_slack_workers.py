"""Several Slack HTTP workers behind a load balancer: separate `franchise-bot run`
processes, each on its own loopback port, sharing one SQLite store file.

Signed requests from the fake Slack's users go to the workers in turn, as a round-robin
balancer would send them: both answer correctly. With FRANCHISE_BOT_RATE_SCOPE=store a
user's rate limit, counted in the store, holds across the two (3 questions in all); with
the default, each worker counts alone and allows 3 of its own (6 in all).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from fakes.slack_fake import BOT_USER_ID, TEAM_ID, FakeSlack
from slack_events import app_mention, event_callback, signed_json

from adapters.slack_http import EVENTS_PATH
from bot.config import Settings
from bot.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent
SIGNING_SECRET = "fake-signing-secret-0123456789"
FAN = "UFAN00001"
OTHER_FAN = "UFAN00002"
LIMIT = 3
START_TIMEOUT_S = 60.0  # two Python processes loading the facts on a busy test machine
MI7_RELEASE = "November 19, 2021"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Worker:
    """One `python -m bot run` process serving Slack over HTTP on 127.0.0.1."""

    def __init__(self, process: asyncio.subprocess.Process, port: int) -> None:
        self.process = process
        self.url = f"http://127.0.0.1:{port}{EVENTS_PATH}"

    async def ready(self, session: aiohttp.ClientSession) -> None:
        async with asyncio.timeout(START_TIMEOUT_S):
            while True:
                if self.process.returncode is not None:
                    _, err = await self.process.communicate()
                    pytest.fail(f"a worker stopped: {err.decode()[-2000:]}")
                with contextlib.suppress(aiohttp.ClientError):
                    async with session.get(self.url) as r:
                        if r.status == 405:  # up: the endpoint takes signed POSTs only
                            return
                await asyncio.sleep(0.1)

    async def stop(self) -> str:
        if self.process.returncode is None:
            self.process.terminate()
        try:
            async with asyncio.timeout(15):
                _, err = await self.process.communicate()
        except TimeoutError:
            self.process.kill()
            _, err = await self.process.communicate()
        return err.decode()


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    slack = await FakeSlack().start()
    try:
        yield slack
    finally:
        await slack.close()


@pytest.fixture
async def workers(
    request: pytest.FixtureRequest, fake: FakeSlack, facts_dir: Path, tmp_path: Path
) -> AsyncIterator[list[Worker]]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "DISCORD_", "FRANCHISE_BOT_"))
    }
    env = {
        **clean,
        "FRANCHISE_BOT_FACTS": str(facts_dir),
        "FRANCHISE_BOT_DB": str(tmp_path / "shared.db"),  # one store for both
        "FRANCHISE_BOT_RATE_LIMIT": str(LIMIT),
        "FRANCHISE_BOT_RATE_WINDOW": "600",
        "FRANCHISE_BOT_RATE_SCOPE": request.param,
        "SLACK_BOT_TOKEN": fake.bot_token,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_BASE_URL": fake.api_url,
        "SLACK_HOST": "127.0.0.1",
    }
    started = []
    for _ in range(2):
        port = free_port()
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            env={**env, "SLACK_PORT": str(port)},
            cwd=REPO,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        started.append(Worker(process, port))
    try:
        async with aiohttp.ClientSession() as session:
            await asyncio.gather(*(w.ready(session) for w in started))
        yield started
    finally:
        logs = [await w.stop() for w in started]
        for log in logs:
            assert "Traceback" not in log, log[-3000:]


async def mention(session: aiohttp.ClientSession, worker: Worker, user: str, text: str) -> None:
    """An app_mention event, signed as Slack signs it, to one worker."""
    body = event_callback(TEAM_ID, BOT_USER_ID, app_mention(TEAM_ID, BOT_USER_ID, user, text))
    headers = signed_json(body, SIGNING_SECRET)
    async with session.post(worker.url, data=body, headers=headers) as r:
        assert r.status == 200, await r.text()


@pytest.mark.parametrize("workers", ["store"], indirect=True)
async def test_two_workers_answer_in_turn_and_share_each_users_rate_limit(
    workers: list[Worker], fake: FakeSlack
) -> None:
    async with aiohttp.ClientSession() as session:
        # Round robin: the fan's questions alternate between the two workers.
        for n in range(LIMIT):
            await mention(session, workers[n % 2], FAN, "when is MI7 out?")
            answer = await fake.next_call("chat.postMessage", timeout=20)
            assert MI7_RELEASE in answer.data["text"], answer.data["text"]
        # The next one, on whichever worker, is over the shared limit: one notice, privately.
        await mention(session, workers[LIMIT % 2], FAN, "when is MI7 out?")
        notice = await fake.next_call("chat.postEphemeral", timeout=20)
        assert notice.data["user"] == FAN
        assert "faster than I can keep up" in notice.data["text"]
        # Then silence on both workers, while another fan is still answered by both (each
        # answer comes after the silenced mention sent to the same worker just before it).
        for n in range(2):
            await mention(session, workers[n % 2], FAN, "when is MI7 out?")
            await mention(session, workers[n % 2], OTHER_FAN, "when is MI7 out?")
            answer = await fake.next_call("chat.postMessage", timeout=20)
            assert MI7_RELEASE in answer.data["text"]
    assert len(fake.calls_to("chat.postMessage")) == LIMIT + 2
    assert len(fake.calls_to("chat.postEphemeral")) == 1


@pytest.mark.parametrize("workers", ["process"], indirect=True)
async def test_counted_per_process_each_worker_allows_the_limit(
    workers: list[Worker], fake: FakeSlack
) -> None:
    """The default, documented: behind N round-robin workers a user gets N times the limit."""
    async with aiohttp.ClientSession() as session:
        for n in range(2 * LIMIT):
            await mention(session, workers[n % 2], FAN, "when is MI7 out?")
            answer = await fake.next_call("chat.postMessage", timeout=20)
            assert MI7_RELEASE in answer.data["text"]
        await mention(session, workers[0], FAN, "when is MI7 out?")
        notice = await fake.next_call("chat.postEphemeral", timeout=20)
        assert "faster than I can keep up" in notice.data["text"]


def test_the_rate_scope_setting_is_checked() -> None:
    assert Settings.from_env({}).rate_scope == "process"
    assert Settings.from_env({"FRANCHISE_BOT_RATE_SCOPE": "Store"}).rate_scope == "store"
    with pytest.raises(ConfigError, match="'FRANCHISE_BOT_RATE_SCOPE' must be process or store"):
        Settings.from_env({"FRANCHISE_BOT_RATE_SCOPE": "cluster"})
