"""Installing the app into many workspaces by OAuth: /slack/install and /slack/oauth_redirect.

Bolt's OAuth flow, with its installations and install states in our own store
(adapters/slack_install_store.py), so any worker can start an install, any other can finish
it, and every worker answers each workspace with that workspace's bot token. Enabled by
SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (checked in slack_setup.py).
"""

from __future__ import annotations

import base64
import html
import logging
from typing import Any
from urllib.parse import urljoin

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.oauth.async_callback_options import (
    AsyncCallbackOptions,
    AsyncFailureArgs,
    AsyncSuccessArgs,
)
from slack_bolt.oauth.async_oauth_flow import AsyncOAuthFlow
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

from adapters.slack_install_store import StoreInstallations, StoreStates
from adapters.slack_setup import (
    APP_NAME,
    BOT_SCOPES,
    REDIRECT_PATH,
    SlackSettings,
    _reveal,
    api_base_url,
)
from bot.errors import StoreError
from bot.factstore import Installations

__all__ = ["INSTALL_PATH", "REDIRECT_PATH", "answer_install_request", "oauth_flow"]

log = logging.getLogger("adapters.slack_app")

INSTALL_PATH = "/slack/install"

# The client that exchanges codes for tokens logs each request and response at DEBUG,
# and oauth.v2.access answers with the workspace's bot token: a logger of its own, held at
# INFO, keeps that out of a `-vv` log. (The client secret travels in a Basic auth header,
# which slack_sdk already redacts.)
_EXCHANGE_LOG = logging.getLogger("adapters.slack_oauth.exchange")
_EXCHANGE_LOG.setLevel(logging.INFO)

# Why an install failed (Bolt's reasons, and Slack's `error` on the redirect), for the person
# who clicked "Add to Slack". Anything else is named as Slack gave it.
START_AGAIN = f'<a href="{INSTALL_PATH}">start the installation again</a>'
FAILURES: dict[str, str] = {
    "access_denied": f"The installation was cancelled in Slack. To install, {START_AGAIN}.",
    "invalid_browser": (
        "This installation was started in another browser, or its cookie has expired (installs "
        f"must finish within 10 minutes): {START_AGAIN}."
    ),
    "invalid_state": (
        "This installation link has expired or was already used (installs must finish within "
        f"10 minutes): {START_AGAIN}."
    ),
    "missing_code": f"Slack's answer had no authorization code: {START_AGAIN}.",
    "invalid_code": (
        "Slack did not accept the authorization code (it may have been used already, or the "
        f"app's client ID and secret do not match): {START_AGAIN}."
    ),
    "storage_error": (
        "Slack approved the installation, but the bot could not save it to its database: "
        f"please {START_AGAIN} in a minute."
    ),
}
FAILED = f"Something went wrong on the bot's side, so nothing was installed: {START_AGAIN}."
UNREACHABLE = (
    "The bot could not reach its database, so nothing was installed: please "
    f"{START_AGAIN} in a minute."
)


def authorization_url(settings: SlackSettings) -> str | None:
    """Slack's consent page beside its Web API: https://slack.com/oauth/v2/authorize for
    https://slack.com/api/, likewise for GovSlack hosts or a test fake; None is Bolt's
    default (slack.com)."""
    base = api_base_url(settings)
    return urljoin(base, "../oauth/v2/authorize") if base else None


class _ExchangeClient(AsyncWebClient):
    """The Web API client that exchanges codes for tokens."""

    async def oauth_v2_access(
        self,
        *,
        client_id: str,
        client_secret: str,
        code: str | None = None,
        redirect_uri: str | None = None,
        grant_type: str | None = None,
        refresh_token: str | None = None,
        **kwargs: Any,
    ) -> AsyncSlackResponse:
        # slack_sdk sends the client's ID and secret through aiohttp's BasicAuth, which
        # aiohttp 3.14 deprecates with a warning on every install: the same header, built here
        # (slack_sdk's DEBUG lines show an Authorization header as "(redacted)").
        pair = f"{client_id}:{client_secret}".encode()
        fields = {
            "code": code,
            "redirect_uri": redirect_uri,
            "grant_type": grant_type,
            "refresh_token": refresh_token,
            **kwargs,
        }
        return await self.api_call(
            "oauth.v2.access",
            data={k: v for k, v in fields.items() if v is not None},
            headers={"Authorization": "Basic " + base64.b64encode(pair).decode()},
        )


