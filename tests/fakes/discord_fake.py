"""A loopback Discord that speaks the wire protocol discord.py 2.7 uses.

REST under `/api/v10/...` and a websocket gateway at `/gateway`, on 127.0.0.1. Every REST
request is recorded (method, path below /api/v10, query, JSON body, whether the bot token
was sent) and tests await "the next POST to X". The gateway says HELLO, acknowledges
heartbeats, answers IDENTIFY with READY and a GUILD_CREATE per server, and dispatches
MESSAGE_CREATE and INTERACTION_CREATE when a test asks.

Sharding as Discord does it: several gateway connections, each identifying with `shard`
[id, count], each carrying the servers with `(guild_id >> 22) % count == id`; direct messages
arrive on shard 0. `GET /gateway/bot` recommends `shard_count` shards. A bot process can
connect through its own path prefix (`http_url_for("a")`, `gateway_url_for("a")`), so a test
sees which process made each request and owns each connection (`Request.caller`,
`GatewaySession.caller`).

Quirks this fake honours (found by trying discord.py 2.7.1):
- Content-Type must be exactly `application/json` (aiohttp's json_response adds a charset,
  and discord.py then treats the body as text).
- Gateway frames are TEXT, so the bot's zlib-stream decompression never starts.
- INTERACTION_CREATE needs `attachment_size_limit` (and the rest in `interaction()`), or
  discord.py raises inside `Client.start()`.
- The interaction callback is called with `?with_response=1` and expects
  `{"interaction": {"id": ..., "type": ...}}` back.
- discord.py retries HTTP 500, 502, 504 and 524 by itself (sleeping 1, 3, 5 ... s), out of
  the bot's sight; 503 and other 5xx reach the bot at once as `DiscordServerError`. So
  `fail_next` with 503 shows the bot's own handling of an outage.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

from fakes.discord_limits import (
    choices_problems,
    commands_problems,
    message_problems,
)

API_PREFIX = "/api/v10"

# Snowflakes: distinct ranges so an id used in the wrong place shows up.
BOT_ID = 900000000000000001
APP_ID = 900000000000000002
OWNER_ID = 900000000000000003
GUILD_ID = 800000000000000001
CHANNEL_ID = 800000000000000002
DM_CHANNEL_ID = 800000000000000003
BOT_ROLE_ID = 700000000000000001  # the bot's managed role (its "self role")
MOD_ROLE_ID = 700000000000000002  # a role a test configures as a moderator role
NAMED_MODERATOR_ROLE_ID = 700000000000000003  # called "Moderator", grants nothing
FAN_ID = 600000000000000001
MOD_ID = 600000000000000002
OTHER_BOT_ID = 600000000000000003

# Permission bits (https://discord.com/developers/docs/topics/permissions).
MANAGE_GUILD = 1 << 5
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
READ_MESSAGE_HISTORY = 1 << 16
MEMBER_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY

EPHEMERAL = 1 << 6
MESSAGE_CONTENT_INTENT = 1 << 15

INVALID_SHARD = 4010  # the gateway's close code for an IDENTIFY with an impossible shard
_SNOWFLAKE_LOW_BITS = 22  # below the timestamp: a guild's shard is (id >> 22) % count


def channel_of(guild_id: int) -> int:
    """Each server's one text channel (CHANNEL_ID for GUILD_ID)."""
    return guild_id + 1


def shard_of(guild_id: int, shard_count: int) -> int:
    """The shard that carries `guild_id`, by Discord's formula."""
    return (guild_id >> _SNOWFLAKE_LOW_BITS) % shard_count


def guild_on_shard(shard_id: int, shard_count: int, n: int = 0) -> int:
    """The `n`th server id, near GUILD_ID, that lands on `shard_id` of `shard_count`."""
    stamp = GUILD_ID >> _SNOWFLAKE_LOW_BITS
    low = GUILD_ID & ((1 << _SNOWFLAKE_LOW_BITS) - 1)
    stamp += (shard_id - stamp) % shard_count + n * shard_count
    return stamp << _SNOWFLAKE_LOW_BITS | low


