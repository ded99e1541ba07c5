"""Question words a passage answering the question need not repeat, because they belong
to an idiom: "when did the siege take place" is answered by "the siege in 1097", "who
negotiated it on the Parallax side" by "negotiated by Okafor-Reyes, Parallax's chief".
The premise check (`bot.engine.premise`) leaves them out of the terms to explain.
"""

from __future__ import annotations

from collections.abc import Set

from bot.engine import (
    counting,
    gains,
    hedges,
    howlong,
    kinds,
    opposites,
    parse,
    placings,
    posts,
    proforms,
    sizes,
)
from bot.engine.score import PLACE_KINDS
from bot.models import QuestionType
from bot.text import GLUE, is_number, stem

# Idioms whose words a passage stating the fact seldom repeats, as pairs of stems: "when
# did the siege take place" is answered by "the siege in 1097", "according to the
# census" by "the census counted", "made out of silver" by "silver chains", "the
# course located at the club" by "the club's course" ("where is X located" still wants
# "located": see `premise.IMPLIED`), "how much did it cost to make" by its budget, "how many
# people lived there" by its inhabitants, "who ended up buying it" by who bought it, "what
# prize did it take home" by the prize it won.
IDIOMS = frozenset(
    {("take", "place"), ("accord", "to"), ("out", "of"), ("in", "charge")}
    | {("to", "make"), ("person", "live"), ("responsible", "for"), ("suppose", "to")}
    | {("person", "reside")}
    | parse.UNRANKED_PHRASES
    # "when is it scheduled to come out": when it comes out
    | {("schedule", "to"), ("slate", "to"), ("set", "to"), ("due", "in"), ("due", "out")}
    | {("due", "to")}  # "when is it due to reach cinemas": when it opens
    | {("set", "for"), ("schedule", "for"), ("slate", "for")}  # "what date is it set for"
    # "who has been cast as the villain": who plays the villain
    | {("cast", "as")}
    # "what was her debut film": her debut ("made her directing debut with X")
    | {("debut", "film"), ("debut", "feature"), ("debut", "movie")}
    # "why did she say no to scoring it": why she declined
    | {("say", "no")}
    # "how many countries did the films come from": "212 films from 58 countries"
    | {("come", "from")}
    # "how many different sports": how many sports
    | {("many", "different")}
    # "in charge for the longest time": "the longest-serving manager"; "who set it up
    # together with X": "founded by Y and X"
    | {("long", "time"), ("together", "with")}
    # "how far out from the coast is it", "how far away is it": how far
    | {("far", "out"), ("far", "away")}
    # "under what name was it founded": its name then; "if the plan goes ahead": if it does
    | {("under", "what"), ("under", "which"), ("under", "whose"), ("go", "ahead")}
    # "as of the last census": at the 2021 census (the latest a passage gives)
    | {(w, "census") for w in ("final", "last", "recent", "late")}
    # "what do fans call the team": what it is called
    | {("fan", "call")}
    # "when did the train station close": "the station closed in 1964"
    | {("train", "station"), ("rail", "station"), ("railway", "station")}
    | {("locate", p) for p in "in at on near by beside".split()}
    # "what river does the harbour sit at the mouth of": where it is
    | {("sit", p) for p in "in at on near by beside".split()}
)


# Sums a "production" before them adds nothing to: "the production budget" is the budget.
_SUMS_OF_MAKING = frozenset({"budget", "cost"})
_PAYING = frozenset({"pay", "fetch"})  # verbs whose sum a "price" asked with them is
_FEES = frozenset({"fee", "fees"})  # ... and a sum that is paid, whatever the verb
# Verbs of a thing arriving as planned, after "due to" ("due to illness" is a cause).
_COMING = frozenset("come open start begin arrive air premiere debut launch hit be".split())
_PERIODS = frozenset("year month week season decade weekend".split())  # stems
_FIXTURES = frozenset("game match fixture".split())  # stems
# A year's parts asked "of the" year: "what months of the year", "what time of the year"
# ("which day of the week" is left out: measured, it let "moved the market day to
# Saturday" answer which day the market was first held).
_WHOLE_TIMES = frozenset({"year"})
_PART_TIMES = frozenset("month months week weeks season seasons time".split())
SIDE_REACH = 4  # "on the Parallax side", "on the studio's side"
# Groups whose "members" are what the group says: "cast members", "jury members".
GROUPS = frozenset("cast crew band board jury team staff faculty panel committee".split())

# Events a passage tells without saying they were held: "opened with a race won by X".
_HELD_EVENTS = frozenset("race event festival competition contest match ceremony meeting".split())
_ASKING_BE = frozenset("is was are were will be did does do".split())
_DOORS = frozenset({"open", "shut", "close"})  # "when did the library shut its doors"
# Verbs a question asking a name gives it by: "what name do the locals give it".
_NAMING_VERBS = frozenset({"give", "use"})

# Particles that add nothing to their verb: "head up", "snap up", "team up".
_EMPTY_PARTICLES = frozenset({("head", "up"), ("snap", "up"), ("team", "up"), ("sign", "up")})

# "Starting in what year", "beginning in": asked of a state since then, which "since
# 2003" says without the verb.
_SINCE = frozenset("start begin".split())
# Where a film plays: "how many theaters is it playing in" asks for its count of them.
VENUES = frozenset("theaters theatres cinemas screens locations venues".split())
# "who wrote the music for it" asks for its composer: the music says what was written.
MUSIC = frozenset("music score soundtrack".split())
MUSIC_REACH = 3
_SCORING = frozenset({"write", "handle"})  # "who's handling the score": who scores it
# What a place holds: "how many people can it hold" is answered by "it seated 1,400", so
# its people and its verb are unsaid; but not "seat", which a passage giving the count
# says ("Stenhouse Hall seats 420"), and without which the count stands near no term.
CAPACITY = frozenset("hold seat accommodate fit".split())
# ... nor who fills them: "how many fans can the stadium hold" is its capacity.
_CAPACITY_UNSAID = (CAPACITY - {"seat"}) | set(
    "person fan spectator supporter visitor guest".split()
)


# Hiring for a task, which the task's verb says: "who was hired to play the lead", "who
# was tapped to direct".
_HIRING = frozenset("hire tap recruit choose pick select enlist engage".split())
_ONCE = frozenset("last 1st final".split())  # "for the last time": once, the last


# Where takings are made: "how much did it take at the box office" is answered by "it
# opened to $48.2 million", which is takings wherever it says them.
BOX_OFFICE = ("box", "office")
_TAKING = frozenset("make take earn gross haul collect pull rake".split())


def without_background(words: list[str]) -> list[str]:
    """A question's words less a clause saying why it is asked, which is no premise of
    the answer: "who plays Vesna now that Ada is out" asks who plays Vesna."""
    at = next((j for j in range(1, len(words) - 1) if words[j : j + 2] in _BACKGROUND), None)
    return words if at is None else words[:at]


# What opens a clause saying why a question is asked: "now that Ada is out", "... hit
# theaters now after the delay" (when it opens now, whatever the delay was).
_BACKGROUND = [["now", "that"], ["now", "after"]]


def _capacity(words: list[str]) -> bool:
    return not CAPACITY.isdisjoint(stem(w) for w in words)


# Words after "describe" that make what is described a part of something named ("the
# summers in Fresno"): a passage about that part describes it; "describe Fresno" asks more.
_OF_A_PART = frozenset("in of at".split())
PART_REACH = 4
# Nouns a "who" question asks for a person by, which say no more than "who" does.
_ANYONE = frozenset("person people individual individuals persons folks".split())


# What counts made things one by one, seldom said beside the count: "how many examples
# of the Kestrel II were built" is answered by "with 1,130 built".
_SPECIMENS = frozenset("example unit specimen copy".split())


def unsaid(words: list[str], i: int, qtype: QuestionType) -> bool:
    """Whether the question word at `i` is part of an idiom (`IDIOMS`, or one read in
    context below) that a passage answering the question need not repeat."""
    after = stem(words[i + 1]) if i + 1 < len(words) else ""
    before = stem(words[i - 1]) if i else ""
    here = stem(words[i])
    if parse.new_date(words, i):
        return True  # "the new release date": the one given now
    if words[i] in opposites.RECENCY and not opposites.NOW.isdisjoint(words):
        return True  # "the population now (latest census)": the newest, as dates say it
    if qtype == "yesno" and words[i] == "actually":
        return True  # "is she actually back": whether she is back
    if here in _SCORING and not MUSIC.isdisjoint(words[i + 1 : i + 1 + MUSIC_REACH]):
        return True  # "who wrote the music": its composer, who "scored" it
    if hedges.hedge(words, i):
        return True  # "the reported budget"
    if here == "back" and after == "in" and is_number(words[i + 2] if i + 2 < len(words) else ""):
        return True  # "what did it open to back in 23": in the past, not a return
    if here in _SINCE and words[i].endswith("ing") and after in ("in", "from"):
        return True  # "starting in what year has it topped the list": "since 2003"
    if here == "member" and before in GROUPS:
        return True  # "who are the new cast members": who is in the cast
    if here == "side" and "on" in words[max(0, i - SIDE_REACH) : i]:
        return True  # "who negotiated it on the Parallax side": for Parallax
    if here == "play" and words[:2] == ["how", "many"] and not VENUES.isdisjoint(words[2:3]):
        return True  # "how many theaters was it playing in": its theaters, "from 3,912"
    if words[:2] == ["how", "many"] and here in _SPECIMENS and after == "of":
        return True  # "how many examples of the Kestrel II were built": "1,130 built"
    if words[:2] == ["how", "many"] and here in _CAPACITY_UNSAID and _capacity(words):
        return True  # "how many people could the auditorium hold": its seats
    if here == "hold" and (qtype in ("where", "when") or not PLACE_KINDS.isdisjoint(words[:3])):
        return True  # "where was the con held": where it was, which needs no "held"
    if here == "hold" and before in _HELD_EVENTS and _ASKING_BE.isdisjoint(words[:i]):
        # "who won the race held at its opening": "opened with a race won by X" (but "where
        # was the festival held" asks where it was held)
        return True
    if here in _NAMING_VERBS and "name" in words[:3]:
        return True  # "what name do older documents give it": "in older documents X"
    if BOX_OFFICE in ((here, after), (before, here)) and not _TAKING.isdisjoint(map(stem, words)):
        return True  # "take at the box office": the takings, "opened to $48.2 million"
    if here in ("after", "before") and after in ("be", "have"):
        return True  # "when did it reopen after being restored": "the restored cinema reopened"
    if words[i] in ("coming", "upcoming") and after in _PERIODS:
        return True  # "over the coming year": the next one, which the report is about
    if here == "due" and after == "to" and i + 2 < len(words) and words[i + 2] in _COMING:
        return True  # "when is it now due to come out": when it comes out ("moved to June")
    if here in _WHOLE_TIMES and words[i - 2 : i] == ["of", "the"] and _PART_TIMES & {*words[:i]}:
        return True  # "what months (out) of the year is it open": which months
    if here in _FIXTURES and before == "home":
        return True  # "which club plays its home games there": whose home the ground is
    if here == "local" and after.isalpha() and after not in GLUE:
        return True  # "the local lifeboat crews": the place's own, which its article's are
    if here == "price" and not _PAYING.isdisjoint(map(stem, words)):
        return True  # "what price did he pay for the hall": the sum paid, "bought it for £2,400"
    if here in _PAYING and not _FEES.isdisjoint(words):
        return True  # "what fee did it agree to pay": the fee, "for a fee of £640,000"
    if posts.as_a_post(words, i):
        return True  # "who runs the company as chief executive": its chief executive
    if here == "production" and after in _SUMS_OF_MAKING:
        return True  # "the production budget": the budget ("cost roughly $22 million")
    if here == "time" and words[:3] == ["how", "many", "times"]:
        return True  # "how many times did she win it": "she has won it twice"
    if here == "time" and words[i - 3 : i - 1] == ["for", "the"] and before in _ONCE:
        return True  # "when did he row for the last time": "rowed his final race"
    if here in _HIRING and after == "to":
        return True  # "who was hired to play the lead": who plays it, "cast in the lead"
    if here == "door" and i > 1 and stem(words[i - 2]) in _DOORS:
        return True  # "when did the cinema first open its doors": when it opened
    if before == "how" and sizes.size_of_an_amount(words):
        return True  # "how big is its endowment": the sum itself, "valued at $3.1 billion"
    how_many = " how many " in f" {' '.join(words[:i])} "
    if qtype == "who" and words[i] in _ANYONE:
        return True  # "who was the first person to climb it": who "first climbed" it
    if here == "describe" and not _OF_A_PART.isdisjoint(words[i + 1 : i + 1 + PART_REACH]):
        return True  # "how would one describe the summers in Fresno": "hot and dry summers"
    if here == "behind" and words[:1] in (["who"], ["which"]) and not words[i - 1].endswith("ing"):
        # "which architect was behind the building", "who was the engineer behind it":
        # "designed by X" (not "who is standing behind the stage": a place)
        return True
    if (
        here in howlong.DURATION_WORDS
        and how_many
        and any(stem(w) in counting.TIME_UNITS for w in words[:i])
    ):
        return True  # "how many days did the shoot take": "wrapped after 94 days"
    if here == "person" and counting.people_by_act(words, i):
        return True  # "how many people died": "11,000 soldiers and civilians died"
    if here in gains.light_gains(words[i : i + 2]):
        return True  # "when did Ostria gain its independence": "after Ostria's independence"
    if placings.unsaid(words, i):
        return True  # "which film came in second (at the box office)": "second place went to X"
    if here in gains.RATING_VERBS and gains.asks_a_rating(words):
        return True  # "what grade did audiences give it": "it earned a B+ CinemaScore"
    if (
        here in _SINCE
        and words[i + 1 : i + 2]
        and words[i + 1].endswith("ing")
        and qtype != "yesno"
    ):
        return True  # "what year did it start admitting women": "women were admitted in 1879"
    if proforms.pro_form(words, i) or proforms.age_of_a_thing(words, i):
        return True  # "who owns the place", "when was the old stone bridge finished"
    if here == "use" and ("as" in words[i + 1 :] or after == "for" or "name" in words[:i]):
        # "which club uses it as its home ground": its home ground; "what is it used for
        # now": what it is now; "what pen name did she use": the pen name she wrote under
        return True
    if here == "cover" and "area" in words:
        return True  # "what area does the park cover": "a protected area of 4,870 km2"
    if here == "belong" and "member" in map(stem, words[:i]):
        return True  # "how many members belong to it": "it has about 1,400 members"
    if (before, here) in _EMPTY_PARTICLES:
        return True  # "who headed up the jury": who headed it, "chaired by X"
    if here == "locate" and (qtype == "where" or i + 2 >= len(words)):
        return False  # "where is it located", "what area is it located in": a place asked
    return (
        (here, after) in IDIOMS or (before, here) in IDIOMS or (here, after) in kinds.PARTICLE_VERBS
    )


def order_only(words: list[str], i: int, named: Set[str]) -> bool:
    """Whether the question word at `i` is an "after" telling only the order of two events
    ("was it rebuilt after the fire"), which a passage tells without the word ("destroyed
    by fire in 1976; it was never rebuilt"). After a date or a name ("after 1900", "after
    Eclipse") it says after what, which the passage must say."""
    if words[i] != "after" or i + 1 == len(words):
        return False
    following = words[i + 1]
    return not (is_number(following) or following in named or kinds.DECADE.match(following))
