"""Parsing a question: clean and normalize it, repair typos against the facts' own words,
find the entities it names and what it asks; `unknown.py` spots a name-like phrase the
facts don't know ("dune 3", "keanu reeves")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.aliases import Mention
from bot.engine import (
    chatter,
    counting,
    explain,
    films,
    hedges,
    kinds,
    phrasewords,
    placedfilms,
    placings,
    plans,
    proforms,
    successor,
)
from bot.engine.attributive import as_adjectives
from bot.engine.described import described_film
from bot.engine.index import Index
from bot.engine.sequels import sequel_film
from bot.engine.speller import hyphenated, repair
from bot.engine.unknown import known, spoken_of, unknown_phrase
from bot.models import EntityKind, QuestionType
from bot.text import (
    GLUE,
    MONTH_NAMES,
    capitalised_words,
    clean,
    is_number,
    normalize,
    stem,
)

MAX_QUESTION_CHARS = 500
# A year a question gives is a word to find, when the facts state it: "how many lived there
# in 1801" ranks the sentence saying 1801 first (other numbers count nothing to find).
YEAR_DIGITS = 4
YESNO_STARTS = kinds.YESNO_STARTS
# "when does it come out": the release ("out") is what to rank facts by; the verb would
# only weigh down the passages saying it another way ("has pushed back X to June 12").
# ("Come back" keeps its verb: curated example questions say "coming back".)
RANKED_BY_PARTICLE = frozenset({("come", "out")})
# Idioms whose words rank nothing, as pairs of stems: "where will production take place"
# is answered by "production is scheduled to begin ... in County Clare", "who ended up
# buying it" by who bought it, "why in the first place" by why (`idioms.IDIOMS` too).
UNRANKED_PHRASES = frozenset(
    {("take", "place"), ("end", "up"), ("take", "home"), ("serve", "as"), ("suppose", "to")}
    | {("act", "as")}  # "which country acted as mediator": the mediator, "the mediation of"
    | {("1st", "place"), ("on", "campus")}  # "the clock tower on campus": the tower
    # "when did it close for good": when it closed; "how many got stuck up there"
    | {("for", "good"), ("up", "there"), ("down", "there"), ("out", "there")}
    | {("coat", "of")}  # "what's on the coat of arms": the arms
    | {("next", "to")}  # "which river is the abbey next to": "on the bank of the River X"
)

# Chat's rank: "what movie came in #2" asks for the second.
_RANK = re.compile(r"#(\d)\b")
_SUFFIXES = {"1": "st", "2": "nd", "3": "rd"}


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
    naming: bool = False  # "what is another name for X": a name for what it names
    successor: bool = False  # "who's the new Hesk": who took the part over
    # a noun that stands for a name, as owner: "the school's endowment" is Dunmere's
    owner_named: tuple[str, str] | None = None

    @property
    def named_words(self) -> set[str]:
        """The words inside its name mentions: "jun" of "Jun Sevani" names, not June."""
        return {w for m in self.mentions for w in self.words[m.start : m.end]}


def parse(index: Index, question: str) -> ParsedQuestion:
    text = _without_remark(index, clean(question[:MAX_QUESTION_CHARS]))
    ranked = _RANK.sub(lambda m: m[1] + _SUFFIXES.get(m[1], "th"), text)  # "#2": "2nd"
    raw_words = as_adjectives(chatter.without_chatter(normalize(ranked).split()))
    words, repaired = repair(index, raw_words, capitalised_words(ranked), hyphenated(ranked))
    words = _release_slang(words)
    mentions = index.matcher.find(words)
    words, mentions, name_fixes = _repair_names(index, words, mentions)
    repaired.extend(name_fixes)
    mentions, unresolved = _films_by_place(index, words, mentions)
    mentions = described_film(index, words, mentions)  # "where are they filming the prequel"
    mentions = placedfilms.of_the_newest_series(index, words, mentions)  # "the seventh film"
    # "who started the studio": who founded it ("who made the film": who directed it)
    words = phrasewords.with_object_verbs(words, mentions, lambda e: index.entities[e].kind)
    entity_ids: list[str] = []
    for m in mentions:
        entity_ids.append(m.entity_id)
        entity = index.entities[m.entity_id]
        if entity.kind is EntityKind.ROLE and entity.of:
            entity_ids.append(entity.of)
    if (film := films.unnamed_newest(index, words, entity_ids)) is not None:
        entity_ids.append(film)  # "where are they shooting the new one"
    in_mention: set[int] = set()
    for m in mentions:
        in_mention.update(range(m.start, m.end))
    mentioned = {words[k] for k in in_mention}
    content: list[str] = []
    unknown: list[str] = []
    amount = False
    # "another name for Route 9": a passage giving one says "Route 9, the Coast Road"
    naming = kinds.NAMING_QUESTION.search(" ".join(words)) is not None
    for i, w in enumerate(words):
        if (place := placings.ranked_as(words, i)) or kinds.ordered(words, i):
            content.append(place or w)  # "the first film", "came in 2nd" (as "place:2nd")
            continue
        if w.isdigit() and len(w) == YEAR_DIGITS and known(index, w):
            content.append(w)
            continue
        if w in GLUE and i not in in_mention and (phrase := phrasewords.adjacent_phrase(words, i)):
            content.append(phrase)  # "when did the ship go down": when it sank
            continue
        if i in in_mention or w in GLUE or is_number(w):
            continue
        if naming and w in kinds.NAMING_WORDS:
            continue
        if w in kinds.TITLE_NOUNS and i - 1 in in_mention:
            continue  # "the last veilrunner movie": the title says which film
        if films.unnamed_film(words, i):
            continue  # "the new one": the film the news is about
        if w in films.NEWEST and films.named_by_place(words, i, mentioned):
            continue  # "the new Velmorra sequel": the one the news is about
        s = stem(MONTH_NAMES.get(w, w))  # "nov 19 2021" is November's
        if i + 1 < len(words) and (s, stem(words[i + 1])) in RANKED_BY_PARTICLE:
            continue
        if _in_unranked_phrase(words, i) or new_date(words, i) or hedges.hedge(words, i):
            continue
        if proforms.pro_form(words, i) or proforms.age_of_a_thing(words, i):
            continue  # "who owns the place", "the old keep": the keep, "owned by Obrywater"
        if s == "person" and _counted_by_act(words, i):
            continue  # "how many people visit it": "410,000 visitors" (their act ranks)
        if phrasewords.phrase_particle(words, i):
            continue  # "pass away": the phrase's word stands for both
        if phrase := phrasewords.phrase_word(words, i):
            s = phrase
            amount = amount or phrase in phrasewords.AMOUNT_WORDS  # "pull in": a sum of money
        elif not known(index, s):  # "the founders": who "founded" it, as the facts say
            s = next((b for b in explain.agent_bases(s) if known(index, b)), s)
        content.append(s)
        if not known(index, s):
            unknown.append(s)
    # "who's the new Hesk": "new" asks for a succession, not for the word "new"
    took_over = successor.asks_successor(words, mentions, index.entities)
    if took_over:
        content = [s for s in content if s != "new"] + [successor.ASKED_WORD]
    if plans.asks_plan(words):  # "the og date before they moved it": a plan since changed
        content = [s for s in content if s not in plans.PLAN_TERMS] + [plans.ASKED_WORD]
    return ParsedQuestion(
        text=text,
        words=tuple(words),
        mentions=tuple(mentions),
        entities=tuple(dict.fromkeys(entity_ids)),
        qtype=question_type(words),
        content=tuple(content),
        unknown=tuple(unknown),
        unknown_phrase=_as_typed(
            unknown_phrase(index, text, words, in_mention | unresolved, raw_words),
            words,
            raw_words,
        ),
        repaired=tuple(repaired),
        counting=amount
        or " ".join(words[:4]).startswith(("how many", "how much"))
        or " how many " in f" {' '.join(words)} ",
        naming=naming,
        successor=took_over,
    )


def _repair_names(
    index: Index, words: list[str], mentions: list[Mention]
) -> tuple[list[str], list[Mention], list[tuple[str, str]]]:
    """Fix a misspelt part of a multi-word name ("simon peg", "vanesa kirby"): a pair of
    words outside any mention, sharing one word with a known name and close to it."""
    given = index.matcher.given  # "simon" alone names Simon Pegg; "simon peg" is him too
    taken = {
        i
        for m in mentions
        if not (m.end - m.start == 1 and words[m.start] in given)
        for i in range(m.start, m.end)
    }
    by_word = index.names.by_word
    fixes: list[tuple[str, str]] = []
    i = 0
    out = list(words)
    while i < len(out) - 1:
        pair = out[i : i + 2]
        # a number is never a slip for another ("the 6th film" is no "the 7th film")
        if i in taken or i + 1 in taken or any(w in GLUE or _has_digit(w) for w in pair):
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


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


# Fans' words for a release in a "when" question: "when does the trailer drop".
RELEASE_SLANG = {"drop": "release", "drops": "releases", "dropping": "releasing"}
# ... but not "drop out", "drop off", "drop by 40%".
_NOT_RELEASE_AFTER = frozenset("out off by to from".split())


def _release_slang(words: list[str]) -> list[str]:
    if question_type(words) != "when":
        return words
    return [
        RELEASE_SLANG[w]
        if w in RELEASE_SLANG and (words[i + 1 : i + 2] or [""])[0] not in _NOT_RELEASE_AFTER
        else w
        for i, w in enumerate(words)
    ]


def _words_of(words: list[str], mention: Mention) -> str:
    return " ".join(words[mention.start : mention.end])


def _films_by_place(
    index: Index, words: list[str], mentions: list[Mention]
) -> tuple[list[Mention], set[int]]:
    """Franchise mentions after "new"/"next", "last"/"previous" or "first", or before
    "sequel", as the film meant. "The first X" of a series whose first film the facts
    don't know names no entity (its words are returned apart, as no unknown name): the
    passage must then say "first" and the series' name itself (see `premise.asked`)."""
    out: list[Mention] = []
    unresolved: set[int] = set()
    for m in mentions:
        film = None
        after = words[m.end] if m.end < len(words) else ""
        if after in films.SEQUEL and index.kind(m.entity_id) is EntityKind.FRANCHISE:
            sequel = sequel_film(index, m.entity_id)  # "the Hushwater sequel"
            if sequel is not None and sequel != films.first_film(index, m.entity_id):
                out.append(Mention(sequel, m.start, m.end + 1))
                continue
        if m.start and index.kind(m.entity_id) is EntityKind.FRANCHISE:
            before = words[m.start - 1]
            if before in films.NEWEST:
                film = films.newest_film(index, m.entity_id)
            elif before in films.PREVIOUS:
                film = films.previous_film(index, m.entity_id)
            elif before in films.FIRST:
                film = films.first_film(index, m.entity_id)
                if film is None and not spoken_of(index, m.entity_id, _words_of(words, m)):
                    unresolved.update(range(m.start - 1, m.end))
                    continue
        out.append(m if film is None else Mention(film, m.start - 1, m.end))
    return out, unresolved


