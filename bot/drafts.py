"""`facts build`: turn a new article into a draft fact file for a moderator to curate.

The draft names the people, films, places and organisations the article mentions, the
aliases fans are likely to use for its films, and one passage fact per sentence with a
guessed topic and example questions, so a reload serves the article before anyone edits it.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.aliases import AliasMatcher, alias_forms, surname_counts
from bot.errors import FactProblem, FactsError
from bot.facts import load_facts
from bot.history import History, Supersession, newly_superseded
from bot.linking import Link, apply_links, link_titles, mentioned
from bot.models import Entity, EntityKind, FactSet
from bot.sources import MONTH_NAMES, SourceDoc, parse_date, read_source
from bot.text import GLUE, NUMBER_WORDS, common_words, normalize

MONTHS = "|".join(m.capitalize() for m in MONTH_NAMES)
DATE = re.compile(rf"\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b")
# Capitalised phrases: "Mission: Impossible 7", "Top Gun: Maverick", "Denis Villeneuve".
_WORD = r"[A-Z][\w'\u2019.-]*"
_JOIN = r"(?:\s*[:\-\u2013\u2014]\s*|\s+(?:of|the|de|la|van|von)\s+|\s+)"
PHRASE = re.compile(rf"{_WORD}(?:{_JOIN}(?:{_WORD}|\d+|[IVX]+\b))*")
# Outside film articles a colon separates things ("Norman: Nourmands; French: Normands").
_JOIN_NO_COLON = r"(?:\s*[\-\u2013]\s*|\s+(?:of|the|de|la|van|von)\s+|\s+)"
PHRASE_NO_COLON = re.compile(rf"{_WORD}(?:{_JOIN_NO_COLON}(?:{_WORD}|\d+|[IVX]+\b))*")
FILM_CUES = re.compile(
    r"\b(film|movie|sequel|installment|instalment|franchise|trilogy|prequel)s?\b", re.I
)
PLACE_BEFORE = re.compile(r"\b(in|to|at|from|across|near|around)\s+(the\s+)?$", re.I)
ORG_WORDS = {
    "pictures",
    "studios",
    "studio",
    "entertainment",
    "bros",
    "bros.",
    "films",
    "media",
    "netflix",
    "paramount",
    "disney",
    "universal",
    "warner",
    "sony",
    "amazon",
    "apple",
    "instagram",
    "twitter",
    "x",
    "tiktok",
    "youtube",
    "variety",
    "deadline",
    "cinemacon",
}
CALENDAR = frozenset(
    [
        *MONTH_NAMES,
        *(m[:3] for m in MONTH_NAMES),
        "sept",
        *"monday tuesday wednesday thursday friday saturday sunday".split(),
        *"today tomorrow yesterday".split(),
    ]
)
ORDINALS = {v: k for k, v in NUMBER_WORDS.items() if v.endswith(("st", "nd", "rd", "th"))}
CARDINALS = {v: k for k, v in NUMBER_WORDS.items() if v.isdigit() and k.isalpha() and len(k) > 2}
CARDINALS_BY_WORD = frozenset(CARDINALS.values())

TOPIC_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "release_date",
        re.compile(
            r"\b(release|released|releasing|dated|premiere|hits? theaters|in theaters|opens?|arrives?|debuts?)\b",
            re.I,
        ),
    ),
    ("director", re.compile(r"\b(direct(s|ed|ing|or)?|helm(s|ed|ing)?|filmmaker)\b", re.I)),
    (
        "returning_cast",
        re.compile(r"\b(return(s|ed|ing)?|reprise|back as|veterans?|come back)\b", re.I),
    ),
    ("new_cast", re.compile(r"\b(join(s|ed|ing)?|new cast|newcomer|cast as|debut)\b", re.I)),
    (
        "filming_location",
        re.compile(r"\b(film(ed|ing)? in|shoot(ing)? in|shot in|location|on location)\b", re.I),
    ),
    (
        "production",
        re.compile(
            r"\b(production|filming|shoot(ing)?|wrap(ped|s)?|principal photography)\b", re.I
        ),
    ),
    ("quote", re.compile(r"[\"\u201c].+[\"\u201d]|\b(said|says|told)\b")),
]
QUESTION_TEMPLATES = {
    "release_date": ["When does {film} come out?", "What is the release date of {film}?"],
    "director": ["Who directs {film}?", "Who is the director of {film}?"],
    "returning_cast": ["Who is returning for {film}?", "Who is back in {film}?"],
    "new_cast": ["Who is joining the cast of {film}?", "Who is new in {film}?"],
    "filming_location": ["Where is {film} filming?", "Where was {film} shot?"],
    "production": ["When does {film} start filming?", "How is production on {film} going?"],
}


@dataclass
class DraftReport:
    source: Path
    draft: Path
    entities: Counter[str] = field(default_factory=Counter)
    aliases: int = 0
    passages: int = 0
    dates: list[str] = field(default_factory=list)
    date: str = ""  # the date the source is served with
    warnings: list[str] = field(default_factory=list)
    left_out: int = 0  # entities or aliases left out because two entities would share them
    linked: dict[str, list[str]] = field(default_factory=dict)  # known id -> words naming it
    links: list[Link] = field(default_factory=list)  # new names for known entities
    created: list[str] = field(default_factory=list)  # "id (kind)" of each new entity
    superseded: list[Supersession] = field(default_factory=list)  # that this article causes

    def summary(self) -> str:
        kinds = ", ".join(
            f"{n} {k}{'s' if n != 1 else ''}" for k, n in sorted(self.entities.items())
        )
        lines = [f"Warning: {w}" for w in self.warnings]
        lines += [
            f"Copied the article to {self.source} (dated {self.date}).",
            f"Drafted {self.draft}: {kinds or 'no new entities'}, {self.aliases} aliases, "
            f"{self.passages} passage facts.",
        ]
        if self.left_out:
            lines.append(
                f"Left out {self.left_out} names that two entities would share; "
                "the draft's comments list them."
            )
        if self.dates:
            lines.append(f"Dates it mentions: {', '.join(self.dates)}.")
        lines += self.linking_lines()
        if self.superseded:
            lines.append("Superseded once reloaded (the newest report is the answer):")
            lines += [f"  {s.describe()}" for s in self.superseded]
        lines.append(
            "Curate the draft (fix kinds, add aliases, turn passages into facts), then run "
            "`franchise-bot facts reload` to serve it."
        )
        return "\n".join(lines)

    def linking_lines(self) -> list[str]:
        """What the draft linked and created, as the summary and the draft's comments say it."""
        lines = []
        if self.linked:
            lines.append("Linked to existing entities (named in the article as):")
            lines += [
                f"  {eid}: {', '.join(repr(w) for w in words[:4])}"
                for eid, words in sorted(self.linked.items())
            ]
        if self.links:
            lines.append(
                "New names for existing entities ([[link]] tables; delete one to undo it):"
            )
            lines += [
                f"  {link.drafted_id} is {link.entity_id}: {', '.join(link.names[:3])} "
                f"(evidence: \u201c{link.evidence}\u201d)"
                for link in self.links
            ]
        if self.created:
            lines.append(f"New entities: {', '.join(self.created)}.")
        return lines


