"""Slack text and Block Kit: markup in, escaped text and blocks out, within Slack's limits."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from bot.replies import Reply

if TYPE_CHECKING:
    pass


SUGGESTION_ACTION = "franchise_suggest"  # action_id prefix of the "did you mean" buttons


# Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks).
SECTION_CHARS = 3000


CONTEXT_CHARS = 2000


CONTEXT_ELEMENTS = 10


BUTTON_LABEL_CHARS = 75


BUTTON_VALUE_CHARS = 2000


MAX_BUTTONS = 5


MAX_SECTIONS = 40  # of the 50 blocks a message may have


TEXT_CHARS = 3900  # notification/fallback text; Slack truncates at 40k, clients well before


_MARKUP = re.compile(r"<([^<>\n]*)>")


_BROADCAST_WORDS = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)


def _unmarkup(match: re.Match[str]) -> str:
    target, _, label = match.group(1).partition("|")
    if target.startswith("@"):  # <@U123> or <@U123|name>: a user mention
        return ""
    if target.startswith("#"):  # <#C123|general>: a channel
        return f"#{label}" if label else ""
    if target.startswith("!"):  # <!here>, <!channel>, <!everyone>, <!subteam^S1|@team>, <!date^..>
        return label if target.startswith("!date^") else ""
    if label:  # <http://x|label>
        return label
    return target.removeprefix("mailto:")


def clean_question(text: str) -> str:
    """A question as the fan typed it: Slack markup stripped, entities decoded."""
    text = _MARKUP.sub(_unmarkup, text)
    # Slack escapes exactly these three in message text.
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(text.split())


def escape(text: str) -> str:
    """Make text inert in Slack: no <!channel>, <@U...> or link can come out of it."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # Bare "@here" is not a ping by default, but a word joiner keeps it so with any parse mode.
    return _BROADCAST_WORDS.sub(lambda m: "@\u2060" + m.group(1), text)


def _unescape(text: str) -> str:
    return (
        text.replace("@\u2060", "@").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    )


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = _safe_cut(text, limit - 1)
    return text[:cut] + "…"


def _safe_cut(text: str, limit: int) -> int:
    """An index <= limit that does not split an entity like `&amp;`."""
    amp = text.rfind("&", max(0, limit - 4), limit)
    if amp != -1 and ";" not in text[amp:limit]:
        return amp
    return limit


def _chunks(text: str, limit: int) -> list[str]:
    """Escaped text split into pieces of at most `limit` characters, at line ends if possible."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut <= 0:
            cut = _safe_cut(text, limit)
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n")
    if text.strip():
        pieces.append(text)
    return pieces


def render_blocks(reply: Reply) -> tuple[str, list[dict[str, Any]]]:
    """The reply as Slack sends it: escaped plain `text` (notifications) and Block Kit.

    A section with the answer, a context block with the sources and their dates, and
    for a decline the "did you mean" suggestions as buttons.
    """
    text = _truncate(escape(reply.plain()), TEXT_CHARS) or "\u200b"
    blocks: list[dict[str, Any]] = []
    body = escape(reply.text)
    if reply.title:
        body = f"*{escape(reply.title)}*\n{body}"
    for piece in _chunks(body, SECTION_CHARS)[:MAX_SECTIONS]:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": piece}})
    sources = reply.source_lines()[:CONTEXT_ELEMENTS]
    if sources:
        blocks.append(
            {
                "type": "context",
                "elements": [
                    {"type": "mrkdwn", "text": _truncate(escape(line), CONTEXT_CHARS)}
                    for line in sources
                ],
            }
        )
    suggestions = [s for s in reply.suggestions if s.strip()][:MAX_BUTTONS]
    if suggestions:
        blocks.append(
            {
                "type": "actions",
                "block_id": "franchise_suggestions",
                "elements": [
                    {
                        "type": "button",
                        "action_id": f"{SUGGESTION_ACTION}_{i}",
                        "text": {
                            "type": "plain_text",
                            "text": _truncate(escape(question), BUTTON_LABEL_CHARS),
                        },
                        "value": _truncate(escape(question), BUTTON_VALUE_CHARS),
                    }
                    for i, question in enumerate(suggestions)
                ],
            }
        )
    return text, blocks
