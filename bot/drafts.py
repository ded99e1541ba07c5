"""`facts build`: turn a new article into a draft fact file for a moderator to curate.

The draft names the people, films, places and organisations the article mentions, the
aliases fans are likely to use for its films, and one passage fact per sentence with a
guessed topic and example questions, so a reload serves the article before anyone edits it.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.aliases import AliasMatcher
from bot.errors import FactProblem, FactsError
from bot.facts import load_facts
from bot.models import Entity, EntityKind
from bot.sources import SourceDoc, read_source
from bot.text import NUMBER_WORDS, common_words, normalize

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE = re.compile(rf"\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b")
# Capitalised phrases: "Mission: Impossible 7", "Top Gun: Maverick", "Denis Villeneuve".
_WORD = r"[A-Z][\w'\u2019.-]*"
_JOIN = r"(?:\s*[:\-\u2013]\s*|\s+(?:of|the|de|la|van|von)\s+|\s+)"
PHRASE = re.compile(rf"{_WORD}(?:{_JOIN}(?:{_WORD}|\d+|[IVX]+\b))*")
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
CALENDAR = set(
    (MONTHS + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday").lower().split("|")
)
ORDINALS = {v: k for k, v in NUMBER_WORDS.items() if v.endswith(("st", "nd", "rd", "th"))}
CARDINALS = {v: k for k, v in NUMBER_WORDS.items() if v.isdigit() and k.isalpha() and len(k) > 2}

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

    def summary(self) -> str:
        kinds = ", ".join(
            f"{n} {k}{'s' if n != 1 else ''}" for k, n in sorted(self.entities.items())
        )
        lines = [
            f"Copied the article to {self.source}.",
            f"Drafted {self.draft}: {kinds or 'no new entities'}, {self.aliases} aliases, "
            f"{self.passages} passage facts.",
        ]
        if self.dates:
            lines.append(f"Dates it mentions: {', '.join(self.dates)}.")
        lines.append(
            "Curate the draft (fix kinds, add aliases, turn passages into facts), then run "
            "`franchise-bot facts reload` to serve it."
        )
        return "\n".join(lines)


def build_draft(article: Path, facts_dir: Path, *, force: bool = False) -> DraftReport:
    """Copy `article` into `facts_dir/sources/` and write a draft fact file for it.

    Raises FactsError (nothing left behind) when the article cannot be read, a file of
    that name already exists (unless `force`), or the draft would not validate.
    """
    article = Path(article)
    if not article.is_file():
        raise FactsError([FactProblem(str(article), 0, "no such article file.")])
    try:
        doc = read_source(article)
    except (OSError, UnicodeDecodeError) as exc:
        raise FactsError(
            [FactProblem(str(article), 1, f"cannot read it as UTF-8 text: {exc}.")]
        ) from None
    if not doc.sentences:
        raise FactsError([FactProblem(str(article), 1, "the article has no text.")])
    sources = facts_dir / "sources"
    target = sources / (article.stem + ".txt")
    draft = facts_dir / f"{_slug(article.stem)}.toml"
    for path in (target, draft):
        if (
            path.exists()
            and not force
            and not (path == target and path.read_bytes() == article.read_bytes())
        ):
            raise FactsError(
                [
                    FactProblem(
                        str(path),
                        0,
                        "already exists; use --force to replace it, or rename the article.",
                    )
                ]
            )
    try:
        known = list(load_facts(facts_dir).entities) if facts_dir.is_dir() else []
    except FactsError:
        known = []  # a broken fact file elsewhere must not stop drafting; reload will say so
    entities = _extract_entities(doc, known)
    report = DraftReport(source=target, draft=draft)
    report.dates = list(dict.fromkeys(DATE.findall(doc.text)))
    text = _render(doc, entities, known, report)
    sources.mkdir(parents=True, exist_ok=True)
    copied = not target.exists() or target.read_bytes() != article.read_bytes()
    if copied:
        shutil.copyfile(article, target)
    draft.write_text(text, encoding="utf-8")
    try:
        load_facts(facts_dir)
    except FactsError as exc:
        own = [p for p in exc.problems if p.file in (draft.name, f"sources/{target.name}")]
        if own:
            draft.unlink()
            if copied:
                target.unlink()
            raise FactsError(own) from None
    return report


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "article"


def _extract_entities(doc: SourceDoc, known: list[Entity]) -> list[Entity]:
    known_forms = {normalize(f) for e in known for f in (e.name, *e.aliases)}
    common = common_words()
    found: dict[str, Entity] = {}
    people_surnames: set[str] = set()
    for sentence in doc.sentences:
        for match in PHRASE.finditer(sentence):
            phrase = match.group(0).strip(" -:.'\u2019")
            phrase = re.sub(r"'s$|\u2019s$", "", phrase)
            before = sentence[: match.start()]
            sentence_start = not before.strip() or before.rstrip().endswith(('"', "\u201c"))
            words = phrase.split()
            if sentence_start and words and _sentence_opener(words[0]):
                words = words[1:]  # "The", "In", "Currently" start sentences, not names
                phrase = " ".join(words)
            while words and words[-1].lower().strip(".,") in CALENDAR | {"the"}:
                words = words[:-1]
            while words and (words[0].lower() in CALENDAR or words[0].isdigit()):
                words = words[1:]
            phrase = " ".join(words)
            while words and words[0].lower() in {"the", "a", "an"}:
                words = words[1:]
                phrase = " ".join(words)
            if not words or normalize(phrase) in known_forms:
                continue
            kind = _classify(phrase, words, before, sentence[match.end() :], common)
            if kind is None:
                continue
            entity_id = _slug(phrase)
            if entity_id in found or not entity_id:
                continue
            if kind is EntityKind.PERSON:
                people_surnames.add(normalize(words[-1]))
            found[entity_id] = Entity(entity_id, kind, phrase, tuple(_aliases(phrase, kind)))
    # A lone surname already covered by a person ("Villeneuve") is that person, not an org.
    entities = [
        e
        for e in found.values()
        if not (e.kind is not EntityKind.PERSON and normalize(e.name) in people_surnames)
    ]
    return _with_franchises(entities, known_forms)


def _with_franchises(entities: list[Entity], known_forms: set[str]) -> list[Entity]:
    """Numbered films ("Hollow Star 3") belong to a franchise named by their title."""
    out: list[Entity] = []
    franchises: dict[str, Entity] = {}
    names = {normalize(e.name) for e in entities} | known_forms
    for entity in entities:
        match = re.fullmatch(r"(.+?)(?:\s*[:\-\u2013]\s*|\s+)(?:Part\s+)?(\d+|[IVX]+)", entity.name)
        if entity.kind is EntityKind.FILM and match:
            base = match.group(1).strip()
            key = normalize(base)
            if key and key not in names and key not in franchises:
                franchises[key] = Entity(_slug(base), EntityKind.FRANCHISE, base)
            if key in franchises:
                entity = Entity(
                    entity.id,
                    entity.kind,
                    entity.name,
                    entity.aliases,
                    franchise=franchises[key].id,
                )
        out.append(entity)
    return [*franchises.values(), *out]


def _classify(
    phrase: str, words: list[str], before: str, after: str, common: frozenset[str]
) -> EntityKind | None:
    lowered = [w.lower().strip(".") for w in words]
    has_number = any(w.isdigit() or re.fullmatch(r"[IVX]+", w) for w in words[1:])
    film_cue_before = re.search(
        r"\b(film|movie|sequel|prequel|installment)s?\s+$", before[-20:], re.I
    )
    all_common = all(w in common for w in lowered)
    if ":" in phrase or has_number or (film_cue_before and len(words) <= 6 and not all_common):
        return EntityKind.FILM
    if any(w in ORG_WORDS for w in lowered):
        return EntityKind.ORG
    if PLACE_BEFORE.search(before[-12:]):
        return EntityKind.PLACE
    name_shaped = all(re.fullmatch(r"[A-Z][\w'\u2019-]+", w) for w in words)
    if 2 <= len(words) <= 3 and name_shaped and not all_common:
        return EntityKind.PERSON
    if len(words) == 1 and lowered[0] not in common and len(lowered[0]) > 2:
        return EntityKind.ORG
    return None


def _sentence_opener(word: str) -> bool:
    """A capitalised word that starts a sentence without being part of a name."""
    from bot.text import GLUE

    w = word.lower()
    return (
        w in GLUE
        or w.endswith(("ly", "ing"))
        or w
        in {
            "after",
            "before",
            "while",
            "since",
            "although",
            "because",
            "meanwhile",
            "however",
            "currently",
            "originally",
        }
    )


def _aliases(name: str, kind: EntityKind) -> list[str]:
    if kind is not EntityKind.FILM:
        return []
    aliases: list[str] = []
    plain = re.sub(r"\s*[:\-\u2013]\s*", " ", name)
    if plain != name:
        aliases.append(plain)
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
    doc: SourceDoc, entities: list[Entity], known: list[Entity], report: DraftReport
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
    out = [
        f"# Draft facts for sources/{doc.name}, written by `franchise-bot facts build`.",
        "# Check each entity's kind and aliases, merge or delete passages, write curated",
        "# [[fact]]s with example questions, then `franchise-bot facts reload`.",
        "",
        f"source = {_toml(doc.name)}",
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
    # A JSON string is a valid TOML basic string.
    return json.dumps(value, ensure_ascii=False)
