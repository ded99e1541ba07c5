"""Works and the verbs of making them: a work said to be "by" someone was made by them,
whatever the making is called ("the screenplay is by Mirela Dobos", "a script by Jess
Moreno", "the screenplay for X comes from Elias Vane")."""

from __future__ import annotations

from collections.abc import Sequence, Set
from itertools import pairwise

from bot.text import stem

# Verbs of making a work, which "the score is by X" states without naming.
AUTHORING = frozenset("write compose paint draw design direct create author pen".split())
WRITING = frozenset("write compose create author pen".split())  # a script's, a score's
WORKS = frozenset(
    "script screenplay score music song book novel story biography memoir play poem essay".split()
)
BE = frozenset("be is am are was were been".split())  # stem() keeps "is" as it is
WORK_REACH = 6  # "the screenplay for "Gull Harbor" comes from": the work, then its maker
MAKER_REACH = 4  # words after "by" a maker's name may take: "by the local artist Edith Marrable"


def by_someone(words: Sequence[str], works_too: bool = True) -> bool:
    """Whether a work, or what "is", is said to be "by" someone, or a work to come from
    someone. Without `works_too`, only what "is": a script's or a score's makers direct
    nothing."""
    stems = [stem(w) for w in words]
    works = [i for i, s in enumerate(stems) if s in WORKS and works_too]
    comes_from = [k for k, pair in enumerate(pairwise(stems)) if pair == ("come", "from")]
    return (
        any((a in BE or i in works) and b == "by" for i, (a, b) in enumerate(pairwise(words)))
        or any(i < k < i + WORK_REACH for i in works for k in comes_from)
        or any(_titled_by(words, i) for i in works)
    )


TITLE_REACH = 4  # words of a work's title before its "by": "the tone poem Steinkjer Fjord by"


def _titled_by(words: Sequence[str], i: int) -> bool:
    """Whether the work at `i` is named and then said to be "by" a maker named by their
    calling: "the tone poem Steinkjer Fjord by the composer X" (not "the poem, praised by
    critics": read on stems too, where no participle's ending is left to tell)."""
    after = list(words[i + 1 : i + 2 + TITLE_REACH])
    if "by" not in after[1:]:
        return False
    maker = [w for w in after[after.index("by") + 1 :] if w not in ("the", "a")][:1]
    return bool(maker) and stem(maker[0]) in _CALLINGS


# The callings a maker is named by after "by": "by the composer Henrik Lund".
_CALLINGS = frozenset(
    """composer writer poet author novelist playwright dramatist lyricist songwriter artist
    painter illustrator historian journalist""".split()
)


def by_named(names: Set[str], words: Sequence[str], asked: Set[str]) -> bool:
    """Whether a work, or what "is", is said to be by one of `names` the question lacks:
    "the screenplay is by Jonah Whitcombe" names who wrote it, though "a writer for
    revisions" comes later."""
    return any(
        b == "by"
        and (a in BE or stem(a) in WORKS)
        and any(w in names and w not in asked for w in words[i + 2 : i + 2 + MAKER_REACH])
        for i, (a, b) in enumerate(pairwise(words))
    )
