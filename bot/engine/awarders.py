"""Who gives a prize and who receives it.

"Who received the first Ombravelle Trophy?" shares every word with "The Northern Aero
Society has awarded the Ombravelle Trophy ... every year since 1960", and "award" says
"receive" (`bot.concepts` "@receive"). But the name it gives is the giver's: a passage
answers "who received it" only by naming a receiver, after "to" ("awarded it to Ada
Lind"), as the one awarded ("Ada Lind was awarded it") or right after the verb ("awarded
Ada Lind the trophy").
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from typing import TYPE_CHECKING

from bot.text import GLUE, capitalised_words, normalize, stem

if TYPE_CHECKING:
    from bot.concepts import Concepts
    from bot.engine.explain import Passage

# A question's stems asking who received something.
RECEIVING = frozenset("receive win get earn obtain collect accept".split())
# A passage's verbs of giving one.
GIVING = frozenset("award give present grant bestow confer".split())
# Words before a giving verb that make it passive, its subject the receiver.
_PASSIVE = frozenset("is was were be been being are".split())
RECEIVER_REACH = 8  # "awarded the trophy for outstanding achievement to": verb to its "to"


def only_the_giver(question: Sequence[str], passage: str) -> bool:
    """Whether a "who received/won" question (its normalized `question`) meets a passage
    that says something was given only in the active voice with no receiver: the name it
    gives is the giver's."""
    if question[:1] != ("who",) or RECEIVING.isdisjoint(stem(w) for w in question):
        return False
    words = normalize(passage).split()
    names = capitalised_words(passage) - GLUE
    giving = [i for i, w in enumerate(words) if stem(w) in GIVING and w.endswith("ed")]
    if not giving or any(stem(w) in RECEIVING for w in words):
        return False
    return all(
        words[i - 1] not in _PASSIVE
        and "to" not in words[i + 1 : i + 1 + RECEIVER_REACH]
        and i + 1 < len(words)
        and words[i + 1] not in names  # "awarded Ada Lind the trophy": the receiver
        for i in giving
    )


# Nouns for what is won, and how far before "went to" one may stand: "The Silver Lamprey,
# the festival's grand jury prize, went to X".
PRIZES = frozenset("prize award medal trophy honour honor".split())
GOING_REACH = 8


def prize_gone(term: str, passage: Passage, known: Concepts) -> bool:
    """A way of explaining (`bot.engine.explain`): "which film won the grand jury prize" is
    told by "the festival's grand jury prize went to X", whoever gave it."""
    return term in RECEIVING and prize_went_to(passage.stems)


def prize_went_to(stems: Sequence[str]) -> bool:
    """Whether a passage (its `stems`) says a prize "went to" someone, who received it."""
    return any(
        s == "go"
        and i + 1 < len(stems)
        and stems[i + 1] == "to"
        and not PRIZES.isdisjoint(stems[max(0, i - GOING_REACH) : i])
        for i, s in enumerate(stems)
    )


# A giver's name after "by": "awarded annually by the Nettlecombe Society of Cinematographers".
_GIVER = re.compile(r"\bby (?:the )?([A-Z][\w'\u2019-]*(?: (?:of |for |and )?[A-Z][\w'\u2019-]*)*)")


def only_givers_named(given: Set[str], passage: str) -> bool:
    """Whether the words of the names a passage gives (`given`, beyond a question asking
    for a prize by name) are only its givers': "The medal, awarded annually by the
    Nettlecombe Society of Cinematographers, will be presented to Pilsdon" names the
    society, not the medal."""
    givers = {w for m in _GIVER.finditer(passage) for w in normalize(m[1]).split()}
    return bool(given) and given <= givers
