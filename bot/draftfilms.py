"""Which film a film-news article is about, and which of its sentences speak of it.

A news story names its subject in the lede: '"Veilrunner: Tidebreak," the third film in
the franchise, opens June 18'. Later sentences name earlier films to compare ("which
grossed $1.12 billion", "who helmed the 2024 entry X"), and may name them more often
than the new one, so the film named most is not the subject; the film the lede names is.
A sentence that names an earlier film only in an aside ("Odessa Kilbride, who helmed
X, returns to direct") still speaks of the article's film.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot import newsform
from bot.coref import opens_on_it
from bot.draftlede import main_film, series_first_named
from bot.models import Entity, EntityKind
from bot.text import normalize

# ", who helmed the 2024 entry "X," returns": a relative clause set off by commas. A
# quoted title may hold its own closing comma, which then ends the aside; an apposition
# inside it does not ("whose previous feature, the drama "X", won ..."). A credit in
# apposition is one too, to its comma or the sentence's end: "written by Theo Marchetti,
# creator of the audio drama "Quiet Frequencies"."
_CREDIT = (
    r"(?:co-?)?(?:creator|director|writer|author|star|producer|showrunner|helmer|maker"
    r"|filmmaker|composer|cinematographer|editor)"
)
_ASIDE = re.compile(
    # ", who directed the second installment, "Thornveil 2: Lanterns of the Deep,"": a
    # title in apposition to the clause's last noun (set off by its own comma) is inside
    # the aside too; ', who took over from X, "Deepwater" opened' is the sentence's own.
    # An apposition holding the clause is one too: ", the actor whose turn in "Y" made
    # him a star,", ", the ensemble that performed on all three earlier films,"
    # ... as is one ending the sentence: ", who first worked together on the short "X.""
    r",\s*(?:(?:the|a|an)\s+[^,\"\u201c]*?\s(?:who|whose|which|that)|who|whose|which)\b[^,]*(?:,\s*(?:the|a|an)\s[^,]*)*(?:,(?:\s*[\"\u201c][^\"\u201d]+(?:,[\"\u201d]|[\"\u201d],))?|[\"\u201d.]*$)"
    rf"|,\s*(?:(?:the|a)\s+)?(?:[\w-]+\s+)?{_CREDIT}s?\s+(?:of|behind)\b[^,]*(?:,|[\"\u201d.]*$)"
    # ", the Dutch filmmaker best known for the drama "X", who ..."
    r"|,\s*(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,5})?(?:best\s+)?known\s+for\b[^,]*(?:,|[\"\u201d.]*$)"
    # ", topping the $160 million spent on "Embers."": a film measured against
    # (its comma may close the aside before it: ", which would make it ..., topping")
    r"|(?:,|(?<=,))\s*(?:topping|surpassing|eclipsing|outpacing|exceeding|overtaking)\b[^,]*"
    r"(?:,|[\"\u201d.]*$)"
)


def named_only_aside(sentence: str, films: Sequence[str], entities: Mapping[str, Entity]) -> bool:
    """Whether every mention of `films` in `sentence` stands inside a relative clause set
    off by commas, so the sentence's own statement is about something else."""
    asides = [m.span() for m in _ASIDE.finditer(sentence)]
    if not asides or not films:
        return False
    lowered = sentence.casefold()
    for film in films:
        entity = entities.get(film)
        if entity is None:
            return False
        spans = [
            m.span()
            for form in (entity.name, *entity.aliases)
            for m in re.finditer(re.escape(form.casefold()), lowered)
        ]
        inside = [any(a <= s and e <= b for a, b in asides) for s, e in spans]
        if not spans or not all(inside):
            return False
    return True


# "the sequel", "its new film": the article's film, unless a title follows as its
# apposition ('its 2022 sequel, "Ironbloom: Red Orbit,"'), which names another.
ANAPHORA = re.compile(
    r"\b(?:the|this|its)\s+(?:\w+\s+)?(?:film|movie|sequel)\b(?!,?\s*[\"\u201c])", re.I
)
# "moved that film to April": the film just named, in an aside or not.
_THAT_FILM = re.compile(r"\bthat (?:film|movie|picture|sequel|title|release)\b", re.I)
# A sentence that opens on a show, series or spin-off speaks of the one just named.
_OTHER_WORK = re.compile(
    r"^\W*(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}(?:show|series|spin-?off|special)\b", re.I
)