# A question, then a remark after its question mark or its "lol,": "what city were the
# test screenings in? heard ppl hated the ending", "where'd they shoot it lol, looks so
# gloomy".
_REMARK = re.compile(
    r"^(?P<question>[^?]+?(?:\?+|\b(?:lol|lmao|ngl|tbh|haha),))\s+(?P<remark>[^?]+)$", re.I
)


def _without_remark(index: Index, text: str) -> str:
    """`text` without a remark after its question, which asks nothing: no question word,
    and no name the facts know ("is he in it? tom cruise" keeps its name)."""
    match = _REMARK.match(text)
    if match is None:
        return text
    remark = normalize(match["remark"]).split()
    asked = normalize(match["question"]).split()
    opening = remark[0] if remark else ""  # a remark of emoji normalizes to nothing
    if len(asked) < 2 or question_type(remark) != "other" or opening in YESNO_STARTS:
        return text
    return text if index.matcher.find(remark) else match["question"]


# "What's the new release date": the one the newest report gives, which need not say
# "new" ("has moved X from June 12 to March 19").
_DATED = frozenset("release date premiere opening".split())


def new_date(words: list[str] | tuple[str, ...], i: int) -> bool:
    """Whether `words[i]` is the "new" of "the new release date"."""
    return words[i] == "new" and i + 1 < len(words) and words[i + 1] in _DATED


def _in_unranked_phrase(words: list[str], i: int) -> bool:
    here = stem(words[i])
    after = stem(words[i + 1]) if i + 1 < len(words) else ""
    before = stem(words[i - 1]) if i else ""
    pair = (here, after) in UNRANKED_PHRASES or (before, here) in UNRANKED_PHRASES
    # "which film came in 2nd (at the box office)": "2nd place went to"
    return pair or placings.unsaid(words, i)


def _counted_by_act(words: list[str], i: int) -> bool:
    """ "How many people visit it", but not "how many people live there", which the
    population answers ("person" is one of its words: `bot.concepts`)."""
    after = stem(words[i + 1]) if i + 1 < len(words) else ""
    return after != "live" and counting.people_by_act(words, i)


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
