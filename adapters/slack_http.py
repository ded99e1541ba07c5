"""Slack over HTTP: a signed endpoint that checks signatures before Bolt parses anything,
with header and body deadlines and a connection cap that evicts slow clients (slowloris)."""

from __future__ import annotations

import asyncio
import errno
import hashlib
import hmac
import logging
import time
import weakref
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from adapters.slack_oauth import answer_install_request
from bot.errors import ConfigError
from bot.throttle import LogThrottle, held_note

if TYPE_CHECKING:
    pass

log = logging.getLogger("adapters.slack_app")

EVENTS_PATH = "/slack/events"


_SIGNING_SECRETS: weakref.WeakKeyDictionary[AsyncApp, str] = weakref.WeakKeyDictionary()


# How long a client may take to send a request's headers, and then its body. Slack sends
# both at once; a client that trickles them (slowloris) is cut off instead of holding a slot.
HEADER_TIMEOUT = 10.0


BODY_TIMEOUT = 10.0


MAX_TIMESTAMP_SKEW = 60 * 5  # Slack's documented replay window


REFUSED_LOG_INTERVAL = 60.0  # at most one log line per minute about refused requests


FD_LOG_INTERVAL = 60.0  # ... and about running out of file descriptors


def default_max_connections() -> int:
    """Open connections served at once: a quarter of the file-descriptor limit, at most 1024,
    so the process never runs out of descriptors while accepting."""
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):
        return 256
    if soft == resource.RLIM_INFINITY:
        return 1024
    return max(32, min(1024, soft // 4))


class _CappedServer(web.Server):
    """aiohttp's low-level server with at most `max_connections` open at once.

    At the cap a new connection evicts the oldest one that is not answering a signed
    request: a slow or idle client (or one still sending an unsigned body) loses its
    slot, and Slack's requests, which arrive whole, still get in.
    """

    def __init__(
        self,
        handler: Callable[[web.BaseRequest], Awaitable[web.StreamResponse]],
        *,
        max_connections: int,
        **kwargs: Any,
    ) -> None:
        super().__init__(handler, **kwargs)
        self.max_connections = max_connections
        self.evicted = 0
        self._open: OrderedDict[web.RequestHandler, asyncio.Transport] = OrderedDict()
        self.working: set[web.RequestHandler] = set()

    def connection_made(self, handler: web.RequestHandler, transport: asyncio.Transport) -> None:
        super().connection_made(handler, transport)
        self._open[handler] = transport
        if len(self._open) <= self.max_connections:
            return
        victim = next((h for h in self._open if h not in self.working), handler)
        self.evicted += 1
        self._open.pop(victim).close()

    def connection_lost(
        self, handler: web.RequestHandler, exc: BaseException | None = None
    ) -> None:
        super().connection_lost(handler, exc)
        self._open.pop(handler, None)
        self.working.discard(handler)


class _FdExhaustionFilter(logging.Filter):
    """asyncio logs every failed accept() once the process is out of file descriptors (109 MB
    in 50 s under a slowloris); let one line a minute through, without the traceback.

    As of Python 3.11-3.13, `_accept_connection` keeps looping after EMFILE: each wake-up
    logs up to `backlog` errors and schedules as many `_start_serving` retries, which fail
    with "Invalid file descriptor" if the server closes meanwhile. Both count as one problem.
    The connection cap keeps the server clear of the limit; this is for when something
    else in the process takes the descriptors.
    """

    _ERRNOS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})

    def __init__(self) -> None:
        super().__init__()
        self.throttle = LogThrottle(FD_LOG_INTERVAL)

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        exhausted = isinstance(exc, OSError) and exc.errno in self._ERRNOS
        stale_retry = isinstance(exc, ValueError) and "_start_serving" in str(record.msg)
        if not (exhausted or stale_retry):
            return True
        held = self.throttle.ready()
        if held is None:
            return False
        record.msg = "Out of file descriptors accepting connections (%s)%s"
        record.args = (getattr(exc, "strerror", None) or exc, held_note(held))
        record.exc_info = None
        record.exc_text = None
        return True


def _install_fd_filter() -> None:
    logger = logging.getLogger("asyncio")
    if not any(isinstance(f, _FdExhaustionFilter) for f in logger.filters):
        logger.addFilter(_FdExhaustionFilter())


