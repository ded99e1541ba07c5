"""What an answer states, as scoring asks it of every fact once when the index is built:
a number for "how many", a time for "when" (and whether it is one on a calendar), a sum
of money for "how much did it make"."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import pairwise

from bot import demonyms
from bot.engine.counting import MAGNITUDES
from bot.engine.explain import CURRENCIES
from bot.engine.kinds import MONTH_ABBREVIATIONS, MONTHS
from bot.engine.names import SUBJECT_PRONOUNS
from bot.engine.phrases import SCOPE_REACH, TAKINGS_SCOPES
from bot.engine.verdicts import PASS, Verdict
from bot.text import DETERMINERS, GLUE, is_number, normalize

# Checked on normalized text, where number words are already digits ("three" -> "3")
# and ordinals are not ("first" -> "1st").
_COUNT = re.compile(r"\b\d+\b|\b(twice|once|pair|dozen|several|both)\b")
_TIME = re.compile(
    r"\d{4}|\b(january|february|march|april|may|june|july|august|september|october|"
    r"november|december|week|month|year|after|before|until|now|soon|later|next|spring|"
    r"summer|autumn|fall|winter|today|yesterday|tomorrow|date|dated|back to back)\b",
    re.I,
)
# A time a reader can put on a calendar: a year, a day of a month ("March 12", "12
# March") or a count of days from one ("45 days after its cinema release"), not "a March
# release" or "later this year".
_MONTH = "|".join(sorted(MONTHS))
_MONTH_OR_SHORT = "|".join(sorted(MONTHS | MONTH_ABBREVIATIONS))
_DATE = re.compile(
    rf"\d{{4}}|\b\d+ (?:days?|weeks?|months?|years?)\b"
    rf"|\b(?:{_MONTH_OR_SHORT})\.? \d{{1,2}}\b|\b\d{{1,2}} (?:{_MONTH})\b",
    re.I,
)


def count(words: Sequence[str]) -> bool:
    """Whether normalized `words` state a number ("3", "twice", "a dozen")."""
    return bool(_COUNT.search(" ".join(words)))


def time(text: str) -> bool:
    """Whether `text` states a date or a time, however vague ("later this year")."""
    return bool(_TIME.search(text))


def date(text: str) -> bool:
    """Whether `text` states a time on a calendar: a year, a day of a month."""
    return bool(_DATE.search(text))


# A day: "March 12", "12 March", "Nov. 25", a weekday ("opens Friday"), "2027-03-12".
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WEEKDAY_NAMES = frozenset(_WEEKDAYS.split("|"))
_DAY = re.compile(
    rf"\b(?:{_MONTH_OR_SHORT})\.? \d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?"
    rf"(?:{_MONTH_OR_SHORT})\b|\b(?:{_WEEKDAYS})\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b",
    re.I,
)


def day(text: str) -> bool:
    """Whether `text` states a day, what "on what date" asks for: "fall 2027" or "in
    March" is no date, nor the weekday a report was made ("confirming on Thursday")."""
    return any(
        not (m[0].lower() in _WEEKDAY_NAMES and _REPORTED_ON.search(text[: m.start()]))
        for m in _DAY.finditer(text)
    )


_REPORTED_ON = re.compile(
    r"\b(?:said|says|confirmed|confirming|announced|announcing|told|reported|revealed)"
    r"(?: \w+)? on\s*$",
    re.I,
)


# Words that state a sum without a currency sign: "4 million dollars", "£3m" aside.
SUM_WORDS = frozenset("dollar dollars pound pounds euro euros yen cents pence".split())
# ... and the other currencies a history gives its sums in: "for 18 million crowns"
SUM_WORDS |= frozenset(
    """crown crowns krona kronor krone kroner mark marks franc francs guilder guilders florin
    florins ducat ducats thaler thalers peso pesos rupee rupees yuan lira lire shilling
    shillings ruble rubles rouble roubles dinar dinars rixdollar rixdollars riksdaler
    rigsdaler speciedaler daler livre livres escudo escudos drachma drachmas zloty zlotys
    forint forints guinea guineas farthing farthings groat groats dirham dirhams riyal
    riyals shekel shekels baht rupiah ringgit kronur krónur króna""".split()
)

# A sum as written: "$84.3 million", "£38,000", "340 million crowns".
SUM_WRITTEN = re.compile(
    "[" + re.escape("".join(sorted(CURRENCIES))) + r"]\s?\d[\d,.]*"
    r"|\b\d[\d,.]*(?:\s(?:thousand|million|billion))?\s(?:" + "|".join(sorted(SUM_WORDS)) + r")\b"
)


