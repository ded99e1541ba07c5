"""Slack adapter: slack-bolt's AsyncApp over HTTP (signed requests) or Socket Mode.

A translator only: a Slack event, slash command or button click becomes a `Requester`
and a call to the `Service`; the neutral `Reply` becomes Block Kit. No matching here.

- `@FranchiseBot question` in a channel is answered in the message's thread.
- A direct message is answered in the DM.
- The slash commands (one per entry of bot/commands.py; `/franchise-help` for help, as Slack
  reserves /help) are acked at once and answered through `respond` (in the channel for
  answers, only to the asker otherwise).
- "Did you mean" suggestions are buttons; a click asks that question.
"""

from __future__ import annotations

import asyncio
import errno
import hashlib
import hmac
import logging
import os
import re
import time
import weakref
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncBoltContext, AsyncRespond
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.commands import COMMANDS, Command, CommandTable, Group, platform_name
from bot.config import Secret, Settings
from bot.errors import BotError, ConfigError, PlatformError
from bot.replies import Reply, ReplyKind, Requester
from bot.supervisor import describe
from bot.throttle import LogThrottle, held_note

if TYPE_CHECKING:
    from bot.service import Service

log = logging.getLogger(__name__)

PLATFORM = "slack"
EVENTS_PATH = "/slack/events"
DEFAULT_HOST = "0.0.0.0"  # Slack must reach the HTTP endpoint; usually behind a TLS proxy
SUGGESTION_ACTION = "franchise_suggest"  # action_id prefix of the "did you mean" buttons
APP_NAME = "FranchiseBot"

# Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks).
SECTION_CHARS = 3000
CONTEXT_CHARS = 2000
CONTEXT_ELEMENTS = 10
BUTTON_LABEL_CHARS = 75
BUTTON_VALUE_CHARS = 2000
MAX_BUTTONS = 5
MAX_SECTIONS = 40  # of the 50 blocks a message may have
TEXT_CHARS = 3900  # notification/fallback text; Slack truncates at 40k, clients well before

SORRY = "Sorry, something went wrong while answering that. Please try again in a moment."


BOT_SCOPES: tuple[str, ...] = (
    "app_mentions:read",  # @FranchiseBot in channels
    "chat:write",  # answers
    "commands",  # slash commands
    "im:history",  # read DMs sent to the bot (message.im)
    "im:read",
    "im:write",  # answer in DMs
)
BOT_EVENTS: tuple[str, ...] = ("app_mention", "message.im")


# ----------------------------------------------------------------------------- settings


def check_settings(settings: Settings) -> None:
    """Raise ConfigError with one sentence saying what to set, before anything starts."""
    bot_token = _reveal(settings.slack_bot_token)
    app_token = _reveal(settings.slack_app_token)
    signing_secret = _reveal(settings.slack_signing_secret)
    if not (bot_token or app_token or signing_secret):
        raise ConfigError(
            "Slack is not configured: set SLACK_BOT_TOKEN, and SLACK_APP_TOKEN for Socket Mode "
            "or SLACK_SIGNING_SECRET for HTTP."
        )
    if not bot_token:
        raise ConfigError(
            "'SLACK_BOT_TOKEN' is missing: set it to the app's Bot User OAuth Token (xoxb-...)."
        )
    if bot_token.startswith("xapp-"):
        raise ConfigError(
            "'SLACK_BOT_TOKEN' holds an app-level token (xapp-...): put that in SLACK_APP_TOKEN "
            "and set SLACK_BOT_TOKEN to the Bot User OAuth Token (xoxb-...)."
        )
    if not bot_token.startswith("xoxb-"):
        raise ConfigError(
            "'SLACK_BOT_TOKEN' must be the app's Bot User OAuth Token, which starts with xoxb-."
        )
    if app_token and not app_token.startswith("xapp-"):
        raise ConfigError(
            "'SLACK_APP_TOKEN' must be an app-level token starting with xapp- (with the "
            "connections:write scope); unset it to serve Slack over HTTP instead."
        )
    if signing_secret and signing_secret.startswith(("xox", "xapp-")):
        raise ConfigError(
            "'SLACK_SIGNING_SECRET' holds a token: set it to the Signing Secret from the app's "
            "Basic Information page."
        )
    if not app_token and not signing_secret:
        raise ConfigError(
            "'SLACK_SIGNING_SECRET' is missing: set it, or use Socket Mode with SLACK_APP_TOKEN."
        )
    base = settings.slack_api_base_url
    if base is not None and not re.match(r"^https?://[^/\s]+", base):
        raise ConfigError(
            f"'SLACK_API_BASE_URL' must be an http(s) URL like https://slack.com/api/, "
            f"not {base!r}."
        )
    # Bolt switches to multi-workspace OAuth by itself when it sees these two variables,
    # and then ignores SLACK_BOT_TOKEN. This bot serves one workspace.
    if os.environ.get("SLACK_CLIENT_ID") and os.environ.get("SLACK_CLIENT_SECRET"):
        raise ConfigError(
            "'SLACK_CLIENT_ID' and 'SLACK_CLIENT_SECRET' are set, which would make slack-bolt "
            "install the app by OAuth: unset them; franchise-bot uses SLACK_BOT_TOKEN."
        )


