"""What a sentence of an article refers back to without naming it.

"Ilse Varg took the Anchor in 1702. She sold it in 1711." The second sentence is about
Ilse Varg; "It" opening a sentence is what the sentence before opened on; and "the park"
two sentences after "Lindholm Park" is that park. A passage tagged with what it refers
back to answers "when did Ilse Varg sell the Anchor?", which needs the passage to be
about her. Only the plainest references are read: a pronoun
opening the sentence, and "the" before the last word of a name just mentioned.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot import mentions
from bot.biography import main_person
from bot.headnouns import described_head, head_named, head_noun, other_company
from bot.models import Entity, EntityKind
from bot.ownthing import own_noun, own_thing, says_the
from bot.text import common_words, stem

# "He", "His", "She", "Her" among a sentence's first words: its subject is the person the
# sentence before opened on, when that one named just one person.
PERSON_PRONOUNS = frozenset("he his him she her".split())
# "It", "Its" opening a sentence: the thing the sentence before opened on.
THING_PRONOUNS = frozenset("it its".split())
PRONOUN_REACH = 3  # "In 1711 she sold ...": the pronoun may follow a short opener
# "The actor stepped away ...": a sentence opening on a person's calling, with "the",
# refers back as "He" would.
CALLINGS = frozenset(
    """actor actress star filmmaker director writer screenwriter composer producer singer
    author architect artist engineer novelist poet painter musician scientist
    cinematographer dancer player coach""".split()
)
# How many sentences naming nothing (a heading, a quote) a pronoun may reach back over.
CHAIN_REACH = 3
# How many sentences back "the park" may point to "Lindholm Park".
DEFINITE_REACH = 2
# Kinds a draft may give a person named by one word ("Edward", "Rollo").
_MAYBE_PEOPLE = frozenset({EntityKind.ORG, EntityKind.PERSON})
_FILM_NOUNS = frozenset("film movie picture sequel installment instalment".split())
_THAT_WORK = _FILM_NOUNS | {"project", "adaptation"}  # "That project is slated to begin"
# "The film" opening a sentence ("the sequel" is read by `_last_sequel`).
_PLAIN_FILM_NOUNS = frozenset("film movie picture feature".split())
_WORD = re.compile(r"[A-Za-z][\w'-]*")
# "Made for about $11 million, it grossed ...", "Created by X for Y, it ran ...": a
# participle's clause before the "it" that is the sentence's subject.
_AFTER_PARTICIPLE = re.compile(
    r"(?:[A-Z][a-z]+ed|Made|Shot|Built|Set|Written|Sold|Known|Begun|Taken|Given|Seen)\b"
    r"[^.;\"]{0,160}?, (?:it|its)\b"
    # ... or a short phrase of measure or time: "At 112 minutes, it is the longest" (one
    # of time with or without its comma: "Over the past quarter century it has")
    r"|(?:At|In|On|With|By)\b[^,.;\"]{0,30}, it\b|(?:Over|During|Since|Throughout|In)\b[^,.;\"]{0,40}?,? it\b"
)


_OPENING_IT = re.compile(r"\W*(?:It|Its)\b")


def opens_on_it(sentence: str) -> bool:
    """Whether `sentence`'s subject is an "it" that refers back: "It grossed ...", "Made
    for $11 million, it grossed ..."."""
    return _OPENING_IT.match(sentence) is not None or _AFTER_PARTICIPLE.match(sentence) is not None


# "It will now open March 12", "It now arrives in May": an "it" that is released.
_RELEASED_IT = re.compile(
    r"\W*It (?:will (?:now )?|now |instead )?(?:open|opens|arrive|arrives|debut|debuts|bow|bows"
    r"|premiere|premieres|hit|hits)\b"
)


# "Born in March 1981 in Oudermolen, a town in Gelderland, she trained ...": a
# participle's clause before the pronoun that is the sentence's subject.
_PERSON_AFTER_PARTICIPLE = re.compile(
    r"(?:[A-Z][a-z]+ed|Born|Raised|Known|Seen|Taken|Given|Made|Written|Brought)\b"
    r"[^.;\"]{0,160}?, (?:he|she)\b"
)


