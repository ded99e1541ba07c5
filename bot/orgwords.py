"""What makes a capitalised phrase in an article the name of an organisation, not of a
person or a place: a company's own words ("Skydance Media", "Strellick Digital") and the
noun a sentence puts before one ("the firm X").
"""

from __future__ import annotations

import re

# Words that make a capitalised phrase an organisation in any English article ("Skydance
# Media", "Warner Bros."). Names of studios, platforms and trade papers are the franchise's
# news vocabulary, not code: they come from the facts' [vocabulary] `org_words`.
ORG_WORDS = frozenset(
    set("pictures studios studio entertainment bros bros. films media animation".split())
    # a company's legal and trade words ("Meridian Quay Holdings" is owned, not a place)
    | set("holdings streaming productions releasing ventures enterprises industries".split())
    | set("capital partners group instruments optics metals electronics research data".split())
    | set("inc llc ltd corp shipping".split())
    # ... and a finance house's: "an analyst at Quellmore Securities"
    | set("securities investments associates advisers advisors brokers insurance".split())
    | set("screens".split())  # a cinema chain: "renamed Stavwick Screens"
    # ... and a maker's or a builder's trade: "Senncraft Foods", "Brackwell Construction"
    | set("foods motors textiles chemicals engineering construction brewing".split())
    | set("digital vfx".split())  # an effects house: "Strellick Digital"
    | set("plus tv network".split())  # a streaming platform or a channel: "Ennick Plus"
)
# A company's noun right before a name: "the London-based house Strellick Digital", "the
# firm Harlow & Vane", "a rival publisher, Tamsett Educational".
_COMPANY_NOUN = (
    r"(?:firm|company|house|outfit|distributor|publisher|agency|streamer|broadcaster|platform)"
)
ORG_BEFORE = re.compile(
    # (after a comma only after "a": "the company's present publisher, X" is a person)
    rf"\b{_COMPANY_NOUN}\s+$|\b(?:a|an)\s+(?:[\w-]+\s+)?{_COMPANY_NOUN},\s+$",
    re.I,
)