def _reveal(secret: Secret | None) -> str:
    return secret.reveal().strip() if secret is not None else ""


def api_base_url(settings: Settings) -> str | None:
    """SLACK_API_BASE_URL with the trailing `/` the Web API client needs (it uses urljoin)."""
    base = settings.slack_api_base_url
    if not base:
        return None
    return base if base.endswith("/") else base + "/"


# ----------------------------------------------------------------------------- text


_MARKUP = re.compile(r"<([^<>\n]*)>")
_BROADCAST_WORDS = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)


def _unmarkup(match: re.Match[str]) -> str:
    target, _, label = match.group(1).partition("|")
    if target.startswith("@"):  # <@U123> or <@U123|name>: a user mention
        return ""
    if target.startswith("#"):  # <#C123|general>: a channel
        return f"#{label}" if label else ""
    if target.startswith("!"):  # <!here>, <!channel>, <!everyone>, <!subteam^S1|@team>, <!date^..>
        return label if target.startswith("!date^") else ""
    if label:  # <http://x|label>
        return label
    return target.removeprefix("mailto:")


def clean_question(text: str) -> str:
    """A question as the fan typed it: Slack markup stripped, entities decoded."""
    text = _MARKUP.sub(_unmarkup, text)
    # Slack escapes exactly these three in message text.
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(text.split())


def escape(text: str) -> str:
    """Make text inert in Slack: no <!channel>, <@U...> or link can come out of it."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # Bare "@here" is not a ping by default, but a word joiner keeps it so with any parse mode.
    return _BROADCAST_WORDS.sub(lambda m: "@\u2060" + m.group(1), text)


def _unescape(text: str) -> str:
    return (
        text.replace("@\u2060", "@").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    )


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = _safe_cut(text, limit - 1)
    return text[:cut] + "…"


def _safe_cut(text: str, limit: int) -> int:
    """An index <= limit that does not split an entity like `&amp;`."""
    amp = text.rfind("&", max(0, limit - 4), limit)
    if amp != -1 and ";" not in text[amp:limit]:
        return amp
    return limit


def _chunks(text: str, limit: int) -> list[str]:
    """Escaped text split into pieces of at most `limit` characters, at line ends if possible."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut <= 0:
            cut = _safe_cut(text, limit)
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n")
    if text.strip():
        pieces.append(text)
    return pieces


# ----------------------------------------------------------------------------- rendering


