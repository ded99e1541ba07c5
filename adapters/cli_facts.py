"""`franchise-bot facts init | list | show | search | audit | unanswered`: a moderator's way
into the facts from the command line, and the one line every facts command starts with.

Registered by adapters/cli.py. The look-ups are the chat commands' (bot/lookup.py) with no
message-size limit; the line naming the facts directory and the store goes to stderr, so
the output itself can be piped.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.factsdir import COPY_NAME, FROM_ENV, init_facts, locate
from bot.pgschema import is_postgres_url, redact
from bot.replies import Reply, ReplyKind, Requester
from bot.unanswered import MAX_LIMIT, LimitError, parse_limit

__all__ = ["add_commands", "run", "where_line"]

AUDIT_MAX_LIMIT = 1000  # findings per check on the command line


def _limit(maximum: int) -> Any:
    """An argparse type: a whole number from 1 to `maximum`, else the service's sentence."""

    def parse(value: str) -> int:
        try:
            return parse_limit(value, default=0, maximum=maximum)
        except LimitError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def add_commands(facts_commands: Any) -> None:
    """Add the moderator's commands to `facts` (an argparse sub-parsers action)."""
    init = facts_commands.add_parser(
        "init",
        help="copy the shipped facts to a folder you can edit; every command then uses it",
        description="Copy the facts shipped with the package into DIR (default: "
        f"'{COPY_NAME}' beside the store) and record DIR, so every later franchise-bot "
        "command reads and reloads that copy. FRANCHISE_BOT_FACTS, when set, still wins.",
    )
    init.add_argument("dir", nargs="?", type=Path, help="where to copy them")
    init.add_argument("--force", action="store_true", help="copy into DIR even if it is not empty")
    listing = facts_commands.add_parser(
        "list",
        help="the facts served, by film, topic or source",
        description="One line per fact served: its id, topic, source and answer. The "
        "filters combine.",
    )
    listing.add_argument("--film", default="", help="a film's name or alias, e.g. MI7")
    listing.add_argument("--topic", default="", help="a topic, e.g. release_date")
    listing.add_argument("--source", default="", help="a source file, e.g. mi7-article.txt")
    show = facts_commands.add_parser(
        "show",
        help="one fact in full",
        description="A fact's file and line, answer, source, questions and what supersedes it.",
    )
    show.add_argument("id", help="the fact's id (from facts list or facts search)")
    search = facts_commands.add_parser(
        "search",
        help="the facts the bot matches for some words or a question",
        description="Rank the facts as the bot does for a fan's question, and say which "
        "fact it would answer from.",
    )
    search.add_argument("text", nargs="+", help="words or a question")
    audit = facts_commands.add_parser(
        "audit",
        help="facts worth a look: no questions, old news, superseded, unused entities",
        description="Each check that found something, with what to do and its findings "
        "(see the README's Moderator guide).",
    )
    audit.add_argument(
        "--limit", type=_limit(AUDIT_MAX_LIMIT), help="findings listed per check (default: all)"
    )
    unanswered = facts_commands.choices["unanswered"]
    unanswered.add_argument(
        "--limit",
        type=_limit(MAX_LIMIT),
        help=f"how many groups of questions to list (1-{MAX_LIMIT}; default 10)",
    )


def where_line(settings: Settings) -> str:
    """The line every facts command starts with: "Facts: DIR (why); store: WHERE"."""
    store = redact(settings.db) if is_postgres_url(settings.db) else settings.db
    return f"Facts: {settings.facts_dir} ({settings.facts_origin}); store: {store}"


LOOKUPS = ("list", "show", "search", "audit", "unanswered")


async def run(settings: Settings, args: argparse.Namespace, who: Requester) -> int | None:
    """Run `facts ACTION` if it is one of ours (None if not), after saying where the facts
    and the store are."""
    action = args.facts_command
    if action == "init":
        print(init_facts(args.dir, settings.db, force=args.force))
        if settings.facts_origin == FROM_ENV:
            print(
                f"Note: {FROM_ENV} is set ({settings.facts_dir}), so commands read that "
                "until you unset it."
            )
        else:
            now = locate("", settings.db)
            settings = replace(settings, facts_dir=now.path, facts_origin=now.origin)
        print(where_line(settings), file=sys.stderr)
        return 0
    print(where_line(settings), file=sys.stderr)
    if action not in LOOKUPS:
        return None
    reply = await _lookup(settings, args, who)
    out = sys.stderr if reply.kind in {ReplyKind.ERROR, ReplyKind.REFUSED} else sys.stdout
    print(reply.plain(), file=out)
    return 1 if out is sys.stderr else 0


async def _lookup(settings: Settings, args: argparse.Namespace, who: Requester) -> Reply:
    from bot import lookup
    from bot.service import Service

    # What is served: the newest stored version, as a running bot serves it (an edit not
    # yet reloaded is not in it); the folder is read only when the store has none.
    service = await Service.open(settings, sync_facts_dir=False, log_questions=False)
    try:
        match args.facts_command:
            case "list":
                given = {"film": args.film, "topic": args.topic, "source": args.source}
                text = " ".join(f"{key}:{value}" for key, value in given.items() if value.strip())
                return await lookup.facts_list(service, who, text, chat=False)
            case "show":
                return await lookup.facts_show(service, who, args.id, chat=False)
            case "search":
                return await lookup.facts_search(service, who, " ".join(args.text), chat=False)
            case "audit":
                return await lookup.facts_audit(service, who, args.limit, chat=False)
            case _:
                return await service.facts_unanswered(who, args.limit)
    finally:
        await service.close()