def build_draft(
    article: Path, facts_dir: Path, *, force: bool = False, date: str | None = None
) -> DraftReport:
    """Copy `article` into `facts_dir/sources/` and write a draft fact file for it.

    `date` (YYYY-MM-DD) dates the article, replacing its date line; an article with
    neither is refused. The copy in sources/ always starts with a `date YYYY-MM-DD` line.
    The article's films, people and places are linked to the entities the facts already
    have, and a title it gives an existing film ("the seventh film is called X") becomes
    that film's alias in a [[link]] table; the draft's comments say what was linked, on
    what evidence, and what is new.

    Raises FactsError (nothing left behind) when the article cannot be read, has no
    text or no date, or a file of that name already exists (unless `force`). The draft always
    validates: names two entities would share are left out and noted in it.
    """
    article = Path(article)
    if date is not None and parse_date(date) != date:
        raise FactsError([FactProblem(str(article), 0, f"--date {date!r} is not YYYY-MM-DD.")])
    if not article.is_file():
        raise FactsError([FactProblem(str(article), 0, "no such article file.")])
    try:
        raw = article.read_text(encoding="utf-8")
        doc = read_source(article)
    except (OSError, UnicodeDecodeError) as exc:
        raise FactsError(
            [FactProblem(str(article), 1, f"cannot read it as UTF-8 text: {exc}.")]
        ) from None
    if not doc.sentences:
        raise FactsError([FactProblem(str(article), 1, "the article has no text.")])
    sources = facts_dir / "sources"
    target = sources / (article.stem + ".txt")
    draft = facts_dir / f"{_slug(article.stem) or 'article'}.toml"
    warnings: list[str] = []
    served = _served_date(article, doc, date, warnings)
    content = raw.encode("utf-8")
    if served != doc.date:
        body = raw.split("\n", 1)[1] if doc.date_line is not None and "\n" in raw else raw
        if doc.date_line is not None and "\n" not in raw:
            body = ""
        content = f"date {served}\n\n{body.lstrip(chr(10))}".encode()
        doc = replace(doc, date=served)
    for path in (target, draft):
        if path.exists() and not force and not (path == target and path.read_bytes() == content):
            raise FactsError(
                [
                    FactProblem(
                        str(path),
                        0,
                        "already exists; use --force to replace it, or rename the article.",
                    )
                ]
            )
    before: FactSet | None = None
    # A broken fact file elsewhere must not stop drafting; reload will say so.
    with contextlib.suppress(FactsError):
        before = load_facts(facts_dir) if facts_dir.is_dir() else None
    known = list(before.entities) if before is not None else []
    entities, notes = _extract_entities(doc, known)
    entities, links = link_titles(doc.sentences, entities, known)
    known, links, link_notes = apply_links(known, entities, links)
    notes += link_notes
    report = DraftReport(source=target, draft=draft, date=served, warnings=warnings)
    report.dates = list(dict.fromkeys(DATE.findall(doc.text)))
    report.left_out = len(notes)
    report.links = links
    report.linked = mentioned(doc.sentences, known)
    text = _render(doc, entities, known, report, notes)
    sources.mkdir(parents=True, exist_ok=True)
    copied = not target.exists() or target.read_bytes() != content
    if copied:
        target.write_bytes(content)
    draft.write_text(text, encoding="utf-8")
    own, after = _own_problems(facts_dir, draft, target)
    if own:
        # Not expected (the property tests try hard to find such an article), but a
        # draft the loader refuses would block every reload: fall back to passages only.
        report = DraftReport(source=target, draft=draft, date=served, warnings=warnings)
        report.warnings.append(
            "the drafted entities did not validate ("
            + "; ".join(str(p) for p in own[:3])
            + "), so the draft has passages only; please report this article."
        )
        draft.write_text(_render(doc, [], known, report, notes), encoding="utf-8")
        own, after = _own_problems(facts_dir, draft, target)
    if own:
        draft.unlink()
        if copied:
            target.unlink()
        raise FactsError(own)
    if after is not None:
        report.superseded = newly_superseded(
            History(before) if before is not None else None, History(after)
        )
    return report


