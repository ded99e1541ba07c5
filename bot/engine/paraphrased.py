"""Who did a thing a passage tells without the question's verb.

"Who bought it?" is answered by "the studio sold the division to Aspirio": the buyer
stands after the sale's "to", not before a verb "bought"; "who granted it a charter" by
"it received a charter from King X", the giver after "from". And it is not answered by
"Producer X described the sale as a vindication": X only talks about the sale, which
someone else made (see `bot.engine.names.doer_named`).
"""

from __future__ import annotations

from collections.abc import Collection

from bot.engine.verbforms import GETTING, GIVING
from bot.text import DETERMINERS

# A buyer is named after "to" where the passage tells the sale: "sold the division to".
_BUYING = frozenset("buy acquire purchase".split())
SALE_REACH = 16  # words from "sold" to its "to": "sell the rights to its X franchise to"
BUYER_REACH = 5  # words from "to" to the buyer's name: "to the streaming company Aspirio"


def sold_to(verb: str, words: list[str], stems: list[str]) -> list[str] | None:
    """The words right after each "to" of a sale the passage tells, when the question
    asks who bought (`verb`); None when it tells none."""
    if verb not in _BUYING or "sell" not in stems or not _BUYING.isdisjoint(stems):
        return None  # ... and only when the passage tells it by "sold" alone
    at = stems.index("sell")
    # each "to" may be it: "sold the rights to the islands to Enrique Perez"
    tos = [k for k in range(at + 1, min(len(words), at + SALE_REACH)) if words[k] == "to"]
    return [w for k in tos for w in words[k + 1 : k + 1 + BUYER_REACH]] if tos else None


GIVER_REACH = 12  # words from "received" to its "from": "received a charter in 1347 from"


def given_from(verb: str, words: list[str], stems: list[str]) -> list[str] | None:
    """The words right after the "from" of a getting the passage tells, when the question
    asks who gave (`verb`): "who granted the town its charter" against "the town received
    a charter from King X" (and nothing, so no giver, without a "from"); None when the
    passage tells no getting, or the giving itself."""
    got = [i for i, s in enumerate(stems) if s in GETTING]
    if verb not in GIVING or not got or verb in stems:
        return None
    at = got[0]
    froms = [k for k in range(at + 1, min(len(words), at + GIVER_REACH)) if words[k] == "from"]
    return [w for k in froms for w in words[k + 1 : k + 1 + BUYER_REACH]]


# "Who took over from X" (who succeeded X) is told by "X ... was replaced by Y": the one
# the passive's "by" names, within a few words of "replaced".
_SUCCEEDING = frozenset({"succeed"})
REPLACER_REACH = 2  # "was replaced by Ingvild Brekke", "replaced in May by"


def replaced_by(verb: str, words: list[str], stems: list[str]) -> list[str] | None:
    """The words after the "by" of a passive "replaced by", when the question asks who
    succeeded someone (`verb`); None when the passage tells no such replacing."""
    if verb not in _SUCCEEDING:
        return None
    bys = [
        k
        for i, s in enumerate(stems)
        if s == "replace" and words[i].endswith("ed")
        for k in range(i + 1, min(len(words), i + 2 + REPLACER_REACH))
        if words[k] == "by"
    ]
    return [w for k in bys for w in words[k + 1 : k + 1 + BUYER_REACH]] if bys else None


# Verbs of talking about an act someone else did ("described the sale as ..."): their
# doer is no doer of it.
_JUDGING = frozenset("describe hail".split())
JUDGED_REACH = 4  # words from the verb to its "as": "described the $4 million sale as"


def only_talked_of(words: list[str], stems: list[str]) -> bool:
    """Whether the passage judges an act ("described the sale as", "hailed the deal as"),
    so the name before that verb is a speaker's, not the doer's."""
    return any(
        s in _JUDGING
        and i + 1 < len(words)
        and words[i + 1] in DETERMINERS
        and "as" in words[i + 2 : i + 2 + JUDGED_REACH]
        for i, s in enumerate(stems)
    )


# Verbs reporting what someone said: "festival director X said the sale showed ...". Who
# says so tells of the act, and did not do it.
_SPEECH = frozenset("said says told added noted explained argued stated".split())
SPEAKER_REACH = 3  # words from a name's first word to its verb: "Paul Hendry-Yelmorsen said"


def only_speakers(names: Collection[str], words: list[str]) -> bool:
    """Whether every one of `names` (words) in the passage's `words` stands as the one
    saying something: before "said" or right after it."""
    at = [i for i, w in enumerate(words) if w in names]
    return bool(at) and all(
        not _SPEECH.isdisjoint(words[i + 1 : i + 1 + SPEAKER_REACH])
        or (i and words[i - 1] in _SPEECH)
        for i in at
    )
