"""A market town's reference article and a sequel's delay story, read for what they deny
and when their counts hold. Our own articles, about invented things:

- "has had no cinema since the Palace closed in 1998" and "has no railway station" are a
  "No" to "is there a cinema now", as "has not delayed a film twice before" is to "had
  it ever delayed a film twice before?" (a question may open on "had"); a history of the
  release date does not overrule that "No";
- a count asked of a year is not one given of another time: "X, which launched in 2020,
  reported 12 million subscribers at the end of 2025", "... in 1204, today has 9,300";
- "turned down an offer to score it" denies the scoring; "whose previous film earned $90
  million on a $22 million budget" gives that film's budget, not this one's;
- other words for the asked ones: "listed" for "recorded", "homes" for "houses",
  "contained" for "made up", "identified" for "found", "full" for "complete",
  "formally" for "officially", "woman" for "female", "raised" for "increased", a grade
  "received" for one "given"; "start admitting" is "admitted";
- a common noun placed by "at" tells where it is located ("a college of art at Pellbury");
- "the first complete history" counts a history; "which treaty" asks for a name that
  says "Treaty" (a bishop ended the feud); "which orchestra" for a named one; "the
  club's first manager" for a manager; "Mount Tarrow" is a mountain, a painter an
  artist; "members belong" to what "has 600 members";
- the one named after a quote ('"... not done with them," said X') is not denied by it;
  "co-writing with the director" is "Director X is co-writing with Y"; "is unavailable
  because" tells why one can't;
- "the town council" is the town's council, not the town; "the project" is no
  projection, and "the picture" (the film the news is about) says no "post";
- "pre-2000" is not "post-2000"; a trailer's debut, a relative clause between, is not the
  film's release, nor is someone's "directorial debut"; "to its ally, the Earl" says what
  the earl was ceded; "part of her $5 million fee" tells no part's amount, "$90 million to
  produce before marketing" no marketing budget; "Locks 7 and 8" count nothing;
- "at the mouth of the River Wend" says where a town lies; "received a charter" is
  "was granted a charter", but names no one who granted it; "fell from its opening
  weekend" asks no opening.
"""

from __future__ import annotations

import pytest

from bot.engine import (
    Engine,
    counting,
    idioms,
    labels,
    namekinds,
    negated,
    ordinals,
    passages,
    phrases,
    premise,
    roles,
    subject,
    verbforms,
)
from bot.engine.parse import question_type
from bot.text import normalize, stem
from tests.news_articles import NEWS, assert_answers, beside_curated, drafted_news


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Engine]:
    """The town's article drafted alone; the sequel's beside the curated MI7 facts, as the
    evaluation builds an article (their vocabulary has "picture" and "post" as one)."""
    sequel = (NEWS / "wrenmere-sequel-article.txt").read_text(encoding="utf-8")
    return {
        "town": drafted_news(tmp_path_factory, "hobbleck-town-article.txt", "town")[1],
        "sequel": beside_curated(tmp_path_factory.mktemp("sequel"), "sequel", sequel),
    }


