"""Word families: stems one word makes from another ("promote" ~ "promotional",
"investor" ~ "investment", "rival" ~ "rivalry"), which explain a question's term as the
word itself does. Two stems are one family when they share enough leading letters and
part no earlier than their roots end; "villain" and "village" part too early, and
"lighthouse" is a compound of "light" and another word, no word of its family.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.engine import derivations
from bot.text import common_words

# Stems sharing this many leading letters are one word family ("promotional" ~ "promote").
FAMILY_PREFIX = 5
# ... and part no more than this many letters before a root ends, when that letter is
# silent: "promote" ~ "promotion", "happy" ~ "happiness".
FAMILY_SPLIT = 1
SILENT_ENDS = frozenset("ey")
# Endings that make one word of a family from another, longest first.
DERIVATIONAL_ENDINGS = (
    "ational ation ition tion ment ance ence ion ity ive ant ent ist ism ure ous al or er ify"
    " ic".split()  # "electric" ~ "electrified"
)
# The shortest word a closed compound's second part may be: "light-house", "rival-ship".
COMPOUND_PART = 4


def opens_another(term: str, stems: Iterable[str]) -> bool:
    """ "rival" ~ "rivalry": a short word whole at the start of another, not as the first
    part of a compound ("light" ~ "lighthouse", whose "house" is a word of its own)."""
    return len(term) == FAMILY_PREFIX and any(
        s.startswith(term) and not _compound_part(s[len(term) :]) for s in stems
    )


def _compound_part(rest: str) -> bool:
    return len(rest) >= COMPOUND_PART and rest in common_words()


def _as_noun_in_s(verb: str, noun: str) -> bool:
    """Whether `noun` is `verb`'s noun, its closing "d" or "de" written "s" ("defend" ~
    "defense", "invade" ~ "invasion")."""
    root = verb[:-2] if verb.endswith("de") else verb[:-1] if verb.endswith("d") else ""
    return len(root) >= FAMILY_PREFIX and noun.startswith(root + "s") and noun != verb


def related(a: str, b: str) -> bool:
    """ "promote" ~ "promotional", "investor" ~ "investment": the two part at most
    `FAMILY_SPLIT` letters before the shorter of their roots ends; "villain" and
    "village" part too early to be one family."""
    shared = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    if b in derivations.derived(a):
        return True  # "invade" ~ "invasion", though they part before five letters
    if shared < FAMILY_PREFIX:
        return False
    if _as_noun_in_s(a, b) or _as_noun_in_s(b, a):
        return True  # "respond" ~ "response", "decide" ~ "decision", "expand" ~ "expansion"
    # each root whole in the shared part, or but for a silent last letter ("promot-e"
    # ~ "promot-ion"): "sequel" and "sequ-ence" part at the root's own "l"
    return shared == min(len(a), len(b)) or all(
        shared >= len(r) or (shared == len(r) - FAMILY_SPLIT and r[-1] in SILENT_ENDS)
        for r in (_root(a), _root(b))
    )


def _root(stem: str) -> str:
    """A stem without the derivational endings it may have: "investment" -> "invest",
    "promotional" -> "promot"."""
    for ending in DERIVATIONAL_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= FAMILY_PREFIX - 1:
            return _root(stem[: -len(ending)])
    return stem
