"""Hostile input: whatever a fan types, the bot answers in bounded time, never raises,
never echoes control characters, and nothing it renders can ping anyone.

Property tests (hypothesis) run against the real Engine and Service, built once for the
module from the shipped facts plus two facts whose own text tries to ping (`@everyone`,
`<!channel>`, `<@U0BOSS>`). Every reply is rendered the way the adapters render it (the
Discord message payload discord.py builds around `render_embed`, Slack's `render_blocks`)
and the rendered payload is what is checked. Two end-to-end runs then send a fixed hostile
corpus through the real discord.py / slack-bolt code and the loopback fakes; the
single-question wire checks live in `test_discord.py::test_everyone_never_pings` and
`test_slack.py::test_channel_pings_in_questions_are_stripped_and_never_sent`.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import time
import unicodedata
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import aiohttp
import discord
import pytest
from conftest import SHIPPED_FACTS
from fakes.discord_fake import BOT_ID, FakeDiscord
from fakes.slack_fake import FakeSlack, _check_message
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_discord import (
    CALLBACK,
    REPLY_TO_CHANNEL,
    TOKEN,
    add_fan_club_facts,
    assert_never_pings,
    embed_text,
    running,
)
from test_slack import SIGNING_SECRET, SignedSlack, mention, write_pinging_fact

from adapters.discord_bot import NO_PINGS, clean_text, render_embed
from adapters.discord_setup import DiscordSettings
from adapters.slack_app import EVENTS_PATH, build_app, clean_question, render_blocks, start_http
from adapters.slack_setup import SlackSettings
from bot.config import Secret, Settings
from bot.engine import Engine
from bot.models import Source
from bot.replies import Reply, ReplyKind, Requester
from bot.service import Service

# A hang guard, not a speed target (benchmarks/ has those): one reply, however hostile the
# text, comes back well within this. Measured after the call returns.
HANG_GUARD_S = 2.0
LONGEST = 100_000  # characters

# Pieces people paste to break bots: controls, invisibles, bidi overrides, combining marks,
# emoji sequences, both platforms' mention markup, markdown, and the bot's own commands.
HOSTILE_PIECES = (
    "\x00",
    "\x07",
    "\x08",
    "\x1b[31m",
    "\x1b]8;;https://evil.example\x07",  # an OSC-8 terminal hyperlink
    "\r\n",
    "\t",
    "\x7f",
    "\x85",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u202e",
    "\u202d",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u061c",
    "\U000e0041",  # a tag character
    "\ue000",  # private use
    "e\u0301",
    "\u0301\u0302\u0303",
    "Z\u0336\u0337\u0338\u0489",
    "\ufdfd",
    "🔥",
    "👨\u200d👩\u200d👧\u200d👦",
    "🏳\ufe0f\u200d🌈",
    "<@123>",
    "<@!123>",
    "<@&456>",
    "<#789>",
    "@everyone",
    "@here",
    "@\u200beveryone",
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<@U123>",
    "<@W123|boss>",
    "<!subteam^S1>",
    "<!subteam^S1|@team>",
    "<!date^1392734382^{date}|x>",
    "&lt;!channel&gt;",
    "&amp;lt;!here&amp;gt;",
    "<https://evil.example|click me>",
    "<",
    ">",
    "&",
    "**bold**",
    "__underline__",
    "~~strike~~",
    "`code`",
    "```\ncode\n```",
    "> quote",
    "# heading",
    "[link](https://evil.example)",
    "||spoiler||",
    "*",
    "_",
    "/facts reload",
    "/release",
    "/cast",
    "/ask",
    "/",
)
WORDS = (
    "who",
    "is",
    "returning",
    "for",
    "MI7",
    "when",
    "does",
    "Mission: Impossible 8",
    "come out",
    "cast",
    "release",
    "what did the fan club say",
    "who catered the MI7 wrap party",
    "Tom Cruise",
    "?",
)

hostile_text = st.one_of(
    # Anything at all (hypothesis' default alphabet: every code point but surrogates).
    st.text(max_size=300),
    # Real question words mixed with hostile pieces and random characters.
    st.lists(
        st.one_of(st.sampled_from(HOSTILE_PIECES), st.sampled_from(WORDS), st.text(max_size=6)),
        max_size=40,
    ).map(" ".join),
    st.lists(st.sampled_from(HOSTILE_PIECES), max_size=30).map("".join),
    # Long: one piece repeated up to 100,000 characters.
    st.builds(
        lambda piece, n: (piece * n)[:LONGEST],
        st.sampled_from(HOSTILE_PIECES + WORDS),
        st.integers(min_value=1, max_value=LONGEST),
    ),
)
# 100,000 characters of the worst cases, tried on every run.
LONG_EXAMPLES = (
    "a" * LONGEST,
    "\x00" * LONGEST,
    "\u202e" * LONGEST,
    "e\u0301" * (LONGEST // 2),
    "🔥" * LONGEST,
    ("<!channel> @everyone <@U123> " * LONGEST)[:LONGEST],
    ("who is returning for MI7? " * LONGEST)[:LONGEST],
)

# What Slack turns into a ping or a link when it appears unescaped in message text.
SLACK_PINGS = ("<!channel>", "<!here>", "<!everyone>", "<!subteam", "<@U", "<@W")

FAN_DISCORD = Requester(platform="discord", user_id="600000000000000099", name="Moderator")
FAN_SLACK = Requester(platform="slack", user_id="UHOSTILE1", name="admin")


# ----------------------------------------------------------------------------- checks


def controls_in(text: str) -> set[str]:
    """Control, format (zero-width, bidi) and private characters; a line break is allowed."""
    return {
        ch
        for ch in text
        if ch != "\n" and unicodedata.category(ch) in {"Cc", "Cf", "Co", "Cs", "Cn"}
    }


def strings_in(value: Any) -> Iterator[str]:
    """Every string inside a JSON-like payload (a Slack `blocks` string is parsed first)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def discord_payload(reply: Reply) -> dict[str, Any]:
    """The JSON the bot POSTs for `reply`: what `Message.reply` / `Messageable.send` build
    from the adapter's arguments and the client's default allowed mentions."""
    params = discord.http.handle_message_parameters(
        embed=render_embed(reply),
        allowed_mentions=NO_PINGS,
        previous_allowed_mentions=NO_PINGS,
        mention_author=False,
    )
    payload: dict[str, Any] = params.payload
    return payload