ASKED = [
    # what a passage denies is a "No"
    ("town", "is there a cinema in hobbleck now", "No: "),
    ("town", "is there a railway station in hobbleck", "No: "),
    ("sequel", "had cobblestone pictures ever delayed a film twice before", "No: "),
    ("sequel", "who scored glass weir", None),  # she turned down an offer to score it
    # the time a count holds
    ("sequel", "how many subscribers did lumenvale have when it launched in 2020", None),
    ("sequel", "how many subscribers did lumenvale have at the end of 2025", "12 million"),
    ("town", "how many residents did hobbleck have in 1204", None),
    ("town", "how many residents does hobbleck have", "9,300"),
    # another work's figures
    ("sequel", "what's the budget now", None),  # only "Low Tide"'s is given
    ("sequel", "what is the sequel's budget", None),
    ("sequel", "what was the marketing budget for the first film", None),
    ("sequel", "how much did the first film cost to produce", "$35 million"),
    ("sequel", "what opening did tracking predict for wrenmere 2", None),
    # other words for the asked ones
    ("town", "how many weavers were recorded in the parish in 1884", "920"),
    ("town", "how many houses were flooded in 1962", "210"),
    ("town", "how many silver pennies made up the hoard", "812"),
    ("town", "how many barrows have surveys found in the parish", "14"),
    ("town", "who wrote the first complete history of the town", "Amos Threlkeld"),
    ("town", "in what year did the town officially adopt its coat of arms", "1931"),
    ("town", "who is the only female mayor of hobbleck", "Joan Pellingham"),
    ("town", "by how much were the tolls on wend bridge increased", "by a quarter"),
    ("town", "what year did the school start admitting women", "1907"),
    ("sequel", "what cinemascore grade did the first film receive", "B+"),
    # where a thing is, and what the question's kind asks
    ("town", "where is the college of art located", "Pellbury"),
    ("town", "which treaty ended the feud between the abbey and the town", None),
    ("town", "who ended the feud between the abbey and the town", "Bishop Aldred"),
    ("town", "who was the club's first manager", None),
    ("sequel", "which orchestra will record the score", None),
    ("sequel", "where will the score be recorded", "Prague"),
    # whose council, which films, which release
    ("town", "how many councillors does the town council have", "12 councillors"),
    ("sequel", "how many post-2000 films will cobblestone restore", None),
    ("sequel", "how many pre-2000 films will cobblestone restore", "40"),
    ("sequel", "when's wrenmere 2 coming out now", "October 15, 2027"),
    ("town", "what land was ceded to the earl", "the mill lands"),
    ("town", "which town is one of the largest in elsmark", "Hobbleck"),
    # a painter is an artist, "Mount Tarrow" a mountain, the one quoted speaks outside
    # the quote's denial, "with" runs both ways, "unavailable" is why one can't
    ("town", "which artist painted wend at dusk", "Hester Vane"),
    ("town", "what is the highest mountain in the parish", "Mount Tarrow"),
    ("sequel", "who is the president of cobblestone", "Marta Fenwright"),
    ("sequel", "who is co-writing the script with the director", "Nell Varrow"),
    ("sequel", "why can't desmond achebe-lowe do the reshoots", "filming a series in Canada"),
    # a whole is no answer for a part of it
    ("sequel", "how much of her fee did odile ferrant agree to defer", None),
    ("sequel", "how much is odile ferrant's fee", "$5 million"),
    ("sequel", "what orchestra is playing on the score", None),  # none named
    # where a town lies, what it received (a charter granted it), and who gave it
    ("town", "at the mouth of which river does hobbleck lie", "River Wend"),
    ("town", "in what year was the town granted a charter for a fair", "1290"),
    ("town", "who granted the town its fair charter", None),
    # "Locks 7 and 8" name locks, count none; someone's first work is no release; a cost
    # "before marketing" leaves the marketing out
    ("town", "how many locks make up the wend flight", None),
    ("sequel", "when will salt wives be released", None),
    ("sequel", "by what percentage did the first wrenmere fall from its opening weekend", "58%"),
    # a score must be stated; the original film's opening is no start of filming
    ("town", "what was the score in the 1979 county cup semi-final", None),
    ("sequel", "when does filming start", "March 2027"),
    # a departure asked is no departure to set aside
    ("sequel", "which actor quit the series after the first film", "Teodor Vash"),
    # a trophy lifted is won; "most recently" is the last time
    ("town", "when did the rovers last lift the elsmark shield", "2011"),
    # a dispute is a challenge, private papers are personal ones
    ("town", "which antiquary challenged threlkeld over his history", "Silas Brede"),
    ("town", "what destroyed joan pellingham's personal papers", "a fire in 1960"),
    # what started a fire asks its cause, which one passage gives and another does not
    ("town", "what started the 1880 fire", "a lamp left burning"),
    ("town", "what started the 1544 fire", None),
    # "this year" is the report's year; a count of two places is no count of one; "when it
    # launched" is dated by the clause telling the launch
    ("sequel", "which film won the silver gull this year", "Tidewater"),
    ("sequel", "how many weeks of the shoot will take place in iceland", None),
    ("sequel", "how many subscribers did lumenvale have when it launched", None),
    # a reason withheld is none; an end is no "yes" to "still"; a festival is named so
    ("sequel", "why was the chinese release cancelled", None),
    ("town", "is there still a post office in hobbleck", None),
    ("town", "which festival awarded hester vane her prize", None),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_each_article_is_read_for_what_it_denies_and_counts(
    read: dict[str, Engine], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article], question, expected)


@pytest.mark.parametrize(
    ("passage", "affirmed"),
    [
        ("It has not delayed a film twice before.", "It has delayed a film twice before."),
        ("The town has had no cinema since 1998.", "The town has had cinema since 1998."),
        ("The film will not open before March.", None),  # says when, not whether
        ("No one has been cast.", None),  # names nobody, denies nothing of anyone
    ],
)
def test_a_passage_read_without_its_negation(passage: str, affirmed: str | None) -> None:
    assert negated.affirmed(passage) == affirmed


def test_a_word_after_in_is_no_verb() -> None:
    """ "How did the natives in Ostvik take the news": "Ostvik" is where, not what they did,
    so a passage naming Ostvik after the natives moves no subject."""
    question = tuple(normalize("how did the natives in ostvik take the news").split())
    assert verbforms.no_verb(question, question.index("ostvik"))
    assert not verbforms.no_verb(question, question.index("take"))
    passage = "When the envoy reached Ostvik, the natives in the area told him they owned it."
    assert roles.subject_moved(question, [stem(w) for w in normalize(passage).split()]) is None


