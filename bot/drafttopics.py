"""The topic a draft guesses for each sentence of an article, and the example questions
each topic gets: "opens in theaters June 18" is a release date, "filmed in Prague" a
filming location. The first rule that matches wins, so the order is the priority."""

from __future__ import annotations

import re

from bot.history import OTHER_RELEASE

TOPIC_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "Production, originally scheduled for March, has been pushed to May 12": the shoot
    # moved, not the release
    (
        "production",
        re.compile(
            r"^\W*(?:production|filming|shooting|principal photography)\b[^.]*"
            r"\b(?:pushed|moved|shifted|delayed|postponed|rescheduled|bumped)\b",
            re.I,
        ),
    ),
    (
        "release_date",
        re.compile(
            # "opens", not the adjective of "March is wide open", "everything else was open";
            # "debut", not someone's first work ("his feature directorial debut")
            r"\b(release|released|releasing|dated|premiere|hits? theaters|in theaters"
            r"|(?<!is )(?<!was )(?<!were )(?<!be )(?<!wide )opens?|arrives?"
            r"|(?<!directorial )(?<!feature )(?<!acting )(?<!screen )(?<!stage )debuts?)\b"
            # 'has pushed "Coldwater 3" from July 17, 2026, to October 2, 2026'
            r"|\b(?:pushed|moved|shifted|delayed|postponed|rescheduled|bumped)\b[^.]{0,120}"
            r"\bto (?:January|February|March|April|May|June|July|August|September|October"
            r"|November|December)\b",
            re.I,
        ),
    ),
    # "backing director-driven dramas" names no director
    ("director", re.compile(r"\b(direct(s|ed|ing|or)?|helm(s|ed|ing)?|filmmaker)\b(?!-)", re.I)),
    (
        "returning_cast",
        re.compile(r"\b(return(s|ed|ing)?|reprise|back as|veterans?|come back)\b", re.I),
    ),
    ("new_cast", re.compile(r"\b(join(s|ed|ing)?|new cast|newcomer|cast as|debut)\b", re.I)),
    # "Ruth Calloway again voices the ferry captain": a part played, in an animated film too
    (
        "cast",
        re.compile(
            r"\b(play(s|ed|ing)?|voic(e|es|ed|ing)|stars|starring|portray(s|ed|ing)?)\b", re.I
        ),
    ),
    (
        "filming_location",
        # "will film in Prague", not "a third film in a crowded November corridor"; a
        # location somewhere, not "rewrote the third act on location" (away from a studio)
        re.compile(
            r"\b((filmed|filming|(to|will|would) film) in|shoot(ing)? in|shot in"
            r"|locations? (in|across|throughout|around|at|include))\b",
            re.I,
        ),
    ),
    (
        "production",
        re.compile(
            r"\b(production|filming|shoot(ing)?|wrap(ped|s)?|principal photography)\b", re.I
        ),
    ),
    ("quote", re.compile(r"[\"\u201c].+[\"\u201d]|\b(said|says|told)\b")),
]
QUESTION_TEMPLATES = {
    "release_date": ["When does {film} come out?", "What is the release date of {film}?"],
    "director": ["Who directs {film}?", "Who is the director of {film}?"],
    "returning_cast": ["Who is returning for {film}?", "Who is back in {film}?"],
    "new_cast": ["Who is joining the cast of {film}?", "Who is new in {film}?"],
    "filming_location": ["Where is {film} filming?", "Where was {film} shot?"],
    "production": ["When does {film} start filming?", "How is production on {film} going?"],
}


def topic_of(sentence: str) -> str:
    """The topic a draft gives `sentence`: the first rule whose words it has, else a
    plain passage."""
    sentence = OTHER_RELEASE.sub(" ", sentence)
    for topic, pattern in TOPIC_RULES:
        if pattern.search(sentence):
            return topic
    return "passage"
