"""Secrets and permissions, shown end to end with the real discord.py / slack-bolt code
against the loopback fakes.

- Sentinel tokens never appear in a log record (every logger at DEBUG, tracebacks included),
  an exception's text, a payload sent to users, `repr(settings)` or the CLI's error output.
- Moderator commands go by IDs and permissions, never by a display name.
- A Slack request replayed after five minutes is refused before any handler runs.
- A flood from one user does not slow answers to another.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
import os
import statistics
import sys
import time
import traceback
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
import slack_sdk.signature
from fakes.discord_fake import (
    BOT_ID,
    EPHEMERAL,
    MANAGE_GUILD,
    MEMBER_PERMISSIONS,
    MOD,
    MOD_ROLE_ID,
    NAMED_MODERATOR_ROLE_ID,
    FakeDiscord,
    user,
)
from fakes.slack_fake import FakeSlack
from test_discord import (
    CALLBACK,
    FOLLOWUP,
    REPLY_TO_CHANNEL,
    assert_never_pings,
    embed_text,
    flags_of,
    running,
)
from test_slack import SignedSlack, dm, event_body, mention, slash_form, write_pinging_fact

from adapters.discord_bot import serve as serve_discord
from adapters.discord_setup import DiscordSettings
from adapters.slack_app import EVENTS_PATH, build_app, start_http, start_socket_mode
from adapters.slack_app import serve as serve_slack
from adapters.slack_setup import SlackSettings
from bot.config import Settings
from bot.errors import ConfigError
from bot.replies import ReplyKind, Requester
from bot.service import Service

REPO = Path(__file__).resolve().parent.parent

# Tokens that are valid for the fakes, and wrong ones; every one says "sentinel" so any
# fragment of any of them is easy to spot wherever it might leak.
DISCORD_TOKEN = "sentinel-discord-MTIzNDU2.Gx7f3a.c9d1e2"
DISCORD_WRONG = "sentinel-discord-wrong-0b9e71"
SLACK_BOT_TOKEN = "xoxb-sentinel-slack-bot-51d2aa"
SLACK_BOT_WRONG = "xoxb-sentinel-slack-bot-wrong-77c1"
SLACK_APP_TOKEN = "xapp-sentinel-slack-app-8e4b03"
SLACK_APP_WRONG = "xapp-sentinel-slack-app-wrong-3f60"
SLACK_SIGNING_SECRET = "sentinel-slack-signing-secret-c06f19"
SENTINEL = "sentinel"

# Every library that could log a token at DEBUG; "franchise-bot" is Bolt's app logger.
LOGGERS = (
    "",
    "bot",
    "adapters",
    "discord",
    "slack_bolt",
    "slack_sdk",
    "franchise-bot",
    "aiohttp",
    "asyncio",
)

MODERATOR = "UMOD00001"
MODERATOR_NAME = "alice"  # the listed moderator's Slack user name
IMPOSTOR = "UIMPOSTOR1"
MI7_QUESTION = "who's returning for MI7?"


# ----------------------------------------------------------------------------- helpers


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Capture every record of every relevant logger at DEBUG for the whole test."""
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name or None)
    return caplog


