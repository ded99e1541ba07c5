"""The Discord adapter, end to end: the real discord.py client, run by `serve()` exactly as
`franchise-bot run` runs it, against a loopback fake Discord, answering from the real Service.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import discord
import pytest
from discord_running import running
from fakes.discord_fake import (
    APP_ID,
    BOT_ID,
    BOT_ROLE_ID,
    BOT_USER,
    CHANNEL_ID,
    DM_CHANNEL_ID,
    EPHEMERAL,
    FAN,
    GUILD_ID,
    MANAGE_GUILD,
    MEMBER_PERMISSIONS,
    MESSAGE_CONTENT_INTENT,
    MOD,
    MOD_ROLE_ID,
    NAMED_MODERATOR_ROLE_ID,
    OTHER_BOT,
    FakeDiscord,
    user,
)

from adapters.discord_bot import (
    FranchiseClient,
    api_base_url,
    clean_text,
    fetch_invite_url,
    gateway_url,
    invite_url,
    render_embed,
    serve,
    sync_commands,
)
from adapters.discord_setup import DiscordSettings
from bot.errors import ConfigError
from bot.models import Source
from bot.replies import Reply, ReplyKind
from bot.service import Service

TOKEN = "MTIzNDU2Nzg5.fake-bot-token.d0-n0t-l0g-m3"
REPLY_TO_CHANNEL = rf"/channels/{CHANNEL_ID}/messages"
CALLBACK = r"/interactions/\d+/[^/]+/callback"
FOLLOWUP = rf"/webhooks/{APP_ID}/[^/]+"
MI7_RETURNING = ("Vanessa Kirby", "Rebecca Ferguson", "Angela Bassett")

FAN_CLUB_SOURCE = """date 2021-11-20

The fan club told @everyone and @here to meet at the screening.
"""
FAN_CLUB_FACTS = """source = "fan-club.txt"

[[entity]]
id = "fan-club"
kind = "org"
name = "Franchise Fan Club"
aliases = ["fan club"]

