"""Spotting a name-like phrase in a question that the facts don't know: "dune 3",
"Keanu Reeves", "the Zorvath festival". Such a phrase gets "I don't have any facts about
X"; ordinary English, chat filler and dates never do, so the decline names what was
really asked about rather than a verb or a count."""

from __future__ import annotations

import re

from bot import demonyms, newsform
from bot.aliases import Mention
from bot.engine.index import Index, IndexEntry
from bot.models import EntityKind
from bot.text import (
    FOLDED_COMPOUNDS,
    GLUE,
    POSSESSIVES,
    QUESTION_WORDS,
    capitalised_words,
    common_words,
    is_calendar,
    is_number,
    normalize,
    stem,
)

FILM_CUES = frozenset({"movie", "film", "sequel", "part", "installment", "franchise", "series"})
# A lone roman numeral after a franchise's name is a film number ("Sable Tempest V").
ROMAN_AFTER_TITLE = {"v": "5", "x": "10"}


def unknown_phrase(
    index: Index, text: str, words: list[str], in_mention: set[int], typed: list[str]
) -> str | None:
    """A phrase that names something the facts don't know: a capitalised unknown word
    ("Oppenheimer", but not a people's adjective before a noun, "the Christian position"),
    an unknown word with a number after it ("dune 3"), a known first name with an unknown
    surname ("tom hanks"), or an unknown word before "movie"/"film". Where the question
    writes names with capitals, that is all; in lowercase chat, unknown words that are no
    English ("keanu reeves") count too. Ordinary words never do ("pronounce", "organisation
    arranged", "compose the music")."""
    numbered = _unknown_film_number(index, words)
    if numbered:
        return numbered
    person_words = index.names.person_words
    written = capitalised_words(text)
    # the words as repaired, where they were typed with a capital ("Jason Momoa" may be
    # repaired to "mason momo": still a capitalised name)
    aligned = len(typed) == len(words)
    capitalised = frozenset(
        w for i, w in enumerate(words) if (typed[i] if aligned else w) in written
    )
    # Who capitalises a name mid-sentence writes names with capitals: then a name is what
    # is capitalised. Lowercase chat ("is keanu reeves in mi7") gives no such cue.
    cased = bool(written)

    def unknown(i: int) -> bool:
        w = words[i]
        if i in in_mention or w in GLUE or w in QUESTION_WORDS or is_calendar(w):
            return False
        if demonyms.is_proper_adjective(w):
            return False  # "which French town", "its Latin name": ordinary English
        if is_number(w):
            return True
        return not known(index, stem(w))

    def name_like(i: int) -> bool:
        if words[i] in capitalised:
            return not _proper_adjective(typed if aligned else words, i, written)
        return not cased and not _ordinary(words[i])

    def foreign(i: int) -> bool:
        # as typed: "jason momoa" is no English, though repair may make it "mason momo"
        return not _ordinary(typed[i] if aligned else words[i])

    shares = {w for m in _SHARE.finditer(text) for w in normalize(m[1]).split()}
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
        # Connectors and known names only count inside a run, never at its end:
        # "pronounce Ostvik" is a verb and a known name, not a name.
        while run and not unknown(run[-1]):
            run.pop()
        if not run:
            continue
        # A first name of a known person followed by an unknown surname is someone else
        # (not followed by an ordinary word: "Ostvik mean" is no name).
        start = first = run[0]
        while (
            start > 0
            and words[start - 1] in person_words
            and (is_number(words[run[0]]) or name_like(run[0]) or not cased)
            # "romilly" alone names Romilly Elphinstone, and "romilly skipping" is her
            # too; "romilly vance" is someone else
            and (
                start - 1 not in in_mention
                or (words[start - 1] in index.matcher.given and name_like(run[0]))
            )
        ):
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
        # a number counts after a word ("dune 3"), not before one ("2 principal groups"),
        # and, where the question writes names with capitals, after a capitalised one
        numbers = [
            i
            for i in real
            if is_number(words[i])
            and i > run[0]
            and (not cased or any(words[j] in capitalised for j in run if j < i))
            and words[i] not in shares  # "the top 4-5% of fans": a share, no film's number
        ]
        words_only = [i for i in real if not is_number(words[i])]
        after = words[run[-1] + 1] if run[-1] + 1 < len(words) else ""
        if after == "part" and not is_number(
            words[run[-1] + 2] if run[-1] + 2 < len(words) else ""
        ):
            after = ""  # "covering part of the overrun", not "dead reckoning part 1"
        phrase = " ".join(words[i] for i in run)
        if not words_only:
            # A bare number after a franchise or a film's title words is a film we
            # don't know ("mission impossible 9", "hollow star 4"); "2018" alone is not,
            # nor a share ("the top 4-5%", though "top" begins "Top Gun")
            if all(words[i] in shares for i in run):
                continue
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
        if numbers:
            # "did they announce bw 3", "is bw 3 confirmed": the verbs around a
            # numbered title are no part of its name
            run = _numbered_title(run, words, numbers)
            phrase = " ".join(words[i] for i in run)
        if (
            run[0] < first  # a known first name, an unknown surname: "tom hanks"
            # unknown words side by side, one of them no English as typed ("keanu
            # reeves"), and no article between ("compose the music" is no name)
            or (
                not cased
                and len(real) >= 2
                and not any(words[i] in ARTICLES for i in run)
                and any(foreign(i) for i in words_only)
            )
            or numbers
            or (after in FILM_CUES and not _describes_a_film(run, words))
            or any(name_like(i) for i in words_only)
        ):
            phrase = _after_article(run, words, capitalised) or phrase
            return _without_trailing_words(phrase, capitalised) if cased else phrase
    return None


