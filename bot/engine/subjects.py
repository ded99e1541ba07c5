"""A question's subject as a passage writes it: "whom did Adeline Kestrivan marry?" asks of
one a passage may call "Kestrivan" alone, after naming her in full sentences before."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text import common_words, stem


def as_written(words: Sequence[str], content: list[int], stems: Sequence[str]) -> list[int]:
    """`content` (where a do-question's content words stand, its subject's first), past
    a given name the passage (`stems`) never writes, when the subject runs on to a second
    word as a given name and a surname do: both unknown to the dictionary, before a verb."""
    pair = [words[k] for k in content[:2]]
    surname_after = (
        len(content) >= 3 and content[1] == content[0] + 1 and common_words().isdisjoint(pair)
    )
    return content[1:] if surname_after and stem(pair[0]) not in stems else content
