"""Words an affix makes the opposite of another: "insignificant", "disapproved",
"untitled", and "priestless" against "priest-led". General English, read on words."""

from __future__ import annotations

from collections.abc import Collection

from bot.text import common_words, stem

# Prefixes that turn a word into its opposite: "insignificant", "abnormal", "unpopular".
NEGATING_PREFIXES = ("in", "un", "ab", "non", "dis", "im", "il", "ir")
# The shortest word a prefix negates: "in" + "side" is no opposite of "side", nor "inform"
# of "form".
MIN_PREFIXED_BASE = 5


def negated_form(word: str) -> bool:
    """Whether `word` is an ordinary word with a negating prefix ("insignificance"), so
    a passage must say it, not just the word it negates."""
    common = common_words()
    return any(
        word.startswith(prefix)
        and len(base := word[len(prefix) :]) >= MIN_PREFIXED_BASE
        and (base in common or stem(base) in common)
        for prefix in NEGATING_PREFIXES
    )


# Prefixes that negate a word: "approved" / "disapproved", "complete" / "incomplete".
NEGATIVE_PREFIXES = ("un", "dis", "in", "im", "il", "ir", "non", "mis")


# A suffix that makes a noun "without" it: "priestless" is neither "priest-led" nor
# "priests", and "harmless" is not "harmful"; the noun is read only this long ("unless").
NEGATING_SUFFIX = "less"
LESS_BASE = 4
_HAVING = ("", "s", "led", "ful", "run")


def negated_by_affix(term: str, have: Collection[str]) -> str | None:
    """The passage's word (among `have`, its words and stems) that is the question's
    `term` with a negative prefix added or taken off: "disapproved" for "approve",
    "complete" for "incomplete", "untitled" for "title"; or with "-less" for having it:
    "priestless" for "priest-led"."""
    # ("priest" + "led": is "priestless" said?)
    for base in (term.removesuffix(h) for h in _HAVING if term.endswith(h)):
        if len(base) >= LESS_BASE and (without := base + NEGATING_SUFFIX) in have:
            return without
    for prefix in NEGATIVE_PREFIXES:
        base = term[len(prefix) :]
        if term.startswith(prefix) and len(base) >= MIN_PREFIXED_BASE and base in have:
            return base
        if len(term) < MIN_PREFIXED_BASE:
            continue
        # the prefixed word, or its participle: "untitled" of "title"
        for word in (prefix + term, prefix + term + "d", prefix + term + "ed"):
            if word in have:
                return word
    return None