def _own_problems(
    facts_dir: Path, draft: Path, target: Path
) -> tuple[list[FactProblem], FactSet | None]:
    try:
        facts = load_facts(facts_dir)
    except FactsError as exc:
        problems = [p for p in exc.problems if p.file in (draft.name, f"sources/{target.name}")]
        return problems, None
    return [], facts


def _served_date(article: Path, doc: SourceDoc, date: str | None, warnings: list[str]) -> str:
    """The date to serve the article with. Without one, nothing is built: an undated
    report cannot be ordered against the others (the newest report is the answer)."""
    if date is not None:
        if doc.date and doc.date != date:
            warnings.append(f"using --date {date} instead of the article's date line {doc.date}.")
        return date
    if doc.date:
        return doc.date
    problem = (
        f"its first line {doc.date_line!r} is not a date I can read"
        if doc.date_line is not None
        else "it has no date line (the first line should be 'date YYYY-MM-DD')"
    )
    raise FactsError(
        [
            FactProblem(
                str(article),
                1,
                f"{problem}, and every report needs the date it was published so that newer "
                "news wins; add the line or pass --date YYYY-MM-DD.",
            )
        ]
    )


def _slug(text: str) -> str:
    # Accents folded first, so "Céloron" is "celoron", not "c-loron".
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _is_common(word: str, common: frozenset[str]) -> bool:
    """An ordinary English word, or an inflection of one ("Supplies", "Bogged", "Fewer")."""
    w = word.lower().strip(".'")
    if w in common or w in GLUE:
        return True
    for suffix, replacement in _INFLECTIONS:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)] + replacement
            if stem in common or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in common):
                return True
    return False


