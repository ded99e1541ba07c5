"""`franchise-bot` (and `python -m bot`): ask, run, facts ..., discord ..., slack ....

An adapter like the others: it turns a command line into service calls and prints replies.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from adapters import cli_facts, cli_setup
from adapters.cli_errors import report
from adapters.cli_run import run as _run
from bot.chat import ConversationKey
from bot.config import Settings
from bot.logsetup import configure as configure_logging
from bot.replies import Requester
from bot.service import Service

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
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="log more: -v our start-up, reloads and refusals (INFO); -vv everything we log "
        "(DEBUG), the libraries' INFO, and tracebacks",
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

    facts = commands.add_parser(
        "facts",
        help="build, validate, reload and inspect the facts",
        description="Work on the fact store: draft facts from an article, check and reload "
        "the fact files, and see what is served and what went unanswered.",
    )
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
    facts_commands.add_parser(
        "validate",
        help="check the fact files without loading them",
        description="Check every fact file and source in the facts directory and print the "
        "counts, or each problem as file:line; nothing is stored or served.",
    )
    facts_commands.add_parser(
        "reload",
        help="validate and store a new fact version; running bots pick it up",
        description="Validate the fact files and store them as a new version; running bots "
        "serve it within a second on PostgreSQL, about 2 s on SQLite. Broken files are "
        "refused and the old facts kept.",
    )
    facts_commands.add_parser(
        "status",
        help="the version served, counts, the store's health",
        description="Show the fact version served, its counts, the last reload and the "
        "store's health.",
    )
    facts_commands.add_parser(
        "unanswered",
        help="the most asked recent questions the bot could not answer",
        description="List the questions asked recently that the bot could not answer, most "
        "asked first: what to add facts for next.",
    )
    facts_commands.add_parser(
        "sources",
        help="each article served: its date, fact count and the entities it touches",
        description="List each source article served, with its date, how many facts cite "
        "it and the entities they touch.",
    )
    cli_facts.add_commands(facts_commands)  # init, list, show, search, audit

    cli_setup.add_commands(commands)  # discord sync/invite, slack manifest
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Exit codes and messages for failures: adapters/cli_errors.py."""
    args = _parser().parse_args(argv)
    try:
        configure_logging(args.verbose)
        settings = Settings.from_env()
        return asyncio.run(_dispatch(args, settings))
    except (Exception, KeyboardInterrupt) as exc:
        return report(exc, args.verbose)


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
            return await cli_setup.discord(args)
        case "slack":
            return cli_setup.slack(args)
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


async def _facts(settings: Settings, args: argparse.Namespace) -> int:
    from bot.drafts import build_draft
    from bot.facts import load_facts

    handled = await cli_facts.run(settings, args, CLI_USER)  # prints where the facts are first
    if handled is not None:
        return handled
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
