"""Reading which thing a passage's answer belongs to: a place a name stands in, a day
for "on what date", a date another title's clause has, a time before "after which", a
participle opening a sentence, a pronoun before a passive, a name in a denied clause;
and the everyday words and bounds that say the same or the opposite.

Each row is a sentence a reader would take one way; the premise check must take it the
same way (`bot.engine.premise.check`). The sentences are our own, about invented places
and films.
"""

from __future__ import annotations

import pytest
from premise_reading import read

COPPER_SKY = {"copper", "sky", "3"}
GALAXY = {"galaxy", "public", "school"}


@pytest.mark.parametrize(
    ("question", "passage", "names"),
    [
        # a name right before "in" and a place is where the thing is
        (
            "where is the Galaxy Public School located",
            "Many carry the name, e.g., the Galaxy Public School in Kathmandu.",
            GALAXY,
        ),
        # ... or before a short apposition that places it
        (
            "in what country is Normandy located",
            "They gave their name to Normandy, a region in France.",
            {"normandy"},
        ),
        # "on what date" is answered by a day
        (
            "on what date will Copper Sky 3 come out",
            "Copper Sky 3 will come out on March 12, 2027.",
            COPPER_SKY,
        ),
        # a participle opening the sentence is said of its "it"
        (
            "what year was the Pellbrook festival founded",
            "Founded in 1958, it is one of the oldest film festivals in the region.",
            {"pellbrook"},
        ),
        # "it" before a passive may be what the question asks of, though the founders'
        # names follow "by"
        (
            "when was Halvergate Pictures founded",
            "It was founded in 1948 by the theatre manager Ambrose Halvergate.",
            {"halvergate", "pictures"},
        ),
        # the time stands with the asked act, "retirement" for "retire"
        (
            "when did Ada Berg retire",
            "Ada Berg ran the studio until her retirement in 1981.",
            {"ada", "berg"},
        ),
        # "over" of a cause, not of a number: no "under pressure" denies it
        (
            "in which year did filmmakers pull their entries over the harbour documentary",
            "In 1974 eleven filmmakers pulled their entries after the board cut a harbour"
            " documentary under pressure from the council.",
            set(),
        ),
        # "she" is the question's subject, whoever she is: "record" is its verb
        (
            "where did she record the scores",
            "All three scores were recorded at Ravelstoke Hall, a former mill.",
            set(),
        ),
        # everyday words for the same thing
        ("which spinoff got axed", 'The spinoff "Tarrion\'s Wake" has been scrapped.', set()),
        (
            "how much did the parent company's stock drop",
            "Shares in the parent company fell 6.2% in early trading.",
            set(),
        ),
        (
            "how long did the vfx strike last",
            "The decision follows a 71-day strike by visual-effects workers.",
            set(),
        ),
        # one clause denies Tomas Lind; the next names who takes over
        (
            "who is replacing Tomas Lind",
            "The studio confirmed that Tomas Lind will not return, and that Ada Berg has"
            " been cast to take over the role.",
            {"tomas", "lind"},
        ),
    ],
)
def test_an_answer_standing_with_the_asked_thing_is_given(
    question: str, passage: str, names: set[str]
) -> None:
    assert read(question, passage, names) == (True, "")


@pytest.mark.parametrize(
    ("question", "passage", "names", "reason"),
    [
        # the name stands in the sentence, but nothing places it
        (
            "where is the Galaxy Public School located",
            "Teachers of the Galaxy Public School owed their posts to the King of Nepal.",
            GALAXY,
            "unexplained",
        ),
        # a season is no date
        (
            "on what date will Copper Sky 3 come out",
            "Copper Sky 3 is targeting a release window of fall 2027.",
            COPPER_SKY,
            "no_answer",
        ),
        # the date is the one another title's "which" clause gives
        (
            "when will Copper Sky 3 be released",
            "The studio moved Copper Sky 3 out of November, a slot that had put it on a"
            ' collision course with "Gull Harbor 2," which opens Nov. 25.',
            COPPER_SKY,
            "no_answer",
        ),
        # 1974 is when the one before "after which" died, not when she retired
        (
            "when did Ada Berg retire",
            "Tomas Lind died in 1974, after which Ada Berg ran the studio until her retirement.",
            {"ada", "berg"},
            "no_answer",
        ),
        # "over" a number is a bound, and "under" it the opposite
        (
            "what share of households had children over the age of 18",
            "Of the households, 43.3% had children under the age of 18 living in them.",
            set(),
            "contradicts",
        ),
        # an opening participle said of a named inn, not of the harbour wall
        (
            "what year was the harbour wall built",
            "Built in 1702, the inn stands by the harbour wall.",
            set(),
            "contradicts",
        ),
    ],
)
def test_an_answer_belonging_to_something_else_is_refused(
    question: str, passage: str, names: set[str], reason: str
) -> None:
    assert read(question, passage, names) == (False, reason)
