"""One way to show a moment to people, wherever it comes from (a datetime in memory, an ISO
string from any store): "2026-12-01 10:38:49 UTC". Stores keep ISO strings, so their order
is time order; this is only for reading."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["STAMP_FORMAT", "stamp"]

STAMP_FORMAT = "%Y-%m-%d %H:%M:%S UTC"


def stamp(moment: datetime | str) -> str:
    """The moment in UTC to the second; a string that is not ISO is shown as it is."""
    if isinstance(moment, str):
        try:
            parsed = datetime.fromisoformat(moment)
        except ValueError:
            return moment
    else:
        parsed = moment
    if parsed.tzinfo is None:  # naive moments are UTC throughout the bot
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).strftime(STAMP_FORMAT)
