"""Who holds a part now: "who's the new Hesk?", "who plays Dunmore now?".

A recast is news fans ask about in these words, and the sentence naming the part's
earlier holder ("Talia Brennick, who has played Admiral Corva Hesk since the franchise
launched, has exited") shares every word of the question. The question asks for whoever
takes the part over, so a passage answers it only when it says the part changed hands:
"has recast the role with", "now goes to", "will now be played by", "replacing",
"takes over". Ordinary English, read on normalized words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot.aliases import Mention
from bot.engine.verdicts import PASS, Verdict
from bot.models import Entity, EntityKind

# What a sentence says when a part changes hands. "Now" is enough beside a part ("the
# role of Dunmore now goes to"); "new" is not ("the new film").
_SUCCESSION = re.compile(
    r"\b(?:recast\w*|replac(?:e|es|ed|ing|ement)|succe(?:ed|eds|eded|eding|ssor)|"
    r"inherit\w*|(?:take|takes|taking|taken|took) over|step(?:s|ped|ping)? in(?:to)?|"
    r"(?:hand|handed|pass|passed) (?:over )?to|"  # "her duties have been handed to X"
    r"now (?:goes|go|went|falls|passes|be|played|plays|playing)|will now|"
    # "has instead tapped Ivrena Castellow": whom the studio turned to in the leaver's place
    r"instead (?:tapped|hired|chose|chosen|picked|enlisted|signed|named|appointed|turned to))\b"
)
# The concept a passage stating a succession is given, so "new" ranks it
# (`bot.concepts` "@succeed": succeed, replace, successor).
SUCCEEDED = "@succeed"
# The word that stands in a successor question's ranked words for "new" or "now".
ASKED_WORD = "succeed"
# Parts: who plays them is what a successor question asks.
_PARTS = frozenset({EntityKind.PERSON, EntityKind.ROLE})
# "who plays Dunmore now", "who is playing Hesk now": a verb of playing and "now".
_PLAYING = frozenset("play plays playing played voice voices voicing".split())


def states_succession(words: Sequence[str]) -> bool:
    """Whether a sentence (normalized words) says a part changed hands."""
    return _SUCCESSION.search(" ".join(words)) is not None


def asks_successor(
    words: Sequence[str], mentions: Sequence[Mention], entities: Mapping[str, Entity]
) -> bool:
    """Whether a "who" question asks who took a part over: "who's the new Hesk",
    "who plays Dunmore now". `words` are normalized; `mentions` are the names in them."""
    if not words or words[0] != "who":
        return False
    parts = [
        m for m in mentions if m.entity_id in entities and entities[m.entity_id].kind in _PARTS
    ]
    if any(m.start and words[m.start - 1] == "new" for m in parts):
        return True
    playing = [k for k, w in enumerate(words) if w in _PLAYING]
    # "who's playing the warlord now": a part named by what it is, not by a name
    part_described = any(k + 1 < len(words) and words[k + 1] == "the" for k in playing)
    return (bool(parts) or part_described) and "now" in words and bool(playing)


def verdict(asking: bool, words: Sequence[str]) -> Verdict:
    """The premise check on a sentence for a question that is `asking` who took a part
    over or not: "Brennick, who has played Hesk since 2019" is no answer to "who's the new
    Hesk", and the next passage is read."""
    return (
        Verdict.fail("no_answer", "successor") if asking and not states_succession(words) else PASS
    )
