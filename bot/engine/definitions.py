"""A passage that says what something is: "What was the Pinedale Assembly Center?" is
answered by "... the site of the Pinedale Assembly Center, an interim facility for the
relocation of ...", and "what is Tinderjack Animation?" by "Tinderjack Animation Ltd. is
an independent animation studio ...". A question naming only the thing asks for that,
not for any sentence that names it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.models import Entity

# Entities whose defining patterns are kept compiled (one per name asked about).
DEFINED_CACHED = 256


def defines(entity: Entity, passage: str) -> bool:
    """Whether `passage` says what `entity` is: its name (or an alias), an aside in
    brackets allowed, then an apposition (", an interim facility") or a copula and an
    article ("is an independent animation studio")."""
    return any(_pattern(name).search(passage) for name in (entity.name, *entity.aliases))


@lru_cache(maxsize=DEFINED_CACHED)
def _pattern(name: str) -> re.Pattern[str]:
    # "Mirecastle (1962), an adaptation of ...", "X Ltd. is a studio": a short suffix of
    # the name's own (brackets, a company's "Ltd.") may stand before what it is
    return re.compile(
        rf"\b{re.escape(name)}\b(?:\s+(?:Ltd|Inc|Co|LLC|plc)\.?)?\s*(?:\([^)]*\))?"
        r"(?:,\s+|\s+(?:is|was|are|were)\s+)(?:a|an|the)\s",
        re.IGNORECASE,
    )
