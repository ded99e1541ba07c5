"""The one command table: every chat command's name, description, option, who may run it and
its help line. The service's typed-command dispatch, the Discord app-command tree (and its
sync), the Slack registration and manifest, the console and the help text all read it.

Adding a command is one `Command` here plus its handler.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot import lookup
from bot.replies import Reply, ReplyKind, Requester
from bot.text import clean

if TYPE_CHECKING:
    from bot.service import Service

__all__ = [
    "COMMANDS",
    "Command",
    "CommandTable",
    "Group",
    "Option",
    "platform_name",
]

MAX_WORDS = 2  # the most words a command's name has ("facts reload")
NAME_MAX = 32  # the longest a command word may be (Discord's limit for a name)
# One word of a command's name: at most NAME_MAX characters, then a space or the end.
_COMMAND_WORD = re.compile(rf"\s*(\S{{1,{NAME_MAX}}})(?=\s|$)")

Handler = Callable[["Service", Requester, str], Awaitable[Reply]]

# Slack reserves /help for itself, so a command of that name is renamed there.
RESERVED_NAMES: dict[str, dict[str, str]] = {"slack": {"help": "franchise-help"}}


def platform_name(name: str, platform: str) -> str:
    """A top-level command's name on `platform` (without the slash)."""
    return RESERVED_NAMES.get(platform, {}).get(name, name)


@dataclass(frozen=True)
class Option:
    """The one text option a command may take (the rest of the typed line)."""

    name: str  # e.g. "film"; shown in usage as FILM
    description: str
    required: bool = False
    films: bool = False  # offer film names as autocomplete choices


@dataclass(frozen=True)
class Group:
    """Commands typed as `/facts reload`: one platform command with sub-commands."""

    name: str
    description: str


@dataclass(frozen=True)
class Command:
    name: str
    description: str  # what the platforms show in their command pickers (at most 100 chars)
    run: Handler
    option: Option | None = None
    moderators_only: bool = False
    group: Group | None = None

    @property
    def words(self) -> tuple[str, ...]:
        """How it is typed, without the slash: ("release",) or ("facts", "reload")."""
        return (self.group.name, self.name) if self.group else (self.name,)

    def usage(self, platform: str = "") -> str:
        """e.g. "/release [FILM]" or "/facts reload"."""
        head = [platform_name(self.words[0], platform), *self.words[1:]]
        if self.option:
            shown = self.option.name.upper()
            head.append(shown if self.option.required else f"[{shown}]")
        return "/" + " ".join(head)


@dataclass(frozen=True)
class CommandTable:
    commands: tuple[Command, ...]

    def __iter__(self) -> Iterator[Command]:
        return iter(self.commands)

    def top_level(self) -> list[Command | Group]:
        """Each command outside a group, and each group once, in table order."""
        seen: list[Command | Group] = []
        for command in self.commands:
            item: Command | Group = command.group or command
            if item not in seen:
                seen.append(item)
        return seen

    def in_group(self, group: Group) -> list[Command]:
        return [c for c in self.commands if c.group == group]

    def find(self, words: tuple[str, ...]) -> Command | None:
        """The command typed as `words` (lowercase), by its own name or any platform's."""
        for command in self.commands:
            head, *tail = command.words
            names = {head} | {platform_name(head, p) for p in RESERVED_NAMES}
            if (
                len(words) > len(tail)
                and words[0] in names
                and list(words[1 : 1 + len(tail)]) == tail
            ):
                return command
        return None

    def help_text(self, platform: str = "") -> str:
        everyone = [c.usage(platform) for c in self.commands if not c.moderators_only]
        moderators = [c.usage(platform) for c in self.commands if c.moderators_only]
        lines = [
            "Ask me about a film franchise, e.g. \u201cwho's returning for MI7?\u201d or "
            "\u201cwhen does Mission: Impossible 8 come out?\u201d.",
            "Commands: " + ", ".join(everyone) + ".",
        ]
        if moderators:
            lines.append("Moderators: " + ", ".join(moderators) + ".")
        return "\n".join(lines)

    async def dispatch(self, service: Service, who: Requester, text: str) -> Reply:
        """Run a command typed as text ("/release MI7"); any other text is a question."""
        stripped = text.strip()
        if not stripped.startswith("/"):
            return await service.ask(who, stripped)
        # Only the command's own words are read and folded: the rest of the line may be
        # 100,000 characters of anything, and is neither scanned nor copied more than once.
        body = stripped[1:]
        lowered: list[str] = []
        ends: list[int] = []
        for _ in range(MAX_WORDS):
            word = _COMMAND_WORD.match(body, ends[-1] if ends else 0)
            if word is None:
                break
            lowered.append(word.group(1).lower())
            ends.append(word.end())
        command = self.find(tuple(lowered))
        if command is not None:
            rest = body[ends[len(command.words) - 1] :].strip()
            return await command.run(service, who, rest)
        words = body.split(None, 1)
        group = next(
            (g for g in self.top_level() if isinstance(g, Group) and lowered[:1] == [g.name]),
            None,
        )
        if group is not None:
            usages = [c.usage(who.platform) for c in self.in_group(group)]
            return Reply(ReplyKind.ERROR, f"Use {', '.join(usages[:-1])} or {usages[-1]}.")
        return Reply(
            ReplyKind.ERROR,
            # Echo only visible text: a typed "/\x1b]8;;..." or bidi override must not reach
            # the reply (or a moderator's terminal) raw.
            f"I don't know the command /{clean(words[0] if words else '')[:40]}. Try /help.",
        )