def render_blocks(reply: Reply) -> tuple[str, list[dict[str, Any]]]:
    """The reply as Slack sends it: escaped plain `text` (notifications) and Block Kit.

    A section with the answer, a context block with the sources and their dates, and
    for a decline the "did you mean" suggestions as buttons.
    """
    text = _truncate(escape(reply.plain()), TEXT_CHARS) or "\u200b"
    blocks: list[dict[str, Any]] = []
    body = escape(reply.text)
    if reply.title:
        body = f"*{escape(reply.title)}*\n{body}"
    for piece in _chunks(body, SECTION_CHARS)[:MAX_SECTIONS]:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": piece}})
    sources = reply.source_lines()[:CONTEXT_ELEMENTS]
    if sources:
        blocks.append(
            {
                "type": "context",
                "elements": [
                    {"type": "mrkdwn", "text": _truncate(escape(line), CONTEXT_CHARS)}
                    for line in sources
                ],
            }
        )
    suggestions = [s for s in reply.suggestions if s.strip()][:MAX_BUTTONS]
    if suggestions:
        blocks.append(
            {
                "type": "actions",
                "block_id": "franchise_suggestions",
                "elements": [
                    {
                        "type": "button",
                        "action_id": f"{SUGGESTION_ACTION}_{i}",
                        "text": {
                            "type": "plain_text",
                            "text": _truncate(escape(question), BUTTON_LABEL_CHARS),
                        },
                        "value": _truncate(escape(question), BUTTON_VALUE_CHARS),
                    }
                    for i, question in enumerate(suggestions)
                ],
            }
        )
    return text, blocks


# ----------------------------------------------------------------------------- the app


def configure_client(client: AsyncWebClient, settings: Settings) -> None:
    """Point the app's Web API client at SLACK_API_BASE_URL and retry 429s."""
    base = api_base_url(settings)
    if base:
        client.base_url = base
    client.retry_handlers = [
        AsyncConnectionErrorRetryHandler(),
        # Waits for the Retry-After Slack sends with a 429, then tries again.
        AsyncRateLimitErrorRetryHandler(max_retry_count=2),
    ]


def build_app(service: Service, settings: Settings) -> AsyncApp:
    """An AsyncApp with every listener registered. Settings are checked first."""
    check_settings(settings)
    app = AsyncApp(
        name="franchise-bot",
        # Given `client=` instead, Bolt still reads SLACK_BOT_TOKEN from the environment and
        # warns that the token is unused; so Bolt builds the client and we configure it.
        token=_reveal(settings.slack_bot_token),
        # Always a string: given None, Bolt would read SLACK_SIGNING_SECRET itself.
        # Socket Mode requests are not signed; Bolt only verifies HTTP ones.
        signing_secret=_reveal(settings.slack_signing_secret),
        process_before_response=False,
    )
    configure_client(app.client, settings)
    _Listeners(service, settings).register(app)
    # For start_http, which checks signatures before Bolt parses anything.
    _SIGNING_SECRETS[app] = _reveal(settings.slack_signing_secret)
    return app


_SIGNING_SECRETS: weakref.WeakKeyDictionary[AsyncApp, str] = weakref.WeakKeyDictionary()


