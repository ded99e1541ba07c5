"""How far (in words) an answer of the asked kind may stand from the words the question
asks about: a year at the other end of a long sentence belongs to another clause. Some
answers close their clause, after what sets them in it, and may stand further off: a
price after "for" ("sold in 1978 to the Trust for £1.2 million"), a year after "in" past a
place ("opened in the old customs house at Ennick in 1998"), and a distance before its
place ("a ruined abbey in the valley of the River Hemsbourne, about six kilometres west of
Dunmorrow").
"""

from __future__ import annotations

from bot.engine import dimensions, kinds

ANSWER_REACH = 8
FAR_REACH = 12
# Words that may stand between "for" and its price: "for a reported £18 million", "for
# an estimated $40m", "for around £2 million".
PRICE_HEDGES = frozenset(
    "a an reported estimated rumoured rumored about around roughly some nearly almost".split()
)


def far_reaching(kind: str, words: list[str], i: int) -> bool:
    """Whether the answer at `i` of a passage's normalized `words` closes its clause (see
    the module), so `FAR_REACH` holds for it."""
    before = words[i - 1 : i]
    if kind == "money":
        j = i - 1
        while j > 0 and i - j <= len(("a", "reported")) and words[j] in PRICE_HEDGES:
            j -= 1
        return words[j : j + 1] == ["for"]
    if kind == "count":  # (past a decimal's digits: "1.2 kilometres", normalized "1 2")
        after = next((w for w in words[i + 1 :] if not w.isdigit()), "")
        return after in dimensions.UNITS
    return kind in kinds.TIME_KINDS and before == ["in"] and kinds.a_year(words, i)
