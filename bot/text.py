"""Text handling shared by fact loading and the engine: cleaning, tokens, stems, concepts.

Pure functions. Everything that compares a question with a fact goes through
`normalize` and `stem` here, so both sides are folded the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Characters that change nothing a reader sees but break matching: zero-width and
# bidi controls (category Cf), other control characters (Cc), unassigned/private use.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u00a0": " ",
    }
)


_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Visible text only: NFKC, smart quotes folded, controls and invisibles removed."""
    if text.isascii():  # the common case, without a per-character loop
        return _SPACES.sub(" ", _ASCII_CONTROLS.sub("", text).replace("`", "'")).strip()
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    out = []
    for ch in text:
        if ch in "\t\n\r":
            out.append(" ")
        elif unicodedata.category(ch) in _INVISIBLE_CATEGORIES:
            continue
        elif unicodedata.category(ch) == "Mn" and out and not out[-1].isalnum():
            continue  # a combining mark with nothing to combine with
        else:
            out.append(ch)
    return _SPACES.sub(" ", "".join(out)).strip()


def fold(text: str) -> str:
    """Case- and accent-insensitive, whitespace-collapsed form, for exact quote checks."""
    text = unicodedata.normalize("NFKD", clean(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text.casefold()).strip()


NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    "sixth": "6th",
    "seventh": "7th",
    "eighth": "8th",
    "ninth": "9th",
    "tenth": "10th",
    "i": "i",
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "vi": "6",
    "vii": "7",
    "viii": "8",
}
# Contractions that carry meaning for the question type ("who's" is "who is"), in one
# pass: `normalize` runs for every piece of every fact when a fact set is indexed.
_IS_WORDS = frozenset("who what when where how it that there he she".split())
_SUFFIXES = {"n't": " not", "'re": " are", "'ll": " will", "'ve": " have", "'d": " would"}
_CONTRACTION = re.compile(r"\b(\w+?)(n't|'re|'ll|'ve|'d|'s)\b|\b(\w+s)'(?=\s|$)")
# The apostrophe is often left out in chat: "whos", "whats".
_NO_APOSTROPHE = re.compile(r"\b(who|what|when|where|how)s\b")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)")
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_BACK_TO_BACK = re.compile(r"\bback\s+to\s+back\b")


def _expand(match: re.Match[str]) -> str:
    word, suffix, plural = match.group(1), match.group(2), match.group(3)
    if plural:  # "the fans' theory" -> "the fans theory"
        return plural
    if suffix == "'s":  # "who's" -> "who is"; possessive "Cruise's" -> "cruise"
        return f"{word} is" if word in _IS_WORDS else word
    if suffix == "n't":
        word = {"wo": "will", "ca": "can", "sha": "shall"}.get(word, word)
    return word + _SUFFIXES[suffix]


def normalize(text: str) -> str:
    """Lower-case words separated by single spaces: the form aliases and questions share.

    "Who's returning for M:I 7???" -> "who is returning for m i 7"
    """
    text = clean(text).casefold()
    if "'" in text:
        text = _CONTRACTION.sub(_expand, text)
    text = _NO_APOSTROPHE.sub(r"\1 is", text)
    text = _PUNCTUATION.sub(" ", text)
    # "back to back" is one idea; its "back" must not read as "coming back".
    text = _BACK_TO_BACK.sub("backtoback", text)
    text = _LETTER_DIGIT.sub(" ", text)  # mi7 -> mi 7, so "MI7" and "MI 7" agree
    return " ".join([NUMBER_WORDS.get(w, w) for w in text.split()])


def tokens(text: str) -> list[str]:
    return normalize(text).split()