def referred(
    sentences: Sequence[str],
    named: Sequence[Sequence[str]],
    entities: Mapping[str, Entity],
    subject: str | None = None,
) -> list[tuple[str, ...]]:
    """For each sentence, the entities it refers back to and does not name itself. A
    "he" that points to no one person before it is the article's `subject`, if it has one
    (a biography's "Among his students were X and Y. In 2014 he received ...")."""
    out: list[tuple[str, ...]] = []
    opened_on_pronoun: list[bool] = []
    opened_on_film: dict[int, str] = {}  # sentences opening on "The film", and which it is
    own = own_thing(sentences, named, entities)

    def _people(ids: Sequence[str]) -> list[str]:
        return [e for e in ids if entities[e].kind is EntityKind.PERSON]

    for i, sentence in enumerate(sentences):
        written = _WORD.findall(sentence)
        words = [w.lower() for w in written]
        found: list[str] = []
        opened_on_pronoun.append(
            _opens_on_pronoun(written) or _PERSON_AFTER_PARTICIPLE.match(sentence) is not None
        )
        if i and opened_on_pronoun[i]:
            people = _carried(opened_on_pronoun[i - 1], out[i - 1], entities) or _people(
                named[i - 1]
            )
            if not people and len(set(named[i - 1])) == 1:
                # "... the attitudes of Edward. He appointed ...": a draft takes a lone
                # first name for an organisation, but a "he" can only be that one
                people = [e for e in named[i - 1] if entities[e].kind in _MAYBE_PEOPLE]
            back = i - 1
            while not people and back > max(0, i - CHAIN_REACH) and not _people(named[back]):
                # "He also wrote papers on iron. Honours. He was awarded a medal": after
                # sentences naming no one, about whom the one before them referred to
                back -= 1
                people = _people((*named[back], *out[back]))
            if not people and out:
                people = _people(out[-1])
            if len(set(people)) > 1:  # "with Hugo's daughter, Philippa X, who won ... She"
                people = [
                    e for e in people if not mentions.only_owner(sentences[i - 1], entities[e])
                ]
            openers = [e for e in people if mentions.opens(sentences[i - 1], entities[e])]
            if not openers and not _opens_on_a_pronoun_itself(written):
                # "Missing is X, who played the ship's doctor, Emil Varga. ... the British
                # actor said": of a player and a part played, the player
                openers = [e for e in people if not _played(sentences[i - 1], entities[e])]
            if len(set(people)) == 1:
                found.append(people[0])
            elif len(set(openers)) == 1 and not _opens_on_a_pronoun_itself(written):
                # "Gideon Pryce, who played Captain Elias Varne, cancelled ... The actor
                # explained ...": of two people, the one the sentence before opened on
                found.append(openers[0])
            elif subject is not None and written[0].lower() != "the":
                found.append(subject)
        described = _AFTER_PARTICIPLE.match(sentence) is not None
        if i and ((words[:1] and words[0] in THING_PRONOUNS) or described):
            # "Copper Sky 2 earned $600 million. It was shot in Iceland." ("Made for $11
            # million, it grossed ...")
            # ("Harold Quenby won the title. Its most successful rower is ...": an "its"
            # is no person's)
            opener = next(
                (
                    e
                    for e in named[i - 1]
                    if mentions.opens(sentences[i - 1], entities[e])
                    and not _surely_a_person(entities[e])
                ),
                None,
            )
            if _RELEASED_IT.match(sentence) and (
                opener is None or entities[opener].kind is not EntityKind.FILM
            ):
                # "Pelworth Crane also moved "Mossbacks 2" out of the holidays. It will now
                # open March 12": a studio opens no film; the film moved does
                opener = _last_film(sentences[i - 1], named[i - 1], entities) or opener
            if opener is None:
                # "The most famous work is the Bayeux Tapestry. It was commissioned by
                # Odo.": what the sentence before said its subject is
                opener = next(
                    (e for e in named[i - 1] if _identified(sentences[i - 1], entities[e])), None
                )
            if opener is None and i - 1 in opened_on_film:
                # "The film, which was shot in 19 days, ... Its success with audiences":
                # the film that sentence opened on by its noun
                opener = opened_on_film[i - 1]
            if opener is None and described:
                # "... moved to streaming with "The Long Watch," a prequel series. Created
                # by X, it ran for two seasons": a work made, the one thing named before
                # (a bare "It was a cold year" may mean anything)
                things = {e for e in named[i - 1] if entities[e].kind is not EntityKind.PERSON}
                opener = things.pop() if len(things) == 1 else None
            if opener is not None:
                found.append(opener)
        if i and words[:1] == ["that"] and words[1:2] and words[1] in _THAT_WORK:
            # "... the second installment, "The Undertow." That film grossed $212 million."
            film = _last_film(sentences[i - 1], named[i - 1], entities)
            if film is not None:
                found.append(film)
        plain = words[:1] == ["the"] and words[1:2] and words[1] in _PLAIN_FILM_NOUNS
        if i and (plain or _STUDIOS_FILM.match(sentence)):
            # '... the premiere of "Clay Season" (1961). The film, which was shot in 19
            # days, ...' ("The Drubrook Animation release has now earned"): the one film
            # the sentence before named
            films = {e for e in named[i - 1] if entities[e].kind is EntityKind.FILM}
            if len(films) == 1 and _introduced(sentences[i - 1], entities[next(iter(films))]):
                opened_on_film[i] = films.pop()
                found.append(opened_on_film[i])
        if i and words[:2] == ["the", "sequel"] and (sequel := _last_sequel(named, entities, i)):
            found.append(sequel)  # '... for "Glimmerfold: The Salt Orrery," the sequel to ...'
        text = " ".join(words)
        unpossessed = [w.removesuffix("'s") for w in words]  # "the studio's chief executive"
        stemmed = f" {' '.join(stem(w) for w in unpossessed)} "  # "the theater": Tower Theatre
        if i and _PART_NOUNS.search(text) and not _PART_NAMED.search(sentence):
            # "Brennick, who has played Hesk, has exited. ... Halcyon has recast the role
            # with Fisk": the part named last before (not "who played Y ... the role")
            part = _last_part(sentences, named, entities, i)
            if part is not None and part not in found:
                found.append(part)
        by_noun: set[str] = set()
        recent = range(max(0, i - DEFINITE_REACH), i)
        window = [e for k in recent for e in (*named[k], *out[k])]  # "the park" after "the park"
        for entity_id in window:
            head = head_noun(entities[entity_id])
            if own is not None and entity_id != own[0] and own_noun(own, head, window):
                continue  # "the park" in the park's article, after it and one compared with it
            if head and other_company(named[i], head, entities):
                continue  # "talks with Gulvard stalled when the studio": Gulvard's
            if head and says_the(head, stemmed, sentence) and entity_id not in found:
                found.append(entity_id)
            elif head and described_head(sentence, head):
                by_noun.add(entity_id)
        if len(by_noun - set(found)) == 1:  # "the railway tunnel", of one tunnel named
            found.extend(by_noun - set(found))
        if (
            own is not None
            and says_the(own[1], stemmed, sentence)  # "Stanwold Studios": "the studio's"
            and not head_named([*found, *named[i]], own[1], entities)
        ):
            # "The railway was founded in 1868", far below the headline "Ashcombe Valley
            # Railway": the article's own railway, when no other was just named
            found.append(own[0])
        out.append(tuple(e for e in found if e not in named[i]))
    return out


