"""A seeded synthetic multi-franchise corpus, and questions whose right answers are known.

Every franchise is a run of numbered films ("Hollow Star 3"). Each film has a short
source article, and its curated facts quote that article's sentences, as a moderator's
would: a release date, the director, the returning and new cast (list answers with
`items`), the characters they play, where it was filmed, how production stands, a quote
and sometimes a subtitle. Fans' ways of naming a film are aliases: "HS3", "Hollow Star
three", "the third Hollow Star movie", "Hollow Star III", "Hollow Star: Reckoning".

News moves: most films also get a later-dated follow-up article (`sources/<film>-update.txt`)
that redates the release (and says what the earlier date was), gives a new title, or adds
to the cast, with curated facts of its own. For the same subject and topic the newest
report wins (`bot.history`), so well over 10% of the facts are superseded; questions
expect the newest report, and some ask about the past ("what was the original release
date", "is it still coming out on <the old date>?" -> "No: ...").

The same seed always gives the same corpus (`Corpus.digest`). `write_facts_dir` writes
it as fact files and sources that `bot.facts.load_facts` reads back to exactly the same
FactSet, digest included, so the service's reload path serves the very facts measured.

Questions are drawn from templates that differ from the facts' example questions:
paraphrases, typos, every alias style, yes/no cast questions, and questions that must be
declined (real franchises and actors the corpus does not have, film numbers a franchise
does not have, people asked about another franchise's film, things the facts do not
cover, and chat that has nothing to do with films). The sequence of templates comes
from the seed alone, so every corpus size is asked the same kinds of questions.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import defaultdict
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from bot.aliases import AliasMatcher, alias_forms, surname_counts
from bot.factfiles import refused_alias
from bot.facts import make_factset, passages_of
from bot.models import Entity, EntityKind, Fact, FactSet, Source
from bot.sources import SourceDoc, split_sentences
from bot.text import GLUE, NUMBER_WORDS, normalize

SEED = 7
ANSWERABLE = 3000
DECLINED = 1000
WARMUP = 200

# ------------------------------------------------------------------ vocabulary
# Title words avoid the engine's concept words ("star", "return", "title"...) and the
# question templates' words, so a film's name never doubles as part of a question.

TITLE_ADJECTIVES = """
Hollow Crimson Silent Iron Broken Golden Savage Hidden Burning Shattered Midnight
Obsidian Silver Distant Fallen Endless Bitter Quiet Electric Neon Pale Restless Sunken
Northern Ancient Crystal Emerald Amber Ivory Cobalt Copper Feral Grim Hallowed Lunar Solar
Radiant Sable Winter Arctic Ashen Azure Blazing Brazen Cinder Cursed Dire Drifting Eternal
Fierce Forgotten Frosted Gilded Haunted Hungry Infinite Jagged Lonely Marble Molten Mortal
Outer Painted Phantom Primal Ragged Rusted Sacred Scattered Secret Shrouded Sleeping Steel
Stolen Sudden Tangled Thorned Twisted Unbroken Veiled Vengeful Violet Waking Wandering Woven
Crooked Dusky Fabled Hushed Kindred Mirrored Sunlit Tarnished Umber Wistful
""".split()
TITLE_NOUNS = """
Tide Harbor Vale Dawn Crown Horizon Circuit Signal Frontier Covenant Meridian Cipher Orbit
Citadel Serpent Falcon Raven Lantern Compass Anchor Summit Canyon Glacier Ridge Kingdom
Throne Arrow Atlas Beacon Bridge Cathedral Comet Coast Desert Fable Forge Fortress Garden
Gate Grove Haven Island Jungle Labyrinth Mirror Monarch Mountain Nebula Oracle
Outpost Paradox Pilgrim Prism Prophet Quarry Reef River Ruin Saga Sentinel Spire Tempest
Tower Valley Vanguard Voyage Warden Wolf Wraith Orchard Lagoon Bastion Chalice Ember
Gallows Hearth Marsh Meadow Sparrow Thistle Trellis Vessel
""".split()
SUBTITLES = """
Reckoning Nation Uprising Resurrection Revelation Vendetta Exodus Genesis Redemption
Ascension Eclipse Requiem Retribution Awakening Rebellion Reunion Inferno Odyssey Crusade
Gambit Vengeance Prophecy Sanctuary Salvation Sacrifice Reborn Evolution Origins Endgame
Homecoming Lockdown Blackout Breakpoint Overdrive Checkmate Crossfire Deadlock Firestorm
Freefall Meltdown Nightfall Outbreak Shockwave Showdown Undertow Wildfire Aftermath
Afterglow Backlash Bloodline Countdown Daybreak Downfall Flashpoint Highwater Hinterland
Landfall Longshot Moonrise Outlaw Riptide Sundown Threshold Dominion Legacy Covenant
""".split()
FIRST_NAMES = """
Adaeze Aiko Alba Amara Anders Anika Arjun Astrid Beatriz Bodhi Callum Camila Cyrus Dalia
Dario Devon Elif Elio Emeka Esme Farah Felix Freya Gideon Greta Hana Hugo Ilse Imani Ines
Isak Jalen Joaquin Juno Kaito Keira Kenji Lars Leila Lior Luca Lucia Mads Maeve
Marisol Mateo Mei Milo Mira Nadia Naveen Nia Nils Noor Odette Omar Orla Paloma Priya
Quentin Rafael Rania Rhys Rosa Sabine Samir Selin Signe Soren Suki Tariq Tess Theo
Tobias Uma Valentin Vera Wren Yara Yusuf Zadie Zora Anouk Bastien Chiara Dagny Elodie
Fintan Greer Halima Jovan Katya Linnea Nikolai Oona Ravi Sunniva Tamsin Ulla Vida Ayo
Bryn Cosima Dmitri Eero Femi Gwen Hamid Ingrid Jun Kofi Lorcan Mina Nuno Olu Pia
""".split()
CHARACTER_NAMES = """
Ace Blaise Cass Dex Echo Flint Gage Harlow Indigo Jax Kestrel Lark Mace Nyx Onyx Pike
Quill Rook Sloane Thorne Vesper Wade Zephyr Ilsa Briar Cole Fox Hawk Ivy Jett Kai Lux
Mercer Nova Orion Pax Raine Sage Talon Wolfe Xan Yael Zane Juniper Saffron Caspian Dax
""".split()
SURNAME_HEADS = """
Ach Bal Cas Dar Ell Fen Gar Hal Ish Jar Kel Lind Mor Nak Oka Pell Quin Ros Sol Tal Umb
Val Wes Yar Zel Bran Cor Dun Esk Fair Gil Hart Ive Kov Lom Nor Orl Pra Rad Sten Tor Ver
Wal Bel Cal Del Har Lan Mon Ober Ped Rask Sev Thal Vint Ald Brek Dov Hux
""".split()
SURNAME_TAILS = """
terberg tellanos qvist afor ington ova enko sson ard etti ani ez ley wood stein ski ridge
holm ada ier orth uda mann ero oni strom quist kov vic dottir oye ake uro ando enzi ton
ovic anu eski berg lund
""".split()
PLACES = """
London|Reykjavik|Marrakech|Prague|Budapest|Vancouver|Toronto|Atlanta|Sydney|Melbourne|
Auckland|Cape Town|Lisbon|Madrid|Seville|Rome|Venice|Naples|Berlin|Munich|Vienna|Oslo|
Stockholm|Copenhagen|Helsinki|Dublin|Edinburgh|Belfast|Glasgow|Paris|Marseille|Brussels|
Amsterdam|Warsaw|Krakow|Tallinn|Riga|Vilnius|Athens|Istanbul|Cairo|Dubai|Abu Dhabi|Amman|
Mumbai|Jaipur|Bangkok|Tokyo|Osaka|Seoul|Hong Kong|Singapore|Manila|Jakarta|Hanoi|Shanghai|
Mexico City|Havana|Bogota|Lima|Santiago|Buenos Aires|Rio de Janeiro|Sao Paulo|Montreal|
Calgary|Albuquerque|Chicago|Boston|Los Angeles|San Francisco|Seattle|Miami|Malta|Dubrovnik|
Porto|Valencia|Florence|Zurich|Geneva|Salzburg|Bruges|Lyon|Bordeaux|Tbilisi|Baku|Muscat|
Doha|Nairobi|Lagos|Accra|Johannesburg|Wellington|Queenstown|Hobart|Perth|Adelaide|Kyoto
""".replace("\n", "").split("|")
STUDIOS = """
Galaxy Pictures|Northlight Studios|Harborview Films|Silverline Entertainment|Kestrel Media|
Bluefinch Pictures|Aurora Lane Studios|Tallgrass Films|Polaris Pictures|Ironbark Studios|
Quayside Entertainment|Redwood Gate Pictures|Lighthouse Works|Granite Peak Films|
Starling Road Pictures|Copperleaf Studios|Wavecrest Media|Foxglove Pictures|Halcyon Films|
Meadowlark Entertainment
""".replace("\n", "").split("|")
OUTLETS = """
Variety|Empire|Deadline|Total Film|The Hollywood Reporter|IndieWire|Collider|Screen Rant|
Entertainment Weekly|Vanity Fair|Rolling Stone|Little White Lies|Sight and Sound|Slashfilm
""".replace("\n", "").split("|")
QUOTE_LINES = (
    "We wanted the {ord} chapter to feel {a} and {b}",
    "This story is {a} than anything we have told so far",
    "I could not be prouder of this cast",
    "Every scene had to feel {a} than the last, and the whole crew rose to it",
    "This world has never looked {a} or {b}",
    "It is {a} and {b} than the last one, and it is the film I always wanted to make",
    "We pushed everyone further than last time",
    "The script kept surprising me until the very last page",
)
QUOTE_ADJECTIVES = """
colder stranger bigger darker funnier warmer stranger wilder lonelier angrier braver
gentler quieter louder sadder bolder
""".split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()
ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
CARDINALS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight"]
ROMANS = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
MAX_FILMS = 8
# Initials a fan types as words, not as a film ("IT 3", "ME 2", "UK 4").
BAD_INITIALS = (
    frozenset(
        "am an as at be by do go he hi if in is it me my no of oh ok on or so to tv uk up us we "
        "ya yo".split()
    )
    | GLUE
    | frozenset(NUMBER_WORDS)
)


def initials_of(name: str) -> str | None:
    """The initials fans type for a franchise ("HS" of "Hollow Star"), unless they are a
    word a question is made of or one the fact files refuse ("HQ" reads "headquarters")."""
    initials = "".join(w[0] for w in name.split()).upper()
    refused = initials.lower() in BAD_INITIALS or refused_alias(initials)
    return None if refused else initials


# Real franchises and actors the corpus never has: asked about, they must be declined.
# Corpus names keep out of typo-repair reach of every word in them (see _far_from).
DECOY_FRANCHISES = """
Dune|John Wick|Jurassic World|Fast and Furious|The Matrix|Toy Story|Avatar|Shrek|Top Gun|
Star Wars|Indiana Jones|Harry Potter|Mad Max|Terminator|Rocky|Spider-Man|Transformers|
Despicable Me|Ghostbusters|Kung Fu Panda|Paddington|Bad Boys|Men in Black|Hunger Games|
Godzilla|Jumanji|Deadpool|Minions|Gladiator|Beetlejuice|Venom|Aquaman|Blade Runner|Predator|
Insidious|The Conjuring|Sonic the Hedgehog|Zootopia|Moana|Tron|Kingsman|Sicario
""".replace("\n", "").split("|")
DECOY_PEOPLE = """
Keanu Reeves|Zendaya|Pedro Pascal|Florence Pugh|Timothee Chalamet|Margot Robbie|
Ryan Gosling|Scarlett Johansson|Dwayne Johnson|Vin Diesel|Emma Stone|Cillian Murphy|
Austin Butler|Anya Taylor-Joy|Jenna Ortega|Oscar Isaac|Viola Davis|Jason Momoa|Gal Gadot|
Chris Pratt|Tom Holland|Sydney Sweeney|Glen Powell|Ana de Armas|Rami Malek|Daniel Kaluuya|
Lupita Nyongo|Paul Mescal|Saoirse Ronan|Brad Pitt|Meryl Streep|Denzel Washington|
Nicole Kidman|Hugh Jackman|Cate Blanchett|Christian Bale|Natalie Portman|
Benedict Cumberbatch|Jennifer Lawrence|Leonardo DiCaprio
""".replace("\n", "").split("|")

# ------------------------------------------------------------------ question templates
# None of these is a fact's example question (those are EXAMPLES below).

ASK: dict[str, tuple[str, ...]] = {
    "release_date": (
        "when can I see {ref}?",
        "when's {ref} out",
        "what date does {ref} hit cinemas?",
        "is there a release date for {ref} yet?",
        "when is {ref} premiering?",
        "{ref} - when is it out?",
        "what day does {ref} open?",
    ),
    "director": (
        "who's helming {ref}?",
        "which filmmaker directed {ref}",
        "who is the director on {ref}?",
        "who directed {ref}?",
        "who made {ref}?",
    ),
    "returning_cast": (
        "which cast members are back for {ref}?",
        "who from the old cast returns in {ref}",
        "who reprises their role in {ref}?",
        "which actors come back for {ref}",
        "who's back in {ref}?",
    ),
    "new_cast": (
        "who is joining {ref}?",
        "any new faces in {ref}?",
        "which actors are new to {ref}",
        "who was added to the cast of {ref}?",
        "who are the new actors in {ref}?",
    ),
    "cast": (
        "who's in {ref}?",
        "who acts in {ref}",
        "what's the cast of {ref}?",
        "who starred in {ref}?",
    ),
    "filming_location": (
        "where did they film {ref}?",
        "what city was {ref} shot in",
        "where were the scenes of {ref} filmed?",
        "filming locations for {ref}?",
        "which places did {ref} film in?",
    ),
    "production": (
        "is {ref} done filming?",
        "has production on {ref} wrapped?",
        "when did {ref} wrap?",
        "how far along is the shoot for {ref}?",
        "when does {ref} finish shooting?",
    ),
    "quote": (
        "what has {director} said about {ref}?",
        "any quotes from {director} on {ref}?",
        "what did {director} tell {outlet} about {ref}",
    ),
    "title": (
        "what's the full title of {ref}?",
        "does {ref} have a subtitle?",
        "what is {ref} actually called?",
    ),
    "role_by_role": (
        "who's playing {role}?",
        "which actor portrays {role}",
        "who is {role} played by in the {franchise} movies?",
        "who's cast as {role}?",
    ),
    "role_by_person": (
        "what character is {person} in the {franchise} movies?",
        "who does {person} play in {ref}?",
        "which role does {person} have in {franchise}?",
    ),
    "membership": (
        "is {person} in {ref}?",
        "will {person} appear in {ref}?",
        "does {person} star in {ref}?",
        "is {person} part of the cast of {ref}?",
    ),
    "membership_back": (
        "is {person} back for {ref}?",
        "is {person} returning in {ref}?",
    ),
    # About the past, for films a later article redated: (template, what is right).
    "release_history": (
        "what was the original release date of {ref}?",
        "when was {ref} first supposed to come out?",
        "is {ref} still coming out on {old}?",
        "was {ref} ever dated for {old}?",
        "what was the previous release date for {ref}?",
    ),
}
# What answers each release_history template: the first report's date ("original"),
# or the newest report with "No" (the old date no longer holds), or "Yes" (it was).
HISTORY_ANSWERS = ("original", "original", "no", "yes", "original")
NOT_COVERED = (
    "what was the budget of {ref}?",
    "how long is {ref}?",
    "who composed the score for {ref}?",
    "what is {ref} rated?",
    "how much did {ref} make at the box office?",
    "is {ref} streaming on netflix?",
    "what is the plot of {ref}?",
    "is there a post-credits scene in {ref}?",
    "who wrote the screenplay for {ref}?",
    "how many awards did {ref} win?",
)
OUT_OF_SCOPE = (
    "what's the weather like tomorrow?",
    "how do I reset my password",
    "who won the world cup in 2018?",
    "what is the capital of australia?",
    "can you recommend a good pizza place",
    "how tall is mount everest?",
    "what time is it in tokyo right now",
    "tell me a joke",
    "what's 17 times 23?",
    "who is the president of france?",
    "how do I cook rice",
    "what's the best programming language?",
    "when is the next full moon?",
    "how many legs does a spider have",
    "what's your favourite colour?",
    "is it going to rain today?",
    "how far away is the moon?",
    "what year did the titanic sink?",
    "who painted the mona lisa?",
    "how do I get to the train station",
    "what are the rules of chess?",
    "what's the score of the game tonight",
    "who wrote pride and prejudice?",
    "what's a good name for a cat?",
    "how do you make pancakes",
    "why is the sky blue?",
    "what's the fastest car in the world?",
    "how do I fix a flat tyre?",
    "can dogs eat grapes?",
    "what should I have for dinner",
    "how many people live in canada?",
    "who invented the telephone?",
    "what is the meaning of life",
    "how do I learn to play guitar?",
    "when does the next train leave?",
    "what's the exchange rate for euros",
    "how do volcanoes form?",
    "which planet is the biggest?",
    "what's trending on twitter today",
    "who is the richest person alive?",
)
DECLINE_MIX = (
    ("unknown_franchise", 0.2),
    ("unknown_number", 0.2),
    ("unknown_person", 0.15),
    ("wrong_franchise", 0.15),
    ("not_covered", 0.15),
    ("out_of_scope", 0.15),
)
TOPIC_MIX = (
    ("release_date", 0.17),
    ("director", 0.11),
    ("returning_cast", 0.11),
    ("new_cast", 0.09),
    ("cast", 0.04),
    ("filming_location", 0.09),
    ("production", 0.08),
    ("quote", 0.05),
    ("title", 0.05),
    ("role_by_role", 0.06),
    ("role_by_person", 0.05),
    ("membership", 0.10),
    ("release_history", 0.05),
)
STYLE_MIX = (
    ("name", 0.2),
    ("lower", 0.18),
    ("initials", 0.15),
    ("initials_space", 0.05),
    ("number_word", 0.1),
    ("ordinal", 0.15),
    ("roman", 0.07),
    ("subtitle", 0.1),
)
TYPO_RATE = 0.2
# Follow-up news: the share of films a later article reports on, and what it changes.
# Tuned so that about 17% of all facts are superseded (bot.history), 12% by follow-ups
# alone (the rest: the next film's article restating a director), at every corpus size.
FOLLOW_UP_RATE = 0.8
REDATE_RATE = 0.85
RETITLE_RATE = 0.4
JOINER_RATE = 0.6
KEYBOARD = "qwertyuiop asdfghjkl zxcvbnm"


# ------------------------------------------------------------------ data


@dataclass(frozen=True)
class Article:
    """One film's source article: `sources/<name>`, dated, in paragraphs of sentences."""

    name: str
    date: str
    paragraphs: tuple[tuple[str, ...], ...]
    follow_up: bool = False  # a later report on a film that already has an article

    def text(self) -> str:
        body = "\n\n".join(" ".join(p) for p in self.paragraphs)
        return f"date {self.date}\n\n{body}\n"