class _Listeners:
    """The listeners of one app; each turns a Slack request into one service call."""

    def __init__(self, service: Service, settings: Settings) -> None:
        self.service = service
        self.moderators = settings.slack_moderator_ids
        # Slack delivers an event again when it thinks the first delivery failed.
        self._seen_events: OrderedDict[str, None] = OrderedDict()

    def register(self, app: AsyncApp) -> None:
        # Every top-level entry of the service's command table is one slash command; the
        # service parses the rest of the line as it does for typed commands.
        for item in self.service.commands.top_level():
            app.command(f"/{platform_name(item.name, PLATFORM)}")(self.on_command)
        app.event("app_mention")(self.on_mention)
        app.event("message")(self.on_message)
        app.action(re.compile(rf"^{SUGGESTION_ACTION}_\d+$"))(self.on_suggestion)

    def requester(self, user_id: str, name: str = "") -> Requester:
        # Only IDs grant anything; display names can be changed by anyone.
        return Requester(
            platform=PLATFORM,
            user_id=user_id,
            is_moderator=bool(user_id) and user_id in self.moderators,
            name=name,
        )

    # ------------------------------------------------------------------ slash commands

    async def on_command(
        self, ack: AsyncAck, respond: AsyncRespond, command: dict[str, Any]
    ) -> None:
        await ack()  # within Slack's 3 seconds; the answer follows through response_url
        who = self.requester(str(command.get("user_id", "")), str(command.get("user_name", "")))
        name = str(command.get("command", ""))
        text = clean_question(str(command.get("text", "")))
        try:
            reply = await self.service.command(who, f"{name} {text}")
        except Exception:
            log.exception("Slack %s failed", name)
            await respond(text=escape(SORRY), response_type="ephemeral")
            return
        await _respond(respond, reply)

    # ------------------------------------------------------------------ events

    def _first_delivery(self, body: dict[str, Any]) -> bool:
        event_id = body.get("event_id")
        if not isinstance(event_id, str):
            return True
        if event_id in self._seen_events:
            return False
        self._seen_events[event_id] = None
        if len(self._seen_events) > 1000:
            self._seen_events.popitem(last=False)
        return True

    @staticmethod
    def _from_bot(event: dict[str, Any], context: AsyncBoltContext) -> bool:
        # As of 2021 most bot messages carry bot_id and no bot_message subtype.
        return bool(
            event.get("bot_id")
            or event.get("subtype") == "bot_message"
            or event.get("bot_profile")
            or (context.bot_user_id and event.get("user") == context.bot_user_id)
        )

    async def on_mention(
        self,
        body: dict[str, Any],
        event: dict[str, Any],
        context: AsyncBoltContext,
        client: AsyncWebClient,
    ) -> None:
        if self._from_bot(event, context) or not self._first_delivery(body):
            return
        thread_ts = event.get("thread_ts") or event.get("ts")
        await self._answer_event(event, client, thread_ts=thread_ts)

    async def on_message(
        self,
        body: dict[str, Any],
        event: dict[str, Any],
        context: AsyncBoltContext,
        client: AsyncWebClient,
    ) -> None:
        # Only a person's own new DM; edits, joins and bots come with a subtype or bot_id.
        if event.get("channel_type") != "im" or event.get("subtype"):
            return
        if self._from_bot(event, context) or not self._first_delivery(body):
            return
        # Answer in the thread only if the fan wrote in one.
        await self._answer_event(event, client, thread_ts=event.get("thread_ts"))

    async def _answer_event(
        self, event: dict[str, Any], client: AsyncWebClient, *, thread_ts: str | None
    ) -> None:
        user_id = str(event.get("user", ""))
        channel = str(event.get("channel", ""))
        who = self.requester(user_id)
        try:
            # `command` so "/release MI7" typed in a DM works too; anything else is a question.
            reply = await self.service.command(who, clean_question(str(event.get("text", ""))))
        except Exception:
            log.exception("Answering a Slack message failed")
            reply = Reply(ReplyKind.ERROR, SORRY)
        await _post(
            client,
            reply,
            channel=channel,
            user_id=user_id,
            thread_ts=thread_ts,
            is_dm=event.get("channel_type") == "im",
        )

    # ------------------------------------------------------------------ buttons

    async def on_suggestion(
        self,
        ack: AsyncAck,
        body: dict[str, Any],
        action: dict[str, Any],
        respond: AsyncRespond,
        client: AsyncWebClient,
    ) -> None:
        await ack()
        user = body.get("user") or {}
        who = self.requester(str(user.get("id", "")), str(user.get("username", "")))
        question = clean_question(_unescape(str(action.get("value", ""))))
        try:
            reply = await self.service.ask(who, question)
        except Exception:
            log.exception("Answering a Slack suggestion click failed")
            reply = Reply(ReplyKind.ERROR, SORRY)
        container = body.get("container") or {}
        message = body.get("message") or {}
        thread_ts = container.get("thread_ts") or message.get("thread_ts")
        channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
        if thread_ts and channel and not reply.private:
            # The suggestion was in a thread the bot posted in: answer in the same thread.
            await _post(
                client,
                reply,
                channel=str(channel),
                user_id=who.user_id,
                thread_ts=str(thread_ts),
                is_dm=False,
            )
        elif body.get("response_url"):
            await _respond(respond, reply, replace_original=False)
        elif channel:
            await _post(
                client,
                reply,
                channel=str(channel),
                user_id=who.user_id,
                thread_ts=None,
                is_dm=False,
            )


async def _respond(
    respond: AsyncRespond, reply: Reply, *, replace_original: bool | None = None
) -> None:
    if reply.silent:
        return
    text, blocks = render_blocks(reply)
    await respond(
        text=text,
        blocks=blocks,
        response_type="ephemeral" if reply.private else "in_channel",
        replace_original=replace_original,
    )


