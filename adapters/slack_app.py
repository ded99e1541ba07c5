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
import logging
import re
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import aiohttp
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncBoltContext, AsyncRespond
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from adapters.ops_http import shared_ops
from adapters.slack_blocks import (
    SUGGESTION_ACTION,
    _unescape,
    clean_question,
    escape,
    render_blocks,
)
from adapters.slack_delivery import post_reply, respond_with
from adapters.slack_http import _SIGNING_SECRETS, EVENTS_PATH, start_http
from adapters.slack_oauth import oauth_flow
from adapters.slack_setup import (
    PLATFORM,
    SlackSettings,
    _reveal,
    api_base_url,
    check_settings,
    manifest,
    start_up_error,
)
from bot.chat import ConversationKey
from bot.commands import platform_name
from bot.replies import Reply, ReplyKind, Requester

if TYPE_CHECKING:
    from bot.service import Service

# The adapter's surface; rendering, HTTP serving and set-up live in slack_blocks.py,
# slack_http.py and slack_setup.py.
__all__ = [
    "EVENTS_PATH",
    "build_app",
    "check_settings",
    "clean_question",
    "manifest",
    "render_blocks",
    "serve",
    "start_http",
    "start_socket_mode",
]

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong while answering that. Please try again in a moment."


# ----------------------------------------------------------------------------- the app


def configure_client(client: AsyncWebClient, settings: SlackSettings) -> None:
    """Point the app's Web API client at SLACK_API_BASE_URL and retry 429s."""
    base = api_base_url(settings)
    if base:
        client.base_url = base
    client.retry_handlers = [
        AsyncConnectionErrorRetryHandler(),
        # Waits for the Retry-After Slack sends with a 429, then tries again.
        AsyncRateLimitErrorRetryHandler(max_retry_count=2),
    ]


def build_app(service: Service, settings: SlackSettings) -> AsyncApp:
    """An AsyncApp with every listener registered. Settings are checked first."""
    check_settings(settings)
    # Installed by OAuth: each workspace's token comes from the store, request by request.
    flow = oauth_flow(service.store, settings) if settings.oauth else None
    app = AsyncApp(
        name="franchise-bot",
        # Given `client=` instead, Bolt still reads SLACK_BOT_TOKEN from the environment and
        # warns that the token is unused; so Bolt builds the client and we configure it.
        token=None if flow else _reveal(settings.bot_token),
        # Always a string: given None, Bolt would read SLACK_SIGNING_SECRET itself.
        # Socket Mode requests are not signed; Bolt only verifies HTTP ones.
        signing_secret=_reveal(settings.signing_secret),
        oauth_flow=flow,
        process_before_response=False,
    )
    configure_client(app.client, settings)
    if flow is not None:
        # app_uninstalled and tokens_revoked delete the workspace's installation.
        app.enable_token_revocation_listeners()
    _Listeners(service, settings).register(app)
    # For start_http, which checks signatures before Bolt parses anything.
    _SIGNING_SECRETS[app] = _reveal(settings.signing_secret)
    return app


