"""Reading one sentence against one question with the premise check, as table tests do."""

from __future__ import annotations

from collections.abc import Iterable

from bot.engine.premise import Asked, asked, check
from bot.models import QuestionType
from bot.text import normalize

# The question type by the question's first word; "what" for the rest.
QTYPES: dict[str, QuestionType] = {
    "who": "who",
    "when": "when",
    "where": "where",
    "how": "how",
    "did": "yesno",
}


def read(question: str, passage: str, names: set[str]) -> tuple[bool, str]:
    """Whether `passage` answers `question` (whose names are `names`, normalized words),
    and the reason when it does not."""
    words = normalize(question).split()
    verdict = check(asked(words, QTYPES.get(words[0], "what"), names, question), passage)
    return verdict.ok, verdict.reason


def asked_of(question: str, names: Iterable[str] = ()) -> Asked:
    """`question` read as the premise check reads it (`names`: its names' normalized words)."""
    words = normalize(question).split()
    return asked(words, QTYPES.get(words[0], "what"), names, question)
