"""A passive told of one part of a work, not of the work: "who directed Beyond the
Fenwater Tide?" is not answered by "The dub was directed by Carla Wendt", nor "who
wrote the film" by "The score was written by X". The passage must name the question's
object nowhere; "the film was directed by" is left to the other checks.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.passive import agent_of
from bot.engine.roles import AUXILIARIES
from bot.engine.verbforms import BE
from bot.text import stem

# The parts of a film or series that have makers of their own (not "the sequel", "the
# remake" or "the adaptation": each may be the very work asked of).
PARTS = frozenset(
    """dub dubbing score soundtrack trailer teaser pilot episode finale screenplay script
    music song theme edit translation subtitles poster campaign""".split()
)
# ... but the part a verb makes of a work is the work's own: "who wrote the film" is
# answered by "the screenplay was written by X".
MADE_BY = {"write": {"screenplay", "script"}, "compose": {"score", "music", "soundtrack"}}
# Words before a part that make it the story's own: "the dub", "its score".
_OPENERS = frozenset("the its their english english-language".split())
_BETWEEN = AUXILIARIES | BE | frozenset("also later then".split())


def done_to_a_part(
    acts: tuple[str, tuple[str, ...]], stems: list[str], words: Sequence[str]
) -> bool:
    """Whether every use of the question's verb (`acts`: the verb and its object's stems)
    in the passage (its `stems` and normalized `words`) is a passive with an agent, whose
    subject is a part of a work (`PARTS`) the question does not ask about."""
    verb, objects = acts
    if not objects or objects[0] in stems:
        return False

    def of_a_part(k: int) -> bool:
        j = k - 1
        while j >= 0 and stems[j] in _BETWEEN:
            j -= 1
        return (
            0 < j < k - 1
            and words[j - 1] in _OPENERS
            and words[j] in PARTS - MADE_BY.get(verb, set())
            and stem(words[j]) not in objects
        )

    uses = [k for k, s in enumerate(stems) if s == verb]
    return bool(uses) and all(agent_of(stems, k) is not None and of_a_part(k) for k in uses)
