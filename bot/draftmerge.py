"""Tidying a draft's names: acronyms and short titles merged into their films, franchises
linked, and names two entities would share left out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.aliases import alias_forms, surname, surname_counts, written_as
from bot.draftwords import REGION_FIRSTS, SHORTENED_ENDINGS
from bot.models import Entity, EntityKind
from bot.text import common_words, normalize
from bot.titles import SUBTITLE_SEPARATOR

_OWNERS = (EntityKind.ORG, EntityKind.PLACE)  # the kinds a lone word may be short for
# "Hollow Star 3", "Hollow Star: Part II", "Kestrel Run 4: Black Meridian": series, number.
_NUMBERED_TITLE = re.compile(
    r"(.+?)(?:\s*[:\-\u2013]\s*|\s+)(?:Part\s+)?(\d+|[IVX]+)(?:\s*[:\-\u2013\u2014]\s*\S.*)?"
)


def _merge_short_titles(entities: list[Entity]) -> list[Entity]:
    """ "Dead Reckoning Part One" beside "Mission: Impossible - Dead Reckoning Part One"
    is the same film by its short title (already an alias), not another entity."""
    film_aliases = {_untitled(a) for e in entities if e.kind is EntityKind.FILM for a in e.aliases}
    return [e for e in entities if _untitled(e.name) not in film_aliases]


def _with_quoted_subtitles(entities: list[Entity], text: str) -> list[Entity]:
    """ "The Hollow Bell: Parish" is "Parish" where the article writes '"Parish" is a
    prequel': a one-word subtitle that is an ordinary word becomes the film's alias only
    when the article quotes it alone, as a title."""
    out = []
    for entity in entities:
        parts = SUBTITLE_SEPARATOR.split(entity.name)
        subtitle = parts[-1].strip()
        alone = re.compile(rf"[\"\u201c]{re.escape(subtitle)}[,.!?]?[\"\u201d]")
        if (
            entity.kind is EntityKind.FILM
            and len(parts) > 1
            and len(subtitle.split()) == 1
            and subtitle not in entity.aliases
            and alone.search(text)
        ):
            entity = replace(entity, aliases=(*entity.aliases, subtitle))
        out.append(entity)
    return out


def _untitled(name: str) -> str:
    """A title without its article: "Hollow Crown" is "The Hollow Crown"."""
    return normalize(name).removeprefix("the ")


def _with_franchises(entities: list[Entity], known_forms: set[str]) -> list[Entity]:
    """Numbered films ("Hollow Star 3", "Kestrel Run 4: Black Meridian") belong to a
    franchise named by their title.

    Until ids are given, `franchise` holds the franchise's name.
    """
    out: list[Entity] = []
    franchises: dict[str, Entity] = {}
    names = {normalize(e.name) for e in entities} | known_forms
    drafted = {normalize(e.name): e for e in entities}
    for entity in entities:
        match = _NUMBERED_TITLE.fullmatch(entity.name)
        if entity.kind is EntityKind.FILM and match:
            base = match.group(1).strip()
            key = normalize(base)
            if key and key not in names and key not in franchises:
                franchises[key] = Entity("", EntityKind.FRANCHISE, base)
            elif key in drafted:
                # "Mirefield Stories" beside "Mirefield Stories 2" names the series (and
                # its first film, "Veilrunner" (2021), which is no entity of its own).
                franchises[key] = replace(drafted[key], kind=EntityKind.FRANCHISE)
            if key in franchises:
                entity = replace(entity, franchise=franchises[key].name)
        out.append(entity)
    series = {id(drafted[key]) for key in franchises if key in drafted}
    return [*franchises.values(), *(e for e in out if id(e) not in series)]


def _surname_for_subject(
    entities: list[Entity], company_words: frozenset[str] = frozenset()
) -> list[Entity]:
    """A lone surname several people share ("Wrenfield" beside Tobias, Edwin and Philip
    Wrenfield) is the first of them the article names: in a biography its subject, who
    is called by the surname alone from the second sentence on. The lone word is then no
    entity of its own. But not one a company's name opens on ("Orvalis" beside Orvalis
    Instruments, founded by Ulmar and Ulvig Orvalis): that is the company's (see
    `_short_names`)."""
    persons = [e for e in entities if e.kind is EntityKind.PERSON and len(e.name.split()) >= 2]
    companies = {
        words[0]
        for e in entities
        if e.kind is EntityKind.ORG
        and len(words := normalize(e.name).split()) >= 2
        and not company_words.isdisjoint(words[1:])
    }
    lone = {
        normalize(e.name): e
        for e in entities
        if len(e.name.split()) == 1 and normalize(e.name) not in companies
    }
    given: dict[str, str] = {}  # person name -> the surname alias it takes
    for form, word in lone.items():
        sharing = [p for p in persons if surname(p.name) == form]
        if len(sharing) >= 2:
            given[sharing[0].name] = word.name
    if not given:
        return entities
    dropped = {normalize(a) for a in given.values()}
    return [
        replace(e, aliases=(*e.aliases, given[e.name])) if e.name in given else e
        for e in entities
        if not (len(e.name.split()) == 1 and normalize(e.name) in dropped)
    ]


def _middle_names(entities: list[Entity]) -> list[Entity]:
    """A person named once with a middle name ("Tobiah Renwick Castell (June 3, 1958 -
    ...) was ...") is the person named without it everywhere else ("Tobiah Castell"):
    the longer name becomes an alias of the shorter, when exactly one person fits."""
    persons = [e for e in entities if e.kind is EntityKind.PERSON]
    short: dict[tuple[str, str], list[Entity]] = {}
    for person in persons:
        words = normalize(person.name).split()
        if len(words) == 2:
            short.setdefault((words[0], words[1]), []).append(person)
    longer: dict[int, list[str]] = {}  # id() of the short form's entity -> its long names
    dropped: set[int] = set()
    for person in persons:
        words = normalize(person.name).split()
        owners = short.get((words[0], words[-1]), []) if len(words) >= 3 else []
        if len(owners) == 1:
            longer.setdefault(id(owners[0]), []).extend((person.name, *person.aliases))
            dropped.add(id(person))
    return [
        replace(e, aliases=(*e.aliases, *longer[id(e)])) if id(e) in longer else e
        for e in entities
        if id(e) not in dropped
    ]


def _given_names(entities: list[Entity], title: str = "") -> list[Entity]:
    """A lone word that is a first or middle name of exactly one person the article
    names ("Marcus" beside Marcus Fenwright, "Osric" beside Warden Osric Vale) is that
    person, called by it in a quote or a character's name: an alias, not an entity. But
    not the article's `title` or its first word: "Jorhaven", over Jorhaven University's
    history, is the university's."""
    titled = {normalize(title), *normalize(title).split()[:1]}
    persons = [e for e in entities if e.kind is EntityKind.PERSON and len(e.name.split()) >= 2]
    given: dict[str, list[Entity]] = {}
    for person in persons:
        for word in {normalize(w) for w in person.name.split()[:-1]}:
            given.setdefault(word, []).append(person)
    aliases: dict[str, list[str]] = {}
    dropped: set[str] = set()
    for entity in entities:
        owners = given.get(normalize(entity.name), [])
        if (
            len(entity.name.split()) == 1
            and normalize(entity.name) not in titled
            and entity.kind is not EntityKind.FILM
            and len(owners) == 1
        ):
            aliases.setdefault(owners[0].id or owners[0].name, []).append(entity.name)
            dropped.add(entity.name)
    return [
        replace(e, aliases=(*e.aliases, *aliases.get(e.id or e.name, ())))
        for e in entities
        if e.name not in dropped
    ]


