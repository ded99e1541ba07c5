"""Health and metrics over HTTP: what an orchestrator's probes and a Prometheus scrape see.

A real aiohttp server on 127.0.0.1 in front of a real service on a SQLite file; store
faults are real (the file removed or overwritten), as in test_store_faults.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import random
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from fakes.slack_fake import FakeSlack
from moderator_edits import PEGG_CONAN_FILE
from prometheus_client.parser import text_string_to_metric_families

from adapters.ops_http import OpsEndpoint, OpsServer, add_ops_routes, start_ops_http
from adapters.slack_app import serve as serve_slack
from adapters.slack_setup import SlackSettings
from bot.config import Secret, Settings
from bot.errors import ConfigError
from bot.replies import ReplyKind, Requester
from bot.service import Service

# The metric names a dashboard is built on: renaming one breaks it.
QUESTIONS = "franchise_bot_questions_total"
LATENCY_COUNT = "franchise_bot_answer_seconds_count"
RELOADS = "franchise_bot_reloads_total"
VERSION = "franchise_bot_fact_version"
STORE_ERRORS = "franchise_bot_store_errors_total"
NOTICES = "franchise_bot_rate_limit_notices_total"


def metric(text: str, name: str, **labels: str) -> float:
    """One sample of a scrape, as Prometheus parses it; 0 when absent."""
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and sample.labels == labels:
                return float(sample.value)
    return 0.0


def base_url(runner: web.BaseRunner) -> str:
    host, port = next(a for a in runner.addresses if isinstance(a, tuple))[:2]
    return f"http://{host}:{port}"


@pytest.fixture
async def service(settings: Settings) -> AsyncIterator[Service]:
    """A bot that has run before, so its store file is checkpointed (no longer all in the
    WAL), as a store that has served for a while is: a fault on the file then shows."""
    await (await Service.open(settings)).close()
    served = await Service.open(settings)
    try:
        yield served
    finally:
        await served.close()


@pytest.fixture
async def ops(service: Service) -> AsyncIterator[str]:
    """The ops server of `service` on a free loopback port; yields its base URL."""
    runner = await start_ops_http(service, "127.0.0.1", 0)
    try:
        yield base_url(runner)
    finally:
        await runner.cleanup()


async def get(url: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        return response.status, await response.text(), response.headers.get("Content-Type", "")


async def scrape(url: str) -> str:
    status, text, content_type = await get(f"{url}/metrics")
    assert status == 200
    assert content_type.startswith("text/plain; version=")  # Prometheus text format
    return text


async def test_healthz_and_readyz_say_ok_when_the_facts_are_loaded(
    ops: str, service: Service
) -> None:
    assert await get(f"{ops}/healthz") == (200, "ok\n", "text/plain; charset=utf-8")
    status, text, _ = await get(f"{ops}/readyz")
    assert (status, text) == (200, f"ready: fact version {service.version}\n")
    assert (await get(f"{ops}/nothing-here"))[0] == 404
    async with aiohttp.ClientSession() as http, http.post(f"{ops}/metrics") as response:
        assert response.status == 405


@pytest.mark.parametrize("fault", ["deleted", "corrupted"])
async def test_readyz_is_503_with_the_reason_when_the_store_breaks(
    fault: str, ops: str, service: Service, settings: Settings
) -> None:
    db = settings.db_path
    if fault == "deleted":
        db.unlink()  # `rm franchise-bot.db` under a running bot
    else:
        size = db.stat().st_size
        with open(db, "r+b") as file:  # overwritten in place, as a stray `dd` would
            file.write(random.Random(3).randbytes(size))
    status, text, _ = await get(f"{ops}/readyz")
    assert status == 503
    assert text.startswith("not ready: ") and text.count("\n") == 1, text
    assert str(db) in text and ("deleted" if fault == "deleted" else "corrupt") in text, text
    # Still alive: the answers come from memory, so the orchestrator must not restart it.
    assert (await get(f"{ops}/healthz"))[0] == 200
    answer = await service.ask(Requester("discord", "fan"), "when does mi7 come out")
    assert answer.kind is ReplyKind.ANSWER


async def test_readyz_looks_again_once_its_answer_is_a_second_old(
    service: Service, settings: Settings
) -> None:
    now = [0.0]
    endpoint = OpsEndpoint(service, clock=lambda: now[0])
    assert (await endpoint.readyz()).status == 200
    settings.db_path.unlink()
    now[0] = 0.9
    assert (await endpoint.readyz()).status == 200  # a burst of probes costs one check
    now[0] = 1.0
    assert (await endpoint.readyz()).status == 503


async def test_metrics_count_questions_by_platform_and_outcome(ops: str, service: Service) -> None:
    discord, slack = Requester("discord", "fan-1"), Requester("slack", "U0FAN")
    assert (await service.ask(discord, "when does mi7 come out")).kind is ReplyKind.ANSWER
    assert (await service.ask(discord, "who plays ethan hunt")).kind is ReplyKind.ANSWER
    assert (await service.ask(slack, "when does dune 3 come out")).kind is ReplyKind.DECLINE
    await service.ask(slack, "thanks!")
    await service.release(slack, "MI7")
    await service.command(discord, "/cast MI7")
    await service.facts_status(Requester("discord", "mod", is_moderator=True))  # not a question

    text = await scrape(ops)
    assert metric(text, QUESTIONS, platform="discord", outcome="answered") == 3
    assert metric(text, QUESTIONS, platform="slack", outcome="declined") == 1
    assert metric(text, QUESTIONS, platform="slack", outcome="smalltalk") == 1
    assert metric(text, QUESTIONS, platform="slack", outcome="answered") == 1
    assert metric(text, LATENCY_COUNT) == 6  # every one timed
    assert 0 < metric(text, "franchise_bot_answer_seconds_sum") < 6
    assert metric(text, "franchise_bot_answer_seconds_bucket", le="+Inf") == 6


async def test_metrics_count_reloads_by_result_and_the_version_follows(
    ops: str, service: Service, facts_dir: Path, moderator: Requester, settings: Settings
) -> None:
    first = service.version
    assert first is not None
    assert metric(await scrape(ops), VERSION) == first

    (facts_dir / "extra.toml").write_text(PEGG_CONAN_FILE, encoding="utf-8")
    assert (await service.facts_reload(moderator)).title == "Facts reloaded"
    (facts_dir / "broken.toml").write_text("[[fact]]\nid = 3\n", encoding="utf-8")
    assert (await service.facts_reload(moderator)).title == "Reload refused"
    (facts_dir / "broken.toml").unlink()
    assert (await service.facts_reload(moderator)).title == "Facts unchanged"

    text = await scrape(ops)
    assert metric(text, RELOADS, result="ok") == 1
    assert metric(text, RELOADS, result="refused") == 1
    assert metric(text, RELOADS, result="unchanged") == 1
    assert metric(text, VERSION) == first + 1

    # A reload by another process: this one swaps to it, and the gauge says so.
    (facts_dir / "extra.toml").unlink()
    other = await Service.open(settings, sync_facts_dir=False)
    try:
        await other.reload()
    finally:
        await other.close()
    assert await service.sync_with_store()
    text = await scrape(ops)
    assert metric(text, VERSION) == first + 2
    assert metric(text, RELOADS, result="ok") == 1  # counted where it was asked, not here


async def test_metrics_count_store_errors_and_a_reload_the_store_could_not_keep(
    ops: str, service: Service, settings: Settings, facts_dir: Path, moderator: Requester
) -> None:
    assert metric(await scrape(ops), STORE_ERRORS) == 0
    await get(f"{ops}/readyz")  # a probe is not an error of the bot's
    settings.db_path.unlink()
    for n in range(3):
        await service.ask(Requester("discord", f"fan-{n}"), "who plays ethan hunt")
    (facts_dir / "extra.toml").write_text(PEGG_CONAN_FILE, encoding="utf-8")
    assert "served from memory only" in (await service.facts_reload(moderator)).text

    text = await scrape(ops)
    assert metric(text, STORE_ERRORS) >= 4  # three question-log rows and the save
    assert metric(text, RELOADS, result="failed") == 1
    assert metric(text, VERSION) == 0  # the facts served have no stored version


async def test_metrics_count_rate_limit_notices(tmp_path: Path, facts_dir: Path) -> None:
    settings = Settings.from_env(
        {
            "FRANCHISE_BOT_FACTS": str(facts_dir),
            "FRANCHISE_BOT_DB": str(tmp_path / "store.db"),
            "FRANCHISE_BOT_RATE_LIMIT": "2",
        }
    )
    service = await Service.open(settings)
    runner = await start_ops_http(service, "127.0.0.1", 0)
    try:
        fan = Requester("slack", "U0FAST")
        kinds = [(await service.ask(fan, "when does mi7 come out")).kind for _ in range(4)]
        assert kinds == [ReplyKind.ANSWER] * 2 + [ReplyKind.RATE_LIMITED, ReplyKind.SILENCED]
        text = await scrape(base_url(runner))
    finally:
        await runner.cleanup()
        await service.close()
    assert metric(text, NOTICES, platform="slack") == 1
    assert metric(text, QUESTIONS, platform="slack", outcome="rate_limited") == 1
    assert metric(text, QUESTIONS, platform="slack", outcome="silenced") == 1
    assert metric(text, LATENCY_COUNT) == 2  # only what the engine answered is timed


async def test_two_services_in_one_process_count_apart(settings: Settings) -> None:
    first = await Service.open(settings)
    second = await Service.open(settings)
    try:
        await first.ask(Requester("discord", "fan"), "who plays ethan hunt")
        one = first.metrics.exposition().decode()
        other = second.metrics.exposition().decode()
    finally:
        await first.close()
        await second.close()
    assert metric(one, QUESTIONS, platform="discord", outcome="answered") == 1
    assert metric(other, QUESTIONS, platform="discord", outcome="answered") == 0


async def test_ops_routes_added_to_an_existing_app(service: Service) -> None:
    """How a server with its own routes (an aiohttp Application) shares its port."""

    async def own(_request: web.Request) -> web.Response:
        return web.Response(text="its own route")

    app = web.Application()
    app.router.add_get("/own", own)
    add_ops_routes(app, service)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        url = base_url(runner)
        assert (await get(f"{url}/own"))[:2] == (200, "its own route")
        assert (await get(f"{url}/healthz"))[:2] == (200, "ok\n")
        assert (await get(f"{url}/readyz"))[0] == 200
        assert "franchise_bot_questions" in await scrape(url)
    finally:
        await runner.cleanup()


# ----------------------------------------------------------------------------- Slack's port


def slack_http_env(port: int) -> dict[str, str]:
    return {
        "SLACK_BOT_TOKEN": "xoxb-fake",
        "SLACK_SIGNING_SECRET": "fake-signing-secret",
        "SLACK_PORT": str(port),
    }


async def test_slack_over_http_answers_the_ops_routes_on_a_shared_port(
    tmp_path: Path, facts_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in list(os.environ):  # Bolt reads SLACK_* variables itself
        if name.startswith("SLACK_"):
            monkeypatch.delenv(name)
    port = free_port()
    settings = Settings.from_env(
        {
            "FRANCHISE_BOT_FACTS": str(facts_dir),
            "FRANCHISE_BOT_DB": str(tmp_path / "store.db"),
            "FRANCHISE_BOT_HTTP_PORT": str(port),
        }
    )
    fake = await FakeSlack().start()
    service = await Service.open(settings)
    ops = OpsServer(service)
    await ops.start(slack_http_env(port))
    assert ops.runner is None  # Slack's server has the port
    slack = SlackSettings(
        bot_token=Secret(fake.bot_token),
        signing_secret=Secret("fake-signing-secret"),
        api_base_url=fake.api_url,
        port=port,
    )
    serving = asyncio.create_task(serve_slack(service, slack, host="127.0.0.1"))
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):  # until serve() is listening
            try:
                status = (await get(f"{url}/healthz"))[0]
                break
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.05)
        else:
            raise AssertionError("Slack's server never answered /healthz")
        assert status == 200
        assert (await get(f"{url}/readyz"))[0] == 200
        assert "franchise_bot_questions" in await scrape(url)
        async with (
            aiohttp.ClientSession() as http,
            http.post(f"{url}/slack/events", data=b"{}") as unsigned,
        ):
            assert unsigned.status == 401  # Slack's own path is as guarded as before
    finally:
        serving.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await serving
        await service.close()
        await fake.close()


async def test_the_ops_server_has_its_own_port_beside_slack_on_another(
    service: Service,
) -> None:
    port = free_port()
    service.settings = dataclasses.replace(service.settings, http_port=port)
    ops = OpsServer(service)
    await ops.start(slack_http_env(port + 1))
    try:
        assert ops.runner is not None
        assert (await get(f"http://127.0.0.1:{port}/healthz"))[0] == 200
    finally:
        await ops.close()


# ----------------------------------------------------------------------------- settings


@pytest.mark.parametrize("port", ["http", "-1", "70000", "80.5"])
def test_a_bad_port_is_refused_in_one_sentence(port: str) -> None:
    with pytest.raises(ConfigError) as refused:
        Settings.from_env({"FRANCHISE_BOT_HTTP_PORT": port})
    assert str(refused.value) == (
        f"'FRANCHISE_BOT_HTTP_PORT' must be a port number from 0 to 65535, not {port!r}."
    )


def test_the_ops_server_is_off_by_default_and_on_loopback_when_on() -> None:
    assert Settings.from_env({}).http_port is None
    on = Settings.from_env({"FRANCHISE_BOT_HTTP_PORT": "9100"})
    assert (on.http_host, on.http_port) == ("127.0.0.1", 9100)
    container = Settings.from_env(
        {"FRANCHISE_BOT_HTTP_PORT": "9100", "FRANCHISE_BOT_HTTP_HOST": "0.0.0.0"}
    )
    assert container.http_host == "0.0.0.0"


async def test_a_port_in_use_is_one_sentence(service: Service) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ConfigError, match=f"127.0.0.1:{port}.*FRANCHISE_BOT_HTTP_PORT"):
            await start_ops_http(service, "127.0.0.1", port)


# ----------------------------------------------------------------------------- `run`


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def run_env(tmp_path: Path, facts_dir: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "FRANCHISE"))
    }
    env.update(
        FRANCHISE_BOT_FACTS=str(facts_dir), FRANCHISE_BOT_DB=str(tmp_path / "run.db"), **extra
    )
    return env


async def test_run_serves_health_and_metrics_beside_the_chat(
    tmp_path: Path, facts_dir: Path
) -> None:
    port = free_port()
    env = run_env(tmp_path, facts_dir, FRANCHISE_BOT_HTTP_PORT=str(port))
    bot = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert bot.stdin is not None and bot.stdout is not None
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):  # the port opens once the facts are loaded
            try:
                status = (await get(f"{url}/readyz"))[0]
                break
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.05)
        else:
            raise AssertionError("the bot never served /readyz")
        assert status == 200
        bot.stdin.write(b"who plays ethan hunt\n")
        await bot.stdin.drain()
        assert b"Tom Cruise" in await asyncio.wait_for(bot.stdout.readline(), 30)
        text = await scrape(url)
        assert metric(text, QUESTIONS, platform="console", outcome="answered") == 1
    finally:
        bot.stdin.close()
        code = await asyncio.wait_for(bot.wait(), 30)
    assert code == 0


def test_run_with_a_bad_port_exits_2_with_one_sentence(tmp_path: Path, facts_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env=run_env(tmp_path, facts_dir, FRANCHISE_BOT_HTTP_PORT="metrics"),
        input="",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "Configuration error: 'FRANCHISE_BOT_HTTP_PORT' must be a port number from 0 to "
        "65535, not 'metrics'.\n"
    )