_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("est", ""),
)


def _phrases(doc: SourceDoc, film_doc: bool) -> Iterator[tuple[str, re.Match[str], bool]]:
    pattern = PHRASE if film_doc else PHRASE_NO_COLON
    for sentence in doc.sentences:
        for match in pattern.finditer(sentence):
            before = sentence[: match.start()].strip()
            yield sentence, match, not before or before[-1] in "\"'(:;"


def _extract_entities(doc: SourceDoc, known: list[Entity]) -> tuple[list[Entity], list[str]]:
    known_forms = {normalize(f) for e in known for f in (e.name, *e.aliases)}
    common = common_words()
    words_in_doc = len(doc.text.split())
    cues = len(FILM_CUES.findall(doc.text))
    # Numbered and colon titles are films only in an article about films; in a history
    # article "Richard II" is a king and "State Route 99" a road.
    film_doc = cues >= 2 and cues * 1000 >= 3 * words_in_doc
    # Words the article capitalises mid-sentence, where capitals mark names.
    mid_sentence: set[str] = set()
    for _, match, at_start in _phrases(doc, film_doc):
        words = match.group(0).split()
        mid_sentence.update(w.lower().strip(".,;:-'\"") for w in words[1 if at_start else 0 :])
    found: dict[str, Entity] = {}
    for sentence, match, at_start in _phrases(doc, film_doc):
        words = _name_words(match.group(0), at_start, mid_sentence, common)
        if not words:
            continue
        phrase = " ".join(words)
        key = normalize(phrase)
        if not key or key in known_forms or key in found:
            continue
        kind = _classify(phrase, words, sentence[: match.start()], common, film_doc=film_doc)
        if film_doc and ":" in match.group(0).strip(".,;:'\" ") and kind is not None:
            kind = EntityKind.FILM  # "Glass Orchard: Nightbloom", in an article about films
        if kind is EntityKind.FILM:
            # A title keeps its punctuation ("Mission: Impossible - Dead Reckoning").
            raw = match.group(0).strip(".,;:-'\" ")
            phrase = raw if normalize(raw) == key else phrase
        if kind is not None:
            found[key] = Entity("", kind, phrase, tuple(_aliases(phrase, kind)))
    entities = _merge_short_titles(_merge_acronyms(list(found.values())))
    entities = _with_franchises(entities, known_forms)
    taken = {e.id for e in known}
    with_ids: list[Entity] = []
    for entity in entities:
        entity_id = base = _slug(entity.name) or entity.kind.value
        n = 2
        while entity_id in taken:
            entity_id, n = f"{base}-{n}", n + 1
        taken.add(entity_id)
        with_ids.append(replace(entity, id=entity_id))
    ids = {e.name: e.id for e in with_ids}
    entities = [
        replace(e, franchise=ids.get(e.franchise or "")) if e.franchise else e for e in with_ids
    ]
    return _resolve_clashes(entities, known)


