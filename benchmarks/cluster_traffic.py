"""The fans of the cluster benchmark: 1,000 of them, each asking in turn.

Two in three fans are on Discord, in servers spread over all four shards; the others
mention the bot in Slack channels, their signed events sent to the Slack worker as a load
balancer would. A question's time runs from the fake sending it (the gateway frame, the
event's POST) to the fake receiving the bot's answer.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

import aiohttp
from slack_sdk.signature import SignatureVerifier

from benchmarks.cluster_bots import SHARD_COUNT, SLACK_SIGNING_SECRET
from benchmarks.cluster_fakes import (
    APP_ID,
    BOT_ID,
    BOT_USER_ID,
    TEAM_ID,
    TimedDiscord,
    TimedSlack,
    guild_on_shard,
    user,
)

# What fans ask, each with a part of the answer that shows it was answered (not declined).
QUESTIONS: Sequence[tuple[str, str]] = (
    ("who's returning for MI7?", "Vanessa Kirby"),
    ("when is MI7 out?", "November 19, 2021"),
    ("who directs MI7?", "Christopher McQuarrie"),
    ("who plays Ethan Hunt?", "Tom Cruise plays Ethan Hunt"),
    ("where did MI7 film?", "Middle East"),
    ("who is new in MI7?", "Pom Klementieff"),
    ("when does MI8 start filming?", "Top Gun: Maverick"),
    ("when is MI8 out?", "November 4, 2022"),
)
USERS = 1000
SERVERS_PER_SHARD = 10
SLACK_CHANNELS = 10
SLACK_EVERY = 3  # every third fan is on Slack
REPLY_TIMEOUT_S = 30.0  # a question unanswered this long counts as unanswered
SERVERS = tuple(
    guild_on_shard(shard, SHARD_COUNT, n)
    for shard in range(SHARD_COUNT)
    for n in range(SERVERS_PER_SHARD)
)
_DISCORD_FAN_BASE = 610000000000000000


@dataclass(frozen=True)
class Ask:
    """One question: who asks it, where, and what its answer must contain."""

    number: int
    fan: int
    text: str
    expect: str

    @property
    def platform(self) -> str:
        return "slack" if self.fan % SLACK_EVERY == SLACK_EVERY - 1 else "discord"

    @property
    def server(self) -> int:
        return SERVERS[self.fan % len(SERVERS)]

    @property
    def channel(self) -> str:
        return f"C0BENCH{self.fan % SLACK_CHANNELS:02d}"


def plan(questions: int) -> list[Ask]:
    """`questions` questions, fans taking turns (fan n asks questions n, n + 1,000, ...), so
    each fan's questions are spread over the run; each round a fan asks the next question."""
    return [
        Ask(n, n % USERS, *QUESTIONS[(n % USERS + n // USERS) % len(QUESTIONS)])
        for n in range(questions)
    ]


@dataclass
class Outcome:
    ask: Ask
    seconds: float | None  # None: no reply within REPLY_TIMEOUT_S
    answered: bool


@dataclass
class Traffic:
    """Sends the plan with `concurrency` questions in flight; `after_sent(n)` is awaited
    after the n-th question goes out (the benchmark reloads facts there)."""

    discord: TimedDiscord
    slack: TimedSlack
    slack_url: str
    concurrency: int
    after_sent: Callable[[int], Awaitable[None]]
    outcomes: list[Outcome] = field(default_factory=list)
    _sent: int = 0

    async def run(self, asks: Sequence[Ask]) -> list[Outcome]:
        queue = iter(asks)
        connector = aiohttp.TCPConnector(limit=self.concurrency)
        async with aiohttp.ClientSession(connector=connector) as session:

            async def worker() -> None:
                for ask in queue:
                    await self._one(session, ask)

            await asyncio.gather(*(worker() for _ in range(self.concurrency)))
        return self.outcomes

    async def _one(self, session: aiohttp.ClientSession, ask: Ask) -> None:
        started = time.perf_counter()
        if ask.platform == "discord":
            message = await self.discord.send_message(
                f"<@{BOT_ID}> {ask.text}",
                guild_id=ask.server,
                author=user(_DISCORD_FAN_BASE + ask.fan, f"Fan {ask.fan}"),
            )
            reply = self.discord.arrival.expect(str(message["id"]))
        else:
            ts = f"{int(time.time())}.{ask.number:06d}"
            reply = self.slack.arrival.expect(ts)
            await _mention(session, self.slack_url, ask, ts)
        self._sent += 1
        await self.after_sent(self._sent)
        try:
            arrived, text = await asyncio.wait_for(reply, REPLY_TIMEOUT_S)
        except TimeoutError:
            self.outcomes.append(Outcome(ask, None, False))
            return
        self.outcomes.append(Outcome(ask, arrived - started, ask.expect in text))


async def _mention(session: aiohttp.ClientSession, url: str, ask: Ask, ts: str) -> None:
    """An app_mention event, signed as Slack signs it."""
    body = json.dumps(
        {
            "token": "legacy-verification-token",
            "team_id": TEAM_ID,
            "api_app_id": APP_ID,
            "type": "event_callback",
            "event_id": f"EvBENCH{ask.number:08d}",
            "event_time": int(time.time()),
            "event": {
                "type": "app_mention",
                "user": f"UFAN{ask.fan:05d}",
                "text": f"<@{BOT_USER_ID}> {ask.text}",
                "ts": ts,
                "event_ts": ts,
                "channel": ask.channel,
                "team": TEAM_ID,
            },
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
        }
    )
    stamp = str(int(time.time()))
    signature = SignatureVerifier(SLACK_SIGNING_SECRET).generate_signature(
        timestamp=stamp, body=body
    )
    headers = {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": signature or "",  # None only without a timestamp or body
    }
    async with session.post(url, data=body, headers=headers) as response:
        if response.status != 200:
            raise RuntimeError(f"the Slack worker refused an event: {response.status}")
