"""Where the lemmatizer is overruled (see `bot.text.stem`)."""

from __future__ import annotations

# Where the lemmatizer's answer is wrong for questions about films, or where two words
# should fold together as one idea: "gone" is not "gan", a "director" is asked about as
# "who directs", British spellings meet American ones. Everything else goes to simplemma.
LEMMAS = {
    "shot": "shoot",
    "span": "span",  # "which river does the bridge span": no spinning
    "crosses": "cross",
    "beginning": "begin",
    "won": "win",
    "people": "person",
    "gone": "go",
    "playing": "play",
    "buying": "buy",  # left a noun by the lemmatizer ("the buying")
    "costing": "cost",  # "how much is the sequel costing to make"
    "rating": "rate",  # "what's it rated" and "its rating" ask one thing
    "player": "play",
    "director": "direct",
    "directors": "direct",
    "manager": "manage",  # "who's managing the club": "the current manager, X"
    "managers": "manage",
    "writer": "write",
    "writers": "write",
    "writing": "write",
    "left": "leave",
    "actress": "actor",
    "actresses": "actor",
    "instalment": "installment",
    "instalments": "installment",
    "theatre": "theater",
    "theatres": "theater",
    # simplemma reads "cutting" as a noun and "lay" as the past of "lie" (a bird lays eggs)
    "cutting": "cut",
    "lay": "lay",
    "lays": "lay",
    "broke": "break",  # "thieves broke in": the break-in
    "rankings": "rank",  # "where does it rank": "in the national rankings, it placed 34th"
    "ranking": "rank",
    # simplemma reads "fixed" as "fixe", "developed" as "develope"
    "fixed": "fix",
    "developed": "develop",
    "fixes": "fix",
    "fixing": "fix",
    # "where is he thought to have died": the verb (`@believe`), not the noun
    "thought": "think",
    "routed": "rout",  # simplemma's "route": "routed the rebel army" defeated it
    # "how many people signed the petition": "bearing some 3,000 signatures"
    "signature": "sign",
    "signatures": "sign",
    # simplemma keeps "rose" the flower: in an article it is mostly the verb ("expenses rose
    # by 21 per cent", "she rose to become chair")
    "rose": "rise",
}
