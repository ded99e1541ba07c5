"""Whose biography a set of passages is: the one person they are mostly about.

An article about one person names or refers to her in sentence after sentence, and other
people now and then; news of a film names many people, none clearly most. A reader of a
biography asking "when did she marry?" means its subject, and the draft reads an
unexplained "he" or "she" as that person.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from bot.models import Entity, EntityKind

# A biography's subject is named in or referred to by at least this share of its
# sentences ...
SUBJECT_SHARE = 0.25
# ... and by this many times as many as the next person.
SUBJECT_LEAD = 3


def main_person(about: Sequence[Iterable[str]], entities: Mapping[str, Entity]) -> str | None:
    """The one person `about` (each sentence's or passage's entities) is mostly about,
    if one clearly is: a biography's subject. In news of many people, no one."""
    counts = Counter(
        e
        for ids in about
        for e in set(ids)
        if e in entities and entities[e].kind is EntityKind.PERSON
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < SUBJECT_SHARE * len(about):
        return None
    if len(ranked) > 1 and ranked[0][1] < SUBJECT_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]