# A share as written: "4-5%", "30 percent".
_SHARE = re.compile(r"(\d[\d.,-]*)\s*(?:%|per ?cent\b)")


# Words that say what kind of film one is, before "film" or "movie": "her big
# breakthrough film", "his debut movie" describe a film, not name one.
FILM_DESCRIPTIONS = frozenset(
    """breakthrough breakout debut horror action comedy drama indie animated feature
    documentary silent big biggest best worst favourite favorite early recent solo
    directorial earlier later previous prior older newer latest upcoming final last next
    original""".split()
)
# ... and the festival's "closing night film" (normalized "closingnight film")
_DESCRIBING = FILM_DESCRIPTIONS | FOLDED_COMPOUNDS


def _describes_a_film(run: list[int], words: list[str]) -> bool:
    """Whether the words of `run`, before a film cue, describe a film rather than name
    it: all of them words of a kind of film, or after a possessive ("her X film")."""
    before = words[run[0] - 1] if run[0] else ""
    return before in POSSESSIVES or all(words[i] in _DESCRIBING for i in run)


# Endings of words that name a people or a faith: "Nepalese", "Christian", "Danish",
# "Filipino". Before an ordinary noun they are adjectives ("the Christian position").
DEMONYM_ENDINGS = ("ese", "ian", "ish", "ino", "ina", "ic")


def _proper_adjective(words: list[str], i: int, capitalised: frozenset[str]) -> bool:
    following = words[i + 1] if i + 1 < len(words) else ""
    return (
        words[i].endswith(DEMONYM_ENDINGS)
        and bool(following)
        and following not in GLUE
        and following not in capitalised
        and following not in FILM_CUES
        and _ordinary(following)
    )


def _without_trailing_words(phrase: str, capitalised: frozenset[str]) -> str:
    """ "Zorvath festival": the name is the capitalised part; a lowercase word after it
    ("festival", "die") is the question's, not the name's."""
    kept = phrase.split()
    while len(kept) > 1 and kept[-1] not in capitalised and not is_number(kept[-1]):
        kept.pop()
    return " ".join(kept)


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
# franchise's facts speak of it, as "the first Glass Orchard", "the original Glass
# Orchard" or by its bare name ("Glass Orchard opened in 2024"), else a film the facts
# don't cover.
FIRST = "1st"


# After "the first X", what makes X the first film: "the first Glass Orchard earned", "the
# first Glass Orchard film", not "the first Saltmarsh script" (the series' first script).
_AFTER_FIRST_FILM = r"(?:$| (?:" + "|".join([*FILM_CUES, r"\w+ed", *sorted(GLUE)]) + r")\b)"


