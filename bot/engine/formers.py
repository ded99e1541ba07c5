"""An act a passage gives a former holder: "For how long has she run the Picturedrome?" is
not answered by "its previous owners, the Trevannock family, had run it since the 1950s":
the run told there is theirs, before her.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.engine.posts import POST_NOUNS
from bot.text import GLUE, stem

# Words that make a holder a former one.
FORMER = frozenset("previous former earlier prior onetime erstwhile ex".split())
# How far before a verb its subject's "previous" may stand: "its previous owners, the
# Trevannock family, had run".
SUBJECT_REACH = 8


def by_a_former(sequence: Sequence[str], words: Sequence[str]) -> str | None:
    """The question's verb, when every use of it in a passage (its normalized `words`)
    has a former holder before it ("previous owners ... had run") and the question asks
    of no former one."""
    if not (FORMER | EARLIER_ASKED).isdisjoint(sequence):
        return None  # "who ran it before her": the former one is asked
    asked = {stem(w) for w in sequence[1:] if w not in GLUE}
    stems = [stem(w) for w in words]
    for verb in sorted(asked):
        # (a passive's doer follows "by": "former miners led by X" were led by X)
        uses = [
            k
            for k, s in enumerate(stems)
            if s == verb and _a_verb(words, k) and words[k + 1 : k + 2] != ["by"]
        ]
        if uses and all(_former_holder(_subject(words, k)) for k in uses):
            return verb
    return _former_post(sequence, words)


# Words asking of whoever holds a post now: "who is the current mayor".
PRESENT_ASKED = frozenset("is are current currently present now".split())
POST_WORDS_REACH = 2  # "the former chief executive": "former" two words before the post


def _former_post(sequence: Sequence[str], words: Sequence[str]) -> str | None:
    """The post a question asks the present holder of ("who is the current mayor"), when
    a passage names only a former holder of it ("the former mayor Eleanor Treloar")."""
    if sequence[:1] != ("who",) or PRESENT_ASKED.isdisjoint(sequence):
        return None
    for post in sorted(POST_NOUNS.intersection(sequence)):
        uses = [k for k, w in enumerate(words) if w == post]
        if uses and all(
            not FORMER.isdisjoint(words[max(0, k - POST_WORDS_REACH) : k]) for k in uses
        ):
            return post
    return None


def _former_holder(subject: Sequence[str]) -> bool:
    """Whether `subject` has a former holder: "previous owners", "the former directors"
    (not "the prior's lodging": a monastery's prior)."""
    return any(
        a in FORMER and (b in HOLDERS or b.endswith(HOLDER_ENDINGS)) for a, b in pairwise(subject)
    )


HOLDERS = frozenset("family management board government regime tenants occupants".split())
HOLDER_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents")


def _subject(words: Sequence[str], k: int) -> Sequence[str]:
    """The words before the verb at `k` its subject may have, back to a pronoun that
    is another subject ("her previous films were directed by others; she directed")."""
    start = max(0, k - SUBJECT_REACH)
    pronouns = [i for i in range(start, k) if words[i] in SUBJECT_PRONOUNS]
    return words[pronouns[-1] + 1 if pronouns else start : k]


SUBJECT_PRONOUNS = frozenset("she he they it i we".split())


# Words asking of an earlier holder: "who ran it before her", "who first owned it".
EARLIER_ASKED = frozenset("before until originally first 1st".split())
_AUXILIARIES = frozenset("had has have was were".split())


def _a_verb(words: Sequence[str], k: int) -> bool:
    """Whether the passage word at `k` is a verb: after an auxiliary ("had run") or in
    the past ("owned")."""
    return (k > 0 and words[k - 1] in _AUXILIARIES) or words[k].endswith("ed")
