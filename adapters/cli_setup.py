"""`franchise-bot discord ...` and `franchise-bot slack ...`: setting the platforms up.

The Discord commands log in over HTTP only. A network failure is retried a few times (one
line each, bot/supervisor.py's ONE_SHOT) and then ends with a sentence and exit code 3.
"""

from __future__ import annotations

import argparse
import json
from typing import Any
from urllib.parse import urlsplit

from bot.errors import ConfigError
from bot.supervisor import retried

__all__ = ["add_commands", "discord", "slack"]


def _request_url(value: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme != "https" or not parts.netloc:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an https URL like https://bot.example.com/slack/events "
            "(Slack sends requests over HTTPS only)"
        )
    return value.strip()


def add_commands(commands: Any) -> None:
    """The `discord` and `slack` command groups, on `commands` (the subparsers action)."""
    group = commands.add_parser(
        "discord",
        help="Discord set-up commands",
        description="Set the bot up on Discord: register its slash commands, or print the "
        "link that adds it to a server. Both log in with DISCORD_TOKEN.",
    )
    actions = group.add_subparsers(dest="discord_command", metavar="ACTION", required=True)
    sync = actions.add_parser(
        "sync",
        help="register the slash commands with Discord (rate-limited: run on changes only)",
        description="Register the slash commands with Discord, globally (may take up to an "
        "hour to show) or in one server with --guild (at once). Discord rate-limits this: "
        "run it after upgrading the bot, not on every start.",
    )
    sync.add_argument("--guild", type=int, help="sync to one server (instant) instead of globally")
    actions.add_parser(
        "invite",
        help="print the URL that adds the bot to a server",
        description="Print the link a server admin opens to add the bot, with the bot and "
        "applications.commands scopes and the permissions it needs (read, send, embed "
        "links, read message history).",
    )

    group = commands.add_parser(
        "slack",
        help="Slack set-up commands",
        description="Set the bot up on Slack: print the app manifest to paste at "
        "api.slack.com/apps.",
    )
    actions = group.add_subparsers(dest="slack_command", metavar="ACTION", required=True)
    manifest = actions.add_parser(
        "manifest",
        help="print the Slack app manifest (JSON)",
        description="Print the Slack app manifest (JSON) for Create New App > From a "
        "manifest. Without --url the app uses Socket Mode (no public URL; set "
        "SLACK_APP_TOKEN); with it, HTTP mode (set SLACK_SIGNING_SECRET).",
    )
    manifest.add_argument(
        "--url",
        type=_request_url,
        metavar="URL",
        help="HTTP mode: the public https URL Slack sends events, slash commands and button "
        "clicks to, e.g. https://bot.example.com/slack/events (Socket Mode off)",
    )


async def discord(args: argparse.Namespace) -> int:
    from adapters.discord_bot import fetch_invite_url, sync_commands
    from adapters.discord_setup import DiscordSettings

    settings = DiscordSettings.from_env()
    if not settings.enabled:
        raise ConfigError("'DISCORD_TOKEN' is missing: set it to your bot's token.")

    if args.discord_command == "sync":
        count = await retried("Discord", lambda: sync_commands(settings, args.guild))
        where = f"server {args.guild}" if args.guild else "every server (global)"
        print(f"Synced {count} slash commands to {where}.")
    else:
        print(await retried("Discord", lambda: fetch_invite_url(settings)))
    return 0


def slack(args: argparse.Namespace) -> int:
    from adapters.slack_setup import manifest

    print(json.dumps(manifest(args.url), indent=2))
    return 0
