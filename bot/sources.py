"""Source articles: reading the optional date line and splitting text into sentences."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from bot.text import clean

MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_MONTH = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTH.update({name[:3]: number for name, number in list(_MONTH.items())})
_MONTH["sept"] = 9

# The first line is a date line when it starts with a word that labels a date and is
# short: the documented `date 2021-11-19`, or what people copy from a news site instead
# ("Date: March 14, 2024", "Published: Mar. 14, 2024 at 9:00 a.m. ET", "Posted on ...").
# A long first line starting with such a word is the article's own text ("Date night
# was...", "Published reports say...").
DATE_LABELS = (
    "date",
    "dated",
    "published",
    "first published",
    "posted",
    "updated",
    "last updated",
    "last modified",
)
_LABEL = "|".join(label.replace(" ", r"\s+") for label in DATE_LABELS)
_DATE_LINE = re.compile(
    rf"^\s*(?P<label>{_LABEL})\b\s*(?:on\b)?\s*(?P<mark>[:=-]?)\s*(?P<value>.{{0,40}}?)\s*$", re.I
)
# A first line that is nothing but a date ("March 14, 2024", "Thu, 14 Mar 2024 09:00").
_BARE_DATE_CHARS = 40
_TIME = re.compile(r"\b(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})\b", re.I)
_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", re.I)


@dataclass(frozen=True)
class SourceDoc:
    name: str  # file name inside sources/
    date: str | None
    text: str  # the article without its date line, cleaned
    sentences: tuple[str, ...]
    # The first line as written when it was taken as a date line, even one whose date
    # could not be read (then `date` is None): `facts build` warns about it.
    date_line: str | None = None
    # Whether each sentence opens its paragraph: a paragraph of a box-office roundup is
    # about the film it names first (see `bot.draftfilms.films_of_text`).
    opens_paragraph: tuple[bool, ...] = ()


def parse_date(value: str) -> str | None:
    """YYYY-MM-DD for "2024-03-14", "March 14, 2024", "14 March 2024" or "Thu, Mar. 14 2024"."""
    # Found anywhere in the value: a date line may carry a stray mark after the date.
    value = _WEEKDAY.sub("", value.strip())
    parts: tuple[str, str, str] | None = None
    if match := _ISO.search(value):
        parts = (match.group(1), match.group(2), match.group(3))
    elif (match := _MONTH_DAY_YEAR.search(value)) and match.group(1).lower() in _MONTH:
        parts = (match.group(3), str(_MONTH[match.group(1).lower()]), match.group(2))
    elif (match := _DAY_MONTH_YEAR.search(value)) and match.group(2).lower() in _MONTH:
        parts = (match.group(3), str(_MONTH[match.group(2).lower()]), match.group(1))
    if parts is None:
        return None
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
    except ValueError:  # 2024-02-30
        return None


def read_date_line(first_line: str) -> tuple[bool, str | None]:
    """(is it a date line, the date it gives as YYYY-MM-DD or None when unreadable)."""
    line = clean(first_line).strip()
    match = _DATE_LINE.match(line)
    if not match:
        return _is_bare_date(line), parse_date(line) if _is_bare_date(line) else None
    value = match.group("value")
    date = parse_date(value)
    if date is not None or not value:
        return True, date
    # "Date: sometime soon", "Date 2024-02-30" and "Published: March" are date lines gone
    # wrong (the label "Date:", a number or a month says so); "Date night was fun." and
    # "Published reports say MI7 slipped." are text.
    label, mark = match.group("label").lower(), bool(match.group("mark"))
    names_month = any(word in _MONTH for word in re.findall(r"[a-z]+", value.lower()))
    dated = names_month or re.search(r"\b\d", value) is not None
    return (label == "date" and (mark or dated)) or (mark and dated), None


def _is_bare_date(line: str) -> bool:
    """A line that is a date and nothing more (a weekday or a time of day may go with it)."""
    if len(line) > _BARE_DATE_CHARS or parse_date(line) is None:
        return False
    rest = _TIME.sub("", _WEEKDAY.sub("", line)).strip(" ,.")
    return any(
        pattern.fullmatch(rest.rstrip(".")) for pattern in (_ISO, _MONTH_DAY_YEAR, _DAY_MONTH_YEAR)
    )


# A headline and a byline may stand above the date line ("Title", "By Jane Roe", "Date:
# 2026-02-11"): a readable date line among an article's first lines is its date, while
# those lines are short. Only the first line may be a date line gone wrong (`facts build`
# says so); further down, "Date: sometime soon" is text.
FRONT_MATTER_LINES = 4  # non-empty lines, the date line among them
HEADLINE_WORDS = 30  # a longer line above it is a paragraph: the body has begun


def date_line_at(lines: list[str]) -> tuple[int, str | None] | None:
    """(the index of the article's date line in `lines`, its date), or None."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        is_date_line, date = read_date_line(line)
        if is_date_line and (seen == 0 or date is not None):
            return i, date
        seen += 1
        if seen >= FRONT_MATTER_LINES or len(line.split()) > HEADLINE_WORDS:
            return None
    return None


def read_source(path: Path) -> SourceDoc:
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines()
    date = date_line = None
    if (found := date_line_at(lines)) is not None:
        at, date = found
        date_line = lines[at].strip()
        lines = lines[:at] + lines[at + 1 :]
    paragraphs = [
        _article_words(p) for p in re.split(r"\n\s*\n", "\n".join(_set_off_headings(lines)))
    ]
    paragraphs = [p for p in paragraphs if p]
    sentences: list[str] = []
    opens: list[bool] = []
    for paragraph in paragraphs:
        split = split_sentences(paragraph)
        sentences.extend(split)
        opens.extend(k == 0 for k in range(len(split)))
    text = "\n\n".join(paragraphs)
    return SourceDoc(path.name, date, text, tuple(sentences), date_line, tuple(opens))


# A pronunciation guide set in brackets after a name, as reference articles open: "Fresno
# (/ˈfrɛznoʊ/ FREZ-noh), the county seat ...". Its respelling names nothing (it drafted
# a junk entity), but a reader may ask how to say the name: it is read "(pronounced
# frez-noh)". What else the brackets say stays ("(/ˈhɑːrvəl/; 2 August 1871 - 1949)").
_PRONUNCIATION = re.compile(r"\(/[^/()]+/\s*([^;()]*?)\s*(;\s*|(?=\)))")
_EMPTIED = re.compile(r"\s*\(\)")


def _article_words(paragraph: str) -> str:
    """`paragraph` cleaned, without its notes to editors, its guides read as words."""
    text = clean(_EDITORS_NOTES.sub("", paragraph))
    return _EMPTIED.sub("", _PRONUNCIATION.sub(_pronounced, text))


def _pronounced(guide: re.Match[str]) -> str:
    """A guide as plain words: its respelling, not its IPA, in lower case, which names
    nothing: "(pronounced frez-noh)"."""
    respelled = guide.group(1).lower()
    if not respelled:
        return "("
    return f"(pronounced {respelled}{'; ' if guide.group(2) else ''}"


# ... and an encyclopaedia's notes to its editors and footnote marks, which are not the
# article's words: "As of 2012[update],", "school fees.[citation needed] Most", "[12]".
_EDITORS_NOTES = re.compile(
    r"\[(?:[a-z][a-z ]{0,30} needed|update|when\?|who\?|which\?|according to whom\?"
    r"|by whom\?|dubious|disputed|\d{1,3})\]"
)


# A section heading of a reference article ("Early life", "Name") set on its own line
# above its paragraph, with no blank line between: this many words at most, a capital
# first and no punctuation that ends a sentence or a clause, no verb of being and no
# word that leads into more ("He was born in" / "London in 1900." is one wrapped sentence).
HEADING_WORDS = 6
_HEADING = re.compile(r"(?!.*\b(?:is|are|was|were|has|have|had|will|be)\b)[A-Z][^.!?:;,]*")
_LEADS_ON = frozenset("in of by to at on for from with and or the a an".split())


def _set_off_headings(lines: list[str]) -> list[str]:
    """`lines` with a blank line after each section heading that runs straight into its
    paragraph, so "Name" is not read as the first word of "The name is taken from ...".
    A heading stands after a blank line or a finished sentence, and before a capital."""
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        text, after = line.strip(), lines[i + 1].strip() if i + 1 < len(lines) else ""
        before = out[-2].rstrip() if len(out) > 1 else ""
        if (
            _HEADING.fullmatch(text)
            and len(text.split()) <= HEADING_WORDS
            and text.split()[-1].lower() not in _LEADS_ON
            and after[:1].isupper()
            and (not before or before[-1] in ".!?\"')")
        ):
            out.append("")
    return out


# Sentence splitting. A careful regex splitter rather than a library: pysbd (the usual
# choice) has had no release since 2021, is slow on long articles, and splits a quote
# that runs over several sentences, which we must keep whole; nltk's punkt needs its
# model downloaded at run time. The rules below are few and each has a test.
#
# A candidate end is . ! ? or an ellipsis, maybe followed by closing quotes or brackets,
# then whitespace and a capital letter, a digit or an opening quote or bracket.
_CANDIDATE = re.compile(r"[.!?\u2026]+[\"')\]]*(?=\s)")
# Abbreviations that never end a sentence: they always lead into more words.
_NEVER_END = frozenset("e.g i.e cf viz approx ca".split())
# Abbreviations that usually don't end one: they do only when the next word is one
# that starts sentences ("... at Acme Inc. The company said"), not a name or a number
# ("Mr. Smith", "St. Louis", "Jan. 5", "U.S. Army", "George B. Storer").
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx dr prof st jr sr sen rep gov gen col lt capt cmdr sgt maj adm rev hon pres
    det insp supt cpl pvt
    mt ft ave blvd rd no nos vol vols pt pts ch fig op ed eds dept univ assn bros co corp
    inc ltd llc plc vs v etc al est approx jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    """.split()
)
# Abbreviations that lead into a year: "(c. 1512 - 1579)", "b. 1902", "fl. 1390".
_BEFORE_A_YEAR = frozenset("c b d fl r".split())
# Words that start sentences and are never part of a name after an abbreviation.
_SENTENCE_STARTERS = frozenset(
    """
    the a an this that these those there then it its he she they we i you his her their
    our my your in on at but and or so yet if when while after before as since though
    although however meanwhile also still now today later instead
    """.split()
)
_WORD_AFTER = re.compile(r"\s+[\"'(\[]?([\w'.-]+)")


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph of cleaned text, in order, each stripped.

    Joined with single spaces they give back the paragraph (up to whitespace).
    """
    quotes = _quote_spans(paragraph)
    sentences: list[str] = []
    start = 0
    for match in _CANDIDATE.finditer(paragraph):
        end = match.end()
        if _inside(quotes, end) or not _ends_sentence(paragraph, match):
            continue
        piece = paragraph[start:end].strip()
        if piece:
            sentences.append(piece)
        start = end
    last = paragraph[start:].strip()
    if last:
        sentences.append(last)
    return sentences


def _ends_sentence(paragraph: str, match: re.Match[str]) -> bool:
    after = _WORD_AFTER.match(paragraph, match.end())
    next_word = after.group(1) if after else ""
    if not next_word or not (next_word[0].isupper() or next_word[0].isdigit()):
        return False  # "e.g. the", "etc. and", "Really?" she asked
    if match.group(0)[0] != "." or match.group(0).startswith(".."):
        return True  # ! ? and ellipses: the capital after them starts a sentence
    window = paragraph[max(0, match.start() - 40) : match.start()].split()
    word = window[-1].lstrip("\"'([") if window else ""
    bare = word.lower().rstrip(".")
    starts_sentence = next_word.lower() in _SENTENCE_STARTERS
    if bare in _NEVER_END or (bare in _BEFORE_A_YEAR and next_word[0].isdigit()):
        return False
    if bare in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", bare):
        return starts_sentence  # "U.S.", "a.m.", "Inc."
    if re.fullmatch(r"[A-Z]", word):
        return starts_sentence  # an initial: "George B. Storer", "J. R. R. Tolkien"
    return True


def _quote_spans(paragraph: str) -> list[tuple[int, int]]:
    """(open, close) offsets of double-quoted stretches, paired left to right.

    A quote left open at the end of the paragraph (a quotation continued in the next
    paragraph) is not a span, so it never swallows the rest of the paragraph.
    """
    marks = [m.start() for m in re.finditer('"', paragraph)]
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    # A sentence end inside a quote ("It was hard. We did it," he said.) is not an end
    # of the sentence that carries the quote.
    at = bisect.bisect_left(spans, (offset, -1)) - 1
    return at >= 0 and spans[at][0] < offset <= spans[at][1]
