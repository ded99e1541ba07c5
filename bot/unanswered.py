"""`/facts unanswered`: the questions fans asked that had no answer, grouped so that one
question asked five ways counts five times, one line each, chit-chat left out.

Questions are grouped by the engine's own reading of words (bot/text.py, and the question
type of bot/engine/parse.py): the same question word and the same lemmas outside glue
words, in any order, are the same question ("who directed MI8?", "who directs mi8", "MI8:
who's directing?"; not "when does MI8 direct"). Each group shows its most asked spelling.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.browse import one_line
from bot.chat.message import read_message
from bot.chat.smalltalk import recognise
from bot.engine.parse import question_type
from bot.models import UnansweredCount
from bot.text import GLUE, normalize, stem

__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "QUESTION_WIDTH",
    "SCAN_SPELLINGS",
    "LimitError",
    "UnansweredGroup",
    "group_unanswered",
    "parse_limit",
    "unanswered_lines",
]

DEFAULT_LIMIT = 10  # groups shown when no limit is given
MAX_LIMIT = 50  # the most groups one reply lists (it must fit in one chat message)
QUESTION_WIDTH = 90  # characters of a question shown; past them an ellipsis
MAX_LIMIT_CHARS = 40  # of a typed limit read; a number is never longer
SCAN_SPELLINGS = 2000  # distinct spellings read from the log to group (the most asked)


class LimitError(ValueError):
    """A limit that is not a whole number from 1 to the maximum; the message says so."""


def parse_limit(text: str | int | None, *, default: int, maximum: int) -> int:
    """A limit typed in chat ("/facts unanswered 5") or given on the command line."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return default
    raw = text[:MAX_LIMIT_CHARS].strip() if isinstance(text, str) else str(text)
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if not 1 <= value <= maximum or not raw.lstrip("+").isdigit():
        shown = one_line(raw, 20)
        raise LimitError(f"The limit must be a whole number from 1 to {maximum}, not {shown!r}.")
    return value


@dataclass(frozen=True)
class UnansweredGroup:
    question: str  # the most asked spelling
    count: int  # times asked, all spellings together
    spellings: int
    last_asked: str


def similarity_key(question: str) -> tuple[str, ...]:
    """What a question asks, as the engine reads it: its question type ("who", "when", ...)
    and its lemmas outside glue words, in any order."""
    words = normalize(question).split()
    content = sorted({stem(w) for w in words if w not in GLUE})
    return (question_type(words), *(content or words))


def is_chitchat(question: str) -> bool:
    """Small talk ("thanks!", "hi bot") or no word that asks anything ("lol", "???")."""
    segments = [s.text for s in read_message(question).segments]
    if segments and all(recognise(normalize(s).split()) is not None for s in segments):
        return True
    return not any(w not in GLUE for w in normalize(question).split())


def group_unanswered(rows: list[UnansweredCount]) -> list[UnansweredGroup]:
    """Rows of the store (one per spelling) as groups, most asked first, then most recent."""
    groups: dict[tuple[str, ...], list[UnansweredCount]] = {}
    for row in rows:
        if not is_chitchat(row.question):
            groups.setdefault(similarity_key(row.question), []).append(row)
    merged = [
        UnansweredGroup(
            question=max(members, key=lambda r: (r.count, r.last_asked)).question,
            count=sum(r.count for r in members),
            spellings=len(members),
            last_asked=max(r.last_asked for r in members),
        )
        for members in groups.values()
    ]
    merged.sort(key=lambda g: (g.count, g.last_asked), reverse=True)
    return merged


def unanswered_lines(groups: list[UnansweredGroup], limit: int, days: int) -> list[str]:
    """A header line, then one line per group: "4× when does dune 3 come out (2 wordings)"."""
    shown = groups[:limit]
    asked = sum(g.count for g in groups)
    head = (
        f"{asked} unanswered question{'s' if asked != 1 else ''} in the last {days} days, "
        f"{len(groups)} different; the {len(shown)} most asked:"
    )
    lines = [head]
    for g in shown:
        wordings = f" ({g.spellings} wordings)" if g.spellings > 1 else ""
        lines.append(f"  {g.count}\u00d7 {one_line(g.question, QUESTION_WIDTH)}{wordings}")
    return lines
