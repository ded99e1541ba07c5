"""The command table: one entry plus its handler reaches every platform and the help text."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import aiohttp
import pytest
from fakes.discord_fake import APP_ID, FakeDiscord
from fakes.slack_fake import FakeSlack
from test_discord import CALLBACK, TOKEN, embed_text, running
from test_slack import SIGNING_SECRET, SignedSlack

from adapters.console import chat
from adapters.discord_bot import sync_commands
from adapters.discord_setup import DiscordSettings
from adapters.slack_app import EVENTS_PATH, build_app, manifest, start_http
from adapters.slack_setup import SlackSettings
from bot.commands import COMMANDS, Command, CommandTable, Option
from bot.config import Secret, Settings
from bot.replies import Reply, ReplyKind, Requester
from bot.service import Service


async def _trivia(service: Service, who: Requester, text: str) -> Reply:
    return Reply(ReplyKind.ANSWER, f"Trivia about {text or 'everything'} for {who.platform}.")


TRIVIA = Command(
    "trivia", "A piece of franchise trivia.", _trivia, Option("film", "Which film", films=True)
)
WITH_TRIVIA = CommandTable((*COMMANDS.commands, TRIVIA))


@pytest.fixture
async def service(settings: Settings) -> AsyncIterator[Service]:
    svc = await Service.open(settings, commands=WITH_TRIVIA)
    try:
        yield svc
    finally:
        await svc.close()


async def test_a_new_entry_is_in_the_help_text(service: Service) -> None:
    for platform in ("console", "discord", "slack"):
        assert "/trivia [FILM]" in service.help(Requester(platform, "u")).text
    assert "/trivia" not in COMMANDS.help_text()  # the shipped table is untouched


async def test_a_new_entry_runs_on_the_console(service: Service) -> None:
    out = io.StringIO()
    await chat(service, io.StringIO("/trivia MI7\n/TRIVIA\n"), out, interactive=False)
    assert "Trivia about MI7 for console." in out.getvalue()
    assert "Trivia about everything for console." in out.getvalue()


async def test_a_new_entry_is_a_discord_app_command(service: Service, settings: Settings) -> None:
    fake = FakeDiscord(TOKEN)
    await fake.start()
    try:
        discord_settings = DiscordSettings.from_env(
            {
                "DISCORD_TOKEN": TOKEN,
                "DISCORD_API_BASE_URL": fake.http_url,
                "DISCORD_GATEWAY_URL": fake.gateway_url,
            }
        )
        assert await sync_commands(discord_settings, commands=WITH_TRIVIA) == 6
        put = await fake.next_request("PUT", rf"/applications/{APP_ID}/commands")
        trivia = {c["name"]: c for c in put.body}["trivia"]
        assert trivia["description"] == "A piece of franchise trivia."
        assert trivia["options"][0]["name"] == "film" and trivia["options"][0]["autocomplete"]

        async with running(service, discord_settings, fake):
            mark = fake.mark()
            await fake.run_command("trivia", {"film": "Dead Reckoning"})
            callback = await fake.next_request("POST", CALLBACK, since=mark)
            assert "Trivia about Dead Reckoning for discord." in embed_text(callback.body)
    finally:
        await fake.close()


async def test_a_new_entry_is_a_slack_slash_command(service: Service, settings: Settings) -> None:
    names = [c["command"] for c in manifest(table=WITH_TRIVIA)["features"]["slash_commands"]]
    assert "/trivia" in names and "/trivia" not in str(manifest())
    fake = await FakeSlack().start()
    try:
        slack_settings = SlackSettings(
            bot_token=Secret(fake.bot_token),
            signing_secret=Secret(SIGNING_SECRET),
            api_base_url=fake.api_url,
        )
        runner = await start_http(build_app(service, slack_settings), "127.0.0.1", 0)
        try:
            port = runner.addresses[0][1]
            async with aiohttp.ClientSession() as session:
                slack = SignedSlack(f"http://127.0.0.1:{port}{EVENTS_PATH}", session, fake)
                status, _, response_url = await slack.command("/trivia", "MI8")
                assert status == 200
                answer = await fake.next_call(response_url.removeprefix(fake.url))
                assert "Trivia about MI8 for slack." in answer.data["text"]
        finally:
            await runner.cleanup()
    finally:
        await fake.close()
