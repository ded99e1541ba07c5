"""One deal told from its other side: "the family sold a controlling stake to Quorley
Holdings" says who bought it, though "sell" is the opposite of "buy". So a passage saying
the opposite of a question's verb does not contradict it when the other party is named
after the particle, unless the question's own subject does the opposite: "in which year
did the trust sell the islets" against "the trust bought the islets from a farmer".

Likewise a passive told actively by its converse ("was she given a doctorate": "she took
a degree" is no denial), and time order turned round ("lessons before her licence": "her
licence after eleven lessons"). And the other way: a party the question names as doing
the deal ("what did X sell") that the passage names only after its particle ("sold its
stake to X") did the other side of it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from bot.engine.verbforms import BE, DO
from bot.text import GLUE, normalize, stem

# Opposites that tell one deal from its other side, naming the other party after a
# particle: "the family sold a controlling stake to Quorley Holdings" says who bought it.
CONVERSES = {
    **{(bought, "sell"): "to" for bought in ("buy", "acquire", "purchase", "pay")},
    **{("sell", bought): "from" for bought in ("buy", "acquire", "purchase")},
}
CONVERSE_REACH = 8  # words from the verb to its particle: "sold the rights to the islands to"
DOER_REACH = 2  # words from a doer to its verb: "the trust bought", "the trust later bought"


def doers_of(sequence: Sequence[str], term: str) -> frozenset[str]:
    """The stems of the subject of a do-question's verb `term`: "trust" of "in which year
    did the trust sell the two islets"."""
    stems = [stem(w) for w in sequence]
    aux = next((i for i, w in enumerate(sequence) if w in DO), None)
    if aux is None or term not in stems[aux + 1 :]:
        return frozenset()
    return frozenset(s for s in stems[aux + 1 : stems.index(term, aux + 1)] if s not in GLUE)


def _coordinated_with(stems: Sequence[str], at: int, doers: Collection[str]) -> bool:
    """Whether the verb at `at` follows "and", joined to a predicate of a subject that opens
    the sentence with the question's `doers`: "the trust was founded in 1984 and bought"."""
    opening = stems[: DOER_REACH + 3]
    return stems[at - 1 : at] == ["and"] and any(d in opening for d in doers)


# What the public buys and a film or a book sells: "audiences bought more than 600,000
# tickets" says how many tickets the film sold.
SOLD_TO_THE_PUBLIC = frozenset("ticket copy admission seat unit".split())


def stated_conversely(
    term: str, opposite: str, stems: Sequence[str], doers: Collection[str] = ()
) -> bool:
    """Whether the passage's `opposite` of the question's `term` is its converse, with
    the other party named after the particle ("sold ... to"), in the passive for a sale
    ("was acquired by"), or the public buying what is sold to it ("bought 600,000
    tickets"). Not when the question's `doers` (its subject's stems) do the opposite:
    "did the trust sell the islets" against "the trust bought the islets from X"."""
    particle = CONVERSES.get((term, opposite))
    return (
        particle is not None
        and any(
            s == opposite
            # (a passive's subject is its patient: "Ovrendale was acquired by X")
            and (
                stems[i - 1 : i] == ["be"]
                or (
                    not any(d in stems[max(0, i - DOER_REACH) : i] for d in doers)
                    and not _coordinated_with(stems, i, doers)
                )
            )
            and (
                particle in (after := stems[i + 1 : i + 1 + CONVERSE_REACH])
                or not SOLD_TO_THE_PUBLIC.isdisjoint(after)
                # "how much did Ovrendale sell for": "Ovrendale was acquired by X for ..." (but
                # "the rights have been sold" names no one who bought them)
                or (term == "sell" and stems[i - 1 : i] == ["be"])
            )
            for i, s in enumerate(stems)
        )
    )


# The other side of a deal, named after the particle of its verb: "sold its stake to
# Veldt" (Veldt bought it), "bought the islets from a farmer" (the farmer sold them).
BOUGHT = ("buy", "acquire", "purchase")
OTHER_PARTY = {"sell": "to", **{bought: "from" for bought in BOUGHT}}
_NAME = re.compile(r"\b[A-Z][\w'-]*")  # a word of a name, as the passage writes it
PARTY_REACH = 6  # words from the particle to the party: "to a newly formed body, the X"
DEAL_REACH = 12  # words from the verb to its particle: "sold its 40 per cent stake in the X to"


