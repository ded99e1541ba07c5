"""The sentences beside a passage: the one after, for a cause the passage leaves to it.

News tells what happened, then why: "Gideon Pryce ... cancelled his appearance on
Thursday. In a short video message, the 78-year-old actor explained that he had
fractured his ankle." "Why did Pryce cancel?" ranks the first sentence, which states the
act and gives no cause; the next one gives it. It answers only when it speaks of what
the question names, so a cause of something else in the next sentence answers nothing.

The sentences beside a passage are read for more than causes: who took a part over (the
one after), and what a sentence opening on "He" or "Her" leaves to the ones before it
("He commissioned the architect" after "X, a tin merchant, bought the estate").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise

from bot.engine import defined, examples, reasons, successor
from bot.engine.index import Index
from bot.models import EntityKind, Fact
from bot.text import normalize


def passage_beside(index: Index, fact: Fact, step: int = 1) -> Fact | None:
    """The passage drafted from the sentence `step` after `fact`'s (before it, when
    negative), if there is one in the same article."""
    match = defined.PASSAGE_ID.match(fact.id)
    if not fact.passage or match is None:
        return None
    at = index.position.get(f"{match[1]}{int(match[2]) + step}")
    if at is None:
        return None
    after = index.entries[at].fact
    same_article = (after.source.file, after.source.date) == (fact.source.file, fact.source.date)
    return after if after.passage and same_article else None


def cause_follows(index: Index, at: int) -> bool:
    """Whether the sentence after the passage at `at` gives a cause of its own act (see
    `_same_people`)."""
    fact = index.entries[at].fact
    after = passage_beside(index, fact)
    return (
        after is not None
        and index.entries[index.position[after.id]].has_reason
        and _same_people(index, fact, after)
    )


def with_cause_after(index: Index, fact: Fact, named: Iterable[str]) -> Fact | None:
    """`fact` with the next sentence joined to it, when that one gives a cause, is
    about what the question names (the two together about all of it) and brings in no
    one new; else None."""
    after = passage_beside(index, fact)
    if after is None or not reasons.gives_reason(normalize(after.answer).split()):
        return None
    if _CONSEQUENCE.match(after.answer):
        return None  # "The case led the museum to ...": what the act brought about
    # about the one the question asks of, and what else it names is in one of the two:
    # "why isn't X back as Varga" after "X, who played Varga, ..." and "the actor said"
    about = set(index.entries[index.position[after.id]].entities)
    if about.isdisjoint(named) or not set(named) <= about | set(fact.entities):
        return None
    if not _same_people(index, fact, after):
        return None
    return replace(fact, answer=f"{fact.answer} {after.answer}")


# A sentence telling what the one before it brought about: "The case led the museum to
# begin a catalogue", "This prompted the council to ...": no cause of that one's act.
_CONSEQUENCE = re.compile(
    r"(?:The|This|That|These|Those|It|Its|Their)\b[^,;.]{0,40}?\b"
    r"(?:led|prompted|forced|caused|triggered|sparked|resulted in|meant)\b"
)


# How a sentence refers back to the part the one before it named: "Jarrod Thimbleby has
# stepped into the role" after "Yannick Tolliver, who played the warlord, has exited".
_PART_REFERRED = frozenset("role part".split())
_PART_OWNERS = frozenset("the his her their".split())


def with_part_named(index: Index, fact: Fact) -> Fact | None:
    """`fact` joined with the sentence beside it when of the two, the first names a part
    and the second says it changed hands, calling it "the role"; else None."""
    after = passage_beside(index, fact)
    if after is not None and _takes_the_role(after):
        return replace(fact, answer=f"{fact.answer} {after.answer}")
    before = passage_beside(index, fact, -1)
    if before is not None and _takes_the_role(fact):
        return replace(fact, answer=f"{before.answer} {fact.answer}")
    return None


def _takes_the_role(fact: Fact) -> bool:
    words = normalize(fact.answer).split()
    refers = any(a in _PART_OWNERS and b in _PART_REFERRED for a, b in pairwise(words))
    return refers and successor.states_succession(words)


def _same_people(index: Index, fact: Fact, after: Fact) -> bool:
    """Whether `after` names no person `fact` does not: "... moved the film to April.
    Director Ines Calloway departed over a scheduling conflict" gives her cause, not the
    move's."""
    people = {e for e in after.entities if index.kind(e) is EntityKind.PERSON}
    return people <= set(fact.entities)


# How many sentences after a departure the one naming who takes over may stand: "...
# will not return. Lund is stepping back ... Her replacement is Joss Whelby".
REPLACEMENT_REACH = 2


def replacement_after(index: Index, fact: Fact) -> Fact | None:
    """The passage, a sentence or two after `fact`'s, naming who replaces the one `fact`
    says will not return ("... will not return for the sequel. ... Her replacement is Owen
    Draycott"); None if none does."""
    for step in range(1, REPLACEMENT_REACH + 1):
        after = passage_beside(index, fact, step)
        if after is not None and successor.states_succession(normalize(after.answer).split()):
            return after
    return None


# How a sentence opens when the one it is about was named in the one before it: "He
# commissioned the architect William Hext" after "Josiah Gorrander, a tin merchant, bought
# the estate". (Measured on our batches, a thing's "It" or "Their" explained as many wrong
# answers as right ones: it may stand for what the sentence before only mentions.)
_REFERRING_OPENINGS = frozenset("his her he she".split())
# How many sentences back a run of them referring back may reach: "Eleanor X was born ...
# She was educated at home ... Her first poem ...".
REFERRAL_REACH = 3


def explaining(index: Index, fact: Fact, kind: str) -> tuple[str, ...]:
    """What else may explain the terms of a question whose answer is of `kind` that
    `fact`'s passage leaves unsaid: its drafted example questions, in fans' words (see
    `examples`), and the sentences it refers back to (`referred_back`)."""
    return (*examples.alike(fact.questions, kind), *referred_back(index, fact))


def referred_back(index: Index, fact: Fact) -> tuple[str, ...]:
    """The sentences before `fact`'s that its opening refers back to, up to the first
    that does not itself refer back: they explain the terms the sentence leaves to them."""
    before: list[str] = []
    at: Fact | None = fact
    while at is not None and len(before) < REFERRAL_REACH and _refers_back(at):
        at = passage_beside(index, at, -1)
        before += [at.answer] if at is not None else []
    return tuple(before)


def _refers_back(fact: Fact) -> bool:
    return normalize(fact.answer).split()[:1] in ([w] for w in _REFERRING_OPENINGS)