def about(
    sentences: Sequence[str], named: Sequence[Sequence[str]], entities: Mapping[str, Entity]
) -> list[list[str]]:
    """For each sentence, the entities it names and then those it refers back to."""

    def tagged(subject: str | None) -> list[list[str]]:
        back = referred(sentences, named, entities, subject)
        return [[*ids, *more] for ids, more in zip(named, back, strict=True)]

    # A first reading finds a biography's subject; a second lets an unexplained "he" mean it.
    first = tagged(None)
    subject = main_person(first, entities)
    return first if subject is None else tagged(subject)


# "the role", "the part", "the character": a part named in a sentence just before.
_PART_NOUNS = re.compile(r"\bthe (?:role|part|character)\b(?! of)")
# Words before a part's name, with up to four words between ("played the eccentric
# ship's surgeon Dr. Aldous Finch").
_PART_CUE = r"\b(?:play(?:s|ed|ing)?|portray\w*|voic\w+|as|role of|reprising)\s+(?:\S+\s+){0,4}?"


def _last_part(
    sentences: Sequence[str], named: Sequence[Sequence[str]], entities: Mapping[str, Entity], i: int
) -> str | None:
    """The part (a character) named last within DEFINITE_REACH sentences before `i`."""
    for back in range(i - 1, max(-1, i - 1 - DEFINITE_REACH), -1):
        for entity_id in reversed(named[back]):
            entity = entities[entity_id]
            if entity.kind not in (EntityKind.PERSON, EntityKind.ROLE):
                continue
            if _played(sentences[back], entity):
                return entity_id
    return None


# A part a sentence names itself, which its "the role" means: "who played the housekeeper
# Mrs Calvick, retired; the role was never recast" (a capital after a cue for a part).
_PART_NAMED = re.compile(r"\b(?:play(?:s|ed|ing)?|portray\w*|voic\w+)\s+(?:\S+\s+){0,4}?[A-Z]")


def _played(sentence: str, entity: Entity) -> bool:
    """Whether `sentence` names the entity as a part played ("who played the ship's
    doctor, Emil Varga")."""
    forms = "|".join(re.escape(n) for n in (entity.name, *entity.aliases))
    return re.search(_PART_CUE + f"(?:{forms})", sentence, re.IGNORECASE) is not None


def _identified(sentence: str, entity: Entity) -> bool:
    """Whether the sentence's first "is" or "was" says its subject is the entity."""
    copula = re.search(r"\b(?:is|was)\s+(?:the\s+)?", sentence)
    if copula is None:
        return False
    rest = sentence[copula.end() :].casefold()
    return any(rest.startswith(name.casefold()) for name in (entity.name, *entity.aliases))