def assert_discord_payload_is_safe(reply: Reply) -> None:
    payload = discord_payload(reply)
    # Only an embed (mentions inside an embed never notify) and an explicit "ping nobody".
    assert "content" not in payload
    assert payload["allowed_mentions"] == {"parse": [], "replied_user": False}
    (embed,) = payload["embeds"]
    # Within Discord's embed limits, or Discord would refuse the whole message.
    assert len(render_embed(reply)) <= 6000
    assert len(embed.get("title", "")) <= 256
    assert 0 < len(embed.get("description", "")) <= 4096 or embed.get("fields")
    assert len(embed.get("fields", [])) <= 25
    for field in embed.get("fields", []):
        assert 0 < len(field["name"]) <= 256 and 0 < len(field["value"]) <= 1024


def assert_slack_payload_is_inert(reply: Reply) -> None:
    text, blocks = render_blocks(reply)
    message = {"text": text, "blocks": blocks}
    assert _check_message(message) is None  # Slack would accept it (Block Kit limits)
    for string in strings_in(message):
        for ping in SLACK_PINGS:
            assert ping not in string, (ping, string[:200])
        # Everything Slack could read as markup is escaped: no raw "<" survives at all.
        assert "<" not in string, string[:200]


def assert_reply_is_clean(reply: Reply) -> None:
    assert isinstance(reply, Reply) and reply.text
    shown = [reply.text, reply.title, *reply.suggestions, *reply.source_lines()]
    for text in shown:
        assert not controls_in(text), (sorted(controls_in(text)), text[:200])


# ----------------------------------------------------------------------------- fixtures