def _name_words(
    text: str, at_start: bool, mid_sentence: set[str], common: frozenset[str]
) -> list[str]:
    """The words of a capitalised phrase that can be a name, or [] for none.

    "Between 1942" (an opener and a year), "The Normans" (a determiner), "West 66" (a
    street number), "His Britannic Majesty" and "Harvard's" are cut to what names.
    """
    # Initials keep their point ("George B. Storer"); other words lose edge punctuation.
    words = [w if _INITIAL.fullmatch(w) else w.strip(".,;:-'\"") for w in text.split()]
    words = [w for w in words if w]
    while words and words[0].lower() in HONORIFICS:
        words = words[1:]  # "Dr. Halvard Quennel" is Halvard Quennel
    # A possessive ends the name unless a capitalised word follows ("Hudson's Bay").
    for i, word in enumerate(words):
        if re.search(r"'s$|s'$", word) and not (i + 1 < len(words) and words[i + 1][:1].isupper()):
            words = [*words[:i], re.sub(r"'s$|'$", "", word)]
            break
    # A capitalised common word opening a sentence ("Between", "Fewer", "Supplies") is
    # part of a name only when the article also capitalises it mid-sentence.
    if at_start and words:
        first = words[0].lower()
        opener = _is_common(first, common) or first.endswith("ly")  # "Incongruously"
        if first in GLUE or (opener and first not in mid_sentence):
            words = words[1:]
    while words and (
        words[0].lower() in GLUE or words[0].lower() in CALENDAR or _is_number(words[0])
    ):
        words = words[1:]  # "His ...", "March ...", "1942 ..."
    while (
        words
        and not _part_number(words)
        and (
            words[-1].lower() in CALENDAR
            or words[-1].lower() in GLUE
            or words[-1].lower() in _CONNECTORS
            or re.fullmatch(r"\d{4,}", words[-1])
        )
    ):
        words = words[:-1]  # "... of", "... March", "... of 1759"
    if not any(w[:1].isupper() and w.lower() not in CALENDAR for w in words):
        return []
    if len(words) == 2 and _is_number(words[1]) and _is_common(words[0], common):
        return []  # "West 66", "Chapter 11", "Room 101": a common word and a number
    if len(words) == 1 and _is_common(words[0], common):
        return []
    return words


def _part_number(words: list[str]) -> bool:
    """ "... Part One": the number word ends a title, it is not a stray word."""
    return len(words) > 2 and words[-2] == "Part" and words[-1].lower() in CARDINALS_BY_WORD


def _is_number(word: str) -> bool:
    return bool(re.fullmatch(r"\d[\d,.]*(?:st|nd|rd|th|s)?", word))


_INITIAL = re.compile(r"[A-Z]\.")
HONORIFICS = frozenset("mr mrs ms mx dr prof sir dame".split())
_CONNECTORS = frozenset({"of", "the", "de", "la", "van", "von", "and", "&"})
_ACRONYM = re.compile(r"([A-Z]{2,})(?:\s+(\d+))?")


def _merge_acronyms(entities: list[Entity]) -> list[Entity]:
    """ "SR 99" in an article that says "State Route 99" is an alias of it, not an entity."""
    by_initials: dict[tuple[str, str], int] = {}
    for index, entity in enumerate(entities):
        words = entity.name.split()
        number = words[-1] if words and words[-1].isdigit() else ""
        title = [w for w in (words[:-1] if number else words) if w[:1].isupper()]
        if len(title) >= 2:
            initials = "".join(w[0] for w in title)
            by_initials.setdefault((initials, number), index)
    merged: dict[int, list[str]] = {}
    keep: list[int] = []
    for index, entity in enumerate(entities):
        match = _ACRONYM.fullmatch(entity.name)
        target = by_initials.get((match.group(1), match.group(2) or "")) if match else None
        if target is None or target == index:
            keep.append(index)
        else:
            merged.setdefault(target, []).append(entity.name)
    out = []
    for index in keep:
        entity = entities[index]
        if index in merged:
            aliases = tuple(dict.fromkeys([*entity.aliases, *merged[index]]))
            entity = replace(entity, aliases=aliases)
        out.append(entity)
    return out


def _merge_short_titles(entities: list[Entity]) -> list[Entity]:
    """ "Dead Reckoning Part One" beside "Mission: Impossible - Dead Reckoning Part One"
    is the same film by its short title (already an alias), not another entity."""
    film_aliases = {normalize(a) for e in entities if e.kind is EntityKind.FILM for a in e.aliases}
    return [e for e in entities if normalize(e.name) not in film_aliases]


