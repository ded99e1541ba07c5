"""What the news said over time: for one subject and topic (a film's release date, title
or director; a person's cast status in a film) the newest report is the answer and the
earlier reports are its history.

Computed from a FactSet alone, in one place, for the engine (which answers from the
newest report, or from the history when asked about the past) and for moderators (who
see which reports a newer one supersedes). Reports are ordered by their source's date,
never by when they were added, so an older article added later overrides nothing.
Facts without a date take no part: they cannot be ordered.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from bot.models import EntityKind, Fact, FactSet, Topic

CAST_TOPICS: frozenset[Topic] = frozenset({"returning_cast", "new_cast", "cast"})
# The topics whose answer a later report replaces. Others (a quote, an interview, where a
# film was shot) are events: a later report adds to them, it does not correct them.
HISTORY_TOPICS: frozenset[Topic] = frozenset({"release_date", "title", "director", *CAST_TOPICS})
TOPIC_WORDS: dict[str, str] = {
    "release_date": "release date",
    "title": "title",
    "director": "director",
    "returning_cast": "returning cast",
    "new_cast": "new cast",
    "cast": "cast",
    "cast_status": "cast status",
}

# The topic a sentence nobody curated reports, for the topics history tracks: the first
# rule that matches wins (a sentence about a release that names its director is a
# release-date report). `facts build` drafts with the same rules.
TOPIC_RULES: tuple[tuple[Topic, re.Pattern[str]], ...] = (
    (
        "release_date",
        re.compile(
            r"\b(release|released|releasing|dated|redated|premiere|hits? theaters|"
            r"in theaters|opens?|arrives?|debuts?|pushed|delayed)\b",
            re.I,
        ),
    ),
    ("title", re.compile(r"\b(titled|retitled|called|named|subtitled?|title)\b", re.I)),
    ("director", re.compile(r"\b(direct(s|ed|ing|or)?|helm(s|ed|ing)?|filmmaker)\b", re.I)),
    (
        "returning_cast",
        re.compile(r"\b(return(s|ed|ing)?|reprise|back as|veterans?|come back)\b", re.I),
    ),
    ("new_cast", re.compile(r"\b(join(s|ed|ing)?|new cast|newcomer|cast as|debut)\b", re.I)),
)
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# "November 19, 2021", "July 2023", "2023": the dates a release-date report gives.
DATE_VALUE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?\d{{4}}|\d{{4}})\b", re.I
)


# A sentence telling what an earlier report said ("had previously dated it for ...") is
# history even in the newest article: it never counts as the current answer.
RETROSPECTIVE = re.compile(
    r"\b(previously|originally|initially|formerly|earlier|once|had (?:been )?"
    r"(?:dated|set|scheduled|planned|slated)|was (?:first|once|originally))\b",
    re.I,
)


# Things released that are no film ("did not release the amended terms", "a statement
# released by his attorney"), or another film's release ("the first film's release"):
# read out of a sentence before its topic is guessed, here and by `facts build`.
OTHER_RELEASE = re.compile(
    r"\breleas(?:e|es|ed|ing) (?:a|an|the|its|his|her|their|any|no) "
    r"(?!(?:\w+ )?(?:film|movie|sequel|picture|series|show|season|episode)s?\b)\w+"
    r"|\b(?:statement|terms|details|figures|footage|photos?|images?|report|numbers|data"
    r"|trailer|teaser|poster)s? (?:was |were |has been |have been )?released\b"
    r"|\b(?:first|original|previous|earlier|last|prior) (?:film|movie|one)['\u2019]s release\b"
    # "covered the three films released in the 1990s": other films' releases
    r"|\b(?:films|movies|sequels|entries|installments|instalments) (?:\w+ )?released\b"
    r"|\bother (?:\w+ )?releases\b"
    # "making her screen debut in a regional drama": a person's first work, not a release
    r"|\b(?:his|her|their) (?:\w+ )?debut\b"
    # "the campaign opens with a teaser", "a re-release of the 2024 original": a campaign's
    # start, or an old film shown again
    r"|\b(?:campaign|trailer|teaser)s? (?:\w+ ){0,2}(?:opens?|debuts?|arrives?)\b"
    r"|\bre-?releas(?:e|es|ed|ing)\b",
    re.I,
)


# Any word of any rule: most sentences have none, and one search rules them all out.
_ANY_TOPIC = re.compile("|".join(f"(?:{p.pattern})" for _, p in TOPIC_RULES), re.I)


def guess_topic(sentence: str) -> Topic | None:
    if not _ANY_TOPIC.search(sentence):
        return None
    sentence = OTHER_RELEASE.sub(" ", sentence)
    for topic, pattern in TOPIC_RULES:
        if pattern.search(sentence):
            return topic
    return None


@dataclass(frozen=True, slots=True)
class Key:
    """One subject and topic: ("mi7", "release_date"), or a person's cast status in a
    film: ("vanessa-kirby", "cast_status", "mi7")."""

    subject: str
    topic: str
    film: str = ""

    def describe(self) -> str:
        what = TOPIC_WORDS.get(self.topic, self.topic.replace("_", " "))
        return f"{self.subject} {what}" + (f" in {self.film}" if self.film else "")


@dataclass(frozen=True)
class Supersession:
    """Every report of `key` dated `old_date` is superseded by the report(s) of `new_date`."""

    key: Key
    old_date: str
    new_date: str
    old: tuple[str, ...]  # fact ids
    new: tuple[str, ...]

    def describe(self) -> str:
        return (
            f"{self.key.describe()}: the {self.old_date} report is superseded by the "
            f"{self.new_date} report"
        )


class History:
    """Reports by (subject, topic), oldest first."""

    _by_fact: dict[int, _Record]

    def __init__(self, facts: FactSet, previous: History | None = None) -> None:
        kinds = {e.id: e.kind for e in facts.entities}
        self.kinds = kinds
        # A reload that keeps the entities reuses what it knew of the facts it kept (by
        # identity): their keys, films and order, so a reload of 100,000 facts reads each
        # one's entities and searches its text once, not once per reload.
        reuse = previous._by_fact if previous is not None and previous.kinds == kinds else {}
        by_fact: dict[int, _Record] = {}
        chains: dict[Key, list[Fact]] = defaultdict(list)
        self.keys: dict[str, tuple[Key, ...]] = {}
        # Each film's newest report date: declines list the most recent films first.
        self.latest: dict[str, str] = {}
        latest = self.latest
        for fact in facts.facts:
            record = reuse.get(id(fact))
            if record is None or record[0] is not fact:
                record = _record(fact, kinds)
            by_fact[id(fact)] = record
            date = fact.source.date
            if date:
                for film in record[2]:
                    if latest.get(film, "") < date:
                        latest[film] = date
            keys = record[1]
            if keys:
                self.keys[fact.id] = keys
                for key in keys:
                    chains[key].append(fact)
        self._by_fact = by_fact
        # Only subjects reported on more than one date have a history worth keeping.
        self.chains: dict[Key, tuple[Fact, ...]] = {}
        for key, chain in chains.items():
            first = by_fact[id(chain[0])][3]
            if any(by_fact[id(f)][3] != first for f in chain):
                self.chains[key] = tuple(sorted(chain, key=lambda f: by_fact[id(f)][3]))
        self._superseded: list[Supersession] | None = None

    def _order(self, fact: Fact) -> tuple[str, bool]:
        record = self._by_fact.get(id(fact))
        return record[3] if record is not None and record[0] is fact else _order(fact)

    def chain(self, key: Key) -> tuple[Fact, ...]:
        return self.chains.get(key, ())

    def newest(self, key: Key) -> tuple[Fact, ...]:
        """The reports of the newest date (several when one article gives several)."""
        chain = self.chain(key)
        if not chain:
            return ()
        last = self._order(chain[-1])
        return tuple(f for f in chain if self._order(f) == last)

    def earlier(self, key: Key, than: Fact) -> tuple[Fact, ...]:
        """Reports older than `than`, newest first."""
        order = self._order(than)
        return tuple(f for f in reversed(self.chain(key)) if self._order(f) < order)

    def is_current(self, fact: Fact, key: Key) -> bool:
        newest = self.newest(key)
        return not newest or self._order(fact) == self._order(newest[0])

    def superseded(self) -> list[Supersession]:
        """For each subject and topic, each older date's reports and the newest's.
        Computed once (the engine asks for it while it is built, off the event loop)."""
        if self._superseded is None:
            self._superseded = self._find_superseded()
        return list(self._superseded)

    def _find_superseded(self) -> list[Supersession]:
        out: list[Supersession] = []
        for key, chain in sorted(self.chains.items(), key=lambda kv: _sort_key(kv[0])):
            newest = self.newest(key)
            new_date = _date_of(newest[0])
            by_date: dict[str, list[str]] = defaultdict(list)
            for fact in chain:
                if _date_of(fact) < new_date:
                    by_date[_date_of(fact)].append(fact.id)
            out.extend(
                Supersession(key, d, new_date, tuple(ids), tuple(f.id for f in newest))
                for d, ids in sorted(by_date.items())
            )
        return out

    def superseded_facts(self) -> frozenset[str]:
        """Ids of facts that a newer report replaces for at least one of their subjects."""
        return frozenset(fid for s in self.superseded() for fid in s.old)


# What History keeps of each fact: the fact, its keys, its films, its order.
_Record = tuple[Fact, tuple[Key, ...], tuple[str, ...], tuple[str, bool]]


def _record(fact: Fact, kinds: dict[str, EntityKind]) -> _Record:
    films = tuple(e for e in fact.entities if kinds.get(e) is EntityKind.FILM)
    keys = keys_of(fact, kinds)
    return (fact, keys, films, _order(fact) if keys else _UNORDERED)


_UNORDERED = ("", True)  # facts in no chain are never ordered


def keys_of(fact: Fact, kinds: dict[str, EntityKind]) -> tuple[Key, ...]:
    """The subjects and topics a fact reports on (none for an undated fact)."""
    if not fact.source.date:
        return ()
    topic = fact.topic
    if topic not in HISTORY_TOPICS and not fact.passage:
        return ()
    films = [e for e in fact.entities if kinds.get(e) is EntityKind.FILM]
    if not films:
        return ()  # every subject history tracks is a film, or a person in one
    if topic not in HISTORY_TOPICS:
        guessed = guess_topic(fact.answer)
        if guessed is None:
            return ()
        topic = guessed
    if topic == "release_date" and not DATE_VALUE.search(fact.answer):
        return ()  # "the film will be released by Paramount" dates nothing
    keys = [Key(film, topic) for film in films]
    if topic in CAST_TOPICS:
        people = fact.items or tuple(e for e in fact.entities if kinds.get(e) is EntityKind.PERSON)
        keys += [
            Key(person, "cast_status", film)
            for person in people
            if kinds.get(person) is EntityKind.PERSON
            for film in films
        ]
    return tuple(keys)


def stated_value(fact: Fact, key: Key, kinds: dict[str, EntityKind]) -> str | None:
    """The value a report gives for `key`, when it can be told apart: a release date.
    A report dating several films gives its dates in the order it names the films."""
    if key.topic != "release_date":
        return None
    dates = [m.group(0) for m in DATE_VALUE.finditer(fact.answer)]
    precise = [d for d in dates if not d.isdigit()] or dates
    if len(precise) == 1:
        return precise[0]
    films = [e for e in fact.entities if kinds.get(e) is EntityKind.FILM]
    if len(precise) == len(films) and key.subject in films:
        return precise[films.index(key.subject)]
    return None


def _order(fact: Fact) -> tuple[str, bool]:
    """Reports by date; on one date, a look back at earlier news before the news."""
    return (_date_of(fact), not (fact.passage and RETROSPECTIVE.search(fact.answer)))


def _date_of(fact: Fact) -> str:
    return fact.source.date or ""


def _sort_key(key: Key) -> tuple[str, str, str]:
    return (key.subject, key.film, key.topic)


def newly_superseded(old: History | None, new: History) -> list[Supersession]:
    """What `new` supersedes that `old` did not: the lines a moderator is shown."""
    # A line is its key and its two dates (see Supersession.describe).
    before = (
        {(s.key, s.old_date, s.new_date) for s in old.superseded()} if old is not None else set()
    )
    return [s for s in new.superseded() if (s.key, s.old_date, s.new_date) not in before]


@dataclass(frozen=True)
class SourceSummary:
    """One article as moderators see it in `facts sources`."""

    file: str
    date: str | None
    facts: int
    entities: tuple[str, ...]  # ids, most often named first

    def describe(self) -> str:
        touched = ", ".join(self.entities[:12]) + (" …" if len(self.entities) > 12 else "")
        return (
            f"{self.file} ({self.date or 'undated'}): {self.facts} facts; "
            f"entities: {touched or 'none'}"
        )


def source_summaries(facts: FactSet) -> list[SourceSummary]:
    """Each article with its date, fact count and the entities its facts name; newest first."""
    counts: dict[str, int] = defaultdict(int)
    dates: dict[str, str | None] = {}
    named: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for fact in facts.facts:
        file = fact.source.file
        counts[file] += 1
        dates.setdefault(file, fact.source.date)
        for entity in fact.entities:
            named[file][entity] += 1
    summaries = [
        SourceSummary(
            file,
            dates[file],
            counts[file],
            tuple(sorted(named[file], key=lambda e: (-named[file][e], e))),
        )
        for file in counts
    ]
    summaries.sort(key=lambda s: (s.date or "", s.file), reverse=True)
    return summaries