def states_a_sum(passage: str) -> bool:
    """Whether a passage states an amount of money: by a currency sign, or as a sum
    written in a currency's word ("raised 2.3 million pounds"), which "of" after it makes
    a weight ("45,000 pounds of gunpowder")."""
    return any(symbol in passage for symbol in CURRENCIES) or any(
        not passage[m.end() :].lstrip().startswith("of ") for m in SUM_WRITTEN.finditer(passage)
    )


def sum_of_another_scope(sequence: list[str], names: Collection[str], words: list[str]) -> bool:
    """Whether a question asking a sum made in a named place ("how much did it make in
    the UK", its normalized `sequence`) is put to a passage (its normalized `words`) that
    scopes its sums elsewhere and never names the place: "$412 million worldwide"."""
    after = [
        i + 1 + (sequence[i + 1 : i + 2] == ["the"]) for i, w in enumerate(sequence) if w == "in"
    ]
    places = {
        sequence[k]
        for k in after
        if k < len(sequence) and (sequence[k] in names or demonyms.adjectives_of(sequence[k]))
    }
    return (
        bool(places)
        and places.isdisjoint(words)
        and any(
            is_number(w) and not TAKINGS_SCOPES.isdisjoint(words[i + 1 : i + 1 + SCOPE_REACH])
            for i, w in enumerate(words)
        )
    )


def a_sum(words: Sequence[str], i: int, sums: frozenset[str]) -> bool:
    """ "$340 million", "4 million dollars": whether the number at `i` of `words` is a sum of
    money (its words among the passage's `sums`), not the "71 million paid subscribers"
    beside it."""
    if words[i] in MAGNITUDES:
        return i > 0 and a_sum(words, i - 1, sums)
    return words[i] in sums or not SUM_WORDS.isdisjoint(words[i + 1 : i + 3])


# A sum of money as written: "$84.3 million", "£38,000".
_SUM_WRITTEN = re.compile(
    rf"[{''.join(sorted(CURRENCIES))}]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m)\b)?", re.I
)


def sum_words(passage: str) -> frozenset[str]:
    """The normalized words of each sum of money the passage writes ("84", "3")."""
    return frozenset(w for m in _SUM_WRITTEN.finditer(passage) for w in normalize(m[0]).split())


def sum_of_money(text: str, words: Sequence[str]) -> bool:
    """Whether `text` (normalized `words`) states a sum: a currency sign or its word."""
    return any(c in text for c in CURRENCIES) or not SUM_WORDS.isdisjoint(words)


# A question's words for a currency, with the ways a passage writes a sum in it: "what
# was the opening weekend in dollars" is not answered by "took ¥180 million".
CURRENCY_ASKED = {
    "dollar": ("$", "dollar"),
    "pound": ("£", "pound", "sterling"),
    "euro": ("€", "euro"),
    "yen": ("¥", "yen"),
}
# ... and a share: "what percentage of the airport does the fund own" is not answered by
# "owned jointly by the council and a pension fund, ... a £45 million programme"
_SHARES = ("%", "percent", "per cent", "half", "third", "quarter", "fifth", "tenth", "majority")
SHARE_ASKED = {"percentage": _SHARES, "percent": _SHARES}


def unit_verdict(question: Collection[str], text: str) -> Verdict:
    """A failed verdict when the `question` (its words and stems) names a currency
    `text` writes no sum in ("in dollars" against "took ¥180 million"), or asks a share it
    writes none of, else `PASS`."""
    asked = [ways for word, ways in (CURRENCY_ASKED | SHARE_ASKED).items() if word in question]
    lowered = text.lower()
    if not asked or any(way in lowered for ways in asked for way in ways):
        return PASS
    return Verdict.fail("unexplained", "share" if SHARE_ASKED.keys() & question else "currency")


# A sum given as a bound: "a budget north of $100 million", "more than $9 million".
_CURRENCY = "[" + re.escape("".join(sorted(CURRENCIES))) + "]"
_BOUND = re.compile(
    r"\b(?:north|south|upwards|in excess|more|less|fewer|over|under|above|below|at least"
    rf"|at most|nearly|almost|up to)(?: of| than)?\s+{_CURRENCY}"
)
# ... or as another's, that a figure is compared with: "topping the $39 million it spent
# on ...", "well short of the $340 million grossed by the original".
_COMPARED = re.compile(
    r"\b(?:(?:topping|surpassing|eclipsing|beating|exceeding)(?: the)?|(?:than|of) the)"
    rf"\s+{_CURRENCY}"
)
_SUM = re.compile(rf"{_CURRENCY}\s?\d")