[[fact]]
id = "fan-club-screening"
topic = "event"
about = ["fan-club"]
answer = "The fan club told @everyone and @here to meet at the screening."
quote = "The fan club told @everyone and @here to meet at the screening."
questions = ["What did the fan club say?", "What did the fan club tell everyone?"]
"""


def add_fan_club_facts(facts_dir: Path) -> None:
    """A valid new fact whose text contains @everyone and @here."""
    (facts_dir / "sources" / "fan-club.txt").write_text(FAN_CLUB_SOURCE, encoding="utf-8")
    (facts_dir / "fan-club.toml").write_text(FAN_CLUB_FACTS, encoding="utf-8")


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord(TOKEN)
    await server.start()
    try:
        yield server
    finally:
        await server.close()


@pytest.fixture
def discord_settings(fake: FakeDiscord) -> DiscordSettings:
    """The environment an operator would set, pointing at the fake (API URL without /api/v10)."""
    return DiscordSettings.from_env(
        {
            "DISCORD_TOKEN": TOKEN,
            "DISCORD_API_BASE_URL": fake.http_url,
            "DISCORD_GATEWAY_URL": fake.gateway_url,
            "DISCORD_MODERATOR_ROLE_IDS": str(MOD_ROLE_ID),
        }
    )


@pytest.fixture
async def bot(
    service: Service, discord_settings: DiscordSettings, fake: FakeDiscord
) -> AsyncIterator[FranchiseClient]:
    async with running(service, discord_settings, fake) as client:
        yield client


def embed_of(body: dict[str, Any]) -> dict[str, Any]:
    """The single embed of a message body or of an interaction callback body."""
    data = body.get("data", body)
    embeds = data["embeds"]
    assert len(embeds) == 1
    embed: dict[str, Any] = embeds[0]
    return embed


def embed_text(body: dict[str, Any]) -> str:
    embed = embed_of(body)
    parts = [embed.get("title", ""), embed.get("description", "")]
    parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
    return "\n".join(parts)


def flags_of(body: dict[str, Any]) -> int:
    data = body.get("data", body) or {}
    return int(data.get("flags", 0) or 0)


def assert_never_pings(fake: FakeDiscord) -> None:
    """Every request that posts or edits a message says who may be pinged: nobody."""
    writes = [r for r in fake.requests if r.method in {"POST", "PATCH"}]
    assert writes
    for request in writes:
        body = request.body
        if re.fullmatch(CALLBACK, request.path) and body.get("type") in {5, 6, 8}:
            continue  # defer / autocomplete: carries no message
        data = body.get("data", body) if re.fullmatch(CALLBACK, request.path) else body
        mentions = data.get("allowed_mentions")
        assert mentions is not None, f"{request} has no allowed_mentions"
        assert mentions["parse"] == [], f"{request} may ping {mentions['parse']}"
        assert not mentions.get("users") and not mentions.get("roles")
        assert not mentions.get("replied_user")


# --------------------------------------------------------------------------- messages


@pytest.mark.parametrize(
    "mention",
    [f"<@{BOT_ID}>", f"<@!{BOT_ID}>", f"<@&{BOT_ROLE_ID}>"],
    ids=["user", "nickname", "bot-role"],
)
async def test_mention_is_answered_in_a_reply(
    bot: FranchiseClient, fake: FakeDiscord, mention: str
) -> None:
    mark = fake.mark()
    question = await fake.send_message(f"{mention} who's returning for MI7?")

    sent = await fake.next_request("POST", REPLY_TO_CHANNEL, since=mark)

    assert sent.authorized
    assert str(sent.body["message_reference"]["message_id"]) == question["id"]
    text = embed_text(sent.body)
    for name in MI7_RETURNING:
        assert name in text
    assert "mi7-article.txt (2021-11-19)" in text  # the source and its date
    assert sent.body["allowed_mentions"] == {"parse": [], "replied_user": False}


async def test_reply_to_the_bot_is_a_question(bot: FranchiseClient, fake: FakeDiscord) -> None:
    mark = fake.mark()
    earlier = await fake.send_message(f"<@{BOT_ID}> help")
    answer = await fake.next_request("POST", REPLY_TO_CHANNEL, since=mark)
    bot_message = {
        "id": "123456789012345678",
        "channel_id": str(CHANNEL_ID),
        "guild_id": str(GUILD_ID),
        "type": 19,
        "content": "",
        "author": BOT_USER,
        "embeds": answer.body["embeds"],
        "attachments": [],
        "mentions": [],
        "mention_roles": [],
        "mention_everyone": False,
        "pinned": False,
        "tts": False,
        "timestamp": earlier["timestamp"],
        "edited_timestamp": None,
        "flags": 0,
        "components": [],
    }

    mark = fake.mark()
    question = await fake.send_message("when does MI7 come out?", reply_to=bot_message)
    sent = await fake.next_request("POST", REPLY_TO_CHANNEL, since=mark)

    assert str(sent.body["message_reference"]["message_id"]) == question["id"]
    assert "November 19, 2021" in embed_text(sent.body)


async def test_direct_message_needs_no_mention(bot: FranchiseClient, fake: FakeDiscord) -> None:
    mark = fake.mark()
    question = await fake.send_message("who's returning for MI7?", dm=True)

    sent = await fake.next_request("POST", rf"/channels/{DM_CHANNEL_ID}/messages", since=mark)

    assert str(sent.body["message_reference"]["message_id"]) == question["id"]
    assert all(name in embed_text(sent.body) for name in MI7_RETURNING)


async def test_ignores_itself_other_bots_and_unaddressed_chat(
    bot: FranchiseClient, fake: FakeDiscord
) -> None:
    mark = fake.mark()
    await fake.send_message(f"<@{BOT_ID}> who's returning for MI7?", author=BOT_USER)
    await fake.send_message(f"<@{BOT_ID}> who's returning for MI7?", author=OTHER_BOT)
    await fake.send_message("who's returning for MI7?")  # in a channel, not addressed
    await fake.send_message("@everyone who's returning for MI7?")  # not a mention of the bot
    # Gateway events are handled in order: once this one is answered, the ones before
    # it have been handled too.
    last = await fake.send_message(f"<@{BOT_ID}> when does MI7 come out?", author=MOD)
    sent = await fake.next_request("POST", REPLY_TO_CHANNEL, since=mark)

    assert str(sent.body["message_reference"]["message_id"]) == last["id"]
    await asyncio.sleep(0.05)
    assert [str(r) for r in fake.requests_since(mark)] == [str(sent)]


async def test_rate_limited_user_gets_one_notice_then_silence(
    bot: FranchiseClient, fake: FakeDiscord, service: Service
) -> None:
    limit = service.settings.rate_limit
    mark = fake.mark()
    for _ in range(limit + 3):
        await fake.send_message(f"<@{BOT_ID}> when does MI7 come out?")
    last = await fake.send_message(f"<@{BOT_ID}> when does MI7 come out?", author=MOD)
    await fake.next_request("POST", REPLY_TO_CHANNEL, since=mark)  # at least one answer arrived
    async with asyncio.timeout(5):
        while not any(
            r.body and str(r.body["message_reference"]["message_id"]) == last["id"]
            for r in fake.requests_since(mark)
        ):
            await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)

    posts = [r for r in fake.requests_since(mark) if r.method == "POST"]
    # `limit` answers and one notice for the fan, one answer for the moderator.
    assert len(posts) == limit + 2
    notices = [p for p in posts if "faster than I can keep up" in embed_text(p.body)]
    assert len(notices) == 1


# --------------------------------------------------------------------------- slash commands


async def test_release_command(bot: FranchiseClient, fake: FakeDiscord) -> None:
    mark = fake.mark()
    await fake.run_command("release", {"film": "MI7"})

    callback = await fake.next_request("POST", CALLBACK, since=mark)

    assert callback.query.get("with_response") == "1"
    assert callback.body["type"] == 4
    assert "November 19, 2021" in embed_text(callback.body)
    assert embed_of(callback.body)["title"] == "Release dates"
    assert not flags_of(callback.body) & EPHEMERAL  # an answer is public


async def test_ask_command(bot: FranchiseClient, fake: FakeDiscord) -> None:
    mark = fake.mark()
    await fake.run_command("ask", {"question": "who's returning for MI7?"})

    callback = await fake.next_request("POST", CALLBACK, since=mark)

    assert callback.body["type"] == 4
    text = embed_text(callback.body)
    assert all(name in text for name in MI7_RETURNING)
    assert "Source: mi7-article.txt (2021-11-19)" in text


async def test_cast_command_in_a_dm(bot: FranchiseClient, fake: FakeDiscord) -> None:
    mark = fake.mark()
    await fake.run_command("cast", {"film": "Mission: Impossible 7"}, dm=True)

    callback = await fake.next_request("POST", CALLBACK, since=mark)

    assert callback.body["type"] == 4
    assert "Rebecca Ferguson" in embed_text(callback.body)


async def test_help_command_is_ephemeral(bot: FranchiseClient, fake: FakeDiscord) -> None:
    mark = fake.mark()
    await fake.run_command("help")

    callback = await fake.next_request("POST", CALLBACK, since=mark)

    assert "/release" in embed_text(callback.body)
    assert flags_of(callback.body) & EPHEMERAL


async def test_film_autocomplete(bot: FranchiseClient, fake: FakeDiscord) -> None:
    mark = fake.mark()
    await fake.autocomplete("release", "film", "Mission")

    callback = await fake.next_request("POST", CALLBACK, since=mark)

    assert callback.body["type"] == 8
    choices = callback.body["data"]["choices"]
    names = [c["name"] for c in choices]
    assert "Mission: Impossible 7" in names
    assert all(c["name"] == c["value"] for c in choices)
    assert 0 < len(choices) <= 25


# --------------------------------------------------------------------------- moderators


async def test_moderator_reload_reports_counts(
    bot: FranchiseClient, fake: FakeDiscord, service: Service, facts_dir: Path
) -> None:
    before = service.version
    assert before is not None
    add_fan_club_facts(facts_dir)
    mark = fake.mark()
    await fake.run_command("facts", subcommand="reload", author=MOD, permissions=MANAGE_GUILD)

    deferred = await fake.next_request("POST", CALLBACK, since=mark)
    followup = await fake.next_request("POST", FOLLOWUP, since=mark)

    assert deferred.body["type"] == 5  # thinking...
    assert flags_of(deferred.body) & EPHEMERAL
    assert flags_of(followup.body) & EPHEMERAL
    text = embed_text(followup.body)
    assert "Facts reloaded" in text
    counts = re.search(r"(\d+) facts \(\+(\d+) -0 ~0\)", text)
    assert counts, text
    assert int(counts.group(1)) == len(service.engine.facts.facts)
    assert int(counts.group(2)) >= 1  # the fan-club fact (and its source sentence)
    assert service.version == before + 1


@pytest.mark.parametrize(
    "who",
    [
        {"author": FAN},
        {"author": user(600000000000000009, "Moderator"), "nick": "Moderator"},
        {"author": FAN, "roles": (NAMED_MODERATOR_ROLE_ID,)},
        {"author": MOD, "permissions": MANAGE_GUILD, "dm": True},
    ],
    ids=["member", "named-moderator", "role-named-moderator", "dm"],
)
async def test_reload_refused_without_permission(
    bot: FranchiseClient,
    fake: FakeDiscord,
    service: Service,
    facts_dir: Path,
    who: dict[str, Any],
) -> None:
    before = service.version
    add_fan_club_facts(facts_dir)  # a reload would make a new version
    mark = fake.mark()
    await fake.run_command("facts", subcommand="reload", **who)

    callback = await fake.next_request("POST", CALLBACK, since=mark)

    assert callback.body["type"] == 4  # refused at once, no "thinking"
    assert flags_of(callback.body) & EPHEMERAL
    assert "Only moderators" in embed_text(callback.body)
    await asyncio.sleep(0.05)
    assert service.version == before
    assert not [r for r in fake.requests_since(mark) if re.fullmatch(FOLLOWUP, r.path)]


async def test_configured_role_grants_moderator(
    bot: FranchiseClient, fake: FakeDiscord, service: Service
) -> None:
    mark = fake.mark()
    # Only ordinary member permissions, but a role listed in DISCORD_MODERATOR_ROLE_IDS.
    await fake.run_command(
        "facts", subcommand="status", roles=(MOD_ROLE_ID,), permissions=MEMBER_PERMISSIONS
    )

    followup = await fake.next_request("POST", FOLLOWUP, since=mark)

    assert f"Serving fact version {service.version}" in embed_text(followup.body)
    assert flags_of(followup.body) & EPHEMERAL


async def test_unanswered_command(bot: FranchiseClient, fake: FakeDiscord) -> None:
    mark = fake.mark()
    await fake.send_message(f"<@{BOT_ID}> who directs Mission Impossible 9?")
    await fake.next_request("POST", REPLY_TO_CHANNEL, since=mark)
    await fake.run_command("facts", subcommand="unanswered", author=MOD, permissions=MANAGE_GUILD)

    followup = await fake.next_request("POST", FOLLOWUP, since=mark)

    assert "Mission Impossible 9" in embed_text(followup.body)


async def test_moderators_look_up_facts_by_slash_command(
    bot: FranchiseClient, fake: FakeDiscord
) -> None:
    """Issue 14: /facts show, search and unanswered with their options, through discord.py."""
    mark = fake.mark()
    await fake.run_command(
        "facts", {"id": "mi7-director"}, subcommand="show", author=MOD, permissions=MANAGE_GUILD
    )
    shown = embed_text((await fake.next_request("POST", FOLLOWUP, since=mark)).body)
    assert "mi7-director: mission-impossible.toml:" in shown
    assert "Questions: Who directs MI7?" in shown
    mark = fake.mark()
    search = {"text": "who directs mi7"}
    await fake.run_command(
        "facts", search, subcommand="search", author=MOD, permissions=MANAGE_GUILD
    )
    searched = embed_text((await fake.next_request("POST", FOLLOWUP, since=mark)).body)
    assert "the bot answers from mi7-director" in searched
    mark = fake.mark()
    await fake.run_command(
        "facts", {"limit": "none"}, subcommand="unanswered", author=MOD, permissions=MANAGE_GUILD
    )
    refused = embed_text((await fake.next_request("POST", FOLLOWUP, since=mark)).body)
    assert "The limit must be a whole number from 1 to 50, not 'none'." in refused


async def test_broken_fact_file_keeps_old_facts(
    bot: FranchiseClient, fake: FakeDiscord, service: Service, facts_dir: Path
) -> None:
    before = service.version
    (facts_dir / "broken.toml").write_text('[[fact]]\nid = "oops"\nanswer = \n', "utf-8")
    mark = fake.mark()
    await fake.run_command("facts", subcommand="reload", author=MOD, permissions=MANAGE_GUILD)

    followup = await fake.next_request("POST", FOLLOWUP, since=mark)

    text = embed_text(followup.body)
    assert "Reload refused" in text
    assert "broken.toml" in text
    assert embed_of(followup.body)["color"] == discord.Colour.red().value
    assert service.version == before

    mark = fake.mark()
    await fake.run_command("ask", {"question": "who's returning for MI7?"})
    callback = await fake.next_request("POST", CALLBACK, since=mark)
    assert all(name in embed_text(callback.body) for name in MI7_RETURNING)


# --------------------------------------------------------------------------- safety


async def test_everyone_never_pings(
    bot: FranchiseClient, fake: FakeDiscord, service: Service, facts_dir: Path
) -> None:
    add_fan_club_facts(facts_dir)
    assert (await service.reload()).ok

    mark = fake.mark()
    await fake.send_message(f"<@{BOT_ID}> @everyone @here what did the fan club say?")
    sent = await fake.next_request("POST", REPLY_TO_CHANNEL, since=mark)
    assert "@everyone" in embed_text(sent.body)  # readable, not mangled

    await fake.run_command("ask", {"question": "@everyone what did the fan club say?"})
    callback = await fake.next_request("POST", CALLBACK, since=mark)
    assert "@everyone" in embed_text(callback.body)

    await fake.run_command("facts", subcommand="reload", author=MOD, permissions=MANAGE_GUILD)
    await fake.next_request("POST", FOLLOWUP, since=mark)

    assert_never_pings(fake)


async def test_identify_asks_only_for_needed_intents(
    bot: FranchiseClient, fake: FakeDiscord
) -> None:
    assert fake.identify is not None
    intents = fake.identify["intents"]
    assert intents & MESSAGE_CONTENT_INTENT  # reads the text of mentions and DMs
    expected = discord.Intents.none()
    expected.guilds = expected.guild_messages = expected.dm_messages = True
    expected.message_content = True
    assert intents == expected.value  # no members or presences (privileged, unneeded)


async def test_token_never_logged(
    service: Service,
    discord_settings: DiscordSettings,
    fake: FakeDiscord,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    async with running(service, discord_settings, fake):
        mark = fake.mark()
        await fake.send_message(f"<@{BOT_ID}> who's returning for MI7?")
        await fake.next_request("POST", REPLY_TO_CHANNEL, since=mark)
        await fake.run_command("facts", subcommand="reload", author=MOD, permissions=MANAGE_GUILD)
        await fake.next_request("POST", FOLLOWUP, since=mark)

    assert fake.identify is not None and fake.identify["token"] == TOKEN  # it was used
    assert any(r.authorized for r in fake.requests)
    assert caplog.records  # discord.py did log at DEBUG
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(discord_settings)


async def test_wrong_token_is_a_config_error(
    service: Service, discord_settings: DiscordSettings, fake: FakeDiscord
) -> None:
    wrong = DiscordSettings.from_env(
        {
            "DISCORD_TOKEN": "not-the-token",
            "DISCORD_API_BASE_URL": fake.http_url + "/api/v10/",
            "DISCORD_GATEWAY_URL": fake.gateway_url,
        }
    )
    route_base = discord.http.Route.BASE
    with pytest.raises(ConfigError, match="DISCORD_TOKEN") as caught:
        await asyncio.wait_for(serve(service, wrong), 10)
    assert "not-the-token" not in str(caught.value)
    assert route_base == discord.http.Route.BASE  # discord.py's globals are put back
    assert fake.identify is None  # never reached the gateway


async def test_missing_token_is_a_config_error(service: Service) -> None:
    with pytest.raises(ConfigError, match="'DISCORD_TOKEN' is missing"):
        await serve(service, DiscordSettings.from_env({}))


# --------------------------------------------------------------------------- CLI helpers


async def test_sync_commands(discord_settings: DiscordSettings, fake: FakeDiscord) -> None:
    count = await sync_commands(discord_settings, None)

    put = await fake.next_request("PUT", rf"/applications/{APP_ID}/commands")
    names = {c["name"]: c for c in put.body}
    assert count == len(names) == 5
    assert set(names) == {"ask", "release", "cast", "help", "facts"}
    assert int(names["facts"]["default_member_permissions"]) == MANAGE_GUILD
    subcommands = {o["name"]: o for o in names["facts"]["options"]}
    assert set(subcommands) == {
        "reload",
        "status",
        "unanswered",
        "sources",
        "list",
        "show",
        "search",
        "audit",
    }
    shown_by = subcommands["show"]["options"][0]
    assert shown_by["name"] == "id" and shown_by["required"]
    film = names["release"]["options"][0]
    assert film["name"] == "film" and film["autocomplete"] and not film["required"]
    assert names["ask"]["description"] == "Ask a question about the franchise."
    # HTTP only: no gateway session.
    assert fake.identify is None


async def test_sync_commands_to_one_guild(
    discord_settings: DiscordSettings, fake: FakeDiscord
) -> None:
    count = await sync_commands(discord_settings, GUILD_ID)

    put = await fake.next_request("PUT", rf"/applications/{APP_ID}/guilds/{GUILD_ID}/commands")
    assert count == len(put.body) == 5


async def test_fetch_invite_url(discord_settings: DiscordSettings, fake: FakeDiscord) -> None:
    url = await fetch_invite_url(discord_settings)
    assert f"client_id={APP_ID}" in url


def test_invite_url() -> None:
    url = invite_url(APP_ID)
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "discord.com", "/oauth2/authorize")
    query = parse_qs(parts.query)
    assert query["client_id"] == [str(APP_ID)]
    assert query["scope"][0].split() == ["bot", "applications.commands"]
    perms = discord.Permissions(int(query["permissions"][0]))
    assert perms == discord.Permissions(
        view_channel=True,
        send_messages=True,
        send_messages_in_threads=True,
        embed_links=True,
        read_message_history=True,
    )
    assert not perms.administrator and not perms.mention_everyone


# --------------------------------------------------------------------------- pure pieces


@pytest.mark.parametrize(
    "given",
    [
        "http://127.0.0.1:8080",
        "http://127.0.0.1:8080/",
        "http://127.0.0.1:8080/api",
        "http://127.0.0.1:8080/api/v10",
        "http://127.0.0.1:8080/api/v10/",
    ],
)
def test_api_base_url_with_or_without_version(given: str) -> None:
    assert api_base_url(given) == "http://127.0.0.1:8080/api/v10"


@pytest.mark.parametrize("given", ["127.0.0.1:8080", "ws://127.0.0.1", "http://x/api/v9"])
def test_api_base_url_rejects(given: str) -> None:
    with pytest.raises(ConfigError, match="DISCORD_API_BASE_URL"):
        api_base_url(given)


def test_gateway_url() -> None:
    assert str(gateway_url("ws://127.0.0.1:9/gateway")) == "ws://127.0.0.1:9/gateway"
    with pytest.raises(ConfigError, match="DISCORD_GATEWAY_URL"):
        gateway_url("http://127.0.0.1:9/gateway")


def test_clean_text_strips_mentions() -> None:
    text = f"<@{BOT_ID}>  who's <@!42> returning <@&7> for MI7 in <#9>?\n"
    assert clean_text(text) == "who's returning for MI7 in ?"
    assert clean_text("@everyone hi") == "@everyone hi"


def test_render_decline_with_suggestions() -> None:
    reply = Reply(
        ReplyKind.DECLINE,
        "I don't know that.",
        suggestions=("When does MI7 come out?", "Who is returning for MI7?"),
    )
    embed = render_embed(reply).to_dict()
    field = embed["fields"][0]
    assert field["name"] == "Did you mean"
    assert "When does MI7 come out?" in field["value"]
    assert embed["description"] == "I don't know that."


def test_render_stays_within_discord_limits() -> None:
    source = Source(file="a" * 400, quote="q" * 5000, date="2021-11-19")
    reply = Reply(
        ReplyKind.ANSWER,
        "x" * 10000,
        title="t" * 500,
        sources=(source,) * 8,
        suggestions=tuple("s" * 300 for _ in range(20)),
    )
    embed = render_embed(reply)
    assert len(embed) <= 6000
    assert embed.title is not None and len(embed.title) <= 256
    assert embed.description is not None and len(embed.description) <= 4096
    assert all(len(f.value or "") <= 1024 and len(f.name or "") <= 256 for f in embed.fields)
    assert len(embed.fields) <= 25


# ----------------------------------------------------------------------------- conversations

THREAD_ID = 800000000000000009  # a thread is a channel of its own on Discord
ANA = user(600000000000000010, "Ana")


async def say(fake: FakeDiscord, text: str, *, channel_id: int | None = None, **kw: Any) -> str:
    """`text` sent as a message (mentioning the bot unless in a DM); the reply's text."""
    mark = fake.mark()
    dm = kw.get("dm", False)
    await fake.send_message(text if dm else f"<@{BOT_ID}> {text}", channel_id=channel_id, **kw)
    where = DM_CHANNEL_ID if dm else channel_id or CHANNEL_ID
    sent = await fake.next_request("POST", rf"/channels/{where}/messages", since=mark)
    return embed_text(sent.body)


