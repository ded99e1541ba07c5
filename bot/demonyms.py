"""Peoples and their countries: "French" is said of France, "British" of Britain and the UK.

A reader asks "which French town is it twinned with?" of "twinned with Vellac in
Brittany, France", and "how many British children attend" of "children in the UK". A
people's adjective is ordinary English, not a name the facts must know: it never makes
"I don't have any facts about French". Countries whose adjective is their own name with
an ending ("Malaysian", "Canadian") are here too, so that one table answers both ways.

Only one-word adjectives and the one word that names their country ("zealand" would
name nothing on its own, so New Zealand is left out). An adjective that is mostly an
ordinary word ("polish the script") is left out too.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from bot.text import GLUE, stem

# adjective -> the words that name its country (lowercase, one word each)
_PEOPLES: dict[str, tuple[str, ...]] = {
    "american": ("america",),
    "british": ("britain", "uk"),
    "english": ("england",),
    "scottish": ("scotland",),
    "welsh": ("wales",),
    "irish": ("ireland",),
    "french": ("france",),
    "german": ("germany",),
    "dutch": ("netherlands", "holland"),
    "belgian": ("belgium",),
    "spanish": ("spain",),
    "portuguese": ("portugal",),
    "italian": ("italy",),
    "greek": ("greece",),
    "swiss": ("switzerland",),
    "austrian": ("austria",),
    "swedish": ("sweden",),
    "norwegian": ("norway",),
    "danish": ("denmark",),
    "finnish": ("finland",),
    "icelandic": ("iceland",),
    "hungarian": ("hungary",),
    "romanian": ("romania",),
    "russian": ("russia",),
    "ukrainian": ("ukraine",),
    "turkish": ("turkey",),
    "israeli": ("israel",),
    "egyptian": ("egypt",),
    "moroccan": ("morocco",),
    "nigerian": ("nigeria",),
    "kenyan": ("kenya",),
    "african": ("africa",),
    "indian": ("india",),
    "pakistani": ("pakistan",),
    "chinese": ("china",),
    "japanese": ("japan",),
    "korean": ("korea",),
    "thai": ("thailand",),
    "vietnamese": ("vietnam",),
    "filipino": ("philippines",),
    "indonesian": ("indonesia",),
    "malaysian": ("malaysia",),
    "australian": ("australia",),
    "canadian": ("canada",),
    "mexican": ("mexico",),
    "brazilian": ("brazil",),
    "argentine": ("argentina",),
    "argentinian": ("argentina",),
    "chilean": ("chile",),
    "colombian": ("colombia",),
    "cuban": ("cuba",),
    "peruvian": ("peru",),
    "european": ("europe",),
    "asian": ("asia",),
}
PEOPLES = MappingProxyType(_PEOPLES)


_COUNTRIES = frozenset(c for countries in _PEOPLES.values() for c in countries)


def names_a_people(word: str) -> bool:
    """Whether `word` (normalized) is a people's adjective or its country's name."""
    return word in _PEOPLES or word in _COUNTRIES


def is_country(word: str) -> bool:
    """Whether the lowercase `word` names a country or a continent of this table ("india")."""
    return word in _COUNTRIES


def is_demonym(word: str) -> bool:
    """Whether the lowercase `word` is a people's adjective ("french", "dutch")."""
    return word in PEOPLES


# Languages named by no people of this table, which a question asks in ordinary English
# ("what's its latin name"): never a slip for another word, never an unknown name.
LANGUAGES = frozenset(
    """latin hebrew arabic sanskrit aramaic gaelic celtic norse slavic yiddish esperanto
    mandarin cantonese swahili hindi urdu persian bengali tamil""".split()
)


def is_proper_adjective(word: str) -> bool:
    """Whether the lowercase `word` is a people's adjective or a language's name."""
    return word in PEOPLES or word in LANGUAGES


_ADJECTIVES_OF = {
    country: frozenset(people for people, of in _PEOPLES.items() if country in of)
    for country in _COUNTRIES
}


def adjectives_of(country: str) -> frozenset[str]:
    """The peoples' adjectives of the normalized country name `country` ("european"
    for "europe"), or none."""
    return _ADJECTIVES_OF.get(country, frozenset())


def country_words(word: str) -> tuple[str, ...]:
    """The words naming the country of the adjective `word` ("france" for "french")."""
    return PEOPLES.get(word, ())


def adjectival(words: Sequence[str], i: int) -> bool:
    """Whether the people's adjective at `i` describes the noun after it ("the French
    town", "British children"), not the people themselves ("built by the Irish", "the
    French attacked"): only the first is said by naming the country."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return after.isalpha() and after not in GLUE and not after.endswith("ed")


def peoples(words: Sequence[str]) -> frozenset[str]:
    """The peoples' adjectives `words` use for the people themselves ("built by the
    Welsh"), which only the adjective itself says (see `adjectival`)."""
    return frozenset(w for i, w in enumerate(words) if is_demonym(w) and not adjectival(words, i))


def concept_groups() -> list[tuple[str, tuple[str, ...]]]:
    """One concept a country: its adjective and its names ("french", "france"), for
    `bot.concepts.Concepts.extended`."""
    groups: dict[str, tuple[str, ...]] = {}
    for adjective, countries in PEOPLES.items():
        name = "country-" + countries[0]
        groups[name] = (*groups.get(name, ()), *(stem(w) for w in (adjective, *countries)))
    return list(groups.items())