@dataclass(frozen=True)
class Question:
    """A benchmark question. `expect` is the fact a right answer cites; None means the
    question must be declined."""

    text: str
    category: str  # paraphrase | typo | unknown_franchise | ... | out_of_scope
    topic: str = ""
    style: str = ""
    expect: str | None = None
    subject: str | None = None  # the entity a right answer must be about
    answer_contains: tuple[str, ...] = ()
    verdict: str = ""  # "Yes" or "No": how a right answer to a yes/no question starts

    @property
    def answerable(self) -> bool:
        return self.expect is not None

    def is_right(self, fact: Fact | None, text: str) -> bool:
        """Right: the expected fact, or another fact about the same subject whose text
        contains every expected string (a passage quoting the same sentence)."""
        if self.expect is None or fact is None:
            return False
        if self.verdict and not text.startswith(f"{self.verdict}:"):
            return False
        if fact.id == self.expect:
            return True
        if self.subject is None or self.subject not in fact.entities:
            return False
        folded = text.casefold()
        return bool(self.answer_contains) and all(
            s.casefold() in folded for s in self.answer_contains
        )


@dataclass(frozen=True)
class Corpus:
    seed: int
    factset: FactSet
    articles: tuple[Article, ...]
    files: tuple[tuple[str, str], ...]  # (fact file name, TOML text)
    questions: tuple[Question, ...]
    warmup: tuple[Question, ...]
    franchises: int
    films: int

    @property
    def digest(self) -> str:
        """Facts, articles, fact files and questions: equal digests, equal benchmark."""
        h = hashlib.sha256(self.factset.digest.encode())
        for article in self.articles:
            h.update(article.name.encode())
            h.update(article.text().encode())
        for name, text in self.files:
            h.update(name.encode())
            h.update(text.encode())
        for q in (*self.questions, *self.warmup):
            h.update(json.dumps(asdict(q), sort_keys=True).encode())
        return h.hexdigest()

    def facts_by_id(self) -> dict[str, Fact]:
        return {f.id: f for f in self.factset.facts}