def _short_names(
    entities: list[Entity], company_words: frozenset[str], title: str = ""
) -> list[Entity]:
    """A lone word that ends the name of exactly one place or institution the article
    names ("Picturedrome" beside the Yvelmark Picturedrome), or begins a company's
    ("Dwelmoor" beside Dwelmoor Pictures: a name holding one of `company_words`), is
    that one, called so after the first mention: an alias, not an entity. But not the
    article's `title`: "Ovesby", over the town's history, is the town, not the Ovesby
    Brewery."""
    owners: dict[str, list[Entity]] = {}
    titled = normalize(title).split()[:2]
    for entity in entities:
        words = normalize(entity.name).split()
        # (no region's: "Faldria" beside Upper Faldria is the whole, no short name of it)
        if len(words) >= 2 and entity.kind in _OWNERS and words[0] not in REGION_FIRSTS:
            owners.setdefault(words[-1], []).append(entity)
            # "Clarendale Media Group"; and the article's subject: "Pelham" over Pelham
            # Athletic's history is the club (not the town), "the Pemmeral" the river
            if not company_words.isdisjoint(words[1:]) or words[:2] == titled:
                owners.setdefault(words[0], []).append(entity)
    aliases: dict[str, list[str]] = {}
    dropped: set[str] = set()
    for entity in entities:
        heads = owners.get(normalize(entity.name), [])
        if normalize(entity.name) == normalize(title):
            continue
        lone = len(entity.name.split()) == 1 and entity.kind is not EntityKind.FILM
        if lone and len(heads) == 1 and not _named_after(heads[0], entity, company_words):
            aliases.setdefault(heads[0].name, []).append(entity.name)
            dropped.add(entity.name)
    # ... and the subject is called by its first word, as fans call Jorhaven University
    # "Jorhaven", when no other name is that word and it is no ordinary one ("New")
    first = titled[0] if titled else ""
    subject = next((o for o in owners.get(first, []) if o.name in title), None)
    named = {normalize(n) for e in entities for n in (e.name, *e.aliases)}
    if subject is not None and first not in named and first not in common_words():
        aliases.setdefault(subject.name, []).append(subject.name.split()[0])
    return [
        replace(e, aliases=tuple(dict.fromkeys((*e.aliases, *aliases.get(e.name, ())))))
        for e in entities
        if e.name not in dropped
    ]


