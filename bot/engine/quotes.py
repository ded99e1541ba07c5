"""A passage that is someone's words: '"I built this village in my head for a decade, and
I'm just handing Tobias the keys," Pellerin said.' It tells what was said and who said
it; the facts inside a speaker's words (a "village", "keys") are seldom the ones asked.
So a quotation answers only a question asking what someone said, thinks, or why."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from bot.text import GLUE, normalize, stem

# A sentence that opens on a quotation and ends on whose it is: '"...," Pellerin said.'
_QUOTATION = re.compile(
    r"^[\"\u201c].{12,}[,.!?][\"\u201d]"
    r"(\s+(?:[\w.'-]+\s+){0,6}?(?:said|says|told|added|explained|recalled|wrote|joked|noted"
    r"|insisted|argued)\b[^\"\u201c]*)$"
)
# What a question asks of someone's words: what they said, think or feel, or why.
_ASKS_WORDS = frozenset(
    """say said says tell told call called describe described think thinks thought feel
    felt believe believes quote quoted according why explain explained mean meant comment
    comments remark statement react reaction respond response joke joked accept accepts
    deny denies admit admits claim claims""".split()
)


def only_words(sequence: Sequence[str], names: Set[str], passage: str) -> bool:
    """Whether `passage` is a speaker's quotation, the question (normalized `sequence`;
    `names`: the words of its names) asks nothing of anyone's words, and none of its other
    words is in who said it ("said Lurvane Animation president Corinne Ashby" says who
    the president is)."""
    quoted = _QUOTATION.match(passage)
    if quoted is None or not _ASKS_WORDS.isdisjoint(sequence):
        return False
    speaker = {stem(w) for w in normalize(passage[quoted.start(1) :]).split()} - GLUE
    return speaker.isdisjoint(stem(w) for w in sequence if w not in names)