# A sentence that opens on an earlier film speaks of it, not of the article's, also after
# a short opening phrase: "Under the terms, the first two films will leave ...".
_EARLIER = re.compile(
    r"^\W*(?:(?:[\w'-]+\s+){0,3}[\w'-]+,\s+)?(?:the|its)\s+(?:original|first|previous|earlier|prior)\b",
    re.I,
)


# Another studio's films, or the studio's own of other series.
_NOT_THE_SERIES = r"\bother (?:\w+ )?(?:films|movies|releases|titles|tentpoles)\b"
# Earlier films of the series by their numbers, in a sentence that does not come back to
# the new one ("returns", "again", "the new film"): "wrote the screenplays for the second
# and third films", "the first two films will leave Kinetix".
_OTHER_FILMS = re.compile(
    r"^(?!.*\b(?:return\w*|again|back|new|next|upcoming|latest)\b).*\bthe (?:first|second|third"
    r"|fourth|fifth|two|three|four|five|\w+ (?:two|three|four))(?: and \w+)? (?:films|movies"
    r"|installments|instalments|entries)\b"
    # "two other wide releases, both of which open in June"
    rf"|{_NOT_THE_SERIES}"
    # "Krieg, who directed all three earlier films"
    r"|\b(?:all|the) (?:\w+ )?(?:earlier|previous|prior) (?:films|movies|installments|instalments"
    r"|entries)\b",
    re.I,
)


def other_work(sentence: str, films: Sequence[str], before: Sequence[str]) -> str | None:
    """ "The six-episode show ...", after a sentence naming the spin-off series X: X,
    the last of the other titles (`before`) the sentence before named; None otherwise."""
    if films or not before or not _OTHER_WORK.search(sentence):
        return None
    return before[-1]


# How many other films must each lead a paragraph for an article to be a roundup, whose
# paragraphs are each about their own film. A story about one film may give a
# paragraph to a star's other project, and that paragraph stays about the story's film.
ROUNDUP_FILMS = 2
# How early in a paragraph's first sentence a film must be named to be its subject:
# 'In a distant second place, the political thriller "The Pennington Affair" earned',
# not '... a scheduling conflict with his streaming series "The Long Watch"'.
LEAD_WORDS = 12


def films_of_text(
    sentences: Sequence[str],
    opens_paragraph: Sequence[bool],
    named: Sequence[Sequence[str]],
    entities: Mapping[str, Entity],
    announced: frozenset[str] = frozenset(),
) -> list[tuple[str | None, str | None]]:
    """For each sentence, the article's film (`main_film`; `announced`: the films the
    draft made for untitled ones) and the film its paragraph is about when that is
    another: the first film an earlier sentence of the paragraph names outside an aside.
    "In third, "Little Lanterns 2" eased 22%. Its running total is $171 million." A
    box-office roundup gives each film a paragraph, and a sentence naming no film there
    speaks of that film, not of the weekend's winner. Naming the article's film takes the
    paragraph back; a film of the same series never takes it. Only in a roundup: an
    article with at least `ROUNDUP_FILMS` paragraphs whose first sentence opens on
    another film (a story about one film may end a paragraph on a star's other project,
    and the next paragraph is the story's again). An article in sections headed by its
    films' titles gives each section's sentences its film (`_sections`)."""
    # a film the lede names only in an aside is the star's earlier work ("X, the actor
    # whose turn in "Y" made him a star, has landed ..."), not the story's film
    own = [
        [
            e
            for e in ids
            if not (_is_film(entities, e) and named_only_aside(sentence, [e], entities))
        ]
        for sentence, ids in zip(sentences, named, strict=True)
    ]
    main = series_first_named(sentences, own, entities) or main_film(
        own, lambda e: _is_film(entities, e), lambda a, b: _one_series(entities, a, b), announced
    )
    if sentences and _titled_by_a_thing(sentences[0], named[0], entities):
        main = None  # "Idlewren Studios" over a studio's history: its films are its work
    found: list[tuple[str | None, str | None]] = []
    current: str | None = None
    led: set[str] = set()  # the other films that open a paragraph as its subject
    for k, (sentence, ids) in enumerate(zip(sentences, named, strict=True)):
        opening = k < len(opens_paragraph) and opens_paragraph[k]
        if opening:
            current = None
        found.append((main, current))
        films = [e for e in ids if _is_film(entities, e)]
        if not films or named_only_aside(sentence, films, entities):
            continue
        if main in films:
            current = None
        elif current is None and main and not _EARLIER.search(sentence):
            # an earlier film of the same series is background to news of the new one
            current = next((f for f in films if not _one_series(entities, f, main)), None)
            if current and opening and _named_within(sentence, entities[current], LEAD_WORDS):
                led.add(current)
    if (sections := _sections(sentences, opens_paragraph, named, entities)) is not None:
        return [(main if lede else film, None) for lede, film in sections]
    return found if len(led) >= ROUNDUP_FILMS else [(main, None) for main, _ in found]


