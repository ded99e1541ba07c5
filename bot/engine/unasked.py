"""Names a passage writes as something other than the kind of thing asked for.

"Who is the lead producer?" is not answered by "the producers of Rosedale Live", which
names the show they make; "which actor plays him now?" is not answered by "a West End
stage production", whose name says what kind of production it is. `bot.engine.namekinds`
counts such names with those of another kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.text import CAPITAL, normalize


def owned_by_one_asked(nouns: Iterable[str], passage: str) -> set[str]:
    """The words of names owned by one of the asked `nouns` left unnamed: "at the studio's
    Kelvaine Lot" names the studio's lot, not the studio; "the producers of Harrow Live"
    name the show they make, not one who makes it."""
    asked = "|".join(map(re.escape, sorted(nouns)))
    if not asked:
        return set()
    owned = rf"\bthe (?:{asked})['\u2019]s ({_NAME})|\b(?i:the (?:{asked})s? of) ({_NAME})"
    return {w for m in re.finditer(owned, passage) for w in normalize(m[1] or m[2]).split()}


_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*)*"

# A name after "a" or "an" tells what kind a thing is ("a West End stage production", "a
# Hollywood studio"): no one's name.
_AFTER_AN_ARTICLE = re.compile(rf"\b(?:a|an|A|An) ((?:{CAPITAL}[\w'-]*\s+)*{CAPITAL}[\w'-]*)")


def after_an_article(passage: str) -> frozenset[str]:
    """The words (normalized) of the names `passage` writes after "a" or "an"."""
    found = _AFTER_AN_ARTICLE.finditer(passage)
    return frozenset(w for m in found for w in normalize(m[1]).split())


# A work named after the noun of its kind: "the documentary White Silence", "the novel
# The Silver Winter" (a title, no company's name).
_WORK_NAMED = re.compile(
    rf"\b(?:documentary|novel|film|book|play|album|memoir|opera|poem|painting|series)\s+"
    rf"((?:{CAPITAL}[\w'-]*\s+)*{CAPITAL}[\w'-]*)"
)


def works_named(passage: str) -> frozenset[str]:
    """The normalized words of the titles `passage` gives after a work's noun."""
    return frozenset(w for m in _WORK_NAMED.finditer(passage) for w in normalize(m[1]).split())
