"""The Slack adapter through the real slack-bolt AsyncApp and the real Service.

The app is served over real HTTP on 127.0.0.1 (and, separately, over Socket Mode) against
a fake Slack (`tests/fakes/slack_fake.py`) that records every Web API call, response_url
post and Socket Mode ack. Requests are signed the way Slack signs them.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import socket
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from fakes.slack_fake import APP_ID, BOT_ID, BOT_USER_ID, TEAM_ID, Call, FakeSlack
from slack_sdk.signature import SignatureVerifier

from adapters.slack_app import (
    EVENTS_PATH,
    build_app,
    check_settings,
    clean_question,
    manifest,
    render_blocks,
    serve,
    start_http,
    start_socket_mode,
)
from adapters.slack_setup import SlackSettings
from bot.config import Secret
from bot.errors import ConfigError
from bot.models import Source
from bot.replies import Reply, ReplyKind
from bot.service import Service

SIGNING_SECRET = "fake-signing-secret-0123456789"
MODERATOR = "UMOD00001"
FAN = "UFAN00001"
OTHER_FAN = "UFAN00002"
MI7_RETURNING = ("Vanessa Kirby", "Rebecca Ferguson", "Angela Bassett")
MI7_RELEASE = "November 19, 2021"
FORBIDDEN = ("<!channel>", "<!here>", "<!everyone>", "<@U")
# Close enough to known questions that the engine may suggest them, not enough to answer.
DECLINE_CANDIDATES = ("Who wrote the music for MI7?", "who is returning?", "who is in it")
PINGING_QUESTION = "who catered the MI7 wrap party?"  # answered by write_pinging_fact()


# ----------------------------------------------------------------------------- fixtures


# Bolt reads SLACK_* variables itself when a value is not given: none are set in these tests.
pytestmark = pytest.mark.usefixtures("no_slack_environment")


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    slack = await FakeSlack().start()
    try:
        yield slack
    finally:
        await slack.close()


@pytest.fixture
def slack_settings(fake: FakeSlack) -> SlackSettings:
    return SlackSettings(
        bot_token=Secret(fake.bot_token),
        signing_secret=Secret(SIGNING_SECRET),
        # Without the trailing slash on purpose: the adapter adds it.
        api_base_url=fake.api_url.rstrip("/"),
        moderator_ids=frozenset({MODERATOR}),
    )


class SignedSlack:
    """Posts to the app the way Slack does: form-encoded or JSON, signed with the secret."""

    def __init__(self, url: str, session: aiohttp.ClientSession, fake: FakeSlack) -> None:
        self.url = url
        self.session = session
        self.fake = fake
        self._responses = 0

    async def post(
        self,
        body: str,
        content_type: str,
        *,
        secret: str = SIGNING_SECRET,
        timestamp: int | None = None,
    ) -> tuple[int, str]:
        ts = str(int(time.time()) if timestamp is None else timestamp)
        signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
        headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": signature,
        }
        async with self.session.post(self.url, data=body.encode(), headers=headers) as resp:
            return resp.status, await resp.text()

    def next_response_url(self) -> str:
        self._responses += 1
        return self.fake.response_url(f"r{self._responses}")

    async def command(
        self, command: str, text: str, *, user: str = FAN, user_name: str = "fan", **kw: Any
    ) -> tuple[int, str, str]:
        """Returns status, ack body and the response_url the answer will go to."""
        response_url = self.next_response_url()
        form = slash_form(command, text, user=user, user_name=user_name, response_url=response_url)
        status, body = await self.post(urlencode(form), "application/x-www-form-urlencoded", **kw)
        return status, body, response_url

    async def event(self, event: dict[str, Any], **kw: Any) -> tuple[int, str]:
        return await self.post(json.dumps(event_body(event)), "application/json", **kw)

    async def action(self, payload: dict[str, Any]) -> tuple[int, str]:
        form = urlencode({"payload": json.dumps(payload)})
        return await self.post(form, "application/x-www-form-urlencoded")


@pytest.fixture
async def slack(
    service: Service, slack_settings: SlackSettings, fake: FakeSlack
) -> AsyncIterator[SignedSlack]:
    app = build_app(service, slack_settings)
    runner = await start_http(app, "127.0.0.1", 0)
    port = runner.addresses[0][1]
    try:
        async with aiohttp.ClientSession() as session:
            yield SignedSlack(f"http://127.0.0.1:{port}{EVENTS_PATH}", session, fake)
    finally:
        await runner.cleanup()


# ----------------------------------------------------------------------------- payloads


def slash_form(
    command: str, text: str, *, user: str, user_name: str, response_url: str
) -> dict[str, str]:
    return {
        "token": "legacy-verification-token",
        "team_id": TEAM_ID,
        "team_domain": "fake",
        "channel_id": "C0GENERAL",
        "channel_name": "general",
        "user_id": user,
        "user_name": user_name,
        "command": command,
        "text": text,
        "api_app_id": APP_ID,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": f"trigger-{uuid.uuid4().hex}",
    }


def event_body(event: dict[str, Any]) -> dict[str, Any]:
    return {
        "token": "legacy-verification-token",
        "team_id": TEAM_ID,
        "api_app_id": APP_ID,
        "event": {"event_ts": event.get("ts", "1700000000.000001"), **event},
        "type": "event_callback",
        "event_id": f"Ev{uuid.uuid4().hex[:10].upper()}",
        "event_time": int(time.time()),
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
    }


def mention(text: str, *, ts: str, thread_ts: str | None = None, user: str = FAN) -> dict[str, Any]:
    event = {
        "type": "app_mention",
        "user": user,
        "text": f"<@{BOT_USER_ID}> {text}",
        "ts": ts,
        "channel": "C0GENERAL",
        "team": TEAM_ID,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def dm(text: str, *, ts: str, user: str = FAN, **extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "channel_type": "im",
        "channel": "D0FANDM",
        "user": user,
        "text": text,
        "ts": ts,
        "team": TEAM_ID,
        **extra,
    }


def block_actions(
    button: dict[str, Any], *, response_url: str, user: str = FAN, thread_ts: str | None = None
) -> dict[str, Any]:
    container: dict[str, Any] = {
        "type": "message",
        "message_ts": "1700000000.000500",
        "channel_id": "C0GENERAL",
        "is_ephemeral": False,
    }
    if thread_ts:
        container["thread_ts"] = thread_ts
    return {
        "type": "block_actions",
        "user": {"id": user, "username": "fan", "name": "fan", "team_id": TEAM_ID},
        "api_app_id": APP_ID,
        "token": "legacy-verification-token",
        "container": container,
        "trigger_id": f"trigger-{uuid.uuid4().hex}",
        "team": {"id": TEAM_ID, "domain": "fake"},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": "C0GENERAL", "name": "general"},
        "message": {"type": "message", "ts": "1700000000.000500", "bot_id": BOT_ID},
        "response_url": response_url,
        "actions": [
            {
                "action_id": button["action_id"],
                "block_id": "franchise_suggestions",
                "text": button["text"],
                "value": button["value"],
                "type": "button",
                "action_ts": str(time.time()),
            }
        ],
    }


# ----------------------------------------------------------------------------- checks


def text_of(call: Call) -> str:
    """Everything a person could read in a message: text and every block's text."""
    return json.dumps(call.data, ensure_ascii=False)


