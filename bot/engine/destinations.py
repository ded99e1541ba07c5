"""Where a question sends something, read against a passage: "What was absorbed into the
harbour guild?" is not answered by "the harbour guild was absorbed into the salt guild",
where the guild is what was absorbed, not where. Nor is "when did it relocate to Chicago"
answered by "founded in Chicago ..., before moving to Los Angeles in 1986"."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from itertools import takewhile

from bot.engine.makers import BE
from bot.engine.passive import is_participle, is_passive
from bot.engine.roles import PATIENT_REACH
from bot.engine.verdicts import OTHER_THING, PASS, Verdict
from bot.text import GLUE, MONTH_NAMES, capitalised_words, stem

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


# Verbs of moving a thing somewhere, and how far after one its "to" may stand ("moved
# its offices to").
MOVES = frozenset("move relocate transfer".split())
TO_REACH = 3


def moved_elsewhere(
    question: Sequence[str], names: Collection[str], words: Sequence[str], passage: str
) -> Verdict:
    """Whether a question asking of a move to a named place or a month ("relocate to
    Chicago") meets a passage whose every move goes to another name ("moving to Los
    Angeles")."""
    # (a month too: "when was the release moved to july" is not "moved it to November 21")
    asked = _destination(question, lambda w: w in names or w in MONTH_NAMES.values())
    if not asked:
        return PASS
    capitals = capitalised_words(passage)
    moves = [i for i, w in enumerate(words) if stem(w) in MOVES]
    told = [_destination(words[i:], lambda w: w in capitals and w not in GLUE) for i in moves]
    if not moves or not all(told) or any(set(t) & set(asked) for t in told):
        return PASS  # no move, one with no place named, or one to the asked place
    return Verdict.fail("contradicts", f"to {asked[0]}", OTHER_THING)


def _destination(words: Sequence[str], named: Callable[[str], bool]) -> list[str]:
    """The name words after the "to" of the first move in `words` ("moving to Los
    Angeles": los, angeles); none when its "to" leads to no name."""
    at = next((i for i, w in enumerate(words) if stem(w) in MOVES), None)
    if at is None or "to" not in words[at + 1 : at + 1 + TO_REACH]:
        return []
    to = words.index("to", at + 1)
    return list(takewhile(named, (w for w in words[to + 1 : to + 4] if w != "the")))
