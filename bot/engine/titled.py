"""What a film is called, asked of a film the question names some other way.

"What's the prequel called?", "what is the title of kv6?", "whats the marrowlight spinoff
even called": the question names the film by what it is (see `described`), by its number
or by a short name, and asks for its title. The answer is a report that writes the title
out, not any sentence saying "name" or "called" ("We read a lot of names on paper").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot import newsform
from bot.models import Answer, EntityKind
from bot.text import normalize, stem

if TYPE_CHECKING:
    from bot.engine.handlers import Context
    from bot.engine.parse import ParsedQuestion

# A question's words for a title, and the words that may stand beside them ("what's the
# spin-off even called now", "what is it officially titled").
ASKING = frozenset(map(stem, "title name call titled named".split()))
BESIDE = frozenset(map(stem, "officially official now even going gonna full".split()))
# A report saying the film has no title yet, whatever it is called meanwhile: "the
# untitled project, referred to internally as "Dravos 4"", "its working title".
_NO_TITLE = re.compile(
    r"\b(?:untitled|working title|(?:referred to|known) internally as|yet to be (?:titled|named)"
    r"|no title)\b",
    re.I,
)
# A curated fact of this topic answers the question as its curator wrote it.
CURATED_TOPIC = "title"


def film_title(parsed: ParsedQuestion, ctx: Context) -> Answer | None:
    """The best-ranked report about the one film asked of that writes its title out;
    a decline when none does. None for any other question."""
    films = [e for e in dict.fromkeys(parsed.entities) if ctx.index.kind(e) is EntityKind.FILM]
    content = set(parsed.content)
    if (
        parsed.qtype not in ("what", "other")
        or len(films) != 1
        or not content & ASKING
        or not content <= ASKING | BESIDE
    ):
        return None
    film = ctx.index.entities[films[0]]
    entries = ctx.index.entries
    if any(
        not entries[i].fact.passage and entries[i].fact.topic == CURATED_TOPIC
        for i in ctx.index.by_entity.get(film.id, ())
    ):
        return None  # the curated answer
    ranked = ctx.rank(parsed)
    title = film.name.casefold()
    if any(
        entries[i].fact.passage and _NO_TITLE.search(entries[i].fact.answer)
        for i in ctx.index.by_entity.get(film.id, ())
    ):
        return ctx.decline(parsed, ranked[:6])  # its name is what it goes by till titled
    # "what's the Pell Letters called now", typed in full: a report writing that title
    # again tells nothing; one quoting another title for the film may answer
    typed = set(normalize(film.name).split()) <= set(parsed.words)
    for item in ranked:
        fact = entries[item.index].fact
        if film.id in fact.entities and title in fact.answer.casefold():
            if typed and not _another_title(fact.answer, title):
                continue
            return ctx.answer_with(fact, max(item.score, ctx.weights.answer_threshold))
    return ctx.decline(parsed, ranked[:6])


_RENAMED = re.compile(r"\b(?:renam\w*|retitl\w*|new title|now (?:called|titled|known as))\b", re.I)


def _another_title(passage: str, title: str) -> bool:
    """Whether `passage` renames the film, quoting a title other than `title`
    (casefolded): 'pushes back "The Pell Letters", renames it "Lantern Bay"'."""
    quoted = [m[1].casefold() for m in newsform.QUOTED.finditer(passage)]
    return _RENAMED.search(passage) is not None and any(title not in q for q in quoted)
