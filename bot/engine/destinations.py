"""Where a question sends something, read against a passage: "What was absorbed into the
harbour guild?" is not answered by "the harbour guild was absorbed into the salt guild",
where the guild is what was absorbed, not where."""

from __future__ import annotations

from bot.engine.passive import is_participle, is_passive
from bot.engine.phrases import BE
from bot.engine.roles import PATIENT_REACH
from bot.text import GLUE, stem

# Prepositions after a passive verb that lead to something other than the patient:
# "what was absorbed into the guild", "what was moved to Ostvik".
_DESTINATION_MARKS = frozenset("into to from onto in on".split())


def destination_moved(words: tuple[str, ...], stems: list[str]) -> str | None:
    """ "What was absorbed into the harbour guild?" read against "the harbour guild was
    absorbed into the salt guild": the question's destination stands in the passage as
    the one the verb happened to. Returns the verb."""
    if len(words) < 5 or words[0] not in ("what", "who") or words[1] not in BE:
        return None
    if not is_participle(words[2]) or words[3] not in _DESTINATION_MARKS:
        return None
    verb = stem(words[2])
    target = [stem(w) for w in words[4:] if w not in GLUE and w.isalpha()]
    if verb not in stems or not target:
        return None
    at = stems.index(verb)
    if not is_passive(stems, at):
        return None
    before = stems[max(0, at - PATIENT_REACH) : at]
    after = stems[at + 1 :]
    placed_before = all(t in before for t in target)
    return verb if placed_before and not all(t in after for t in target) else None