class _SignedEndpoint:
    """The HTTP endpoint: the body is read within a deadline and its signature and
    timestamp checked before anything parses it; only then does Bolt see the request.

    Bolt parses the body while building its request, before its own signature check, so
    an unsigned `{` sent as JSON used to cost a 500 and a traceback in the log.
    """

    def __init__(self, app: AsyncApp, signing_secret: str, body_timeout: float) -> None:
        self.app = app
        self.secret = signing_secret.encode()
        self.body_timeout = body_timeout
        self.server: _CappedServer | None = None
        self.refused_log = LogThrottle(REFUSED_LOG_INTERVAL)
        # /healthz, /readyz and /metrics when FRANCHISE_BOT_HTTP_PORT is this port (ops_http).
        self.ops: Callable[[web.BaseRequest], Awaitable[web.StreamResponse | None]] | None = None

    async def __call__(self, request: web.BaseRequest) -> web.StreamResponse:
        if self.ops is not None and (answered := await self.ops(request)) is not None:
            return answered
        flow = self.app.oauth_flow
        if flow is not None and (page := await answer_install_request(flow, request)) is not None:
            return page
        if request.path != EVENTS_PATH:
            return web.Response(status=404)
        if request.method != "POST":
            return web.Response(status=405, headers={"Allow": "POST"})
        try:
            async with asyncio.timeout(self.body_timeout):
                # BaseRequest answers 413 above 1 MiB; Slack's payloads are a few KB.
                body = await request.read()
        except TimeoutError:
            self._refused(request, "its body was not sent in time")
            response = web.Response(status=408)
            response.force_close()
            return response
        problem = self._unsigned(request, body)
        if problem:
            self._refused(request, problem)
            return web.Response(status=401)
        if self.server is not None:
            self.server.working.add(request.protocol)
        try:
            bolt_request = AsyncBoltRequest(
                body=body.decode(request.charset or "utf-8"),
                query=request.query_string,
                headers=request.headers,  # type: ignore[arg-type]  # as Bolt's own adapter does
            )
        except (ValueError, LookupError) as exc:
            # Signed, so from Slack (or someone with the secret), but not parseable.
            log.warning("Slack: a signed request could not be parsed (%s)", type(exc).__name__)
            return web.Response(status=400)
        return await to_aiohttp_response(await self.app.async_dispatch(bolt_request))

    def _unsigned(self, request: web.BaseRequest, body: bytes) -> str:
        """Why the request is not signed by Slack now, or "" when it is."""
        timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
        signature = request.headers.get("X-Slack-Signature", "")
        if not signature or not timestamp:
            return "no signature"
        if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
            return "a malformed timestamp"
        if abs(time.time() - int(timestamp)) > MAX_TIMESTAMP_SKEW:
            return "a timestamp more than 5 minutes off (a replay?)"
        # Over the raw bytes: slack_sdk's verifier decodes the body first, and raises on
        # bytes that are not UTF-8.
        base = b"v0:" + timestamp.encode() + b":" + body
        expected = "v0=" + hmac.new(self.secret, base, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
            return "a wrong signature"
        return ""

    def _refused(self, request: web.BaseRequest, why: str) -> None:
        held = self.refused_log.ready()
        if held is not None:
            log.warning(
                "Slack: refused a request to %s from %s: %s%s",
                EVENTS_PATH,
                request.remote or "?",
                why,
                held_note(held),
            )


async def start_http(
    app: AsyncApp,
    host: str,
    port: int,
    *,
    header_timeout: float = HEADER_TIMEOUT,
    body_timeout: float = BODY_TIMEOUT,
    max_connections: int | None = None,
    ops: Callable[[web.BaseRequest], Awaitable[web.StreamResponse | None]] | None = None,
) -> web.BaseRunner:
    """Serve the app's signed endpoint at /slack/events; the caller cleans the runner up.

    Port 0 picks a free port: read it from `runner.addresses`. A client gets
    `header_timeout` seconds to send its headers and `body_timeout` for its body; at most
    `max_connections` (default: from the file-descriptor limit) are open at once. `ops`
    answers the paths it knows first (adapters/ops_http.py `shared_ops`).
    """
    signing_secret = _SIGNING_SECRETS.get(app)
    if not signing_secret:
        raise ConfigError(
            "'SLACK_SIGNING_SECRET' is missing: set it to serve Slack over HTTP, or use Socket "
            "Mode with SLACK_APP_TOKEN."
        )
    endpoint = _SignedEndpoint(app, signing_secret, body_timeout)
    server = _CappedServer(
        endpoint,
        max_connections=max_connections or default_max_connections(),
        # aiohttp closes a connection that has not sent a whole request within the
        # keep-alive timeout, counted from when it opened: that is the header timeout.
        keepalive_timeout=header_timeout,
        # After answering early (408, 413) aiohttp reads on for this long so the client sees
        # the answer; its default of 10 s would let a trickling body hold the slot that long.
        lingering_time=1.0,
    )
    endpoint.server = server
    endpoint.ops = ops
    _install_fd_filter()
    runner = web.ServerRunner(server, shutdown_timeout=5)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except OSError:
        await runner.cleanup()
        raise
    return runner
