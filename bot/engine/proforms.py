"""Words of a question that point at the thing asked of without naming it, which a
passage about the thing need not say: "who owns the place" of a reservoir, "why did she
leave the project" of a film; and how new or old the thing is, "when was the old stone
bridge finished", "who directed the new Komador film"."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text import stem

# Nouns that stand for whatever the article is about. ("The place of X" is another idiom:
# a stand-in, "what took the place of the ferry".)
PRO_FORMS = frozenset({"place", "project"})
POINTING = frozenset({"the", "this", "that"})
# Words that say how new a thing is: "old" of anything ...
AGES_OF_THINGS = frozenset({"new", "old"})
# ... but "new" only of a work in the making, as film news calls the one it is about:
# a reference article's "new gallery" is another than the one it opened in 1990.
NEW_WORKS = frozenset(
    """film movie picture sequel installment feature documentary cut shoot draft script
    screenplay scenes music score trailer season episode series show pilot role
    character version director composer writer lead star""".split()
)
WORK_REACH = 3  # words from "new" to its work's noun: "the new Komador film"
_COPULAS = frozenset({"is", "was", "are", "were", "be"})
# ... but not of what a thing has one at a time: "the old name", "the new release date".
_HELD_IN_TURN = frozenset(
    "name title date slot address site location home owner record price budget logo".split()
)


def pro_form(words: Sequence[str], i: int) -> bool:
    """Whether `words[i]` (normalized) is the "place" of "who owns the place"."""
    pointed = i > 0 and words[i - 1] in POINTING
    return words[i] in PRO_FORMS and pointed and "of" not in words[i + 1 : i + 2]


def age_of_a_thing(words: Sequence[str], i: int) -> bool:
    """Whether `words[i]` is the "new" or "old" of "the new X" naming the thing asked of,
    not the one asked for: "who is the new head of production" asks who holds it now, a
    change of holder a passage must tell."""
    if words[i] not in AGES_OF_THINGS or not 0 < i < len(words) - 1:
        return False
    asked_for = words[0] == "who" and i >= 2 and words[i - 2] in _COPULAS
    thing = words[i + 1]
    return (
        words[i - 1] in POINTING
        and thing.isalpha()
        and stem(thing) not in _HELD_IN_TURN
        and (words[i] == "old" or not NEW_WORKS.isdisjoint(words[i + 1 : i + 1 + WORK_REACH]))
        and not asked_for
    )
