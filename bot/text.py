"""Text handling shared by fact loading and the engine: cleaning, tokens, stems.

Pure functions. Everything that compares a question with a fact goes through
`normalize` and `stem` here, so both sides are folded the same way. Concepts, the groups
of words that ask for one thing, are in bot/concepts.py.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import simplemma

from bot import agewords
from bot.capitals import CAPITAL as CAPITAL  # (re-exported: every name reader uses it)
from bot.lemmas import LEMMAS
from bot.shorthand import SHORTHAND

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


# NFKC spells "½" as "1⁄2", which after a digit reads as another number ("8½" -> "81⁄2"),
# so vulgar fractions are kept as they are written.
_VULGAR_FRACTIONS = re.compile("([\u00bc-\u00be\u2150-\u215e])")
_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Visible text only: NFKC, smart quotes folded, controls and invisibles removed."""
    if text.isascii():  # the common case, without a per-character loop
        return _SPACES.sub(" ", _ASCII_CONTROLS.sub("", text).replace("`", "'")).strip()
    text = "".join(
        part if _VULGAR_FRACTIONS.fullmatch(part) else unicodedata.normalize("NFKC", part)
        for part in _VULGAR_FRACTIONS.split(text)
    ).translate(_QUOTES)
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
    return re.sub(r"\s+", " ", without_accents(clean(text)).casefold()).strip()


def without_accents(text: str) -> str:
    """`text` without its combining marks: "Béravel" -> "Beravel" (NFKD, as `clean` left
    it NFKC)."""
    if text.isascii():
        return text
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


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
    # centuries are written out: "in the early nineteenth century"
    "eleventh": "11th",
    "twelfth": "12th",
    "thirteenth": "13th",
    "fourteenth": "14th",
    "fifteenth": "15th",
    "sixteenth": "16th",
    "seventeenth": "17th",
    "eighteenth": "18th",
    "nineteenth": "19th",
    "twentieth": "20th",
    "i": "i",
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "vi": "6",
    "vii": "7",
    "viii": "8",
}
# "3rd" -> "third": the ordinal words NUMBER_WORDS writes as digits.
_ORDINAL_WORDS = {v: k for k, v in NUMBER_WORDS.items() if v.endswith(("st", "nd", "rd", "th"))}