async def _post(
    client: AsyncWebClient,
    reply: Reply,
    *,
    channel: str,
    user_id: str,
    thread_ts: str | None,
    is_dm: bool,
) -> None:
    if reply.silent or not channel:
        return
    text, blocks = render_blocks(reply)
    if reply.private and not is_dm and user_id:
        await client.chat_postEphemeral(
            channel=channel, user=user_id, text=text, blocks=blocks, thread_ts=thread_ts
        )
        return
    await client.chat_postMessage(
        channel=channel, text=text, blocks=blocks, thread_ts=thread_ts, unfurl_links=False
    )


# ----------------------------------------------------------------------------- serving


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

    async def __call__(self, request: web.BaseRequest) -> web.StreamResponse:
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
) -> web.BaseRunner:
    """Serve the app's signed endpoint at /slack/events; the caller cleans the runner up.

    Port 0 picks a free port: read it from `runner.addresses`. A client gets
    `header_timeout` seconds to send its headers and `body_timeout` for its body; at most
    `max_connections` (default: from the file-descriptor limit) are open at once.
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


async def start_socket_mode(app: AsyncApp, app_token: str) -> AsyncSocketModeHandler:
    """Connect over Socket Mode; the caller closes the handler with `close_async()`.

    Raises ConfigError when Slack refuses the app-level token (the Socket Mode client
    would otherwise retry it forever).
    """
    try:
        opened = await app.client.apps_connections_open(app_token=app_token)
    except (SlackApiError, aiohttp.ClientError, OSError, TimeoutError) as exc:
        raise start_up_error(
            exc,
            "apps.connections.open",
            "SLACK_APP_TOKEN",
            "turn on Socket Mode for the app and use an app-level token with the "
            "connections:write scope.",
        ) from None
    handler = AsyncSocketModeHandler(app, app_token=app_token)
    # connect() uses the URL it already has instead of opening a second connection.
    handler.client.wss_uri = str(opened["url"])
    try:
        await handler.connect_async()  # type: ignore[no-untyped-call]  # bolt leaves it untyped
    except BaseException:
        await handler.close_async()  # type: ignore[no-untyped-call]  # bolt leaves it untyped
        raise
    return handler


async def verify_bot_token(app: AsyncApp) -> str:
    """The bot's user ID; a refused SLACK_BOT_TOKEN stops start-up, not the first question."""
    try:
        identity = await app.client.auth_test()
    except (SlackApiError, aiohttp.ClientError, OSError, TimeoutError) as exc:
        raise start_up_error(
            exc,
            "auth.test",
            "SLACK_BOT_TOKEN",
            "set it to the Bot User OAuth Token of the installed app.",
        ) from None
    return str(identity.get("user_id", ""))


# What Slack answers when the token itself is the problem; anything else is not a refusal.
TOKEN_ERRORS = frozenset(
    {
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "not_allowed_token_type",
        "invalid_token",
        "missing_scope",
        "no_permission",
        "team_access_not_granted",
        "ekm_access_denied",
    }
)


def start_up_error(exc: Exception, method: str, setting: str, fix: str) -> BotError:
    """What really went wrong with a Web API call at start-up, in one sentence.

    Only an error naming the token is "Slack refused <setting>" (a ConfigError, which stops
    the bot). A 429, a 5xx, a non-JSON page or an unreachable host is a PlatformError, which
    the supervisor retries; no token appears in any of these messages.
    """
    where = "SLACK_API_BASE_URL if set"
    if not isinstance(exc, SlackApiError):
        return PlatformError(
            f"Could not reach Slack's Web API for {method} ({describe(exc)}): check the "
            f"network and {where}."
        )
    response = exc.response
    status = int(getattr(response, "status_code", 0) or 0)
    data = getattr(response, "data", None)
    headers = getattr(response, "headers", None) or {}
    content_type = str(headers.get("content-type", headers.get("Content-Type", "")))
    error = data.get("error") if isinstance(data, dict) else None
    if status == 429 or error == "ratelimited":
        retry_after = headers.get("retry-after", headers.get("Retry-After"))
        wait = f", asking to wait {retry_after} s" if retry_after else ""
        return PlatformError(
            f"Slack is rate-limiting {method} (HTTP 429{wait}); not a problem with {setting}."
        )
    if status >= 500:
        return PlatformError(
            f"Slack's Web API failed on {method} with HTTP {status} (a Slack outage, or the "
            f"server at {where}); not a problem with {setting}."
        )
    if not isinstance(data, dict) or "json" not in content_type.lower():
        kind = content_type.split(";")[0].strip() or "no content type"
        return PlatformError(
            f"Slack's Web API answered {method} with HTTP {status} and {kind} instead of JSON: "
            f"something between the bot and Slack (a proxy, a captive portal, or "
            f"{where}) is answering instead of Slack."
        )
    if isinstance(error, str) and error in TOKEN_ERRORS:
        return ConfigError(f"Slack refused {setting} ({error}): {fix}")
    return ConfigError(
        f"Slack answered {method} with the error {error or 'unknown'!s} (HTTP {status}): "
        f"check {setting} and the app's settings."
    )


