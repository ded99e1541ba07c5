"""What a hyphenated compound says, and what its parts do not say alone.

"Stop-motion films" says nothing against "start", and "a secondary-school teacher" says
no "school" for "where did she go to film school": a word inside a compound is part of
the compound's sense. A question saying the compound's other parts too ("stop-motion
films", "which secondary school") is answered by it as by any word; a count in it ("a
nine-screen venue", "the 1,450-seat hall") says what it counts, so it hides nothing.
"""

from __future__ import annotations

import re

from bot.engine import kinds
from bot.text import stem

# A hyphenated compound as written: "stop-motion", "long-running".
_COMPOUND = re.compile(r"\w+(?:-\w+)+")
# A part of a compound that counts the rest: "single-screen", "nine-screen".
_COUNTING = frozenset({"single", "double", "triple"})
# Prefixes written with a hyphen, which leave the word its sense: "co-wrote", "re-shot".
_PREFIXES = frozenset("co re pre non ex self anti semi multi post mid sub over under".split())


def only_in_compounds(passage: str) -> set[str]:
    """Words (and their stems) a passage says only inside hyphenated compounds, which
    deny no opposite: "stop-motion films" says nothing against "start"."""
    inside = {w.lower() for c in _COMPOUND.findall(passage) for w in c.split("-")}
    return {form for w in inside - _alone(passage) for form in (w, stem(w))}


def unsaid_parts(passage: str, asked: frozenset[str]) -> set[str]:
    """Words of the question (its words and stems, `asked`) a passage says only inside
    compounds that count nothing and none of whose other parts the question says, with
    their stems: they explain none of its terms ("secondary-school teacher" for "film
    school"). A compound the question says otherwise ("visual-effects" for "vfx") hides
    nothing."""
    found = _COMPOUND.findall(passage)
    if not found:
        return set()  # most sentences: nothing to read
    others: dict[str, set[str]] = {}
    for compound in found:
        if compound[:1].isupper() or compound.split("-")[0].lower() in _PREFIXES:
            continue  # a name ("Okafor-Lind"), or a word with a prefix ("co-wrote")
        parts = [w.lower() for w in compound.split("-")]
        if any(kinds.is_count(p) or p in _COUNTING for p in parts):
            continue
        for w in parts:
            others.setdefault(w, set()).update(p for p in parts if p != w)
    alone = _alone(passage)
    return {
        form
        for w, rest in others.items()
        if (w in asked or stem(w) in asked)
        and w not in alone
        and asked.isdisjoint(rest)
        and asked.isdisjoint(map(stem, rest))
        for form in (w, stem(w))
    }


def _alone(passage: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", _COMPOUND.sub(" ", passage))}
