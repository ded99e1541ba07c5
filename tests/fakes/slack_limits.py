"""What Slack refuses in a message (`invalid_blocks`) or quietly truncates, as the fake's
Web API checks it: Slack's documented limits, not the adapter's constants."""

from __future__ import annotations

import json
from typing import Any

# Slack's documented limits (docs.slack.dev: chat.postMessage "Truncating content";
# Block Kit reference for each block and element), not the adapter's constants.
TEXT_TRUNCATED_AT = 40_000  # longer `text` is truncated by Slack, not refused
BLOCKS_MAX = 50
SECTION_TEXT_MAX = 3000
SECTION_FIELDS_MAX = 10
SECTION_FIELD_MAX = 2000
CONTEXT_ELEMENTS_MAX = 10
TEXT_OBJECT_MAX = 3000
ACTIONS_ELEMENTS_MAX = 25
BUTTON_TEXT_MAX = 75
BUTTON_VALUE_MAX = 2000
ACTION_ID_MAX = 255
BLOCK_ID_MAX = 255
HEADER_TEXT_MAX = 150


def _text(obj: Any) -> str:
    return obj.get("text", "") if isinstance(obj, dict) else ""


def _block_problem(block: dict[str, Any]) -> bool:
    """Whether Slack refuses this block (it answers `invalid_blocks`)."""
    if len(str(block.get("block_id", ""))) > BLOCK_ID_MAX:
        return True
    kind = block.get("type")
    if kind == "section":
        text, fields = _text(block.get("text")), block.get("fields") or []
        if not (text or fields) or len(text) > SECTION_TEXT_MAX:
            return True
        return len(fields) > SECTION_FIELDS_MAX or any(
            len(_text(f)) > SECTION_FIELD_MAX for f in fields
        )
    if kind == "header":
        return not 1 <= len(_text(block.get("text"))) <= HEADER_TEXT_MAX
    if kind == "context":
        elements = block.get("elements", [])
        return not 1 <= len(elements) <= CONTEXT_ELEMENTS_MAX or any(
            len(_text(e)) > TEXT_OBJECT_MAX for e in elements
        )
    if kind == "actions":
        elements = block.get("elements", [])
        ids = [e.get("action_id") for e in elements]
        if not 1 <= len(elements) <= ACTIONS_ELEMENTS_MAX or len(set(ids)) != len(ids):
            return True
        return any(
            not 1 <= len(_text(e.get("text"))) <= BUTTON_TEXT_MAX
            or len(e.get("value", "")) > BUTTON_VALUE_MAX
            or len(str(e.get("action_id", ""))) > ACTION_ID_MAX
            for e in elements
        )
    return False


def check_message(data: dict[str, Any]) -> str | None:
    """The limits Slack enforces, so a fake catches what Slack would refuse. Like Slack,
    truncates `text` past 40,000 characters instead of refusing it."""
    text = data.get("text")
    if isinstance(text, str) and len(text) > TEXT_TRUNCATED_AT:
        data["text"] = text[:TEXT_TRUNCATED_AT]
        data["truncated"] = True
    blocks = data.get("blocks")
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    if not data.get("text") and not blocks:
        return "no_text"
    if not blocks:
        return None
    if len(blocks) > BLOCKS_MAX or any(_block_problem(b) for b in blocks):
        return "invalid_blocks"
    return None
