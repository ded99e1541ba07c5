"""Typo repair against a vocabulary: the facts' own words (names, titles) first, then
ordinary English. One edit for any word, two for long ones, accents aside."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import demonyms
from bot.text import GLUE, NUMBER_WORDS, common_words, normalize, stem, without_accents

if TYPE_CHECKING:
    from bot.engine.index import Index

# Typo repair of a word costs O(length^2) memory in the deletes table: one 48,000-letter
# token once took 2.2 GB. No real word or name is longer than this; longer tokens (URLs,
# hashes, garbage) are neither indexed for repair nor corrected.
MAX_SPELLED_WORD = 30


class Speller:
    """Typo repair against a vocabulary: one edit (an extra, missing, wrong or swapped
    letter) for any word, two for long words. Finds candidates through a table of each
    word with one letter deleted, so a look-up costs a few dict probes, not a scan.
    Words longer than MAX_SPELLED_WORD are neither indexed nor corrected."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        # Words are compared without their accents: "celeron" is two slips from
        # "céloron" but one from "celoron". Each plain form stands for its most used word.
        self.original: dict[str, str] = {}
        for word in counts:
            plain = without_accents(word)
            known = self.original.get(plain)
            if known is None or counts[word] > counts[known]:
                self.original[plain] = word
        self.deletes: dict[str, list[str]] = defaultdict(list)
        self.by_prefix: dict[str, list[str]] = defaultdict(list)
        for word in self.original:
            if 4 <= len(word) <= MAX_SPELLED_WORD and word.isalpha():
                for j in range(len(word)):
                    self.deletes[word[:j] + word[j + 1 :]].append(word)
                self.by_prefix[word[:2]].append(word)

    def correct(self, word: str) -> str | None:
        if len(word) > MAX_SPELLED_WORD:
            return None
        word = without_accents(word)
        candidates: set[str] = set(self.deletes.get(word, ()))
        for j in range(len(word)):
            deleted = word[:j] + word[j + 1 :]
            if deleted in self.original:
                candidates.add(deleted)
            candidates.update(self.deletes.get(deleted, ()))
        # OSA, not Levenshtein: two swapped letters ("dagyn") are one slip of the fingers.
        candidates = {c for c in candidates if OSA.distance(word, c) <= 1}
        if not candidates and len(word) >= 7:
            pool = self.by_prefix.get(word[:2], [])
            # Every word two edits away, not the first found: the pool's order follows
            # a set's, so the first would change from process to process.
            close = process.extract(word, pool, scorer=OSA.distance, score_cutoff=2, limit=None)
            candidates.update(c for c, _, _ in close)
        if not candidates:
            return None
        # Closest, then most used; ties by the word itself, never by set order, which
        # changes with the process's hash seed (the same typo was repaired differently
        # from run to run).
        best = min(
            candidates,
            key=lambda c: (OSA.distance(word, c), -self.counts[self.original[c]], c),
        )
        return self.original[best]


# A word written with a hyphen: "priest-led", "two-man".
_HYPHENATED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def hyphenated(text: str) -> frozenset[str]:
    """The words `text` writes with a hyphen, normalized as a question's words are
    ("priest-led" is "priestled"): written so, not mistyped, and no slip for "priestless"."""
    return frozenset(normalize(w) for w in _HYPHENATED.findall(text))


@lru_cache(maxsize=1)
def english_speller() -> Speller:
    words = {w: 1 for w in common_words()}
    words.update({w: 1 for w in NUMBER_WORDS})
    return Speller(words)


def repair(
    index: Index,
    words: list[str],
    capitals: frozenset[str] = frozenset(),
    joined: frozenset[str] = frozenset(),
) -> tuple[list[str], list[tuple[str, str]]]:
    """Fix typos: first against the facts' own words (names, titles), then against
    ordinary English, so "retuning" finds "returning" and "actulaly" is not taken
    for a name the facts don't know. A word written with a capital inside the question
    (`capitals`) keeps its first letter: "filming in Rome" is no "filming in come"; one
    written with a hyphen (`joined`) is kept."""
    repaired: list[tuple[str, str]] = []
    out = []
    common = common_words()
    for w in words:
        if (
            len(w) >= 4
            and w.isalpha()
            and w not in index.vocab
            and w not in GLUE
            and w not in common
            and stem(w) not in common  # "held" is "hold", not a slip for "head"
            and stem(w) not in index.stems
            and not index.concepts.of([stem(w)])
            and not demonyms.is_proper_adjective(w)  # "its latin name", no slip for "lain"
            and w not in joined  # "priest-led": no slip for "priestless"
        ):
            fixed = index.speller.correct(w) or english_speller().correct(w)
            if fixed and w in capitals and fixed[0] != w[0]:
                fixed = None  # a name is seldom mistyped at its capital: "Rome" is no "come"
            if fixed:
                repaired.append((w, fixed))
                out.append(fixed)
                continue
        out.append(w)
    return out, repaired