async def test_a_follow_up_is_answered_from_the_conversation(
    bot: FranchiseClient, fake: FakeDiscord
) -> None:
    assert "November 19, 2021" in await say(fake, "when does mi7 come out")
    followed = await say(fake, "and mi8?")
    assert "Mission: Impossible 8" in followed and "November 4, 2022" in followed


async def test_a_thread_and_a_dm_are_conversations_of_their_own(
    bot: FranchiseClient, fake: FakeDiscord
) -> None:
    await say(fake, "when does mi7 come out", channel_id=THREAD_ID)
    assert "November 4, 2022" not in await say(fake, "and mi8?")  # the channel, not the thread
    assert "November 4, 2022" in await say(fake, "and mi8?", channel_id=THREAD_ID)
    await say(fake, "who plays julia meade?", dm=True)
    assert "Monaghan" in await say(fake, "is she back?", dm=True)


async def test_two_users_in_one_channel_keep_their_own_context(
    bot: FranchiseClient, fake: FakeDiscord
) -> None:
    await say(fake, "when does mi7 come out", author=FAN)
    await say(fake, "who plays julia meade?", author=ANA)
    fan_reply = await say(fake, "and mi8?", author=FAN)
    ana_reply = await say(fake, "is she back?", author=ANA)
    assert "November 4, 2022" in fan_reply and "Monaghan" not in fan_reply
    assert "Monaghan" in ana_reply and "November" not in ana_reply


async def test_small_talk_is_answered_and_never_logged_as_unanswered(
    bot: FranchiseClient, fake: FakeDiscord
) -> None:
    assert "welcome" in (await say(fake, "thanks!")).lower()
    await say(fake, "who directs Mission Impossible 9?")
    mark = fake.mark()
    await fake.run_command("facts", subcommand="unanswered", author=MOD, permissions=MANAGE_GUILD)
    unanswered = embed_text((await fake.next_request("POST", FOLLOWUP, since=mark)).body)
    assert "Mission Impossible 9" in unanswered and "thanks" not in unanswered.lower()