def only_bounds(text: str) -> bool:
    """Whether every sum `text` states is a bound ("a budget north of $100 million") or
    another's ("topping the $39 million it spent on ..."), not a figure."""
    sums = len(_SUM.findall(text))
    return bool(sums) and len(_BOUND.findall(text)) + len(_COMPARED.findall(text)) >= sums


# How far after a compared sum the other thing it is of is named, in characters.
COMPARED_REACH = 60


def only_compared(text: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether every sum `text` states is another's, compared with ("topping the $39
    million it spent on ..."): none is a figure of what the sentence is about, unless
    the question `names` (normalized words) the other thing ("what did it pay for X")."""
    sums = len(_SUM.findall(text))
    compared = [
        m
        for m in _COMPARED.finditer(text)
        if names.isdisjoint(normalize(text[m.end() : m.end() + COMPARED_REACH]).split())
    ]
    return bool(sums) and len(compared) >= sums


# A birth a passage states: its word, or a life's dates after a name: "(2 August 1871 -
# 14 March 1949)", "(1911-1987)".
_BIRTH_WORDS = frozenset("bear born birth birthday".split())
_LIFE_DATES = re.compile(  # ... or "(née Thrandley; 14 March 1834 - 2 November 1902)"
    r"\((?:[^();]*;\s*)?(?:born |b\. )?(?:\d{1,2} \w+ |\w+ \d{1,2}, )?\d{4}\s*[-\u2013]"
)


def birth(text: str, stems: Sequence[str]) -> bool:
    """Whether `text` (its `stems`) states a birth, which "when was she born" asks (not
    "since 1961, the centenary of her birth": the year of an anniversary)."""
    remembered = any(m[1].lower() == "birth" for m in COMMEMORATED.finditer(text))
    if remembered and "born" not in stems and "bear" not in stems:
        return _LIFE_DATES.search(text) is not None
    return not _BIRTH_WORDS.isdisjoint(stems) or _LIFE_DATES.search(text) is not None


# A death a passage states by its word.
_DEATH_WORDS = frozenset("die death dead".split())


_ASKING_WHEN = frozenset("when what which year date".split())
_BIRTH_ASKED = frozenset("born birth".split())
# Words asking of a whole life, which its dates answer: "when did she live".
_LIFE_WORDS = frozenset("live lived life lifetime".split())
_LIFE_SPAN = re.compile(r"\([^()]*\b\d{4}\s*[-\u2013][^()]*\)")
_YEAR = re.compile(r"\b\d{4}\b")


def _only_life_years(text: str) -> bool:
    """Whether every year `text` gives is in someone's dates of life: "(1904-1989)"."""
    spans = [m.span() for m in _LIFE_SPAN.finditer(text) if _LIFE_DATES.match(m[0])]
    years = [m.start() for m in _YEAR.finditer(text)]
    return bool(spans) and all(any(a <= y < b for a, b in spans) for y in years)


# "What did he die of" asks what killed him: "died of typhoid", "died from his wounds",
# "the cause of death" (not "died in 1902").
_DIED_OF = re.compile(r"\b(?:di(?:e|ed|es|ing) (?:of|from)|cause of (?:his |her )?death)\b", re.I)


def death_cause_said(sequence: Sequence[str], passage: str) -> bool:
    """Whether a passage tells the cause of a death a question asks ("what did X die
    of"), or the question asks none."""
    asked = any(a in ("die", "died") and b in ("of", "from") for a, b in pairwise(sequence))
    return not asked or _DIED_OF.search(passage) is not None


def life_event(
    asked: Collection[str], names: Collection[str], text: str, stems: Sequence[str]
) -> bool:
    """Whether `text` (its `stems`) states the birth or the death a question (its words
    and stems `asked`, the words of its `names`) asks the date of: "when was she born" is
    not answered by "returned to his hometown, where he died", nor "when did the novelist
    Cedric Ashmole die" by "people from the town include Josiah Pennock (1811-1884) ...
    and the novelist Cedric Ashmole", whose dates are another's."""
    born = not _BIRTH_ASKED.isdisjoint(asked)  # "when was she born", "her date of birth"
    if born and not birth(text, stems):
        return False
    beside = [normalize(m[1]) for m in _NAMED_BORN.finditer(text)]
    if born and names and beside and all(b not in names for b in beside):
        return False  # "married the painter X; they had one daughter, Catriona, born in 1963"
    if not born and _DEATH_WORDS.isdisjoint(asked):
        # "when did she start lecturing": not "the physicist X (1904-1989), a lecturer"
        # (but "when was the French and Indian War" asks all of its "(1754-1763)")
        acts = set(asked) - set(names) - GLUE - _ASKING_WHEN
        return not acts or not _LIFE_WORDS.isdisjoint(asked) or not _only_life_years(text)
    said = _BIRTH_WORDS if born else _DEATH_WORDS
    if not said.isdisjoint(stems) or not names:
        return True
    dated = [normalize(text[: m.start()]).split()[-1:] for m in _LIFE_DATES.finditer(text)]
    return not dated or any(last and last[0] in names for last in dated)


# A name right before the birth it dates: "one daughter, Catriona, born in 1963".
_NAMED_BORN = re.compile(r"\b([A-Z][\w'-]+),? (?:who was |was )?born\b")


# What a passage dates in a thing's memory, not the thing: "since 1961, the centenary of
# her birth", "to mark the 50th anniversary of its founding" (the event: group 1).
COMMEMORATED = re.compile(
    r"\b(?:centenary|centennial|bicentenary|bicentennial|tercentenary|anniversary|jubilee)"
    r"\s+of\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?([a-z]+)",
    re.I,
)


_MONTH_WORDS = MONTHS | MONTH_ABBREVIATIONS


def a_day(words: list[str], i: int) -> bool:
    """ "October 16", "9 October": a day of a month, which counts nothing."""
    beside = {*words[i - 1 : i], *words[i + 1 : i + 2]}
    return words[i].isdigit() and len(words[i]) <= 2 and not _MONTH_WORDS.isdisjoint(beside)


# What follows "once" when it opens a clause ("once the deal completes", "once it opens")
# or says "again" ("once more"): then it counts nothing, as it does in "won it once".
_AFTER_A_CLAUSE_ONCE = (DETERMINERS - {"a", "an"}) | SUBJECT_PRONOUNS | {"we", "again", "more"}


def a_clause_once(words: list[str], i: int) -> bool:
    """Whether "once" at `i` opens a clause or means "again" or "at once", and so is no
    count: "renamed X once the transaction completes", "once filming wraps"."""
    if words[i] != "once":
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    at_once = i > 0 and words[i - 1] == "at"
    return at_once or after in _AFTER_A_CLAUSE_ONCE or after.endswith("ing")


# A question asking what a thing cost to make ("how much did it cost to make"), and the
# words a passage tells of the making with.
_MAKING = frozenset("make made making produce produced build built".split())
_MADE_SAID = frozenset("budget budgeted make made produce produced spend spent build built".split())
_FILMS = frozenset("film films movie it sequel picture".split())


def cost_of_another(asked: Collection[str], words: Sequence[str]) -> bool:
    """Whether a question asking what something cost to make meets a passage (normalized
    `words`) telling only what other things cost: "single tickets cost $24" for "how
    much did The Lantern Keepers cost to make", "the reconstruction, which cost 5.2
    million kroner" for "how much did it cost to build the new town hall"."""
    if "cost" not in asked or _MAKING.isdisjoint(asked) or not _MADE_SAID.isdisjoint(words):
        return False
    costs = [i for i, w in enumerate(words) if w in ("cost", "costs", "costing")]
    return bool(costs) and all(
        (i and words[i - 1].endswith("s") and words[i - 1] not in _FILMS)
        or (i > 1 and words[i - 1] == "which" and words[i - 2] not in {*asked, *_FILMS})
        for i in costs
    )


# A sum a clause only supposes: "estimates that repairing it would cost at least £18
# million", "could cost as much as $40 million".
_SUPPOSED = re.compile(r"\b(?:would|could|might)\b[^,;:]*$", re.I)
# What asks of a sum paid: "what did the canal cost", "what did it end up costing".
_PAID_ASKED = frozenset("did was were ended".split())


def only_supposed(asked: Sequence[str], passage: str) -> bool:
    """Whether a question asking what something did cost meets a passage whose every sum
    is one a "would" or "could" supposes, a cost not paid: "what did the canal end up
    costing" against "the trust estimates that repairing it would cost £18 million"."""
    sums = list(SUM_WRITTEN.finditer(passage))
    if _PAID_ASKED.isdisjoint(asked) or not sums:
        return False
    return all(_SUPPOSED.search(passage[: m.start()]) for m in sums)