def _last_film(sentence: str, named: Sequence[str], entities: Mapping[str, Entity]) -> str | None:
    """The film a sentence names last, which "That film" opening the next one means."""
    text = sentence.casefold()
    at = {
        e: max(text.rfind(n.casefold()) for n in (entities[e].name, *entities[e].aliases))
        for e in named
        if entities[e].kind is EntityKind.FILM
    }
    return max(at, key=at.__getitem__) if at else None


def _introduced(sentence: str, film: Entity) -> bool:
    """Whether `sentence` opens on `film`, gives its year ('the premiere of "Clay Season"
    (1961)') or what it is ('an animated spin-off, "Yolmarch: The Lantern Keepers,"'), as
    "The film" of the next may mean; not if it names it in passing."""
    name = re.escape(film.name)
    dated = rf"{name}[,.]?[\"\u201d]?,? \((?:1[89]|20)\d\d\)|{_WHAT_IT_IS},? [\"\u201c]{name}"
    return re.search(dated, sentence) is not None or mentions.opens(sentence, film)


_WHAT_IT_IS = r"\b(?:spin-off|spinoff|film|movie|feature|sequel|prequel|reboot|adaptation)"
# A film called by its studio's name: "The Drubrook Animation release".
_STUDIOS_FILM = re.compile(r"The (?:[A-Z][\w'-]* ){1,3}(?:release|title|film|movie|picture)\b")


def _last_sequel(
    named: Sequence[Sequence[str]], entities: Mapping[str, Entity], i: int
) -> str | None:
    """The film of a series named last in the `DEFINITE_REACH` sentences before sentence
    `i`, which "The sequel" opening it means: a film of a franchise, not the series' first
    film (drafted as "Lanternfall (2019)" beside the franchise "Lanternfall")."""
    for back in range(i - 1, max(-1, i - 1 - DEFINITE_REACH), -1):
        films = [
            e
            for e in named[back]
            if entities[e].kind is EntityKind.FILM
            and entities[e].franchise
            and not entities[e].name.endswith(")")  # "Lanternfall (2019)": the first
            and "the first film" not in entities[e].aliases  # "the first film, 2023's X"
        ]
        if films:
            return films[-1]
    return None


# "In a short video message played to the audience, the 78-year-old actor explained
# ...": a calling as the subject after an opening phrase, perhaps with an age before it.
# (The words are rejoined without their commas, so the opener is a run of small words.)
_CALLING_AFTER_OPENER = re.compile(
    rf"^(?:(?:In|On|At|After|Before|During|Later|Asked|Speaking|Earlier)\b[^A-Z]{{0,80}}\s)"
    rf"the (?:[\w-]+ )?(?:{'|'.join(sorted(CALLINGS))})\b"
)


def _opens_on_a_pronoun_itself(written: list[str]) -> bool:
    """A pronoun, not a calling ("the actor"), among the first words: "She sold the inn"
    after two people may mean either; "the 81-year-old actor" after "X, who played Y"
    is the one the sentence before opened on."""
    return any(w.lower() in PERSON_PRONOUNS for w in written[:PRONOUN_REACH])


def _opens_on_pronoun(written: list[str]) -> bool:
    """ "He appointed ...", "In 1711 she sold ...": a personal pronoun among the first
    words, with no name before it ("In 1711 Maren and her brother" is about Maren), or
    "The actor ..."."""
    if len(written) > 1 and written[0] == "The" and written[1].lower() in CALLINGS:
        return written[2:3] == [] or not written[2][:1].isupper()  # not "The painter X"
    if _CALLING_AFTER_OPENER.match(" ".join(written)):
        return True
    for k, word in enumerate(written[:PRONOUN_REACH]):
        if word.lower() in PERSON_PRONOUNS:
            return True
        if k and word[:1].isupper():
            return False
    return False


def _carried(
    opened_on_pronoun: bool, referred: Sequence[str], entities: Mapping[str, Entity]
) -> list[str]:
    """The person a pronoun opening the sentence before meant (`referred`, when it
    `opened_on_pronoun`), which a pronoun opening the next one continues: "He
    photographed "Salt and Iron" for director Peter Ashgrove. His work on ..." is the
    photographer's, not Ashgrove's. Empty when it opened on no pronoun. (After "Ilse Varg
    met Maren Holt." a "She" is left alone: either may be meant.)"""
    carried = {e for e in referred if entities[e].kind is EntityKind.PERSON}
    return list(carried) if opened_on_pronoun and len(carried) == 1 else []


def _surely_a_person(entity: Entity) -> bool:
    """Whether `entity` is a person named as people are, by a surname no dictionary has
    ("Harold Quenby"): a draft may call "Kellingby Minster" or "Castellan" a person too."""
    words = entity.name.lower().split()
    return entity.kind is EntityKind.PERSON and len(words) > 1 and words[-1] not in common_words()