def oauth_flow(store: Installations, settings: SlackSettings) -> AsyncOAuthFlow:
    """Bolt's OAuth flow over `store`, for settings that passed `check_oauth_settings`."""
    client = _ExchangeClient(logger=_EXCHANGE_LOG)
    base = api_base_url(settings)
    if base:
        client.base_url = base
    return AsyncOAuthFlow(
        client=client,
        settings=AsyncOAuthSettings(
            client_id=settings.client_id,
            client_secret=_reveal(settings.client_secret),
            scopes=list(BOT_SCOPES),
            install_path=INSTALL_PATH,
            redirect_uri_path=REDIRECT_PATH,
            # Straight on to Slack's consent page: Bolt's page in between is one more click.
            install_page_rendering_enabled=False,
            authorization_url=authorization_url(settings),
            installation_store=StoreInstallations(store),
            state_store=StoreStates(store, _reveal(settings.state_secret)),
            callback_options=AsyncCallbackOptions(success=_installed, failure=_failed),
            logger=log,
        ),
    )


async def answer_install_request(
    flow: AsyncOAuthFlow, request: web.BaseRequest
) -> web.StreamResponse | None:
    """The install link and Slack's redirect back (GET, unsigned: a person's browser sends
    them); None for any other request."""
    if request.method != "GET" or request.path not in (INSTALL_PATH, REDIRECT_PATH):
        return None
    bolt_request = AsyncBoltRequest(
        body="",
        query=request.query_string,
        headers=request.headers,  # type: ignore[arg-type]  # as Bolt's own adapter does
    )
    try:
        if request.path == INSTALL_PATH:
            response = await flow.handle_installation(bolt_request)
        else:
            response = await flow.handle_callback(bolt_request)
    except StoreError as exc:
        log.error("Slack: an installation could not use the store: %s", exc)
        return await to_aiohttp_response(_page(503, "Not installed", UNREACHABLE))
    except Exception:
        log.exception("Slack: an installation failed unexpectedly")
        return await to_aiohttp_response(_page(500, "Not installed", FAILED))
    return await to_aiohttp_response(response)


async def _installed(args: AsyncSuccessArgs) -> BoltResponse:
    installation = args.installation
    where = installation.team_name or installation.enterprise_name or "your workspace"
    log.info(
        "Slack: installed in %s (%s)",
        where,
        installation.team_id or installation.enterprise_id,
    )
    return _page(
        200,
        "Installed",
        f"{APP_NAME} is now installed in {html.escape(where)}. Mention @{APP_NAME} in a "
        "channel, or send it a direct message.",
    )


async def _failed(args: AsyncFailureArgs) -> BoltResponse:
    reason = args.reason
    sentence = FAILURES.get(reason) or (
        f"Slack did not complete the installation ({html.escape(reason)}): {START_AGAIN}."
    )
    log.warning("Slack: an installation failed: %s", reason if reason in FAILURES else "other")
    return _page(args.suggested_status_code, "Not installed", sentence)


def _page(status: int, title: str, sentence: str) -> BoltResponse:
    body = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{APP_NAME}: {title}</title>'
        f"</head><body><p>{sentence}</p></body></html>"
    )
    return BoltResponse(
        status=status,
        body=body,
        headers={
            "Content-Type": "text/html; charset=utf-8",
            # After a finished or failed install the state is spent: drop its cookie too.
            "Set-Cookie": ["slack-app-oauth-state=deleted; Secure; HttpOnly; Path=/; Max-Age=0"],
        },
    )
