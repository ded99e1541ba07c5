"""Setting Slack up: the settings checked before anything starts, start-up errors in one
sentence, and the app manifest derived from the command table."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from adapters.failures import Call, classify
from bot.commands import COMMANDS, Command, CommandTable, Group, platform_name
from bot.config import Secret, read_ids, read_int, read_secret
from bot.errors import BotError, ConfigError, PlatformError
from bot.supervisor import describe


@dataclass(frozen=True)
class SlackSettings:
    """The Slack adapter's settings, read from the environment by the adapter itself."""

    bot_token: Secret | None = None
    signing_secret: Secret | None = None
    app_token: Secret | None = None
    port: int = 3000
    # Slack must reach the HTTP endpoint, usually through a TLS proxy or load balancer; a
    # worker behind one on the same machine can listen on 127.0.0.1 alone.
    host: str = "0.0.0.0"
    api_base_url: str | None = None
    moderator_ids: frozenset[str] = field(default_factory=frozenset)
    # Multi-workspace installs by OAuth (adapters/slack_oauth.py) instead of SLACK_BOT_TOKEN.
    client_id: str | None = None
    client_secret: Secret | None = None
    state_secret: Secret | None = None  # signs install states; the same on every worker

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> SlackSettings:
        env = os.environ if environ is None else environ
        moderators = read_ids(env, "SLACK_MODERATOR_IDS")
        bad = sorted(m for m in moderators if not (m[:1] in "UW" and m.isalnum()))
        if bad:
            raise ConfigError(
                f"'SLACK_MODERATOR_IDS' must list Slack user IDs like U123ABC (not display "
                f"names); {', '.join(bad)} is not one."
            )
        return cls(
            bot_token=read_secret(env, "SLACK_BOT_TOKEN"),
            signing_secret=read_secret(env, "SLACK_SIGNING_SECRET"),
            app_token=read_secret(env, "SLACK_APP_TOKEN"),
            port=read_int(env, "SLACK_PORT", 3000, minimum=0),
            host=env.get("SLACK_HOST", "").strip() or "0.0.0.0",
            api_base_url=env.get("SLACK_API_BASE_URL", "").strip() or None,
            moderator_ids=moderators,
            client_id=env.get("SLACK_CLIENT_ID", "").strip() or None,
            client_secret=read_secret(env, "SLACK_CLIENT_SECRET"),
            state_secret=read_secret(env, "SLACK_STATE_SECRET"),
        )

    @property
    def oauth(self) -> bool:
        """Installing into workspaces by OAuth: either client setting asks for it."""
        return bool(self.client_id or self.client_secret)

    @property
    def enabled(self) -> bool:
        return any((self.bot_token, self.signing_secret, self.app_token)) or self.oauth


PLATFORM = "slack"
APP_NAME = "FranchiseBot"


BOT_SCOPES: tuple[str, ...] = (
    "app_mentions:read",  # @FranchiseBot in channels
    "chat:write",  # answers
    "commands",  # slash commands
    "im:history",  # read DMs sent to the bot (message.im)
    "im:read",
    "im:write",  # answer in DMs
)


BOT_EVENTS: tuple[str, ...] = ("app_mention", "message.im")


def check_settings(settings: SlackSettings) -> None:
    """Raise ConfigError with one sentence saying what to set, before anything starts."""
    if settings.oauth:
        check_oauth_settings(settings)
        return
    bot_token = _reveal(settings.bot_token)
    app_token = _reveal(settings.app_token)
    signing_secret = _reveal(settings.signing_secret)
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
    _check_base_url(settings)