def ordinal_word(n: int) -> str | None:
    """ "third" for 3, "eleventh" for 11, None past the words NUMBER_WORDS knows."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return _ORDINAL_WORDS.get(f"{n}{suffix}")


# Contractions that carry meaning for the question type ("who's" is "who is"), in one
# pass: `normalize` runs for every piece of every fact when a fact set is indexed.
_IS_WORDS = frozenset("who what when where how it that there he she".split())
_SUFFIXES = {"n't": " not", "'re": " are", "'ll": " will", "'ve": " have", "'d": " would"}
_CONTRACTION = re.compile(r"\b(\w+?)(n't|'re|'ll|'ve|'d|'s)\b|\b(\w+s)'(?=\s|$)")
# The apostrophe is often left out in chat: "whos", "whats".
_NO_APOSTROPHE = re.compile(r"\b(who|what|when|where|how)s\b")
# ... and from "isn't": "why isnt she back". ("cant" and "wont" are words of their own.)
_NO_APOSTROPHE_NOT = re.compile(r"\b(is|are|was|were|do|does|did|has|have|had|would|could)nt\b")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)")
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_BACK_TO_BACK = re.compile(r"\bback\s+to\s+back\b")
# "the running time" is its runtime, no time of day ("the third act ... at the same time")
_RUNNING_TIME = re.compile(r"\brun(?:ning)?\s+time\b")
# A festival's "opening night" is one event, not a release ("opening") at some night: the
# film shown then is not the one a premiere or a release speaks of.
_OPENING_NIGHT = re.compile(r"\b(open|clos)ing\s+(night|film|gala)\b")
# "backing director-driven dramas", "a star-led cast": a compound adjective says what kind
# of thing follows, not that there is a director or a star; it is read as one word.
_COMPOUND_ADJECTIVE = re.compile(
    r"\b([a-z]+)-(driven|led|focused|centred|centered|oriented|friendly|minded)\b"
    r"|\b(spin)-(offs?)\b"  # "a spin-off" is one word, not a place something is "off"
    # "a first-look deal", "second-hand", "a third-party seller": no film counted first
    r"|\b(first|second|third)-(look|class|rate|hand|party|person|aid)\b",
    re.I,
)
# "who took over Blaskova's part", "the part of Nobvada": a role ("a part-time post",
# "part of the city" and "for his part" are none).
_OWNED_PART = re.compile(
    r"(?<![Ff]or )\b((?i:what|which|her|his|their)|\w+'s) part\b(?!-)"
    r"|\b((?i:the)) part(?= of (?!(?:the|a|an|this|that|it|its|his|her|their|what)\b)\w)"
)
# "The film played at more than 40 festivals": shown there, not acted in ("who does she
# play" is not answered by it).
_PLAYED_AT = re.compile(
    r"\bplay(s|ed|ing)?(?= (?:at|in) (?:more than |over |about |nearly |some )?"
    r"(?:[\d,]+ |several |many |dozens of )?(?:festivals|theaters|theatres|cinemas|venues)\b)"
)
# "X took over as director", "who's taking over the part": X succeeds someone (a passage
# says "replaces"; "take" alone asks nothing). Not "took over the lot" (of a place), nor
# "taking over from X", which names the one replaced.
_TAKE_OVER = re.compile(
    r"\b(?:take|takes|took|taking|taken) over\b"
    r"(?= (?:as|(?:the|her|his|their|\w+'s) (?:role|part|reins))\b)"  # "over Aklvey's part"
)
_SUCCEED = {
    "take": "succeed",
    "takes": "succeeds",
    "took": "succeeded",
    "taking": "succeeding",
    "taken": "succeeded",
}
# Chat's "#1": the top one ("the #1 overseas market").
# ... as is "number one at the box office" (lowercase: "Symphony Number One" is a title)
_NUMBER_ONE = re.compile(r"#\s?1\b|\bnumber (?:one|1)\b")
# "a micro-budget horror film" says what kind of film it is, not what it cost.
_BUDGET_SIZES = "micro low big high mid small modest shoestring no".split()
_BUDGET_SIZE = re.compile(rf"\b({'|'.join(_BUDGET_SIZES)})-budget\b")
# Chat shorthand for the parts of a series: "s1" (after the letter-digit split), "eps".
_SEASON_NUMBER = re.compile(r"(?<!\bu )\bs (?=\d{1,2}\b)")
# "w/ Brennan", "w/o a director": chat's "with" and "without", before "/" is dropped.
_WITH = re.compile(r"\bw/(o\b)?")
_B4 = re.compile(r"\bb4\b")  # before "b4" splits into "b 4"
# Sums as chat and the British press write them: "60m", "$1.2bn", "500k", "£3 m" (but
# "1,102 m" is a height: "m" is a million written on, or after a currency sign).
_SHORT_SUM = re.compile(
    r"\b(\d+(?:\.\d+)?)(?:\s?(k|mn|mil|b|bn)|(m))\b|(?<=[$\u00a3\u20ac\u00a5])(\d+(?:\.\d+)?) (m)\b"
)
_SUMS = dict(k="thousand", m="million", mn="million", mil="million", b="billion", bn="billion")


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
    text = agewords.written_out(clean(text))
    if "#" in text or "number " in text:
        text = _NUMBER_ONE.sub("top", text)  # "the #1 market": the top one, not "the one"
    if "-" in text:  # the rewrites below only where they can apply: every passage comes here
        text = _COMPOUND_ADJECTIVE.sub(lambda m: "".join(g for g in m.groups() if g), text)
    if "play" in text:
        text = _PLAYED_AT.sub(r"screen\1", text)
    if " part" in text:
        text = _OWNED_PART.sub(lambda m: f"{m[1] or m[2]} role", text)
    text = text.casefold()
    text = without_accents(text)  # "fiancée" asked as "fiancee", "Céloron" as "Celeron"
    if " over " in text:
        text = _TAKE_OVER.sub(lambda m: _SUCCEED[m.group(0).split()[0]], text)
    if "'" in text:
        text = _CONTRACTION.sub(_expand, text)
    text = _NO_APOSTROPHE.sub(r"\1 is", text)
    text = _NO_APOSTROPHE_NOT.sub(r"\1 not", text)
    text = _SHORT_SUM.sub(lambda m: f"{m[1] or m[4]} {_SUMS[m[2] or m[3] or m[5]]}", text)
    text = _WITH.sub(lambda m: " without " if m[1] else " with ", text)
    text = _BUDGET_SIZE.sub(r"\1budget", text)
    text = text.replace("%", " percent ")  # "a 51% decline": a share, said as it is asked
    text = _PUNCTUATION.sub(" ", text)
    # "back to back" is one idea; its "back" must not read as "coming back".
    text = _BACK_TO_BACK.sub("backtoback", text)
    text = _RUNNING_TIME.sub("runtime", text)
    text = _B4.sub("before", text)
    text = _LETTER_DIGIT.sub(" ", text)  # mi7 -> mi 7, so "MI7" and "MI 7" agree
    text = _SEASON_NUMBER.sub("season ", text)
    text = " ".join([NUMBER_WORDS.get(w) or SHORTHAND.get(w, w) for w in text.split()])
    return _OPENING_NIGHT.sub(r"\1ing\2", text)


def tokens(text: str) -> list[str]:
    return normalize(text).split()


# A word written with a capital anywhere but at the start of a sentence: a name's word.
_CAPITALISED = re.compile(rf"(?<![.!?]\s)(?<!^)\b{CAPITAL}[\w']+")


def capitalised_words(text: str) -> frozenset[str]:
    """The normalized words `text` writes with a capital, but for a sentence's first."""
    return frozenset(n for w in _CAPITALISED.findall(text) if (n := normalize(w)))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's lemma (simplemma's English dictionary), so "returning", "returned" and
    "returns" compare equal on both sides. Numbers, short words and anything the
    lemmatizer would turn into something not alphabetic stay as they are."""
    if word in LEMMAS:
        return LEMMAS[word]
    if len(word) <= 2 or not word.isalpha():
        return word
    lemma = simplemma.lemmatize(word, lang="en").lower()
    if lemma.endswith("ll") and word.endswith(("lled", "lling")):
        # British spelling doubles the l: "cancelled", "labelling" are "cancel", "label"
        # (but "filled" is "fill")
        common = common_words()
        if lemma not in common and lemma[:-1] in common:
            lemma = lemma[:-1]
    return lemma if lemma.isalpha() else word


# Words with no topic of their own (question scaffolding, function words): not scored.
GLUE = frozenset(
    """
    a an the and or but if of to in on at by for with from into onto about as than then so
    is be am are was were been being do does did have has had having will would shall
    should can could may might must not no yes
    i me my mine you your yours we us our he him his she her it its they them their this that
    these those there here what which who whom whose when where why how
    any some all each every either neither both much many more most other another such own
    just also only even still yet ever again already really very quite too now currently
    literally basically honestly seriously exactly today nowadays presently
    please know think let like want wondering wonder curious anyone anybody someone
    hey hi hello bot guys folks ok okay thanks thank
    up out over off down
    get gets getting got go going gonna wanna will doing
    one thing stuff kind sort lot
    """.split()
) - {"out", "up"}  # "come out", "sign up" carry meaning in questions about films

# Chat shorthand that carries no question: never a name, never a premise.
CHAT_FILLER = frozenset(
    """
    pls plz plez lol lmao lmfao rofl tbh rn imo imho btw fyi idk iirc afaik omg ty thx tx
    asap ngl smh fr irl jk tho pl0x xd haha hahaha hehe yay ugh hmm hm um uh ah oh wow
    nah yeah yea yep nope lowkey bruh actually literally basically honestly
    """.split()
)
GLUE = GLUE | CHAT_FILLER

# Words that shape a question without stating a premise: "along with X, what is another
# term for Y", "what is an example of", "what is Y typically called".
SCAFFOLD = frozenset(
    """
    along another other example instance term name call called known type kind sort
    typically usually generally often mainly mostly commonly normally particular specific
    certain main primary notably notable besides aside addition guy guys dude
    himself herself themselves itself whole thing
    """.split()
)

# Calendar words: a date in a question ("nov 19 2021", "the 80s") is never a name.
CALENDAR = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    mondays tuesdays wednesdays thursdays fridays saturdays sundays
    mon tue tues wed thu thur thurs fri sat sun
    """.split()
)
MONTH_NAMES = {
    short: month
    for month in "january february march april may june july august september october "
    "november december".split()
    for short in (month[:3], month[:4])
    if short != month
}
_DECADE_OR_YEAR = re.compile(r"^(?:\d{2}|\d{4})s$|^\d{4}$")