@dataclass
class Running:
    """The module's one Service, on its own event loop, so hypothesis examples share it."""

    loop: asyncio.AbstractEventLoop
    service: Service

    def call(self, make: Callable[[], Awaitable[Reply]]) -> Reply:
        started = time.perf_counter()
        reply = self.loop.run_until_complete(make())
        elapsed = time.perf_counter() - started
        assert elapsed < HANG_GUARD_S, f"took {elapsed:.2f}s"
        return reply


@pytest.fixture(scope="module")
def hostile_facts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped facts plus the two test facts whose answers try to ping."""
    target = tmp_path_factory.mktemp("hostile") / "facts"
    shutil.copytree(SHIPPED_FACTS, target, ignore=shutil.ignore_patterns("__pycache__"))
    add_fan_club_facts(target)
    write_pinging_fact(target)
    return target


@pytest.fixture(scope="module")
def hostile_settings(hostile_facts: Path) -> Settings:
    return Settings.from_env(
        {
            "FRANCHISE_BOT_FACTS": str(hostile_facts),
            "FRANCHISE_BOT_DB": str(hostile_facts.parent / "store.db"),
            # The rate limit has its own tests; here every example must reach the engine.
            "FRANCHISE_BOT_RATE_LIMIT": "1000000",
        }
    )


@pytest.fixture(scope="module")
def shared_bot(hostile_settings: Settings) -> Iterator[Running]:
    loop = asyncio.new_event_loop()
    service = loop.run_until_complete(Service.open(hostile_settings))
    try:
        yield Running(loop, service)
    finally:
        loop.run_until_complete(service.close())
        loop.close()


@pytest.fixture(scope="module")
def engine(shared_bot: Running) -> Engine:
    return shared_bot.service.engine


def test_the_module_facts_really_try_to_ping(shared_bot: Running) -> None:
    """Without this, the rendering properties below would only ever see harmless text."""
    club = shared_bot.call(
        lambda: shared_bot.service.ask(FAN_DISCORD, "what did the fan club say?")
    )
    party = shared_bot.call(
        lambda: shared_bot.service.ask(FAN_SLACK, "who catered the MI7 wrap party?")
    )
    assert club.kind is ReplyKind.ANSWER and "@everyone" in club.text
    assert party.kind is ReplyKind.ANSWER and "<!channel>" in party.text
    assert "&lt;!channel&gt;" in render_blocks(party)[0]  # shown escaped, still readable


# ----------------------------------------------------------------------------- properties


def with_long_examples(test: Callable[..., None]) -> Callable[..., None]:
    """Try every 100,000-character case on every run, besides what hypothesis draws."""
    for text in LONG_EXAMPLES:
        test = example(question=text)(test)
    return test


@settings(deadline=None, max_examples=300)
@given(question=hostile_text)
@example(question="")
@example(question="\u202e\u2066")
@with_long_examples
def test_engine_answers_anything_in_bounded_time(engine: Engine, question: str) -> None:
    for ask in (engine.answer, engine.release, engine.cast):
        started = time.perf_counter()
        answer = ask(question)
        assert time.perf_counter() - started < HANG_GUARD_S, ask.__name__
        assert answer.text
        assert not controls_in(answer.text), sorted(controls_in(answer.text))
        assert all(not controls_in(s) for s in answer.suggestions)
    started = time.perf_counter()
    choices = engine.film_choices(question)  # Discord autocomplete sends what was typed
    assert time.perf_counter() - started < HANG_GUARD_S
    assert set(choices) <= {f.name for f in engine.films()}


# Seven service calls per example, so the 100,000-character cases are a few explicit ones.
@settings(
    deadline=None,
    max_examples=200,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(question=hostile_text)
@example(question="a" * LONGEST)
@example(question="\x00" * LONGEST)
@example(question="/" + "\u202e" * LONGEST)
@example(question="/release " + "e\u0301" * (LONGEST // 2))
@example(question="/cast " + ("<!channel> @everyone " * LONGEST)[:LONGEST])
@example(question="/\x1b[2J\x1b]8;;https://evil.example\x07click\u202e")
@example(question="/facts \x00\u202e")
def test_service_replies_to_anything_without_pinging(shared_bot: Running, question: str) -> None:
    service = shared_bot.service
    calls: list[tuple[Requester, Callable[[], Awaitable[Reply]]]] = [
        (FAN_DISCORD, lambda: service.ask(FAN_DISCORD, question)),
        (FAN_DISCORD, lambda: service.ask(FAN_DISCORD, clean_text(question))),  # as on_message
        (FAN_SLACK, lambda: service.command(FAN_SLACK, clean_question(question))),  # as a DM
        (FAN_SLACK, lambda: service.command(FAN_SLACK, question)),
        (FAN_DISCORD, lambda: service.release(FAN_DISCORD, question)),
        (FAN_SLACK, lambda: service.cast(FAN_SLACK, clean_question(question))),
        (FAN_DISCORD, lambda: service.command(FAN_DISCORD, "/" + question)),
    ]
    for who, make in calls:
        reply = shared_bot.call(make)
        # A fan never gets moderator output, whatever they type (and whatever their name).
        assert reply.kind not in {ReplyKind.INFO, ReplyKind.SILENCED}, (who, reply)
        assert_reply_is_clean(reply)
        assert_discord_payload_is_safe(reply)
        assert_slack_payload_is_inert(reply)


any_reply = st.builds(
    Reply,
    kind=st.sampled_from(ReplyKind),
    text=hostile_text.filter(str.strip),
    title=st.one_of(st.just(""), hostile_text),
    sources=st.lists(
        st.builds(
            Source,
            file=hostile_text,
            quote=hostile_text,
            date=st.one_of(st.none(), hostile_text),
        ),
        max_size=8,
    ).map(tuple),
    suggestions=st.lists(hostile_text, max_size=12).map(tuple),
)


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(reply=any_reply)
def test_any_reply_renders_within_limits_and_pings_nobody(reply: Reply) -> None:
    """Not only the replies the service makes today: any text, title, source or suggestion
    (a moderator's fact file is input too) renders inert and within both platforms' limits."""
    started = time.perf_counter()
    assert_discord_payload_is_safe(reply)
    assert_slack_payload_is_inert(reply)
    assert time.perf_counter() - started < HANG_GUARD_S


async def test_unanswered_list_shows_no_control_characters(hostile_service: Service) -> None:
    """Fans' questions reach moderators through /facts unanswered (and the CLI's terminal):
    a bidi override or an escape sequence in a question must not reach them raw."""
    hostile = [
        "who directs \u202eMI9\u202c in \u2066space\u2069?",
        "\x1b]8;;https://evil.example\x07who wrote the MI7 score?\x1b]8;;\x07",
        "who\x00 cooks for \u200bthe \x1b[31mcrew\x1b[0m?",
        "<!channel> <@U0BOSS> @everyone who is the\tcostume designer?",
    ]
    for question in hostile:
        declined = await hostile_service.ask(FAN_SLACK, question)
        assert declined.kind is not ReplyKind.ANSWER, declined.text
    moderator = Requester(platform="slack", user_id="UMOD00001", is_moderator=True)

    listed = await hostile_service.facts_unanswered(moderator, limit=50)

    assert listed.kind is ReplyKind.INFO
    assert len(listed.text.splitlines()) == 1 + len(hostile)  # a header, then one a line
    assert "cooks for" in listed.text and "costume designer" in listed.text
    assert_reply_is_clean(listed)
    assert_slack_payload_is_inert(listed)
    assert_discord_payload_is_safe(listed)


# ----------------------------------------------------------------------------- end to end

# Every kind of piece at once, as a fan would paste it; a few over platform message limits.
E2E_CORPUS = (
    "\x00\x07\x1b[31m who is returning for MI7? \u202e",
    "\u200b\u2060\ufeff",
    "@everyone @here <@&456> <#789> <@123> what did the fan club say?",
    "<!channel> <!here> <!everyone> <!subteam^S1|@team> <@U123> who catered the MI7 wrap party?",
    "&lt;!channel&gt; **bold** `code` ||spoiler|| [link](https://evil.example)",
    "Z\u0336\u0337\u0338\u0489 e\u0301 👨\u200d👩\u200d👧\u200d👦 🔥" * 50,
    "who is returning for MI7? " * 400,  # 10,400 characters
)


def in_thread(fake: FakeSlack, ts: str) -> list[Any]:
    posts = fake.calls_to("chat.postMessage") + fake.calls_to("chat.postEphemeral")
    return [p for p in posts if p.data.get("thread_ts") == ts]


@pytest.fixture
async def hostile_service(hostile_settings: Settings, tmp_path: Path) -> AsyncIterator[Service]:
    service = await Service.open(replace(hostile_settings, db=str(tmp_path / "e2e.db")))
    try:
        yield service
    finally:
        await service.close()


async def test_discord_end_to_end_hostile_corpus_is_answered_and_pings_nobody(
    hostile_service: Service, hostile_settings: Settings
) -> None:
    fake = FakeDiscord(TOKEN)
    await fake.start()
    settings = DiscordSettings(
        token=Secret(TOKEN), api_base_url=fake.http_url, gateway_url=fake.gateway_url
    )
    try:
        async with running(hostile_service, settings, fake):
            for text in E2E_CORPUS:
                mark = fake.mark()
                sent = await fake.send_message(f"<@{BOT_ID}> {text}")
                reply = await fake.next_request("POST", REPLY_TO_CHANNEL, since=mark)
                assert str(reply.body["message_reference"]["message_id"]) == sent["id"]
                assert not controls_in(embed_text(reply.body))

                mark = fake.mark()
                await fake.run_command("ask", {"question": text})
                callback = await fake.next_request("POST", CALLBACK, since=mark)
                assert callback.body["type"] == 4
                assert not controls_in(embed_text(callback.body))

                mark = fake.mark()
                await fake.run_command("release", {"film": text})
                callback = await fake.next_request("POST", CALLBACK, since=mark)
                assert callback.body["type"] == 4
            answered = embed_text(reply.body)
    finally:
        await fake.close()
    assert "Vanessa Kirby" in answered  # the 10,000-character question was still answered
    assert_never_pings(fake)


async def test_slack_end_to_end_hostile_corpus_is_answered_and_pings_nobody(
    hostile_service: Service, hostile_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)  # would switch Bolt to OAuth installs
    fake = await FakeSlack().start()
    settings = SlackSettings(
        bot_token=Secret(fake.bot_token),
        signing_secret=Secret(SIGNING_SECRET),
        api_base_url=fake.api_url,
    )
    runner = await start_http(build_app(hostile_service, settings), "127.0.0.1", 0)
    url = f"http://127.0.0.1:{runner.addresses[0][1]}{EVENTS_PATH}"
    try:
        async with aiohttp.ClientSession() as session:
            slack = SignedSlack(url, session, fake)
            for n, text in enumerate(E2E_CORPUS):
                status, _, response_url = await slack.command("/ask", text)
                assert status == 200
                answer = await fake.next_call(response_url.removeprefix(fake.url))
                assert answer.status == 200  # the fake accepted it, as Slack would
                ts = f"1700000001.{n:06d}"
                status, _ = await slack.event(mention(text, ts=ts))
                assert status == 200
                # An answer is posted in the thread; help (for an empty question) only to
                # the asker. Either way exactly one message, in that thread.
                async with asyncio.timeout(5):
                    while not (posts := in_thread(fake, ts)):
                        await asyncio.sleep(0.01)
                assert len(posts) == 1
    finally:
        await runner.cleanup()
        await fake.close()
    assert "Vanessa Kirby" in answer.data["text"]
    outbound = fake.outbound()
    assert len(outbound) == 2 * len(E2E_CORPUS)
    for call in outbound:
        data = dict(call.data)
        if isinstance(data.get("blocks"), str):
            data["blocks"] = json.loads(data["blocks"])
        assert _check_message(data) is None
        for string in strings_in(data):
            assert not any(ping in string for ping in SLACK_PINGS), string[:200]
            # The one invisible allowed is the adapter's own: "@\u2060here" keeps @here inert.
            assert not controls_in(string.replace("@\u2060", "@")), string[:200]