def _named_after(company: Entity, place: Entity, company_words: frozenset[str]) -> bool:
    """Whether `place` ("the city of Neskhaven") is what a business is named after (the
    Neskhaven Tramway Company), not the business: a club is ("Ogbury" for Ogbury Rovers)."""
    words = normalize(company.name).split()
    business = not (company_words | {"company", "corporation"}).isdisjoint(words)
    return place.kind is EntityKind.PLACE and words[0] == normalize(place.name) and business


def _formal_names(entities: list[Entity]) -> list[Entity]:
    """An organisation is called without its formal or trade ending ("Pelham Athletic" for
    Pelham Athletic Football Club) after its first mention, and by fans: the short name is an
    alias of the one full name it fits, and a drafted entity of that name is it."""
    full: dict[str, list[tuple[Entity, str]]] = {}
    for entity in entities:
        words = entity.name.split()
        cut = len(words)
        while cut > 2 and normalize(words[cut - 1]) in SHORTENED_ENDINGS:
            cut -= 1
        if entity.kind is EntityKind.ORG and cut < len(words):
            short = " ".join(words[:cut])
            full.setdefault(normalize(short), []).append((entity, short))
    aliases: dict[int, list[str]] = {}
    dropped: set[int] = set()
    for owners in full.values():
        if len(owners) == 1:
            aliases.setdefault(id(owners[0][0]), []).append(owners[0][1])
    for entity in entities:
        owners = full.get(normalize(entity.name), [])
        if len(owners) == 1 and entity.kind is not EntityKind.FILM and owners[0][0] is not entity:
            aliases.setdefault(id(owners[0][0]), []).extend(entity.aliases)
            dropped.add(id(entity))
    return [
        replace(e, aliases=tuple(dict.fromkeys((*e.aliases, *aliases.get(id(e), ())))))
        for e in entities
        if id(e) not in dropped
    ]


def tidied_names(
    entities: list[Entity], company_words: frozenset[str], sentences: Sequence[str] = ()
) -> list[Entity]:
    """The names of bodies and people merged where one is another's short form or its
    nickname; but not the article's title (its first of `sentences`): "Nibbersby", over
    the town's history, is no first name."""
    title = sentences[0] if sentences else ""
    people = _surname_for_subject(_formal_names(entities), company_words)
    return _nicknames(_given_names(_middle_names(people), title), sentences)


