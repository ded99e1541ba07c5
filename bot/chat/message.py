"""Reading a chat message: strip what is not words, find the questions in it.

Pure functions. A message is cut into segments in order: questions (at most
`MAX_PARTS` of them are answered) and the statements around them, which give later
questions their context ("I loved Pom Klementieff in Guardians. Is she in MI7?").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.text import clean, normalize

# Discord and Slack both cap a message at 4,000 characters; anything longer did not come
# from a chat platform, and reading only this much bounds the work any message can cost.
MAX_MESSAGE_CHARS = 4000
# Three questions is what people put in one line of chat; more is a list to paste
# somewhere else, and answering it all would flood the channel.
MAX_PARTS = 3

# Platform markup that names people, channels or roles: never a name the facts know.
# Discord: <@123> <@!123> <@&role> <#channel> <a:name:id> <:name:id> <t:stamp:R> </cmd:id>
# Slack:   <@U123> <@U123|name> <#C123|name> <!here> <!channel> <!subteam^S1|@team>
#          and links <https://example.com|label>
_MARKUP = re.compile(r"<(?:[@#!&/]|a?:\w+:|t:|https?:|mailto:)[^<>]{0,200}>", re.IGNORECASE)
_BROADCAST = re.compile(r"(?<!\w)@(?:everyone|here|channel)\b", re.IGNORECASE)
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
# :shortcode: emoji (":fire:", ":+1:", ":flag-us:"); at least two characters and one
# letter, so "M:I:7" and "10:30:00" are left alone.
_SHORTCODE = re.compile(r":(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]{2,40}:")
# Pictographs that are not symbol-category characters: keycaps and skin tones combine.
_EMOJI_PARTS = frozenset({"\ufe0e", "\ufe0f", "\u200d", "\u20e3"})
_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cs"})

# A sentence ends at ? or ! (chat rarely capitalises the next one), at a full stop
# followed by a space, or at a line break.
_END = re.compile(r"[?!\u2026]+[\"')\]]*|\.+[\"')\]]*(?=\s|$)|\n+")
# Words a full stop follows without ending a sentence ("Mr. Pegg", "vs. Fallout").
_ABBREVIATIONS = frozenset("mr mrs ms dr st jr sr vs etc eg ie approx no vol pt".split())
# "and"/"also" joining two questions; the second must start like a question itself.
_JOINER = re.compile(r"[,;]?\s+(?:and|also|plus|&)\s+(?:also\s+)?", re.IGNORECASE)
QUESTION_STARTS = frozenset(
    "who whom whose what which when where why how "
    "is are was were will would does do did has have had can could should shall may might "
    "tell any anyone anybody".split()
)
# Chat filler a question may open with before its first real word.
_OPENERS = frozenset(
    "so ok okay well anyway also and but btw hey hi hello yo oh um hmm yeah yes no "
    "guys folks bot please pls quick question then".split()
)
_WONDER = frozenset({"wonder", "wondering", "curious", "know"})


@dataclass(frozen=True, slots=True)
class Segment:
    """One sentence (or one of two questions joined by "and") of a message."""

    text: str
    question: bool


@dataclass(frozen=True, slots=True)
class Message:
    segments: tuple[Segment, ...]
    text: str  # the whole message, scrubbed


def scrub(text: str) -> str:
    """The words of a chat message: mentions, broadcasts, emoji and URLs removed."""
    text = text[:MAX_MESSAGE_CHARS]
    text = _MARKUP.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _BROADCAST.sub(" ", text)
    text = _SHORTCODE.sub(" ", text)
    if not text.isascii():
        text = "".join(
            " " if ch in _EMOJI_PARTS or unicodedata.category(ch) in _SYMBOL_CATEGORIES else ch
            for ch in text
        )
    # Keep line breaks: they end sentences in chat.
    return "\n".join(clean(line) for line in text.splitlines()).strip()


def read_message(text: str) -> Message:
    """The message's segments in order. A one-sentence message is one question whatever
    its form ("mi7 release date"); in a longer one, a message without a recognisable
    question is taken to ask its last sentence."""
    scrubbed = scrub(text)
    sentences = split_sentences(scrubbed)
    if len(sentences) == 1:
        return Message(tuple(Segment(p, True) for p in split_questions(sentences[0])), scrubbed)
    segments: list[Segment] = []
    for sentence in sentences:
        if looks_like_question(sentence):
            segments.extend(Segment(p, True) for p in split_questions(sentence))
        else:
            segments.append(Segment(sentence, False))
    if segments and not any(s.question for s in segments):
        segments[-1] = Segment(segments[-1].text, True)
    return Message(tuple(segments), scrubbed)


def split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for match in _END.finditer(text):
        mark = match.group(0)
        if mark.startswith(".") and len(mark.rstrip("\"')]")) == 1:
            before = text[start : match.start()].rsplit(None, 1)
            word = before[-1].lower() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue  # "Mr. Pegg", an initial: the sentence goes on
        piece = text[start : match.end()].strip()
        if _has_words(piece):
            sentences.append(piece)
        start = match.end()
    last = text[start:].strip()
    if _has_words(last):
        sentences.append(last)
    return sentences or [""]


def split_questions(sentence: str) -> list[str]:
    """One sentence, cut where "and"/"also" joins two questions: "when does mi7 come out
    and who directs it" is two; "is Kirby and Ferguson back" is one."""
    parts: list[str] = []
    start = 0
    for match in _JOINER.finditer(sentence):
        left = sentence[start : match.start()]
        right = sentence[match.end() :]
        if len(left.split()) >= 2 and len(right.split()) >= 2 and _starts_question(right):
            parts.append(left.strip(" ,;"))
            start = match.end()
    parts.append(sentence[start:].strip(" ,;"))
    return [p for p in parts if p]


def looks_like_question(sentence: str) -> bool:
    if sentence.rstrip(" \"')]").endswith("?"):
        return True
    words = _content_words(sentence)
    return bool(words) and (words[0] in QUESTION_STARTS or bool(_WONDER & set(words[:4])))


def _starts_question(text: str) -> bool:
    words = _content_words(text)
    return bool(words) and words[0] in QUESTION_STARTS


def _content_words(text: str) -> list[str]:
    words = normalize(text[:200]).split()
    at = 0
    while at < len(words) and words[at] in _OPENERS:
        at += 1
    return words[at:]


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)
