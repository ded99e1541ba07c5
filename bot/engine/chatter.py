"""Chat in a question: the politeness before it ("can you tell me"), fillers in it ("this
time", "runtime wise"), chat's short words ("u") and phrases ("behind the camera"), and an
aside after it ("tbh i forgot"), each read as fans mean it before the question is parsed."""

from __future__ import annotations

import re

from bot.engine import plans
from bot.text import common_words

# Politeness before the question proper: "can you tell me who ...", "do you know when ...".
_PREFACE = re.compile(
    r"^(?:(?:hey|hi|hello|yo|ok|okay|so|please|quick question|wait|oh|um|hmm|ngl|lol|lmao|tbh"
    r"|honestly|btw|also|omg|bruh|yeah|yea|lowkey|guys)\s+)*"
    r"(?:(?:(?:can|could|would|will) you|do you know|does anyone know|any idea|i wonder|"
    r"i want to know|i d like to know|i would like to know)\s+)?"
    r"(?:please\s+)?(?:(?:tell|show|give) (?:me|us)\s+(?:about\s+)?)?"
    r"(?:(?:roughly|approximately|about|around)\s+(?=how\b))?"  # "roughly how much"
)

# Chat's short words, read so in questions only: in an article "con" is a swindle, but
# "what city is the con in" asks of a convention. ("r" for "are" is left out: a question
# it had kept unanswered as an unknown name was then answered wrongly, and read so only
# after a question word it gave two held-out articles a wrong answer each.) "n": "and".
CHAT_WORDS = {
    "u": "you",
    "ur": "your",
    "con": "convention",
    "n": "and",
    "gonna": "going to",
    "bc": "because",  # "which village ended up underwater bc of the dam"
}

# "how fast did the passes sell out" asks how long it took (not a speed: "how fast is
# the ship"), and a passage answers with the span ("sold out in forty minutes").
# ... unless it moves: "how fast could the liner go" asks its speed.
_HOW_FAST = re.compile(
    r"\bhow (?:fast|quickly|soon) (?=(?:did|does|do|will|can|could)\b)"
    r"(?!.*\b(?:go|travel|sail|fly|move|steam|drive)\s*$)"
)


# Acts someone has done by others, which "get X built" asks the doer of.
_CAUSED = (
    "built made designed founded established started written finished completed funded".split()
)