# ------------------------------------------------------------------ building


@dataclass
class _Franchise:
    entity: Entity
    slug: str
    name: str
    initials: str | None
    studio: str
    films: list[_Film] = field(default_factory=list)
    cast: list[str] = field(default_factory=list)  # person ids, in order of first film
    roles: dict[str, str] = field(default_factory=dict)  # person id -> role id
    first_year: int = 0
    entities: list[Entity] = field(default_factory=list)  # film and role entities


@dataclass
class _Film:
    entity: Entity
    franchise: _Franchise
    number: int
    subtitle: str | None
    director: str
    article: Article | None = None
    facts: dict[str, Fact] = field(default_factory=dict)  # topic -> fact (not roles)
    role_facts: list[Fact] = field(default_factory=list)
    outlet: str = ""
    returning: tuple[str, ...] = ()
    newcomers: tuple[str, ...] = ()
    # What a later article changes (see _Builder._follow_up), planned before the film's
    # entity is made so that a new title is one of its aliases.
    plan: frozenset[str] = frozenset()
    retitle: str | None = None  # the new subtitle
    release: str = ""  # the first article's release date
    follow_up: Article | None = None
    updates: dict[str, Fact] = field(default_factory=dict)  # topic -> the newer fact
    new_release: str = ""
    joiner: str | None = None  # a person the later article adds to the cast

    def newest(self, topic: str) -> Fact:
        """The curated fact of the newest report on `topic`."""
        return self.updates.get(topic) or self.facts[topic]

    def has(self, topic: str) -> bool:
        return topic in self.facts or topic in self.updates


def _slug(text: str) -> str:
    return "-".join(normalize(text).split())


