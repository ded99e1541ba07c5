"""Discord's documented limits, as the API enforces them (HTTP 400, code 50035).

Written from Discord's developer documentation (Resources > Message: "Embed Limits";
Interactions > Application Commands: naming and length rules; "Autocomplete"), not from the
adapter's constants, so a fake built on them catches what Discord would refuse.
"""

from __future__ import annotations

import re
from typing import Any

CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_TEXT_MAX = 2048
AUTHOR_NAME_MAX = 256
EMBED_TOTAL_MAX = 6000  # title + description + field names and values + footer + author
CHOICES_MAX = 25
CHOICE_NAME_MAX = 100
CHOICE_VALUE_MAX = 100
COMMAND_DESCRIPTION_MAX = 100
OPTIONS_MAX = 25
# A CHAT_INPUT command's (and option's) name: 1-32 characters, lowercase where a letter has
# a lowercase form; letters, digits, - and _.
COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")


def _length(value: Any) -> int:
    return len(value) if isinstance(value, str) else 0


def embed_problems(embed: dict[str, Any], where: str) -> list[str]:
    problems = []
    title, description = embed.get("title") or "", embed.get("description") or ""
    footer = (embed.get("footer") or {}).get("text") or ""
    author = (embed.get("author") or {}).get("name") or ""
    fields = embed.get("fields") or []
    for name, value, limit in (
        ("title", title, EMBED_TITLE_MAX),
        ("description", description, EMBED_DESCRIPTION_MAX),
        ("footer.text", footer, FOOTER_TEXT_MAX),
        ("author.name", author, AUTHOR_NAME_MAX),
    ):
        if _length(value) > limit:
            problems.append(f"{where}.{name}: must be {limit} or fewer in length")
    if len(fields) > EMBED_FIELDS_MAX:
        problems.append(f"{where}.fields: must be {EMBED_FIELDS_MAX} or fewer in length")
    total = _length(title) + _length(description) + _length(footer) + _length(author)
    for n, f in enumerate(fields):
        name, value = f.get("name") or "", f.get("value") or ""
        total += _length(name) + _length(value)
        if not 1 <= _length(name) <= FIELD_NAME_MAX:
            problems.append(f"{where}.fields.{n}.name: must be 1 to {FIELD_NAME_MAX} long")
        if not 1 <= _length(value) <= FIELD_VALUE_MAX:
            problems.append(f"{where}.fields.{n}.value: must be 1 to {FIELD_VALUE_MAX} long")
    if total > EMBED_TOTAL_MAX:
        problems.append(f"{where}: embed size exceeds maximum size of {EMBED_TOTAL_MAX}")
    return problems


def message_problems(body: dict[str, Any]) -> list[str]:
    """What Discord refuses in a message body (a send, an interaction reply, a follow-up)."""
    problems = []
    if _length(body.get("content")) > CONTENT_MAX:
        problems.append(f"content: must be {CONTENT_MAX} or fewer in length")
    embeds = body.get("embeds") or []
    if len(embeds) > EMBEDS_MAX:
        problems.append(f"embeds: must be {EMBEDS_MAX} or fewer in length")
    for n, embed in enumerate(embeds):
        problems.extend(embed_problems(embed, f"embeds.{n}"))
    return problems


def choices_problems(choices: list[dict[str, Any]]) -> list[str]:
    """What Discord refuses in an autocomplete result (interaction callback type 8)."""
    problems = []
    if len(choices) > CHOICES_MAX:
        problems.append(f"choices: must be {CHOICES_MAX} or fewer in length")
    for n, choice in enumerate(choices):
        if not 1 <= _length(choice.get("name")) <= CHOICE_NAME_MAX:
            problems.append(f"choices.{n}.name: must be 1 to {CHOICE_NAME_MAX} long")
        value = choice.get("value")
        if isinstance(value, str) and len(value) > CHOICE_VALUE_MAX:
            problems.append(f"choices.{n}.value: must be {CHOICE_VALUE_MAX} or fewer in length")
    return problems


def _named_problems(item: dict[str, Any], where: str) -> list[str]:
    problems = []
    name = item.get("name") or ""
    if not (isinstance(name, str) and COMMAND_NAME.match(name) and name == name.lower()):
        problems.append(f"{where}.name: {name!r} is not 1-32 lowercase letters, digits, - or _")
    if not 1 <= _length(item.get("description")) <= COMMAND_DESCRIPTION_MAX:
        problems.append(f"{where}.description: must be 1 to {COMMAND_DESCRIPTION_MAX} long")
    options = item.get("options") or []
    if len(options) > OPTIONS_MAX:
        problems.append(f"{where}.options: must be {OPTIONS_MAX} or fewer in length")
    for n, option in enumerate(options):
        problems.extend(_named_problems(option, f"{where}.options.{n}"))
    return problems


def commands_problems(commands: list[dict[str, Any]]) -> list[str]:
    """What Discord refuses in a bulk overwrite of application commands."""
    problems = []
    for n, command in enumerate(commands):
        problems.extend(_named_problems(command, str(n)))
    return problems