def party_reversed(
    sequence: Sequence[str],
    acts: tuple[str, tuple[str, ...]] | None,
    stems: Sequence[str],
    passage: str,
) -> str | None:
    """The deal verb the question asks of a party by name that the passage names only on
    the other side of the deal: "what did Tresaith Holdings sell" against "X sold its
    stake to Tresaith Holdings"; "which company bought Aberporth Mills" against "Mwnt was
    sold to Aberporth Mills". (A party by name: in "sold its stake to the company's
    founder", the company is no party.)"""
    names = {stem(w) for w in normalize(" ".join(_NAME.findall(passage))).split()}
    for verb, particle in OTHER_PARTY.items():
        doers = doers_of(sequence, verb) - GLUE
        if doers and doers <= names and _only_after(stems, verb, particle, doers):
            return verb
    sellers = doers_of(sequence, "sell") - GLUE  # "the farm was bought by X": X bought it
    if sellers and sellers <= names and any(_only_after(stems, b, "by", sellers) for b in BOUGHT):
        return "sell"
    if acts is not None:
        objects = {stem(w) for w in acts[1]} - GLUE
        objects = objects if objects <= names else set()
        for (asked, opposite), particle in CONVERSES.items():
            if asked == acts[0] and objects and _only_after(stems, opposite, particle, objects):
                return asked
    return None


def _only_after(stems: Sequence[str], verb: str, particle: str, party: Collection[str]) -> bool:
    """Whether `party` stands right after the `particle` of a use of `verb` in `stems`
    ("sold ... to Veldt") and nowhere before one ("Veldt sold ...")."""
    named = False
    for i, s in enumerate(stems):
        if s != verb:
            continue
        if any(p in stems[:i] for p in party):
            return False
        after = stems[i + 1 : i + 1 + DEAL_REACH]
        if particle in after:
            at = i + 1 + after.index(particle)
            named = named or any(p in stems[at + 1 : at + 1 + PARTY_REACH] for p in party)
    return named


# Verbs whose passive tells what the other verb tells actively: "she was given a
# doctorate" is what "she took a degree" is ("the house was sold" what "X bought it" is),
# never its opposite.
PASSIVE_CONVERSES = frozenset(
    {("give", "take"), ("teach", "learn"), ("lend", "borrow")}
    | {("sell", bought) for bought in ("buy", "acquire", "purchase")}
)


def asked_passively(sequence: Sequence[str], term: str, opposite: str) -> bool:
    """Whether the question asks `term` in the passive ("was she given"), when the passage's
    `opposite` tells the same from the other side."""
    if (term, opposite) not in PASSIVE_CONVERSES:
        return False
    verbs = [k for k, w in enumerate(sequence) if stem(w) == term]
    return any(BE.intersection(sequence[max(0, k - DOER_REACH - 1) : k]) for k in verbs)


def not_converse(
    sequence: Sequence[str], term: str, opposites: Collection[str], stems: Sequence[str]
) -> frozenset[str]:
    """The `opposites` of the question's `term` in a passage (its `stems`) that tell no
    converse of it (see `stated_conversely`, `asked_passively`): true opposites."""
    doers = doers_of(sequence, term)
    return frozenset(
        o
        for o in opposites
        if not stated_conversely(term, o, stems, doers)
        and not asked_passively(sequence, term, o)  # "was she given": "she took"
        and not order_turned(sequence, term, o, stems)  # "X before Y": "Y after X"
    )


# Words of time order, each the other's converse: "instruction before her licence" is
# "her licence after instruction".
_ORDER = frozenset({("before", "after"), ("after", "before")})
ORDER_REACH = 4  # words after "before" that name its event: "before getting her licence"


def order_turned(sequence: Sequence[str], term: str, opposite: str, stems: Sequence[str]) -> bool:
    """Whether the passage tells the question's "X before Y" as "Y after X": a word of the
    event after the question's `term` stands before the passage's `opposite`."""
    if (term, opposite) not in _ORDER or term not in sequence or opposite not in stems:
        return False
    at = sequence.index(term)
    # (a time is no event: "before 1921" is not "after 1921")
    event = {
        stem(w) for w in sequence[at + 1 : at + 1 + ORDER_REACH] if w not in GLUE and w.isalpha()
    }
    return not event.isdisjoint(stems[: stems.index(opposite)])


def unless_told_conversely(
    sequence: Sequence[str], stems: Sequence[str], swapped: str | None
) -> str | None:
    """`swapped` (a verb whose roles a passage seems to reverse), unless the passage tells
    the act from the other side with the question's doer after the particle: "what did
    Halvard pay the government" against "the government sold it to Halvard for £38m"."""
    if swapped is None:
        return None
    doers = doers_of(sequence, swapped) - GLUE
    for (asked, opposite), particle in CONVERSES.items():
        if asked == swapped and doers and _only_after(stems, opposite, particle, doers):
            return None
    return swapped


def turned_order(sequence: Sequence[str], stems: Sequence[str]) -> set[str]:
    """The question's words of time order a passage says by their converse, in turned
    order (see `order_turned`): "before" of "X before Y" told as "Y after X"."""
    return {term for term, other in _ORDER if order_turned(sequence, term, other, stems)}
