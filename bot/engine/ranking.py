"""Ranking the facts for a question: the candidates its names and words reach, each
scored (`bot.engine.score`), best first.

Readings of the question change a score beyond its words. "Why" finds its cause in
the sentence after an act as well as in the act's own sentence (`followon`). "The first
Kettle & Crow" asks of the series' first film, so a passage about a later one ranks as
another film's (`films.later_films`); "who is she playing", naming no film, asks of the
one the news is about now, so a passage about her earlier films ranks as another film's
(`films.earlier_films`).
"""

from __future__ import annotations

from bot.engine import films, followon, setting
from bot.engine.index import Index
from bot.engine.parse import ParsedQuestion
from bot.engine.score import Scored, Weights, build_query, score
from bot.models import Entity


def ranked(
    index: Index, parsed: ParsedQuestion, w: Weights, current: Entity | None = None
) -> list[Scored]:
    """The candidate facts for `parsed`, scored, best first. `current`: the film the
    newest reports are about, which a question in the present naming none asks of."""
    candidates = index.candidates(parsed.entities, parsed.content)
    if not candidates:
        return []
    query = build_query(
        index, parsed.qtype, parsed.words, parsed.entities, parsed.content, parsed.counting,
        w, parsed.mentions,
    )  # fmt: skip
    later = films.later_films(index, parsed.words, parsed.mentions, candidates)
    later |= films.earlier_films(index, parsed, current, candidates)
    # a year the question gives, which a passage may be set in by the sentence before it
    years = frozenset(s for s in parsed.content if setting.YEAR.fullmatch(s))
    scored = [
        Scored(
            score(
                query,
                setting.with_years_set(index, index.entries[i], years),
                w,
                query.reasoning and followon.cause_follows(index, i),
            )
            * (w.other_film if i in later else 1.0),
            i,
        )
        for i in candidates
    ]
    scored.sort(reverse=True)
    return scored
