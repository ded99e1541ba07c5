"""Parsing a question: clean and normalize it, repair typos against the facts' own words,
find the entities it names and what it asks, and spot a name-like phrase the facts don't
know ("dune 3", "keanu reeves")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.aliases import Mention
from bot.engine import kinds
from bot.engine.index import Index, english_speller
from bot.models import EntityKind, QuestionType
from bot.text import (
    GLUE,
    QUESTION_WORDS,
    capitalised_words,
    clean,
    common_words,
    is_calendar,
    is_number,
    normalize,
    stem,
)

MAX_QUESTION_CHARS = 500
FILM_CUES = frozenset({"movie", "film", "sequel", "part", "installment", "franchise", "series"})
# A lone roman numeral after a franchise's name is a film number ("Sable Tempest V").
ROMAN_AFTER_TITLE = {"v": "5", "x": "10"}
YESNO_STARTS = frozenset("is are was were will does do did has have can could should would".split())
# Politeness before the question proper: "can you tell me who ...", "do you know when ...".
_PREFACE = re.compile(
    r"^(?:(?:hey|hi|hello|yo|ok|okay|so|please|quick question)\s+)*"
    r"(?:(?:(?:can|could|would|will) you|do you know|does anyone know|any idea|i wonder|"
    r"i want to know|i d like to know|i would like to know)\s+)?"
    r"(?:please\s+)?(?:(?:tell|show|give) (?:me|us)\s+(?:about\s+)?)?"
)


@dataclass(frozen=True)
class ParsedQuestion:
    """What the engine understood of a question; also useful for debugging replies."""

    text: str  # cleaned, as the user wrote it
    words: tuple[str, ...]  # normalized, typos repaired
    mentions: tuple[Mention, ...]
    entities: tuple[str, ...]  # ids named, in order, plus characters' actors
    qtype: QuestionType
    content: tuple[str, ...]  # stems of meaningful words outside entity names
    unknown: tuple[str, ...]  # stems the facts never use
    unknown_phrase: str | None  # a name-like phrase the facts don't know
    repaired: tuple[tuple[str, str], ...] = ()
    counting: bool = False  # "how many ...": the answer must hold a number


def parse(index: Index, question: str) -> ParsedQuestion:
    text = clean(question[:MAX_QUESTION_CHARS])
    raw_words = _strip_preface(normalize(text).split())
    words, repaired = repair(index, raw_words)
    mentions = index.matcher.find(words)
    words, mentions, name_fixes = _repair_names(index, words, mentions)
    repaired.extend(name_fixes)
    entity_ids: list[str] = []
    for m in mentions:
        entity_ids.append(m.entity_id)
        entity = index.entities[m.entity_id]
        if entity.kind is EntityKind.ROLE and entity.of:
            entity_ids.append(entity.of)
    in_mention: set[int] = set()
    for m in mentions:
        in_mention.update(range(m.start, m.end))
    content: list[str] = []
    unknown: list[str] = []
    # "another name for Route 9": a passage giving one says "Route 9, the Coast Road"
    naming = kinds.NAMING_QUESTION.search(" ".join(words)) is not None
    for i, w in enumerate(words):
        if i in in_mention or w in GLUE or is_number(w):
            continue
        if naming and w in kinds.NAMING_WORDS:
            continue
        s = stem(w)
        content.append(s)
        if s not in index.stems and not index.concepts.of([s]):
            unknown.append(s)
    return ParsedQuestion(
        text=text,
        words=tuple(words),
        mentions=tuple(mentions),
        entities=tuple(dict.fromkeys(entity_ids)),
        qtype=question_type(words),
        content=tuple(content),
        unknown=tuple(unknown),
        unknown_phrase=_as_typed(_unknown_phrase(index, text, words, in_mention), words, raw_words),
        repaired=tuple(repaired),
        counting=" ".join(words[:4]).startswith(("how many", "how much"))
        or " how many " in f" {' '.join(words)} ",
    )


def repair(index: Index, words: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Fix typos: first against the facts' own words (names, titles), then against
    ordinary English, so "retuning" finds "returning" and "actulaly" is not taken
    for a name the facts don't know."""
    repaired: list[tuple[str, str]] = []
    out = []
    common = common_words()
    for w in words:
        if (
            len(w) >= 4
            and w.isalpha()
            and w not in index.vocab
            and w not in GLUE
            and w not in common
            and stem(w) not in index.stems
            and not index.concepts.of([stem(w)])
        ):
            fixed = index.speller.correct(w) or english_speller().correct(w)
            if fixed:
                repaired.append((w, fixed))
                out.append(fixed)
                continue
        out.append(w)
    return out, repaired