def assert_inert(fake: FakeSlack) -> None:
    """Nothing the bot sent can ping anyone or the channel."""
    sent = fake.outbound()
    assert sent, "the bot sent nothing"
    for call in sent:
        for needle in FORBIDDEN:
            assert needle not in call.raw, (needle, call.path, call.raw)
            assert needle not in text_of(call), (needle, call.path)


def buttons(call: Call) -> list[dict[str, Any]]:
    blocks = call.data.get("blocks") or []
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"]]


async def nothing_more(fake: FakeSlack, path: str, count: int, wait: float = 0.3) -> None:
    await asyncio.sleep(wait)
    assert len(fake.calls_to(path)) == count, [c.data for c in fake.calls_to(path)]


# ----------------------------------------------------------------------------- HTTP: commands


async def test_ask_is_acked_then_answered_in_channel(slack: SignedSlack, fake: FakeSlack) -> None:
    status, ack, response_url = await slack.command("/ask", "who's returning for MI7?")
    assert (status, ack) == (200, "")

    answer = await fake.next_call(response_url.removeprefix(fake.url))
    assert answer.data["response_type"] == "in_channel"
    for name in MI7_RETURNING:
        assert name in answer.data["text"]
    blocks = answer.data["blocks"]
    assert blocks[0]["type"] == "section"
    assert all(name in blocks[0]["text"]["text"] for name in MI7_RETURNING)
    context = [b for b in blocks if b["type"] == "context"]
    assert context and "Source" in context[0]["elements"][0]["text"]


