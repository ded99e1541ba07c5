"""Chat on stdin/stdout: the default adapter, needing no tokens.

Slash commands work typed as on the platforms (`/release MI7`, `/facts reload`); any
other line is a question. The person at the terminal is a moderator.
"""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot.chat import ConversationKey
from bot.replies import Reply, Requester
from bot.service import Service

# One person at one terminal: the whole session is one conversation.
CONSOLE_USER = Requester(
    platform="console",
    user_id="console",
    is_moderator=True,
    name="you",
    conversation=ConversationKey.console(),
)
PROMPT = "you> "


def render(reply: Reply) -> str:
    title = f"[{reply.title}] " if reply.title and reply.kind.value != "answer" else ""
    return title + reply.plain()


async def chat(
    service: Service,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    *,
    interactive: bool | None = None,
) -> int:
    """Answer lines from stdin until end of input. Returns the exit status (0)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    if interactive is None:
        interactive = stdin.isatty()
    if interactive:
        stdout.write(
            "franchise-bot: ask about a film franchise (/help for commands, Ctrl-D to quit)\n"
        )
        for note in service.startup_notes:
            stdout.write(f"note: {note}\n")
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        # Read in a thread so the event loop keeps running (fact-version pick-ups).
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            break
        text = line.strip()
        if not text:
            continue
        if interactive and text.lower() in {"quit", "exit", "/quit", "/exit"}:
            break
        reply = await service.command(CONSOLE_USER, text)
        stdout.write(render(reply) + "\n")
        if not interactive:
            stdout.write("\n")
        stdout.flush()
    return 0