@pytest.mark.parametrize(
    ("passage", "detached"),
    [
        ("Premium screens accounted for 38% of the weekend gross.", None),  # the source
        ("The families sailed to Ostvik in May.", "from ostvik"),
    ],
)
def test_a_source_may_be_the_subject_it_opens_on(passage: str, detached: str | None) -> None:
    question = {
        None: "what share of the weekend gross came from premium screens",
        "from ostvik": "who sailed from ostvik",
    }[detached]
    asked = tuple(normalize(question).split())
    assert phrases.detached(asked, normalize(passage).split()) == detached


def test_the_town_council_is_no_town(read: dict[str, Engine]) -> None:
    engine = read["town"]
    parsed = engine.parse("how many councillors does the town council have")
    about = subject.with_thing(parsed, engine.things, engine.index.concepts, engine.entities)
    assert about.entities == parsed.entities  # not Hobbleck
    parsed = engine.parse("when was the town founded")
    about = subject.with_thing(parsed, engine.things, engine.index.concepts, engine.entities)
    assert about.entities == ("hobbleck",)


def test_members_belong_to_what_has_them() -> None:
    """ "How many members belong to the society" is answered by "it has about 600 members":
    "belong" after "members" is no term a passage must say."""
    words = normalize("how many members belong to the society").split()
    assert idioms.unsaid(words, words.index("belong"), "how")
    words = normalize("which county does the village belong to").split()
    assert not idioms.unsaid(words, words.index("belong"), "what")


def test_an_area_covered_is_the_area() -> None:
    """ "What area does the park cover" is answered by "a protected area of 3 square
    kilometres": "cover" after "area" is no term a passage must say."""
    words = normalize("what area does the park cover").split()
    assert idioms.unsaid(words, words.index("cover"), "what")
    words = normalize("what does the insurance cover").split()
    assert not idioms.unsaid(words, words.index("cover"), "what")


@pytest.mark.parametrize(
    ("question", "later"),
    [
        ("by what percentage did it fall from its opening weekend", ""),  # the change's start
        ("how much did it make in its opening weekend", "opening weekend"),
    ],
)
def test_an_opening_measured_from_is_no_span_asked(question: str, later: str) -> None:
    passage = "It fell 58% in its second weekend."
    words = normalize(passage).split()
    verdict = ordinals.verdict(
        tuple(normalize(question).split()), words, [stem(w) for w in words], set()
    )
    assert verdict.detail == later


def test_numbers_that_name_count_nothing() -> None:
    passage = "The flight contained Locks 7 and 8 under King Aldwin III until March 8, 1836."
    words = normalize(passage).split()
    assert sorted(words[i] for i in labels.labelled(passage)) == ["3", "7", "8"]  # not March's
    sequence = normalize("is it the oldest continuously operating one in jutland").split()
    assert counting.pronoun_one(sequence, sequence.index("1"))


@pytest.mark.parametrize(
    ("passage", "earlier"),
    [
        (
            'X, whose previous film "Low Tide" earned $90 million on a $22 million budget, '
            "will direct.",
            True,
        ),
        (
            "X (whose last film earned $40 million on a $9 million budget) has a $60 million "
            "budget for this one.",
            False,
        ),  # this one's budget is said outside the clause
    ],
)
def test_a_budget_of_someones_earlier_work(passage: str, earlier: bool) -> None:
    words = normalize("what's the budget now").split()
    asked = premise.asked(words, question_type(words))
    assert passages.only_of_an_earlier_work(asked, passage) is earlier


def test_a_grade_is_no_studio(read: dict[str, Engine]) -> None:
    """ "Which studio is behind it" is not answered by a sentence naming its director, its
    star and the "B-" grade it got: a grade's letter is no name."""
    engine = read["sequel"]
    words = normalize("which studio is behind wrenmere 2").split()
    asked = premise.asked(words, question_type(words))
    passage = "Directed by Paul Ashgrove-Tull, the first film received a B- grade in exit polls."
    assert namekinds.names_none(asked, passage, engine.index)


@pytest.mark.parametrize(
    ("passage", "explained"),
    [
        ("The rights to the film for the UK were acquired by Lanternfield Pictures.", False),
        ("The U.S. rights to the film were acquired by Lanternfield Pictures.", True),
    ],
)
def test_the_us_is_a_country_not_a_pronoun(passage: str, explained: bool) -> None:
    question = "Which company bought the US rights to the film?"
    words = normalize(question).split()
    asked = premise.asked(words, question_type(words), (), question)
    assert premise.check(asked, passage).ok is explained
