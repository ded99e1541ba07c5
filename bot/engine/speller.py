"""Typo repair against a vocabulary: the facts' own words (names, titles) first, then
ordinary English. One edit for any word, two for long ones, accents aside."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.text import NUMBER_WORDS, common_words, without_accents

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


@lru_cache(maxsize=1)
def english_speller() -> Speller:
    words = {w: 1 for w in common_words()}
    words.update({w: 1 for w in NUMBER_WORDS})
    return Speller(words)
