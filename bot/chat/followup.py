"""Follow-ups: a question that names no film or person leans on the conversation.

Four forms, each found from the engine's own parse and entity kinds:
- elliptical, naming a new entity: "and mi8?", "what about rebecca ferguson?" ask the
  previous question again with the entity of the same kind swapped in;
- elliptical, naming nothing: "and the director?" asks it about the last film;
- pronouns: "when does it come out?", "is she back?", "is he in it?" name the last film
  or person ("the movie", "this one" count as "it");
- "why?": the previous question asked as a why-question.
A question with none of these cues is answered as typed, whatever came before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from bot.chat.context import Turn
from bot.chat.message import QUESTION_STARTS
from bot.chat.protocol import ChatEngine, ParsedLike
from bot.models import EntityKind, Fact
from bot.text import GLUE, PERSON_PRONOUNS

GROUP_PRONOUNS = frozenset("they them their".split())
FILM_PRONOUNS = frozenset("it its".split())
# "the movie", "this film", "that one" (normalize spells "one" as "1"): the film talked about.
_FILM_DETERMINERS = frozenset("the this that".split())
_FILM_NOUNS = frozenset("movie film 1".split())
# "is it true that ...", "it was reported ...": an "it" that stands for no film.
_EXPLETIVE_AFTER = frozenset(
    "true confirmed official known rumored rumoured said reported announced possible likely".split()
)
# How an elliptical follow-up opens, longest first.
_LEADS: tuple[tuple[str, ...], ...] = (
    ("and", "what", "about"),
    ("and", "how", "about"),
    ("what", "about"),
    ("how", "about"),
    ("what", "of"),
    ("same", "for"),
    ("and", "for"),
    ("and",),
    ("also",),
    ("or",),
)
_WHY = frozenset({("why",), ("why", "not"), ("how", "come"), ("why", "is", "that"), ("why", "so")})
# A message this short that only names something ("mi8?") is elliptical too.
MAX_BARE_WORDS = 5


@dataclass(frozen=True, slots=True)
class Resolution:
    """A follow-up made standalone."""

    question: str  # what the engine is asked
    filled: tuple[str, ...]  # entity ids the conversation supplied (or swapped in)


def resolve(
    engine: ChatEngine,
    question: str,
    words: Sequence[str],
    turns: Sequence[Turn],
    facts_by_id: Callable[[], Mapping[str, Fact]],
) -> Resolution | None:
    """`question` (with its normalized `words`) made standalone from `turns` (oldest
    first), or None when it needs no context or the conversation has none to give."""
    if not turns or not _has_cue(words):
        return None
    return _Resolver(engine, turns, facts_by_id).resolve(engine.parse(question))


def _has_cue(words: Sequence[str]) -> bool:
    """A cheap look for any cue, so a plain question costs no extra parse."""
    if not words:
        return False
    pronouns = PERSON_PRONOUNS | GROUP_PRONOUNS | FILM_PRONOUNS | _FILM_NOUNS
    return (
        any(w in pronouns for w in words)
        or _lead(words) > 0
        or tuple(words) in _WHY
        or (len(words) <= MAX_BARE_WORDS and words[0] not in QUESTION_STARTS)
    )


def _lead(words: Sequence[str]) -> int:
    for lead in _LEADS:
        if tuple(words[: len(lead)]) == lead:
            return len(lead)
    return 0


def _group(kind: EntityKind) -> EntityKind:
    """Kinds that can stand in for each other in a swap: a character for a person, a
    franchise for a film."""
    if kind is EntityKind.ROLE:
        return EntityKind.PERSON
    if kind is EntityKind.FRANCHISE:
        return EntityKind.FILM
    return kind


class _Resolver:
    def __init__(
        self,
        engine: ChatEngine,
        turns: Sequence[Turn],
        facts_by_id: Callable[[], Mapping[str, Fact]],
    ) -> None:
        self.engine = engine
        self.turns = turns
        self.facts_by_id = facts_by_id
        self._parsed: dict[str, ParsedLike] = {}

    def parse(self, text: str) -> ParsedLike:
        if text not in self._parsed:
            self._parsed[text] = self.engine.parse(text)
        return self._parsed[text]

    def kind(self, entity_id: str) -> EntityKind | None:
        entity = self.engine.entities.get(entity_id)
        return entity.kind if entity is not None else None

    def name(self, entity_id: str) -> str:
        return self.engine.entities[entity_id].name

    def named(self, parsed: ParsedLike, kind: EntityKind) -> list[str]:
        return [e for e in parsed.entities if self.kind(e) is kind]

    # ------------------------------------------------------------------ the forms

    def resolve(self, parsed: ParsedLike) -> Resolution | None:
        words = [w for w in parsed.words if w]
        if tuple(words) in _WHY:
            return self.why()
        if self.has_pronoun(parsed):
            return self.pronouns(parsed)
        lead = _lead(words)
        in_mention = {i for m in parsed.mentions for i in range(m.start, m.end)}
        rest = [
            w for i, w in enumerate(words) if i >= lead and i not in in_mention and w not in GLUE
        ]
        bare = lead > 0 or (len(words) <= MAX_BARE_WORDS and words[0] not in QUESTION_STARTS)
        if parsed.mentions and not rest and bare:
            return self.swap(parsed)
        if lead and not parsed.mentions and rest:
            return self.about_last_film(words[lead:])
        return None

    def why(self) -> Resolution | None:
        previous = self.last_asked()
        if previous is None:
            return None
        parsed = self.parse(previous)
        words = list(parsed.words)
        if words and words[0] in QUESTION_STARTS and parsed.qtype != "yesno":
            words = words[1:]  # "when does mi8 start filming" -> "why does mi8 start filming"
        # "because" is the word a stated reason carries: with it the engine prefers a fact
        # that gives one, and declines rather than repeat the previous answer.
        return Resolution(" ".join(["why", *words, "because"]), tuple(parsed.entities))

    def swap(self, parsed: ParsedLike) -> Resolution | None:
        """The previous question again, with each newly named entity in place of the one
        of its kind: "when does mi7 come out" + "and mi8?"."""
        previous = self.last_asked()
        if previous is None:
            return None
        before = self.parse(previous)
        out: list[str | None] = list(before.words)
        used: set[int] = set()
        filled: list[str] = []
        appended: list[str] = []
        for mention in parsed.mentions:
            kind = self.kind(mention.entity_id)
            if kind is None:
                continue
            for at, old in enumerate(before.mentions):
                old_kind = self.kind(old.entity_id)
                if at in used or old_kind is None or _group(old_kind) is not _group(kind):
                    continue
                used.add(at)
                out[old.start] = self.name(mention.entity_id)
                for i in range(old.start + 1, old.end):
                    out[i] = None
                filled.append(mention.entity_id)
                break
            else:
                # "is pom klementieff back?" + "and mi8?": ask it about that film.
                if kind is EntityKind.FILM and not self.named(before, EntityKind.FILM):
                    appended.append(f"in {self.name(mention.entity_id)}")
                    filled.append(mention.entity_id)
        if not filled:
            return None
        question = " ".join([w for w in out if w is not None] + appended)
        return Resolution(question, tuple(filled))

    def about_last_film(self, rest: list[str]) -> Resolution | None:
        """ "and the director?" -> "the director of <the last film>"."""
        film = self.last(EntityKind.FILM)
        if film is None:
            return None
        joint = "" if rest[0] in QUESTION_STARTS else "of "
        return Resolution(f"{' '.join(rest)} {joint}{self.name(film)}", (film,))

    def has_pronoun(self, parsed: ParsedLike) -> bool:
        return any(
            w in PERSON_PRONOUNS or w in GROUP_PRONOUNS or self.is_film_pronoun(parsed.words, i)
            for i, w in enumerate(parsed.words)
        )

    @staticmethod
    def is_film_pronoun(words: Sequence[str], at: int) -> bool:
        word = words[at]
        if word in FILM_PRONOUNS:
            after = [w for w in words[at + 1 : at + 3] if w not in {"is", "was", "been"}]
            return not (after and after[0] in _EXPLETIVE_AFTER)
        return word in _FILM_DETERMINERS and at + 1 < len(words) and words[at + 1] in _FILM_NOUNS

    def pronouns(self, parsed: ParsedLike) -> Resolution | None:
        words: list[str | None] = list(parsed.words)
        filled: list[str] = []
        names_film = bool(self.named(parsed, EntityKind.FILM))
        names_person = bool(self.named(parsed, EntityKind.PERSON))
        film = None if names_film else self.last(EntityKind.FILM)
        person = None if names_person else self.last(EntityKind.PERSON)
        film_pronoun = False
        for i, word in enumerate(parsed.words):
            if film is not None and self.is_film_pronoun(parsed.words, i):
                words[i] = self.name(film)
                if word in _FILM_DETERMINERS:
                    words[i + 1] = None
                film_pronoun = True
            elif person is not None and word in PERSON_PRONOUNS:
                words[i] = self.name(person)
                filled.append(person)
            elif not names_person and word in GROUP_PRONOUNS:
                group = self.last_people()
                if group:
                    words[i] = " and ".join(self.name(p) for p in group)
                    filled.extend(group)
        if film_pronoun and film is not None:
            filled.append(film)
        elif filled and film is not None and parsed.qtype == "yesno":
            # "is she back?" is asked about the film the conversation is on.
            words.append(f"for {self.name(film)}")
            filled.append(film)
        if not filled:
            return None
        return Resolution(" ".join(w for w in words if w is not None), tuple(dict.fromkeys(filled)))

    # ------------------------------------------------------------------ looking back

    def last_asked(self) -> str | None:
        for turn in reversed(self.turns):
            if turn.asked:
                return turn.text
        return None

    def last(self, kind: EntityKind) -> str | None:
        """The entity of `kind` the conversation was last about: named in a turn or, for
        a film, the film of the fact that answered it."""
        for turn in reversed(self.turns):
            found = self.named(self.parse(turn.text), kind)
            if found:
                return found[0]
            if kind is EntityKind.FILM and turn.facts:
                fact = self.facts_by_id().get(turn.facts[0])
                films = [e for e in fact.entities if self.kind(e) is kind] if fact else []
                if films:
                    return films[0]
        return None

    def last_people(self) -> list[str]:
        for turn in reversed(self.turns):
            people = self.named(self.parse(turn.text), EntityKind.PERSON)
            if people:
                return people
        return []