# "Nicknamed "the Kestrels", the club ...": the name fans call the article's subject by.
_NICKNAMED = re.compile(
    r"\b(?i:nicknamed),?\s+[\"\u201c]?(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)


def _nicknames(entities: list[Entity], sentences: Sequence[str]) -> list[Entity]:
    """A name the article says its subject (named by its title) is nicknamed is an alias
    of the subject, not an entity of its own."""
    titled = normalize(sentences[0]).split()[:2] if sentences else []
    subject = next(
        (e for e in entities if titled and normalize(e.name).split()[:2] == titled), None
    )
    called = {normalize(m) for s in sentences for m in _NICKNAMED.findall(s)}
    if subject is None or not called:
        return entities
    nicknames = [e for e in entities if normalize(e.name) in called and e is not subject]
    dropped = {id(e) for e in nicknames}
    more = tuple(n for e in nicknames for n in (e.name, *e.aliases))
    return [
        replace(e, aliases=tuple(dict.fromkeys((*e.aliases, *more)))) if e is subject else e
        for e in entities
        if id(e) not in dropped
    ]


def _resolve_clashes(drafted: list[Entity], known: list[Entity]) -> tuple[list[Entity], list[str]]:
    """Drop what would make two entities share a name, as the loader would refuse it.

    An alias two entities would share is kept for neither. A drafted entity whose name
    an existing entity already uses is left out. A lone word that is also a drafted
    person's surname is left out, or the person is, as explained below. Returns the
    entities and notes saying what was left out, for the draft's comments.
    """
    notes: list[str] = []
    known_ids = {e.id for e in known}
    for _ in range(len(drafted) + sum(len(e.aliases) for e in drafted) + 1):
        everyone = [*known, *drafted]
        surnames = surname_counts(everyone)
        owners: dict[str, list[str]] = {}
        for entity in everyone:
            for form in alias_forms(entity, surnames):
                owners.setdefault(form, []).append(entity.id)
        clashes = {f: ids for f, ids in owners.items() if len(ids) > 1}
        if not clashes:
            break
        by_id = {e.id: e for e in drafted}
        remove_alias: dict[str, set[str]] = {}
        drop: set[str] = set()
        for form, ids in sorted(clashes.items()):
            mine = [i for i in ids if i in by_id]
            named = [i for i in mine if normalize(by_id[i].name) == form]
            aliased = [
                i
                for i in mine
                if i not in named and any(normalize(a) == form for a in by_id[i].aliases)
            ]
            shared = "', '".join(ids)
            if aliased:
                for i in aliased:
                    remove_alias.setdefault(i, set()).add(form)
                # The alias as the draft would have written it, not its folded form.
                typed = written_as(by_id[aliased[0]], form, surnames)[0]
                notes.append(f"alias {typed} would name '{shared}'; it is kept for neither.")
                continue
            if any(i in known_ids for i in ids):
                losers = mine  # the facts already name it: the draft gives way
            elif named and len(mine) > len(named):
                # A lone word that is also a person's surname ("Okafor" beside "Marisol
                # Okafor") is that person, unless it heads other names, as "Harvard"
                # does in "Harvard College" and "Harvard Yard": then it is a name itself.
                heads = sum(1 for e in drafted if normalize(e.name).startswith(form + " "))
                losers = [i for i in mine if (i in named) != (heads >= 2)]
            else:
                losers = mine[1:]  # cannot happen: names are unique by their form
            for i in losers:
                drop.add(i)
                others = "', '".join(x for x in ids if x != i)
                notes.append(
                    f"'{by_id[i].name}' ({by_id[i].kind.value}) is not drafted: "
                    f"{written_as(by_id[i], form, surnames)[0]} already names '{others}'; "
                    "add it by hand with a distinct name if needed."
                )
        if not remove_alias and not drop:
            break  # cannot happen: every clash names a drafted entity
        drafted = [
            replace(
                e,
                aliases=tuple(
                    a for a in e.aliases if normalize(a) not in remove_alias.get(e.id, set())
                ),
            )
            for e in drafted
            if e.id not in drop
        ]
        alive = {e.id for e in drafted} | known_ids
        drafted = [
            replace(e, franchise=None) if e.franchise and e.franchise not in alive else e
            for e in drafted
        ]
    return drafted, notes