def _titled_by_a_thing(title: str, named: Sequence[str], entities: Mapping[str, Entity]) -> bool:
    """Whether a reference article's title line is the name of a place or an organisation
    (a studio, a cinema, a movement): its films are then its work, not its subject."""
    words = title.split()
    if not named or len(words) > HEADING_WORDS or title.rstrip().endswith(_SENTENCE_END):
        return False
    thing = entities[named[0]]
    bare = normalize(title).removeprefix("the ")
    # (a biography's films stay: "the work" of one sentence is the film the one before
    # named, which the article's film stands in for)
    return thing.kind in (EntityKind.ORG, EntityKind.PLACE) and bare == normalize(thing.name)


# A heading: a paragraph of one short line without a sentence's end ("Obsidra (2008)",
# "Cast and characters").
HEADING_WORDS = 12
_SENTENCE_END = (".", "!", "?", '"', "\u201d", ":", ";", ",")


def _sections(
    sentences: Sequence[str],
    opens_paragraph: Sequence[bool],
    named: Sequence[Sequence[str]],
    entities: Mapping[str, Entity],
) -> list[tuple[bool, str | None]] | None:
    """For an article in sections headed by its films' titles (an encyclopedia's film
    series: "Obsidra II: The Marshfire Regent (2011)"), each sentence's section: in the
    lede (True), or under the film its heading names, or under a heading of no one film
    ("Reception"), which is the series'. None for an article with no such headings."""
    out: list[tuple[bool, str | None]] = []
    lede, film, by_film = True, None, False
    series: str | None = None
    for k, sentence in enumerate(sentences):
        alone = k < len(opens_paragraph) and opens_paragraph[k]
        alone = alone and (k + 1 >= len(opens_paragraph) or opens_paragraph[k + 1])
        heading = (
            k > 0
            and alone
            and len(sentence.split()) <= HEADING_WORDS
            and not sentence.rstrip().endswith(_SENTENCE_END)
        )
        if heading:
            films = [e for e in named[k] if _is_film(entities, e)]
            lede, film = False, films[0] if len(films) == 1 else None
            by_film = by_film or film is not None
            series = series or (entities[film].franchise if film else None)
        out.append((lede, film))
    return [(lede, film or series) for lede, film in out] if by_film else None


def _named_within(sentence: str, film: Entity, words: int) -> bool:
    """Whether `sentence` names `film` among its first `words` words."""
    lowered = sentence.casefold()
    at = [i for n in (film.name, *film.aliases) if (i := lowered.find(n.casefold())) >= 0]
    return bool(at) and len(sentence[: min(at)].split()) < words