def is_calendar(word: str) -> bool:
    """A month, a weekday, a year or a decade ("80s", "1940s")."""
    return word in CALENDAR or bool(_DECADE_OR_YEAR.match(word))


# Words that open a noun phrase: "the", "its", "those".
DETERMINERS = frozenset("the a an his her their its this that these those".split())
POSSESSIVES = frozenset("her his their its my your our".split())

QUESTION_WORDS = frozenset({"who", "what", "when", "where", "which", "why", "how", "whose", "whom"})
# A question's words for a person it does not name: "is she back?", "where's he from?".
PERSON_PRONOUNS = frozenset("he him his she her hers himself herself".split())


def is_ordinal(word: str) -> bool:
    """ "1st", "19th" (normalize() writes ordinal words as these too)."""
    return bool(re.fullmatch(r"\d+(st|nd|rd|th)", word))


def is_number(word: str) -> bool:
    return word.isdigit() or is_ordinal(word)


def singular(noun: str) -> str:
    """A plural noun as one, when the dictionary cannot say: "izlets" is an "izlet" and
    "schools" a "school", "class" stays itself (see `stem` for the words it knows)."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Ordinary English words; a word outside this list and the facts is taken as a name."""
    from importlib.resources import files

    text = files("bot").joinpath("common_words.txt").read_text(encoding="utf-8")
    return FOLDED_COMPOUNDS | frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


# The words `normalize` makes of two ("opening night" is "openingnight"): ordinary words,
# no unknown names ("what played on opening night?" asks of no film called so).
FOLDED_COMPOUNDS = frozenset(
    {f"{a}ing{b}" for a in ("open", "clos") for b in ("night", "film", "gala")}
    | {f"{size}budget" for size in _BUDGET_SIZES}
    | {"backtoback", "spinoff", "spinoffs"}
)
