"""Two words of a question that say one thing a passage says in one word: "how much did
it pull in" is answered by "it grossed $1.12 billion", "why did he walk away" by "he
exited the sequel". The pair is read as that word, its particle as nothing more."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text import stem

# Two words that say one thing a passage says in one word: "how much did it pull in" is
# answered by "it grossed $1.12 billion". ("Box office" is left out: with "make" beside
# it, any fact saying "make" or "gross", of whichever film, ranked high enough to answer
# "how much did the fifth X make at the box office".) The second word is a particle,
# which the reading of a question passes over.
PHRASE_WORDS = {
    ("pull", "in"): "gross",
    ("rake", "in"): "gross",
    ("pass", "away"): "die",  # "when did she pass away" is answered by "she died in 1902"
    ("bad", "guy"): "villain",  # "who plays the bad guy": "guy" is no particle, but says nothing
    ("walk", "away"): "leave",  # "why did he walk away": "he exited the sequel"
    ("drop", "out"): "leave",
    ("pull", "out"): "leave",
    ("work", "on"): "develop",  # "which streamer is working on a spin-off": developing it
}
# The phrase words that ask for a sum of money, as "how much" does.
AMOUNT_WORDS = frozenset({"gross"})


def phrase_word(words: Sequence[str], i: int) -> str | None:
    """The one word the words at `i` and after it say, if they are a `PHRASE_WORDS` pair."""
    return PHRASE_WORDS.get((stem(words[i]), stem(words[i + 1]))) if i + 1 < len(words) else None


def phrase_particle(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is the particle of a `PHRASE_WORDS` pair ("away")."""
    return i > 0 and phrase_word(words, i - 1) is not None
