"""Gateway payloads discord.py would choke on: repaired where the meaning is clear, else dropped
with a rate-limited log line, so one malformed event cannot end the session."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.supervisor import describe
from bot.throttle import LogThrottle, held_note

log = logging.getLogger("adapters.discord_bot")

if TYPE_CHECKING:
    pass


DROPPED_LOG_INTERVAL = 60.0  # at most one line a minute about malformed gateway events


_SESSION_EVENTS = frozenset({"READY", "RESUMED"})


_dropped_log = LogThrottle(DROPPED_LOG_INTERVAL)


def _repair_member(member: Any) -> None:
    # A member object should always carry `roles`; one without it (or with null) used to
    # raise inside discord.py. No roles is what it means.
    if isinstance(member, dict) and not isinstance(member.get("roles"), list):
        member["roles"] = []


def repair_payload(event: str, data: Any) -> Any:
    """Fill in what a gateway payload should have carried and discord.py insists on."""
    if not isinstance(data, dict):
        return data
    _repair_member(data.get("member"))
    if event in {"MESSAGE_CREATE", "MESSAGE_UPDATE"}:
        # Without the Message Content intent Discord sends "", but a missing key crashed.
        if event == "MESSAGE_CREATE" and not isinstance(data.get("content"), str):
            data["content"] = ""
        referenced = data.get("referenced_message")
        if isinstance(referenced, dict):
            _repair_member(referenced.get("member"))
            if not isinstance(referenced.get("content"), str):
                referenced["content"] = ""
    resolved = (data.get("data") or {}).get("resolved") if event == "INTERACTION_CREATE" else None
    if isinstance(resolved, dict) and isinstance(resolved.get("members"), dict):
        for member in resolved["members"].values():
            _repair_member(member)
    return data


def _tolerant(event: str, parser: Callable[[Any], None]) -> Callable[[Any], None]:
    """`parser` that repairs what it can and drops (with a rate-limited line) what it can't."""

    def parse(data: Any) -> None:
        try:
            parser(repair_payload(event, data))
        except Exception as exc:
            held = _dropped_log.ready()
            if held is not None:
                log.warning(
                    "Discord: ignored a malformed %s event (%s)%s",
                    event,
                    describe(exc),
                    held_note(held),
                )

    return parse
