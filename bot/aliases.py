"""Finding the entities a text names, by their aliases, longest match first."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from bot.models import Entity, EntityKind
from bot.text import common_words, normalize

MAX_ALIAS_WORDS = 8


Normalize = Callable[[str], str]
# Names and aliases are normalized on every load to check them; they rarely change.
name_form = lru_cache(maxsize=1 << 17)(normalize)


def surname(name: str, norm: Normalize = name_form) -> str | None:
    """The normalized last written word of a person's name of two words or more: "lind"
    of "Karen Lind", and "okonjo lind" of "Matthias Okonjo-Lind", whom an article calls
    "Okonjo-Lind", never "Lind"."""
    written = name.split()
    if len(written) < 2 or "of" in written[1:-1]:
        return None  # "Richard II of Normandy", "William of Volpiano": a place, no surname
    last = norm(written[-1]).split()
    if len(last) > 1 and last[-1].endswith(_PEOPLES_ENDINGS):
        last = last[-1:]  # "African-American" is no surname but a people's name
    return " ".join(last) or None


# How the names of peoples end ("African-American", "Anglo-Saxon" aside): a draft may
# take "Fresno's African-American" for a person, whose "surname" must not swallow the
# lone "African-American".
_PEOPLES_ENDINGS = ("an", "ese", "ish", "ic")


def alias_forms(
    entity: Entity, surnames: dict[str, int] | None = None, norm: Normalize = name_form
) -> set[str]:
    """Every normalized phrase that names `entity`: its name, its aliases, and for a
    person their surname when no other person shares it."""
    names = (entity.name, *entity.aliases)
    # "Kettle & Crow 3" is "kettle and crow 3" to fans too (and "kettle n crow 3" in chat)
    forms = {norm(n) for n in (*names, *(n.replace("&", "and") for n in names if "&" in n))}
    if entity.kind is EntityKind.PERSON:
        last = surname(entity.name, norm)
        if last and len(last) >= 3 and (surnames or {}).get(last, 0) == 1:
            forms.add(last)
    return {f for f in forms if f}


def written_as(
    entity: Entity, form: str, surnames: dict[str, int] | None = None, norm: Normalize = name_form
) -> list[str]:
    """How a fact file wrote the names of `entity` that `form` (a phrase of `alias_forms`)
    comes from, quoted: ["'MI7'", "'MI 7'"], or ["'Cruise' (the surname in 'Tom Cruise')"].
    A problem quotes what the moderator typed, not the folded form."""
    written = [f"'{text}'" for text in (entity.name, *entity.aliases) if norm(text) == form]
    if not written and form in alias_forms(entity, surnames, norm):
        written.append(f"'{entity.name.split()[-1]}' (the surname in '{entity.name}')")
    return list(dict.fromkeys(written)) or [f"'{form}'"]


def surname_counts(entities: Iterable[Entity], norm: Normalize = name_form) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in entities:
        last = surname(e.name, norm) if e.kind is EntityKind.PERSON else None
        if last:
            counts[last] = counts.get(last, 0) + 1
    return counts


# The kinds a fan may call by a first name alone: "is ilona back", "who plays wrenna".
_GIVEN_NAMED = frozenset({EntityKind.PERSON, EntityKind.ROLE})


def given_names(entities: Iterable[Entity], norm: Normalize = name_form) -> dict[str, str]:
    """Each first name (normalized) that only one person or character has, by whom: chat
    calls people so ("why wasnt ilona there"). Only a name no English word spells, of a
    name whose other words are not all English words either: "tom", "will" or "grace"
    alone are not names enough, and "Lisbon Prizes", a drafted person, has no first name.
    Kept apart from `alias_forms`, so a fact file's validity never depends on it."""
    common = common_words()
    owners: dict[str, set[str]] = {}
    for entity in entities:
        written = entity.name.split()
        if entity.kind not in _GIVEN_NAMED or len(written) < 2:
            continue
        first = norm(written[0])
        rest = norm(" ".join(written[1:])).split()
        if (
            len(first) >= 3
            and first.isalpha()
            and first not in common
            and not all(w in common for w in rest)
        ):
            owners.setdefault(first, set()).add(entity.id)
    return {first: next(iter(ids)) for first, ids in owners.items() if len(ids) == 1}


@dataclass(frozen=True)
class Mention:
    entity_id: str
    start: int  # token index
    end: int  # exclusive


class AliasMatcher:
    """Maps normalized alias phrases to entity ids; finds them in token lists. With
    `by_given_names`, a unique first name no other phrase takes names its owner too."""

    def __init__(
        self,
        entities: Iterable[Entity],
        norm: Normalize = name_form,
        *,
        by_given_names: bool = False,
    ) -> None:
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
        self.given: set[str] = set()  # the first names that name someone on their own
        if by_given_names:
            # after every name and alias: a first name that is a word of anyone else's
            # name ("Sloane" of "Sloane Pictures") stays theirs
            others: dict[str, set[str]] = {}
            for key, owner in self.phrases.items():
                for w in key:
                    others.setdefault(w, set()).add(owner)
            for key in self.ambiguous:
                for w in key:
                    others.setdefault(w, set()).add("")
            for first, entity_id in given_names(entities, norm).items():
                if others.get(first, {entity_id}) == {entity_id}:
                    self.phrases[(first,)] = entity_id
                    self.given.add(first)
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
