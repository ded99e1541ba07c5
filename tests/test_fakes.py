"""The platform fakes refuse what the platforms refuse, at their documented limits."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest
from fakes.discord_fake import APP_ID, CHANNEL_ID, FakeDiscord
from fakes.slack_fake import FakeSlack

TOKEN = "MTIzNDU2Nzg5.fake-bot-token.limits"


def embed(**overrides: Any) -> dict[str, Any]:
    return {"title": "t", "description": "d", **overrides}


DISCORD_REFUSED = {
    "content over 2000": {"content": "x" * 2001},
    "11 embeds": {"embeds": [embed()] * 11},
    "title over 256": {"embeds": [embed(title="x" * 257)]},
    "description over 4096": {"embeds": [embed(description="x" * 4097)]},
    "26 fields": {"embeds": [embed(fields=[{"name": "n", "value": "v"}] * 26)]},
    "field name over 256": {"embeds": [embed(fields=[{"name": "x" * 257, "value": "v"}])]},
    "field value over 1024": {"embeds": [embed(fields=[{"name": "n", "value": "x" * 1025}])]},
    "empty field value": {"embeds": [embed(fields=[{"name": "n", "value": ""}])]},
    "footer over 2048": {"embeds": [embed(footer={"text": "x" * 2049})]},
    "author over 256": {"embeds": [embed(author={"name": "x" * 257})]},
    "embed over 6000 in all": {
        "embeds": [embed(description="x" * 4000, fields=[{"name": "n", "value": "x" * 1000}] * 2)]
    },
}


@pytest.fixture
async def discord() -> Any:
    fake = FakeDiscord(TOKEN)
    await fake.start()
    yield fake
    fake.refused.clear()  # every refusal here was expected
    await fake.close()


async def post(fake: FakeDiscord, method: str, path: str, body: Any) -> tuple[int, Any]:
    headers = {"Authorization": f"Bot {TOKEN}"}
    async with (
        aiohttp.ClientSession() as session,
        session.request(method, fake.http_url + path, json=body, headers=headers) as resp,
    ):
        return resp.status, await resp.json()


@pytest.mark.parametrize("body", DISCORD_REFUSED.values(), ids=DISCORD_REFUSED.keys())
async def test_discord_refuses_a_message_over_its_limits(
    discord: FakeDiscord, body: dict[str, Any]
) -> None:
    status, answer = await post(discord, "POST", f"/api/v10/channels/{CHANNEL_ID}/messages", body)
    assert (status, answer["code"]) == (400, 50035)
    assert len(discord.refused) == 1


async def test_discord_accepts_a_message_at_its_limits(discord: FakeDiscord) -> None:
    body = {
        "content": "x" * 2000,
        "embeds": [embed(title="x" * 256, description="x" * 4096, fields=[])] + [embed()] * 9,
    }
    status, _ = await post(discord, "POST", f"/api/v10/channels/{CHANNEL_ID}/messages", body)
    assert status == 200 and not discord.refused


async def test_discord_fails_the_requests_it_is_told_to(discord: FakeDiscord) -> None:
    discord.fail_next("GET", "/users/@me", status=503, times=2)
    answers = [await post(discord, "GET", "/api/v10/users/@me", None) for _ in range(3)]
    assert [status for status, _ in answers] == [503, 503, 200]
    assert answers[0][1] == {"message": "503: Service Unavailable", "code": 0}
    assert [str(r) for r in discord.requests] == ["GET /users/@me"] * 3  # failures recorded
    status, _ = await post(discord, "GET", "/api/v10/oauth2/applications/@me", None)
    assert status == 200  # other routes untouched
    discord.fail_next("GET", "/oauth2/.*", status=500, times=None)
    for _ in range(3):
        assert (await post(discord, "GET", "/api/v10/oauth2/applications/@me", None))[0] == 500


@pytest.mark.parametrize(
    "command",
    [
        {"name": "Ask", "description": "d", "type": 1},
        {"name": "x" * 33, "description": "d", "type": 1},
        {"name": "ask", "description": "", "type": 1},
        {"name": "ask", "description": "x" * 101, "type": 1},
        {"name": "ask", "description": "d", "options": [{"name": "has space", "description": "d"}]},
    ],
)
async def test_discord_refuses_commands_it_would_not_register(
    discord: FakeDiscord, command: dict[str, Any]
) -> None:
    status, _ = await post(discord, "PUT", f"/api/v10/applications/{APP_ID}/commands", [command])
    assert status == 400


async def test_discord_refuses_more_than_25_autocomplete_choices(discord: FakeDiscord) -> None:
    payload = discord.interaction({"name": "release", "options": []}, kind=4)
    path = f"/api/v10/interactions/{payload['id']}/{payload['token']}/callback"
    choices = [{"name": f"film {n}", "value": f"film {n}"} for n in range(26)]
    status, _ = await post(discord, "POST", path, {"type": 8, "data": {"choices": choices}})
    assert status == 400
    status, _ = await post(discord, "POST", path, {"type": 8, "data": {"choices": choices[:25]}})
    assert status == 200


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def button(text: str = "b", action_id: str = "a", value: str = "v") -> dict[str, Any]:
    return {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": text},
        "value": value,
    }


SLACK_REFUSED = {
    "51 blocks": [section("x")] * 51,
    "section over 3000": [section("x" * 3001)],
    "11 context elements": [
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "c"}] * 11}
    ],
    "button text over 75": [{"type": "actions", "elements": [button(text="x" * 76)]}],
    "action_id over 255": [{"type": "actions", "elements": [button(action_id="x" * 256)]}],
    "header over 150": [{"type": "header", "text": {"type": "plain_text", "text": "x" * 151}}],
}


@pytest.fixture
async def slack() -> Any:
    fake = await FakeSlack().start()
    yield fake
    fake.refused.clear()  # every refusal here was expected
    await fake.close()


async def post_message(fake: FakeSlack, **message: Any) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {fake.bot_token}"}
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            fake.api_url + "chat.postMessage", json={"channel": "C1", **message}, headers=headers
        ) as resp,
    ):
        answer: dict[str, Any] = await resp.json()
        return answer


@pytest.mark.parametrize("blocks", SLACK_REFUSED.values(), ids=SLACK_REFUSED.keys())
async def test_slack_refuses_blocks_over_its_limits(
    slack: FakeSlack, blocks: list[dict[str, Any]]
) -> None:
    answer = await post_message(slack, text="t", blocks=blocks)
    assert answer == {"ok": False, "error": "invalid_blocks"}
    async with (
        aiohttp.ClientSession() as session,
        session.post(slack.response_url("r"), json={"text": "t", "blocks": blocks}) as resp,
    ):
        assert resp.status == 400
    assert len(slack.refused) == 2


async def test_slack_accepts_blocks_at_its_limits(slack: FakeSlack) -> None:
    blocks = [section("x" * 3000)] * 49 + [
        {"type": "actions", "elements": [button(text="x" * 75, action_id="x" * 255)]}
    ]
    assert (await post_message(slack, text="t", blocks=blocks))["ok"]


async def test_slack_truncates_text_past_40000_characters(slack: FakeSlack) -> None:
    assert (await post_message(slack, text="x" * 40_001))["ok"]
    call = await slack.next_call("chat.postMessage")
    assert len(call.data["text"]) == 40_000 and call.data["truncated"]
