"""A "no" from a passage that says the asked relation with a "not": "did the new Kaldrith
open in China?" against "The film did not open in China"; "did Okoro-Dunstan direct the
second one?" against "Okoro-Dunstan directed the first film but not the second".

The premise check refuses such a passage for its negation. Read again without it ("The
film did open in China"), a passage that then passes the check states exactly what the
question asks, denied, so the answer is "No". A negation with a time after it ("will not
open until March") says when, not whether, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from bot.concepts import Concepts
from bot.engine import phrases, premise
from bot.text import normalize, stem

# "not", "never" and the contracted forms, and what a sentence reads without them.
_CONTRACTED = {"n't": "", "won't": "will", "can't": "can", "cannot": "can", "nobody": "somebody"}
# ... and "no" before a thing: "has had no cinema since 2004" ("no one" names nobody), and
# "nobody": "although nobody was killed"
_NEGATION = re.compile(
    r"\b(?:won't|can't|cannot|nobody)|n't\b|\b(?:not|never|no longer)\b\s*|\bno\s+(?!one\b)", re.I
)
# A negation before these within a few words says when: "will not open until March" (but
# "has not delayed a film twice before", with no time after it, says whether).
_UNTIL = re.compile(
    r"\b(?:not|never|n't)\b(?:\s+\S+){0,4}?\s+(?:until|till|before)\b(?!\s*(?:[.,;:!?]|$))",
    re.I,
)


# A negation of a deciding or telling verb says the matter is open, not settled either way:
# "has not yet been confirmed for the sequel", "did not disclose a budget".
_UNSETTLED = re.compile(
    r"\b(?:not|n't|never)\b(?:\s+(?:yet|been|be|officially|publicly|formally)){0,3}\s+"
    r"(?:confirm|announce|decide|finali[sz]e|disclose|reveal|comment|sign)(?:s|d|ed|ing)?\b"
    r"|\b(?:not|n't|never)\b(?:\s+(?:yet|been|be|officially|publicly|formally)){0,3}\s+"
    r"(?:say|says|said)\b",
    re.I,
)


def unsettled(passage: str, asked: Collection[str] = ()) -> bool:
    """Whether `passage` says by a negation that something is still open ("has not yet
    been confirmed"): neither a "yes" nor a "no". Not when the telling is what is `asked`
    (a question's stems): "has the streamer announced a sequel" is answered "no" by "has
    not announced a sequel"."""
    return any(stem(m[0].split()[-1]) not in asked for m in _UNSETTLED.finditer(passage))


def affirmed(passage: str, asked: Collection[str] = ()) -> str | None:
    """`passage` without its negations, or None when it has none (or one that says when,
    or one that leaves the matter open, see `unsettled`)."""
    if not _NEGATION.search(passage) or _UNTIL.search(passage) or unsettled(passage, asked):
        return None
    return _NEGATION.sub(lambda m: _CONTRACTED.get(m.group(0).strip().lower(), ""), passage)


# An end, which a "yes" to "is there still X" would deny: "the post office closed in 2006".
_ENDED = re.compile(
    r"\b(?:closed|shut|demolished|abolished|dissolved|disbanded|ceased|folded|scrapped)\b", re.I
)


def says_not(passage: str) -> bool:
    """Whether `passage` has a negation of any kind ("will not open until March" too), or
    tells of an end ("the post office closed in 2006")."""
    return _NEGATION.search(passage) is not None or _ENDED.search(passage) is not None


# Where one clause of a sentence ends and another, which may deny something else, begins:
# "destroyed the pavilion, though it did not reach the theatre"; "; it was never rebuilt".
_CLAUSE_BREAK = re.compile(r";|,\s+(?:though|although|but|while|whereas|and)\b", re.I)


def says_not_of(passage: str, asked: Collection[str]) -> bool:
    """`says_not` of the clauses of `passage` that hold an `asked` stem (of the whole
    passage when none does): "was it destroyed by fire" is not denied by "destroyed by
    fire in 1976; it was never rebuilt"."""
    clauses = _CLAUSE_BREAK.split(passage)
    holding = [c for c in clauses if not {stem(w) for w in normalize(c).split()}.isdisjoint(asked)]
    return says_not(" ".join(holding) if holding else passage)


def denies(
    question: premise.Asked, passage: str, concepts: Concepts, also: Iterable[str] = ()
) -> bool:
    """Whether `passage` states what `question` (a yes/no question) asks, but negated.
    What else is said of the passage (`also`: its film's words, its article's subject)
    explains the question's terms as it does for a passage read ("it will not be released
    in China" answers "will the movie be released there")."""
    said = affirmed(passage, question.terms)
    return said is not None and premise.check(question, said, concepts, said=also).ok


# Words between a negation and the verb it denies: "did not yet speak", "has not been seen".
_AUXILIARIES = frozenset("yet be been being have has had ever even so much".split())


def _negation(word: str) -> bool:
    return word in ("not", "never") or word.endswith("n't")


def denied_verbs(words: list[str]) -> list[str]:
    """The stems of the words a normalized passage's negations deny: "did not speak" denies
    "speak" (not the "attended" of "Pesk, who attended the premiere, did not speak")."""
    denied = []
    for i, w in enumerate(words):
        if _negation(w):
            after = [v for v in words[i + 1 : i + 4] if v not in _AUXILIARIES]
            denied += [stem(after[0])] if after else []
    return denied


def outside_negations(passage: str, words: list[str]) -> list[str]:
    """The normalized `words` of `passage` outside every negation's reach, which runs from
    the negation to the next comma ("Pesk, who attended the premiere, did not speak")."""
    commas = phrases.commas(passage, len(words))
    reach: set[int] = set()
    for i, w in enumerate(words):
        if _negation(w):
            reach |= {k for k in range(i, len(words)) if commas[k] == commas[i]}
    return [w for i, w in enumerate(words) if i not in reach]
