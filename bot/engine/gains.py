"""Coming to have what is one's own: "when did Ostria gain its independence" is answered
by "after Ostria's independence in 1957", and "when did the port receive its charter" by
"the port's charter of 1641". The verb adds nothing the owned noun does not say, so a
passage need not repeat it, and a question is not ranked by it. So with a grade given:
"what grade did audiences give it" is answered by "it earned an A- CinemaScore", and
"what grade did it receive" by "audiences gave it a B-minus" (though the verb still
ranks: a passage saying it is the likelier answer)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.owners import THIRD_PERSON_POSSESSIVES
from bot.text import stem

LIGHT_GAINS = frozenset("receive gain achieve attain obtain".split())


def light_gains(words: Sequence[str]) -> frozenset[str]:
    """The stems of the `LIGHT_GAINS` verbs in a normalized question that an owned noun
    follows ("gain its independence")."""
    return frozenset(
        s
        for i, w in enumerate(words[:-1])
        if (s := stem(w)) in LIGHT_GAINS and words[i + 1] in THIRD_PERSON_POSSESSIVES
    )


# What an audience or a critic gives a work, which a passage says the work earned.
RATINGS = frozenset("grade grades cinemascore rating ratings score stars".split())
# ... and the verbs of giving or getting one: "what grade did it receive": "audiences gave it"
RATING_VERBS = frozenset("give receive get earn".split())


def asks_a_rating(words: Sequence[str]) -> bool:
    """Whether a normalized question names a rating ("what grade did they give it")."""
    return not RATINGS.isdisjoint(words)