def _with_franchises(entities: list[Entity], known_forms: set[str]) -> list[Entity]:
    """Numbered films ("Hollow Star 3") belong to a franchise named by their title.

    Until ids are given, `franchise` holds the franchise's name.
    """
    out: list[Entity] = []
    franchises: dict[str, Entity] = {}
    names = {normalize(e.name) for e in entities} | known_forms
    drafted = {normalize(e.name): e for e in entities}
    for entity in entities:
        match = re.fullmatch(r"(.+?)(?:\s*[:\-\u2013]\s*|\s+)(?:Part\s+)?(\d+|[IVX]+)", entity.name)
        if entity.kind is EntityKind.FILM and match:
            base = match.group(1).strip()
            key = normalize(base)
            if key and key not in names and key not in franchises:
                franchises[key] = Entity("", EntityKind.FRANCHISE, base)
            elif key in drafted and drafted[key].kind is not EntityKind.FILM:
                # "Mirefield Stories" beside "Mirefield Stories 2" names the series.
                franchises[key] = replace(drafted[key], kind=EntityKind.FRANCHISE)
            if key in franchises:
                entity = replace(entity, franchise=franchises[key].name)
        out.append(entity)
    series = {id(drafted[key]) for key in franchises if key in drafted}
    return [*franchises.values(), *(e for e in out if id(e) not in series)]