def check_oauth_settings(settings: SlackSettings) -> None:
    """Multi-workspace installs: the client pair, a state secret, HTTP, and no single token."""
    if not settings.client_id:
        raise ConfigError(
            "'SLACK_CLIENT_ID' is missing: set it with SLACK_CLIENT_SECRET (the app's Basic "
            "Information page) to install by OAuth, or unset SLACK_CLIENT_SECRET."
        )
    if not _reveal(settings.client_secret):
        raise ConfigError(
            "'SLACK_CLIENT_SECRET' is missing: set it with SLACK_CLIENT_ID (the app's Basic "
            "Information page) to install by OAuth, or unset SLACK_CLIENT_ID."
        )
    # Bolt itself refuses a fixed token beside OAuth: every workspace brings its own.
    if _reveal(settings.bot_token):
        raise ConfigError(
            "'SLACK_BOT_TOKEN' is set with SLACK_CLIENT_ID: unset SLACK_BOT_TOKEN to install "
            "into workspaces by OAuth (each one's token is stored as it installs), or unset "
            "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET to serve one workspace."
        )
    if _reveal(settings.app_token):
        raise ConfigError(
            "'SLACK_APP_TOKEN' is set with SLACK_CLIENT_ID: installs by OAuth are served over "
            "HTTP (/slack/install), so unset SLACK_APP_TOKEN and set SLACK_SIGNING_SECRET."
        )
    if len(_reveal(settings.state_secret)) < MIN_STATE_SECRET:
        raise ConfigError(
            f"'SLACK_STATE_SECRET' must be set to a random string of at least "
            f"{MIN_STATE_SECRET} characters (e.g. from `openssl rand -hex 32`), the same on "
            "every worker: it signs the state of each install by OAuth."
        )
    signing_secret = _reveal(settings.signing_secret)
    if not signing_secret or signing_secret.startswith(("xox", "xapp-")):
        raise ConfigError(
            "'SLACK_SIGNING_SECRET' must be set to the Signing Secret from the app's Basic "
            "Information page: installs by OAuth are served over HTTP."
        )
    _check_base_url(settings)


MIN_STATE_SECRET = 16  # characters; a guessable secret would let anyone forge install states


def _check_base_url(settings: SlackSettings) -> None:
    base = settings.api_base_url
    if base is not None and not re.match(r"^https?://[^/\s]+", base):
        raise ConfigError(
            f"'SLACK_API_BASE_URL' must be an http(s) URL like https://slack.com/api/, "
            f"not {base!r}."
        )


def _reveal(secret: Secret | None) -> str:
    return secret.reveal().strip() if secret is not None else ""


def api_base_url(settings: SlackSettings) -> str | None:
    """SLACK_API_BASE_URL with the trailing `/` the Web API client needs (it uses urljoin)."""
    base = settings.api_base_url
    if not base:
        return None
    return base if base.endswith("/") else base + "/"


def start_up_error(exc: Exception, method: str, setting: str, fix: str) -> BotError:
    """What really went wrong with a Web API call at start-up, in one sentence
    (adapters/failures.py's table).

    Only an error naming the token is "Slack refused <setting>" (a ConfigError, which stops
    the bot). A 429, a 5xx, a non-JSON page or an unreachable host is a PlatformError, which
    the supervisor retries; no token appears in any of these messages.
    """
    call = Call(
        api="Slack's Web API",
        action=method,
        setting=setting,
        url_setting="SLACK_API_BASE_URL",
        fix=fix,
    )
    classified = classify(exc, call)
    if isinstance(classified, BotError):
        return classified
    return PlatformError(f"Slack's Web API failed on {method} ({describe(exc)}).")


def _usage_hint(item: Command | Group, table: CommandTable) -> str:
    """What Slack shows after the command's name: its option, or a group's sub-commands."""
    if isinstance(item, Group):
        return " | ".join(c.name for c in table.in_group(item))
    option = item.option
    if option is None:
        return ""
    return option.name.upper() if option.required else f"[{option.name.upper()}]"


# Where Slack sends a browser back after a workspace installs the app by OAuth.
REDIRECT_PATH = "/slack/oauth_redirect"


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
    oauth: dict[str, Any] = {"scopes": {"bot": list(BOT_SCOPES)}}
    if request_url:
        events["request_url"] = request_url
        interactivity["request_url"] = request_url
        # Installing into many workspaces (SLACK_CLIENT_ID ...) ends on the same server.
        oauth["redirect_urls"] = [urljoin(request_url, REDIRECT_PATH)]
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
        "oauth_config": oauth,
        "settings": {
            "event_subscriptions": events,
            "interactivity": interactivity,
            "org_deploy_enabled": False,
            "socket_mode_enabled": request_url is None,
            "token_rotation_enabled": False,
        },
    }