async def serve(service: Service, settings: Settings, *, host: str = DEFAULT_HOST) -> None:
    """Serve Slack until cancelled: Socket Mode when SLACK_APP_TOKEN is set, else HTTP
    on `host`:SLACK_PORT at /slack/events. Raises ConfigError for missing, contradictory
    or refused settings before serving anything."""
    app = build_app(service, settings)
    bot_user = await verify_bot_token(app)
    app_token = _reveal(settings.slack_app_token)
    if app_token:
        handler = await start_socket_mode(app, app_token)
        log.info("Slack: connected in Socket Mode as %s", bot_user)
        try:
            await asyncio.Event().wait()
        finally:
            await handler.close_async()  # type: ignore[no-untyped-call]  # bolt leaves it untyped
        return
    runner = await start_http(app, host, settings.slack_port)
    addresses = ", ".join(f"{a[0]}:{a[1]}" for a in runner.addresses if isinstance(a, tuple))
    log.info("Slack: %s serving signed requests at http://%s%s", bot_user, addresses, EVENTS_PATH)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


# ----------------------------------------------------------------------------- manifest


def _usage_hint(item: Command | Group, table: CommandTable) -> str:
    """What Slack shows after the command's name: its option, or a group's sub-commands."""
    if isinstance(item, Group):
        return " | ".join(c.name for c in table.in_group(item))
    option = item.option
    if option is None:
        return ""
    return option.name.upper() if option.required else f"[{option.name.upper()}]"


def manifest(request_url: str | None = None, table: CommandTable = COMMANDS) -> dict[str, Any]:
    """A Slack app manifest (paste it at api.slack.com/apps > Create New App > From a manifest).

    Without `request_url` the app uses Socket Mode (no public URL needed; create an
    app-level token with connections:write for SLACK_APP_TOKEN). With it, e.g.
    "https://bot.example.com/slack/events", Slack sends events, commands and button
    clicks there over HTTP.
    """
    commands: list[dict[str, Any]] = []
    for item in table.top_level():
        entry: dict[str, Any] = {
            "command": f"/{platform_name(item.name, PLATFORM)}",
            "description": item.description,
            "should_escape": False,
        }
        hint = _usage_hint(item, table)
        if hint:
            entry["usage_hint"] = hint
        if request_url:
            entry["url"] = request_url
        commands.append(entry)
    events: dict[str, Any] = {"bot_events": list(BOT_EVENTS)}
    interactivity: dict[str, Any] = {"is_enabled": True}
    if request_url:
        events["request_url"] = request_url
        interactivity["request_url"] = request_url
    return {
        "_metadata": {"major_version": 1, "minor_version": 1},
        "display_information": {
            "name": APP_NAME,
            "description": "Answers film-franchise questions from a sourced fact store.",
            "background_color": "#1f2937",
        },
        "features": {
            "app_home": {
                "home_tab_enabled": False,
                "messages_tab_enabled": True,  # fans can DM the bot
                "messages_tab_read_only_enabled": False,
            },
            "bot_user": {"display_name": APP_NAME, "always_online": True},
            "slash_commands": commands,
        },
        "oauth_config": {"scopes": {"bot": list(BOT_SCOPES)}},
        "settings": {
            "event_subscriptions": events,
            "interactivity": interactivity,
            "org_deploy_enabled": False,
            "socket_mode_enabled": request_url is None,
            "token_rotation_enabled": False,
        },
    }
