"""Finding the entities a text names, by their aliases, longest match first."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from bot.models import Entity, EntityKind
from bot.text import normalize

MAX_ALIAS_WORDS = 8


Normalize = Callable[[str], str]
# Names and aliases are normalized on every load to check them; they rarely change.
_name = lru_cache(maxsize=1 << 17)(normalize)


def alias_forms(
    entity: Entity, surnames: dict[str, int] | None = None, norm: Normalize = _name
) -> set[str]:
    """Every normalized phrase that names `entity`: its name, its aliases, and for a
    person their surname when no other person shares it."""
    forms = {norm(entity.name), *(norm(a) for a in entity.aliases)}
    if entity.kind is EntityKind.PERSON:
        words = norm(entity.name).split()
        if len(words) >= 2 and len(words[-1]) >= 3 and (surnames or {}).get(words[-1], 0) == 1:
            forms.add(words[-1])
    return {f for f in forms if f}


def written_as(
    entity: Entity, form: str, surnames: dict[str, int] | None = None, norm: Normalize = _name
) -> list[str]:
    """How a fact file wrote the names of `entity` that `form` (a phrase of `alias_forms`)
    comes from, quoted: ["'MI7'", "'MI 7'"], or ["'Cruise' (the surname in 'Tom Cruise')"].
    A problem quotes what the moderator typed, not the folded form."""
    written = [f"'{text}'" for text in (entity.name, *entity.aliases) if norm(text) == form]
    if not written and form in alias_forms(entity, surnames, norm):
        written.append(f"'{entity.name.split()[-1]}' (the surname in '{entity.name}')")
    return list(dict.fromkeys(written)) or [f"'{form}'"]


def surname_counts(entities: Iterable[Entity], norm: Normalize = _name) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in entities:
        if e.kind is EntityKind.PERSON:
            words = norm(e.name).split()
            if len(words) >= 2:
                counts[words[-1]] = counts.get(words[-1], 0) + 1
    return counts


@dataclass(frozen=True)
class Mention:
    entity_id: str
    start: int  # token index
    end: int  # exclusive


class AliasMatcher:
    """Maps normalized alias phrases to entity ids; finds them in token lists."""

    def __init__(self, entities: Iterable[Entity], norm: Normalize = _name) -> None:
        entities = list(entities)
        surnames = surname_counts(entities, norm)
        self.phrases: dict[tuple[str, ...], str] = {}
        self.ambiguous: dict[tuple[str, ...], set[str]] = {}
        for entity in entities:
            for form in alias_forms(entity, surnames, norm):
                key = tuple(form.split())[:MAX_ALIAS_WORDS]
                owner = self.phrases.get(key)
                if owner is not None and owner != entity.id:
                    self.ambiguous.setdefault(key, {owner}).add(entity.id)
                else:
                    self.phrases[key] = entity.id
        self.max_len = max((len(k) for k in self.phrases), default=1)
        self.first_words = {k[0] for k in self.phrases}

    def find(self, words: list[str]) -> list[Mention]:
        """Non-overlapping mentions, preferring the longest phrase at each position."""
        found: list[Mention] = []
        i = 0
        n = len(words)
        while i < n:
            if words[i] in self.first_words:
                for length in range(min(self.max_len, n - i), 0, -1):
                    entity_id = self.phrases.get(tuple(words[i : i + length]))
                    if entity_id is not None:
                        found.append(Mention(entity_id, i, i + length))
                        i += length
                        break
                else:
                    i += 1
            else:
                i += 1
        return found

    def entities_in(self, text: str, *, written: bool = False) -> list[str]:
        """The entities `text` names. A fan may type "mi7" in lower case; an article is
        `written` with care, so there a short name ("MI") counts only in capitals: the
        "20 mi" of a distance is no franchise."""
        ids: list[str] = []
        words = normalize(text).split()
        for mention in self.find(words):
            if written and not written_as_named(words[mention.start : mention.end], text):
                continue
            if mention.entity_id not in ids:
                ids.append(mention.entity_id)
        return ids


# A name this short ("MI", "GH") is also an ordinary abbreviation ("20 mi") in lower case.
SHORT_NAME_LETTERS = 3


def written_as_named(words: list[str], text: str) -> bool:
    """Whether a mention (its normalized words) stands in `text` as a name would: a short
    one only in capitals."""
    letters = "".join(words)
    if len(letters) > SHORT_NAME_LETTERS or not letters.isalpha():
        return True
    return re.search(rf"(?<![A-Za-z]){re.escape(letters.upper())}(?![a-z])", text) is not None
