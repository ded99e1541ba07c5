"""A film a passage names only in an aside: in what someone is "known for" ("Orla Brandt,
best known for "Low Water," joins ..."), or in someone's credit ('written by Pimsy
Tolland, a co-writer on 2024's "Pimbury Street 3", and directed by Rudo Sabatini'). The
sentence's own act is then another film's, unless the aside itself says the asked act
("Ode, who directed "Brightfall", returns")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.engine.phrases import says_any
from bot.text import normalize, stem

# What someone is known for, set off by commas: "a stage actor best known for the radio
# drama "Low Water," who joined ...". A film named only there is no film the sentence
# says anything of ("which character did he play in Low Water" is not answered by it).
_KNOWN_FOR = re.compile(r"\b(?:best |mostly |widely )?known for\b[^,;]*(?:[,;]|$)", re.I)


def only_known_for(passage: str, film_names: Iterable[str]) -> bool:
    """Whether every mention in `passage` of the films `film_names` (normalized) stands
    in what someone is "known for"."""
    return bool(_only_within(_KNOWN_FOR, passage, film_names))


def _only_within(aside: re.Pattern[str], passage: str, film_names: Iterable[str]) -> list[str]:
    """The asides (matches of `aside`) that name one of `film_names`, when the passage
    names them nowhere else; else none."""
    names = [n for n in film_names if n]
    outside = normalize(aside.sub(" ; ", passage)).split()
    if says_any(outside, names):
        return []
    return [
        a
        for a in (m.group(0) for m in aside.finditer(passage))
        if says_any(normalize(a).split(), names)
    ]


# An aside on someone's credit: 'Pimsy Tolland, a co-writer on 2024's "Pimbury Street 3",
# and directed by X' (the title may hold the aside's comma).
_CREDIT_ASIDE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:co-?writer|writer|screenwriter|director"
    r"|producer|star|editor|creator|composer|veteran)\s+(?:on|of|for|from|in)"
    r"|who\s+(?:also\s+|previously\s+)?(?:co-?wrote|wrote|directed|produced|starred|scored"
    r"|helmed|edited|created))\b"
    r"[^,;\"\u201c]*(?:[\"\u201c][^\"\u201d]*[\"\u201d])?[^,;]*(?:[,;]|$)",
    re.I,
)


def only_aside(passage: str, film_names: Iterable[str], terms: Iterable[str]) -> bool:
    """Whether `passage` names the films `film_names` only in what someone is known for
    (`only_known_for`), or only in asides on someone's credit that say none of the
    question's `terms` (stems): the sentence's own act is another film's."""
    if only_known_for(passage, film_names):
        return True
    holding = _only_within(_CREDIT_ASIDE, passage, film_names)
    return bool(holding) and all(_stems(a).isdisjoint(terms) for a in holding)


def credited_in_aside(passage: str, names: Iterable[str], verb: str) -> bool:
    """Whether `passage` names `names` (normalized) only in asides on someone's credit
    that say `verb` (a stem): 'written by Ines Varrow, a co-writer on 2022's "Brightfall"'
    tells who co-wrote Brightfall, though the sentence's "written by" is of another film,
    so the roles of its verb say nothing of Brightfall's."""
    holding = _only_within(_CREDIT_ASIDE, passage, names)
    return bool(holding) and all(verb in _stems(a) for a in holding)


def _stems(aside: str) -> frozenset[str]:
    return frozenset(stem(w) for w in normalize(aside).split())
