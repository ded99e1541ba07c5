"""What a hyphenated compound says, and what its parts do not say alone.

"Stop-motion films" says nothing against "start", and "a secondary-school teacher" says
no "school" for "where did she go to film school": a word inside a compound is part of
the compound's sense. A question saying the compound's other parts too ("stop-motion
films", "which secondary school") is answered by it as by any word; a count in it ("a
nine-screen venue", "the 1,450-seat hall") says what it counts, so it hides nothing.
"""

from __future__ import annotations

import re

from bot.engine import gerunds, kinds
from bot.text import stem

# A hyphenated compound as written: "stop-motion", "long-running".
_COMPOUND = re.compile(r"\w+(?:-\w+)+")
# A part of a compound that counts the rest: "single-screen", "nine-screen".
_COUNTING = frozenset({"single", "double", "triple"})
# Callings a compound joins, the person being each: "writer-director", "actor-producer".
_CALLINGS = frozenset(
    """actor actress director filmmaker writer screenwriter author novelist composer
    producer singer songwriter musician artist painter poet comedian presenter editor
    animator critic showrunner creator star""".split()
)
# Prefixes written with a hyphen, which leave the word its sense: "co-wrote", "re-shot".
_PREFIXES = frozenset("co re pre non ex self anti semi multi post mid sub over under".split())


def only_in_compounds(passage: str) -> set[str]:
    """Words (and their stems) a passage says only inside hyphenated compounds, which
    deny no opposite: "stop-motion films" says nothing against "start" (but a prefix
    lives only there: "pre-pandemic earnings" are no "post-pandemic" ones, nor
    "odd-numbered years" "even-numbered" ones)."""
    inside = {w.lower() for c in _COMPOUND.findall(passage) for w in c.split("-")}
    return {form for w in inside - _alone(passage) - PREFIXES for form in (w, stem(w))}


PREFIXES = frozenset("pre post odd even".split())


_RANKS = frozenset("second third fourth fifth sixth".split())


def unsaid_parts(passage: str, asked: frozenset[str]) -> set[str]:
    """Words of the question (its words and stems, `asked`) a passage says only inside
    compounds that count nothing and none of whose other parts the question says, with
    their stems: they explain none of its terms ("secondary-school teacher" for "film
    school"). A compound the question says otherwise ("visual-effects" for "vfx") hides
    nothing."""
    found = _COMPOUND.findall(passage)
    roles = {
        form
        for role in _OPEN_COMPOUND.findall(passage)
        if asked.isdisjoint(role.lower().split()[1:])
        for form in ("founding", "found")
    }
    if not found:
        return roles  # most sentences: nothing more to read
    others: dict[str, set[str]] = {}
    for compound in found:
        if compound[:1].isupper() or compound.split("-")[0].lower() in _PREFIXES:
            continue  # a name ("Okafor-Lind"), or a word with a prefix ("co-wrote")
        parts = [w.lower() for w in compound.split("-")]
        if any(kinds.is_count(p) or p in _COUNTING for p in parts):
            continue
        if all(p in _CALLINGS for p in parts):
            continue  # "writer-director": both, each said in full
        if parts[0] == "longest":
            continue  # "the longest-serving manager": in charge for the longest time
        if parts[0] in _RANKS:
            continue  # "the second-largest stadium" is a large one all the same
        if len(parts) == 2 and parts[1].endswith("ed") and len(parts[1]) > 4:
            continue  # "state-owned", "radiocarbon-dated": owned by the state, dated
        for w in parts:
            others.setdefault(w, set()).update(p for p in parts if p != w)
    alone = _alone(passage)
    return roles | {
        form
        for w, rest in others.items()
        if (w in asked or stem(w) in asked)
        and w not in alone
        and asked.isdisjoint(rest)
        and asked.isdisjoint(map(stem, rest))
        and all(asked.isdisjoint(gerunds.verbs_of(r)) for r in rest)  # "lead-mining": mine
        for form in (w, stem(w))
    }


def _alone(passage: str) -> set[str]:
    rest = _OPEN_COMPOUND.sub(" ", _COMPOUND.sub(" ", passage))
    return {w.lower() for w in re.findall(r"\w+", rest)}


# Compounds written open that name a role, not an act: "a founding member of the AAU in
# 1900" says nothing of when Harvard was founded, nor of any founding a question asks of.
_ROLE_NOUNS = frozenset("member father mother partner editor director".split())
_OPEN_COMPOUND = re.compile(rf"\b[Ff]ounding\s+(?:{'|'.join(_ROLE_NOUNS)})s?\b")


def without_roles(words: list[str]) -> list[str]:
    """A passage's normalized `words` without the act of a role's name: "a founding
    member" is ranked as a member, not as a founding (see `unsaid_parts`)."""
    return [
        w
        for i, w in enumerate(words)
        if not (
            w == "founding"
            and words[i + 1 : i + 2]
            and words[i + 1].removesuffix("s") in _ROLE_NOUNS
        )
    ]