def _repair_names(
    index: Index, words: list[str], mentions: list[Mention]
) -> tuple[list[str], list[Mention], list[tuple[str, str]]]:
    """Fix a misspelt part of a multi-word name ("simon peg", "vanesa kirby"): a pair of
    words outside any mention, sharing one word with a known name and close to it."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    by_word = index.names.by_word
    fixes: list[tuple[str, str]] = []
    i = 0
    out = list(words)
    while i < len(out) - 1:
        pair = out[i : i + 2]
        if i in taken or i + 1 in taken or any(w in GLUE for w in pair):
            i += 1
            continue
        names = by_word.get(pair[0], set()) | by_word.get(pair[1], set())
        phrase = " ".join(pair)
        # Sorted: of equally close names, the same one in every process.
        best = process.extractOne(phrase, sorted(names), scorer=fuzz.ratio, score_cutoff=85)
        if best and best[0] != phrase:
            fixes.append((phrase, best[0]))
            out[i : i + 2] = best[0].split()
            i += 2
        else:
            i += 1
    if not fixes:
        return words, mentions, fixes
    return out, index.matcher.find(out), fixes


def _unknown_phrase(index: Index, text: str, words: list[str], in_mention: set[int]) -> str | None:
    """A phrase that names something the facts don't know: two or more unknown words
    together ("keanu reeves", "fast and furious"), an unknown word with a number
    ("dune 3"), a capitalised unknown word ("Oppenheimer"), or an unknown word
    before "movie"/"film"."""
    numbered = _unknown_film_number(index, words)
    if numbered:
        return numbered
    person_words = index.names.person_words
    capitalised = capitalised_words(text)

    def unknown(i: int) -> bool:
        w = words[i]
        if i in in_mention or w in GLUE or w in QUESTION_WORDS or is_calendar(w):
            return False
        if is_number(w):
            return True
        s = stem(w)
        return s not in index.stems and not index.concepts.of([s])

    runs: list[list[int]] = []
    current: list[int] = []
    for i, _ in enumerate(words):
        if unknown(i) or (
            current
            and (words[i] in {"and", "of", "the", "&"} or words[i] in person_words)
            and i not in in_mention
        ):
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    for run in runs:
        # Connectors only count inside a run, never at its end.
        while run and not unknown(run[-1]) and words[run[-1]] not in person_words:
            run.pop()
        if not run:
            continue
        # A first name of a known person followed by an unknown surname is someone else.
        start = run[0]
        while start > 0 and words[start - 1] in person_words and start - 1 not in in_mention:
            start -= 1
        run = list(range(start, run[-1] + 1))
        real = [i for i in run if unknown(i)]
        if not real:
            continue
        if _ORDINAL.fullmatch(words[run[0]]) and len(run) > 1:
            # "when was it first supposed to come out": an ordinal before ordinary
            # words is an adverb; before a title it still counts with a film cue
            # ("the first avengers movie") or a name-like word.
            run = run[1:]
            real = [i for i in real if i in run]
            if not real:
                continue
        numbers = [i for i in real if is_number(words[i])]
        words_only = [i for i in real if not is_number(words[i])]
        after = words[run[-1] + 1] if run[-1] + 1 < len(words) else ""
        phrase = " ".join(words[i] for i in run)
        if not words_only:
            # A bare number after a franchise or a film's title words is a film we
            # don't know ("mission impossible 9", "hollow star 4"); "2018" alone is not.
            if run[0] > 0 and (run[0] - 1) in in_mention:
                prev = _mention_at(index, words, run[0] - 1)
                if prev and index.kind(prev.entity_id) is EntityKind.FRANCHISE:
                    return f"{' '.join(words[prev.start : prev.end])} {phrase}"
            title: list[str] = []
            j = run[0] - 1
            while j >= 0 and j not in in_mention and words[j] in index.names.title_words:
                title.insert(0, words[j])
                j -= 1
            if title:
                return " ".join([*title, phrase])
            continue
        if (
            # words side by side ("brad pitt"), but not a verb and its object ("compose
            # the music"): a name has no article inside it
            (len(run) >= 2 and not any(words[i] in ARTICLES for i in run))
            or numbers
            or after in FILM_CUES
            or any(words[i] in capitalised for i in words_only)
            or any(not _ordinary(words[i]) for i in words_only)
        ):
            return _after_article(run, words, capitalised) or phrase
    return None


def _after_article(run: list[int], words: list[str], capitalised: frozenset[str]) -> str | None:
    """ "banned the Zorvath festival": the name is what follows the article, when it
    holds a capitalised word or one that is not English."""
    inside = [k for k, i in enumerate(run[:-1]) if words[i] in ARTICLES]
    if not inside:
        return None
    tail = [words[i] for i in run[inside[-1] + 1 :]]
    named = any(w in capitalised or not _ordinary(w) for w in tail)
    return " ".join(tail) if named else None


ARTICLES = frozenset("the a an".split())


_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")


# "The first Glass Orchard" is the film the franchise is named after: known when the
# franchise's facts speak of it in those words, else a film the facts don't cover.
FIRST = "1st"


def _spoken_of(index: Index, entity_id: str, phrase: str) -> bool:
    entries = (index.entries[i] for i in index.by_entity.get(entity_id, ()))
    # the stems first: a fact without "1st" needs no normalizing
    return any(FIRST in e.stems and phrase in normalize(e.fact.answer) for e in entries)


def _unknown_film_number(index: Index, words: list[str]) -> str | None:
    """ "the sixth Azure Meridian film", "Sable Tempest V": a franchise with a film
    number that no film of it has (a film that exists is matched by its own alias)."""
    for mention in index.matcher.find(words):
        if index.kind(mention.entity_id) is not EntityKind.FRANCHISE:
            continue
        name = " ".join(words[mention.start : mention.end])
        before = words[mention.start - 1] if mention.start > 0 else ""
        after = words[mention.end] if mention.end < len(words) else ""
        if re.fullmatch(r"\d+(st|nd|rd|th)", before):
            if before == FIRST and _spoken_of(index, mention.entity_id, f"{before} {name}"):
                continue  # "the first Glass Orchard earned $310 million": the facts know it
            return f"{before} {name}"
        if after in ROMAN_AFTER_TITLE:
            return f"{name} {after}"
    return None


def _ordinary(word: str) -> bool:
    """An ordinary English word, as opposed to a name the facts don't know."""
    common = common_words()
    return word in common or stem(word) in common or len(word) <= 2


def _mention_at(index: Index, words: list[str], at: int) -> Mention | None:
    for m in index.matcher.find(words):
        if m.start <= at < m.end:
            return m
    return None


def _strip_preface(words: list[str]) -> list[str]:
    text = " ".join(words)
    stripped = _PREFACE.sub("", text, count=1).strip()
    return stripped.split() if stripped else words


def question_type(words: list[str] | tuple[str, ...]) -> QuestionType:
    for w in words[:6]:
        if w in ("who", "whom", "whose"):
            return "who"
        if w in ("when",):
            return "when"
        if w in ("where",):
            return "where"
        if w in ("what", "which"):
            return "what"
        if w == "how":
            return "how"
    if words and words[0] in YESNO_STARTS:
        return "yesno"
    return "other"


def _as_typed(phrase: str | None, words: list[str], typed: list[str]) -> str | None:
    """The phrase as the user wrote it: typo repair may have turned "pitt" into "mitt",
    and a decline should name what was asked about."""
    if phrase is None or len(words) != len(typed):
        return phrase
    parts = phrase.split()
    for start in range(len(words) - len(parts) + 1):
        if words[start : start + len(parts)] == parts:
            return " ".join(typed[start : start + len(parts)])
    return phrase