async def test_release_command_answers_the_date(slack: SignedSlack, fake: FakeSlack) -> None:
    status, ack, response_url = await slack.command("/release", "MI7")
    assert (status, ack) == (200, "")
    answer = await fake.next_call(response_url.removeprefix(fake.url))
    assert answer.data["response_type"] == "in_channel"
    assert MI7_RELEASE in answer.data["text"]
    assert MI7_RELEASE in answer.data["blocks"][0]["text"]["text"]


async def test_help_is_only_shown_to_the_asker(slack: SignedSlack, fake: FakeSlack) -> None:
    _, _, response_url = await slack.command("/franchise-help", "")
    answer = await fake.next_call(response_url.removeprefix(fake.url))
    assert answer.data["response_type"] == "ephemeral"
    assert "/ask" in answer.data["text"]


@pytest.mark.parametrize(
    ("secret", "age_s"),
    [("not-the-signing-secret", 0), (SIGNING_SECRET, 6 * 60)],
    ids=["bad-signature", "stale-timestamp"],
)
async def test_unverified_requests_are_refused(
    slack: SignedSlack, fake: FakeSlack, secret: str, age_s: int
) -> None:
    status, _, _ = await slack.command(
        "/ask", "who's returning for MI7?", secret=secret, timestamp=int(time.time()) - age_s
    )
    assert status == 401
    status, _ = await slack.event(
        mention("who's returning for MI7?", ts="1700000000.000100"),
        secret=secret,
        timestamp=int(time.time()) - age_s,
    )
    assert status == 401
    await asyncio.sleep(0.3)
    assert fake.calls == []  # the handler never ran: not even auth.test reached Slack


# ----------------------------------------------------------------------------- HTTP: events


@pytest.mark.parametrize("thread_ts", [None, "1700000000.000050"], ids=["top-level", "in-thread"])
async def test_mention_is_answered_in_its_thread(
    slack: SignedSlack, fake: FakeSlack, thread_ts: str | None
) -> None:
    ts = "1700000000.000100"
    status, _ = await slack.event(mention("who's returning for MI7?", ts=ts, thread_ts=thread_ts))
    assert status == 200
    post = await fake.next_call("chat.postMessage")
    assert post.data["channel"] == "C0GENERAL"
    assert post.data["thread_ts"] == (thread_ts or ts)
    for name in MI7_RETURNING:
        assert name in post.data["text"]
    assert post.headers["Authorization"] == f"Bearer {fake.bot_token}"


async def test_direct_message_is_answered_and_bots_are_ignored(
    slack: SignedSlack, fake: FakeSlack
) -> None:
    # Another bot, the bot itself, and an edit: none of these is a fan's question.
    await slack.event(dm("who's returning for MI7?", ts="1.1", bot_id="BOTHER"))
    await slack.event(dm("who's returning for MI7?", ts="1.2", user=BOT_USER_ID))
    await slack.event(dm("who's returning for MI7?", ts="1.3", subtype="message_changed"))
    status, _ = await slack.event(dm("when does MI7 come out?", ts="1.4"))
    assert status == 200

    post = await fake.next_call("chat.postMessage")
    assert post.data["channel"] == "D0FANDM"
    assert "thread_ts" not in post.data
    assert MI7_RELEASE in post.data["text"]
    await nothing_more(fake, "chat.postMessage", 1)


async def test_rate_limited_post_is_retried_after_retry_after(
    slack: SignedSlack, fake: FakeSlack
) -> None:
    fake.rate_limit("chat.postMessage", retry_after=0)
    await slack.event(mention("who's returning for MI7?", ts="1700000000.000200"))
    first = await fake.next_call("chat.postMessage")
    second = await fake.next_call("chat.postMessage", timeout=5)
    assert (first.status, second.status) == (429, 200)
    assert first.data["text"] == second.data["text"]
    assert "Rebecca Ferguson" in second.data["text"]


