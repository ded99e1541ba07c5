"""Discord sharding (issue 15, item 3): DISCORD_SHARD_COUNT and DISCORD_SHARD_IDS run a group
of shards per process through discord.py's AutoShardedClient. The real client against the
loopback gateway, which routes each server's events only to the connection of its shard;
last, two `franchise-bot run` processes with two shards each share the four shards."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Mapping
from pathlib import Path

import discord
import pytest
from discord_running import running
from fakes.discord_fake import (
    BOT_ID,
    DM_CHANNEL_ID,
    FakeDiscord,
    GatewaySession,
    channel_of,
    guild_on_shard,
    shard_of,
    user,
)

from adapters import discord_shards
from adapters.discord_bot import FranchiseClient, ShardedFranchiseClient, build_client
from adapters.discord_setup import DiscordSettings
from adapters.discord_shards import ShardState
from bot.config import Settings, ShardGroup, read_shard_group
from bot.errors import ConfigError
from bot.service import Service

TOKEN = "MTIzNDU2Nzg5.fake-bot-token.sh4rds-d0-n0t-l0g"
REPO = Path(__file__).resolve().parent.parent
QUESTION = f"<@{BOT_ID}> who's returning for MI7?"
ANSWER = "Vanessa Kirby"
SHARDS = 4
# Two servers on each of the four shards.
GUILDS = [guild_on_shard(shard, SHARDS, n) for shard in range(SHARDS) for n in range(2)]
MINE = "shards 0, 1 of 4"  # the group the in-process tests run
EVERY_SHARD_READY_S = 15.0  # one log-in per shard, at most max_concurrency at a time
# Two fresh interpreters importing the bot and logging in: seconds here, but a loaded CI
# machine once took longer than a minute without saying why, hence the logs on failure.
SHARDS_UP_S = 90.0


def fan(n: int) -> dict[str, object]:
    """A different fan per server: rate limits are per user, and not what is tested here."""
    return user(600000000000000100 + n, f"Fan {n}")


def shard_env(fake: FakeDiscord, ids: str = "", *, caller: str = "") -> dict[str, str]:
    env = {
        "DISCORD_TOKEN": TOKEN,
        "DISCORD_API_BASE_URL": fake.http_url_for(caller) if caller else fake.http_url,
        "DISCORD_GATEWAY_URL": fake.gateway_url_for(caller) if caller else fake.gateway_url,
        "DISCORD_SHARD_COUNT": str(SHARDS),
    }
    if ids:
        env["DISCORD_SHARD_IDS"] = ids
    return env


@contextlib.asynccontextmanager
async def sharded_fake(max_concurrency: int = SHARDS) -> AsyncIterator[FakeDiscord]:
    fake = FakeDiscord(TOKEN, guild_ids=GUILDS, shard_count=SHARDS, max_concurrency=max_concurrency)
    await fake.start()
    try:
        yield fake
    finally:
        await fake.close()


async def answered(fake: FakeDiscord, guild_id: int, n: int = 0) -> str:
    """A fan's question in `guild_id`'s channel; the text of the bot's reply there."""
    since = fake.mark()
    await fake.send_message(QUESTION, guild_id=guild_id, author=fan(n))
    reply = await fake.next_request(
        "POST", f"/channels/{channel_of(guild_id)}/messages", since=since
    )
    return str(reply.body["embeds"][0]["description"])


# --------------------------------------------------------------------------- settings