def spoken_of(index: Index, entity_id: str, name: str) -> bool:
    """Whether the facts of franchise `entity_id` speak of its first film by `name`."""
    entries = [index.entries[i] for i in index.by_entity.get(entity_id, ())]
    first = f"{FIRST} {name}"
    # the bare name as a clause's subject: "Night Ferry opened in 2024", not "Mission:
    # Impossible - Dead Reckoning", "Night Ferry 2" or "her Night Ferry debut"
    name_pattern = r"\W+".join(map(re.escape, name.split()))
    # ('"Night Ferry," directed by X, opened ...' too)
    bare = re.compile(r"(?:^|[.;:,]\s+)[\"\u201c]?(?i:" + name_pattern + r")[,\"\u201d]*\s+[a-z]")
    original = f"original {name}"  # "the original Glass Tide, which opened in 2023"
    # "the sequel to its 2025 thriller "Glass Tide"": the film the sequel follows
    followed = re.compile(
        r"\b(?:sequel|follow-up) to(?:\W+[\w'\u2019-]+){0,4}?\W+[\"\u201c]?(?i:"
        + name_pattern
        + r")(?![\w:])"
    )
    first_film = re.compile(r"(?:^| )" + re.escape(first) + _AFTER_FIRST_FILM)
    # the stems first: a fact without "1st" or "original" needs no normalizing
    if _first_dated(index, entity_id, name, entries):
        return True
    return any(
        (FIRST in e.stems and _first_said(first_film, normalize(e.fact.answer)))
        or ("original" in e.stems and original in normalize(e.fact.answer))
        or bare.search(e.fact.answer)
        or followed.search(e.fact.answer)
        or newsform.series_began(e.fact.answer)  # "the X series began with a film by"
        for e in entries
    )


def _first_dated(index: Index, entity_id: str, name: str, entries: list[IndexEntry]) -> bool:
    """Whether the draft gave the series' film of its own name a year ("Kolvaris Run
    (2019)") no film of the series' facts is dated before: then it is the first film (a
    "Varga" (2013) after "Varga: Cold Ledger" (2005) is a reboot)."""
    own = re.compile(re.escape(name) + r" (\d{4})")
    films = index.names.films_of.get(entity_id, ())
    years = [int(m[1]) for f in films if (m := own.fullmatch(normalize(f.name)))]
    dated = (int(y) for e in entries for y in _DATED.findall(e.fact.answer))
    return bool(years) and all(year >= years[0] for year in dated)


_DATED = re.compile(r"\((\d{4})\)")  # a film's year beside its title: '"Varga" (2013)'


# ... or, in a passage of the series' own, "the first film" ("The first film, released
# in 2022, grossed $612 million", in an article on the third).
# (opening the sentence: "Brandvold's first film" is his, not the series')
_FIRST_OF_THE_SERIES = re.compile(rf"^the {FIRST} (?:film|movie|installment|instalment|entry)\b")


def _first_said(first_film: re.Pattern[str], answer: str) -> bool:
    return bool(first_film.search(answer) or _FIRST_OF_THE_SERIES.search(answer))


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
            if before == FIRST and spoken_of(index, mention.entity_id, name):
                continue  # "the first Glass Orchard earned $310 million": the facts know it
            return f"{before} {name}"
        if after in ROMAN_AFTER_TITLE:
            return f"{name} {after}"
    return None


def known(index: Index, s: str) -> bool:
    """Whether the facts use the stem `s`, or its singular ("Germans", which the
    lemmatizer leaves as it is, beside "German")."""
    if s in index.stems or index.concepts.of([s]):
        return True
    return s.endswith("s") and not s.endswith("ss") and s[:-1] in index.stems


def _numbered_title(run: list[int], words: list[str], numbers: list[int]) -> list[int]:
    """`run` without the plain English words after its last number, nor those before
    a word that is no English ("announce bw 3" is "bw 3"; "announce dune 3" can't be told
    apart, and stays whole)."""
    common = common_words()

    def plain(i: int) -> bool:
        return words[i] in common or stem(words[i]) in common

    end = len(run)
    while end > 1 and run[end - 1] > numbers[-1] and plain(run[end - 1]):
        end -= 1
    start = 0
    while (
        start + 1 < end
        and plain(run[start])
        and not plain(run[start + 1])
        and not is_number(words[run[start + 1]])
    ):
        start += 1
    return run[start:end]


def _ordinary(word: str) -> bool:
    """An ordinary English word, as opposed to a name the facts don't know."""
    common = common_words()
    return word in common or stem(word) in common or len(word) <= 2


def _mention_at(index: Index, words: list[str], at: int) -> Mention | None:
    for m in index.matcher.find(words):
        if m.start <= at < m.end:
            return m
    return None
