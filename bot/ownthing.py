"""The thing an article is about, and the definite nouns that call it there: "The
railway was founded in 1868" below the headline "Ashcombe Valley Railway", "the 860-bed
hospital" after "Penmon General Hospital". Read by `bot.coref` when it links a sentence's
"the <noun>" back to what the sentences before named."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot import mentions
from bot.headnouns import head_noun
from bot.models import Entity
from bot.text import stem

# How many of an article's first sentences (its headline, its lede) may name what it is
# about.
OWN_THING_REACH = 2


def own_thing(
    sentences: Sequence[str], named: Sequence[Sequence[str]], entities: Mapping[str, Entity]
) -> tuple[str, str] | None:
    """The thing an article is about and the noun it may be called by anywhere in it:
    ("ashcombe-valley-railway", "railway") for an article headed "Ashcombe Valley
    Railway". It is what the headline or the lede opens on, if that has a head noun."""
    for sentence, ids in zip(sentences[:OWN_THING_REACH], named[:OWN_THING_REACH], strict=False):
        for entity_id in ids:
            head = head_noun(entities[entity_id])
            if head is not None and mentions.opens(sentence, entities[entity_id]):
                return entity_id, head
    return None


def says_the(head: str, stemmed: str, sentence: str) -> bool:
    """Whether a sentence (`stemmed`: its stems, spaced) says "the" `head`, or "the" and a
    measured kind of it: "the 860-bed hospital", "the 14,200-seat stadium"."""
    measured = rf"\bthe [\d,.]+-[a-z]+ {re.escape(head)}s?\b"
    return f" the {stem(head)} " in stemmed or re.search(measured, sentence.lower()) is not None


def own_noun(own: tuple[str, str], head: str | None, window: Sequence[str]) -> bool:
    """Whether `head` is the noun of the article's `own` thing, named in the `window` of
    sentences before: "the park" is then its own, not one it was compared with."""
    return head is not None and stem(head) == stem(own[1]) and own[0] in window