# ----------------------------------------------------------------------------- handlers


async def _ask(service: Service, who: Requester, text: str) -> Reply:
    return await service.ask(who, text)


async def _release(service: Service, who: Requester, text: str) -> Reply:
    return await service.release(who, text or None)


async def _cast(service: Service, who: Requester, text: str) -> Reply:
    return await service.cast(who, text or None)


async def _help(service: Service, who: Requester, text: str) -> Reply:
    return service.help(who)


async def _facts_reload(service: Service, who: Requester, text: str) -> Reply:
    return await service.facts_reload(who)


async def _facts_status(service: Service, who: Requester, text: str) -> Reply:
    return await service.facts_status(who)


async def _facts_unanswered(service: Service, who: Requester, text: str) -> Reply:
    return await service.facts_unanswered(who, text)


async def _facts_list(service: Service, who: Requester, text: str) -> Reply:
    return await lookup.facts_list(service, who, text)


async def _facts_show(service: Service, who: Requester, text: str) -> Reply:
    return await lookup.facts_show(service, who, text)


async def _facts_search(service: Service, who: Requester, text: str) -> Reply:
    return await lookup.facts_search(service, who, text)


async def _facts_audit(service: Service, who: Requester, text: str) -> Reply:
    return await lookup.facts_audit(service, who, text)


async def _facts_sources(service: Service, who: Requester, text: str) -> Reply:
    return await service.facts_sources(who)


FILM = Option("film", "Which film (leave empty for all)", films=True)
FACTS = Group("facts", "Moderators: manage the facts the bot answers from.")

COMMANDS = CommandTable(
    (
        Command(
            "ask",
            "Ask a question about the franchise.",
            _ask,
            Option("question", "For example: who's returning for MI7?", required=True),
        ),
        Command("release", "When does a film come out?", _release, FILM),
        Command("cast", "Who is in a film's cast?", _cast, FILM),
        Command("help", "How to ask me things.", _help),
        Command(
            "reload",
            "Re-read the fact files; on any error the current facts stay.",
            _facts_reload,
            moderators_only=True,
            group=FACTS,
        ),
        Command(
            "status",
            "Which fact version is served, and the last reload.",
            _facts_status,
            moderators_only=True,
            group=FACTS,
        ),
        Command(
            "unanswered",
            "The questions asked most often that had no answer.",
            _facts_unanswered,
            Option("limit", "How many to list (1-50; default 10)"),
            moderators_only=True,
            group=FACTS,
        ),
        Command(
            "list",
            "The facts about a film, of a topic or from a source.",
            _facts_list,
            Option("filter", "film:MI7 topic:release_date source:FILE (any of them)"),
            moderators_only=True,
            group=FACTS,
        ),
        Command(
            "show",
            "One fact in full: its file, answer, source and questions.",
            _facts_show,
            Option("id", "The fact's id (from /facts list or /facts search)", required=True),
            moderators_only=True,
            group=FACTS,
        ),
        Command(
            "search",
            "The facts the bot matches for some words or a question.",
            _facts_search,
            Option("text", "Words or a question, e.g. who directs MI7", required=True),
            moderators_only=True,
            group=FACTS,
        ),
        Command(
            "audit",
            "Facts worth a look: no questions, old news, superseded, unused entities.",
            _facts_audit,
            Option("limit", "How many of each kind to list (default 5)"),
            moderators_only=True,
            group=FACTS,
        ),
        Command(
            "sources",
            "Each article: its date, fact count and the entities it touches.",
            _facts_sources,
            moderators_only=True,
            group=FACTS,
        ),
    )
)
