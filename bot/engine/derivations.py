"""Verbs and their Latinate nouns whose shared start is too short to read as one word
family: "invade" ~ "invasion", "decide" ~ "decision", "admit" ~ "admission"."""

from __future__ import annotations

from functools import cache

# (verb ending, noun ending): the rest of the word is the same in both.
ALTERNATIONS: tuple[tuple[str, str], ...] = (
    ("ade", "asion"),  # invade, persuade, evade
    ("ide", "ision"),  # decide, divide, provide
    ("ude", "usion"),  # conclude, include, exclude
    ("ode", "osion"),  # explode, erode
    ("it", "ission"),  # admit, permit, submit, transmit
    ("eive", "eption"),  # receive, perceive, conceive
    ("ume", "umption"),  # consume, assume, resume
    ("ibe", "iption"),  # describe, prescribe, subscribe
    ("olve", "olution"),  # resolve, solve, revolve
    ("ain", "anation"),  # explain
    ("ain", "ention"),  # retain, detain, contain
    ("el", "ulsion"),  # expel, compel, repel
    ("eed", "ession"),  # succeed, proceed
    ("ede", "ession"),  # concede, recede
    ("y", "ication"),  # apply, multiply
    ("oy", "uction"),  # destroy
    ("ose", "osition"),  # compose, oppose, propose
    ("ire", "isition"),  # acquire, require
    ("ete", "etion"),  # complete, delete
    ("ert", "ersion"),  # convert, divert, revert
    ("ive", "ival"),  # arrive, survive, revive
    ("y", "ial"),  # deny, try
)
# Verbs and nouns no ending relates: "how many jobs were lost": "with the loss of 180 jobs".
IRREGULAR: tuple[tuple[str, str], ...] = (
    ("lose", "loss"),
    ("die", "death"),
    ("choose", "choice"),
    ("grow", "growth"),
    ("speak", "speech"),
    ("weigh", "weight"),
    ("lend", "loan"),
    ("prove", "proof"),
    ("fly", "flight"),
)
# The shortest part the two share, so "bit" makes no "bission".
MIN_SHARED = 2
# Pairs that fit an alternation but are two words: "committed to the plan" commissioned
# nothing.
FALSE_FRIENDS = frozenset({"commit", "commission"})


@cache
def derived(stem: str) -> frozenset[str]:
    """The verbs or nouns `stem` alternates with by `ALTERNATIONS`."""
    if stem in FALSE_FRIENDS:
        return frozenset()
    found = {b for a, b in IRREGULAR if a == stem} | {a for a, b in IRREGULAR if b == stem}
    for verb, noun in ALTERNATIONS:
        if stem.endswith(noun) and len(stem) - len(noun) >= MIN_SHARED:
            found.add(stem[: -len(noun)] + verb)
        if stem.endswith(verb) and len(stem) - len(verb) >= MIN_SHARED:
            found.add(stem[: -len(verb)] + noun)
    return frozenset(found)
