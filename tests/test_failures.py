"""Network and platform failures as an operator meets them: `franchise-bot` in a subprocess
against the loopback fakes, or against a loopback port nobody listens on.

Transient failures are retried with one log line each and "is running" comes only once the
platform is connected; a refused setting is one sentence and exit code 2; a platform never
reached at start-up is one sentence and exit code 3; a traceback only with -vv.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from types import SimpleNamespace

import discord
import pytest
from fakes.discord_fake import DM_CHANNEL_ID, FakeDiscord
from fakes.slack_fake import FakeSlack

from adapters.cli_run import run
from adapters.failures import FAILURES, Call, classify, failure
from bot.config import Settings
from bot.errors import ConfigError, PlatformError, PlatformUnreachableError

REPO = Path(__file__).resolve().parent.parent
DISCORD_TOKEN = "MTIzNDU2Nzg5.fake-bot-token.failures-s3cr3t"
WRONG = "MTIzNDU2Nzg5.not-the-token.failures-s3cr3t"
CALL = Call(api="Test's API", action="the log-in", setting="TEST_TOKEN", url_setting="TEST_URL")


def free_port() -> int:
    """A loopback port nothing listens on (bound and released at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def base_env(facts_dir: Path, db: Path, **extra: str) -> dict[str, str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DISCORD_", "SLACK_", "FRANCHISE_BOT_"))
    }
    return {**clean, "FRANCHISE_BOT_FACTS": str(facts_dir), "FRANCHISE_BOT_DB": str(db), **extra}


def discord_env(port: int, token: str = DISCORD_TOKEN) -> dict[str, str]:
    return {
        "DISCORD_TOKEN": token,
        "DISCORD_API_BASE_URL": f"http://127.0.0.1:{port}",
        "DISCORD_GATEWAY_URL": f"ws://127.0.0.1:{port}/gateway",
    }


def slack_env(api_url: str, *, socket_mode: bool) -> dict[str, str]:
    mode = (
        {"SLACK_APP_TOKEN": "xapp-fake-app-token"}
        if socket_mode
        else {"SLACK_SIGNING_SECRET": "failures-signing-secret", "SLACK_PORT": "0"}
    )
    return {"SLACK_BOT_TOKEN": "xoxb-fake-bot-token", "SLACK_API_BASE_URL": api_url, **mode}


class Bot:
    """`python -m bot ARGS` whose standard error is read line by line as it comes."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.lines: list[str] = []

    async def until(self, text: str, timeout: float = 30.0) -> str:
        """Read standard error until a line containing `text`; returns it."""
        assert self.process.stderr is not None
        async with asyncio.timeout(timeout):
            while True:
                raw = await self.process.stderr.readline()
                if not raw:
                    raise AssertionError(f"exited before {text!r}: {self.lines}")
                line = raw.decode().rstrip("\n")
                self.lines.append(line)
                if text in line:
                    return line

    async def finish(self, timeout: float = 60.0) -> tuple[int, str]:
        async with asyncio.timeout(timeout):
            _, err = await self.process.communicate()
        assert self.process.returncode is not None
        return self.process.returncode, "\n".join(self.lines) + "\n" + err.decode()


@contextlib.asynccontextmanager
async def franchise_bot(args: list[str], env: Mapping[str, str]) -> AsyncIterator[Bot]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env=dict(env),
        cwd=REPO,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        yield Bot(process)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def exits(args: list[str], env: Mapping[str, str]) -> tuple[int, str, str]:
    async with franchise_bot(args, env) as bot:
        assert bot.process.stdout is not None
        out = await bot.process.stdout.read()
        code, err = await bot.finish()
        return code, out.decode(), err


def last_line(err: str) -> str:
    return err.strip().splitlines()[-1]


# ----------------------------------------------------------------------------- retried


async def test_discord_refused_at_first_is_retried_then_running(
    facts_dir: Path, tmp_path: Path
) -> None:
    """Nothing listens at first (connection refused): one line per attempt; once the fake
    listens on that port the bot connects, and only then says it is running."""
    port = free_port()
    fake = FakeDiscord(DISCORD_TOKEN)
    env = base_env(facts_dir, tmp_path / "store.db", **discord_env(port))
    async with franchise_bot(["-v", "run"], env) as bot:
        first = await bot.until("restarting it in")
        await fake.start(port)
        try:
            await bot.until("franchise-bot is running (Discord)")
            assert fake.identify is not None  # the gateway really was reached first
            bot.process.send_signal(signal.SIGINT)
            code, err = await bot.finish()
        finally:
            await fake.close()
    assert first.count("\n") == 0 and "connection refused by 127.0.0.1" in first, first
    assert "(attempt 1 of 5)" in first and "DISCORD_API_BASE_URL" in first
    failures = [line for line in err.splitlines() if "restarting it in" in line]
    running = err.index("franchise-bot is running")
    assert all(err.index(line) < running for line in failures)
    assert " INFO bot: franchise-bot is running (Discord); Ctrl-C to stop" in err
    assert "Traceback" not in err and DISCORD_TOKEN not in err
    assert code == 130


async def test_slack_5xx_at_first_is_retried_then_running(facts_dir: Path, tmp_path: Path) -> None:
    fake = await FakeSlack().start()
    fake.fail("auth.test", status=503, body="Service Unavailable", times=2)
    env = base_env(facts_dir, tmp_path / "store.db", **slack_env(fake.api_url, socket_mode=True))
    try:
        async with franchise_bot(["-v", "run"], env) as bot:
            await bot.until("franchise-bot is running (Slack)")
            bot.process.send_signal(signal.SIGINT)
            _, err = await bot.finish()
    finally:
        await fake.close()
    retries = [line for line in err.splitlines() if "HTTP 503" in line]
    assert len(retries) == 2, err
    assert (
        " WARNING bot.supervisor: Slack: Slack's Web API failed on auth.test with HTTP 503"
        in (retries[0])
    )
    assert all(err.index(r) < err.index("is running") for r in retries)
    assert "Traceback" not in err and "xoxb-fake-bot-token" not in err


async def test_discord_5xx_at_first_is_retried_then_running(
    facts_dir: Path, tmp_path: Path
) -> None:
    """Discord answers the log-in with HTTP 503 twice (discord.py passes a 503 straight to
    the bot, unlike 500/502/504): one warning per attempt, then the bot connects, says it is
    running, and answers a question."""
    fake = FakeDiscord(DISCORD_TOKEN)
    await fake.start()
    fake.fail_next("GET", "/users/@me", status=503, times=2)
    env = base_env(facts_dir, tmp_path / "store.db", **discord_env(fake.port))
    try:
        async with franchise_bot(["-v", "run"], env) as bot:
            await bot.until("franchise-bot is running (Discord)")
            mark = fake.mark()
            question = await fake.send_message("who's returning for MI7?", dm=True)
            answer = await fake.next_request(
                "POST", rf"/channels/{DM_CHANNEL_ID}/messages", since=mark, timeout=30
            )
            bot.process.send_signal(signal.SIGINT)
            code, err = await bot.finish()
    finally:
        await fake.close()
    retries = [line for line in err.splitlines() if "HTTP 503" in line]
    assert len(retries) == 2, err
    assert (
        " WARNING bot.supervisor: Discord: Discord's API failed on the log-in with HTTP 503"
        in retries[0]
    )
    assert "(attempt 1 of 5)" in retries[0] and "(attempt 2 of 5)" in retries[1], retries
    assert all(err.index(r) < err.index("is running") for r in retries)
    assert [str(r) for r in fake.requests].count("GET /users/@me") == 3  # 503, 503, 200
    assert str(answer.body["message_reference"]["message_id"]) == question["id"]
    assert "Traceback" not in err and DISCORD_TOKEN not in err
    assert code == 130


# ----------------------------------------------------------------------------- refused


async def test_a_wrong_token_is_one_sentence_and_exit_code_2(
    facts_dir: Path, tmp_path: Path
) -> None:
    fake = FakeDiscord(DISCORD_TOKEN)
    await fake.start()
    slack = await FakeSlack().start()
    slack.fail(
        "auth.test",
        status=200,
        body=json.dumps({"ok": False, "error": "missing_scope", "needed": "chat:write"}),
        content_type="application/json",
    )
    try:
        wrong = base_env(facts_dir, tmp_path / "a.db", **discord_env(fake.port, WRONG))
        scope = base_env(
            facts_dir, tmp_path / "b.db", **slack_env(slack.api_url, socket_mode=False)
        )
        results = await asyncio.gather(
            exits(["discord", "invite"], wrong),
            exits(["run"], wrong),
            exits(["run"], scope),
        )
    finally:
        await fake.close()
        await slack.close()
    says = [
        "Configuration error: Discord rejected 'DISCORD_TOKEN': copy the bot token again",
        "Configuration error: Discord rejected 'DISCORD_TOKEN': copy the bot token again",
        "Configuration error: Slack refused SLACK_BOT_TOKEN (missing_scope): the app lacks "
        "the chat:write scope; add it under OAuth & Permissions",
    ]
    for said, (code, out, err) in zip(says, results, strict=True):
        assert code == 2, err
        assert err.strip().splitlines() == [last_line(err)]  # the sentence, nothing else
        assert last_line(err).startswith(said) and last_line(err).endswith("."), err
        assert "Traceback" not in err and WRONG not in err + out
    assert not fake.identify  # never got as far as the gateway


# ----------------------------------------------------------------------------- unreachable


async def test_nothing_listening_is_exit_code_3_with_a_sentence(
    facts_dir: Path, tmp_path: Path
) -> None:
    port = free_port()
    api = f"http://127.0.0.1:{port}/api/"
    cases = {
        "run discord": (["run"], discord_env(port)),
        "discord invite": (["discord", "invite"], discord_env(port)),
        "discord sync": (["discord", "sync"], discord_env(port)),
        "run slack socket mode": (["run"], slack_env(api, socket_mode=True)),
        "run slack http": (["run"], slack_env(api, socket_mode=False)),
    }
    results = await asyncio.gather(
        *(
            exits(args, base_env(facts_dir, tmp_path / f"{n}.db", **env))
            for n, (args, env) in enumerate(cases.values())
        )
    )
    for name, (code, out, err) in zip(cases, results, strict=True):
        assert code == 3, (name, err)
        said = last_line(err)
        platform = "Slack" if "slack" in name else "Discord"
        assert said.startswith(f"{platform}: gave up after "), (name, said)
        assert "connection refused by 127.0.0.1" in said and "API_BASE_URL" in said, said
        assert "Traceback" not in err, name
        assert "is running" not in err, name  # never said before it connected
        # One line per failed attempt, then the sentence.
        lines = err.strip().splitlines()
        assert all("WARNING bot.supervisor" in line for line in lines[:-1]), (name, lines)
        assert not out


async def test_discord_5xx_forever_is_exit_code_3_with_a_sentence(
    facts_dir: Path, tmp_path: Path
) -> None:
    fake = FakeDiscord(DISCORD_TOKEN)
    await fake.start()
    fake.fail_next("GET", "/users/@me", status=503, times=None)
    try:
        env = base_env(facts_dir, tmp_path / "store.db", **discord_env(fake.port))
        code, out, err = await exits(["run"], env)
    finally:
        await fake.close()
    assert code == 3, err
    said = "Discord: gave up after 5 attempts. Discord's API failed on the log-in with HTTP 503"
    assert last_line(err).startswith(said), err
    lines = err.strip().splitlines()
    assert len(lines) == 5 and all("WARNING bot.supervisor" in line for line in lines[:-1])
    assert "Traceback" not in err and "is running" not in err and not out
    assert not fake.identify  # never got as far as the gateway


async def test_minus_vv_shows_the_traceback(facts_dir: Path, tmp_path: Path) -> None:
    env = base_env(facts_dir, tmp_path / "store.db", **discord_env(free_port()))
    code, _, err = await exits(["-vv", "discord", "invite"], env)
    assert code == 3
    assert "Traceback (most recent call last)" in err
    assert "ConnectionRefusedError" in err  # the cause, not only our sentence
    assert last_line(err).startswith("Discord: gave up after 3 attempts.")
    assert DISCORD_TOKEN not in err


# ----------------------------------------------------------------------------- the table


def test_every_exception_the_table_names_exists() -> None:
    for row in FAILURES:
        for name in getattr(row.matches, "names", ()):
            module, _, qualname = name.rpartition(".")
            found = getattr(importlib.import_module(module), qualname, None)
            assert isinstance(found, type) and issubclass(found, BaseException), name


@pytest.mark.parametrize(
    ("exc", "error", "label", "said"),
    [
        (ConnectionRefusedError(111, "refused"), PlatformError, "connection refused", "refused"),
        (socket.gaierror(-2, "Name or service not known"), PlatformError, "name not found",
         "could not be looked up"),
        (TimeoutError(), PlatformError, "timed out", "did not answer the log-in in time"),
        (OSError(101, "Network is unreachable"), PlatformError, "network error",
         "Network is unreachable"),
        (discord.LoginFailure("Improper token"), ConfigError, "token refused",
         "Discord rejected 'TEST_TOKEN'"),
        (discord.PrivilegedIntentsRequired(None), ConfigError, "privileged intent not enabled",
         "Message Content Intent"),
    ],
)  # fmt: skip
def test_classification(exc: Exception, error: type[Exception], label: str, said: str) -> None:
    row = failure(exc)
    assert row is not None and row.label == label
    classified = classify(exc, CALL)
    assert type(classified) is error and said in str(classified)
    assert str(classified).endswith(".")


def test_an_unknown_exception_is_left_alone() -> None:
    bug = KeyError("roles")
    assert failure(bug) is None and classify(bug, CALL) is bug


async def test_a_gateway_never_reached_ends_start_up_at_the_deadline(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """The log-in works but the gateway refuses: discord.py retries that by itself, out of
    the supervisor's sight, so the start-up deadline is what ends it."""
    fake = FakeDiscord(DISCORD_TOKEN)
    await fake.start()
    env = {
        **discord_env(fake.port),
        "DISCORD_GATEWAY_URL": f"ws://127.0.0.1:{free_port()}/gateway",
    }
    try:
        with pytest.raises(PlatformUnreachableError, match=r"^Discord did not connect within 2 s"):
            async with asyncio.timeout(30):
                await run(settings, env, startup_deadline=2)
    finally:
        await fake.close()
    assert fake.identify is None
    assert not any("is running" in r.getMessage() for r in caplog.records)


def test_a_discord_5xx_is_transient() -> None:
    response = SimpleNamespace(status=503, reason="Service Unavailable")
    classified = classify(discord.DiscordServerError(response, "upstream"), CALL)
    assert isinstance(classified, PlatformError) and not isinstance(classified, ConfigError)
    assert "failed on the log-in with HTTP 503" in str(classified)
