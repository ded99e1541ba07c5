"""Who held a post before someone: "who was artistic director before Isobel Tresaith?"
asks for the one she took over from. A passage telling only who came after her ("... until
2001, when she was succeeded by her nephew") or who stands in for her ("her deputy will
serve as acting director") names her successor, not the one asked for."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from bot.engine.verdicts import OTHER_THING, PASS, Verdict
from bot.text import normalize

# What says someone came after the one a sentence names: "was succeeded by", "her
# successor", "will serve as acting director", "took over from her".
_AFTER = re.compile(
    r"\b(?:(?:succeeded|replaced|followed) by|successor|acting|interim"
    r"|(?:took|takes|take|taken|taking) over from)\b"
)
# ... and what says someone came before: "her predecessor", "preceded", "X succeeded Y".
_BEFORE = re.compile(r"\b(?:predecessor|preceded|before|(?:succeeded|replaced)(?! by))\b")


def verdict(sequence: Sequence[str], names: Collection[str], passage: str) -> Verdict:
    """A contradiction when a "who ... before <name>" question (normalized `sequence`;
    `names`: the words of its names) meets a passage telling only who came after."""
    if sequence[:1] != ("who",) or "before" not in sequence:
        return PASS
    at = sequence.index("before")
    if sequence[at + 1 : at + 2] == () or sequence[at + 1] not in names:
        return PASS  # "who ran it before the war": a time, not someone
    text = normalize(passage)
    if _AFTER.search(text) and not _BEFORE.search(text):
        return Verdict.fail("contradicts", "successor", OTHER_THING)
    # "Lunde took over as chief executive, replacing Tor Arne Hals": one after Hals
    if any(sequence[at + 1] in m[1].split() for m in _REPLACING.finditer(text)):
        return Verdict.fail("contradicts", "successor", OTHER_THING)
    return PASS


# Someone replaced, by whoever the sentence's subject is: "replacing Tor Arne Hals".
_REPLACING = re.compile(r"\b(?:replacing|succeeding|replaced|succeeded)(?! by) ((?:\w+ ?){1,3})")
