"""One deal told from its other side: "the family sold a controlling stake to Quorley
Holdings" says who bought it, though "sell" is the opposite of "buy". So a passage saying
the opposite of a question's verb does not contradict it when the other party is named
after the particle, unless the question's own subject does the opposite: "in which year
did the trust sell the islets" against "the trust bought the islets from a farmer".
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.engine.verbforms import DO
from bot.text import GLUE, stem

# Opposites that tell one deal from its other side, naming the other party after a
# particle: "the family sold a controlling stake to Quorley Holdings" says who bought it.
CONVERSES = {
    **{(bought, "sell"): "to" for bought in ("buy", "acquire", "purchase")},
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
