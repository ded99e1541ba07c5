"""Which of a passage's drafted example questions may explain a question's terms: those
asking what it asks. "When does X start filming?" (drafted for any sentence on the shoot,
"The production's budget ... is now estimated at close to 210 million") explains no "who
has been brought in to finish the movie".
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.kinds import TIME_KINDS
from bot.text import normalize

# The answers an example question's first word asks for, when it narrows them: "when"
# a time, "who" a name, and neither a name, a count nor a sum ("how is production going";
# "any" is an answer of no narrower kind). Other examples ("what is the release date")
# may explain any.
ASKING = {
    "when": TIME_KINDS | {"any"},
    "who": frozenset({"name"}),
    "how": frozenset({"any"}),
}


def alike(examples: Sequence[str], kind: str) -> list[str]:
    """The `examples` that may explain a question whose answer is of `kind`."""
    return [q for q in examples if kind in ASKING.get(next(iter(normalize(q).split()), ""), {kind})]