@pytest.mark.parametrize(
    ("env", "group"),
    [
        ({}, None),
        ({"DISCORD_SHARD_COUNT": "4"}, ShardGroup(4)),
        ({"DISCORD_SHARD_COUNT": "4", "DISCORD_SHARD_IDS": "0,1"}, ShardGroup(4, (0, 1))),
        ({"DISCORD_SHARD_COUNT": "4", "DISCORD_SHARD_IDS": "2-3"}, ShardGroup(4, (2, 3))),
        ({"DISCORD_SHARD_COUNT": "8", "DISCORD_SHARD_IDS": " 5, 0-1,1 "}, ShardGroup(8, (0, 1, 5))),
    ],
)
def test_shard_settings_are_read(env: dict[str, str], group: ShardGroup | None) -> None:
    assert read_shard_group(env) == group
    assert DiscordSettings.from_env({"DISCORD_TOKEN": TOKEN, **env}).shards == group


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"DISCORD_SHARD_IDS": "0,1"},
            "'DISCORD_SHARD_IDS' needs 'DISCORD_SHARD_COUNT': set it to the number of shards "
            "across all of the bot's processes.",
        ),
        (
            {"DISCORD_SHARD_COUNT": "4", "DISCORD_SHARD_IDS": "2-4"},
            "'DISCORD_SHARD_IDS' names shard 4, but with 'DISCORD_SHARD_COUNT' 4 the shards are "
            "numbered 0 to 3.",
        ),
        (
            {"DISCORD_SHARD_COUNT": "4", "DISCORD_SHARD_IDS": "0 and 1"},
            "'DISCORD_SHARD_IDS' must list shard numbers or ranges separated by commas, such as "
            "0,1 or 2-3; '0 and 1' is not one.",
        ),
        (
            {"DISCORD_SHARD_COUNT": "4", "DISCORD_SHARD_IDS": "3-2"},
            "'DISCORD_SHARD_IDS' must list shard numbers or ranges separated by commas, such as "
            "0,1 or 2-3; '3-2' is not one.",
        ),
        (
            {"DISCORD_SHARD_COUNT": "four"},
            "'DISCORD_SHARD_COUNT' must be a whole number, not 'four'.",
        ),
        ({"DISCORD_SHARD_COUNT": "0"}, "'DISCORD_SHARD_COUNT' must be at least 1, not 0."),
    ],
)
def test_bad_shard_settings_get_one_sentence(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        DiscordSettings.from_env({"DISCORD_TOKEN": TOKEN, **env})
    assert str(caught.value) == message


def test_franchise_bot_run_refuses_shard_ids_without_a_count(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    env.update(
        FRANCHISE_BOT_DB=str(tmp_path / "store.db"), DISCORD_TOKEN=TOKEN, DISCORD_SHARD_IDS="1"
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env=env,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "Configuration error: 'DISCORD_SHARD_IDS' needs 'DISCORD_SHARD_COUNT': set it to the "
        "number of shards across all of the bot's processes."
    )


# --------------------------------------------------------------------------- the client


def test_without_shard_settings_the_bot_keeps_one_plain_connection(service: Service) -> None:
    client = build_client(service, DiscordSettings.from_env({"DISCORD_TOKEN": TOKEN}))
    assert type(client) is FranchiseClient
    assert not isinstance(client, discord.AutoShardedClient)
    assert client.shard_count is None


@pytest.mark.parametrize(("ids", "expected"), [("2,3", [2, 3]), ("", None)])
def test_shard_settings_reach_auto_sharded_client(
    service: Service, ids: str, expected: list[int] | None
) -> None:
    env = {"DISCORD_TOKEN": TOKEN, "DISCORD_SHARD_COUNT": "4"}
    if ids:
        env["DISCORD_SHARD_IDS"] = ids
    client = build_client(service, DiscordSettings.from_env(env))
    assert isinstance(client, ShardedFranchiseClient)
    assert isinstance(client, discord.AutoShardedClient)
    assert client.shard_count == 4
    assert client.shard_ids == expected
    states = client.shard_states()
    assert list(states) == (expected or [0, 1, 2, 3])
    assert set(states.values()) == {ShardState.CONNECTING}


async def test_a_shard_group_carries_only_its_shards_servers(
    service: Service, caplog: pytest.LogCaptureFixture
) -> None:
    """Shards 0 and 1 of 4 in this process: two IDENTIFYs, each shard's servers answered,
    a DM (shard 0) answered, and each shard's logs and state name it."""
    caplog.set_level(logging.INFO, logger="adapters.discord_bot")
    async with sharded_fake() as fake:
        settings = DiscordSettings.from_env(shard_env(fake, "0,1"))
        async with running(service, settings, fake, ready_within_s=EVERY_SHARD_READY_S) as client:
            assert isinstance(client, ShardedFranchiseClient)
            assert [i["shard"] for i in fake.identifies] == [[0, 4], [1, 4]]
            # Asked once, for max_concurrency: how many shards may IDENTIFY at a time.
            assert [r.path for r in fake.requests].count("/gateway/bot") == 1
            mine = [g for g in GUILDS if shard_of(g, SHARDS) in (0, 1)]
            assert sorted(g.id for g in client.guilds) == sorted(mine)
            for n, guild_id in enumerate(mine):
                assert ANSWER in await answered(fake, guild_id, n)
            since = fake.mark()
            dm = await fake.send_message(QUESTION, dm=True, author=fan(9))
            await fake.next_request("POST", f"/channels/{DM_CHANNEL_ID}/messages", since=since)
            assert fake.sessions[0].received[-1] == ("MESSAGE_CREATE", dm)  # shard 0's
            assert client.shard_states() == {0: ShardState.READY, 1: ShardState.READY}
    logged = [r.getMessage() for r in caplog.records if r.name == "adapters.discord_bot"]
    assert "Discord: shard 0 of 4 ready in 2 server(s)" in logged
    assert "Discord: shard 1 of 4 ready in 2 server(s)" in logged
    started = [m for m in logged if m.startswith("Discord: connected as")]
    assert started == [
        f"Discord: connected as franchise_bot (id {BOT_ID}) in 4 server(s) on {MINE}"
    ]
    assert TOKEN not in caplog.text


async def test_a_lost_shard_reconnects_and_the_logs_say_which(
    service: Service, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shard 1's connection drops: its state and a warning name it, it identifies again
    (after its bucket's window: shortened here), and its servers are answered again."""
    monkeypatch.setattr(discord_shards, "IDENTIFY_WINDOW_S", 0.2)
    caplog.set_level(logging.INFO, logger="adapters.discord_bot")
    async with sharded_fake() as fake:
        settings = DiscordSettings.from_env(shard_env(fake, "0,1"))
        async with running(service, settings, fake, ready_within_s=EVERY_SHARD_READY_S) as client:
            lost = fake.sessions[1]
            assert lost.shard_id == 1
            await lost.ws.close(code=4000, message=b"Unknown error.")
            async with asyncio.timeout(10):
                while fake.session_for(guild_on_shard(1, SHARDS)) in (None, lost):
                    await asyncio.sleep(0.02)
            assert [i["shard"] for i in fake.identifies] == [[0, 4], [1, 4], [1, 4]]
            assert ANSWER in await answered(fake, guild_on_shard(1, SHARDS))
            async with asyncio.timeout(5):
                while client.shard_states()[1] is not ShardState.READY:
                    await asyncio.sleep(0.02)
    logged = [r.getMessage() for r in caplog.records if r.name == "adapters.discord_bot"]
    assert "Discord: shard 1 of 4 disconnected; reconnecting" in logged
    assert logged.count("Discord: shard 1 of 4 ready in 2 server(s)") == 2
    assert not any("shard 0 of 4 disconnected" in m for m in logged)


async def test_shards_in_one_identify_bucket_wait_for_its_window(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With max_concurrency 1, Discord allows one IDENTIFY per window: the second shard
    waits. (With max_concurrency 4, as in the other tests, none waits.)"""
    monkeypatch.setattr(discord_shards, "IDENTIFY_WINDOW_S", 0.5)
    async with sharded_fake(max_concurrency=1) as fake:
        settings = DiscordSettings.from_env(shard_env(fake, "0,1"))
        async with running(service, settings, fake, ready_within_s=EVERY_SHARD_READY_S):
            first, second = fake.sessions
            assert second.identified_at - first.identified_at >= 0.5


# --------------------------------------------------------------------------- processes


async def _stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.send_signal(signal.SIGINT)  # Ctrl-C: the bot closes its connections
        try:
            await asyncio.wait_for(process.wait(), 15)
        except TimeoutError:
            process.kill()
            await process.wait()


async def _logged(path: Path, line: str, process: asyncio.subprocess.Process) -> None:
    async with asyncio.timeout(30):
        while line not in path.read_text(encoding="utf-8"):
            assert process.returncode is None, path.read_text(encoding="utf-8")
            await asyncio.sleep(0.05)


def _logs_text(logs: Mapping[str, Path]) -> str:
    return "\n".join(f"--- bot-{c}.log\n{p.read_text(encoding='utf-8')}" for c, p in logs.items())


async def _every_shard_up(
    fake: FakeDiscord,
    processes: Mapping[str, asyncio.subprocess.Process],
    logs: Mapping[str, Path],
) -> list[GatewaySession]:
    """The fake's four live shards, or a failure that shows both processes' logs: when a
    process exits before its shards are up, or they take longer than a slow machine would."""
    shards = asyncio.ensure_future(fake.wait_shards(SHARDS, timeout=SHARDS_UP_S))
    exits = [asyncio.ensure_future(p.wait()) for p in processes.values()]
    try:
        await asyncio.wait([shards, *exits], return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in exits:
            task.cancel()
    if not shards.done():
        shards.cancel()
        codes = {c: p.returncode for c, p in processes.items()}
        raise AssertionError(f"a bot process exited first {codes}\n{_logs_text(logs)}")
    if (error := shards.exception()) is not None:
        raise AssertionError(f"shards not all up: {error!r}\n{_logs_text(logs)}") from error
    return shards.result()


async def test_two_processes_with_two_shards_each_answer_every_server_once(
    settings: Settings, tmp_path: Path
) -> None:
    """`franchise-bot run` twice, as separate OS processes on one SQLite file: shards 0,1
    and 2,3 of 4. Each server's question is answered exactly once, by the process whose
    shard carries the server; a DM is answered by the process with shard 0."""
    base: Mapping[str, str] = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))},
        "FRANCHISE_BOT_FACTS": str(settings.facts_dir),
        "FRANCHISE_BOT_DB": str(settings.db_path),
        "FRANCHISE_BOT_LOG_LEVEL": "INFO",
    }
    # Each process's DISCORD_SHARD_IDS (both spellings) and the shards it means.
    groups = {"a": ("0,1", (0, 1)), "b": ("2-3", (2, 3))}
    owner = {shard: caller for caller, (_, shards) in groups.items() for shard in shards}
    async with sharded_fake() as fake:
        processes: dict[str, asyncio.subprocess.Process] = {}
        logs = {caller: tmp_path / f"bot-{caller}.log" for caller in groups}
        try:
            for caller, (ids, _) in groups.items():
                with logs[caller].open("w", encoding="utf-8") as log_file:
                    processes[caller] = await asyncio.create_subprocess_exec(
                        sys.executable,
                        "-m",
                        "bot",
                        "run",
                        env={**base, **shard_env(fake, ids, caller=caller)},
                        cwd=REPO,
                        stdin=asyncio.subprocess.DEVNULL,
                        stdout=log_file,
                        stderr=log_file,
                    )
            sessions = await _every_shard_up(fake, processes, logs)
            assert [s.caller for s in sessions] == ["a", "a", "b", "b"]
            for caller, process in processes.items():
                shards = ", ".join(map(str, groups[caller][1]))
                await _logged(logs[caller], f"in 4 server(s) on shards {shards} of 4", process)

            since = fake.mark()
            for n, guild_id in enumerate(GUILDS):
                await fake.send_message(QUESTION, guild_id=guild_id, author=fan(n))
            await fake.send_message(QUESTION, dm=True, author=fan(len(GUILDS)))
            for guild_id in GUILDS:
                channel = channel_of(guild_id)
                await fake.next_request(
                    "POST", f"/channels/{channel}/messages", since=since, timeout=15
                )
            await fake.next_request(
                "POST", f"/channels/{DM_CHANNEL_ID}/messages", since=since, timeout=15
            )
            await asyncio.sleep(0.5)  # room for a second answer, were there one
            replies = [r for r in fake.requests_since(since) if r.method == "POST"]
        finally:
            for process in processes.values():
                await _stop(process)
    assert all(p.returncode in (0, 130) for p in processes.values()), _logs_text(logs)
    for guild_id in GUILDS:
        here = [r for r in replies if r.path == f"/channels/{channel_of(guild_id)}/messages"]
        assert len(here) == 1, (guild_id, here)
        assert here[0].caller == owner[shard_of(guild_id, SHARDS)]
        assert ANSWER in here[0].body["embeds"][0]["description"]
    dm = [r for r in replies if r.path == f"/channels/{DM_CHANNEL_ID}/messages"]
    assert [r.caller for r in dm] == ["a"]
    for caller, (_, shards) in groups.items():
        text = logs[caller].read_text(encoding="utf-8")
        assert TOKEN not in text
        for shard in shards:
            assert f"Discord: shard {shard} of 4 ready in 2 server(s)" in text
