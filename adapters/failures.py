"""What a chat platform's failure means for the operator: one table, first match wins.

Each row names the platform library's exception (by its qualified name, so that a Slack-only
bot does not import discord.py to classify Slack's errors; tests/test_failures.py checks every
name still exists), the outcome, and the one sentence the operator reads:

- `ConfigError`: a setting is wrong (a refused token, a missing scope or intent). Retrying
  cannot help; `franchise-bot` stops with exit code 2.
- `PlatformError`: the platform or the network failed (DNS, refused, timeouts, HTTP 5xx,
  429). The supervisor retries with back-off, one log line per failure; at start-up a
  platform never reached ends the process with exit code 3.

The sentences never include a token: only the setting's name.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.errors import BotError, ConfigError, PlatformError
from bot.supervisor import describe

__all__ = ["FAILURES", "Call", "Failure", "classify"]


@dataclass(frozen=True)
class Call:
    """What the adapter was doing, for the sentence: "Could not reach {api} for {action}"."""

    api: str  # "Discord's API", "Slack's Web API"
    action: str  # "the log-in", "auth.test"
    setting: str  # the token it used: "DISCORD_TOKEN"
    url_setting: str  # where the API is: "DISCORD_API_BASE_URL"
    fix: str = "copy it again from the app's settings."  # what to do when the token is refused


@dataclass(frozen=True)
class Failure:
    label: str  # a few words, for tests and the README's troubleshooting table
    matches: Callable[[BaseException], bool]
    error: type[ConfigError] | type[PlatformError]
    says: str  # str.format template over the fields of `_details`


def _named(*names: str) -> Callable[[BaseException], bool]:
    """The exception is (a subclass of) one of these classes, by `module.QualName`."""
    wanted = frozenset(names)

    def matches(exc: BaseException) -> bool:
        return any(f"{c.__module__}.{c.__qualname__}" in wanted for c in type(exc).__mro__)

    matches.names = wanted  # type: ignore[attr-defined]  # read by the table's test
    return matches


SLACK_API_ERROR = "slack_sdk.errors.SlackApiError"
# What Slack answers when the token itself is the problem.
SLACK_TOKEN_ERRORS = frozenset(
    {
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "not_allowed_token_type",
        "invalid_token",
        "no_permission",
        "team_access_not_granted",
        "ekm_access_denied",
    }
)


def _slack(exc: BaseException) -> tuple[int, Mapping[str, Any] | None, Mapping[str, Any]]:
    """A SlackApiError's status, JSON body (None when it was not JSON) and headers."""
    response = getattr(exc, "response", None)
    status = int(getattr(response, "status_code", 0) or 0)
    data = getattr(response, "data", None)
    headers = getattr(response, "headers", None) or {}
    content_type = str(headers.get("content-type", headers.get("Content-Type", "")))
    if not isinstance(data, dict) or "json" not in content_type.lower():
        data = None
    return status, data, headers


def _slack_error(codes: frozenset[str]) -> Callable[[BaseException], bool]:
    def matches(exc: BaseException) -> bool:
        if not _named(SLACK_API_ERROR)(exc):
            return False
        status, data, _ = _slack(exc)
        return status < 500 and data is not None and data.get("error") in codes

    return matches


def _slack_status(
    check: Callable[[int, Mapping[str, Any] | None], bool],
) -> Callable[[BaseException], bool]:
    def matches(exc: BaseException) -> bool:
        if not _named(SLACK_API_ERROR)(exc):
            return False
        status, data, _ = _slack(exc)
        return check(status, data)

    return matches


def _rate_limited(status: int, data: Mapping[str, Any] | None) -> bool:
    return status == 429 or (data is not None and data.get("error") == "ratelimited")


def _any(*checks: Callable[[BaseException], bool]) -> Callable[[BaseException], bool]:
    return lambda exc: any(check(exc) for check in checks)


def _refused(exc: BaseException) -> bool:
    return isinstance(exc, ConnectionRefusedError) or (
        isinstance(exc, OSError) and exc.errno == errno.ECONNREFUSED
    )


_NETWORK = "check the network (a firewall or proxy) and {url_setting} if set."