# Irregular forms worth folding by hand; everything else goes through suffix rules.
_LEMMAS = {
    "came": "come",
    "coming": "come",
    "comes": "come",
    "said": "say",
    "says": "say",
    "told": "tell",
    "tells": "tell",
    "spoke": "speak",
    "spoken": "speak",
    "talked": "talk",
    "wrote": "write",
    "written": "write",
    "writes": "write",
    "shot": "shoot",
    "shooting": "shoot",
    "began": "begin",
    "begins": "begin",
    "beginning": "begin",
    "begun": "begin",
    "rode": "ride",
    "rides": "ride",
    "riding": "ride",
    "ridden": "ride",
    "won": "win",
    "men": "man",
    "women": "woman",
    "people": "person",
    "did": "do",
    "does": "do",
    "doing": "do",
    "has": "have",
    "had": "have",
    "having": "have",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "am": "be",
    "been": "be",
    "being": "be",
    "saw": "see",
    "seen": "see",
    "sees": "see",
    "left": "leave",
    "got": "get",
    "gets": "get",
    "getting": "get",
    "gone": "go",
    "went": "go",
    "goes": "go",
    "made": "make",
    "making": "make",
    "makes": "make",
    "movies": "movie",
    "starring": "star",
    "starred": "star",
    "stars": "star",
    "filming": "film",
    "filmed": "film",
    "films": "film",
    "directed": "direct",
    "directing": "direct",
    "director": "direct",
    "directors": "direct",
    "directs": "direct",
    "actors": "actor",
    "actresses": "actor",
    "actress": "actor",
    "wrapped": "wrap",
    "wrapping": "wrap",
    "dated": "date",
    "dates": "date",
    "released": "release",
    "releases": "release",
    "releasing": "release",
    "playing": "play",
    "played": "play",
    "plays": "play",
    "player": "play",
    "returning": "return",
    "returns": "return",
    "returned": "return",
    "return": "return",
    "stunts": "stunt",
    "news": "news",
    "series": "series",
    "sequels": "sequel",
    "installments": "installment",
    "instalment": "installment",
    "instalments": "installment",
    "theatres": "theater",
    "theatre": "theater",
    "theaters": "theater",
    "cinemas": "cinema",
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, consistent stem: folds plurals and -ing/-ed so both sides compare equal."""
    if word in _LEMMAS:
        return _LEMMAS[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: len(word) - len(suffix)] + keep
            # "wrapped" -> "wrapp" -> "wrap", but "called" -> "call", "dressed" -> "dress".
            if (
                suffix in ("ing", "ed")
                and len(base) >= 4
                and base[-1] == base[-2]
                and base[-1] not in "lsz"
            ):
                base = base[:-1]  # "wrapped" -> "wrapp" -> "wrap"
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            if suffix == "es" and not word.endswith(("ches", "shes", "sses", "xes", "zes")):
                continue  # "movies"... handled by "s" below: "dates" -> "date"
            return base
    return word


# Words that carry no topic of their own: question scaffolding and function words.
# They are ignored when scoring how well a fact covers a question.
GLUE = frozenset(
    """
    a an the and or but if of to in on at by for with from into onto about as than then so
    is be am are was were been being do does did have has had having will would shall
    should can could may might must not no yes
    i me my mine you your yours we us our he him his she her it its they them their this that
    these those there here what which who whom whose when where why how
    any some all each every either neither both much many more most other another such own
    just also only even still yet ever again already really very quite too now currently
    please know think let like want wondering wonder curious anyone anybody someone
    hey hi hello bot guys folks ok okay thanks thank
    up out over off down
    get got go going gonna wanna will
    one thing stuff kind sort lot
    """.split()
) - {"out", "up"}  # "come out", "sign up" carry meaning in questions about films

QUESTION_WORDS = frozenset({"who", "what", "when", "where", "which", "why", "how", "whose", "whom"})

# Concepts: groups of words that ask for the same thing. A question and a fact that
# share a concept match even when they share no word ("premiere" ~ "release").
CONCEPTS: dict[str, frozenset[str]] = {
    "@release": frozenset(
        "release date dated premiere premier debut open opening theater cinema arrive "
        "launch hit out showing screen see watch".split()
    ),
    "@return": frozenset("return back reprise rejoin veteran comeback again".split()),
    "@join": frozenset("new join newcomer addition added debut add".split()),
    "@cast": frozenset("cast star actor act appear feature role lineup ensemble".split()),
    "@direct": frozenset("direct helm helmer filmmaker behind".split()),
    "@shoot": frozenset("shoot film location set filming where production".split()),
    "@production": frozenset(
        "production start begin wrap finish complete schedule shoot back "
        "underway progress delay postpone push done".split()
    ),
    "@title": frozenset("title call name untitled subtitle".split()),
    "@status": frozenset("happen latest news update status progress along production".split()),
    "@role": frozenset("play role character portray".split()),
    "@say": frozenset(
        "say post comment reply caption tell talk speak quote react respond interview share".split()
    ),
    "@instagram": frozenset("instagram post photo image picture caption share pic".split()),
    "@stunt": frozenset("stunt peril danger dangerous terrifying scary cliff".split()),
}
_CONCEPT_OF: dict[str, tuple[str, ...]] = {}
for _concept, _words in CONCEPTS.items():
    for _w in _words:
        _CONCEPT_OF[_w] = (*_CONCEPT_OF.get(_w, ()), _concept)


def concepts_of(stems: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for s in stems:
        found.update(_CONCEPT_OF.get(s, ()))
    return found


def is_number(word: str) -> bool:
    return word.isdigit() or bool(re.fullmatch(r"\d+(st|nd|rd|th)", word))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Ordinary English words; a word outside this list and the facts is taken as a name."""
    from importlib.resources import files

    text = files("bot").joinpath("common_words.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