def logged_text(records: list[logging.LogRecord]) -> str:
    """What any log handler could print: message, arguments, traceback and stack."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return "\n".join(f"{formatter.format(r)}\n{r.args!r}" for r in records)


def exception_text(exc: BaseException) -> str:
    """The exception as a user or an error tracker sees it, including chained ones."""
    parts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    cause = exc.__cause__ or exc.__context__
    while cause is not None:
        parts.append("".join(traceback.format_exception(cause)))
        cause = cause.__cause__ or cause.__context__
    return "\n".join(parts)


def assert_no_sentinel(where: str, text: str) -> None:
    at = text.lower().find(SENTINEL)
    assert at == -1, f"a token leaked into {where}: ...{text[max(0, at - 150) : at + 60]}..."


def slack_env(fake: FakeSlack, **override: str) -> dict[str, str]:
    return {
        "SLACK_BOT_TOKEN": SLACK_BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SLACK_SIGNING_SECRET,
        "SLACK_API_BASE_URL": fake.api_url,
        "SLACK_MODERATOR_IDS": MODERATOR,
        **override,
    }


def discord_env(fake: FakeDiscord, **override: str) -> dict[str, str]:
    return {
        "DISCORD_TOKEN": DISCORD_TOKEN,
        "DISCORD_API_BASE_URL": fake.http_url,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        "DISCORD_MODERATOR_ROLE_IDS": str(MOD_ROLE_ID),
        **override,
    }


# Bolt reads SLACK_* variables itself when a value is not given: none are set in these tests.
pytestmark = pytest.mark.usefixtures("no_slack_environment")


@pytest.fixture
async def discord_fake() -> AsyncIterator[FakeDiscord]:
    fake = FakeDiscord(DISCORD_TOKEN)
    await fake.start()
    try:
        yield fake
    finally:
        await fake.close()


@pytest.fixture
async def slack_fake() -> AsyncIterator[FakeSlack]:
    fake = await FakeSlack(bot_token=SLACK_BOT_TOKEN, app_token=SLACK_APP_TOKEN).start()
    try:
        yield fake
    finally:
        await fake.close()


class SentinelSlack(SignedSlack):
    """Slack signing with the sentinel secret; keeps every HTTP answer the app gave."""

    def __init__(self, url: str, session: aiohttp.ClientSession, fake: FakeSlack) -> None:
        super().__init__(url, session, fake)
        self.answers: list[str] = []

    async def post(
        self,
        body: str,
        content_type: str,
        *,
        secret: str = SLACK_SIGNING_SECRET,
        timestamp: int | None = None,
    ) -> tuple[int, str]:
        status, text = await super().post(body, content_type, secret=secret, timestamp=timestamp)
        self.answers.append(text)
        return status, text


@contextlib.asynccontextmanager
async def slack_over_http(
    service: Service, settings: SlackSettings, fake: FakeSlack
) -> AsyncIterator[SentinelSlack]:
    runner = await start_http(build_app(service, settings), "127.0.0.1", 0)
    url = f"http://127.0.0.1:{runner.addresses[0][1]}{EVENTS_PATH}"
    try:
        async with aiohttp.ClientSession() as session:
            yield SentinelSlack(url, session, fake)
    finally:
        await runner.cleanup()


async def posted_to(fake: FakeSlack, response_url: str) -> dict[str, Any]:
    call = await fake.next_call(response_url.removeprefix(fake.url))
    return call.data


# ----------------------------------------------------------------------------- secrets


def test_settings_never_show_a_token(tmp_path: Path) -> None:
    env = {
        "FRANCHISE_BOT_FACTS": str(tmp_path),
        "FRANCHISE_BOT_DB": str(tmp_path / "db.sqlite"),
        "DISCORD_TOKEN": DISCORD_TOKEN,
        "SLACK_BOT_TOKEN": SLACK_BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SLACK_SIGNING_SECRET,
        "SLACK_APP_TOKEN": SLACK_APP_TOKEN,
    }
    discord_settings = DiscordSettings.from_env(env)
    assert discord_settings.token is not None and discord_settings.token.reveal() == DISCORD_TOKEN
    for settings in (Settings.from_env(env), discord_settings, SlackSettings.from_env(env)):
        shown_all = (
            repr(settings),
            str(settings),
            f"{settings}",
            repr(dataclasses.asdict(settings)),
        )
        for shown in shown_all:
            assert_no_sentinel("repr(settings)", shown)
    for settings in (discord_settings, SlackSettings.from_env(env)):
        assert "**********" in repr(settings)


async def test_discord_token_never_logged_raised_or_sent(
    settings: Settings,
    service: Service,
    discord_fake: FakeDiscord,
    facts_dir: Path,
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    fake = discord_fake
    config = DiscordSettings.from_env(discord_env(fake))
    write_pinging_fact(facts_dir)  # so the moderator's reload has something to report
    async with running(service, config, fake):
        mark = fake.mark()
        await fake.send_message(f"<@{BOT_ID}> {MI7_QUESTION} @everyone \x00\u202e")
        await fake.next_request("POST", REPLY_TO_CHANNEL, since=mark)
        await fake.run_command("ask", {"question": "<@&1> when does MI7 come out?"})
        await fake.next_request("POST", CALLBACK, since=mark)
        await fake.run_command("facts", subcommand="reload", author=MOD, permissions=MANAGE_GUILD)
        reloaded = await fake.next_request("POST", FOLLOWUP, since=mark)
        assert "Facts reloaded" in embed_text(reloaded.body)
        # Discord forgets an interaction (a late answer): the reply fails and is logged
        # with its traceback, which must not carry the token either.
        payload = fake.interaction(
            {"name": "ask", "options": [{"name": "question", "type": 3, "value": "hi"}]}
        )
        del fake.interactions[payload["token"]]
        await fake.dispatch("INTERACTION_CREATE", payload)
        async with asyncio.timeout(5):
            while not any(r.exc_info for r in debug_logs.records if r.name.startswith("adapters")):
                await asyncio.sleep(0.01)
    assert fake.identify is not None and fake.identify["token"] == DISCORD_TOKEN  # it was used
    assert any(r.authorized for r in fake.requests)

    # A wrong token stops start-up with a sentence, not the token.
    wrong = DiscordSettings.from_env(discord_env(fake, DISCORD_TOKEN=DISCORD_WRONG))
    with pytest.raises(ConfigError, match="DISCORD_TOKEN") as refused:
        await asyncio.wait_for(serve_discord(service, wrong), 10)

    records = debug_logs.records
    names = {r.name.split(".")[0] for r in records}
    assert {"discord", "aiohttp", "adapters"} <= names, names  # DEBUG really was captured
    assert any(r.levelno == logging.DEBUG for r in records if r.name.startswith("discord"))
    assert_no_sentinel("the logs", logged_text(records))
    assert_no_sentinel("the wrong-token error", exception_text(refused.value))
    for request in fake.requests:  # everything the bot sent: messages, embeds, commands
        assert_no_sentinel(f"{request}", json.dumps(request.body))
    assert_never_pings(fake)


async def test_slack_tokens_never_logged_raised_or_sent(
    settings: Settings,
    service: Service,
    slack_fake: FakeSlack,
    facts_dir: Path,
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    fake = slack_fake
    config = SlackSettings.from_env(slack_env(fake))
    write_pinging_fact(facts_dir)
    async with slack_over_http(service, config, fake) as slack:
        _, _, url = await slack.command("/ask", MI7_QUESTION)
        assert "Vanessa Kirby" in (await posted_to(fake, url))["text"]
        await slack.event(mention("<!channel> when does MI7 come out?", ts="1.1"))
        await fake.next_call("chat.postMessage")
        _, _, url = await slack.command("/facts", "reload", user=MODERATOR)
        assert "facts" in (await posted_to(fake, url))["text"]
        # Slack keeps refusing a post (429 past the retries): Bolt logs the failure with
        # its traceback; the token must not be in it.
        fake.rate_limit("chat.postMessage", times=3, retry_after=0)
        await slack.event(mention(MI7_QUESTION, ts="1.2"))
        async with asyncio.timeout(5):
            while not any(r.exc_info for r in debug_logs.records):
                await asyncio.sleep(0.01)
        answers = slack.answers

    # Socket Mode uses the app-level token too.
    handler = await start_socket_mode(
        build_app(
            service, SlackSettings.from_env(slack_env(fake, SLACK_APP_TOKEN=SLACK_APP_TOKEN))
        ),
        SLACK_APP_TOKEN,
    )
    try:
        form = slash_form(
            "/ask",
            MI7_QUESTION,
            user="UFAN1",
            user_name="fan",
            response_url=fake.response_url("socket"),
        )
        await fake.ack_for(await fake.send_envelope("slash_commands", form))
        assert "Vanessa Kirby" in (await fake.next_call("/respond/socket")).data["text"]
    finally:
        await handler.close_async()

    # Wrong tokens stop start-up with a sentence naming the setting, not the token.
    refusals = []
    for env, says in [
        (slack_env(fake, SLACK_BOT_TOKEN=SLACK_BOT_WRONG), "SLACK_BOT_TOKEN"),
        (slack_env(fake, SLACK_APP_TOKEN=SLACK_APP_WRONG), "SLACK_APP_TOKEN"),
    ]:
        with pytest.raises(ConfigError, match=says) as refused:
            await asyncio.wait_for(serve_slack(service, SlackSettings.from_env(env)), 5)
        refusals.append(refused.value)

    records = debug_logs.records
    names = {r.name.split(".")[0].split(":")[0] for r in records}
    assert {"slack_sdk", "slack_bolt", "aiohttp"} <= names, names  # DEBUG really was captured
    assert any(r.exc_info for r in records)  # and a traceback was among what we checked
    assert_no_sentinel("the logs", logged_text(records))
    for exc in refusals:
        assert_no_sentinel("a refused-token error", exception_text(exc))
    for call in fake.calls:
        if call.path.startswith("/respond/") or call.method.startswith("chat."):
            assert_no_sentinel(f"a message to users ({call.path})", call.raw)
        # Tokens travel only in the Authorization header, never in a body or a URL.
        assert_no_sentinel(f"the body of {call.path}", call.raw + json.dumps(call.data))
    for ack in answers + [json.dumps(a) for a in fake.acks]:
        assert_no_sentinel("an acknowledgement", ack)
    assert any(c.headers.get("Authorization") == f"Bearer {SLACK_APP_TOKEN}" for c in fake.calls)


async def run_cli(env: dict[str, str], facts_dir: Path, db: Path) -> tuple[int, str, str]:
    """`python -m bot -vv run` in a subprocess (DEBUG logs on stderr), while this event loop
    keeps serving the fakes it talks to."""
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "-vv",
        "run",
        env={
            **clean_env,
            "FRANCHISE_BOT_FACTS": str(facts_dir),
            "FRANCHISE_BOT_DB": str(db),
            **env,
        },
        cwd=REPO,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    async with asyncio.timeout(60):
        out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_cli_rejected_tokens_say_a_sentence_not_the_token(
    discord_fake: FakeDiscord, slack_fake: FakeSlack, facts_dir: Path, tmp_path: Path
) -> None:
    cases = [
        (
            discord_env(discord_fake, DISCORD_TOKEN=DISCORD_WRONG),
            "Discord rejected 'DISCORD_TOKEN'",
        ),
        (slack_env(slack_fake, SLACK_BOT_TOKEN=SLACK_BOT_WRONG), "Slack refused SLACK_BOT_TOKEN"),
        (
            slack_env(slack_fake, SLACK_APP_TOKEN=SLACK_APP_WRONG, SLACK_SIGNING_SECRET=""),
            "Slack refused SLACK_APP_TOKEN",
        ),
    ]
    results = await asyncio.gather(
        *(run_cli(env, facts_dir, tmp_path / f"cli-{n}.db") for n, (env, _) in enumerate(cases))
    )
    for (_, says), (code, out, err) in zip(cases, results, strict=True):
        assert code == 2, err[-2000:]
        last = err.strip().splitlines()[-1]
        assert last.startswith(f"Configuration error: {says}") and last.endswith("."), last
        assert "Traceback" not in err
        assert " DEBUG " in err  # -vv really logged at DEBUG
        assert_no_sentinel("the CLI's stderr", err)
        assert_no_sentinel("the CLI's stdout", out)
    assert not discord_fake.identify  # the wrong Discord token never reached the gateway


# ----------------------------------------------------------------------------- permissions


# Each looks like a moderator by name only: no Manage Server, no moderator role ID.
DISCORD_IMPOSTORS = {
    "named-Moderator": {"author": user(600000000000000011, "Moderator"), "nick": "Moderator"},
    "named-admin": {"author": user(600000000000000012, "admin"), "nick": "Admin"},
    # The real moderator's display name ("Mod"), another account.
    "named-like-the-moderator": {"author": user(600000000000000013, "Mod"), "nick": "Mod"},
    "role-named-Moderator": {
        "author": user(600000000000000014, "Helper"),
        "roles": (NAMED_MODERATOR_ROLE_ID,),
    },
}


async def test_discord_moderator_commands_refuse_lookalike_names(
    settings: Settings, service: Service, discord_fake: FakeDiscord, facts_dir: Path
) -> None:
    fake = discord_fake
    before = service.version
    write_pinging_fact(facts_dir)  # a real reload would make a new version
    async with running(service, DiscordSettings.from_env(discord_env(fake)), fake):
        for name, who in DISCORD_IMPOSTORS.items():
            for sub in ("reload", "status", "unanswered"):
                mark = fake.mark()
                await fake.run_command(
                    "facts", subcommand=sub, permissions=MEMBER_PERMISSIONS, **who
                )
                callback = await fake.next_request("POST", CALLBACK, since=mark)
                assert callback.body["type"] == 4, (name, sub)  # refused at once, no "thinking"
                text = embed_text(callback.body)
                assert "Only moderators" in text, (name, sub, text)
                assert flags_of(callback.body) & EPHEMERAL
                assert "Serving fact version" not in text
            # Typed in a message instead of a command, it is only a question.
            mark = fake.mark()
            await fake.send_message(f"<@{BOT_ID}> /facts reload", **who)
            reply = await fake.next_request("POST", REPLY_TO_CHANNEL, since=mark)
            assert "Facts reloaded" not in embed_text(reply.body)
        await asyncio.sleep(0.05)
        assert not [r for r in fake.requests if r.path.startswith("/webhooks/")]  # no followups
        assert service.version == before

        # The real moderator (by the configured role ID, same display name) is obeyed.
        mark = fake.mark()
        await fake.run_command(
            "facts",
            subcommand="reload",
            author=MOD,
            roles=(MOD_ROLE_ID,),
            permissions=MEMBER_PERMISSIONS,
        )
        followup = await fake.next_request("POST", FOLLOWUP, since=mark)
        assert "Facts reloaded" in embed_text(followup.body)
        assert service.version != before


async def test_slack_moderator_commands_refuse_lookalike_names(
    settings: Settings, service: Service, slack_fake: FakeSlack, facts_dir: Path
) -> None:
    fake = slack_fake
    before = service.version
    write_pinging_fact(facts_dir)
    async with slack_over_http(service, SlackSettings.from_env(slack_env(fake)), fake) as slack:
        for user_name in ("Moderator", "admin", MODERATOR_NAME, MODERATOR):
            for sub in ("reload", "status", "unanswered"):
                _, _, url = await slack.command("/facts", sub, user=IMPOSTOR, user_name=user_name)
                reply = await posted_to(fake, url)
                assert reply["response_type"] == "ephemeral"
                assert "Only moderators" in reply["text"], (user_name, sub)
        # The same typed in a DM, with a moderator's name in the profile Slack attaches.
        profile = {"display_name": MODERATOR_NAME, "real_name": "Alice", "name": MODERATOR_NAME}
        await slack.event(dm("/facts reload", ts="9.1", user=IMPOSTOR, user_profile=profile))
        refused = await fake.next_call("chat.postMessage")
        assert "Only moderators" in refused.data["text"]
        assert service.version == before

        # The listed moderator ID is obeyed, whatever its name.
        _, _, url = await slack.command("/facts", "reload", user=MODERATOR, user_name="someone")
        assert "facts" in (await posted_to(fake, url))["text"]
        assert service.version != before


async def test_slack_request_replayed_after_five_minutes_is_refused(
    settings: Settings,
    service: Service,
    slack_fake: FakeSlack,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = slack_fake
    async with slack_over_http(service, SlackSettings.from_env(slack_env(fake)), fake) as slack:
        signed_at = int(time.time())
        url = slack.next_response_url()
        command = urlencode(
            slash_form("/ask", MI7_QUESTION, user="UFAN1", user_name="fan", response_url=url)
        )
        event = json.dumps(event_body(mention(MI7_QUESTION, ts="7.1")))
        requests = [(command, "application/x-www-form-urlencoded"), (event, "application/json")]

        # Delivered on time, both are answered.
        for body, content_type in requests:
            status, _ = await slack.post(body, content_type, timestamp=signed_at)
            assert status == 200
        assert "Vanessa Kirby" in (await posted_to(fake, url))["text"]
        assert "Vanessa Kirby" in (await fake.next_call("chat.postMessage")).data["text"]
        logged = await service.store.question_count()
        sent = len(fake.calls)

        # The very same bytes and signature, captured and sent again 5 min 1 s later.
        later = signed_at + 5 * 60 + 1
        monkeypatch.setattr(slack_sdk.signature.Clock, "now", lambda self: float(later))
        for body, content_type in requests:
            status, _ = await slack.post(body, content_type, timestamp=signed_at)
            assert status == 401
        await asyncio.sleep(0.3)

    assert len(fake.calls) == sent  # nothing answered, not even auth.test: no handler ran
    assert await service.store.question_count() == logged  # and nothing was asked


# ----------------------------------------------------------------------------- flood

FLOOD = 2000
CALM = 20
FLOOD_TEXTS = (
    MI7_QUESTION,
    "a" * 100_000,
    "<!channel> @everyone \u202e" * 1000,
    "/release " + "e\u0301" * 50_000,
    "/cast MI7",
)


async def timed_burst(
    service: Service, calm: Requester, *, flooder: Requester | None
) -> list[float]:
    """Submit CALM questions from `calm` spread through FLOOD from `flooder` (if any),
    all concurrently; return each calm question's latency from submission to reply."""
    latencies: list[float] = []

    async def calm_question() -> None:
        submitted = time.perf_counter()
        reply = await service.ask(calm, MI7_QUESTION)
        latencies.append(time.perf_counter() - submitted)
        assert reply.kind is ReplyKind.ANSWER and "Vanessa Kirby" in reply.text, reply

    tasks = []
    for n in range(FLOOD):
        if flooder is not None:
            tasks.append(
                asyncio.create_task(service.command(flooder, FLOOD_TEXTS[n % len(FLOOD_TEXTS)]))
            )
        if n % (FLOOD // CALM) == 0:
            tasks.append(asyncio.create_task(calm_question()))
    flood_replies = await asyncio.gather(*tasks)
    if flooder is not None:
        kinds = [r.kind for r in flood_replies if r is not None]
        assert kinds.count(ReplyKind.RATE_LIMITED) == 1  # one polite notice...
        assert (
            kinds.count(ReplyKind.SILENCED) == FLOOD - service.settings.rate_limit - 1
        )  # ...then silence
    assert len(latencies) == CALM
    return latencies


async def test_a_flood_from_one_user_does_not_slow_answers_to_others(
    settings: Settings, tmp_path: Path
) -> None:
    # A window that fits the bystander's 20 questions; the flooder sends 100 times that.
    service = await Service.open(replace(settings, rate_limit=CALM, db=str(tmp_path / "flood.db")))
    try:
        await service.ask(Requester("discord", "warm-up"), MI7_QUESTION)  # caches, first write
        alone = await timed_burst(service, Requester("discord", "bystander-alone"), flooder=None)
        before_flood = await service.store.question_count()
        flooder = Requester("discord", "flooder", name="Moderator")
        flooded = await timed_burst(service, Requester("discord", "bystander"), flooder=flooder)
        logged = await service.store.question_count() - before_flood
    finally:
        await service.close()

    print(
        f"\nbystander latency, {CALM} questions: alone median {statistics.median(alone) * 1000:.1f} ms"
        f" max {max(alone) * 1000:.1f} ms; beside a {FLOOD}-question flood median"
        f" {statistics.median(flooded) * 1000:.1f} ms max {max(flooded) * 1000:.1f} ms"
    )
    # Loose guards, as timing on shared CI machines varies; they still catch a flood that
    # does any real work per refused question (hundreds of ms here).
    assert statistics.median(flooded) <= 5 * statistics.median(alone) + 0.1
    assert max(flooded) <= 5 * max(alone) + 0.25
    # Refused flood questions never reach the engine or the question log: it grew by the
    # bystander's questions and at most the flooder's allowed ones.
    assert CALM <= logged <= 2 * CALM
