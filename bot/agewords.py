"""How news gives a person's age, written out as a question asks it ("39 years old"):
"how old is she" is answered by "Ekdahl, 39, drew notice" and by "At sixteen she won"."""

from __future__ import annotations

import re

from bot.capitals import CAPITAL

# "Ekdahl, 39, drew notice ...": news gives a person's age in an apposition after the
# name; written out, it answers "how old is she" as "the 39-year-old director" does.
# (or at the sentence's end: "alongside her granddaughter Lise, 23.")
_AGE_APPOSITION = re.compile(
    rf"\b({CAPITAL}[a-z][\w'\u2019-]*\)?), ([1-9][0-9])(?:,|(?=\.?\s*$))"  # "X (Ada X), 44,"
)
# "At sixteen she won a scholarship": an age opening a sentence, before whom it is of.
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_AGE_WORDS = {w: str(n) for n, w in enumerate(_TEENS, start=10)} | {
    w: str(10 * n) for n, w in enumerate(_TENS, start=2)
}
_AGE_OPENING = re.compile(  # (before a name only with its comma: not "At 10 Downing Street")
    rf"(?:^|(?<=[.;!?] ))At ([1-9][0-9]|{'|'.join(_AGE_WORDS)})"
    rf"(?:,? (?=(?:he|she|they)\b)|, (?={CAPITAL}))"
)


def written_out(text: str) -> str:
    """`text` with each age it gives in an apposition or a sentence's opening written
    out as "N years old"."""
    text = _AGE_APPOSITION.sub(r"\1, \2 years old,", text)
    if "At " in text:
        text = _AGE_OPENING.sub(lambda m: f"At {_AGE_WORDS.get(m[1], m[1])} years old, ", text)
    return text