def _classify(
    phrase: str,
    words: list[str],
    before: str,
    common: frozenset[str],
    *,
    film_doc: bool,
) -> EntityKind | None:
    lowered = [w.lower().strip(".") for w in words]
    last = words[-1]
    roman = bool(re.fullmatch(r"[IVX]+", last)) and len(words) > 1
    numbered = len(words) > 1 and (last.isdigit() or roman)
    # "Dead Reckoning Part One": a part of a film, numbered in words
    numbered = numbered or _part_number(words)
    film_cue_before = re.search(
        r"\b(film|movie|sequel|prequel|installment)s?\s+$", before[-20:], re.I
    )
    all_common = all(_is_common(w, common) for w in lowered)
    if film_cue_before and len(words) <= 6 and not all_common:
        return EntityKind.FILM
    if film_doc and (":" in phrase or numbered):
        return EntityKind.FILM
    if roman and 2 <= len(words) <= 4:
        return EntityKind.PERSON  # "Richard II", "King Charles III": a regnal number
    if any(w in ORG_WORDS for w in lowered):
        return EntityKind.ORG
    if PLACE_BEFORE.search(before[-12:]):
        return EntityKind.PLACE
    if numbered:
        return EntityKind.ORG  # "State Route 99", "Apollo 11": a named, numbered thing
    name_shaped = all(re.fullmatch(r"[A-Z][\w'-]+|[A-Z]\.", w) for w in words)
    if 2 <= len(words) <= 4 and name_shaped and not all_common and words[-1][-1] != ".":
        return EntityKind.PERSON
    if len(words) > 4 and name_shaped and not all_common:
        return EntityKind.ORG  # "Lantern Valley Film Society": too long for a person
    if len(words) == 1 and not _is_common(lowered[0], common) and len(lowered[0]) > 2:
        return EntityKind.ORG
    return None


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
                notes.append(f"alias '{form}' would name '{shared}'; it is kept for neither.")
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
                notes.append(
                    f"'{by_id[i].name}' ({by_id[i].kind.value}) is not drafted: '{form}' "
                    f"would name '{shared}'; add it by hand with a distinct name if needed."
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


def _aliases(name: str, kind: EntityKind) -> list[str]:
    if kind is not EntityKind.FILM:
        return []
    aliases: list[str] = []
    plain = re.sub(r"\s*[:\-\u2013\u2014]\s*", " ", name)
    if plain != name:
        aliases.append(plain)
    # "Mission: Impossible - Dead Reckoning Part One" is "Dead Reckoning Part One" to fans
    subtitle = re.split(r"\s*[:\-\u2013\u2014]\s*", name)[-1]
    if subtitle != name and len(subtitle.split()) >= 2:
        aliases.append(subtitle)
    words = plain.split()
    number = (
        words[-1] if words and (words[-1].isdigit() or re.fullmatch(r"[IVX]+", words[-1])) else None
    )
    if number and re.fullmatch(r"[IVX]+", number):
        number = NUMBER_WORDS.get(number.lower(), number)
    title = words[:-1] if number else words
    if words and words[-2:-1] == ["Part"] and number:
        title = words[:-2]
    if number and number.isdigit():
        initials = "".join(w[0] for w in title if w[0].isupper())
        if len(initials) >= 2:
            aliases += [f"{initials}{number}", f"{initials} {number}"]
        if number in CARDINALS:
            aliases.append(" ".join([*title, CARDINALS[number]]))
        ordinal = ORDINALS.get(f"{number}{_suffix(int(number))}")
        if ordinal:
            aliases += [f"the {ordinal} {' '.join(title)}", f"{ordinal} {' '.join(title)}"]
    return [a for a in dict.fromkeys(aliases) if normalize(a) != normalize(name)]


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _topic(sentence: str) -> str:
    for topic, pattern in TOPIC_RULES:
        if pattern.search(sentence):
            return topic
    return "passage"


def _render(
    doc: SourceDoc,
    entities: list[Entity],
    known: list[Entity],
    report: DraftReport,
    notes: list[str],
) -> str:
    matcher = AliasMatcher([*known, *entities])
    kinds = {e.id: e.kind for e in [*known, *entities]}
    names = {e.id: e.name for e in [*known, *entities]}
    films_in_doc = Counter(
        eid
        for s in doc.sentences
        for eid in matcher.entities_in(s)
        if kinds.get(eid) is EntityKind.FILM
    )
    main_film = films_in_doc.most_common(1)[0][0] if films_in_doc else None
    report.created = [f"{e.id} ({e.kind.value})" for e in entities]
    out = [
        f"# Draft facts for sources/{doc.name}, written by `franchise-bot facts build`.",
        "# Check each entity's kind and aliases, merge or delete passages, write curated",
        "# [[fact]]s with example questions, then `franchise-bot facts reload`.",
        *(f"# Left out: {' '.join(note.split())}" for note in notes),
        *(f"# {line}" for line in report.linking_lines()),
        "",
        f"source = {_toml(doc.name)}",
        "",
    ]
    for link in report.links:
        out += [
            f"# {link.drafted_id} is {link.entity_id}: {link.evidence}",
            "[[link]]",
            f"id = {_toml(link.entity_id)}",
            f"aliases = [{', '.join(_toml(a) for a in link.names)}]",
            "",
        ]
    for entity in entities:
        report.entities[entity.kind.value] += 1
        report.aliases += len(entity.aliases)
        out += [
            "[[entity]]",
            f"id = {_toml(entity.id)}",
            f"kind = {_toml(entity.kind.value)}",
            f"name = {_toml(entity.name)}",
        ]
        if entity.franchise:
            out.append(f"franchise = {_toml(entity.franchise)}")
        if entity.aliases:
            out.append(f"aliases = [{', '.join(_toml(a) for a in entity.aliases)}]")
        out.append("")
    stem = _slug(Path(doc.name).stem)
    for number, sentence in enumerate(doc.sentences, start=1):
        if len(sentence) < 8:
            continue
        about = matcher.entities_in(sentence)
        films = [e for e in about if kinds.get(e) is EntityKind.FILM]
        film = films[0] if films else main_film
        anaphora = re.search(r"\b(the|this|its)\s+(\w+\s+)?(film|movie|sequel)\b", sentence, re.I)
        if main_film and main_film not in about and (anaphora or not films):
            # "the sequel", or no film named at all, in an article about one film: that film.
            about.append(main_film)
            film = main_film if anaphora else film
        topic = _topic(sentence)
        if topic == "production" and any(kinds.get(e) is EntityKind.PLACE for e in about):
            topic = "filming_location"
        questions = (
            [q.format(film=names[film]) for q in QUESTION_TEMPLATES.get(topic, [])] if film else []
        )
        report.passages += 1
        out += [
            "[[fact]]",
            f"id = {_toml(f'{stem}-{number}')}",
            f"topic = {_toml(topic)}",
            "passage = true",
            f"about = [{', '.join(_toml(a) for a in about)}]",
            f"answer = {_toml(sentence)}",
            f"quote = {_toml(sentence)}",
        ]
        if questions:
            out.append(f"questions = [{', '.join(_toml(q) for q in questions)}]")
        out.append("")
    return "\n".join(out)


def _toml(value: str) -> str:
    # A JSON string is a valid TOML basic string, except that TOML also forbids a raw DEL.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
