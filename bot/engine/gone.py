"""Names a passage says will not do a thing, or have left: "Composer X, who scored both
earlier films, will not return" and "X, who directed both films, is stepping back" name no
one who does it now, so a "who" question is not answered by them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Set
from itertools import takewhile

from bot.text import normalize, stem

# Words that deny what a clause says of the people it names: "Composer Hildur Arnason,
# who scored both earlier films, will not return".
DENIALS = frozenset("not never".split())
# ("... will not return, and that Saffra Pethwick has been cast": a second that-clause)
# ... and a speaker after a quote: '"... not finished with Iris," said X' denies nothing of X
_CLAUSES = re.compile(
    r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b|\band that\b|[\"\u201d](?=\s+(?:said|says|added)\b)"
)


# A "not" that only sets one noun against another denies no act: "said it had been "a
# creative decision, not a personal one"".
_CONTRASTED = re.compile(r",\s+not\s+(?=(?:a|an)\s)")


def denied(names: Set[str], passage: str, asked: Collection[str] = ()) -> set[str]:
    """The `names` (normalized words) that stand in a clause of `passage` denying
    something: the sentence says what they will not do, so they are no answer to who
    does it. With the question's key stems (`asked`), a denial in what someone is
    reported to have said denies only what it goes on to name: "The mayor, X, said he had
    never seen anything like it" still names the mayor."""
    out: set[str] = set()
    for clause in _CLAUSES.split(_CONTRASTED.sub(",", passage)):
        words = normalize(clause).split()
        denials = [
            i
            for i, w in enumerate(words)
            if w in DENIALS
            and not _absent_until_now(words, i)
            and not _of_another_noun(words, i, names)
        ]
        out.update(
            w
            for k, w in enumerate(words)
            if w in names
            and any(
                i - k <= DENIAL_REACH and not (asked and _reported(words, k, i, asked))
                for i in denials
            )
        )
    return out


# Verbs that report what someone said: what follows is their words, not their act.
_REPORTING = frozenset("said says told added stated announced".split())


def _reported(words: list[str], k: int, i: int, asked: Collection[str]) -> bool:
    """Whether the name at `k` reports the denial at `i` (a reporting verb stands between
    them) and none of the `asked` stems follows it: "X, the operator, said it would not
    charge fares" denies no operator (but "the studio said that X will not return" is
    X's denial)."""
    return not _REPORTING.isdisjoint(words[k:i]) and set(asked).isdisjoint(
        stem(w) for w in words[i + 1 :]
    )


# Relative pronouns, and how far before a denial one may stand in its clause ("who is
# not", "that has never been").
RELATIVES = frozenset({"who", "that", "which"})
RELATIVE_REACH = 3


def _of_another_noun(words: list[str], i: int, names: Set[str]) -> bool:
    """Whether the denial at `i` is in a relative clause of a noun that is none of `names`:
    "X voices Baron Silt, the franchise's first villain who is not a human"."""
    j = next(
        (k for k in range(i - 1, max(-1, i - RELATIVE_REACH - 1), -1) if words[k] in RELATIVES),
        None,
    )
    return j is not None and j > 0 and words[j - 1] not in names


# How far after a name its denial may stand ("Composer X, who scored both earlier films,
# will not return"): a "not" a long way on denies something of someone else ("stars Y as a
# keeper who ... suspects that her late husband was not the man she believed him to be").
# Every name after a denial in its clause is still denied ("has not signed on, and ... X").
DENIAL_REACH = 15


# Verbs of a departure a question may ask of, whoever's it is: "which actor quit".
DEPARTING = frozenset("quit quits left leave leaves leaving exited exits resigned withdrew".split())
# A departure right after a name: "after director Hovan Lunetti stepped away from it".
_LEAVING = re.compile(
    r"(?:has |had |is |was )?(?:stepp(?:ed|ing) (?:away|down|back)|steps (?:away|down|back)"
    r"|exits|exited|left|quit|departed|dropped out|bowed out|resigned|withdrew)\b"
)
# ... or after the one's relative clause, set off by commas: "X, who directed both films,
# is stepping back" (not a departure inside it: "X, who replaced one who had quit, ..."),
# the name's bracket, if the passage is read with one, before it: "Marrable (Hector Marrable),"
_AFTER_CLAUSE = re.compile(r"([\w'-]+)\)?, who [^,]{1,120}, " + _LEAVING.pattern)


def departed(names: Set[str], passage: str) -> set[str]:
    """The `names` (normalized words) of one a departure follows: who does something now
    is not one who "stepped away from the project"."""
    words = normalize(passage).split()
    before_clause = {normalize(m) for m in _AFTER_CLAUSE.findall(passage.lower())}
    # ... and one who played a part since recast: "the role, played by X in 2023, has
    # been recast"
    recast = _RECAST.search(passage) is not None
    out: set[str] = set()
    for i, w in enumerate(words):
        if w in names and (_LEAVING.match(" ".join(words[i + 1 : i + 4])) or w in before_clause):
            out.update(_name_ending(words, i, names))  # the whole name: "hovan lunetti"
        if w in names and recast and words[i - 2 : i] in _PLAYED_BY:
            out.update(takewhile(names.__contains__, words[i:]))
    return out


def _name_ending(words: list[str], at: int, names: Set[str]) -> list[str]:
    """The words of the name whose last word is at `at`."""
    return list(takewhile(names.__contains__, reversed(words[: at + 1])))


_RECAST = re.compile(r"\b(?:has|have|had) been recast\b|\b(?:was|were) recast\b")
_PLAYED_BY = [[verb, "by"] for verb in "played voiced portrayed".split()]


# How far after a negation "since" may stand: "who had not appeared since the second film".
SINCE_REACH = 3


def _absent_until_now(words: list[str], at: int) -> bool:
    """Whether the negation at `at` tells of an absence up to now ("had not appeared since
    the second film", "a composer who has never before worked on a tentpole"), which what
    comes next ends, not of what someone will not do. (Without "before", "who has never
    helmed a feature" stays a denial.)"""
    never_yet = words[at] == "never" and words[at + 1 : at + 2] == ["before"]
    return never_yet or "since" in words[at + 1 : at + 1 + SINCE_REACH]


def tells_departure(passage: str) -> bool:
    """Whether `passage` tells of someone leaving ("X, who withdrew in January") or of a
    part recast, which its player has left."""
    left = _DEPARTURE.search(" ".join(normalize(passage).split())) is not None
    return left or _RECAST.search(passage) is not None


_DEPARTURE = re.compile(rf"\b(?:{_LEAVING.pattern})")
