"""A question asking for someone: "who argued it", or "which historian argued it", by a
noun for one who does something. (An "-er" or "-or" noun need not be anyone: "which river",
"which theater", so only "-ist" and "-ian" ask for someone by their own ending.)"""

from __future__ import annotations

from collections.abc import Sequence

from bot.demonyms import is_demonym

PEOPLE_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians")
PERSON_ONLY_ENDINGS = ("ist", "ists", "ian", "ians")  # ... but not "which Italian city"


def by_agent_noun(sequence: Sequence[str], endings: tuple[str, ...] = PEOPLE_ENDINGS) -> bool:
    """Whether a question (normalized words) asks "which"/"what" of an agent noun:
    "which astronomers disputed it", "which historian argued"."""
    return (
        sequence[:1] in (("which",), ("what",))
        and sequence[1:2] != ()
        and sequence[1].endswith(endings)
        and not is_demonym(sequence[1])
    )


def asks_someone(sequence: Sequence[str]) -> bool:
    """Whether a question asks for someone: "who ...", or by a noun only a person is."""
    return sequence[:1] == ("who",) or by_agent_noun(sequence, PERSON_ONLY_ENDINGS)