def film_of(
    sentence: str,
    about: list[str],
    before: Sequence[str],
    films_here: tuple[str | None, str | None],
    entities: Mapping[str, Entity],
) -> str | None:
    """The film `sentence` speaks of, its example questions to be asked about; adds it
    to `about` (the entity ids the sentence is about) when the sentence names it only by
    "the sequel", an aside or nothing at all. `before`: what the sentence before named;
    `films_here`: the article's film and its paragraph's (see `films_of_text`)."""
    main_film, of_paragraph = films_here
    _with_first_film(sentence, about, entities)
    films = [e for e in about if _is_film(entities, e)]
    earlier = other_work(
        sentence, films, [e for e in before if _is_film(entities, e) and e != main_film]
    )
    if earlier:
        # "... a spin-off series, X. The six-episode show is expected to begin filming in
        # 2027": the show is X, not the article's film
        about.append(earlier)
        return earlier
    film = films[0] if films else main_film
    if not films and (
        _EARLIER.search(sentence)
        or newsform.series_began(sentence)  # of its first film
        or _OTHER_FILMS.search(_ASIDE.sub(",", sentence))
    ):
        # 'The original "Harrowgate," released in 2019, grossed ...', "Oyelaran wrote
        # the screenplays for the second and third films" (but not "Director X, who
        # also helmed the fourth and fifth installments, responded to the news"), which
        # are of the article's series all the same
        film_entity = entities.get(main_film or "")
        series = (
            film_entity.franchise
            if film_entity and _is_film(entities, film_entity.id)
            else main_film
        )
        if series and series not in about and not re.search(_NOT_THE_SERIES, sentence):
            about.append(series)
        return None
    anaphora = ANAPHORA.search(sentence)
    # ... but "X, which had dated its thriller "Y" for March, moved that film" is of Y
    aside = named_only_aside(sentence, films, entities) and not _THAT_FILM.search(sentence)
    if of_paragraph and (not films or aside) and of_paragraph not in films:
        # a roundup's paragraph about another film, which its "the film" means too (and
        # "The film was directed by X, whose previous feature, "Y," ...": not Y)
        about.append(of_paragraph)
        return of_paragraph
    if films and sentence.startswith("The sequel"):
        return film  # the sequel named last before it (`coref`), not the article's film
    if sentence.startswith(("The film", "The movie")) and (
        back := [f for f in films if f in before]
    ):
        return back[0]  # the film the sentence before opened on (`coref`), not the article's
    if not films and _of_the_original(sentence, about, main_film, entities):
        return None
    if main_film and main_film not in about and (anaphora or aside or not films):
        # "the sequel", no film named at all, or another film named only in an aside
        # ("X, who helmed the 2024 entry Y, returns to direct"), in an article about one
        # film: that film.
        about.append(main_film)
        return main_film if anaphora or aside else film
    return film


def _with_first_film(sentence: str, about: list[str], entities: Mapping[str, Entity]) -> None:
    """Adds to `about` the first film of a series the sentence names as its first: 'The
    first "Lumenfall" grossed $612 million' is of "Lumenfall (2019)", when the article
    gave that film its year (see `draftnumbers._first_film`), not only of the series."""
    for series in [entities[e] for e in about if e in entities]:
        if series.kind is not EntityKind.FRANCHISE:
            continue
        said = re.search(rf"\b(?:first|original)\s+\W?{re.escape(series.name)}\b", sentence)
        first = next(
            (
                e.id
                for e in entities.values()
                if e.franchise == series.id and _YEARED.fullmatch(e.name.removeprefix(series.name))
            ),
            None,
        )
        if said and first is not None and first not in about:
            about.append(first)


_YEARED = re.compile(r" \((?:19|20)\d\d\)")


def _of_the_original(
    sentence: str, about: Sequence[str], main_film: str | None, entities: Mapping[str, Entity]
) -> bool:
    """'"Embercask" was something of an outlier when it opened in 2023. Made for $95
    million, it opened ...', in an article about "Embercask 2": the series' title alone,
    quoted as a sentence's subject or referred back to by "it", is its first film, not
    the article's."""
    film = entities.get(main_film or "")
    series = entities.get(film.franchise or "") if film is not None else None
    if series is None or series.id not in about:
        return False
    # opening the sentence, its subject: not 'the ship at the center of the series since
    # 2019's "Sunderfjord."', said of the new film's set
    quoted = re.match(rf"\W*[\"“]{re.escape(series.name)}[,.]?[\"”]", sentence)
    named = re.search(rf"\b{re.escape(series.name)}\b", sentence)
    return quoted is not None or (named is None and opens_on_it(sentence))


def _one_series(entities: Mapping[str, Entity], film: str, other: str) -> bool:
    """Whether two films belong to one franchise: the same franchise entity, or the same
    first word of their titles ("Ironwake II" and "Ironwake: Tidebreaker")."""
    a, b = entities[film], entities[other]
    if a.franchise and a.franchise == b.franchise:
        return True
    return a.name.split()[0].strip(":").casefold() == b.name.split()[0].strip(":").casefold()


def _is_film(entities: Mapping[str, Entity], entity_id: str) -> bool:
    entity = entities.get(entity_id)
    return entity is not None and entity.kind is EntityKind.FILM
