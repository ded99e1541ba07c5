"""A fan's hedged guess inside a question: "what did it open to again? like 60m?", "how
long is it, like 3 hrs". The guess is no premise a passage must state: the question asks
what it opened to, and a passage saying "$61.2 million" answers it."""

from __future__ import annotations

from bot.engine.kinds import a_year
from bot.text import is_number

# Words before a number that make it a guess ("did it open to like 60m?"), not a premise.
HEDGES = frozenset("like around roughly approximately approx maybe abt bout".split())

# ... and words a question may open on before its question word.
_OPENING_HEDGES = frozenset("roughly about approximately around approx".split())
# ... and the units a guess may give: "like 60m" is normalized "like 60 million".
GUESS_UNITS = frozenset(
    "thousand million billion hour hours minute minutes percent years weeks days".split()
)


def without_guesses(words: list[str]) -> list[str]:
    """The question without the guesses a fan hedges: "what did it open to again like 60
    million" asks what it opened to; 60 million is no premise a passage must state."""
    if words[:1] and words[0] in _OPENING_HEDGES and words[1:2] in (["how"], ["what"]):
        words = words[1:]  # "roughly how big is the workforce" asks how big it is
    out: list[str] = []
    i = 0
    # "what was its population around 1900": a year asked of is no guess at the answer
    asks_a_time = words[:1] == ["when"] or "year" in words[:3]
    while i < len(words):
        year = i + 1 < len(words) and a_year(words, i + 1)
        if (
            words[i] in HEDGES
            and i + 1 < len(words)
            and is_number(words[i + 1])
            and (asks_a_time or not year)
        ):
            i += 2
            while i < len(words) and words[i] in GUESS_UNITS:
                i += 1
            continue
        out.append(words[i])
        i += 1
    return out