def user(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name.lower().replace(" ", "_"),
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


BOT_USER = user(BOT_ID, "Franchise Bot", bot=True)
FAN = user(FAN_ID, "Fan")
MOD = user(MOD_ID, "Mod")
OTHER_BOT = user(OTHER_BOT_ID, "Other Bot", bot=True)


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _role(role_id: int, name: str, permissions: int, position: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": str(role_id),
        "name": name,
        "color": 0,
        "hoist": False,
        "position": position,
        "permissions": str(permissions),
        "managed": False,
        "mentionable": False,
        "flags": 0,
        **extra,
    }


@dataclass
class Request:
    """One REST call the bot made."""

    method: str
    path: str  # below /api/v10, e.g. "/channels/1/messages"
    query: dict[str, str]
    body: Any
    authorized: bool  # carried "Authorization: Bot <the expected token>"
    caller: str = ""  # the path prefix it came through ("" for the root)

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


@dataclass
class InjectedFailure:
    """`fail_next`: requests matching `method` and the `path` pattern get `status`."""

    method: str
    path: re.Pattern[str]
    status: int
    times: int | None  # None: every matching request, for as long as the fake runs

    def takes(self, request: Request) -> bool:
        """Whether `request` is failed, counting it against `times`."""
        if self.times == 0 or request.method != self.method:
            return False
        if not self.path.fullmatch(request.path):
            return False
        if self.times is not None:
            self.times -= 1
        return True


# Discord's words for the 5xx a test injects; other statuses say only their number.
_STATUS_MESSAGES = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


@dataclass
class GatewaySession:
    """One gateway connection: who opened it, the shard it identified as, its own sequence."""

    ws: web.WebSocketResponse
    caller: str
    shard_id: int = 0
    shard_count: int = 1
    identified: bool = False
    identified_at: float = 0.0  # the loop's time when it identified
    seq: int = 0
    # (event name, payload) of each dispatch sent on this connection, READY included.
    received: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def live(self) -> bool:
        return self.identified and not self.ws.closed

    def carries(self, guild_id: int | None) -> bool:
        """Discord's routing: a server's events go to its shard; DMs to shard 0."""
        shard = 0 if guild_id is None else shard_of(guild_id, self.shard_count)
        return shard == self.shard_id


class FakeDiscord:
    """Start with `await fake.start()`; close the bot first, then `await fake.close()`."""

    def __init__(
        self,
        token: str,
        *,
        guild_ids: Sequence[int] = (GUILD_ID,),
        shard_count: int = 1,
        max_concurrency: int = 1,
    ) -> None:
        self.token = token
        self.guild_ids = tuple(guild_ids)
        self.shard_count = shard_count  # what GET /gateway/bot recommends
        self.max_concurrency = max_concurrency  # identify buckets, as GET /gateway/bot says
        self.requests: list[Request] = []
        # Requests refused for breaking Discord's limits, with what Discord would say.
        self.refused: list[tuple[Request, list[str]]] = []
        self.gateway_received: list[dict[str, Any]] = []
        self.identify: dict[str, Any] | None = None  # the latest IDENTIFY
        self.identifies: list[dict[str, Any]] = []
        self.sessions: list[GatewaySession] = []  # every connection, closed ones too
        self.interactions: dict[str, dict[str, Any]] = {}  # by interaction token
        self.watched: asyncio.Task[Any] | None = None  # the bot; its failure ends waits
        self.hang: set[str] = set()  # REST paths (below /api/v10) that never answer
        self.failures: list[InjectedFailure] = []  # see fail_next; first match wins
        self.broken_readies = 0  # this many IDENTIFYs get a READY without its `user`
        self.gateway_connections = 0
        self._ids = itertools.count(100000000000000001)
        self._identified = asyncio.Event()
        self._sessions_changed = asyncio.Event()
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ------------------------------------------------------------------ lifecycle

    async def start(self, port: int = 0) -> None:
        """Listen on `port` (0: any free one); a test may point the bot at a port first."""
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest)
        app.router.add_get("/{caller:[a-z0-9-]+}/gateway", self._gateway)
        app.router.add_route("*", "/{caller:[a-z0-9-]+}" + API_PREFIX + "/{tail:.*}", self._rest)
        # A short shutdown timeout so a test that forgot to close the bot does not hang.
        self._runner = web.AppRunner(app, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        for session in self.sessions:
            if not session.ws.closed:
                with contextlib.suppress(Exception):
                    await session.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
        # Loud: a body Discord would refuse fails the test even if nothing else noticed.
        assert not self.refused, f"Discord would refuse: {[p for _, p in self.refused]}"

    @property
    def http_url(self) -> str:
        """The server root, without /api/v10 (the bot appends it)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def http_url_for(self, caller: str) -> str:
        """The server root for one bot process: its requests are recorded with `caller`."""
        return f"{self.http_url}/{caller}"

    def gateway_url_for(self, caller: str) -> str:
        """The gateway for one bot process: its connections are recorded with `caller`."""
        return f"ws://127.0.0.1:{self.port}/{caller}/gateway"

    def fail_next(
        self, method: str, path: str, *, status: int = 503, times: int | None = 1
    ) -> None:
        """The next `times` requests (None: all of them) whose method is `method` and whose
        path below /api/v10 fully matches the regular expression `path` are answered with
        HTTP `status` and Discord's JSON error body instead of their usual answer. They are
        still recorded in `requests`."""
        self.failures.append(InjectedFailure(method, re.compile(path), status, times))

    # ------------------------------------------------------------------ waiting

    def mark(self) -> int:
        """A position in the request log: pass it as `since` to wait for later requests."""
        return len(self.requests)

    def requests_since(self, since: int) -> list[Request]:
        return self.requests[since:]

    def _check_watched(self) -> None:
        task = self.watched
        if task is not None and task.done():
            exc = None if task.cancelled() else task.exception()
            raise AssertionError(f"the bot stopped: {exc!r}") from exc

    async def _wait_changed(self, timeout: float) -> None:
        waiter = asyncio.ensure_future(self._changed.wait())
        waits: set[asyncio.Future[Any]] = {waiter}
        if self.watched is not None:
            waits.add(self.watched)
        try:
            await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiter.cancel()

    async def next_request(
        self, method: str, path: str, *, since: int = 0, timeout: float = 5.0
    ) -> Request:
        """The first request at or after `since` whose method matches and whose path
        fully matches the regular expression `path`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        index = since
        pattern = re.compile(path)
        while True:
            self._changed.clear()
            for request in self.requests[index:]:
                if request.method == method and pattern.fullmatch(request.path):
                    return request
            index = len(self.requests)
            self._check_watched()
            remaining = deadline - loop.time()
            if remaining <= 0:
                seen = ", ".join(str(r) for r in self.requests[since:]) or "nothing"
                raise AssertionError(f"no {method} {path} within {timeout}s; saw {seen}")
            await self._wait_changed(remaining)

    async def wait_identified(self, timeout: float = 5.0) -> None:
        await asyncio.wait_for(self._identified.wait(), timeout)

    def session_for(self, guild_id: int | None) -> GatewaySession | None:
        """The live connection that carries `guild_id` (None: direct messages), if any."""
        carrying = [s for s in self.sessions if s.live and s.carries(guild_id)]
        return carrying[-1] if carrying else None

    async def wait_session(self, guild_id: int | None, timeout: float = 5.0) -> GatewaySession:
        """Wait for a connection that carries `guild_id` to identify."""
        async with asyncio.timeout(timeout):
            while (session := self.session_for(guild_id)) is None:
                self._check_watched()
                self._sessions_changed.clear()
                await self._sessions_changed.wait()
        return session

    async def wait_shards(self, shard_count: int, timeout: float = 5.0) -> list[GatewaySession]:
        """Wait until every shard 0..shard_count-1 has a live connection; they in order."""
        async with asyncio.timeout(timeout):
            while True:
                live = {s.shard_id: s for s in self.sessions if s.live}
                if all(n in live for n in range(shard_count)):
                    return [live[n] for n in range(shard_count)]
                self._sessions_changed.clear()
                await self._sessions_changed.wait()

    # ------------------------------------------------------------------ REST

    @staticmethod
    def _json(data: Any, status: int = 200) -> web.Response:
        # Exactly application/json: with "; charset=utf-8" discord.py reads the body as text.
        return web.Response(
            body=json.dumps(data).encode(), status=status, content_type="application/json"
        )

    def _record(self, request: Request) -> None:
        self.requests.append(request)
        self._changed.set()

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        body: Any = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                body = raw.decode(errors="replace")
        path = "/" + request.match_info["tail"]
        if path in self.hang:  # an API that accepts the connection and never answers
            await asyncio.Event().wait()
        recorded = Request(
            method=request.method,
            path=path,
            query=dict(request.query),
            body=body,
            authorized=request.headers.get("Authorization") == f"Bot {self.token}",
            caller=request.match_info.get("caller", ""),
        )
        self._record(recorded)
        injected = next((f for f in self.failures if f.takes(recorded)), None)
        if injected is not None:
            said = _STATUS_MESSAGES.get(injected.status, "Error")
            return self._json({"message": f"{injected.status}: {said}", "code": 0}, injected.status)
        return self._route(recorded)

    def _invalid(self, r: Request, problems: list[str]) -> web.Response:
        """Discord's answer to a body breaking its documented limits; remembered, so the
        test fails at `close()` unless it expected the refusal (`fake.refused.clear()`)."""
        self.refused.append((r, problems))
        return self._json({"message": "Invalid Form Body", "code": 50035, "errors": problems}, 400)

    def _limits(self, r: Request) -> list[str]:
        m, p, body = r.method, r.path, r.body if isinstance(r.body, dict) else {}
        if m == "PUT" and re.fullmatch(rf"/applications/{APP_ID}(/guilds/\d+)?/commands", p):
            return commands_problems(r.body if isinstance(r.body, list) else [])
        if m == "POST" and re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", p):
            data = body.get("data") or {}
            if body.get("type") == 8:
                return choices_problems(data.get("choices") or [])
            return message_problems(data)
        if m in {"POST", "PATCH"} and (
            re.fullmatch(r"/channels/(\d+)/messages", p)
            or re.fullmatch(r"/webhooks/(\d+)/([^/]+)(/messages/@original)?", p)
        ):
            return message_problems(body)
        return []

    def _route(self, r: Request) -> web.Response:
        problems = self._limits(r)
        if problems:
            return self._invalid(r, problems)
        m, p = r.method, r.path
        # Interaction callbacks and webhooks are authorised by the interaction token.
        if m == "POST" and (match := re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", p)):
            return self._callback(int(match.group(1)), match.group(2), r.body)
        if match := re.fullmatch(r"/webhooks/(\d+)/([^/]+)(/messages/@original)?", p):
            interaction = self.interactions.get(match.group(2))
            if interaction is None:
                return self._json({"message": "Unknown Webhook", "code": 10015}, 404)
            if m in {"POST", "PATCH"}:
                return self._json(self._message(int(interaction["channel_id"]), r.body or {}))
        if not r.authorized:
            return self._json({"message": "401: Unauthorized", "code": 0}, 401)
        if m == "GET" and p == "/users/@me":
            return self._json({**BOT_USER, "verified": True, "mfa_enabled": False, "flags": 0})
        if m == "GET" and p == "/oauth2/applications/@me":
            return self._json(self.application())
        if m == "GET" and p == "/gateway":
            return self._json({"url": self._gateway_for(r.caller)})
        if m == "GET" and p == "/gateway/bot":
            return self._json(self.gateway_bot(r.caller))
        if m == "POST" and (match := re.fullmatch(r"/channels/(\d+)/messages", p)):
            return self._json(self._message(int(match.group(1)), r.body or {}))
        if m == "PUT" and re.fullmatch(rf"/applications/{APP_ID}(/guilds/\d+)?/commands", p):
            return self._json([self._command(c) for c in r.body or []])
        return self._json({"message": f"the fake has no route for {m} {p}", "code": 0}, 404)

    def _callback(self, interaction_id: int, token: str, body: Any) -> web.Response:
        interaction = self.interactions.get(token)
        if interaction is None or int(interaction["id"]) != interaction_id:
            return self._json({"message": "Unknown interaction", "code": 10062}, 404)
        kind = body.get("type") if isinstance(body, dict) else None
        data = (body or {}).get("data") or {}
        return self._json(
            {
                "interaction": {
                    "id": str(interaction_id),
                    "type": interaction["type"],
                    "response_message_loading": kind == 5,
                    "response_message_ephemeral": bool(data.get("flags", 0) & EPHEMERAL),
                }
            }
        )

    def _message(self, channel_id: int, body: dict[str, Any]) -> dict[str, Any]:
        message: dict[str, Any] = {
            "id": str(next(self._ids)),
            "channel_id": str(channel_id),
            "type": 19 if body.get("message_reference") else 0,
            "content": body.get("content") or "",
            "author": BOT_USER,
            "embeds": body.get("embeds") or [],
            "attachments": [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": _now(),
            "edited_timestamp": None,
            "flags": body.get("flags", 0),
            "components": [],
        }
        if channel_id != DM_CHANNEL_ID:
            message["guild_id"] = str(self.guild_of(channel_id))
        if body.get("message_reference"):
            message["message_reference"] = body["message_reference"]
        return message

    @staticmethod
    def _command(payload: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": str(hash(payload.get("name")) & ((1 << 62) - 1) or 1),
            "application_id": str(APP_ID),
            "version": "1",
            **payload,
        }

    @staticmethod
    def application() -> dict[str, Any]:
        return {
            "id": str(APP_ID),
            "name": "Franchise Bot",
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": user(OWNER_ID, "Owner"),
            "verify_key": "0" * 64,
            "flags": 0,
        }

    # ------------------------------------------------------------------ gateway

    def _gateway_for(self, caller: str) -> str:
        return self.gateway_url_for(caller) if caller else self.gateway_url

    def gateway_bot(self, caller: str = "") -> dict[str, Any]:
        """GET /gateway/bot: where to connect, how many shards, how fast to identify."""
        return {
            "url": self._gateway_for(caller),
            "shards": self.shard_count,
            "session_start_limit": {
                "total": 1000,
                "remaining": 1000 - len(self.identifies),
                "reset_after": 24 * 60 * 60 * 1000,
                "max_concurrency": self.max_concurrency,
            },
        }

    def guild_of(self, channel_id: int) -> int:
        """The server a channel is in: its own server's, else GUILD_ID (threads in tests)."""
        owner = channel_id - 1
        return owner if owner in self.guild_ids else GUILD_ID

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        session = GatewaySession(ws, caller=request.match_info.get("caller", ""))
        self.sessions.append(session)
        self.gateway_connections += 1
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        try:
            async for message in ws:
                if message.type is not WSMsgType.TEXT:
                    continue
                payload = json.loads(message.data)
                self.gateway_received.append(payload)
                if payload.get("op") == 1:  # heartbeat
                    await ws.send_str(json.dumps({"op": 11}))
                elif payload.get("op") == 2:  # identify
                    await self._identify(session, payload["d"])
                elif payload.get("op") == 6:  # resume: this fake keeps no session to resume
                    await ws.send_str(json.dumps({"op": 9, "d": False}))
        finally:
            self._sessions_changed.set()  # a closed connection carries nothing any more
        return ws

    async def _identify(self, session: GatewaySession, identify: dict[str, Any]) -> None:
        self.identify = identify
        self.identifies.append(identify)
        shard_id, shard_count = identify.get("shard") or (0, 1)
        if not 0 <= shard_id < shard_count:
            await session.ws.close(code=INVALID_SHARD, message=b"Invalid shard.")
            return
        session.shard_id, session.shard_count = shard_id, shard_count
        session.identified_at = asyncio.get_running_loop().time()
        if self.broken_readies > 0:
            self.broken_readies -= 1
            await self._send(session, "READY", {**self.ready(session), "user": None})
            return
        await self._send(session, "READY", self.ready(session))
        for guild_id in self._guilds_on(session):
            await self._send(session, "GUILD_CREATE", self.guild(guild_id))
        session.identified = True
        self._identified.set()
        self._sessions_changed.set()

    def _guilds_on(self, session: GatewaySession) -> list[int]:
        return [g for g in self.guild_ids if session.carries(g)]

    async def _send(self, session: GatewaySession, event: str, data: dict[str, Any]) -> None:
        session.seq += 1
        session.received.append((event, data))
        frame = {"op": 0, "t": event, "s": session.seq, "d": data}
        await session.ws.send_str(json.dumps(frame))

    async def dispatch(self, event: str, data: dict[str, Any]) -> GatewaySession:
        """Send a gateway event on the connection that carries its server (DMs: shard 0),
        once that connection has identified; returns the connection it went to."""
        guild_id = data.get("guild_id")
        session = await self.wait_session(None if guild_id is None else int(guild_id))
        await self._send(session, event, data)
        return session

    def ready(self, session: GatewaySession) -> dict[str, Any]:
        """READY for one connection: the servers of its shard, its shard, where to resume."""
        return {
            "v": 10,
            "user": {**BOT_USER, "verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [{"id": str(g), "unavailable": True} for g in self._guilds_on(session)],
            "session_id": f"fake-session-{len(self.sessions)}",
            "resume_gateway_url": self._gateway_for(session.caller),
            "application": {"id": str(APP_ID), "flags": 0},
            "shard": [session.shard_id, session.shard_count],
            "private_channels": [],
            "relationships": [],
        }

    @staticmethod
    def guild(guild_id: int = GUILD_ID) -> dict[str, Any]:
        bot_member = {
            "user": BOT_USER,
            "roles": [str(BOT_ROLE_ID)],
            "joined_at": _now(),
            "deaf": False,
            "mute": False,
            "flags": 0,
        }
        return {
            "id": str(guild_id),
            "name": "Franchise fans",
            "owner_id": str(OWNER_ID),
            "unavailable": False,
            "large": False,
            "member_count": 1,  # equal to the members listed: nothing to chunk
            "joined_at": _now(),
            "roles": [
                _role(guild_id, "@everyone", MEMBER_PERMISSIONS, 0),
                _role(
                    BOT_ROLE_ID,
                    "Franchise Bot",
                    MEMBER_PERMISSIONS,
                    1,
                    managed=True,
                    tags={"bot_id": str(BOT_ID)},
                ),
                _role(MOD_ROLE_ID, "Fact keepers", MEMBER_PERMISSIONS, 2),
                _role(NAMED_MODERATOR_ROLE_ID, "Moderator", MEMBER_PERMISSIONS, 3),
            ],
            "channels": [
                {
                    "id": str(channel_of(guild_id)),
                    "type": 0,
                    "name": "general",
                    "position": 0,
                    "permission_overwrites": [],
                    "nsfw": False,
                    "parent_id": None,
                }
            ],
            "members": [bot_member],
            "emojis": [],
            "stickers": [],
            "threads": [],
            "voice_states": [],
            "presences": [],
            "features": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "premium_tier": 0,
            "mfa_level": 0,
            "verification_level": 0,
            "explicit_content_filter": 0,
            "default_message_notifications": 0,
            "nsfw_level": 0,
            "preferred_locale": "en-US",
            "system_channel_flags": 0,
        }

    # ------------------------------------------------------------------ events

    async def send_message(
        self,
        content: str,
        *,
        author: dict[str, Any] = FAN,
        dm: bool = False,
        roles: tuple[int, ...] = (),
        nick: str | None = None,
        reply_to: dict[str, Any] | None = None,
        channel_id: int | None = None,
        guild_id: int = GUILD_ID,
    ) -> dict[str, Any]:
        """Dispatch MESSAGE_CREATE as Discord would for `author` typing `content`, in
        `guild_id`'s channel (or a DM). A thread is a channel of its own: pass its id as
        `channel_id`."""
        ids = {str(u["id"]): u for u in (BOT_USER, FAN, MOD, OTHER_BOT)}
        mentioned = [ids[i] for i in re.findall(r"<@!?(\d+)>", content) if i in ids]
        message: dict[str, Any] = {
            "id": str(next(self._ids)),
            "channel_id": str(channel_id or (DM_CHANNEL_ID if dm else channel_of(guild_id))),
            "type": 19 if reply_to else 0,
            "content": content,
            "author": author,
            "embeds": [],
            "attachments": [],
            "mentions": mentioned,
            "mention_roles": [] if dm else re.findall(r"<@&(\d+)>", content),
            "mention_everyone": False,  # a member without Mention Everyone
            "pinned": False,
            "tts": False,
            "timestamp": _now(),
            "edited_timestamp": None,
            "flags": 0,
            "components": [],
        }
        if not dm:
            message["guild_id"] = str(guild_id)
            message["member"] = {
                "roles": [str(r) for r in roles],
                "joined_at": _now(),
                "nick": nick,
                "deaf": False,
                "mute": False,
                "flags": 0,
            }
        if reply_to is not None:
            message["message_reference"] = {
                "type": 0,
                "message_id": reply_to["id"],
                "channel_id": reply_to["channel_id"],
                **({"guild_id": reply_to["guild_id"]} if "guild_id" in reply_to else {}),
            }
            message["referenced_message"] = reply_to
            # Replying with the ping switched on also mentions the replied-to author.
        await self.dispatch("MESSAGE_CREATE", message)
        return message

    def interaction(
        self,
        data: dict[str, Any],
        *,
        kind: int = 2,
        author: dict[str, Any] = FAN,
        dm: bool = False,
        roles: tuple[int, ...] = (),
        permissions: int = MEMBER_PERMISSIONS,
        nick: str | None = None,
        guild_id: int = GUILD_ID,
    ) -> dict[str, Any]:
        """An INTERACTION_CREATE payload with everything discord.py 2.7 reads."""
        interaction_id = next(self._ids)
        token = f"interaction-token-{interaction_id}"
        channel_id = DM_CHANNEL_ID if dm else channel_of(guild_id)
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(APP_ID),
            "type": kind,
            "token": token,
            "version": 1,
            "channel_id": str(channel_id),
            "channel": {"id": str(channel_id), "type": 1 if dm else 0},
            "app_permissions": str(MEMBER_PERMISSIONS),
            "locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild_id)}
            if not dm
            else {"1": author["id"]},
            "context": 1 if dm else 0,
            "attachment_size_limit": 10 * 1024 * 1024,
            "data": {"id": str(next(self._ids)), "type": 1, **data},
        }
        if dm:
            payload["user"] = author
        else:
            payload["guild_id"] = str(guild_id)
            payload["guild_locale"] = "en-US"
            payload["guild"] = {"id": str(guild_id), "locale": "en-US", "features": []}
            payload["member"] = {
                "user": author,
                "roles": [str(r) for r in roles],
                "joined_at": _now(),
                "nick": nick,
                "permissions": str(permissions),
                "deaf": False,
                "mute": False,
                "flags": 0,
            }
        self.interactions[token] = payload
        return payload

    async def run_command(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        subcommand: str | None = None,
        **who: Any,
    ) -> dict[str, Any]:
        """Dispatch a slash command (`/name [subcommand] option:value ...`)."""
        opts = [{"name": k, "type": 3, "value": v} for k, v in (options or {}).items()]
        if subcommand is not None:
            opts = [{"name": subcommand, "type": 1, "options": opts}]
        payload = self.interaction({"name": name, "options": opts}, **who)
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    async def autocomplete(self, name: str, option: str, typed: str, **who: Any) -> dict[str, Any]:
        """Dispatch an autocomplete interaction (type 4) with `option` focused."""
        opts = [{"name": option, "type": 3, "value": typed, "focused": True}]
        payload = self.interaction({"name": name, "options": opts}, kind=4, **who)
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload
