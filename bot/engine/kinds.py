"""What kind of answer a question asks for, and what in a passage is of that kind.

"When" wants a time, "how many" a number, "who" and "where" a name; "what year" narrows a
time to a year, "which city" and "what river" ask for a thing by its name, while "which
direction" and "what kind of school" do not. The word after the question word names the
kind (its head noun), so it is no premise a passage must repeat. Ordinary English only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.engine import dimensions, reasons
from bot.engine.howlong import DISTANCES, RUNTIME_WORDS, SPANS, how_long_kind
from bot.engine.howlong import said_by_a_span as said_by_a_span
from bot.engine.opposites import ANTONYMS
from bot.engine.passive import is_participle
from bot.engine.phrasewords import phrase_words_in
from bot.models import QuestionType
from bot.text import GLUE, is_number, is_ordinal, stem

# Skipped between the question word and its head noun: "which kind of fort"; and after a
# name, a place in a sequence: "what was Ada's last film" asks for a film.
_BEFORE_HEAD = frozenset("is are was were a an the another other kind type sort of".split())
_SEQUENCE = frozenset("last final latest next previous debut".split())  # "her debut album"

MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# "how large", "how far": adjectives that ask for a measure, which a number states.
MEASURES = frozenset("large big small tall high long far old wide deep heavy fast often".split())
MEASURES |= dimensions.WARMTH  # "how warm is the spring": "27 °C"
# Words that, after "what"/"which", ask for a time or a quantity rather than naming one.
TIME_HEADS = frozenset("year century decade month months day date time era period season".split())
# "Which" asks for a named thing, except a choice of these: "which direction", "which side".
UNNAMED_CHOICES = frozenset(
    "type types kind kinds sort form way direction side part method".split()
)
# People by the part they play: "what singer" is answered by a sentence saying "singer".
ROLES = frozenset(
    "king queen president general artist singer author writer architect manager coach".split()
)
# Kinds of thing known by their names: "what river", "what company" asks for one by name.
NAMED_KINDS = (
    frozenset(
        """country city town village state nation province region county religion language
    river lake mountain island company firm team school university college church party
    newspaper magazine empire kingdom dynasty tribe army navy ship railroad railway airport name
    museum library organization organisation venue location site studio streamer network
    feature documentary orchestra""".split()
    )
    | ROLES
)
# "What is another name for Ostvik Bay?", "what was X called (now)": a name for what it names.
NAMING_QUESTION = re.compile(
    r"\b(?:(?:another|other|alternative) (?:name|term|word)\b"
    r"|(?:name|term|word) (?:used )?for\b"
    # ... and the name someone was given: "her name at birth", "his real name"
    r"|\b(?:birth|real|maiden) name\b|\bname at birth\b"
    r"|(?:called|known as|referred to as|nicknamed|termed|dubbed)"
    r"(?: (?:now|today|currently|nowadays|originally|at first|at the time))?"
    # ... or at a time the question gives: "what was the club called when it was formed"
    r"(?:$| (?:when|before|after|until|in \d+)\b))"
)
# A question's words for "a name", which a passage giving one rarely repeats.
NAMING_WORDS = frozenset("name term word".split())
# Named places and broadcasters, which "on which ..." asks for (not "on which coast": "the
# east coast"; an island is left out: it cost a right answer on our held-out articles).
NAMED_ON = frozenset("river lake street road avenue square headland channel network".split())
# Head nouns that ask for a number: "what percentage", "what is the depth of the lake".
COUNT_HEADS = frozenset(
    "number percentage percent amount population total size cost price enrollment enrolment"
    " depth circumference height width wingspan altitude elevation distance value attendance strength"
    " circulation membership readership tonnage displacement".split()
)
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million billion dozen half twice once".split()
)  # not "several": "deals for several territories" counts none
DECADE = re.compile(r"^\d{2,4}s$")
# News writes a month with a day short, with its point: "Nov. 21", "Sept. 18".
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_TIME_WORDS = (
    MONTHS
    | MONTH_ABBREVIATIONS
    | frozenset(
        "century centuries decade decades year years ad bc bce ce spring summer autumn fall "
        "winter morning evening night today yesterday tomorrow".split()
    )
)


def _is_time(word: str) -> bool:
    return word in _TIME_WORDS or bool(DECADE.match(word)) or _is_year(word) or is_ordinal(word)


def is_count(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS or bool(DECADE.match(word))


# Words that measure a span without a digit: "a year", "several weeks".
_SPAN_QUANTITIES = frozenset("a an several few many".split())
# After a span, words that make it the distance of one time from another: "nine years
# after the first film" dates the story; it measures nothing's length.
# "Two weeks behind schedule" is a delay, not how long the work took.
_OFFSET = frozenset("after before later earlier ago since behind ahead late early".split())


def measured_span(words: list[str], i: int, length: bool = False) -> bool:
    """Whether the unit at `i` measures a span ("after 94 days"), not an adjective ("a
    year-long run", normalized "a year long run"), the distance between two times ("nine
    years after") or a change ("pushed back by six weeks")."""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    # (a `length` asked: "1.9 kilometres long" is one; a span of either kind may be a time)
    adjective = after == "long" and not (length and words[i] in DISTANCES)
    if adjective or after in _OFFSET or words[max(0, i - 2) : i - 1] == ["by"]:
        return False  # "by six weeks": a change, not a duration
    return is_count(before.replace(",", "")) or before in _SPAN_QUANTITIES


# Nouns after a film's title that add nothing to it: "the last veilrunner movie".
TITLE_NOUNS = frozenset("movie movies film films flick".split())

# Nouns an ordinal picks one of: "how much did the first film make" asks of the film
# a passage calls "the first film", which ranks by its "first".
ORDERED_NOUNS = TITLE_NOUNS | frozenset("one sequel installment season episode book novel".split())


def ordered(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is the "first" of "the first film": the series' first, which
    a later film's article names in its own sentences ("her first film score" is about a
    career; "the 4th movie" is mostly the article's own film, every sentence's subject)."""
    return (
        0 < i < len(words) - 1
        and words[i - 1] == "the"
        and words[i] == "1st"
        and words[i + 1] in ORDERED_NOUNS
    )


# Phrasal verbs whose particle carries the meaning: "when is it coming out" asks for a
# release ("out"), "is she coming back" for a return; the verb itself is no key term.
PARTICLE_VERBS = frozenset({("come", "out"), ("come", "back"), ("move", "back")})

# "Where is Ilse Varg from?" (or a material: "limestone quarried at X") is said with one
# of these; "Ilse Varg is filming in Ostvik" says where she is, not where she is from.
ORIGINS = frozenset("from native born raised hometown grew originate originally quarried".split())

# What a passage must hold, beyond the question's own words, for each kind of answer.
ANSWER_KINDS: dict[str, Callable[[str], bool]] = {
    "span": lambda w: w in SPANS,
    "length": lambda w: w in DISTANCES,
    "duration": lambda w: w in SPANS and w not in DISTANCES,
    "time": _is_time,
    "date": _is_time,  # and the passage states a day (`stated.day`)
    "year": lambda w: _is_year(w) or bool(DECADE.match(w)),
    "month": lambda w: w in MONTHS,
    "century": lambda w: is_ordinal(w) or w in ("century", "centuries"),
    "count": is_count,
    "money": is_count,  # and the passage states a sum (`stated.sum_of_money`)
}

# "How much did it make / cost": a sum of money, which a passage states with its
# currency ("$84.6 million"); "41% of the weekend gross" is no answer. ("Sell" is left
# out: "how much did the books sell" asks for copies; "how much time did it take" a span.)
MONEY_VERBS = frozenset("make earn gross cost spend pay collect budget money raise worth".split())
MONEY_VERBS |= {"take"}  # "how much did it take in its opening weekend"
MONEY_VERBS |= {"open", "debut"}  # "how much did it open to": its takings, not "31 percent"
# "how much are the passes", "how much is a ticket": a price, asked with a copula.
PRICE_COPULAS = frozenset("is are was were".split())
# Head nouns that ask for a sum of money: "what was the budget", "what's the price".
MONEY_HEADS = frozenset(
    "budget cost price fee salary endowment revenue grant loan payout bonus wage donation"
    " gross income takings sum".split()
)
# Verbs whose object "what" asks is a sum: "what did it end up costing", "what did they
# pay for it" (not "what did the studio make": a film).
WHAT_SUM_VERBS = frozenset("cost pay spend gross earn fetch bid offer".split())

# Words opening a yes/no question.
YESNO_STARTS = frozenset(
    "is are was were will does do did has have had can could should would".split()
)

# "what year", "which month", "what century": the head word narrows a time question
TIME_HEAD_KINDS = {"year": "year", "decade": "year", "month": "month", "century": "century"}
# ... and "what months is the park open": "April through October"; "in which years"
TIME_HEAD_KINDS |= {"months": "month", "years": "year", "decades": "year"}
# "on what date", "which day": a day, not a season or a year ("fall 2027" is no date);
# "what's the release date" still asks when, as "when" does.
ASKS_A_DAY = re.compile(r"\b(?:what|which) (?:date|day)s?\b")


def _is_year(word: str) -> bool:
    return word.isdigit() and len(word) in (3, 4)


_QUESTION_WORDS = frozenset("who whom whose where why".split())  # "when ... date" asks it


# Nouns of a value ending a compound head ("what audience score": no critics' score).
VALUE_HEADS = frozenset("score rating grade budget total figure fee price salary".split())
# A compound's last noun, read as its head ("which radio show", "which streaming service").
_ENDS = TIME_HEADS | COUNT_HEADS | VALUE_HEADS | {*"show programme program series service".split()}
# ... two words on, not after a word the reports answer ("the original release date")
_REPORTED = frozenset("original initial 1st new latest current".split())
_NOT_COMPOUNDED = _REPORTED | {"many", "much"}  # "how many full-time musicians": a count


def head_nouns(words: list[str], capitalised: frozenset[str] = frozenset()) -> frozenset[str]:
    """The word right after "what", "which" or "how" near the start: it names the kind of
    answer ("what fort", "which year", "how large"), not a premise the passage must state."""
    heads = set()
    for i, w in enumerate(words):
        if words[i : i + 2] == ["how", "long"]:
            heads.add("long")  # "how long": the answer is a span, its unit says "long"
            break
        if w in ("what", "which", "how"):
            j = i + 1
            # "what is the smallest city": the superlative is a premise, the noun the head
            while j < len(words) and (
                words[j] in _BEFORE_HEAD
                or words[j] in ANTONYMS
                or words[j].endswith("est")
                or is_ordinal(words[j])  # "what was the first film to win"
            ):
                j += 1
            if words[j + 1 : j + 2] == ["percent"] and is_number(words[j]) and j + 2 < len(words):
                j += 2  # "what are the top 5% graduating students": a share of the head
            elif w == "which" and words[j + 1 : j + 2] not in ([], ["of"]) and _few(words[j]):
                j += 1  # "which two studios": how many of the head (not "which 2024 films")
            # "what was the animated feature": a participle before a noun modifies it
            if (
                j + 1 < len(words)
                and words[j].endswith("ed")
                and is_participle(words[j])
                and words[j + 1] not in GLUE
                and not is_participle(words[j + 1])
            ):
                j += 1
            # "what was the Ostvik religion": a name's word modifies the head after it
            while (
                j + 1 < len(words)
                and words[j] in capitalised
                and words[j + 1] not in GLUE
                and not is_participle(words[j + 1])
            ):
                j += 1
            if j + 1 < len(words) and words[j] in _SEQUENCE:
                j += 1
            # "the release date", "what audience score": a compound's last noun is the kind
            if words[j + 1 : j + 2] and words[j + 1] in _ENDS:
                j += 1
            elif words[j + 2 : j + 3] and words[j + 2] in _ENDS and words[j] not in _NOT_COMPOUNDED:
                j += 2  # "weskmoor's production budget", "the exact release date"
            while words[j + 1 : j + 2] and stem(words[j + 1]) in MONEY_HEADS:
                j += 1  # "the studio's total revenues": the sum's own noun
            if j < len(words):  # ... and both of "what month and year"
                heads.update([words[j], *(words[j - 2 : j - 1] if words[j - 1] == "and" else [])])
            break
    else:
        # "night ferry 2 release date?": no question word, the last noun names the kind
        # (not of a yes/no question: "will it be back next year?" asks no year; nor of
        # one with its own question word: "who is directing the cormorant year")
        if (
            words
            and words[-1] in TIME_HEADS | COUNT_HEADS
            and words[-2:-1] not in (["each"], ["every"])  # "when is the fair held each year"
            and words[0] not in YESNO_STARTS
            and _QUESTION_WORDS.isdisjoint(words)
        ):
            heads.add(words[-1])
    return frozenset(heads)


def _few(word: str) -> bool:
    return word.isdigit() and 1 < int(word) < FEW


FEW = 10  # a count of names a question may ask for: "which three distributors"


# What a person comes from, asked as a head noun: "which town is she from".
HOMES = frozenset("town city village country nation region county state island".split())


def answer_kind(words: list[str], qtype: QuestionType, heads: frozenset[str]) -> str:
    text = " ".join(words)
    if NAMING_QUESTION.search(text):
        return "alias"
    if reasons.asks_reason(text):
        return "reason"
    for head in sorted(heads & TIME_HEAD_KINDS.keys()):
        return TIME_HEAD_KINDS[head]
    if ASKS_A_DAY.search(text):
        return "date"
    if (words[:2] == ["how", "long"] or "length" in words) and (measured := how_long_kind(words)):
        return measured  # "how long's the church": its length, not how long it took
    if words[:2] == ["how", "long"] or not RUNTIME_WORDS.isdisjoint(words):
        return "span"  # "what's the runtime": a span, not any sentence saying "long"
    # (not "what city gets its water from there", nor "where did she teach from 1962")
    from_last = "from" in words[-2:] and not is_number(words[-1])
    if from_last and (words[:1] == ["where"] or (heads & HOMES and _FROM_VERBS & {*words})):
        return "origin"  # "where is she from originally", "which town is she from"
    if qtype == "when" or heads & TIME_HEADS or (qtype == "other" and "date" in words):
        return "time"  # "release date for hollow crown?" asks when as "when" does
    how_much = text.startswith("how much") and words[2:3] != ["time"]
    if how_much and (
        not MONEY_VERBS.isdisjoint([*map(stem, words), *phrase_words_in(words)])  # "shell out"
        or (len(words) > 3 and words[2] in PRICE_COPULAS)
    ):
        return "money"
    sized = words[:1] == ["what"] or words[:2] in (["how", "big"], ["how", "large"])
    if sized and not MONEY_HEADS.isdisjoint(stem(h) for h in heads):
        return "money"  # "what's the budget", "how big is the budget": a sum
    if words[:2] in (["what"], ["what", "did"], ["what", "does"], ["what", "do"]) and (
        not WHAT_SUM_VERBS.isdisjoint(stem(w) for w in words[2:])
    ):
        return "money"
    if words[:1] == ["what"] and [stem(w) for w in words[-2:]] in (["open", "to"], ["debut", "to"]):
        return "money"  # "what were people predicting it would open to": its takings
    if (
        text.startswith(("how many", "how much", "by how much", "by how many"))
        or (words[:1] == ["how"] and len(words) > 1 and words[1] in MEASURES)
        or " how many " in f" {text} "
        or heads & COUNT_HEADS
    ):
        return "count"
    if qtype in ("who", "where"):
        return "name"
    on_named = words[:1] == ["on"] and not NAMED_ON.isdisjoint(words[2:3])  # "on which river"
    fronted = words[:1] in (["in"], ["at"], ["from"], ["to"], ["for"]) or on_named
    if fronted and words[1:2] in (["which"], ["what"]):
        words = words[1:]  # "in which town was she born" asks "which town"
    if words[:1] == ["which"] and len(words) > 1 and words[1] not in UNNAMED_CHOICES:
        return "name"  # "which city is the largest": one named thing among others
    nouns = {stem(h) for h in heads if not is_participle(h)}  # not "what is featured"
    if words[:1] == ["what"] and nouns & NAMED_KINDS:
        return "name"  # "what religion were the keepers": a religion has a name
    return "any"


# The verbs of being from a place: "which town is she from", "where does he come from".
_FROM_VERBS = frozenset("is are was were s come comes came hail hails originally".split())
# The kinds of answer that are times (see `measured.measured_from`).
TIME_KINDS = frozenset("time date year month century".split())


# Words before a number that make it a count: "roughly 300", "some 400".
_ABOUT = frozenset("about around roughly nearly almost some approximately over under".split())


def counted(words: list[str], i: int) -> bool:
    """ "roughly 300 theaters": a three-digit number that counts things, not a year; and
    "13,819 ft", normalized "13 819", a number's thousands."""
    if not (words[i].isdigit() and len(words[i]) == 3):
        return False
    before = words[i - 1] if i else ""
    return before in _ABOUT or _things_after(words, i) or (before.isdigit() and len(before) < 4)


def _things_after(words: list[str], i: int) -> bool:
    """ "300 theaters", "2000 pupils": a plural noun (not a time's) after the number."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return len(after) > 3 and after.endswith("s") and after not in _TIME_WORDS


YEARS = (1000, 2199)  # the years a four-digit number may be


def a_year(words: list[str], i: int) -> bool:
    """ "won him a prize in 2007", "(2006)": a year, which counts nothing. Written counts
    of a thousand or more have their comma ("1,500 pupils"), so a bare four-digit number
    is a year unless things follow it ("2000 pupils"); "the 1990s" is a decade."""
    word = words[i].removesuffix("s")
    in_range = word.isdigit() and len(word) == 4 and YEARS[0] <= int(word) <= YEARS[1]
    # ("in 2011, residents of X reported ...": its comma is gone from the words)
    dated = i > 0 and words[i - 1] in _BEFORE_A_YEAR
    return in_range and (dated or not _things_after(words, i))


# Words a year follows, whatever follows it: "in 2011", "since 1998".
_BEFORE_A_YEAR = frozenset("in since until till during".split())


def loose_ordinal(words: list[str], i: int) -> bool:
    """ "for a fourth time", "the third film": an ordinal that dates nothing, unlike "the
    4th century", "the 12th of May" or "May 12th"."""
    if not is_ordinal(words[i]):
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    then = words[i + 2] if i + 2 < len(words) else ""
    before = words[i - 1] if i else ""
    # "the 12th of May" dates; "the second of three children" counts
    dated = after == "of" and (then in MONTHS or _is_year(then))
    return not (after in _TIME_WORDS or dated or before in MONTHS)
