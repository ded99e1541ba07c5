"""What a sentence says is not known yet: "has so far kept the casting of that role
under wraps", "has not said when", "declined to name the director".

News states what is withheld beside what is known, and such a sentence shares the
question's words: "who plays Corrin?" against "Corrin also appears in the series, but
Corvid+ has kept the casting of that role under wraps". It names someone (the streamer),
so without this reading it answers; with it, it is the closest the article comes, a
decline. Ordinary English, read on normalized words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.concepts import Concepts
from bot.engine.verdicts import PASS, Verdict

_SAY = r"(?:say|said|announce|announced|reveal|revealed|disclose|disclosed|name|named|confirm|confirmed|decide|decided|set|cast|comment|give|gave|share|shared|specify|specified)"
# Phrases saying something is withheld or undecided, on normalized words.
WITHHOLDING = re.compile(
    r"\bunder wraps\b"
    r"|\b(?:undisclosed|unannounced|unrevealed|undecided|tba|tbd)\b"
    rf"|\b(?:has|have|had|did|does|do|would|will) not (?:yet )?(?:been )?{_SAY}\b"
    rf"|\b(?:is|are|was|were) not (?:yet )?{_SAY}\b"
    rf"|\b(?:declined|declines|decline|refused|refuses|refuse) to {_SAY}\b"
    rf"|\byet to (?:be )?{_SAY}\b"
    r"|\bto be (?:announced|determined|confirmed)\b"
    # "said it would announce casting for the new students early next year"
    r"|\b(?:will|would|plans? to|expects? to|expected to) (?:announce|reveal|unveil|name)\b"
    r"|\b(?:remains?|remained|is still|are still|kept) (?:a )?(?:secret|mystery|unknown|unclear|quiet)\b"
    r"|\bkept (?:\w+ ){0,3}(?:secret|quiet|hidden)\b"
    r"|\b(?:kept|keeping|keeps) (?:\w+ ){0,3}(?:out of|off) (?:the )?(?:trailer|trailers|marketing|press|view|sight)\b"
)
# What others tell after the withholding, in a clause of its own: "but two sources
# familiar with the production put the cost at roughly $185 million".
_TOLD_ANYWAY = re.compile(
    r"\b(?:but|though|although)\b.*\b(?:sources?|insiders?|people familiar|reportedly"
    r"|according to|estimates?|estimated)\b"
)
# ... unless it is told of another film: "did not disclose a budget for X, though the
# second film reportedly cost around $210 million" (normalized: "the 2nd film").
_OF_ANOTHER_FILM = re.compile(
    r"\b(?:though|although|but)\b.*\b(?:the|its) (?:\d+(?:st|nd|rd|th)|original|previous|last"
    r"|earlier) (?:film|movie|one|installment|instalment|entry)s?\b|\bpredecessor\b"
)
# How far from the withholding phrase a word of the question may stand and still be what
# is withheld: "kept the casting of that role under wraps" (five words back).
WITHHELD_REACH = 6
# Words that start another clause, whose words are not what is withheld: "X will direct
# the sequel, though the studio has not announced a date".
CLAUSE_BREAKS = frozenset("though although but while whereas however and because after".split())


# What "what is X about" asks for, which a sentence may say is withheld: "declined to
# reveal its subject".
ABOUT = ("subject", "plot", "story", "premise", "storyline")


def asked_about(sequence: Sequence[str]) -> tuple[str, ...]:
    """The words for what a question ending on "about" asks: its subject."""
    return ABOUT if sequence[-1:] == ("about",) else ()


def verdict(
    terms: Iterable[str], words: Sequence[str], stems: Sequence[str], known: Concepts
) -> Verdict:
    """Fail when the passage (normalized `words`, their `stems`) says that what the
    question asks about (its key `terms`) is withheld or undecided."""
    wanted = set(terms)
    if not wanted:
        return PASS
    text = " ".join(words)
    for match in WITHHOLDING.finditer(text):
        told = _TOLD_ANYWAY.search(text, match.end())
        if told and not _OF_ANOTHER_FILM.search(text, match.end()):
            continue  # "has not confirmed the budget, but two sources put the cost at ..."
        start = text[: match.start()].count(" ")
        end = start + match.group(0).count(" ") + 1
        # ("X, who is now directing it, declined to comment": a comment withheld, and
        # what is asked only of what follows it: "declined to comment on the budget")
        before = [] if words[end - 1] == "comment" else _clause(stems, words, start, -1)
        near = [*before, *_clause(stems, words, end - 1, 1)]
        hit = wanted.intersection(near) or known.sharing(wanted, near)
        if hit:
            return Verdict.fail("withheld", min(hit))
    return PASS


def _clause(stems: Sequence[str], words: Sequence[str], at: int, step: int) -> list[str]:
    """The stems up to WITHHELD_REACH words from `at` in the direction of `step`, up to
    a word that starts another clause."""
    found: list[str] = []
    i = at + step
    while 0 <= i < len(stems) and len(found) < WITHHELD_REACH and words[i] not in CLAUSE_BREAKS:
        found.append(stems[i])
        i += step
    return found
