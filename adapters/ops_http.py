"""Health and metrics over HTTP for an orchestrator: /healthz, /readyz and /metrics.

Served on FRANCHISE_BOT_HTTP_HOST:FRANCHISE_BOT_HTTP_PORT by `franchise-bot run`
(`start_ops_http`), or added to another aiohttp server: `add_ops_routes` for an
`web.Application`, `OpsEndpoint` for a low-level `web.Server` such as Slack's signed
endpoint (adapters/slack_http.py), which then shares its port.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Final

from aiohttp import web
from aiohttp.typedefs import Handler

from bot.errors import ConfigError
from bot.metrics import CONTENT_TYPE

if TYPE_CHECKING:
    from bot.service import Service

__all__ = [
    "OpsEndpoint",
    "OpsServer",
    "add_ops_routes",
    "readiness",
    "shared_ops",
    "start_ops_http",
]

log = logging.getLogger(__name__)

# A burst of probes (several orchestrators, load balancers) costs one store check per this
# many seconds: on SQLite the check reads the file afresh to find damage on disk.
READINESS_TTL_S: Final = 1.0


async def readiness(service: Service) -> str | None:
    """None when the service can answer from loaded facts and reach its store, else why not,
    in one line."""
    if not service.engine.facts.facts:
        return "No facts are loaded."
    problem = await service.health.check(probe_writes=False)
    return " ".join(problem.split()) if problem else None


class OpsEndpoint:
    """The three routes of one service, by path. Call it with any request: it answers the
    ops paths and returns None for any other path, for the server it shares to handle."""

    def __init__(self, service: Service, clock: Callable[[], float] = time.monotonic) -> None:
        self.service = service
        self._clock = clock
        self._ready: tuple[float, str | None] | None = None  # (when checked, problem)
        self.routes: dict[str, Callable[[], Awaitable[web.Response]]] = {
            "/healthz": self.healthz,
            "/readyz": self.readyz,
            "/metrics": self.metrics,
        }

    async def __call__(self, request: web.BaseRequest) -> web.StreamResponse | None:
        route = self.routes.get(request.path)
        if route is None:
            return None
        if request.method not in {"GET", "HEAD"}:
            return web.Response(status=405, headers={"Allow": "GET, HEAD"})
        return await route()

    async def healthz(self) -> web.Response:
        """The process is up and its event loop answers."""
        return web.Response(text="ok\n")

    async def readyz(self) -> web.Response:
        """200 while facts are loaded and the store is reachable; else 503 and the reason."""
        now = self._clock()
        if self._ready is None or now - self._ready[0] >= READINESS_TTL_S:
            self._ready = (now, await readiness(self.service))
        problem = self._ready[1]
        if problem:
            return web.Response(status=503, text=f"not ready: {problem}\n")
        return web.Response(text=f"ready: fact version {self.service.version}\n")

    async def metrics(self) -> web.Response:
        body = self.service.metrics.exposition()
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE})


def add_ops_routes(app: web.Application, service: Service) -> None:
    """Serve /healthz, /readyz and /metrics from `app` too (before it starts)."""
    endpoint = OpsEndpoint(service)

    def handler(route: Callable[[], Awaitable[web.Response]]) -> Handler:
        async def handle(_request: web.Request) -> web.StreamResponse:
            return await route()

        return handle

    for path, route in endpoint.routes.items():
        app.router.add_get(path, handler(route))


async def _not_found(_request: web.BaseRequest) -> web.StreamResponse:
    return web.Response(status=404)


def shared_ops(service: Service, port: int) -> OpsEndpoint | None:
    """The ops routes for a server on `port` to answer too, when FRANCHISE_BOT_HTTP_PORT
    names that port (the Slack HTTP server shares it); else None."""
    return OpsEndpoint(service) if service.settings.http_port == port else None


def _slack_http_port(environ: Mapping[str, str] | None) -> int | None:
    from adapters.slack_setup import SlackSettings

    slack = SlackSettings.from_env(environ)
    return slack.port if slack.enabled and not slack.app_token else None


class OpsServer:
    """The health and metrics server `franchise-bot run` starts beside the chat adapters."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.runner: web.BaseRunner | None = None

    async def start(self, environ: Mapping[str, str] | None = None) -> None:
        """Serve on FRANCHISE_BOT_HTTP_HOST:FRANCHISE_BOT_HTTP_PORT; nothing when the port is
        unset, or when Slack over HTTP (settings from `environ`) has that port: its server
        answers the routes itself (adapters/slack_app.py `serve`)."""
        port = self.service.settings.http_port
        if port is None or port == _slack_http_port(environ):
            return
        self.runner = await start_ops_http(self.service, self.service.settings.http_host, port)

    async def close(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None


async def start_ops_http(service: Service, host: str, port: int) -> web.BaseRunner:
    """Serve the ops routes on host:port until the caller cleans the runner up. Port 0
    picks a free port: read it from `runner.addresses`."""
    endpoint = OpsEndpoint(service)

    async def handle(request: web.BaseRequest) -> web.StreamResponse:
        return await endpoint(request) or await _not_found(request)

    runner = web.ServerRunner(web.Server(handle), shutdown_timeout=1)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except OSError as exc:
        await runner.cleanup()
        raise ConfigError(
            f"Cannot serve health and metrics on {host}:{port} ({exc.strerror or exc}): "
            "set FRANCHISE_BOT_HTTP_PORT to a free port."
        ) from None
    where = ", ".join(f"{a[0]}:{a[1]}" for a in runner.addresses if isinstance(a, tuple))
    log.info("Health and metrics at http://%s (/healthz, /readyz, /metrics)", where)
    return runner
