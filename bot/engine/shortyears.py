"""Years written short: "back in '23" is 2023, "1755, 56 and 57" lists 1756 and 1757, and
"the 60s" is a decade a passage may give in full ("the 1960s") or by one of its years."""

from __future__ import annotations

from collections.abc import Collection

from bot.engine.kinds import DECADE


def short_year(number: str, have: Collection[str]) -> bool:
    """Whether a two-digit `number` is a year a passage writes in full: "back in '23" is
    2023, "1755, 56 and 57" lists 1756 and 1757; or a decade ("the 60s", "the 1960s")
    one of whose years it gives ("in 1962") or that it gives in full ("the 1960s")."""
    if DECADE.match(number):
        return any(_in_decade(number[:-1], w) for w in have)
    return (
        len(number) == 2
        and number.isdigit()
        and any(len(w) == 4 and w.isdigit() and w[0] in "12" and w.endswith(number) for w in have)
    )


def _in_decade(digits: str, word: str) -> bool:
    """Whether `word` is a year or a decade within the decade of `digits` ("60", "1960")."""
    if DECADE.match(word):
        return word[:-1].endswith(digits) or digits.endswith(word[:-1])
    year = word.isdigit() and len(word) == 4
    return year and (word[:3] == digits[:3] if len(digits) == 4 else word[2] == digits[0])
