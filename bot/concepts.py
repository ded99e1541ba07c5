"""Concepts: groups of words that ask for the same thing, and the general-English table.

A question and a fact that share a concept match even when they share no word
("premiere" ~ "release"). A franchise's own groups come from its fact files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.paraphrases import PARAPHRASES


class Concepts:
    """Groups of words that ask for the same thing. A question and a fact that share a
    concept match even when they share no word ("premiere" ~ "release").

    The general-English groups are GENERAL_CONCEPTS, below; a franchise's own (its social
    posts, its stunts) come from the [vocabulary.concepts] tables of its fact files, and an
    engine uses `GENERAL_CONCEPTS.extended(...)` with them."""

    def __init__(self, groups: Mapping[str, Iterable[str]]) -> None:
        self.groups: dict[str, frozenset[str]] = {n: frozenset(w) for n, w in groups.items()}
        self._of: dict[str, tuple[str, ...]] = {}
        self._mates: dict[str, frozenset[str]] = {}  # read for every question naming nothing
        for name, words in self.groups.items():
            for w in words:
                self._of[w] = (*self._of.get(w, ()), name)
                self._mates[w] = self._mates.get(w, frozenset()) | (words - {w})

    def extended(self, more: Iterable[tuple[str, Iterable[str]]]) -> Concepts:
        """These groups and `more` ((name without "@", words)); a name in both is merged."""
        groups = dict(self.groups)
        for name, words in more:
            groups["@" + name] = groups.get("@" + name, frozenset()) | frozenset(words)
        return Concepts(groups)

    def of(self, stems: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for s in stems:
            found.update(self._of.get(s, ()))
        return found

    def mates(self, word: str) -> frozenset[str]:
        """The other words of `word`'s concepts."""
        return self._mates.get(word, frozenset())

    def sharing(self, terms: Iterable[str], stems: Iterable[str]) -> set[str]:
        """The `stems` that share a concept with one of `terms`: a passage's words for a
        question's ("cinemas" for "release", "returning" for "back")."""
        meant = self.of(terms)
        return {s for s in stems if not meant.isdisjoint(self._of.get(s, ()))}


