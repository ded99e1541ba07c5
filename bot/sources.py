"""Source articles: reading the optional date line and splitting text into sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.text import clean

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")
# A sentence ends at . ! or ? (maybe followed by a closing quote) before a space and
# a capital letter or an opening quote. Abbreviations below are not sentence ends.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "vs.", "No.", "Vol.", "Pt.")


@dataclass(frozen=True)
class SourceDoc:
    name: str  # file name inside sources/
    date: str | None
    text: str  # the article without its date line, cleaned
    sentences: tuple[str, ...]


def read_source(path: Path) -> SourceDoc:
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines()
    date = None
    if lines:
        match = _DATE_LINE.match(clean(lines[0]))
        if match:
            date = match.group(1)
            lines = lines[1:]
    paragraphs = [clean(p) for p in "\n".join(lines).split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    sentences: list[str] = []
    for paragraph in paragraphs:
        sentences.extend(split_sentences(paragraph))
    return SourceDoc(path.name, date, "\n\n".join(paragraphs), tuple(sentences))


def split_sentences(paragraph: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        pieces.append(paragraph[start : match.end()])
        start = match.end()
    pieces.append(paragraph[start:])
    sentences: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        if sentences and sentences[-1].endswith(_ABBREVIATIONS):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return sentences
