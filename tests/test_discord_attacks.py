"""Malformed Discord payloads, a Discord API that never answers, and adapters that crash,
through the real discord.py client against the loopback fake Discord (issue 10, item 6).
The last test runs `franchise-bot run`'s supervisor with Discord and Slack (Socket Mode)
both pointed at fakes: Discord crashing is restarted while Slack keeps answering."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from fakes.discord_fake import CHANNEL_ID, FAN, MOD_ROLE_ID, FakeDiscord
from fakes.slack_fake import APP_ID, TEAM_ID, FakeSlack

from adapters.cli import _run
from adapters.discord_bot import build_client, serve, sync_commands
from adapters.discord_setup import DiscordSettings
from bot.config import Settings
from bot.errors import ConfigError, PlatformError
from bot.service import Service
from bot.supervisor import Backoff, supervise

TOKEN = "MTIzNDU2Nzg5.fake-bot-token.attacks-d0-n0t-l0g"
CALLBACK = r"/interactions/\d+/[^/]+/callback"
REPLY_TO_CHANNEL = rf"/channels/{CHANNEL_ID}/messages"


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord(TOKEN)
    await server.start()
    try:
        yield server
    finally:
        await server.close()


def discord_env(settings: Settings, fake: FakeDiscord) -> dict[str, str]:
    return {
        "FRANCHISE_BOT_FACTS": str(settings.facts_dir),
        "FRANCHISE_BOT_DB": str(settings.db_path),
        "DISCORD_TOKEN": TOKEN,
        "DISCORD_API_BASE_URL": fake.http_url,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        "DISCORD_MODERATOR_ROLE_IDS": str(MOD_ROLE_ID),
    }


@contextlib.asynccontextmanager
async def running(
    service: Service, settings: DiscordSettings, fake: FakeDiscord
) -> AsyncIterator[None]:
    client = build_client(service, settings, guild_ready_timeout=0.05)
    task = asyncio.create_task(serve(service, settings, client=client))
    fake.watched = task  # the fake's waits fail at once if the bot stops
    try:
        async with asyncio.timeout(10):
            while not client.is_ready():
                if task.done():
                    task.result()
                    raise AssertionError("serve() returned before the client was ready")
                await asyncio.sleep(0.01)
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        fake.watched = None


async def ask(fake: FakeDiscord, question: str) -> str:
    """Run /ask and return the text of the answer the bot sent back."""
    since = fake.mark()
    await fake.run_command("ask", {"question": question})
    callback = await fake.next_request("POST", CALLBACK, since=since)
    return str(callback.body["data"]["embeds"][0]["description"])


# ----------------------------------------------------------------------------- payloads


@pytest.mark.parametrize("roles", ["missing", None])
async def test_interaction_from_a_member_without_roles_is_answered(
    service: Service, settings: Settings, fake: FakeDiscord, roles: str | None
) -> None:
    """`member` without `roles` (or null) used to raise KeyError/TypeError inside discord.py's
    gateway loop, ending `serve()` (and, through `franchise-bot run`, Slack too)."""
    discord_settings = DiscordSettings.from_env(discord_env(settings, fake))
    async with running(service, discord_settings, fake):
        payload = fake.interaction(
            {"name": "ask", "options": [{"name": "question", "type": 3, "value": "MI7 cast?"}]}
        )
        if roles == "missing":
            del payload["member"]["roles"]
        else:
            payload["member"]["roles"] = None
        since = fake.mark()
        await fake.dispatch("INTERACTION_CREATE", payload)
        callback = await fake.next_request("POST", CALLBACK, since=since)
        assert "Ving Rhames" in str(callback.body)
        assert "Angela Bassett" in await ask(fake, "who's returning for MI7?")


async def test_message_without_content_is_ignored_and_the_next_answered(
    service: Service, settings: Settings, fake: FakeDiscord
) -> None:
    discord_settings = DiscordSettings.from_env(discord_env(settings, fake))
    async with running(service, discord_settings, fake):
        message = {
            "id": "100000000000009999",
            "channel_id": str(CHANNEL_ID),
            "guild_id": "800000000000000001",
            "type": 0,
            "author": FAN,
            "member": {"joined_at": None, "deaf": False, "mute": False},  # no roles either
            "embeds": [],
            "attachments": [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": "2024-01-01T00:00:00+00:00",
            "edited_timestamp": None,
            "flags": 0,
            "components": [],
        }
        await fake.dispatch("MESSAGE_CREATE", message)
        since = fake.mark()
        await fake.send_message("<@900000000000000001> who's returning for MI7?")
        reply = await fake.next_request("POST", REPLY_TO_CHANNEL, since=since)
        assert "Angela Bassett" in str(reply.body)


async def test_unrepairable_payloads_are_dropped_with_one_line(
    service: Service,
    settings: Settings,
    fake: FakeDiscord,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """200 payloads discord.py cannot parse at all: each dropped, one warning line in all,
    and the bot still answers."""
    caplog.set_level(logging.WARNING)
    discord_settings = DiscordSettings.from_env(discord_env(settings, fake))
    async with running(service, discord_settings, fake):
        for i in range(200):
            broken = fake.interaction({"name": "ask", "options": []})
            if i % 2:
                broken["member"] = "not a member"
            else:
                del broken["id"]
            await fake.dispatch("INTERACTION_CREATE", broken)
        await fake.dispatch("MESSAGE_CREATE", {"id": "1", "content": None})
        assert "Angela Bassett" in await ask(fake, "who's returning for MI7?")
    lines = [r for r in caplog.records if r.name.startswith("adapters")]
    assert len(lines) == 1, [r.getMessage() for r in lines]
    assert "malformed INTERACTION_CREATE" in lines[0].getMessage()
    assert lines[0].exc_info is None
    assert TOKEN not in caplog.text


# ----------------------------------------------------------------------------- log-in


async def test_a_discord_api_that_never_answers_times_out_with_a_sentence(
    service: Service, settings: Settings, fake: FakeDiscord
) -> None:
    fake.hang.add("/users/@me")
    discord_settings = DiscordSettings.from_env(discord_env(settings, fake))
    began = time.monotonic()
    with pytest.raises(PlatformError, match=r"did not answer the log-in within 0\.5 s") as caught:
        async with asyncio.timeout(10):
            await serve(service, discord_settings, login_timeout=0.5)
    assert time.monotonic() - began < 5
    assert TOKEN not in str(caught.value)


async def test_cli_commands_time_out_too(
    settings: Settings, fake: FakeDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("adapters.discord_bot.LOGIN_TIMEOUT", 0.5)
    fake.hang.add("/oauth2/applications/@me")
    with pytest.raises(PlatformError, match="did not answer"):
        async with asyncio.timeout(10):
            await sync_commands(DiscordSettings.from_env(discord_env(settings, fake)))


# ----------------------------------------------------------------------------- supervision


async def test_supervise_restarts_with_backoff_and_stops_on_config_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR, logger="bot.supervisor")
    starts: list[float] = []
    loop = asyncio.get_running_loop()

    async def flaky() -> None:
        starts.append(loop.time())
        if len(starts) < 4:
            raise KeyError("roles")
        raise ConfigError("'DISCORD_TOKEN' was revoked.")

    with pytest.raises(ConfigError):
        async with asyncio.timeout(5):
            await supervise("Discord", flaky, backoff=Backoff(first=0.05, factor=2, ceiling=0.15))
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert [round(g, 2) >= w for g, w in zip(gaps, (0.05, 0.1, 0.15), strict=True)] == [True] * 3
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0] == "Discord crashed (KeyError: 'roles'); restarting it in 0.05 s"
    assert len(lines) == 3 and all("\n" not in line for line in lines)
    assert all(r.exc_info is None for r in caplog.records)


async def test_run_keeps_slack_serving_while_discord_crashes_and_restarts(
    settings: Settings,
    fake: FakeDiscord,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`franchise-bot run` with both adapters: Discord's gateway sends a READY without its
    user twice (discord.py raises out of `start()`, which used to end the process) and Slack's
    Web API answers HTTP 500 to the first auth.test. Both are restarted with back-off;
    Slack answers while Discord is down, and Discord answers once it is back."""
    for name in list(os.environ):
        if name.startswith("SLACK_"):
            monkeypatch.delenv(name)
    caplog.set_level(logging.WARNING)
    slack = await FakeSlack().start()
    slack.fail("auth.test", status=500)
    fake.broken_readies = 2
    env = {
        **discord_env(settings, fake),
        "SLACK_BOT_TOKEN": slack.bot_token,
        "SLACK_APP_TOKEN": slack.app_token,
        "SLACK_API_BASE_URL": slack.api_url,
    }
    task = asyncio.create_task(_run(Settings.from_env(env), env))
    try:
        async with asyncio.timeout(30):
            await slack.wait_connected(timeout=10)
            while fake.gateway_connections < 2:  # Discord has crashed at least once
                assert not task.done(), task
                await asyncio.sleep(0.05)
            envelope = await slack.send_envelope(
                "slash_commands",
                {
                    "team_id": TEAM_ID,
                    "api_app_id": APP_ID,
                    "channel_id": "C0GENERAL",
                    "user_id": "UFAN00001",
                    "user_name": "fan",
                    "command": "/ask",
                    "text": "who's returning for MI7?",
                    "response_url": slack.response_url("during"),
                    "trigger_id": f"trigger-{uuid.uuid4().hex}",
                },
            )
            await slack.ack_for(envelope)
            answer = await slack.next_call("/respond/during")
            assert "Angela Bassett" in answer.data["text"]
            await fake.wait_identified(timeout=15)  # Discord is back
            assert "Angela Bassett" in await ask(fake, "who's returning for MI7?")
            assert not task.done()
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await slack.close()
    crashes = [r.getMessage() for r in caplog.records if r.name == "bot.supervisor"]
    assert any(m.startswith("Discord crashed (") for m in crashes), crashes
    assert any(m.startswith("Slack: Slack's Web API failed on auth.test with HTTP 500")
               for m in crashes), crashes  # fmt: skip
    assert all("\n" not in m for m in crashes)
    assert TOKEN not in caplog.text and slack.bot_token not in caplog.text
    assert Path(settings.db_path).exists()