class _Listeners:
    """The listeners of one app; each turns a Slack request into one service call."""

    def __init__(self, service: Service, settings: SlackSettings) -> None:
        self.service = service
        self.moderators = settings.moderator_ids
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

    def requester(
        self, user_id: str, name: str = "", *, channel: str = "", thread_ts: str | None = None
    ) -> Requester:
        # Only IDs grant anything; display names can be changed by anyone.
        return Requester(
            platform=PLATFORM,
            user_id=user_id,
            is_moderator=bool(user_id) and user_id in self.moderators,
            name=name,
            conversation=conversation_key(channel, user_id, thread_ts),
        )

    # ------------------------------------------------------------------ slash commands

    async def on_command(
        self, ack: AsyncAck, respond: AsyncRespond, command: dict[str, Any]
    ) -> None:
        await ack()  # within Slack's 3 seconds; the answer follows through response_url
        who = self.requester(
            str(command.get("user_id", "")),
            str(command.get("user_name", "")),
            channel=str(command.get("channel_id", "")),
        )
        name = str(command.get("command", ""))
        text = clean_question(str(command.get("text", "")))
        try:
            reply = await self.service.command(who, f"{name} {text}")
        except Exception:
            log.exception("Slack %s failed", name)
            await respond(text=escape(SORRY), response_type="ephemeral")
            return
        await respond_with(respond, reply)

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
        who = self.requester(user_id, channel=channel, thread_ts=thread_ts)
        try:
            # `command` so "/release MI7" typed in a DM works too; anything else is a question.
            reply = await self.service.command(who, clean_question(str(event.get("text", ""))))
        except Exception:
            log.exception("Answering a Slack message failed")
            reply = Reply(ReplyKind.ERROR, SORRY)
        await post_reply(
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
        container = body.get("container") or {}
        message = body.get("message") or {}
        thread_ts = container.get("thread_ts") or message.get("thread_ts")
        channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
        who = self.requester(
            str(user.get("id", "")),
            str(user.get("username", "")),
            channel=str(channel or ""),
            thread_ts=str(thread_ts) if thread_ts else None,
        )
        question = clean_question(_unescape(str(action.get("value", ""))))
        try:
            reply = await self.service.ask(who, question)
        except Exception:
            log.exception("Answering a Slack suggestion click failed")
            reply = Reply(ReplyKind.ERROR, SORRY)
        if thread_ts and channel and not reply.private:
            # The suggestion was in a thread the bot posted in: answer in the same thread.
            await post_reply(
                client,
                reply,
                channel=str(channel),
                user_id=who.user_id,
                thread_ts=str(thread_ts),
                is_dm=False,
            )
        elif body.get("response_url"):
            await respond_with(respond, reply, replace_original=False)
        elif channel:
            await post_reply(
                client,
                reply,
                channel=str(channel),
                user_id=who.user_id,
                thread_ts=None,
                is_dm=False,
            )


# ----------------------------------------------------------------------------- serving


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


async def serve(
    service: Service,
    settings: SlackSettings,
    *,
    host: str | None = None,
    connected: Callable[[], None] = lambda: None,
) -> None:
    """Serve Slack until cancelled: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on
    `host` (default SLACK_HOST):SLACK_PORT at /slack/events. Raises ConfigError for missing,
    contradictory or refused settings before serving anything. `connected` is called once
    serving."""
    app = build_app(service, settings)
    # Installed by OAuth there is no one token to check: each workspace's is checked per request.
    bot_user = (
        "FranchiseBot (installed by OAuth)" if settings.oauth else await verify_bot_token(app)
    )
    app_token = _reveal(settings.app_token)
    if app_token:
        handler = await start_socket_mode(app, app_token)
        log.info("Slack: connected in Socket Mode as %s", bot_user)
        connected()
        try:
            await asyncio.Event().wait()
        finally:
            await handler.close_async()  # type: ignore[no-untyped-call]  # bolt leaves it untyped
        return
    runner = await start_http(
        app, host or settings.host, settings.port, ops=shared_ops(service, settings.port)
    )
    addresses = ", ".join(f"{a[0]}:{a[1]}" for a in runner.addresses if isinstance(a, tuple))
    log.info("Slack: %s serving signed requests at http://%s%s", bot_user, addresses, EVENTS_PATH)
    connected()
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


# ----------------------------------------------------------------------------- manifest


def conversation_key(channel: str, user_id: str, thread_ts: str | None) -> ConversationKey:
    """One user in a DM, a channel or a thread. A mention is answered in a thread (its own
    ts starts one), so the thread it was answered in is where its follow-ups are asked."""
    if channel.startswith("D"):  # a DM channel's id starts with D
        return ConversationKey.direct(PLATFORM, user_id)
    return ConversationKey.channel(PLATFORM, channel, user_id, thread_ts)
