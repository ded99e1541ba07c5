"""The names fans give a film by its title: "Mission Impossible 7", "MI7", "the seventh
Mission Impossible", "Dead Reckoning Part One", "Tidebreak".

A title's number may end it ("Hollow Star 3") or end the part before its subtitle
("Kestrel Run 4: Black Meridian"); either way fans call the film by series and number,
and by the number after the series' initials.
"""

from __future__ import annotations

import re

from bot.text import DETERMINERS, GLUE, NUMBER_WORDS, common_words, normalize, ordinal_word

# Cardinal digits to their words ("3" -> "three"), for "Part Three" beside "Part 3".
_ROMAN = re.compile(r"[IVX]+")
CARDINALS = {
    v: k
    for k, v in NUMBER_WORDS.items()
    if v.isdigit() and k.isalpha() and len(k) > 2 and not _ROMAN.fullmatch(k.upper())
}
CARDINALS_BY_WORD = frozenset(CARDINALS.values())
# What separates a series from a subtitle: "Saltmarsh: Low Tide", "Mission: Impossible -
# Dead Reckoning".
SUBTITLE_SEPARATOR = re.compile(r"\s*[:\-\u2013\u2014]\s*")
# A one-word subtitle names the film only when it is no ordinary word: "Tidebreak" does,
# the "Impossible" of "Mission: Impossible" does not.
MIN_SUBTITLE_LETTERS = 4
# A subtitle's initials fans write: "HC" for "Hollow Crown", not "B" nor "ABCDE".
MIN_INITIALS, MAX_INITIALS = 2, 4


# Small words a title's initials keep in lower case ("LotR"), inside the title only.
_SMALL_IN_INITIALS = frozenset("of the and in on at to for a an".split())


# The article a title may open with, which fans leave off: "The Hollow Crown".
_ARTICLE = re.compile(r"^(?:The|A|An)\s+")


def without_article(title: str) -> str:
    """`title` without the article it opens with, if any."""
    return _ARTICLE.sub("", title)


def title_aliases(name: str) -> list[str]:
    """The names fans use for the film titled `name`, its own name left out."""
    parts = SUBTITLE_SEPARATOR.split(name)
    plain = " ".join(parts)
    aliases = [plain] if plain != name else []
    subtitle = parts[-1]
    if len(parts) > 1 and (len(subtitle.split()) >= 2 or _names_alone(subtitle)):
        aliases.append(subtitle)  # "Dead Reckoning Part One", "Tidebreak"
        bare = without_article(subtitle)
        if bare != subtitle and len(bare.split()) >= 2:
            aliases.append(bare)  # "The Hollow Crown" is "hollow crown" to fans
        aliases += _subtitle_initials(subtitle)
    aliases += _title_initials(parts)
    head = parts[0]
    if len(parts) > 1 and _number(head.split()) is not None:
        aliases.append(head)  # "Kestrel Run 4: Black Meridian" is "Kestrel Run 4"
        aliases += numbered_aliases(head)
    else:
        aliases += numbered_aliases(plain)
    return [a for a in dict.fromkeys(aliases) if normalize(a) != normalize(name)]


def _subtitle_initials(subtitle: str) -> list[str]:
    """ "Ironbloom: Hollow Crown" -> "HC", as fans write it; not when the initials spell
    an ordinary word ("Ice Tide" is no "IT")."""
    words = subtitle.split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]  # "The Hollow Crown" is "HC"
    return _initials(words)


def _title_initials(parts: list[str]) -> list[str]:
    """The whole title's initials: "Lighthouse Row" -> "LR", "Harrowgate: The Ember
    Crown" -> "HTEC" and "HEC". A one-word title has none, nor "Saltmarsh 2" (its
    number's initials are `numbered_aliases`'s)."""
    words = " ".join(parts).split()
    if len(words) < 2 or _number(words) is not None:
        return []
    small = len(parts) == 1  # a title without a subtitle: "Saints of the Marsh"
    with_the = _initials(words, small)
    without = _initials([w for w in words if w != "The"], small)
    return list(dict.fromkeys([*with_the, *without]))