async def test_redelivered_event_is_answered_once(slack: SignedSlack, fake: FakeSlack) -> None:
    body = json.dumps(event_body(mention("who's returning for MI7?", ts="1700000000.000250")))
    # Slack sends an event again (X-Slack-Retry-Num) when it missed the first ack.
    for _ in range(2):
        status, _ = await slack.post(body, "application/json")
        assert status == 200
    await fake.next_call("chat.postMessage")
    await nothing_more(fake, "chat.postMessage", 1)


async def test_per_user_rate_limit_notice_is_private_then_silent(
    slack: SignedSlack, fake: FakeSlack, service: Service
) -> None:
    allowed = service.settings.rate_limit
    for n in range(allowed):
        await slack.event(mention("when does MI7 come out?", ts=f"5.{n}", user=OTHER_FAN))
        await fake.next_call("chat.postMessage")
    # Over the limit in a channel: one notice only the asker sees...
    await slack.event(mention("when does MI7 come out?", ts="5.9", user=OTHER_FAN))
    notice = await fake.next_call("chat.postEphemeral")
    assert notice.data["user"] == OTHER_FAN
    assert notice.data["thread_ts"] == "5.9"
    # ...then nothing at all, in channels or as a command response.
    _, _, response_url = await slack.command("/ask", "when does MI7 come out?", user=OTHER_FAN)
    await slack.event(mention("when does MI7 come out?", ts="5.10", user=OTHER_FAN))
    await asyncio.sleep(0.3)
    assert fake.calls_to(response_url.removeprefix(fake.url)) == []
    assert len(fake.calls_to("chat.postMessage")) == allowed
    assert len(fake.calls_to("chat.postEphemeral")) == 1
    # Other fans are not slowed down by one busy fan.
    _, _, response_url = await slack.command("/release", "MI7", user=FAN)
    assert MI7_RELEASE in (await fake.next_call(response_url.removeprefix(fake.url))).data["text"]


# ----------------------------------------------------------------------------- moderators


async def test_moderator_reloads_facts(
    slack: SignedSlack, fake: FakeSlack, service: Service, facts_dir: Path
) -> None:
    before = service.version
    write_pinging_fact(facts_dir)
    _, _, response_url = await slack.command("/facts", "reload", user=MODERATOR)
    reply = await fake.next_call(response_url.removeprefix(fake.url))
    assert reply.data["response_type"] == "ephemeral"
    assert re.search(r"\d+ facts \(\+[1-9]\d* -0 ~0\)", reply.data["text"]), reply.data["text"]
    assert service.version is not None and service.version != before

    _, _, response_url = await slack.command("/facts", "status", user=MODERATOR)
    status = await fake.next_call(response_url.removeprefix(fake.url))
    assert f"version {service.version}" in status.data["text"]


async def test_others_are_refused_even_with_a_moderators_name(
    slack: SignedSlack, fake: FakeSlack, service: Service, facts_dir: Path
) -> None:
    before = service.version
    write_pinging_fact(facts_dir)  # a reload would change something
    _, _, response_url = await slack.command("/facts", "reload", user=FAN, user_name=MODERATOR)
    reply = await fake.next_call(response_url.removeprefix(fake.url))
    assert reply.data["response_type"] == "ephemeral"
    assert "moderator" in reply.data["text"].lower()
    assert service.version == before

    _, _, response_url = await slack.command("/facts", "reload", user=MODERATOR)
    await fake.next_call(response_url.removeprefix(fake.url))
    assert service.version != before  # the same command from the listed ID does reload


async def test_broken_fact_file_is_reported_and_old_facts_still_answer(
    slack: SignedSlack, fake: FakeSlack, service: Service, facts_dir: Path
) -> None:
    before = service.version
    (facts_dir / "broken.toml").write_text('[[fact]]\nid = "broken\nanswer = = =\n')
    _, _, response_url = await slack.command("/facts", "reload", user=MODERATOR)
    reply = await fake.next_call(response_url.removeprefix(fake.url))
    assert reply.data["response_type"] == "ephemeral"
    assert "broken.toml" in reply.data["text"]
    assert service.version == before

    _, _, response_url = await slack.command("/ask", "who's returning for MI7?", user=OTHER_FAN)
    answer = await fake.next_call(response_url.removeprefix(fake.url))
    assert "Vanessa Kirby" in answer.data["text"]


# ----------------------------------------------------------------------------- buttons