def _far_from(word: str, banned: list[str]) -> bool:
    """Whether no typo repair can turn a banned word into `word`: the engine repairs a
    word of 5+ letters one edit away, and of 7+ letters up to two edits away."""
    for b in banned:
        distance = Levenshtein.distance(word, b, score_cutoff=3)
        if distance == 0 or (len(b) >= 5 and distance <= 1) or (len(b) >= 7 and distance <= 2):
            return False
    return True


_DECOY_WORDS = sorted(
    {w for name in (*DECOY_FRANCHISES, *DECOY_PEOPLE) for w in normalize(name).split()} - GLUE
)
_SURNAMES = [
    h + t
    for h in SURNAME_HEADS
    for t in SURNAME_TAILS
    if _far_from((h + t).lower(), _DECOY_WORDS)
    and (h + t).lower() not in {s.lower() for s in SUBTITLES}
]


def _check_vocabulary() -> None:
    """The lists above must keep their promises: fail loudly if an edit breaks one."""
    corpus_words = {
        w.lower()
        for w in (*TITLE_ADJECTIVES, *TITLE_NOUNS, *SUBTITLES, *FIRST_NAMES, *CHARACTER_NAMES)
    }
    close = sorted(w for w in corpus_words if not _far_from(w, _DECOY_WORDS))
    if close:
        raise ValueError(f"corpus words too close to decoy names: {close}")


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"{seed}:corpus")
        # Follow-up news has its own stream, so the films and first articles are the
        # same as without it.
        self.news = random.Random(f"{seed}:follow-ups")
        self.forms: dict[str, str] = {}  # normalized alias form -> entity id
        self.people: list[Entity] = []
        self.news_people: list[Entity] = []  # people only follow-up articles name
        self.places: list[Entity] = []
        self.orgs: dict[str, Entity] = {}
        self.franchises: list[_Franchise] = []
        self.used_titles: set[str] = set()
        self.used_names: set[str] = set()
        # Franchises a person is cast in or directs, so "wrong franchise" questions are.
        self.person_franchises: dict[str, set[str]] = defaultdict(set)
        self.names: dict[str, str] = {}
        self.count = 0  # facts so far: curated facts and source sentences
        for place in PLACES:
            self.places.append(self._entity(f"place.{_slug(place)}", EntityKind.PLACE, place))
        for org in (*STUDIOS, *OUTLETS):
            self.orgs[org] = self._entity(f"org.{_slug(org)}", EntityKind.ORG, org)

    def _free(self, form: str) -> bool:
        return normalize(form) not in self.forms

    def _entity(
        self,
        entity_id: str,
        kind: EntityKind,
        name: str,
        aliases: tuple[str, ...] = (),
        of: str | None = None,
        franchise: str | None = None,
    ) -> Entity:
        kept = tuple(a for a in aliases if self._free(a) or self.forms[normalize(a)] == entity_id)
        for form in (name, *kept):
            self.forms[normalize(form)] = entity_id
        self.names[entity_id] = name
        return Entity(entity_id, kind, name, kept, of, franchise)

    def _full_name(self, firsts: list[str], rng: random.Random | None = None) -> str:
        rng = rng or self.rng
        while True:
            name = f"{rng.choice(firsts)} {rng.choice(_SURNAMES)}"
            if name not in self.used_names and self._free(name):
                self.used_names.add(name)
                return name

    def new_person(self) -> str:
        name = self._full_name(FIRST_NAMES)
        entity = self._entity(f"p.{_slug(name)}", EntityKind.PERSON, name)
        self.people.append(entity)
        return entity.id

    def name_of(self, entity_id: str) -> str:
        return self.names[entity_id]

    # -------------------------------------------------------------- franchises

    def franchise(self) -> _Franchise:
        rng = self.rng
        while True:
            name = f"{rng.choice(TITLE_ADJECTIVES)} {rng.choice(TITLE_NOUNS)}"
            if name not in self.used_titles and self._free(name):
                break
        self.used_titles.add(name)
        slug = _slug(name)
        initials_alias = initials_of(name)
        if initials_alias is not None and not self._free(initials_alias):
            initials_alias = None
        aliases = (
            f"the {name} franchise",
            f"{name} franchise",
            f"{name} films",
            f"{name} movies",
            f"{name} series",
            *((initials_alias,) if initials_alias else ()),
        )
        entity = self._entity(slug, EntityKind.FRANCHISE, name, aliases)
        f = _Franchise(entity, slug, name, initials_alias, rng.choice(STUDIOS))
        self.franchises.append(f)
        return f

    def film(self, f: _Franchise, number: int, year: int) -> _Film:
        rng = self.rng
        name = f"{f.name} {number}"
        film_id = f"{f.slug}-{number}"
        used_subtitles = {film.subtitle for film in f.films}
        subtitle = None
        if number == 1 or rng.random() < 0.5:
            while subtitle is None or subtitle in used_subtitles:
                subtitle = rng.choice(SUBTITLES)
        plan = self._plan(number, subtitle)
        retitle = None
        if "title" in plan:
            while retitle is None or retitle in used_subtitles or retitle == subtitle:
                retitle = self.news.choice(SUBTITLES)
        ordinal = ORDINALS[number]
        aliases = [
            f"{f.name} {CARDINALS[number]}",
            f"{f.name} part {number}",
            f"the {ordinal} {f.name} film",
            f"the {ordinal} {f.name} movie",
            f"{ordinal} {f.name} film",
            f"{ordinal} {f.name} movie",
            f"{ordinal} {f.name}",
        ]
        if number >= 2:
            aliases.append(f"{f.name} {ROMANS[number]}")
        if f.initials:
            aliases.append(f"{f.initials}{number}")
        if subtitle:
            aliases += [f"{f.name}: {subtitle}", subtitle]
        if retitle:  # the moderator links the new title, as `facts build` would
            aliases += [f"{f.name}: {retitle}", retitle]
        # Forms equal to the name after normalizing ("three" -> "3") add nothing.
        seen = {normalize(name)}
        unique = []
        for alias in aliases:
            if normalize(alias) not in seen:
                seen.add(normalize(alias))
                unique.append(alias)
        entity = self._entity(film_id, EntityKind.FILM, name, tuple(unique), franchise=f.slug)
        f.entities.append(entity)
        previous = f.films[-1] if f.films else None
        if previous is None or rng.random() < 0.3:
            director = self.new_person()
        else:
            director = previous.director
        self.person_franchises[director].add(f.slug)
        if previous is None:
            f.first_year = year
        film = _Film(entity, f, number, subtitle, director, plan=plan, retitle=retitle)
        self._cast(film)
        self._article(film, year)
        if plan:
            self._follow_up(film)
        f.films.append(film)
        return film

    def _plan(self, number: int, subtitle: str | None) -> frozenset[str]:
        """What a later article about the film will change, if there is one."""
        news = self.news
        if news.random() >= FOLLOW_UP_RATE:
            return frozenset()
        plan = {"release_date"} if news.random() < REDATE_RATE else set()
        if subtitle and news.random() < RETITLE_RATE:
            plan.add("title")
        if number > 1 and news.random() < JOINER_RATE:
            plan.add("new_cast")
        return frozenset(plan or {"release_date"})

    def _person_for(self, f: _Franchise) -> str:
        """A new face for `f`: usually a new person, sometimes someone from another franchise."""
        if self.people and self.rng.random() < 0.15:
            for _ in range(5):
                candidate = self.rng.choice(self.people).id
                if f.slug not in self.person_franchises[candidate] and candidate not in f.cast:
                    return candidate
        return self.new_person()

    def _cast(self, film: _Film) -> None:
        f = film.franchise
        rng = self.rng
        if film.number > 1:
            film.returning = tuple(rng.sample(f.cast, 3))
        newcomers = []
        for _ in range(4 if film.number == 1 else 2):
            person = self._person_for(f)
            newcomers.append(person)
            f.cast.append(person)
            self.person_franchises[person].add(f.slug)
            role_name = self._full_name(CHARACTER_NAMES)
            role = self._entity(f"r.{_slug(role_name)}", EntityKind.ROLE, role_name, of=person)
            f.roles[person] = role.id
            f.entities.append(role)
        film.newcomers = tuple(newcomers)

    # -------------------------------------------------------------- articles and facts

    def _article(self, film: _Film, year: int) -> None:
        rng = self.rng
        f = film.franchise
        name = film.entity.name
        n = self.name_of
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        release = f"{MONTHS[month - 1]} {day}, {year}"
        film.release = release
        published = _months_before(year, month, rng.randint(4, 14))
        wrap = _months_before(year, month, rng.randint(2, 8))
        wrapped = wrap <= published
        wrap_text = f"{MONTHS[wrap[1] - 1]} {wrap[0]}"
        places = rng.sample(self.places, 2)
        outlet = rng.choice(OUTLETS)
        film.outlet = outlet
        a, b = rng.sample(QUOTE_ADJECTIVES, 2)
        line = rng.choice(QUOTE_LINES).format(ord=ORDINALS[film.number], a=a, b=b)
        director = n(film.director)
        previous = f.films[-1] if f.films else None
        source = f"{film.entity.id}.txt"
        date = f"{published[0]:04d}-{published[1]:02d}-{rng.randint(1, 28):02d}"
        facts: list[tuple[str, list[str], str, str, tuple[str, ...], bool, tuple[str, ...]]] = []

        def fact(
            topic: str,
            about: list[str],
            answer: str,
            quote: str,
            items: tuple[str, ...] = (),
            time_sensitive: bool = False,
            questions: tuple[str, ...] = (),
        ) -> None:
            facts.append((topic, about, answer, quote, items, time_sensitive, questions))

        ex = _ExampleRefs(film)
        s_release = f"{f.studio} has set {name} for release on {release}."
        fact(
            "release_date",
            [film.entity.id, self.orgs[f.studio].id],
            f"{f.studio} has set {name} for release on {release}.",
            s_release,
            time_sensitive=True,
            questions=(
                f"When does {ex.short} come out?",
                f"What is the release date of {name}?",
                f"When is {name} released?",
                f"When will {ex.ordinal} hit theaters?",
                f"{ex.short} release date",
            ),
        )
        if previous is None:
            s_director = f"{name} is directed by {director}."
            a_director = f"{director} directs {name}."
        elif previous.director == film.director:
            s_director = f"{director} returns to direct {name} after making {previous.entity.name}."
            a_director = f"{director} directs {name}, returning after {previous.entity.name}."
        else:
            s_director = (
                f"{name} will be directed by {director}, taking over from {n(previous.director)}."
            )
            a_director = f"{director} directs {name}, taking over from {n(previous.director)}."
        fact(
            "director",
            [film.entity.id, film.director],
            a_director,
            s_director,
            questions=(
                f"Who is directing {ex.short}?",
                f"Who is the director of {name}?",
                f"Who directs {ex.ordinal}?",
                f"Who is behind the camera on {ex.short}?",
            ),
        )
        if film.number == 1:
            names = [n(p) for p in film.newcomers]
            s_cast = f"{name} stars {_listing(names)}."
            fact(
                "cast",
                [film.entity.id, *film.newcomers],
                f"The cast of {name}: {_listing(names)}.",
                s_cast,
                items=film.newcomers,
                questions=(
                    f"Who is in the cast of {name}?",
                    f"Who stars in {ex.short}?",
                    f"Which actors are in {ex.ordinal}?",
                ),
            )
            cast_sentences = [s_cast]
        else:
            back = [n(p) for p in film.returning]
            s_back = f"Returning for {name} are {_listing(back)}."
            fact(
                "returning_cast",
                [film.entity.id, *film.returning],
                f"Returning for {name}: {_listing(back)}.",
                s_back,
                items=film.returning,
                time_sensitive=True,
                questions=(
                    f"Who is returning for {ex.short}?",
                    f"Who's coming back for {name}?",
                    f"Which actors return in {ex.ordinal}?",
                    f"Who is in the cast of {ex.short}?",
                    f"Who stars in {name}?",
                ),
            )
            new = [n(p) for p in film.newcomers]
            s_new = f"{_listing(new)} join the cast of {name}."
            fact(
                "new_cast",
                [film.entity.id, *film.newcomers],
                f"New to the cast of {name}: {_listing(new)}.",
                s_new,
                items=film.newcomers,
                time_sensitive=True,
                questions=(
                    f"Who is new in {ex.short}?",
                    f"Who joins the cast of {name}?",
                    f"Who are the newcomers in {ex.ordinal}?",
                    f"Which new actors are in {ex.short}?",
                ),
            )
            cast_sentences = [s_back, s_new]
        role_sentences = []
        pairs = [(p, f.roles[p]) for p in film.newcomers]
        for i in range(0, len(pairs), 2):
            chunk = pairs[i : i + 2]
            parts = [f"{n(p)} plays {n(r)}" for p, r in chunk]
            sentence = (", while ".join(parts) if len(parts) == 2 else parts[0]) + "."
            role_sentences.append(sentence)
            for p, r in chunk:
                fact(
                    "role",
                    [p, r, f.slug],
                    f"{n(p)} plays {n(r)} in the {f.name} films.",
                    sentence,
                    questions=(
                        f"Who plays {n(r)}?",
                        f"Who is {n(r)} played by?",
                        f"What role does {n(p)} play?",
                        f"Which character does {n(p)} play?",
                    ),
                )
        place_names = [p.name for p in places]
        s_where = f"Cameras rolled on {name} in {place_names[0]} before the shoot moved to {place_names[1]}."
        fact(
            "filming_location",
            [film.entity.id, *(p.id for p in places)],
            f"{name} was filmed in {place_names[0]} and {place_names[1]}.",
            s_where,
            questions=(
                f"Where was {ex.short} filmed?",
                f"Where did {name} shoot?",
                f"Where is {ex.ordinal} filming?",
                f"What locations is {ex.short} shot in?",
            ),
        )
        if wrapped:
            s_prod = f"Production on {name} wrapped in {wrap_text}."
            a_prod = f"Filming on {name} wrapped in {wrap_text}."
        else:
            s_prod = f"Production on {name} is scheduled to wrap in {wrap_text}."
            a_prod = f"Filming on {name} was scheduled to wrap in {wrap_text}."
        fact(
            "production",
            [film.entity.id],
            a_prod,
            s_prod,
            time_sensitive=True,
            questions=(
                f"Has {ex.short} finished filming?",
                f"Is filming on {name} done?",
                f"What is the status of {ex.short}'s production?",
                f"When does filming on {name} wrap?",
            ),
        )
        s_quote = f'"{line}," {director} told {outlet}.'
        fact(
            "quote",
            [film.director, film.entity.id, self.orgs[outlet].id],
            f'{director} told {outlet}: "{line}."',
            s_quote,
            questions=(
                f"What did {director} say about {ex.short}?",
                f"What did {director} tell {outlet}?",
                f"What did the director of {name} say?",
            ),
        )
        paragraph1 = [s_release]
        if film.subtitle:
            full = f"{f.name}: {film.subtitle}"
            s_title = f"{f.studio} announced that {name} will be called {full}."
            paragraph1.append(s_title)
            fact(
                "title",
                [film.entity.id],
                f"{name} is titled {full}.",
                s_title,
                questions=(
                    f"What is {ex.short} called?",
                    f"What's the title of {name}?",
                    f"Does {ex.short} have a title yet?",
                ),
            )
        paragraph1.append(s_director)
        years = year - f.first_year
        filler = rng.choice(
            (
                f"The {f.name} films have grossed more than ${rng.randint(2, 9)}00 million worldwide.",
                f"Fans have waited {max(1, years)} years for another {f.name} film.",
                f"The {f.name} series began with {f.films[0].entity.name if f.films else name}.",
            )
        )
        paragraphs = (
            tuple(paragraph1),
            (*cast_sentences, *role_sentences),
            (s_where, s_prod),
            (s_quote, filler),
        )
        # The article's sentences are exactly what the loader will split it into.
        for paragraph in paragraphs:
            if split_sentences(" ".join(paragraph)) != list(paragraph):
                raise ValueError(f"sentence split differs in {source}: {paragraph}")
        film.article = Article(source, date, paragraphs)
        doc_date = date
        for topic, about, answer, quote, items, ts, qs in facts:
            suffix = topic if topic != "role" else f"role.{about[0][2:]}"
            fact_id = f"{film.entity.id}.{suffix}"
            made = Fact(
                id=fact_id,
                topic=topic,
                answer=answer,
                entities=tuple(dict.fromkeys(about)),
                source=Source(file=source, quote=quote, date=doc_date),
                questions=qs,
                items=items,
                time_sensitive=ts,
            )
            if topic == "role":
                film.role_facts.append(made)
            else:
                film.facts[topic] = made
        self.count += len(facts) + sum(
            1 for paragraph in paragraphs for sentence in paragraph if len(sentence) >= 8
        )

    def _follow_up(self, film: _Film) -> None:
        """A later article on the film: it redates the release (saying what the earlier
        date was), gives a new title, or adds to the cast, as `film.plan` says. Its facts
        are the newest reports; the first article's become history."""
        news = self.news
        f = film.franchise
        name = film.entity.name
        first = film.article
        assert first is not None
        year, month = int(first.date[:4]), int(first.date[5:7])
        # Published 1-3 months after the first article, before the first release date
        # (the first article comes out 4 or more months before it).
        when = _months_before(year, month, -news.randint(1, 3))
        date = f"{when[0]:04d}-{when[1]:02d}-{news.randint(1, 28):02d}"
        studio = self.orgs[f.studio].id
        ex = _ExampleRefs(film)
        made: list[tuple[str, list[str], str, str, tuple[str, ...], tuple[str, ...]]] = []
        sentences: list[str] = []
        if "release_date" in film.plan:
            old_month, rest = film.release.split(" ", 1)
            old_year = int(rest.rsplit(" ", 1)[1])
            later = _months_before(old_year, MONTHS.index(old_month) + 1, -news.randint(2, 10))
            new = f"{MONTHS[later[1] - 1]} {news.randint(1, 28)}, {later[0]}"
            film.new_release = new
            said = (
                f"{f.studio} has pushed {name} back to {new}.",
                f"{name} has been delayed to {new}, {f.studio} said.",
                f"{f.studio} has redated {name} for {new}.",
            )[news.randrange(3)]
            sentences += [said, f"{name} had previously been dated for {film.release}."]
            made.append(
                (
                    "release_date",
                    [film.entity.id, studio],
                    f"{name} is now set for release on {new}.",
                    said,
                    (),
                    (
                        f"Has {ex.short} been delayed?",
                        f"What is the new release date of {name}?",
                        f"When is {ex.short} out now?",
                    ),
                )
            )
        if film.retitle:
            full = f"{f.name}: {film.retitle}"
            said = f"{f.studio} has retitled {name} as {full}."
            sentences.append(said)
            made.append(
                (
                    "title",
                    [film.entity.id],
                    f"{name} is now titled {full}.",
                    said,
                    (),
                    (
                        f"What is {ex.short} called now?",
                        f"Has {name} been renamed?",
                        f"What is the new title of {ex.short}?",
                    ),
                )
            )
        if "new_cast" in film.plan:
            person = self._entity(
                f"p.{_slug(joiner := self._full_name(FIRST_NAMES, news))}",
                EntityKind.PERSON,
                joiner,
            )
            self.news_people.append(person)
            self.person_franchises[person.id].add(f.slug)
            film.joiner = person.id
            said = f"{joiner} has joined the cast of {name}."
            sentences.append(said)
            made.append(
                (
                    "new_cast",
                    [film.entity.id, person.id],
                    f"Also new to the cast of {name}: {joiner}.",
                    said,
                    (person.id,),
                    (f"Who else has joined {ex.short}?", f"Who is the latest addition to {name}?"),
                )
            )
        source = f"{film.entity.id}-update.txt"
        if split_sentences(" ".join(sentences)) != sentences:
            raise ValueError(f"sentence split differs in {source}: {sentences}")
        film.follow_up = Article(source, date, (tuple(sentences),), follow_up=True)
        for topic, about, answer, quote, items, questions in made:
            film.updates[topic] = Fact(
                id=f"{film.entity.id}.{topic}.update",
                topic=topic,
                answer=answer,
                entities=tuple(about),
                source=Source(file=source, quote=quote, date=date),
                questions=questions,
                items=items,
                time_sensitive=topic != "title",
            )
        self.count += len(made) + sum(1 for s in sentences if len(s) >= 8)