def _initials(words: list[str], small_words: bool = False) -> list[str]:
    """The initials of `words` as fans write them, unless the words are no plain run of
    capitalised words or the initials spell an ordinary word ("Ice Tide" is no "IT").
    With `small_words`, small words inside the run count in lower case, as in "LotR":
    "Saints of the Marsh" is "SotM" (a subtitle's are not: "Song of the Deep" stays
    itself)."""
    if not words or not all(w.isalpha() for w in words):
        return []
    if any(not w[:1].isupper() for w in (words[0], words[-1])) or any(
        not w[:1].isupper() and not (small_words and w in _SMALL_IN_INITIALS) for w in words[1:-1]
    ):
        return []  # a lower-case word other than a small one breaks the run
    if any(w == "Part" or w.lower() in NUMBER_WORDS for w in words):
        return []  # "Dead Reckoning Part One" is no "DRPO"
    initials = "".join(w[0] for w in words)
    if not MIN_INITIALS <= len(initials) <= MAX_INITIALS:
        return []
    plain = initials.lower()
    return [] if plain in common_words() or plain in GLUE else [initials]


def _names_alone(word: str) -> bool:
    return (
        len(word) >= MIN_SUBTITLE_LETTERS
        and word[:1].isupper()
        and word.isalpha()
        and word.lower() not in common_words()
    )


def _number(words: list[str]) -> str | None:
    """The number a title's words end on, in digits ("7", "II" -> "2"), if any."""
    last = words[-1] if words else ""
    if last.isdigit():
        return last
    if _ROMAN.fullmatch(last):
        return NUMBER_WORDS.get(last.lower(), last)
    return None


def numbered_aliases(title_words: str) -> list[str]:
    """ "Hollow Star 3" -> "HS3", "HS 3", "Hollow Star Three", "the third Hollow Star";
    "Vorrathane Part Two" -> "Vorrathane 2" too, as fans number a second part."""
    words = title_words.split()
    part = words[-2:-1] == ["Part"]
    number = _number(words) or (NUMBER_WORDS.get(words[-1].lower()) if part else None)
    if number is None or not number.isdigit():
        return []
    title = words[:-2] if part else words[:-1]
    aliases: list[str] = [f"{' '.join(title)} {number}"] if part and title else []
    initials = "".join(w[0] for w in title if w[0].isupper())
    if len(title) == 1 and len(initials) == 1:
        initials = _compound_initials(title[0]) or initials  # "Coldwater 3" is "CW3"
    if len(initials) >= 2:
        aliases += [f"{initials}{number}", f"{initials} {number}"]
    if number in CARDINALS:
        aliases.append(" ".join([*title, CARDINALS[number]]))
    ordinal = ordinal_word(int(number))
    if ordinal:
        aliases += [f"the {ordinal} {' '.join(title)}", f"{ordinal} {' '.join(title)}"]
    return aliases


# The shortest word a one-word title may be read as a compound of: "Coldwater" is
# "Cold" + "water", so fans call "Coldwater 3" "CW3"; "Saltwick" is "Salt" + "wick".
MIN_COMPOUND_PART = 3


def _compound_initials(word: str) -> str | None:
    """The initials of a one-word title read as two ordinary words ("Coldwater" -> "CW"),
    if exactly one way of cutting it gives two."""
    common = common_words()
    lowered = word.lower()
    cuts = [
        k
        for k in range(MIN_COMPOUND_PART, len(lowered) - MIN_COMPOUND_PART + 1)
        if lowered[:k] in common and lowered[k:] in common
    ]
    if len(cuts) != 1:
        return None
    initials = word[0].upper() + lowered[cuts[0]].upper()
    return None if initials.lower() in common or initials.lower() in GLUE else initials  # "TV"