def declined_with_suggestions(service: Service) -> str:
    """A question the real engine declines with "did you mean" suggestions."""
    for question in DECLINE_CANDIDATES:
        answer = service.engine.answer(question)
        if not answer.answered and answer.suggestions:
            return question
    raise AssertionError(f"the engine suggests nothing for any of {DECLINE_CANDIDATES}")


def suggestion_button(question: str) -> dict[str, Any]:
    """The button the bot renders for a suggestion, as a click sends it back."""
    reply = Reply(ReplyKind.DECLINE, "I don't know that.", suggestions=(question,))
    _, blocks = render_blocks(reply)
    return next(b for b in blocks if b["type"] == "actions")["elements"][0]


async def test_decline_offers_suggestions_as_buttons(
    slack: SignedSlack, fake: FakeSlack, service: Service
) -> None:
    question = declined_with_suggestions(service)
    _, _, response_url = await slack.command("/ask", question)
    decline = await fake.next_call(response_url.removeprefix(fake.url))
    assert decline.data["response_type"] == "in_channel"
    expected = service.engine.answer(question).suggestions
    assert [b["value"] for b in buttons(decline)] == list(expected)
    assert all(s in decline.data["text"] for s in expected)  # plain text names them too


async def test_did_you_mean_button_asks_that_question(slack: SignedSlack, fake: FakeSlack) -> None:
    click_url = slack.next_response_url()
    button = suggestion_button("Who is returning for MI7?")
    status, ack = await slack.action(block_actions(button, response_url=click_url))
    assert (status, ack) == (200, "")
    answer = await fake.next_call(click_url.removeprefix(fake.url))
    assert answer.data["response_type"] == "in_channel"
    assert answer.data.get("replace_original") is False  # the suggestions stay
    for name in MI7_RETURNING:
        assert name in answer.data["text"]


async def test_button_in_a_thread_answers_in_that_thread(
    slack: SignedSlack, fake: FakeSlack
) -> None:
    button = suggestion_button("When does MI7 come out?")
    await slack.action(
        block_actions(button, response_url=slack.next_response_url(), thread_ts="1700000000.0003")
    )
    answer = await fake.next_call("chat.postMessage")
    assert answer.data["thread_ts"] == "1700000000.0003"
    assert MI7_RELEASE in answer.data["text"]


# ----------------------------------------------------------------------------- no pings


async def test_channel_pings_in_questions_are_stripped_and_never_sent(
    slack: SignedSlack, fake: FakeSlack
) -> None:
    _, _, url1 = await slack.command("/ask", "<!channel> who's returning for MI7? <!here>")
    answer = await fake.next_call(url1.removeprefix(fake.url))
    assert "Vanessa Kirby" in answer.data["text"]
    # Typed literally, Slack sends it escaped; the bot's echo must stay escaped.
    _, _, url2 = await slack.command(
        "/ask", "&lt;!everyone&gt; &lt;@U0BOSS&gt; what does Zorblax &lt;!channel&gt; eat?"
    )
    await fake.next_call(url2.removeprefix(fake.url))
    await slack.event(mention("<!subteam^S123|@fans> <#C1|general> <@U0OTHER> ping", ts="2.1"))
    await fake.next_call("chat.postMessage")
    assert_inert(fake)


async def test_channel_ping_in_a_fact_is_escaped(
    slack: SignedSlack, fake: FakeSlack, service: Service, facts_dir: Path
) -> None:
    write_pinging_fact(facts_dir)
    _, _, url = await slack.command("/facts", "reload", user=MODERATOR)
    reload = await fake.next_call(url.removeprefix(fake.url))
    assert "refused" not in reload.data["text"].lower(), reload.data["text"]

    _, _, url = await slack.command("/ask", PINGING_QUESTION)
    answer = await fake.next_call(url.removeprefix(fake.url))
    assert "&lt;!channel&gt;" in answer.data["text"]
    await slack.event(mention(PINGING_QUESTION, ts="3.1"))
    await fake.next_call("chat.postMessage")
    assert_inert(fake)