# Chat's fillers: "who's doing the score this time", "what opened the festival this year"
# (the news's own), "what did it cost in the end", "runtime wise" ...
_FILLER = re.compile(r"\b(?:this time|this year|so far|in the end(?! of))\b|(?<=\w)[ -]wise\b")
# Chat's phrases for one word: "these days" is now (`bot.engine.setting`: what holds
# today), "around the world" worldwide, as takings are reported, and "who's behind the
# camera" asks who is directing.
_CHAT_PHRASES = (
    (re.compile(r"\b(?:these days|right now|at the moment|rn|atm)\b"), "now"),
    (re.compile(r"\b(?:around|across|all over|round) the (?:world|globe)\b"), "worldwide"),
    (re.compile(r"\bbehind the camera\b"), "directing"),
    # "how many people lost their lives": died; "how many are still around": remain
    (re.compile(r"\b(?:lost|lose|loses|losing) (?:their|his|her|its) lives?\b"), "died"),
    (re.compile(r"\bstill (?:around|left|standing|in existence)\b"), "remaining"),
    (re.compile(r"\bevery single\b"), "every"),  # "in every single movie": in every one
    (re.compile(r"\bbr(?:ing|ings|ought|inging) to an end\b"), "end"),  # "which war did it"
    (re.compile(r"\b(?:try|tries|tried|trying) out\b"), "applied"),  # "how many tried out"
    (re.compile(r"\b(?:get|gets|got|getting) (?:going|started)\b"), "start"),  # "the club"
    # "who got the dam built", "who was behind getting it built": who built it
    (
        re.compile(
            r"^(?:so )?who (?:was |were |is )?(?:behind |responsible for )?"
            r"(?:get|gets|got|getting) ((?:(?:the|a|an|its|their|this|that) )?(?:\w+ ){0,3}?)"
            rf"({'|'.join(_CAUSED)})\b"
        ),
        r"who \2 \1",
    ),
    # "how long does the film run": its runtime (not "the festival ran for eleven days")
    (re.compile(r"^how long does (.+?) run(?: for)?$"), r"what is the runtime of \1"),
    # "what got tolliver to return": why he returned
    (re.compile(r"^what (?:got|made|convinced|persuaded|led) (.+?) to (?=\w)"), r"why did \1 "),
    (re.compile(r"\b(the \w+) (?:up|down|out|over) (?=(?:in|at|on) )"), r"\1 "),  # "the lake up in"
    (re.compile(r"\s+looking like$"), ""),  # "what's the opening total looking like"
    # "where can i go see the biggest collection": where it is; "when can i watch it at
    # home": when it streams
    (re.compile(r"^where can (?:i|you|we|one) (?:go )?(?:and )?(?:see|find|visit)\b"), "where is"),
    (re.compile(r"\bwatch (?:it|this|them) at home\b"), "stream it"),
    # "make it to the top of X": climb X ("to the top" alone: to its summit)
    (re.compile(r"\b(?:make|made|making) it to the (?:top|summit) of\b"), "climb"),
    (re.compile(r"\b(?:make|made|making) it to the (?:top|summit)\b"), "climb to the summit"),
    # "what did it end up costing to build": its cost; "how long is it end to end": its
    # length; "who was the lead engineer": the chief one
    (re.compile(r"\b(cost|costs|costing) to (?:build|construct|produce)\b"), r"\1"),
    (re.compile(r"\s+(?:from )?end to end\b"), ""),
    # "the whole canal" is the canal ("the whole series" is all of it, not the newest film)
    (
        re.compile(r"\b(the|its|this) (?:whole|entire) (?!thing\b|series\b|franchise\b|saga\b)"),
        r"\1 ",
    ),
    (re.compile(r"\blead (?=engineer|architect|designer|researcher|scientist|surveyor)"), "chief "),
    # "how much did it do stateside": domestically; "back in the day": then
    (
        re.compile(r"\b(?:stateside|(?:here )?in (?:the )?(?:us|u s|usa|states|north america))\b"),
        "domestically",
    ),
    (re.compile(r"\s+back in the day\b"), ""),
    # "which movie ended up at number two": which came in 2nd
    *(
        (re.compile(rf"\b(?:at )?number {number}\b"), f"in {place}")
        for number, place in (("1", "1st"), ("2", "2nd"), ("3", "3rd"), ("4", "4th"), ("5", "5th"))
    ),
    # "why did she turn the part down": why she declined; "shooting out on location": on it
    (re.compile(r"\bturn(?:ed|s|ing)? (?:the \w+|it|him|her|them) down\b"), "decline"),
    (re.compile(r"\bout on location\b"), "on location"),
    # "before it goes online": before it begins streaming
    (re.compile(r"\b(?:goes|go|going|went|gone|comes|come) online\b"), "streams"),
)
# An aside after the question, about the asker: "what did it gross tbh i forgot".
_AFTERWORD = re.compile(r"\s+i (?:forgot|forget|wonder|guess|think)$")
AFTERWORD_AFTER = 5  # words a question has before such an aside


def _g_dropped(word: str) -> str:
    """Chat's dropped "g": "comin", "doin", "nothin" are "coming", "doing", "nothing"."""
    if word.endswith("in") and len(word) > 3:
        common = common_words()
        if word not in common and word + "g" in common:
            return word + "g"
    return word


def without_chatter(words: list[str]) -> list[str]:
    """`words` without the politeness before the question and the time fillers in it,
    with chat's short words (`CHAT_WORDS`), a dropped "g" and "how fast" read as fans
    mean them."""
    text = _HOW_FAST.sub("how long ", " ".join(CHAT_WORDS.get(w, _g_dropped(w)) for w in words))
    stripped = _FILLER.sub(" ", _PREFACE.sub("", text, count=1))
    for phrase, word in _CHAT_PHRASES:
        stripped = phrase.sub(word, stripped).strip()
    if len(stripped.split()) > AFTERWORD_AFTER:  # not "what do i think" itself
        stripped = _AFTERWORD.sub("", stripped)
    return plans.og_as_original(stripped.split() if stripped else words)