def _months_before(year: int, month: int, months: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) - months
    return total // 12, total % 12 + 1


def _listing(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class _ExampleRefs:
    """How a moderator's example questions name a film: short alias and ordinal phrase."""

    def __init__(self, film: _Film) -> None:
        f = film.franchise
        self.short = f"{f.initials}{film.number}" if f.initials else film.entity.name
        self.ordinal = f"the {ORDINALS[film.number]} {f.name} movie"


# ------------------------------------------------------------------ fact files


def _toml(value: str | bool | list[str] | tuple[str, ...]) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"


def _render(entities: list[Entity], facts: list[Fact], name: str) -> tuple[str, list[Fact]]:
    """A fact file's TOML, and its facts with the file name and line the loader will give."""
    lines = [f"# Synthetic benchmark facts ({name}); generated by benchmarks/corpus.py.", ""]
    for e in entities:
        lines += ["[[entity]]", f"id = {_toml(e.id)}", f"kind = {_toml(e.kind.value)}"]
        lines.append(f"name = {_toml(e.name)}")
        if e.aliases:
            lines.append(f"aliases = {_toml(e.aliases)}")
        if e.of:
            lines.append(f"of = {_toml(e.of)}")
        if e.franchise:
            lines.append(f"franchise = {_toml(e.franchise)}")
        lines.append("")
    placed = []
    for fact in facts:
        placed.append(replace(fact, file=name, line=len(lines) + 1))
        lines += ["[[fact]]", f"id = {_toml(fact.id)}", f"topic = {_toml(fact.topic)}"]
        lines.append(f"about = {_toml(fact.entities)}")
        if fact.items:
            lines.append(f"items = {_toml(fact.items)}")
        lines.append(f"answer = {_toml(fact.answer)}")
        if fact.time_sensitive:
            lines.append("time_sensitive = true")
        lines.append(f"source = {_toml(fact.source.file)}")
        lines.append(f"quote = {_toml(fact.source.quote)}")
        lines.append(f"questions = {_toml(fact.questions)}")
        lines.append("")
    return "\n".join(lines), placed


def write_facts_dir(corpus: Corpus, directory: Path) -> None:
    """Write the corpus as a facts directory: fact files plus sources/*.txt."""
    directory = Path(directory)
    (directory / "sources").mkdir(parents=True, exist_ok=True)
    for name, text in corpus.files:
        (directory / name).write_text(text, encoding="utf-8")
    for article in corpus.articles:
        (directory / "sources" / article.name).write_text(article.text(), encoding="utf-8")


# ------------------------------------------------------------------ the corpus


def generate(
    facts: int,
    seed: int = SEED,
    answerable: int = ANSWERABLE,
    declined: int = DECLINED,
    warmup: int = WARMUP,
) -> Corpus:
    """A corpus of exactly `facts` facts (curated facts plus the passages the loader
    adds for every source sentence), with its question set."""
    _check_vocabulary()
    b = _Builder(seed)
    done = False
    while not done:
        f = b.franchise()
        year = b.rng.randint(1995, 2024)
        for number in range(1, b.rng.randint(3, MAX_FILMS) + 1):
            b.film(f, number, year)
            year += b.rng.randint(2, 4)
            if b.count >= facts:
                done = True
                break
    _trim(b, b.count - facts)
    files, articles, factset = _assemble(b)
    if len(factset.facts) != facts:
        raise ValueError(f"built {len(factset.facts)} facts, wanted {facts}")
    asker = _Asker(b, seed)
    questions = asker.questions(random.Random(f"{seed}:questions"), answerable, declined)
    warm = asker.questions(random.Random(f"{seed}:warmup"), warmup * 2 // 3, warmup // 3)
    return Corpus(
        seed=seed,
        factset=factset,
        articles=tuple(articles),
        files=tuple(files),
        questions=tuple(questions),
        warmup=tuple(warm),
        franchises=len(b.franchises),
        films=sum(len(f.films) for f in b.franchises),
    )


def _trim(b: _Builder, extra: int) -> None:
    """Drop `extra` curated facts from the last films, to land on the exact count."""
    for f in reversed(b.franchises):
        for film in reversed(f.films):
            while extra > 0 and film.role_facts:
                film.role_facts.pop()
                extra -= 1
            for topic in ("quote", "title", "production", "filming_location", "new_cast"):
                if extra > 0 and topic in film.facts:
                    del film.facts[topic]
                    extra -= 1
            if extra == 0:
                return
    if extra > 0:
        raise ValueError("too few facts to trim to the requested size")


def _assemble(b: _Builder) -> tuple[list[tuple[str, str]], list[Article], FactSet]:
    """Lay the corpus out as fact files, then order entities and facts as the loader does
    (files by name, then passages by source name) so the digests agree."""
    file_parts: dict[str, tuple[list[Entity], list[Fact]]] = {
        "people.toml": ([*b.people, *b.news_people], []),
        "places.toml": ([*b.places, *b.orgs.values()], []),
    }
    articles: list[Article] = []
    for f in b.franchises:
        facts: list[Fact] = []
        for film in f.films:
            facts.extend(film.facts.values())
            facts.extend(film.role_facts)
            facts.extend(film.updates.values())
            assert film.article is not None
            articles.append(film.article)
            if film.follow_up is not None:
                articles.append(film.follow_up)
        file_parts[f"{f.slug}.toml"] = ([f.entity, *f.entities], facts)
    files: list[tuple[str, str]] = []
    entities: list[Entity] = []
    curated: list[Fact] = []
    for name in sorted(file_parts):
        ents, facts = file_parts[name]
        text, placed = _render(ents, facts, name)
        files.append((name, text))
        entities.extend(ents)
        curated.extend(placed)
    _check_aliases(entities)
    matcher = AliasMatcher(entities)
    by_id = {e.id: e for e in entities}
    passages: list[Fact] = []
    articles.sort(key=lambda a: a.name)
    for article in articles:
        # The loader's own passage maker, so the service serves exactly these facts.
        sentences = tuple(s for paragraph in article.paragraphs for s in paragraph)
        doc = SourceDoc(article.name, article.date, " ".join(sentences), sentences)
        passages.extend(passages_of(doc, matcher, by_id))
    return files, articles, make_factset(curated + passages, entities)


def _check_aliases(entities: list[Entity]) -> None:
    surnames = surname_counts(entities)
    owners: dict[str, str] = {}
    for e in entities:
        for form in alias_forms(e, surnames):
            if owners.setdefault(form, e.id) != e.id:
                raise ValueError(f"alias {form!r} names {owners[form]} and {e.id}")


# ------------------------------------------------------------------ questions


def _pick(rng: random.Random, mix: tuple[tuple[str, float], ...]) -> str:
    x = rng.random() * sum(w for _, w in mix)
    for name, weight in mix:
        x -= weight
        if x < 0:
            return name
    return mix[-1][0]


class _Asker:
    """Turns template choices (one random stream, the same for every corpus size) and
    corpus picks (another stream) into questions."""

    def __init__(self, b: _Builder, seed: int) -> None:
        self.b = b
        self.pick = random.Random(f"{seed}:picks")
        self.films = [film for f in b.franchises for film in f.films]
        self._eligible: dict[tuple[str, str], list[_Film]] = {}
        self.roles = [(film, fact) for film in self.films for fact in film.role_facts]

    def _styles_of(self, film: _Film) -> set[str]:
        styles = {"name", "lower", "number_word", "ordinal"}
        if film.franchise.initials:
            styles |= {"initials", "initials_space"}
        if film.number >= 2:
            styles.add("roman")
        if film.subtitle:
            styles.add("subtitle")
        return styles

    def eligible(self, topic: str, style: str) -> list[_Film]:
        key = (topic, style)
        if key not in self._eligible:
            need = {
                "membership": ("cast", "returning_cast", "new_cast"),
                "membership_back": ("returning_cast",),
            }.get(topic, (topic,))
            self._eligible[key] = [
                film
                for film in self.films
                if style in self._styles_of(film)
                and (
                    topic == "any"
                    or (bool(film.new_release) if topic == "release_history" else False)
                    or any(film.has(t) for t in need)
                )
            ]
        return self._eligible[key]

    def ref(self, film: _Film, style: str, tpl: random.Random) -> str:
        f = film.franchise
        k = film.number
        if style == "lower":
            return film.entity.name.lower()
        if style == "initials":
            return f"{f.initials}{k}" if tpl.random() < 0.6 else f"{(f.initials or '').lower()}{k}"
        if style == "initials_space":
            return f"{f.initials} {k}"
        if style == "number_word":
            return f"{f.name.lower()} {CARDINALS[k]}"
        if style == "ordinal":
            form = ("the {o} {f} movie", "the {o} {f} film", "the {o} {f}")[tpl.randrange(3)]
            name = f.name if tpl.random() < 0.5 else f.name.lower()
            return form.format(o=ORDINALS[k], f=name)
        if style == "roman":
            return f"{f.name} {ROMANS[k]}"
        if style == "subtitle":
            subtitle = film.retitle or film.subtitle or ""  # fans use the newest title
            if tpl.random() < 0.5:
                return f"{f.name}: {subtitle}"
            return f"{f.name.lower()} {subtitle.lower()}"
        return film.entity.name

    def film_for(self, topic: str, style: str) -> tuple[_Film, str]:
        films = self.eligible(topic, style)
        if not films:  # only in tiny corpora
            style = "name"
            films = self.eligible(topic, style)
        return self.pick.choice(films), style

    def questions(self, tpl: random.Random, answerable: int, declined: int) -> list[Question]:
        out = [self.answerable(tpl) for _ in range(answerable)]
        out += [self.declined(tpl) for _ in range(declined)]
        return out

    # -------------------------------------------------------------- answerable

    def answerable(self, tpl: random.Random) -> Question:
        topic = _pick(tpl, TOPIC_MIX)
        style = _pick(tpl, STYLE_MIX)
        template_roll = tpl.random()
        typo = tpl.random() < TYPO_RATE
        typo_roll = (tpl.random(), tpl.random(), tpl.random())
        case_roll = tpl.random()
        n = self.b.name_of
        if topic in ("role_by_role", "role_by_person"):
            film, fact = self.pick.choice(self.roles)
            person, role = fact.entities[0], fact.entities[1]
            templates = ASK[topic]
            template = templates[int(template_roll * len(templates))]
            ref_film, style = self._debut(film, style)
            text = template.format(
                role=n(role),
                person=n(person),
                franchise=film.franchise.name,
                ref=self.ref(ref_film, style, tpl),
            )
            if topic == "role_by_role":
                subject, contains = role, (n(person),)
            else:
                subject, contains = person, (n(role),)
            q = Question(text, "paraphrase", topic, style, fact.id, subject, contains)
        elif topic == "release_history" and self.eligible(topic, "name"):
            film, style = self.film_for(topic, style)
            templates = ASK[topic]
            which = int(template_roll * len(templates))
            text = templates[which].format(ref=self.ref(film, style, tpl), old=film.release)
            answer = HISTORY_ANSWERS[which]
            first, newest = film.facts.get("release_date"), film.updates["release_date"]
            if answer == "no" or first is None:
                fact, said, verdict = newest, film.new_release, "No" if answer == "no" else ""
            else:
                fact, said, verdict = first, film.release, "Yes" if answer == "yes" else ""
            q = Question(
                text, "paraphrase", topic, style, fact.id, film.entity.id, (said,), verdict
            )
        elif topic == "membership":
            film, style = self.film_for("membership", style)
            cast_facts = [
                film.newest(t) for t in ("cast", "returning_cast", "new_cast") if film.has(t)
            ]
            if film.joiner is not None and "new_cast" in film.facts:
                cast_facts.append(film.facts["new_cast"])  # the first newcomers are still in
            fact = self.pick.choice(cast_facts)
            person = self.pick.choice(fact.items)
            templates = ASK["membership"] + (
                ASK["membership_back"] if fact.topic == "returning_cast" else ()
            )
            template = templates[int(template_roll * len(templates))]
            text = template.format(person=n(person), ref=self.ref(film, style, tpl))
            q = Question(text, "paraphrase", topic, style, fact.id, film.entity.id, (n(person),))
        else:
            if topic == "release_history":  # a corpus too small to have a redated film
                topic = "release_date"
            film, style = self.film_for(topic, style)
            fact = film.newest(topic)
            templates = ASK[topic]
            template = templates[int(template_roll * len(templates))]
            text = template.format(
                ref=self.ref(film, style, tpl),
                director=n(film.director),
                outlet=film.outlet,
            )
            q = Question(
                text,
                "paraphrase",
                topic,
                style,
                fact.id,
                film.entity.id,
                self._expected(film, topic),
            )
        text = _casing(q.text, case_roll)
        if typo:
            typoed = _typo(text, typo_roll)
            if typoed != text:
                return replace(q, text=typoed, category="typo")
        return replace(q, text=text)

    def _debut(self, film: _Film, style: str) -> tuple[_Film, str]:
        if style not in self._styles_of(film):
            style = "name"
        return film, style

    def _expected(self, film: _Film, topic: str) -> tuple[str, ...]:
        n = self.b.name_of
        fact = film.newest(topic)
        if topic in ("cast", "returning_cast", "new_cast"):
            return tuple(n(p) for p in fact.items)
        if topic == "director":
            return (n(film.director),)
        if topic == "release_date":
            return (film.new_release or film.release,)
        if topic == "filming_location":
            return tuple(n(e) for e in fact.entities[1:])
        if topic == "production":
            return (" ".join(fact.answer.rstrip(".").split()[-2:]),)
        if topic == "quote":
            return (fact.answer.split(': "', 1)[1].rstrip('."'),)
        if topic == "title":
            return (film.retitle or film.subtitle or "",)
        return ()

    # -------------------------------------------------------------- must decline

    def declined(self, tpl: random.Random) -> Question:
        category = _pick(tpl, DECLINE_MIX)
        topic = _pick(tpl, TOPIC_MIX[:8])
        if topic == "cast":
            topic = "returning_cast"
        template_roll = tpl.random()
        style = _pick(tpl, STYLE_MIX[:7])  # no subtitle: an unknown film has none
        case_roll = tpl.random()
        extra = tpl.random()
        n = self.b.name_of
        if category == "unknown_franchise":
            decoy = DECOY_FRANCHISES[int(extra * len(DECOY_FRANCHISES))]
            number = 2 + int(extra * 1000) % 4
            ref = f"{decoy} {number}" if template_roll < 0.7 else decoy
            if style in ("lower", "number_word"):
                ref = ref.lower()
            templates = ASK[topic]
            text = templates[int(template_roll * len(templates))].format(
                ref=ref, director=DECOY_PEOPLE[0], outlet="Variety"
            )
        elif category == "unknown_number":
            film, style = self.film_for("any", style)
            f = film.franchise
            missing = len(f.films) + 1 + int(extra * 2)
            ghost = _Film(
                Entity(f"{f.slug}-{missing}", EntityKind.FILM, f"{f.name} {missing}"),
                f,
                missing,
                None,
                film.director,
            )
            if missing > MAX_FILMS and style in ("number_word", "ordinal", "roman"):
                style = "name"
            templates = ASK[topic]
            text = templates[int(template_roll * len(templates))].format(
                ref=self.ref(ghost, style, tpl), director=n(film.director), outlet=film.outlet
            )
        elif category == "unknown_person":
            film, style = self.film_for("any", style)
            decoy = DECOY_PEOPLE[int(extra * len(DECOY_PEOPLE))]
            templates = (
                *ASK["membership"],
                "who does {person} play in {ref}?",
                "is {person} returning for {ref}?",
            )
            text = templates[int(template_roll * len(templates))].format(
                person=decoy, ref=self.ref(film, style, tpl)
            )
        elif category == "wrong_franchise":
            film, style = self.film_for("any", style)
            other = self._outsider(film)
            templates = (
                *ASK["membership"],
                "who does {person} play in {ref}?",
                "who plays {role} in {ref}?",
            )
            text = templates[int(template_roll * len(templates))].format(
                person=n(other[0]), role=n(other[1]), ref=self.ref(film, style, tpl)
            )
        elif category == "not_covered":
            film, style = self.film_for("any", style)
            text = NOT_COVERED[int(template_roll * len(NOT_COVERED))].format(
                ref=self.ref(film, style, tpl)
            )
        else:
            text = OUT_OF_SCOPE[int(template_roll * len(OUT_OF_SCOPE))]
        return Question(_casing(text, case_roll), category, topic, style)

    def _outsider(self, film: _Film) -> tuple[str, str]:
        """A person (and the role they play elsewhere) never in `film`'s franchise."""
        f = film.franchise
        while True:
            other_film, fact = self.pick.choice(self.roles)
            person, role = fact.entities[0], fact.entities[1]
            if other_film.franchise is not f and f.slug not in self.b.person_franchises[person]:
                return person, role


def _casing(text: str, roll: float) -> str:
    """Chat-style variation: as written, all lower case, or first letter capitalised."""
    if roll < 0.4:
        return text.lower()
    if roll < 0.8:
        return text[0].upper() + text[1:]
    return text.rstrip("?")


def _typo(text: str, rolls: tuple[float, float, float]) -> str:
    """One slip of the keyboard in a word of five or more letters: a dropped, doubled,
    swapped or wrong letter."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 5]
    if not candidates:
        return text
    i = candidates[int(rolls[0] * len(candidates))]
    word = words[i]
    j = 1 + int(rolls[1] * (len(word) - 2))  # never the first letter
    kind = int(rolls[2] * 4)
    if kind == 0:
        word = word[:j] + word[j + 1 :]
    elif kind == 1:
        word = word[:j] + word[j] + word[j:]
    elif kind == 2 and j + 1 < len(word):
        word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    else:
        row = next((r for r in KEYBOARD.split() if word[j].lower() in r), "")
        k = row.find(word[j].lower())
        if row:
            near = row[k - 1] if k > 0 else row[k + 1]
            word = word[:j] + near + word[j + 1 :]
    words[i] = word
    return " ".join(words)