def write_pinging_fact(facts_dir: Path) -> None:
    """A valid new fact whose answer, quote and source all try to ping the channel."""
    (facts_dir / "sources" / "party.txt").write_text(
        "date 2022-01-05\n\n"
        "The MI7 wrap party was catered by <!channel> Snacks and <@U0BOSS> said <!here> hi.\n",
        encoding="utf-8",
    )
    (facts_dir / "party.toml").write_text(
        'source = "party.txt"\n\n'
        "[[fact]]\n"
        'id = "mi7-wrap-party"\n'
        'topic = "trivia"\n'
        'about = ["mi7"]\n'
        'answer = "<!channel> Snacks catered the MI7 wrap party; <@U0BOSS> said <!everyone> hi."\n'
        'quote = "The MI7 wrap party was catered by <!channel> Snacks"\n'
        'questions = ["Who catered the MI7 wrap party?", "Who did the catering for MI7?"]\n',
        encoding="utf-8",
    )


# ----------------------------------------------------------------------------- Socket Mode


def socket_settings(slack_settings: SlackSettings, fake: FakeSlack) -> SlackSettings:
    return replace(slack_settings, signing_secret=None, app_token=Secret(fake.app_token))


async def test_ask_over_socket_mode(
    service: Service, slack_settings: SlackSettings, fake: FakeSlack
) -> None:
    app = build_app(service, socket_settings(slack_settings, fake))
    handler = await start_socket_mode(app, fake.app_token)
    try:
        response_url = fake.response_url("socket")
        form = slash_form(
            "/ask", "who's returning for MI7?", user=FAN, user_name="fan", response_url=response_url
        )
        envelope_id = await fake.send_envelope("slash_commands", form)
        ack = await fake.ack_for(envelope_id)
        assert ack == {"envelope_id": envelope_id}
        answer = await fake.next_call("/respond/socket")
        assert answer.data["response_type"] == "in_channel"
        for name in MI7_RETURNING:
            assert name in answer.data["text"]
        connect = fake.calls_to("apps.connections.open")
        assert connect[0].headers["Authorization"] == f"Bearer {fake.app_token}"
    finally:
        await handler.close_async()


