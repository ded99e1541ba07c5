"""The one a question has a thing done to or for, read against a passage that makes it
the doer: "what land was ceded to Ostvik?" against "Ostvik ceded its land to the guild"."""

from __future__ import annotations

from bot.engine.passive import is_passive
from bot.text import DETERMINERS, stem

_RECIPIENT_MARKS = frozenset("to for from with".split())
RECIPIENT_REACH = 4  # "to its ally, the Earl": the words from the mark to the one it marks


def recipient_acts(words: tuple[str, ...], at: int, verb: str, stems: list[str]) -> str | None:
    """ "What land was ceded to Ostvik?" read against "Ostvik ceded its land to the guild":
    the one the question has it done to or for stands in the passage right before
    the active verb, as its doer. Returns the verb."""
    if at + 1 >= len(words) or words[at + 1] not in _RECIPIENT_MARKS:
        return None
    target = next((w for w in words[at + 2 : at + 4] if w not in DETERMINERS), None)
    if target is None or stem(target) not in stems:
        return None
    mark, aim = words[at + 1], stem(target)  # "... to its ally Ostvik" says it, whatever else
    if any(
        s == mark and aim in stems[k + 1 : k + 1 + RECIPIENT_REACH] for k, s in enumerate(stems)
    ):
        return None
    for k, s in enumerate(stems):
        if s == verb and not is_passive(stems, k) and stem(target) in stems[max(0, k - 2) : k]:
            return verb
    return None