FAILURES: tuple[Failure, ...] = (
    Failure(
        "token refused",
        _named("discord.errors.LoginFailure"),
        ConfigError,
        "Discord rejected '{setting}': copy the bot token again from the Developer Portal "
        "(Bot -> Reset Token).",
    ),
    Failure(
        "privileged intent not enabled",
        _named("discord.errors.PrivilegedIntentsRequired"),
        ConfigError,
        "Discord refused the Message Content intent: enable it in the Developer Portal "
        "(Bot -> Privileged Gateway Intents -> Message Content Intent).",
    ),
    Failure(
        "missing access",
        _named("discord.errors.Forbidden"),
        ConfigError,
        "Discord refused a request (HTTP 403: {detail}): add the bot to the server again with "
        "the link from `franchise-bot discord invite` (it asks for the bot and "
        "applications.commands scopes).",
    ),
    Failure(
        "token refused",
        _slack_error(SLACK_TOKEN_ERRORS),
        ConfigError,
        "Slack refused {setting} ({error}): {fix}",
    ),
    Failure(
        "missing scope",
        _slack_error(frozenset({"missing_scope"})),
        ConfigError,
        "Slack refused {setting} (missing_scope): the app lacks the {needed} scope; add it "
        "under OAuth & Permissions, reinstall the app and copy the new token.",
    ),
    Failure(
        "rate limited",
        _slack_status(_rate_limited),
        PlatformError,
        "Slack is rate-limiting {action} (HTTP 429{retry_after}); not a problem with {setting}.",
    ),
    Failure(
        "server error",
        _any(
            _named("discord.errors.DiscordServerError"),
            _slack_status(lambda status, _: status >= 500),
        ),
        PlatformError,
        "{api} failed on {action} with HTTP {status} (an outage, or the server at "
        "{url_setting} if set); not a problem with {setting}.",
    ),
    Failure(
        "not JSON",
        _slack_status(lambda _, data: data is None),
        PlatformError,
        "{api} answered {action} with HTTP {status} and {content_type} instead of JSON: "
        "something between the bot and Slack (a proxy, a captive portal, or "
        "{url_setting} if set) is answering instead of Slack.",
    ),
    Failure(
        "API error",
        _named(SLACK_API_ERROR),
        ConfigError,
        "Slack answered {action} with the error {error} (HTTP {status}): check {setting} "
        "and the app's settings.",
    ),
    Failure(
        "name not found",
        _named("socket.gaierror", "aiohttp.client_exceptions.ClientConnectorDNSError"),
        PlatformError,
        "Could not reach {api} for {action} (the name {host} could not be looked up): " + _NETWORK,
    ),
    Failure(
        "connection refused",
        _refused,
        PlatformError,
        "Could not reach {api} for {action} (connection refused by {host}): " + _NETWORK,
    ),
    Failure(
        "timed out",
        _named("builtins.TimeoutError"),
        PlatformError,
        "{api} did not answer {action} in time: " + _NETWORK,
    ),
    Failure(
        "network error",
        _named("aiohttp.client_exceptions.ClientError", "builtins.OSError"),
        PlatformError,
        "Could not reach {api} for {action} ({detail}): " + _NETWORK,
    ),
)


def _details(exc: BaseException, call: Call) -> dict[str, str]:
    status, data, headers = _slack(exc)
    status = status or int(getattr(exc, "status", 0) or 0)
    host = getattr(exc, "host", None)
    port = getattr(exc, "port", None)
    retry_after = headers.get("retry-after", headers.get("Retry-After"))
    content_type = str(headers.get("content-type", headers.get("Content-Type", "")))
    return {
        "api": call.api,
        "action": call.action,
        "setting": call.setting,
        "url_setting": call.url_setting,
        "fix": call.fix,
        "status": str(status),
        "error": str((data or {}).get("error") or "unknown"),
        "needed": str((data or {}).get("needed") or "needed"),
        "retry_after": f", asking to wait {retry_after} s" if retry_after else "",
        "content_type": content_type.split(";")[0].strip() or "no content type",
        "host": f"{host}:{port}" if host and port else str(host or "the API's host"),
        "detail": describe(exc),
    }


def failure(exc: BaseException) -> Failure | None:
    """The table's row for `exc`, or None for an exception it does not know (a bug)."""
    return next((row for row in FAILURES if row.matches(exc)), None)


def classify(exc: BaseException, call: Call) -> BaseException:
    """`exc` as the operator should see it: a ConfigError or PlatformError with one sentence
    (raise it `from exc`, so -vv shows the cause), or `exc` itself when the table does not
    know it. Our own errors are already classified."""
    if isinstance(exc, BotError):
        return exc
    row = failure(exc)
    if row is None:
        return exc
    return row.error(row.says.format(**_details(exc, call)))
