"""A place in a ranking: "which film came in second that weekend" is answered by "second
place went to X", which says the place without the verb. So the verb of a placing is
neither a word to rank passages by nor a term the premise check asks a passage to say.
The place itself is: ranked as a word of its own ("place:2nd"), which a passage says by
an ordinal placed ("2nd place", "placed 3rd", "finished 2nd"), and not by "its second
weekend", which would otherwise outnumber it in a weekend's report."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text import is_ordinal, stem

# Verbs that put something in a place: "came (in) second", "finished third", "ranked first".
_PLACING = frozenset("come finish place rank".split())


def placing(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` (of normalized `words`) is a verb placing something by the
    ordinal after it ("came in 2nd")."""
    placed = [w for w in words[i + 1 : i + 3] if w != "in"][:1]
    return stem(words[i]) in _PLACING and any(map(is_ordinal, placed))


def placed(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is the ordinal a placing verb puts something at ("came in
    2nd"): the place is what the question turns on, a word to rank passages by."""
    return is_ordinal(words[i]) and any(placing(words, j) for j in range(max(0, i - 2), i))


# Nouns naming a place in a ranking after its ordinal: "2nd place", "the No. 3 spot".
_PLACE_NOUNS = frozenset("place spot position".split())


def place_word(ordinal: str) -> str:
    """The word a place is ranked by: "place:2nd"."""
    return f"place:{ordinal}"


def ranked_as(words: Sequence[str], i: int) -> str | None:
    """The `place_word` a question ranks by for the ordinal at `i` a placing verb puts
    something at ("came in 2nd": "place:2nd"), or None."""
    return place_word(words[i]) if placed(words, i) else None


def places(words: Sequence[str]) -> tuple[str, ...]:
    """The places (as `place_word`s) a passage's normalized `words` give: "slipped to 2nd
    place", "placed 3rd", "finished 2nd"."""
    return tuple(
        place_word(w)
        for i, w in enumerate(words)
        if is_ordinal(w)
        and (
            (i + 1 < len(words) and words[i + 1] in _PLACE_NOUNS)
            or any(placing(words, j) for j in range(max(0, i - 2), i))
        )
    )


# Words naming the ranking a place is in, which a passage giving places need not repeat:
# "which film came in 2nd at the box office" against "2nd place went to X".
_RANKINGS = frozenset("box office chart charts".split())


def ranking_named(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` names the ranking a placing question asks a place in."""
    return words[i] in _RANKINGS and any(placed(words, j) for j in range(len(words)))


def unsaid(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is a placing's verb or its ranking's name ("came in 2nd at
    the box office"): a word neither to rank passages by nor for them to say."""
    return placing(words, i) or ranking_named(words, i)
