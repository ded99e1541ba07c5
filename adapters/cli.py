"""`franchise-bot` (and `python -m bot`): ask, run, facts ..., discord ..., slack ....

An adapter like the others: it turns a command line into service calls and prints replies.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Coroutine, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from bot.chat import ConversationKey
from bot.config import Settings
from bot.errors import BotError, ConfigError, FactsError
from bot.replies import Requester
from bot.service import Service
from bot.supervisor import supervise

log = logging.getLogger("bot")

CLI_USER = Requester(platform="cli", user_id="cli", is_moderator=True, name="cli")
# `ask --session`: stdin is one conversation, by one user in one channel.
SESSION = ConversationKey.channel("cli", "session", "cli")


def _iso_date(value: str) -> str:
    from bot.sources import parse_date

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or parse_date(value) is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2024-03-14")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="franchise-bot",
        description="Answers film-franchise questions from a sourced fact store, on the "
        "console, Discord and Slack.",
    )
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="log more (-v info, -vv debug)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ask = commands.add_parser(
        "ask",
        help="answer one question, or one per line from stdin",
        description="Answer QUESTION, or with no QUESTION every line of standard input.",
    )
    ask.add_argument("question", nargs="*", help="the question (omit to read stdin)")
    ask.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object per answer: answered, text, confidence, facts, "
        "sources, suggestions",
    )
    ask.add_argument(
        "--session",
        action="store_true",
        help="treat the lines of stdin as one conversation (follow-ups use the lines before); "
        "without it each line is answered on its own",
    )

    commands.add_parser(
        "run",
        help="start every adapter whose settings are present (else chat on the console)",
        description="Serve Discord when DISCORD_TOKEN is set and Slack when SLACK_* settings "
        "are set; with neither, chat on the console (stdin/stdout).",
    )

    facts = commands.add_parser("facts", help="build, validate, reload and inspect the facts")
    facts_commands = facts.add_subparsers(dest="facts_command", metavar="ACTION", required=True)
    build = facts_commands.add_parser(
        "build",
        help="copy an article into sources/ and draft facts from it",
        description="Copy ARTICLE (plain text; optional first line 'date YYYY-MM-DD') into the "
        "facts directory's sources/ and write a draft fact file beside it for a moderator "
        "to curate. Reload to serve it.",
    )
    build.add_argument("article", type=Path, help="path to the article (.txt)")
    build.add_argument(
        "--force", action="store_true", help="overwrite an existing source or draft of that name"
    )
    build.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date the article was published (instead of its date line; an article with "
        "neither is refused)",
    )
    facts_commands.add_parser("validate", help="check the fact files without loading them")
    facts_commands.add_parser(
        "reload", help="validate and store a new fact version; running bots pick it up"
    )
    facts_commands.add_parser("status", help="the version served, counts, the store's health")
    facts_commands.add_parser(
        "unanswered", help="the most asked recent questions the bot could not answer"
    )
    facts_commands.add_parser(
        "sources", help="each article served: its date, fact count and the entities it touches"
    )

    discord = commands.add_parser("discord", help="Discord set-up commands")
    discord_commands = discord.add_subparsers(
        dest="discord_command", metavar="ACTION", required=True
    )
    sync = discord_commands.add_parser(
        "sync",
        help="register the slash commands with Discord (rate-limited: run on changes only)",
    )
    sync.add_argument("--guild", type=int, help="sync to one server (instant) instead of globally")
    discord_commands.add_parser("invite", help="print the URL that adds the bot to a server")

    slack = commands.add_parser("slack", help="Slack set-up commands")
    slack_commands = slack.add_subparsers(dest="slack_command", metavar="ACTION", required=True)
    slack_commands.add_parser("manifest", help="print the Slack app manifest (JSON)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _configure_logging(args.verbose)
    try:
        settings = Settings.from_env()
        return asyncio.run(_dispatch(args, settings))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (e.g. `| head`): not an error of ours
        return 0
    except FactsError as exc:
        print("The fact files have problems; nothing was loaded:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    except BotError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1


def _configure_logging(verbose: int) -> None:
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    env_level = os.environ.get("FRANCHISE_BOT_LOG_LEVEL", "").upper()
    if env_level in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        level = getattr(logging, env_level)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


async def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    match args.command:
        case "ask":
            question = " ".join(args.question)
            return await _ask(settings, question, as_json=args.json, session=args.session)
        case "run":
            return await _run(settings)
        case "facts":
            return await _facts(settings, args)
        case "discord":
            return await _discord(args)
        case "slack":
            return _slack(args)
    raise AssertionError(f"unhandled command {args.command}")


async def _ask(settings: Settings, question: str, *, as_json: bool, session: bool = False) -> int:
    service = await Service.open(settings)
    try:
        lines: list[str] | None = [question] if question.strip() else None
        out = sys.stdout
        if lines is not None:
            for q in lines:
                await _answer_one(service, q, out, as_json)
            return 0
        # One answer per input line, in order, flushed as it goes (a pipe may wait on it).
        while True:
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line:
                break
            await _answer_one(service, line.rstrip("\n"), out, as_json, session=session)
        return 0
    finally:
        await service.close()


async def _answer_one(
    service: Service, question: str, out: TextIO, as_json: bool, *, session: bool = False
) -> None:
    reply = await service.ask(CLI_USER, question, SESSION)
    if not session:  # each line on its own: nothing carried to the next
        service.conversations.forget(SESSION)
    if as_json:
        if reply.answer is not None:
            payload = reply.answer.as_json()
        else:  # not a question the engine saw (e.g. rate limited): still one object per line
            payload = {
                "answered": False,
                "text": reply.text,
                "confidence": 0.0,
                "facts": [],
                "sources": [],
                "suggestions": [],
                "kind": reply.kind.value,
            }
        out.write(json.dumps(payload, ensure_ascii=False) + "\n")
    else:
        out.write(reply.plain() + "\n")
    out.flush()


async def _run(settings: Settings, environ: Mapping[str, str] | None = None) -> int:
    """Each adapter reads its own settings from `environ` (default: the process's)."""
    from adapters.console import chat
    from adapters.discord_setup import DiscordSettings
    from adapters.ops_http import OpsServer
    from adapters.slack_setup import SlackSettings

    starters: dict[str, Callable[[Service], Coroutine[Any, Any, None]]] = {}
    slack = SlackSettings.from_env(environ)
    if slack.enabled:
        from adapters.slack_app import check_settings
        from adapters.slack_app import serve as serve_slack

        check_settings(slack)  # fail before anything starts, with a sentence
        starters["Slack"] = functools.partial(serve_slack, settings=slack)
    discord = DiscordSettings.from_env(environ)
    if discord.enabled:
        from adapters.discord_bot import serve as serve_discord

        starters["Discord"] = functools.partial(serve_discord, settings=discord)
    service = await Service.open(settings, watch=True)
    ops = OpsServer(service)  # /healthz, /readyz, /metrics when FRANCHISE_BOT_HTTP_PORT is set
    try:
        await ops.start(environ)
        if not starters:
            return await chat(service)
        # Supervised: one adapter crashing is restarted while the others keep serving.
        tasks = [
            asyncio.create_task(supervise(name, functools.partial(start, service)))
            for name, start in starters.items()
        ]
        log.warning(
            "franchise-bot is running (%s); Ctrl-C to stop",
            ", ".join(starters),
        )
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                task.result()  # re-raise a failed adapter's error
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        return 0
    finally:
        await ops.close()
        await service.close()


async def _facts(settings: Settings, args: argparse.Namespace) -> int:
    from bot.drafts import build_draft
    from bot.facts import load_facts

    action = args.facts_command
    if action == "build":
        report = await asyncio.to_thread(
            build_draft, args.article, settings.facts_dir, force=args.force, date=args.date
        )
        print(report.summary())
        return 0
    if action == "validate":
        facts = await asyncio.to_thread(load_facts, settings.facts_dir)
        passages = sum(1 for f in facts.facts if f.passage)
        print(
            f"OK: {len(facts.facts)} facts ({passages} passages), {len(facts.entities)} entities, "
            f"{facts.alias_count} aliases in {settings.facts_dir}"
        )
        for warning in facts.warnings:
            print(f"  warning: {warning}")
        return 0
    # Reload diffs against what the store serves now, so don't fold the directory in first.
    service = await Service.open(settings, sync_facts_dir=action != "reload")
    try:
        if action == "reload":
            reply = await service.facts_reload(CLI_USER)
        elif action == "status":
            reply = await service.facts_status(CLI_USER)
        elif action == "sources":
            reply = await service.facts_sources(CLI_USER)
        else:
            reply = await service.facts_unanswered(CLI_USER)
        print(reply.plain())
        return 1 if reply.kind.value == "error" else 0
    finally:
        await service.close()


async def _discord(args: argparse.Namespace) -> int:
    from adapters.discord_bot import fetch_invite_url, sync_commands
    from adapters.discord_setup import DiscordSettings

    settings = DiscordSettings.from_env()
    if not settings.enabled:
        raise ConfigError("'DISCORD_TOKEN' is missing: set it to your bot's token.")

    if args.discord_command == "sync":
        count = await sync_commands(settings, args.guild)
        where = f"server {args.guild}" if args.guild else "every server (global)"
        print(f"Synced {count} slash commands to {where}.")
    else:
        print(await fetch_invite_url(settings))
    return 0


def _slack(args: argparse.Namespace) -> int:
    from adapters.slack_app import manifest

    print(json.dumps(manifest(), indent=2))
    return 0
