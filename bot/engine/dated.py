"""A film dated by the year in brackets after its title, as reference articles date one.

'Crovanek returned to direct "The Salt King" (2001), which introduced ...' says when "The
Salt King" came out, though it never says "released": the bracketed year after a title
is its release year. So a question asking when the film came out is answered by it, for
ranking (the passage states a release) and for the premise check (its release words
need not be said). Only a year right after the title counts: "The Salt King grossed $142
million (in 2001 dollars)" dates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.engine import located
from bot.engine.kinds import MONTHS

if TYPE_CHECKING:
    from bot.engine.premise import Asked

# A year in brackets: "(2001)".
_YEAR = r"\((?:1[89]|20)\d\d\)"
# A title in quotes, then its year: what ranks as a release. (Unquoted, a capitalised
# word before a year in brackets is as often a place or a treaty, "the Treaty of Paris
# (1763)", or another film of the series than the one asked of.)
_DATED_TITLE = re.compile(rf"[A-Z][\w'\u2019-]*,?[\"\u201d],?\s+{_YEAR}")
# A question's words for a film coming out, which such a passage does not say.
RELEASE_TERMS = frozenset("out release premiere come debut".split())


def dates_a_title(passage: str) -> bool:
    """Whether `passage` (as written) gives a title in quotes its year in brackets."""
    return _DATED_TITLE.search(passage) is not None


def without_release(question: Asked, passage: str) -> Asked:
    """`question` less its words for coming out, when it asks when and `passage` dates
    one of the question's names in brackets ('"The Salt King" (2001)')."""
    if question.kind not in _WHEN or RELEASE_TERMS.isdisjoint(question.terms):
        return question
    # the year must follow the name's last word: '"Fothergill and the Quiet Bells" (2001)'
    # dates another film than "the first Fothergill film"
    named = question.capitals | question.names
    last = next((w for w in reversed(question.sequence) if w in named), None)
    if last is None or not _dated(last, passage):
        return question
    return replace(question, terms=tuple(t for t in question.terms if t not in RELEASE_TERMS))


# The answer kinds a bracketed year gives.
_WHEN = frozenset("time year date".split())


@lru_cache(maxsize=1024)  # a question's last name word, asked of each passage read
def _dated_name(name_word: str) -> re.Pattern[str]:
    # the asked name's last word as written, its closing quote, then the year
    return re.compile(rf"{located.written_as_name(name_word)}[\"\u201d]?,?\s+{_YEAR}")


def _dated(name_word: str, passage: str) -> bool:
    return len(name_word) > 1 and _dated_name(name_word).search(passage) is not None


# A year said before a work's noun dates that work: "overtaking its 2019 war drama", "the
# 2021 horror film", whatever else the sentence tells of.
_WORK_DATED = re.compile(
    r"\b(?:its|the|a|an|his|her|their)\s+((?:1[89]|20)\d\d)\s+(?:[\w-]+\s+){0,2}?"
    r"(film|drama|comedy|thriller|novel|album|series|documentary|musical|movie|play|book"
    r"|hit|release|adaptation|production|version|feature|sequel|season)s?\b",
    re.I,
)
_ANY_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def only_works_dated(passage: str, asked: Collection[str]) -> bool:
    """Whether every year `passage` states dates another work, said before its noun ("the
    Lanternhall release is now the studio's highest-grossing film, overtaking its 2019
    war drama"), which the question (its words, `asked`) does not ask of: then the passage
    tells no date of what is asked."""
    dated = list(_WORK_DATED.finditer(passage))
    return not any(m[2].lower() in asked for m in dated) and _every_year(len(dated), passage)


# A year dating a saying: '"...," Fallowfield said in 2021, when the brewery marked 153
# years since its founding' tells when she said it, not when the brewery was founded.
_SAYING_DATED = re.compile(
    r"\b(?:said|says|told|wrote|recalled|remarked|added|noted|explained|joked)"
    r"(?:\s+[a-z]+)?\s+in\s+(?:1[89]|20)\d\d(?!\d)"
)
# A question's words asking when something was said.
_SAYING_WORDS = frozenset("say said tell told write wrote recall remark add note explain".split())


def only_sayings_dated(passage: str, asked: Collection[str]) -> bool:
    """Whether every year `passage` states dates a saying ("X said in 2021"), which the
    question (its words, `asked`) does not ask of."""
    said = _SAYING_DATED.findall(passage)
    return _SAYING_WORDS.isdisjoint(asked) and _every_year(len(said), passage)


def _every_year(dating: int, passage: str) -> bool:
    """Whether the `dating` years found dating something else are all `passage` states,
    at least one, and it states no day ("granted on September 29", "on Monday": a date of
    its own)."""
    return (
        dating > 0 and not _DAY_SAID.search(passage) and len(_ANY_YEAR.findall(passage)) == dating
    )


_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday".split()
_DAY_SAID = re.compile(
    r"\b(?:" + "|".join([*(m.capitalize() for m in sorted(MONTHS)), *_WEEKDAYS]) + r")\b"
)
