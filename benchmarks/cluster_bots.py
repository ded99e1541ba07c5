"""The bot processes of the cluster benchmark: `python -m bot run`, as an operator starts it.

Two Discord shard groups (shards 0,1 and 2,3 of 4) and one Slack HTTP worker, all on one
store. Each process serves /readyz on its own FRANCHISE_BOT_HTTP_PORT, which is how the
benchmark learns which fact version it serves.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import socket
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from adapters.slack_http import EVENTS_PATH

REPO = Path(__file__).resolve().parent.parent
DISCORD_TOKEN = "MTIzNDU2Nzg5.fake-bot-token.b3nch-d0-n0t-l0g"
SLACK_SIGNING_SECRET = "fake-signing-secret-bench-0123456789"
SHARD_COUNT = 4
# Each Discord process's DISCORD_SHARD_IDS, by the path prefix it reaches the fake through.
SHARD_GROUPS: Mapping[str, str] = {"discord-a": "0,1", "discord-b": "2,3"}
SLACK_WORKER = "slack-1"
START_TIMEOUT_S = 120.0  # three Python processes loading the facts on a shared machine
STOP_TIMEOUT_S = 15.0
# Every fan asks 10 questions: far under these, so no rate limit answers instead.
RATE_LIMIT = "1000"
RATE_WINDOW_S = "60"
_VERSION = re.compile(r"fact version (\d+)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class BotProcess:
    """One running `python -m bot run`, its ops port, and where its output goes."""

    name: str
    process: asyncio.subprocess.Process
    ops_port: int
    log: Path
    slack_url: str = ""  # the signed events endpoint, for the Slack worker

    @property
    def readyz(self) -> str:
        return f"http://127.0.0.1:{self.ops_port}/readyz"

    async def served_version(self, session: aiohttp.ClientSession) -> int | None:
        """The fact version /readyz says the process serves; None while not ready."""
        with contextlib.suppress(aiohttp.ClientError):
            async with session.get(self.readyz) as response:
                found = _VERSION.search(await response.text())
                if response.status == 200 and found:
                    return int(found.group(1))
        return None

    async def wait_ready(self, session: aiohttp.ClientSession) -> int:
        async with asyncio.timeout(START_TIMEOUT_S):
            while (version := await self.served_version(session)) is None:
                if self.process.returncode is not None:
                    raise RuntimeError(f"{self.name} stopped while starting:\n{self.tail()}")
                await asyncio.sleep(0.1)
        return version

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGINT)  # Ctrl-C: connections closed cleanly
            try:
                await asyncio.wait_for(self.process.wait(), STOP_TIMEOUT_S)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()

    def tail(self, lines: int = 30) -> str:
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])


def base_env(store: str, facts_dir: Path) -> dict[str, str]:
    """What every process shares: the store, the facts, generous rate limits."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DISCORD_", "SLACK_", "FRANCHISE_BOT_"))
    }
    return {
        **clean,
        "FRANCHISE_BOT_DB": store,
        "FRANCHISE_BOT_FACTS": str(facts_dir),
        "FRANCHISE_BOT_RATE_LIMIT": RATE_LIMIT,
        "FRANCHISE_BOT_RATE_WINDOW": RATE_WINDOW_S,
        "FRANCHISE_BOT_HTTP_HOST": "127.0.0.1",
    }


def process_envs(
    base: Mapping[str, str],
    discord_root: str,
    discord_gateway: str,
    slack_api: str,
    slack_token: str,
) -> dict[str, dict[str, str]]:
    """Each process's own settings, by name. `discord_root` and `discord_gateway` hold
    `{caller}`, so the fake sees which process made each request."""
    envs = {
        name: {
            **base,
            "DISCORD_TOKEN": DISCORD_TOKEN,
            "DISCORD_API_BASE_URL": discord_root.format(caller=name),
            "DISCORD_GATEWAY_URL": discord_gateway.format(caller=name),
            "DISCORD_SHARD_COUNT": str(SHARD_COUNT),
            "DISCORD_SHARD_IDS": ids,
        }
        for name, ids in SHARD_GROUPS.items()
    }
    envs[SLACK_WORKER] = {
        **base,
        "SLACK_BOT_TOKEN": slack_token,
        "SLACK_SIGNING_SECRET": SLACK_SIGNING_SECRET,
        "SLACK_API_BASE_URL": slack_api,
        "SLACK_HOST": "127.0.0.1",
    }
    return envs


async def start(name: str, env: Mapping[str, str], logs: Path) -> BotProcess:
    ops_port = free_port()
    env = {**env, "FRANCHISE_BOT_HTTP_PORT": str(ops_port)}
    slack_url = ""
    if name == SLACK_WORKER:
        slack_port = free_port()
        env["SLACK_PORT"] = str(slack_port)
        slack_url = f"http://127.0.0.1:{slack_port}{EVENTS_PATH}"
    log = logs / f"{name}.log"
    with log.open("w", encoding="utf-8") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            env=env,
            cwd=REPO,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=out,
            stderr=out,
        )
    return BotProcess(name, process, ops_port, log, slack_url)


async def run_cli(env: Mapping[str, str], *args: str) -> str:
    """`python -m bot ARGS` to completion: its output, or an error with it."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env=dict(env),
        cwd=REPO,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await process.communicate()
    text = out.decode(errors="replace")
    if process.returncode != 0:
        raise RuntimeError(f"`franchise-bot {' '.join(args)}` failed:\n{text[-3000:]}")
    return text
