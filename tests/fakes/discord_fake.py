"""A loopback Discord that speaks the wire protocol discord.py 2.7 uses.

REST under `/api/v10/...` and a websocket gateway at `/gateway`, on 127.0.0.1. Every REST
request is recorded (method, path below /api/v10, query, JSON body, whether the bot token
was sent) and tests await "the next POST to X". The gateway says HELLO, acknowledges
heartbeats, answers IDENTIFY with READY and one GUILD_CREATE, and dispatches MESSAGE_CREATE
and INTERACTION_CREATE when a test asks.

Quirks this fake honours (found by trying discord.py 2.7.1):
- Content-Type must be exactly `application/json` (aiohttp's json_response adds a charset,
  and discord.py then treats the body as text).
- Gateway frames are TEXT, so the bot's zlib-stream decompression never starts.
- INTERACTION_CREATE needs `attachment_size_limit` (and the rest in `interaction()`), or
  discord.py raises inside `Client.start()`.
- The interaction callback is called with `?with_response=1` and expects
  `{"interaction": {"id": ..., "type": ...}}` back.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
from dataclasses import dataclass
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

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


class FakeDiscord:
    """Start with `await fake.start()`; close the bot first, then `await fake.close()`."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.requests: list[Request] = []
        # Requests refused for breaking Discord's limits, with what Discord would say.
        self.refused: list[tuple[Request, list[str]]] = []
        self.gateway_received: list[dict[str, Any]] = []
        self.identify: dict[str, Any] | None = None
        self.interactions: dict[str, dict[str, Any]] = {}  # by interaction token
        self.watched: asyncio.Task[Any] | None = None  # the bot; its failure ends waits
        self.hang: set[str] = set()  # REST paths (below /api/v10) that never answer
        self.broken_readies = 0  # this many IDENTIFYs get a READY without its `user`
        self.gateway_connections = 0
        self._ids = itertools.count(100000000000000001)
        self._seq = 0
        self._ws: web.WebSocketResponse | None = None
        self._identified = asyncio.Event()
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest)
        # A short shutdown timeout so a test that forgot to close the bot does not hang.
        self._runner = web.AppRunner(app, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        if self._ws is not None and not self._ws.closed:
            with contextlib.suppress(Exception):
                await self._ws.close()
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
        )
        self._record(recorded)
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
        if m == "GET" and p in {"/gateway", "/gateway/bot"}:
            return self._json({"url": self.gateway_url, "shards": 1})
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
            message["guild_id"] = str(GUILD_ID)
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

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        self.gateway_connections += 1
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        async for message in ws:
            if message.type is not WSMsgType.TEXT:
                continue
            payload = json.loads(message.data)
            self.gateway_received.append(payload)
            if payload.get("op") == 1:  # heartbeat
                await ws.send_str(json.dumps({"op": 11}))
            elif payload.get("op") == 2:  # identify
                self.identify = payload["d"]
                if self.broken_readies > 0:
                    self.broken_readies -= 1
                    await self._dispatch("READY", {**self.ready(), "user": None})
                    continue
                await self._dispatch("READY", self.ready())
                await self._dispatch("GUILD_CREATE", self.guild())
                self._identified.set()
        return ws

    async def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        assert self._ws is not None, "the bot has not connected to the gateway"
        self._seq += 1
        await self._ws.send_str(json.dumps({"op": 0, "t": event, "s": self._seq, "d": data}))

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway event to the bot once it has identified."""
        await self.wait_identified()
        await self._dispatch(event, data)

    def ready(self) -> dict[str, Any]:
        return {
            "v": 10,
            "user": {**BOT_USER, "verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
            "session_id": "fake-session",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(APP_ID), "flags": 0},
            "shard": [0, 1],
            "private_channels": [],
            "relationships": [],
        }

    @staticmethod
    def guild() -> dict[str, Any]:
        bot_member = {
            "user": BOT_USER,
            "roles": [str(BOT_ROLE_ID)],
            "joined_at": _now(),
            "deaf": False,
            "mute": False,
            "flags": 0,
        }
        return {
            "id": str(GUILD_ID),
            "name": "Franchise fans",
            "owner_id": str(OWNER_ID),
            "unavailable": False,
            "large": False,
            "member_count": 1,  # equal to the members listed: nothing to chunk
            "joined_at": _now(),
            "roles": [
                _role(GUILD_ID, "@everyone", MEMBER_PERMISSIONS, 0),
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
                    "id": str(CHANNEL_ID),
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
    ) -> dict[str, Any]:
        """Dispatch MESSAGE_CREATE as Discord would for `author` typing `content`. A
        thread is a channel of its own: pass its id as `channel_id`."""
        ids = {str(u["id"]): u for u in (BOT_USER, FAN, MOD, OTHER_BOT)}
        mentioned = [ids[i] for i in re.findall(r"<@!?(\d+)>", content) if i in ids]
        message: dict[str, Any] = {
            "id": str(next(self._ids)),
            "channel_id": str(channel_id or (DM_CHANNEL_ID if dm else CHANNEL_ID)),
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
            message["guild_id"] = str(GUILD_ID)
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
    ) -> dict[str, Any]:
        """An INTERACTION_CREATE payload with everything discord.py 2.7 reads."""
        interaction_id = next(self._ids)
        token = f"interaction-token-{interaction_id}"
        channel_id = DM_CHANNEL_ID if dm else CHANNEL_ID
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
            "authorizing_integration_owners": {"0": str(GUILD_ID)}
            if not dm
            else {"1": author["id"]},
            "context": 1 if dm else 0,
            "attachment_size_limit": 10 * 1024 * 1024,
            "data": {"id": str(next(self._ids)), "type": 1, **data},
        }
        if dm:
            payload["user"] = author
        else:
            payload["guild_id"] = str(GUILD_ID)
            payload["guild_locale"] = "en-US"
            payload["guild"] = {"id": str(GUILD_ID), "locale": "en-US", "features": []}
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