# The groups of general English, by name (`PARAPHRASES` holds more of them).
_GROUPS: dict[str, list[str]] = {
    # "has pushed back X to June 12" says when it comes out now ("move" is left out:
    # "before moving to the salt flats")
    "@release": (
        "release date dated premiere premier debut open opening theater cinema arrive "
        "launch hit out showing screen see watch push postpone reschedule slate"
        " inaugurate".split()  # "who inaugurated the dam": "formally opened by"
    ),
    # the trade press's words for a film's takings falling, and for its weekend:
    # "tumbled 63% in its second frame"
    "@drop": "drop fall tumble slide plunge dip decline sink shrink".split(),
    "@weekend": "weekend frame".split(),
    # "which film is taking over the June 12 slot": "moves up to take the June 12 date"
    "@slot": "slot date berth".split(),
    "@return": "return back reprise rejoin veteran comeback again".split(),
    # (not "debut": "known for its debut features" adds nothing)
    "@join": "new join newcomer addition added add introduce admit".split(),
    # "what role will he keep on the sequel": "he will stay on as a producer"
    "@stay": "stay remain retain keep".split(),
    "@cast": "cast star actor act appear feature role lineup ensemble".split(),
    "@direct": "direct helm helmer filmmaker behind rein".split(),
    "@shoot": "shoot film location set filming where production photography".split(),
    # (starting and finishing are both news of the production, but neither says the
    # other: "finished filming in May" tells no start)
    "@production": (
        "production start begin underway progress delay postpone push camera roll".split()
    ),
    "@wrap": "production shoot wrap finish complete done".split(),
    # "why did they delay it" is answered by "confirmed the shift, citing ..."
    "@delay": "delay postpone push shift move reschedule slip".split(),
    # "why did he leave" is answered by "he departed over a scheduling conflict"
    "@leave": "leave depart departure exit quit bail relocate emigrate withdraw resign".split(),
    "@title": "title call name untitled subtitle".split(),
    "@status": "happen latest news update status progress along production".split(),
    # "who plays Tamsin" is answered by "stars X as Tamsin" ("cast" is left out: "was
    # cast in January after a search" says when, not whom she plays)
    "@role": "play role character portray voice star".split(),
    # Paraphrases fans and article writers both use: "how many students attend" is
    # answered by "has 500 pupils enrolled", "what is it referred to as" by "known as".
    # ... and "which drama school did she attend" by "she trained at the X Academy"
    "@attend": (
        "attend enrol enroll enrolment enrollment student pupil train study educate".split()
    ),
    "@refer": "refer call term know designate dub coin".split(),
    "@operate": "operate run administer own manage organise organize boss".split(),
    "@receive": "receive get gain earn award grant obtain win hand bestow collect".split(),
    # "how many nominations did it get" is answered by "collecting 13 nods"
    "@nominate": "nominate nomination nod".split(),
    # "which honour did she receive" is answered by "she was awarded a gold medal"
    "@honour": "honour honor award medal prize decoration".split(),
    # "how much did it make" is answered by "it earned $600 million", "grossed" or
    # "added $31.8 million from 52 markets"; "brought in" (`phrasewords`) is takings too
    "@gross": "gross earn make take haul revenue collect add bring".split(),
    # ... or what a campaign "brought in": it raised it (no film "earned" what one raised)
    "@raise": "raise bring pledge".split(),
    "@compare": "compare contrast than unlike similar versus relative".split(),
    "@class": "class course lesson".split(),
    # "who is composing the music" is answered by "Composer X is writing the score"
    "@music": "music score soundtrack compose composer".split(),
    # "who is rewriting the script": "a rewrite by screenwriter X"
    "@script": "script screenplay screenwriter".split(),
    # "which scenes are being reshot": "the prologue and the battle sequence"
    "@scene": "scene sequence".split(),
    # "what film did they show on opening night": "opening night featured a print of"
    "@screening": "show screen feature".split(),
    # ... and "who wrote the music" by "the score was composed by X"
    "@author": "write author pen publish compose".split(),
    # "which artist": "the painter X" (but no painter is a sculptor)
    "@painter": "artist painter".split(),
    "@sculptor": "artist sculptor".split(),
    # "who challenged him over it": "drew him into a dispute with X"; "his personal
    # letters": "his private letters"
    "@dispute": "dispute challenge quarrel feud".split(),
    "@personal": "personal private".split(),
    # "how long did the siege go on": "it was besieged for eleven weeks"
    "@siege": "siege besiege blockade".split(),
    # "how many copies have the books sold" is answered by "the novels have sold"
    "@book": "book novel volume".split(),  # "holds 2.1 million volumes"
    # "how many volumes are contained in the library": "holding over 18 million"
    "@contain": "contain hold".split(),
    # "how many libraries make up the system": "comprising 79 libraries"
    "@comprise": "comprise consist constitute contain".split(),  # "a hoard that contained"
    # "where did they sign the deal": "the agreement ... was signed at"
    "@deal": "deal agreement accord pact treaty contract".split(),
    # "what's the tallest peak": "whose highest point, Mount Kelvorn, rises to"
    "@peak": "peak summit mountain mount".split(),
    "@climb": "climb ascent ascend hike".split(),  # "to climb it first": "the first ascent"
    "@height": "tall high height elevation".split(),
    "@depth": "deep depth".split(),  # "how deep is the lake": "a maximum depth of 138 m"
    "@width": "wide width across broad diameter".split(),  # "how wide": "1.2 km across"
    # "how many journeys did the line log": "it recorded 1.6 million journeys"
    "@log": "log record register list document".split(),  # "the census listed 1,240"
    # "when were ruffe first found in the lake": "first recorded in the lake in 1974"
    "@sighting": "find record observe spot sight discover".split(),
    # "when did it switch to tabloid": "converted the paper from broadsheet to tabloid"
    "@switch": "switch convert".split(),
    "@loss": "lose loss".split(),  # "how many jobs will be lost": "with the loss of 420 jobs"
    # "where do they play home games": "plays its home matches at"
    "@match": "match game fixture".split(),
    # "the biggest crowd": "a record attendance of 14,207"
    "@crowd": "crowd attendance spectator audience".split(),
    # "what's the team's nickname": a club's side is its team
    "@club": "club team".split(),
    "@bestow": "give award grant".split(),  # "what grade did they give it": "awarded"
    # "why did she turn the part down": "she passed because of a scheduling conflict"
    "@refuse": "refuse decline reject pass".split(),
    # "what is the admission rate": "accepted 5.3% of applicants"
    "@admit": "admit admission accept acceptance".split(),
    # "how many people auditioned": "a casting call that drew 2,000 applicants"
    "@apply": "apply applicant application audition".split(),
    # "whom did she replace as president" is answered by "she succeeded X as president"
    "@succeed": "succeed replace successor absorb".split(),  # "took over": "absorbed"
    # "when was it originally supposed to open" is answered by "had been dated for"
    "@plan": "plan schedule slate intend".split(),
    # "what is she most famous for" is answered by "she is best known for"
    "@fame": "famous fame renowned celebrated know".split(),
    # "how much is it costing" ("costing" is its own lemma) is answered by its budget
    "@budget": "budget cost costing spend".split(),
    # "how long is the film" is answered by "the film runs 2 hours and 38 minutes"
    # ... and "how long is the river" by "it flows for 214 km"
    "@runtime": "long length lengthy runtime run clock flow".split(),
    "@worldwide": "worldwide global globally".split(),
    # "how much did it open to in the US" is answered by "from 3,912 North American
    # theatres": box-office news counts the US and Canada as one, domestic, market
    "@domestic": "domestic domestically american".split(),
    # "how much did it make outside the US" is answered by "Overseas, it added $31.8M"
    "@abroad": "overseas abroad international outside".split(),
    # "how many weeks did filming take": "filming lasted 14 weeks", "expected to run 92 days"
    "@last": "last take run continue".split(),
    # "what was the final film shown there": "the last film to be shown was"
    "@final": "final last recently".split(),  # "when did they last win": "most recently in"
    # "what was it used as after it closed": "for 17 years afterwards it was used as"
    "@after": "after following afterwards afterward subsequently later".split(),
    "@school": "school college university academy institute conservatory institution".split(),
    # "who was her husband" is answered by "she married ...", "kids" by "children"
    "@marry": "marry marriage husband wife spouse wed wedding".split(),
    "@child": "child kid".split(),
    # "when was the pit first sunk" is answered by "the colliery was sunk in 1872"
    "@mine": "mine colliery pit".split(),
    # "which river does the bridge span": "carries a lane across the River Skelder"
    "@cross": "cross span across".split(),
    # "what did her dad do" (but no father is a mother)
    "@father": "parent father dad".split(),
    "@mother": "parent mother mum".split(),
    # "who was Emma's brother": "Emma, sister of Duke Richard II"
    "@sibling": "brother sister sibling".split(),
    # a biography's "(3 May 1831 - 14 March 1902)" says both (see `implied_concepts`)
    "@birth": "born birth birthday".split(),
    # "where is he from originally" is answered by "he was born in Aarhus"
    "@origin": "born native hometown raised originally".split(),
    # "where did Harold die": "killing King Harold at the Battle of Hastings"
    "@death": "die death kill slay".split(),
    # "how many casualties": "1,000 killed or injured" (but no killed are wounded)
    "@casualty": "casualty kill".split(),
    "@wounded": "casualty injure wound".split(),
    # "what did he injure": "after fracturing his left ankle"
    "@hurt": "injure injury hurt fracture sprain".split(),
    # "who's his lawyer" is answered by "his attorney", "which court is the lawsuit
    # in" by "the complaint, filed Monday in Los Angeles County Superior Court"
    "@lawyer": "lawyer attorney counsel solicitor".split(),
    # "who's suing the studio" is answered by "filed a lawsuit", "how much is she
    # asking for" by "she is seeking $25 million"
    "@lawsuit": "lawsuit suit complaint sue".split(),
    # "what was the fairground used as": "was utilized as an assembly center"
    "@use": "use utilize utilise".split(),
    # "what is the yearly cost": "annual tuition fees"; "where are the maps housed":
    # "stored in Pusey Library"; "what river is in the vicinity": "near the river";
    # "the regatta predates The Game by 23 years": "older than The Game by 23 years"
    "@annual": "annual yearly annually".split(),
    # "what does the name mean": "usually translated as "resting lake""
    "@mean": "mean meaning translate translation derive".split(),
    # "the yearly cost": "annual fees"; "the fee for a course": "charging £75 for"
    "@price": "price cost fee tuition charge".split(),
    "@store": "store house keep".split(),
    "@home": "home house dwelling".split(),  # "how many houses flooded": "640 homes"
    # "the first complete history": "the first full history"; "officially accepted":
    # "formally accepted"; "the only female ruler": "the only woman known to have ruled"
    "@whole": "whole complete full entire".split(),
    "@formal": "formal formally official officially".split(),
    "@woman": "woman female".split(),
    # "raised the toll by one third", "a 12 percent pay rise"
    "@increase": "increase raise hike boost rise grow".split(),
    # "how many screens does the chain run": "X Cinemas, which operates 212 screens"
    "@chain": "chain cinema picturehouse".split(),
    "@ban": "ban forbid prohibit".split(),
    # "where is the bishop buried": "whose tomb lies in the chapel"
    "@bury": "bury burial tomb grave".split(),  # "forbidden on the lake": "banned"
    # "where is he thought to have died": "he is believed to have died in Nantes"
    "@believe": "believe think presume".split(),
    "@near": "near nearby vicinity proximity adjacent".split(),
    "@older": "old predate".split(),
    "@age": "old age aged".split(),  # "how old was he when he died": "at the age of 77"
    "@grade": "grade cinemascore".split(),  # "what grade did they give it": "an A- CinemaScore"
    "@seek": "seek ask demand".split(),
    # "which streamer is making the show" is answered by "ordered the series"
    "@series": "series show programme".split(),
    # "who's heading the jury": "the jury is led by"; "how many work there": "340 staff"
    "@lead": "lead head heading chair president command leadership".split(),
    "@staff": "staff employee employ worker workforce work person personnel".split(),
    "@workplace": "work employ employer".split(),  # "an analyst at X" works for X
    "@duty": "duty responsibility task".split(),
    # "which studio is making it" is answered by "X Pictures, which is producing it"
    "@produce": "make produce".split(),
    # "where were the outdoor scenes shot" is answered by "exterior scenes were shot in"
    "@outdoor": "outdoor outdoors exterior exteriors".split(),
    "@indoor": "indoor indoors interior interiors inside".split(),
    # "who's the villain" is answered by "cast as the antagonist"
    "@villain": "villain antagonist baddie nemesis adversary".split(),
    # "how many people lived there" is answered by "it had 4,200 inhabitants"
    "@populace": "population populate inhabitant inhabit resident populous live living person".split(),
    # "who controlled the British forces" is answered by "assumed command of", "where
    # did the confederation control" by "dominated much of"
    "@control": "control dominate domination command rule govern".split(),
    "@troop": "troop force army soldier militia".split(),
    # "when did the violence start": "the dispute erupted into violence in May 1754"
    "@begin": "start begin commence erupt launch".split(),
    # "what triggered the revolt": "sparked by a sharp increase in the salt excise"
    "@spark": "spark trigger provoke ignite".split(),
    # "which general crushed the rebels": "defeated the main rebel army"
    "@defeat": "defeat beat crush rout vanquish overcome".split(),
    # "who mediated the talks": "negotiations mediated by ..."
    "@talks": "talk negotiation negotiate".split(),
    "@thrive": "thrive flourish prosper boom".split(),  # "downtown flourished"
    # "the railway that connected the town" is answered by "linking the town"
    "@link": "connect link join".split(),  # "the bridge that joins": "connecting"
    # "who paid for the railway" is answered by "it was financed by"
    # ("whose money paid for the prayer house": "with money donated by X")
    "@pay": "pay finance fund sponsor bankroll backer donate".split(),
    # ... and "who paid for the pier": "completed at the expense of the landowner"
    "@expense": "pay expense".split(),
    "@animation": "cartoon animate animation".split(),  # "the cartoon adaptation"
    "@rival": "rival compete competitor".split(),  # "the competing market": "the rival"
    "@extend": "extend stretch".split(),  # "how far does the range extend": "stretching"
    # "how much must the firm pay as a penalty": "has been fined 9.5 million kroner"
    "@fined": "pay fine penalty".split(),
    # "how much did Prism pay for the films" by "Prism has acquired ... in a deal
    # valued at $380 million"; "what was the purchase price": "bought for £38 million"
    "@buy": "pay buy purchase acquire acquisition sell sale value snap price".split(),
    # "what share does the trust own": "the trust still holds a 26 per cent stake"
    # ... "which group owns the yard": "it has been a subsidiary of the group"
    "@own": "own owner ownership stake possess subsidiary sell".split(),
    # "which city is the studio headquartered in": "a company based in Cleveland"
    "@seat": "headquarter headquarters base".split(),
    "@carry": "carry transport ship haul convey".split(),
    # "which spinoff got axed" is answered by "X has been cancelled"
    "@cancel": "cancel scrap axe shelve ditch abolish".split(),
    # "how much did the stock drop" is answered by "shares fell 6.2%"
    "@stock": "stock share".split(),
    # "how long did the vfx strike last": "a strike by visual-effects workers"
    "@effects": "vfx cgi effect".split(),
    "@strike": "strike walkout stoppage".split(),  # "the 1959 walkout": "a strike"
    # "how many people can the palace hold": "a 1,450-seat auditorium"
    "@capacity": "hold seat capacity accommodate".split(),
    "@big": "big large huge great".split(),
    # "how far is the abbey from the town": "about six kilometres west of the town"
    "@distance": "far distance kilometre kilometer mile".split(),
    # "who is the current artistic director": "has served as artistic director since"
    "@now": "current currently now present since".split(),
    # "how much had they bid for the studio": "said to have offered about $1.1 billion"
    "@bid": "bid offer".split(),
    # "what is the festival's main prize": "its top prize, the Shellwater Medal"
    "@main": "main top principal head chief".split(),
    # "when was the station shut down" is answered by "the station was closed in 1964"
    "@close": "close shut closure abolish".split(),
    # a festival's "closing night film" is the one it "will close with"
    "@closing": "close closingnight closingfilm closinggala".split(),
    # "who started the festival" is answered by "it was founded in 1987 by", "who
    # co-founded it" by "it was established by A and B"
    "@found": "found start establish".split(),
    # "when was the company set up" is answered by "merchants formed the company" (not
    # "where does the river start", which "formed" never answers)
    "@form": "found establish form".split(),
    # a river's ends: "where does it start" is answered by "it rises in the hills",
    # "what does it empty into" by "its mouth at Rovenne Bay"
    "@source": "source start rise originate".split(),
    "@mouth": "mouth empty discharge outflow drain".split(),  # "drains into the lake"
    # "how many drawings did the studio give" is answered by "it donated 900 sketches"
    # ... and "who gave the town its charter": "the countess granted it a town charter"
    "@give": "give donate gift grant bestow confer".split(),
    "@relocate": "relocate move".split(),
    "@divide": "divide split partition".split(),  # "how many wards is it split into"
    # "which power captured the island": "the island was seized by"
    "@capture": "capture seize conquer occupy".split(),
    # "what status did the town give up" (`phrasewords`): "a status it lost"
    "@abandon": "abandon relinquish surrender cede forfeit lose".split(),
    "@build": "build construct erect construction".split(),
    "@under": "under beneath below underneath".split(),
    # "how many troops got stuck up there": "were trapped near the summit"
    "@trap": "trap strand stick".split(),
    "@destroy": "destroy wreck ruin demolish".split(),
    "@total": "total altogether overall combined".split(),
    # "what were analysts expecting for its first weekend": "had projected"
    "@forecast": "expect project forecast predict anticipate track".split(),
    # "who brought the fair back" (revive): "the fair was revived", "its revival"
    "@revive": "revive revival reinstate relaunch reintroduce".split(),
    # "when did the railway reach the town": "the arrival of the railway in 1871"
    "@arrive": "arrive arrival reach".split(),
    # American and British words for one thing: "when did the railroad reach it"
    "@railway": "railway railroad line rail train".split(),
    # "who was the architect on the centre": "the centre, designed by X"
    "@design": "design designer architect".split(),
    # "what did the team create a vaccine for": "led the team that developed a vaccine"
    "@create": "create develop invent devise".split(),
    # "what was its name before 1948": "officially the X company until 1948"; "who held
    # the rights before": "previously held by" (not "pre": a title's initials may be it)
    "@until": "before until till prior previously formerly".split(),
    # "how many full-time players do they have": "it employs 104 musicians"
    "@musician": "musician player instrumentalist".split(),
    # "which film got him an Oscar nomination": "his Academy Award nomination"
    "@oscar": "oscar academy".split(),
    # "who wrote the book the movie's based on": "the film is adapted from the novel"
    "@movie": "film movie flick feature".split(),
    "@spy": "spy espionage".split(),  # "the new spy sequel": "the espionage sequel"
    "@cartoon": "cartoon animation animated".split(),  # "the rights to the cartoon"
    "@adapt": "adapt adaptation base".split(),
}


def _joined(*tables: dict[str, list[str]]) -> dict[str, list[str]]:
    """One table of concept groups from several; a group named in two would silently
    replace the first ("@peak" of mountains by "@peak" of figures reached)."""
    joined: dict[str, list[str]] = {}
    for table in tables:
        if shared := joined.keys() & table.keys():
            raise ValueError(f"concept groups named twice: {sorted(shared)}")
        joined |= table
    return joined


GENERAL_CONCEPTS = Concepts(_joined(_GROUPS, PARAPHRASES))
