"""The loopback platforms and PostgreSQL the cluster benchmark runs on, from tests/.

The fakes of Discord's gateway and Slack's Web API, and the throwaway PostgreSQL cluster,
live with the tests that they were written for; the benchmark reuses them rather than
keeping copies. Each fake is extended here only to note when a reply arrives, so a
question's time runs from the fake sending it to the fake receiving the bot's answer.
"""

from __future__ import annotations

import asyncio
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# tests/ is not a package: its modules import each other as top-level `fakes.*`.
_TESTS = Path(__file__).resolve().parent.parent / "tests"
if str(_TESTS) not in sys.path:
    sys.path.insert(0, str(_TESTS))

from fakes.discord_fake import BOT_ID, FakeDiscord, Request, guild_on_shard, user  # noqa: E402
from fakes.slack_fake import APP_ID, BOT_USER_ID, TEAM_ID, Call, FakeSlack  # noqa: E402
from postgres_cluster import PostgresCluster, find_bindir  # noqa: E402

__all__ = [
    "APP_ID",
    "BOT_ID",
    "BOT_USER_ID",
    "TEAM_ID",
    "Arrival",
    "PostgresCluster",
    "TimedDiscord",
    "TimedSlack",
    "find_bindir",
    "guild_on_shard",
    "user",
]


@dataclass
class Arrival:
    """Replies awaited by the id of the message they answer: a Discord message id, or the
    `ts` of a Slack mention (the bot answers in its thread)."""

    waiting: dict[str, asyncio.Future[tuple[float, str]]] = field(default_factory=dict)
    # Replies that came before anyone waited (the sender learns a Discord message's id
    # only once the fake has sent it), and replies to nothing: a second answer to one
    # message, a rate-limit notice. Replies to nothing should not happen.
    early: dict[str, tuple[float, str]] = field(default_factory=dict)
    unexpected: list[str] = field(default_factory=list)

    def expect(self, key: str) -> asyncio.Future[tuple[float, str]]:
        future: asyncio.Future[tuple[float, str]] = asyncio.get_running_loop().create_future()
        if key in self.early:
            future.set_result(self.early.pop(key))
        else:
            self.waiting[key] = future
        return future

    def arrived(self, key: str | None, text: str) -> None:
        now = time.perf_counter()
        if key is None or key in self.early:
            self.unexpected.append(text[:200])
            return
        future = self.waiting.pop(key, None)
        if future is None:
            self.early[key] = (now, text)
        elif future.done():
            self.unexpected.append(text[:200])
        else:
            future.set_result((now, text))


class TimedDiscord(FakeDiscord):
    """The loopback gateway, noting each reply to a message as it comes in."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.arrival = Arrival()

    def _record(self, request: Request) -> None:
        super()._record(request)
        if request.method != "POST" or not request.path.startswith("/channels/"):
            return
        body = request.body if isinstance(request.body, dict) else {}
        reference = body.get("message_reference") or {}
        embeds = body.get("embeds") or [{}]
        text = str(embeds[0].get("description") or body.get("content") or "")
        # discord.py sends the id as a JSON number; the fake's messages carry strings.
        replied_to = reference.get("message_id")
        self.arrival.arrived(None if replied_to is None else str(replied_to), text)


class TimedSlack(FakeSlack):
    """The loopback Slack Web API, noting each message the bot posts in a thread."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.arrival = Arrival()

    async def _record(self, call: Call) -> None:
        await super()._record(call)
        if call.method in {"chat.postMessage", "chat.postEphemeral"}:
            thread = call.data.get("thread_ts") if call.method == "chat.postMessage" else None
            self.arrival.arrived(thread, str(call.data.get("text") or ""))