async def test_serve_uses_socket_mode_until_cancelled(
    service: Service, slack_settings: SlackSettings, fake: FakeSlack
) -> None:
    task = asyncio.create_task(serve(service, socket_settings(slack_settings, fake)))
    try:
        await fake.wait_connected()
        await fake.send_envelope(
            "events_api", event_body(mention("who's returning for MI7?", ts="4.1"))
        )
        post = await fake.next_call("chat.postMessage")
        assert post.data["thread_ts"] == "4.1"
        assert "Angela Bassett" in post.data["text"]
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def test_serve_over_http_verifies_signatures(
    service: Service, slack_settings: SlackSettings, fake: FakeSlack
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    task = asyncio.create_task(serve(service, replace(slack_settings, port=port), host="127.0.0.1"))
    try:
        async with aiohttp.ClientSession() as session:
            client = SignedSlack(f"http://127.0.0.1:{port}{EVENTS_PATH}", session, fake)
            body = json.dumps({"type": "url_verification", "challenge": "c-123", "token": "t"})
            status, text = 0, ""
            for _ in range(100):  # until serve() is listening
                assert not task.done(), task
                with contextlib.suppress(aiohttp.ClientConnectionError):
                    status, text = await client.post(body, "application/json")
                    break
                await asyncio.sleep(0.02)
            assert status == 200 and "c-123" in text
            status, _ = await client.post(body, "application/json", secret="wrong")
            assert status == 401
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


@pytest.mark.parametrize(
    ("setting", "says"),
    [("bot_token", "Slack refused SLACK_BOT_TOKEN"), ("app_token", "SLACK_APP_TOKEN")],
)
async def test_serve_stops_when_slack_refuses_a_token(
    service: Service, slack_settings: SlackSettings, fake: FakeSlack, setting: str, says: str
) -> None:
    wrong = "xoxb-revoked-token" if setting == "bot_token" else "xapp-revoked-token"
    settings = replace(socket_settings(slack_settings, fake), **{setting: Secret(wrong)})
    with pytest.raises(ConfigError, match=says) as caught:
        await asyncio.wait_for(serve(service, settings), timeout=5)
    assert "invalid_auth" in str(caught.value)
    assert wrong not in str(caught.value)


# ----------------------------------------------------------------------------- settings


def _env(tmp_path: Path, **slack: str) -> SlackSettings:
    return SlackSettings.from_env(slack)


BOT_TOKEN, APP_TOKEN, SECRET = "xoxb-SECRET-1", "xapp-SECRET-2", "SECRET-3"


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({}, "SLACK_BOT_TOKEN"),
        ({"SLACK_SIGNING_SECRET": SECRET}, "'SLACK_BOT_TOKEN' is missing"),
        (
            {"SLACK_BOT_TOKEN": BOT_TOKEN},
            "'SLACK_SIGNING_SECRET' is missing: set it, or use Socket Mode with SLACK_APP_TOKEN.",
        ),
        ({"SLACK_BOT_TOKEN": APP_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN}, "SLACK_APP_TOKEN"),
        ({"SLACK_BOT_TOKEN": "SECRET-4", "SLACK_SIGNING_SECRET": SECRET}, "xoxb-"),
        ({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": BOT_TOKEN}, "xapp-"),
        ({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": BOT_TOKEN}, "Signing Secret"),
        (
            {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "SLACK_API_BASE_URL": "x"},
            "SLACK_API_BASE_URL",
        ),
    ],
)
def test_check_settings_says_what_to_set(tmp_path: Path, env: dict[str, str], says: str) -> None:
    with pytest.raises(ConfigError) as caught:
        check_settings(_env(tmp_path, **env))
    message = str(caught.value)
    assert says in message
    assert message.endswith(".")
    assert "SECRET-" not in message  # never echo a token or secret back


def test_check_settings_refuses_bolts_oauth_variables(tmp_path: Path) -> None:
    # slack-bolt would switch to OAuth installs on its own and ignore SLACK_BOT_TOKEN.
    env = {"SLACK_CLIENT_ID": "123.456", "SLACK_CLIENT_SECRET": "shh"}
    with pytest.raises(ConfigError, match="SLACK_CLIENT_ID"):
        check_settings(_env(tmp_path, SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_APP_TOKEN=APP_TOKEN, **env))


@pytest.mark.parametrize(
    "env",
    [
        {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET},
        {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN},
    ],
    ids=["http", "socket-mode"],
)
def test_check_settings_accepts_http_or_socket_mode(tmp_path: Path, env: dict[str, str]) -> None:
    check_settings(_env(tmp_path, **env))


# ----------------------------------------------------------------------------- rendering


def test_manifest_declares_what_the_app_uses() -> None:
    socket_mode = manifest()
    json.dumps(socket_mode)  # the CLI prints it as JSON
    scopes = set(socket_mode["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "chat:write", "commands", "im:history", "im:read", "im:write"} <= (
        scopes
    )
    settings = socket_mode["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_mention", "message.im"}
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is True
    commands = {c["command"] for c in socket_mode["features"]["slash_commands"]}
    assert commands == {"/ask", "/release", "/cast", "/facts", "/franchise-help"}
    assert socket_mode["features"]["app_home"]["messages_tab_enabled"] is True

    url = "https://bot.example.com/slack/events"
    http = manifest(request_url=url)
    assert http["settings"]["socket_mode_enabled"] is False
    assert http["settings"]["event_subscriptions"]["request_url"] == url
    assert http["settings"]["interactivity"]["request_url"] == url
    assert all(c["url"] == url for c in http["features"]["slash_commands"])


def test_render_blocks_escapes_everything_and_keeps_limits() -> None:
    reply = Reply(
        ReplyKind.DECLINE,
        "I can't tell <!channel> & <@U123> that. " + "x" * 7000,
        title="<!here>",
        sources=(Source("facts/<!everyone>.toml", "say <!here>", "2021-05-01"),),
        suggestions=("who is <@U999>?", "y" * 200),
    )
    text, blocks = render_blocks(reply)
    everything = text + json.dumps(blocks)
    for needle in FORBIDDEN:
        assert needle not in everything
    assert "&lt;!channel&gt; &amp; &lt;@U123&gt;" in text
    sections = [b for b in blocks if b["type"] == "section"]
    assert all(0 < len(b["text"]["text"]) <= 3000 for b in sections)
    context = next(b for b in blocks if b["type"] == "context")
    assert "2021-05-01" in context["elements"][0]["text"]
    labels = [
        e["text"]["text"] for e in next(b for b in blocks if b["type"] == "actions")["elements"]
    ]
    assert all(len(label) <= 75 for label in labels)


def test_render_blocks_for_a_plain_answer() -> None:
    text, blocks = render_blocks(Reply(ReplyKind.ANSWER, "Tom Cruise."))
    assert text == "Tom Cruise."
    assert blocks == [{"type": "section", "text": {"type": "mrkdwn", "text": "Tom Cruise."}}]


@pytest.mark.parametrize(
    ("typed", "question"),
    [
        ("<@UBOT> who's returning for MI7?", "who's returning for MI7?"),
        ("<!channel> <!here|here> <!everyone> when is MI8?", "when is MI8?"),
        ("<!subteam^S0123|@fans> cast of MI7", "cast of MI7"),
        ("what about <#C0123|general>?", "what about #general?"),
        ("see <https://example.com/mi7|the article> please", "see the article please"),
        ("see <https://example.com/mi7>", "see https://example.com/mi7"),
        ("Fast &amp; Furious &lt;3", "Fast & Furious <3"),
    ],
)
def test_clean_question_strips_slack_markup(typed: str, question: str) -> None:
    assert clean_question(typed) == question


# ----------------------------------------------------------------------------- conversations

THREAD = "1700000100.000100"  # the fan's first mention: the bot answers in its thread


async def say(slack: SignedSlack, fake: FakeSlack, event: dict[str, Any]) -> str:
    """Send an event; the text the bot posted in reply."""
    status, _ = await slack.event(event)
    assert status == 200
    return str((await fake.next_call("chat.postMessage")).data["text"])


async def test_a_follow_up_in_the_thread_is_answered_from_the_conversation(
    slack: SignedSlack, fake: FakeSlack
) -> None:
    assert MI7_RELEASE in await say(slack, fake, mention("when does mi7 come out", ts=THREAD))
    followed = await say(slack, fake, mention("and mi8?", ts="1700000100.000200", thread_ts=THREAD))
    assert "Mission: Impossible 8" in followed and "November 4, 2022" in followed
    # Another top-level mention starts a thread, and a conversation, of its own.
    elsewhere = await say(slack, fake, mention("and mi8?", ts="1700000100.000300"))
    assert "November 4, 2022" not in elsewhere


async def test_a_follow_up_in_a_dm(slack: SignedSlack, fake: FakeSlack) -> None:
    await say(slack, fake, dm("who plays julia meade?", ts="1700000200.000100"))
    assert "Monaghan" in await say(slack, fake, dm("is she back?", ts="1700000200.000200"))


async def test_two_users_in_one_thread_keep_their_own_context(
    slack: SignedSlack, fake: FakeSlack
) -> None:
    def said(text: str, n: int, user: str) -> dict[str, Any]:
        return mention(text, ts=f"1700000300.00010{n}", thread_ts=THREAD, user=user)

    await say(slack, fake, said("when does mi7 come out", 1, FAN))
    await say(slack, fake, said("who plays julia meade?", 2, OTHER_FAN))
    fan_reply = await say(slack, fake, said("and mi8?", 3, FAN))
    other_reply = await say(slack, fake, said("is she back?", 4, OTHER_FAN))
    assert "November 4, 2022" in fan_reply and "Monaghan" not in fan_reply
    assert "Monaghan" in other_reply and "November" not in other_reply


async def test_moderators_look_up_facts_by_slash_command(
    slack: SignedSlack, fake: FakeSlack
) -> None:
    """Issue 14: /facts list and audit read the rest of the line, as in any chat."""
    _, _, response_url = await slack.command(
        "/facts", "list film:MI8 topic:release_date", user=MODERATOR
    )
    listed = (await fake.next_call(response_url.removeprefix(fake.url))).data["text"]
    assert "2 facts (film 'MI8', topic 'release_date')" in listed
    assert "mi8-release-date (release_date, mi7-article.txt)" in listed
    _, _, response_url = await slack.command("/facts", "audit 1", user=MODERATOR)
    audited = (await fake.next_call(response_url.removeprefix(fake.url))).data["text"]
    assert "Time-sensitive, over 365 days old (15)" in audited and "and 14 more" in audited


async def test_small_talk_is_never_logged_as_unanswered(
    slack: SignedSlack, fake: FakeSlack
) -> None:
    assert "welcome" in (await say(slack, fake, dm("thanks!", ts="1700000400.1"))).lower()
    await say(slack, fake, dm("who directs Mission Impossible 9?", ts="1700000400.2"))
    _, _, response_url = await slack.command("/facts", "unanswered", user=MODERATOR)
    unanswered = (await fake.next_call(response_url.removeprefix(fake.url))).data["text"]
    assert "Mission Impossible 9" in unanswered and "thanks" not in unanswered.lower()
