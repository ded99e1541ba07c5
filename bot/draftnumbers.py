"""Films an article numbers: '"Saltmarsh: Low Tide," the third film in its franchise'.

Fans name a sequel by its number ("saltmarsh 3", "the third saltmarsh movie") whatever
its title says. When an article says which film of its series a title is, the draft
gives the film those names, and its series a franchise entity, so a question naming the
film by its number finds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from bot.linking import ORDINAL_FILM
from bot.models import Entity, EntityKind
from bot.newsform import year_after
from bot.text import normalize, ordinal_word
from bot.titles import numbered_aliases

# "the third film" just after a title or just before it (normalized text: "the 3rd film"),
# or before it with its series between: "the fourth chapter of its X franchise, now
# officially titled".
_ORDINAL_AFTER = re.compile(rf"^(?:(?:is|was|as|now) )?{ORDINAL_FILM}\b")
_ORDINAL_BEFORE = re.compile(
    rf"\b{ORDINAL_FILM}(?: (?:in|of) (?:its|the) [a-z0-9 -]{{0,40}}?(?:franchise|series|saga))?"
    # ("the third film, 2024's X": its year may stand between)
    r"(?: now| officially)*(?: (?:is|was|called|titled))?(?: (?:19|20)\d\d(?: s)?)?$"
)
_SERIES_SEPARATOR = re.compile(r"\s*:\s*")
# 'X, the sequel to its 2023 fantasy hit "Hollowfen,"' (normalized): X is the second film
# when what follows "sequel to" is its series' own name, the first film. A few words may
# stand between ("the studio's 2024 fantasy hit").
_SEQUEL_TO = (
    r"^(?:the|a|its|their) (?:[a-z-]+ ){{0,2}}(?:sequel|follow up) to "
    r"(?:[a-z0-9-]+ ){{0,6}}?{series}\b"
)
SEQUEL_NUMBER = 2
# A number in a title, which says which film it is whatever a sentence calls it.
_TITLE_NUMBER = re.compile(r"\b(?:\d{1,2}|II|III|IV|V|VI|VII|VIII|IX|X)\b")
# ... or 'has exited the sequel, "Hushwater: The Fathom Ledger"', "Its sequel, X (2001)".
_SEQUEL_BEFORE = re.compile(r"\b(?:the|its|their) (?:[a-z-]+ )?(?:sequel|follow up)$")


def number_films(sentences: Iterable[str], entities: list[Entity]) -> list[Entity]:
    """`entities` (named, ids not yet given; `franchise` holds a franchise's name) with
    each colon title's series made a franchise, and each film the article numbers given
    the names fans use for that number."""
    sentences = list(sentences)
    entities = _series_of_colon_titles(sentences, _called_franchises(sentences, entities))
    numbers, finals = _numbers(sentences, [e for e in entities if e.kind is EntityKind.FILM])
    out: list[Entity] = []
    for entity in entities:
        number = numbers.get(entity.name)
        if number is not None and entity.franchise:
            names = numbered_names(entity.franchise, number)
            names += final_names(entity.franchise) if entity.name in finals else []
            entity = replace(entity, aliases=_with(entity.aliases, names))
        out.append(entity)
    return out


def final_names(series: str) -> list[str]:
    """What fans call the film an article numbers as "the third and final chapter"."""
    return [
        *(
            f"the {last} {series} {noun}"
            for last in ("final", "last")
            for noun in ("film", "movie")
        ),
        # (not "the last film" alone: in a report on a sequel, often the one before it)
        *(f"the final {noun}" for noun in ("film", "movie", "one")),
        "the finale",
    ]


# What an article calls a franchise, by its name: "The Tepworth Chronicles, the fantasy
# franchise that grossed ...", "its horror franchise Ubvale" (a few words may describe it).
_FRANCHISE_AFTER = re.compile(
    r"^[\"'\u201d\u2019]?,?\s+(?:the|a|its)\s+"
    # ... by words describing it, not a phrase about another: "a newcomer to the franchise"
    r"(?:(?!(?:to|of|in|for|with|from|at|by|on|the|a|an)\b)[\w-]+\s+){0,4}?(?:franchise|saga)\b"
)
_FRANCHISE_BEFORE = re.compile(r"\b(?:franchise|saga),?\s+(?:the\s+)?[\"'\u201c\u2018]?$")
_UNDESCRIBED = frozenset({EntityKind.PERSON, EntityKind.ORG})


def _called_franchises(sentences: list[str], entities: list[Entity]) -> list[Entity]:
    """`entities` with each one drafted as a person or a company that the article calls
    a franchise made one: "The Tepworth Chronicles" is no one's name."""
    return [
        replace(e, kind=EntityKind.FRANCHISE, aliases=())
        if e.kind in _UNDESCRIBED and _called_a_franchise(sentences, e.name)
        else e
        for e in entities
    ]


def _called_a_franchise(sentences: list[str], name: str) -> bool:
    said = re.compile(rf"\b{re.escape(name.lower())}\b")
    return any(
        _FRANCHISE_AFTER.match(lowered[m.end() :])
        or _FRANCHISE_BEFORE.search(lowered[: m.start()].removesuffix("the "))
        for lowered in (s.lower() for s in sentences)
        for m in said.finditer(lowered)
    )


def _series_of_colon_titles(sentences: list[str], entities: list[Entity]) -> list[Entity]:
    """ "Saltmarsh: Low Tide" belongs to the series Saltmarsh when the article names
    Saltmarsh outside its titles too ("the first Saltmarsh script", "its Saltmarsh
    series"). "Mission: Impossible - Dead Reckoning Part One" and "Part Two" name no
    series "Mission": the article never says "Mission" but in them. A series a numbered
    title already made a franchise is one too: "Kestrel Run: Ashfall" beside "Kestrel Run
    4: Black Meridian"."""
    by_name = {normalize(e.name): e for e in entities}
    films = [e for e in entities if e.kind is EntityKind.FILM and not e.franchise]
    bases = {e.name: base for e in films if (base := _series_name(e.name))}
    named = {normalize(e.name): e.name for e in entities if e.kind in _SERIES_KINDS}
    named |= {normalize(base): base for base in bases.values()}
    bases |= {
        e.name: base for e in films if (base := _sequel_series(e, sentences, named)) is not None
    }
    outside = normalize(" ".join(sentences))
    for film in sorted(bases, key=len, reverse=True):
        outside = outside.replace(normalize(film), " ")
    series: dict[str, Entity] = {}
    firsts: dict[str, Entity] = {}  # the series' own first film, by the series' name
    for base in sorted(bases.values(), key=len, reverse=True):  # the longer series first
        key = normalize(base)
        drafted = by_name.get(key)
        longer = [k for k in series if k.startswith(f"{key} ")]
        if len(longer) == 1 and drafted is None:
            # "Nimbrake: Station Nine" beside the series "The Nimbrake Protocol": its
            # short name, not a series of its own
            whole = series[longer[0]]
            series[key] = series[longer[0]] = replace(whole, aliases=_with(whole.aliases, [base]))
            continue
        # the series is named outside its titles, or is a numbered title's series already
        # ("Kestrel Run: Ashfall" beside "Kestrel Run 4: Black Meridian")
        said = re.search(rf"\b{re.escape(key)}\b", outside)
        if not said and not (drafted is not None and drafted.kind is EntityKind.FRANCHISE):
            continue
        first: Entity | None = None
        if drafted is not None and drafted.kind is EntityKind.FRANCHISE:
            series[key] = drafted
            # a series article's "Obsidra (2008)": its first film, titled as it is
            first = _first_film(drafted, sentences)
        elif drafted is not None and (first := _first_film(drafted, sentences)) is None:
            # a quoted title without its year, or a name drafted as something else: the
            # series itself ('a fourth mainline "Nightjar Protocol" film')
            series[key] = replace(drafted, kind=EntityKind.FRANCHISE, aliases=())
        else:
            series[key] = Entity("", EntityKind.FRANCHISE, base)
        if first is not None:
            firsts[key] = first
    out = [firsts.get(k, e) if (k := normalize(e.name)) in firsts else e for e in entities]
    out = [e for e in out if normalize(e.name) not in series or normalize(e.name) in firsts]
    out = [
        replace(e, franchise=series[normalize(bases[e.name])].name)
        if e.name in bases and normalize(bases[e.name]) in series
        else e
        for e in out
    ]
    return [*{id(e): e for e in series.values()}.values(), *out]


def _first_film(film: Entity, sentences: list[str]) -> Entity | None:
    """The film that shares its series' name, named with its year ('The first film,
    "Lanternfall" (2019), ...', or a section's heading "Lanternfall (2019)" ->
    "Lanternfall (2019)"), so the series keeps the name
    and fans' "the first Lanternfall" finds the film; None when no year is given."""
    opening = re.compile(rf"(?:^|[\"\u201c]){re.escape(film.name)}")
    year = next(
        (y for s in sentences for m in opening.finditer(s) if (y := year_after(s[m.end() :]))),
        None,
    )
    if year is None:
        return None
    return replace(
        film, kind=EntityKind.FILM, name=f"{film.name} ({year})", aliases=(), franchise=film.name
    )


def _sequel_series(film: Entity, sentences: list[str], series: dict[str, str]) -> str | None:
    """The series (of `series`, names by their normalized form) a sequel titled without
    a colon belongs to: "Ulvenhart Rising", which the article calls a sequel, is of the
    series "Ulvenhart" that its first film or another title names."""
    words = film.name.split()
    for n in range(len(words) - 1, 0, -1):
        base = series.get(normalize(" ".join(words[:n])))
        if base is not None and base != film.name:
            introduced = re.compile(rf"\bsequels?,?\s+(?:\w+\s+){{0,2}}\W?{re.escape(film.name)}")
            return base if any(introduced.search(s) for s in sentences) else None
    return None


# What a sequel's series may be drafted as before it is made one (`_sequel_series`).
_SERIES_KINDS = frozenset({EntityKind.FILM, EntityKind.FRANCHISE})


def _series_name(title: str) -> str | None:
    parts = _SERIES_SEPARATOR.split(title, maxsplit=1)
    return parts[0] if len(parts) == 2 and parts[0] and parts[1] else None


def _numbers(sentences: list[str], films: list[Entity]) -> tuple[dict[str, int], set[str]]:
    """Each film's number, where the article says it once or always the same way; and the
    films it calls the last of their series ("the third and final chapter")."""
    said: dict[str, set[int]] = {}
    finals: set[str] = set()
    previous = ""
    for sentence in sentences:
        joined = " ".join(normalize(sentence).split())
        earlier, previous = f"{previous} {joined}", joined
        for film in films:
            for form in {normalize(f) for f in (film.name, *film.aliases)}:
                if not form:
                    continue
                for match in re.finditer(rf"\b{re.escape(form)}\b", joined):
                    after = _ORDINAL_AFTER.match(joined[match.end() :].lstrip())
                    before = _ORDINAL_BEFORE.search(joined[: match.start()].rstrip())
                    before = before or _of_the_series(joined[: match.start()].rstrip(), film)
                    for found in (after, before):
                        if found is not None:
                            said.setdefault(film.name, set()).add(int(found.group(1)))
                            if re.search(r"\band (?:final|last)\b", found.group(0)):
                                finals.add(film.name)
                    sequel_to = _sequel_to_first(joined[match.end() :].lstrip(), film, films)
                    if sequel_to or _the_sequel(joined[: match.start()], earlier, film, films):
                        said.setdefault(film.name, set()).add(SEQUEL_NUMBER)
    for film in films:
        # "Gloamwright III: ..." is numbered by its title: a sentence saying so ("the third
        # film, X") gives it that number's names, one saying otherwise ("who also helmed
        # the second film, "Brinemoor Reliquary"") none
        if (titled := _title_number(film.name)) is not None and film.name in said:
            said[film.name] &= {titled}
        if said.get(film.name) == {1} and _bare_series_quoted(film, sentences):
            # 'the original "Thornvale"' is the first film, so "Thornvale: The Hawthorn
            # Throne" is not ("who also made the first film, "The Hawthorn Throne" follows")
            del said[film.name]
    numbers = {name: next(iter(n)) for name, n in said.items() if len(n) == 1}
    return numbers, finals & numbers.keys()


def _of_the_series(before: str, film: Entity) -> re.Match[str] | None:
    """ "the second instalment of its fantasy franchise Qirath, confirming that" before a
    film of that series (normalized): the ordinal numbers it, a few words apart."""
    if not film.franchise:
        return None
    return re.search(
        rf"\b{ORDINAL_FILM} (?:in|of) (?:its|the) [a-z0-9 -]{{0,40}}?(?:franchise|series|saga) "
        rf"{re.escape(normalize(film.franchise))}(?: [a-z]+){{0,{SERIES_GAP}}}$",
        before,
    )


# Words that may stand between a series named after its ordinal and its film's title.
SERIES_GAP = 4


def _bare_series_quoted(film: Entity, sentences: list[str]) -> bool:
    """Whether the film's series, which its title extends, is quoted by its bare name as
    a film of its own: 'The original "Thornvale," released in 2022'."""
    series = film.franchise
    if not series or not re.match(rf"{re.escape(series)}\s*[:\-\u2013]", film.name):
        return False  # (not "Tidewright (2019)", the series' first film by its year)
    quoted = re.compile(rf"[\"\u201c]{re.escape(series)}[,.!?]?[\"\u201d]")
    return any(quoted.search(s) for s in sentences)


_ROMAN = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def _title_number(title: str) -> int | None:
    """The number a title gives its film: "Kestrel Run 4: Black Meridian" 4, "Ironwake
    II: Salt and Steel" 2; None for none."""
    found = _TITLE_NUMBER.search(title)
    if found is None:
        return None
    return int(found[0]) if found[0].isdigit() else _ROMAN[found[0]]


def _sequel_to_first(after: str, film: Entity, films: list[Entity]) -> bool:
    """Whether `after` (the normalized text after `film`) calls it the sequel to the
    film that bears its series' bare name, not to another film of the series."""
    if not film.franchise:
        return False
    series = normalize(film.franchise)
    found = re.match(_SEQUEL_TO.format(series=re.escape(series)), after)
    if found is None:
        return False
    rest = after[found.start(0) + found.group(0).rfind(series) :]
    forms = {normalize(f) for other in films for f in (other.name, *other.aliases)}
    # "the sequel to Hollowfen 2" or "... to Hollowfen: Ashfall" is no first film's sequel
    return not any(f != series and re.match(rf"{re.escape(f)}\b", rest) for f in forms if f)


def _the_sequel(before: str, earlier: str, film: Entity, films: list[Entity]) -> bool:
    """Whether `before` (the normalized text before `film`) ends on "the sequel" or "its
    sequel" and the series' first film, by the series' bare name, is named in `earlier`
    (this sentence and the one before): 'X's 2024 thriller "Hushwater," has exited the
    sequel, "Hushwater: The Fathom Ledger"'."""
    if not film.franchise or _SEQUEL_BEFORE.search(before.rstrip()) is None:
        return False
    outside = earlier
    for other in films:  # the series' name inside a title is no first film's
        for form in sorted({normalize(f) for f in (other.name, *other.aliases)}, key=len)[::-1]:
            if form:
                outside = re.sub(rf"\b{re.escape(form)}\b", " ", outside)
    return re.search(rf"\b{re.escape(normalize(film.franchise))}\b", outside) is not None


def numbered_names(series: str, number: int) -> list[str]:
    # "Kestrel Run 6", and as fans write it: "KR6", "KR 6", "Kestrel Run Six"
    names = [f"{series} {number}", *numbered_aliases(f"{series} {number}")]
    word = ordinal_word(number)
    if word:
        names += [f"the {word} {series} film", f"the {word} {series} movie", f"the {word} {series}"]
        # in an article about one series, "the third film" is its third; two series
        # numbered alike lose it, as the draft keeps a shared alias for neither
        names += [f"the {word} film", f"the {word} movie", f"the {word} one", f"part {number}"]
        names.append(f"the {word} installment")  # "will direct the third installment"
    if number == 1:  # "the original Lanternfall"
        names += [f"the original {series}", "the original film", "the original movie"]
    return names


def _with(aliases: tuple[str, ...], more: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*aliases, *more]))
