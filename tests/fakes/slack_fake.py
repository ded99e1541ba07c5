"""A fake Slack on 127.0.0.1 that speaks the wire protocol slack-bolt and slack_sdk use.

- Web API under `/api/<method>`: auth.test, chat.postMessage, chat.postEphemeral,
  apps.connections.open (tokens checked; Block Kit limits checked like Slack does).
- OAuth installs into several workspaces (`FakeSlack.workspaces`): the consent page at
  `/oauth/v2/authorize` sends the browser back to the app's Redirect URL with a one-time
  code, which `oauth.v2.access` exchanges (client ID and secret checked) for that
  workspace's bot token; `auth.test` and posts accept each workspace's token, and
  `Call.token` says which one a call used.
- `response_url` sink under `/respond/<name>`.
- Socket Mode websocket at `/link`: sends `hello`, then the envelopes a test pushes,
  and records the app's acks.

Every request is recorded as a `Call`; `await fake.next_call("chat.postMessage")` waits
for the next one to that path. `fake.rate_limit("chat.postMessage", retry_after=0)` makes
the next call to a method get a 429 with Retry-After; `fake.fail("auth.test", status=500)`
gives it any other raw answer (a 5xx, an HTML page).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

from aiohttp import WSMsgType, web

from fakes.slack_limits import check_message as _check_message

BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
TEAM_ID = "T0FAKE"
APP_ID = "A0FAKE"


@dataclass
class Call:
    """One request the fake received (or one websocket message from the app)."""

    path: str
    headers: dict[str, str]
    raw: str
    data: dict[str, Any]
    status: int = 200

    @property
    def method(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def token(self) -> str:
        """The bearer token the call was made with ("" for none)."""
        auth = self.headers.get("Authorization", "")
        return auth.removeprefix("Bearer ").strip() if auth.startswith("Bearer ") else ""


@dataclass(frozen=True)
class Workspace:
    """A workspace the app can be installed into by OAuth; each has its own bot token."""

    team_id: str
    name: str
    bot_token: str
    bot_user_id: str = BOT_USER_ID
    bot_id: str = BOT_ID
    installer: str = "UINSTALLER"


@dataclass
class _RateLimit:
    times: int
    retry_after: int


@dataclass
class _Failure:
    times: int
    status: int
    body: str
    content_type: str


@dataclass
class FakeSlack:
    bot_token: str = "xoxb-fake-bot-token"
    app_token: str = "xapp-fake-app-token"
    calls: list[Call] = field(default_factory=list)
    acks: list[dict[str, Any]] = field(default_factory=list)
    # Messages refused for breaking Slack's limits: fails the test at `close()` unless it
    # expected them (and cleared this list).
    refused: list[tuple[str, str]] = field(default_factory=list)
    # OAuth: the app's credentials, its configured Redirect URL, and where it can be installed.
    client_id: str = "1111.2222"
    client_secret: str = "fake-client-secret"
    redirect_url: str = ""
    workspaces: list[Workspace] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._codes: dict[str, Workspace] = {}  # one-time authorization codes
        self._changed = asyncio.Condition()
        self._cursor: dict[str, int] = defaultdict(int)
        self._limits: dict[str, _RateLimit] = {}
        self._failures: dict[str, _Failure] = {}
        self._ts = itertools.count(1)
        self._sockets: list[web.WebSocketResponse] = []
        self._connected = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> FakeSlack:
        app = web.Application()
        app.router.add_post("/api/{method}", self._web_api)
        app.router.add_post("/respond/{name}", self._response_url)
        app.router.add_get("/link", self._socket)
        app.router.add_get("/oauth/v2/authorize", self._authorize)
        self._runner = web.AppRunner(app, shutdown_timeout=1, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def close(self) -> None:
        for ws in self._sockets:
            with contextlib.suppress(Exception):
                await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        assert not self.refused, f"Slack would refuse: {self.refused}"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """What SLACK_API_BASE_URL should be (with the trailing slash)."""
        return f"{self.url}/api/"

    def response_url(self, name: str = "r") -> str:
        return f"{self.url}/respond/{name}"

    # ------------------------------------------------------------------ for tests

    def rate_limit(self, method: str, *, times: int = 1, retry_after: int = 0) -> None:
        """The next `times` calls to `method` get 429 with this Retry-After."""
        self._limits[method] = _RateLimit(times, retry_after)

    def fail(
        self,
        method: str,
        *,
        status: int = 500,
        body: str = "Internal Server Error",
        content_type: str = "text/plain",
        times: int = 1,
    ) -> None:
        """The next `times` calls to `method` get this raw answer (a 5xx, an HTML page ...)."""
        self._failures[method] = _Failure(times, status, body, content_type)

    def calls_to(self, path: str) -> list[Call]:
        path = _path(path)
        return [c for c in self.calls if c.path == path]

    def outbound(self) -> list[Call]:
        """Everything the app sent that a person could see (not auth or connection calls)."""
        quiet = {"auth.test", "apps.connections.open"}
        return [c for c in self.calls if c.method not in quiet]

    async def next_call(self, path: str, *, timeout: float = 5.0) -> Call:
        """The next call to `path` ("chat.postMessage" or "/respond/name") not yet taken."""
        path = _path(path)
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: len(self.calls_to(path)) > self._cursor[path])
        call = self.calls_to(path)[self._cursor[path]]
        self._cursor[path] += 1
        return call

    async def wait_connected(self, timeout: float = 5.0) -> None:
        async with asyncio.timeout(timeout):
            await self._connected.wait()

    async def send_envelope(self, kind: str, payload: dict[str, Any]) -> str:
        """Push a Socket Mode envelope ("slash_commands", "events_api", "interactive")."""
        await self.wait_connected()
        envelope_id = str(uuid.uuid4())
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "accepts_response_payload": kind != "events_api",
            "payload": payload,
            "retry_attempt": 0,
            "retry_reason": "",
        }
        await self._sockets[-1].send_str(json.dumps(envelope))
        return envelope_id

    async def ack_for(self, envelope_id: str, *, timeout: float = 5.0) -> dict[str, Any]:
        def found() -> dict[str, Any] | None:
            return next((a for a in self.acks if a.get("envelope_id") == envelope_id), None)

        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: found() is not None)
        ack = found()
        assert ack is not None
        return ack

    # ------------------------------------------------------------------ handlers

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    async def _web_api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        raw = await request.text()
        data: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json" and raw:
            data.update(json.loads(raw))
        elif raw:
            data.update(parse_qsl(raw, keep_blank_values=True))
        headers = dict(request.headers)
        call = Call(request.path, headers, raw, data)

        failure = self._failures.get(method)
        if failure and failure.times > 0:
            failure.times -= 1
            call.status = failure.status
            await self._record(call)
            return web.Response(
                status=failure.status, text=failure.body, content_type=failure.content_type
            )
        limit = self._limits.get(method)
        if limit and limit.times > 0:
            limit.times -= 1
            call.status = 429
            await self._record(call)
            return web.json_response(
                {"ok": False, "error": "ratelimited"},
                status=429,
                headers={"Retry-After": str(limit.retry_after)},
            )
        await self._record(call)

        if method == "oauth.v2.access":
            return web.json_response(self._exchange(request.headers.get("Authorization", ""), data))
        token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        token = token or str(data.get("token", ""))
        if method == "apps.connections.open":
            if token != self.app_token:
                return web.json_response({"ok": False, "error": "invalid_auth"})
        elif token != self.bot_token and self._workspace_of(token) is None:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        answer = self._answer(method, data)
        workspace = self._workspace_of(token)
        if method == "auth.test" and workspace is not None:
            answer.update(
                team=workspace.name,
                team_id=workspace.team_id,
                user_id=workspace.bot_user_id,
                bot_id=workspace.bot_id,
            )
        return web.json_response(answer)

    def _workspace_of(self, token: str) -> Workspace | None:
        return next((w for w in self.workspaces if w.bot_token == token), None)

    async def _authorize(self, request: web.Request) -> web.Response:
        """Slack's consent page, already approved: back to the app with a one-time code."""
        query = request.query
        await self._record(Call(request.path, dict(request.headers), "", dict(query)))
        if query.get("client_id") != self.client_id:
            return web.Response(status=400, text="invalid_client_id")
        team = query.get("team")
        workspace = next((w for w in self.workspaces if team in (None, w.team_id)), None)
        if workspace is None:
            return web.Response(status=400, text="no such workspace")
        code = f"code-{workspace.team_id}-{uuid.uuid4().hex[:8]}"
        self._codes[code] = workspace
        back = query.get("redirect_uri") or self.redirect_url
        params = urlencode({"code": code, "state": query.get("state", "")})
        raise web.HTTPFound(f"{back}?{params}")

    def _exchange(self, authorization: str, data: dict[str, Any]) -> dict[str, Any]:
        """oauth.v2.access: the client's ID and secret (HTTP Basic, or form fields) and a
        code this fake issued, once."""
        client_id, secret = str(data.get("client_id", "")), str(data.get("client_secret", ""))
        if authorization.startswith("Basic "):
            decoded = base64.b64decode(authorization.removeprefix("Basic ")).decode()
            client_id, _, secret = decoded.partition(":")
        if client_id != self.client_id:
            return {"ok": False, "error": "invalid_client_id"}
        if secret != self.client_secret:
            return {"ok": False, "error": "bad_client_secret"}
        workspace = self._codes.pop(str(data.get("code", "")), None)
        if workspace is None:
            return {"ok": False, "error": "invalid_code"}
        return {
            "ok": True,
            "app_id": APP_ID,
            "authed_user": {"id": workspace.installer},
            "scope": "app_mentions:read,chat:write,commands,im:history,im:read,im:write",
            "token_type": "bot",
            "access_token": workspace.bot_token,
            "bot_user_id": workspace.bot_user_id,
            "team": {"id": workspace.team_id, "name": workspace.name},
            "enterprise": None,
            "is_enterprise_install": False,
        }

    def _answer(self, method: str, data: dict[str, Any]) -> dict[str, Any]:
        ts = f"1700000000.{next(self._ts):06d}"
        match method:
            case "auth.test":
                return {
                    "ok": True,
                    "url": "https://fake.slack.test/",
                    "team": "Fake",
                    "user": "franchisebot",
                    "team_id": TEAM_ID,
                    "user_id": BOT_USER_ID,
                    "bot_id": BOT_ID,
                    "is_enterprise_install": False,
                }
            case "apps.connections.open":
                return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link"}
            case "chat.postMessage" | "chat.postEphemeral":
                if not data.get("channel"):
                    return {"ok": False, "error": "channel_not_found"}
                if method == "chat.postEphemeral" and not data.get("user"):
                    return {"ok": False, "error": "user_not_in_channel"}
                problem = _check_message(data)
                if problem:
                    self.refused.append((method, problem))
                    return {"ok": False, "error": problem}
                if method == "chat.postEphemeral":
                    return {"ok": True, "message_ts": ts}
                return {
                    "ok": True,
                    "channel": data["channel"],
                    "ts": ts,
                    "message": {"type": "message", "text": data.get("text"), "ts": ts},
                }
        return {"ok": False, "error": "unknown_method"}

    async def _response_url(self, request: web.Request) -> web.Response:
        raw = await request.text()
        data = json.loads(raw) if raw else {}
        problem = _check_message(data)
        call = Call(request.path, dict(request.headers), raw, data, 400 if problem else 200)
        await self._record(call)
        if problem:
            self.refused.append((request.path, problem))
            return web.Response(status=400, text=problem)
        return web.Response(text="ok")

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "debug_info": {"host": "fake", "approximate_connection_time": 3600},
                    "connection_info": {"app_id": APP_ID},
                }
            )
        )
        self._connected.set()
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            ack = json.loads(msg.data)
            async with self._changed:
                self.acks.append(ack)
                self.calls.append(Call("/link", {}, msg.data, ack))
                self._changed.notify_all()
        return ws


def _path(path: str) -> str:
    return path if path.startswith("/") else f"/api/{path}"
