"""More of the general-English concept groups (`bot.concepts`): acts, things and qualities
that articles say in other words than a question's ("the restoration" is "a programme of
repairs", "how long did it continue" is "it lasted eleven weeks")."""

from __future__ import annotations

PARAPHRASES: dict[str, list[str]] = {
    # "how much did the restoration cost": "a four-year programme of repairs costing"
    "@repair": "repair restore restoration renovate renovation refurbish fix".split(),
    "@journey": "journey trip ride voyage".split(),  # "how long does the ride take"
    # "how many pieces are in the museum": "it holds about 4,200 objects"
    "@item": "item object piece artefact artifact exhibit".split(),
    # "when did they stop filming": "the shutdown, which began on January 27"
    "@halt": "stop halt suspend suspension shutdown pause close".split(),
    "@former": "former old erstwhile ex".split(),  # "the old customs house": "the former"
    "@retreat": "retreat shrink recede".split(),  # a glacier "has retreated by 4.6 km"
    # "where did the footage turn up": "the reels were recovered in 2022"
    "@find": "find discover uncover unearth recover identify".split(),
    "@expand": "expand enlarge extend".split(),  # "the library was enlarged"
    "@gather": "gather collect amass".split(),  # "she gathered 11,000 specimens"
    "@job": "job position post".split(),  # "90 were offered positions"
    # "how many jobs will be cut": "600 jobs are to be eliminated"
    "@cut": "cut eliminate axe slash shed reduce".split(),
    "@expire": "expire lapse".split(),  # "when did the option expire": "it lapsed"
    "@allow": "allow permit".split(),  # "who was allowed to": "permitted to act as"
    "@upper": "upstairs upper".split(),  # "the big room upstairs": "a large upper room"
    # "what did getting rid of the rats cost": "a rat eradication programme"
    "@rid": "rid eradicate eradication exterminate".split(),
    "@bend": "switchback hairpin bend".split(),  # "forty-eight hairpin bends"
    # a species: "what do they eat" is answered by "it feeds almost entirely on insects",
    # "how heavy are they" by "it weighs between eleven and thirteen grams"
    "@eat": "eat feed diet prey".split(),
    "@weight": "heavy weigh weight ton tonne".split(),  # "how heavy": "of 612 tons"
    "@hatch": "hatch incubate incubation".split(),
    # "who's been keeping track of the population": "it has been monitored by"
    "@monitor": "monitor track observe".split(),
    # "near which constellation was the comet first seen": "spotted a faint comet"
    "@notice": "notice spot see detect visible".split(),  # "can be seen": "visible from"
    # "which studio announced the follow-up": "X Pictures confirmed ... a follow-up"
    "@announce": "announce confirm reveal unveil".split(),
    # "how many episodes has the studio commissioned": "eight episodes have been ordered"
    "@commission": "commission order instruct".split(),
    "@explode": "explode explosion blast".split(),  # "the 1908 blast": "the explosion"
    "@salary": "salary paycheck paycheque wage".split(),
    # "when was the treaty signed": "a peace agreement concluded on 3 June 1347"
    "@sign": "sign conclude".split(),
    # "how much extra did the reshoots cost": "added roughly $25 million"
    "@extra": "extra additional add further".split(),
    "@propose": "propose proposal suggest suggestion recommend".split(),  # "first suggested"
    "@say": (
        "say post comment reply caption tell talk speak quote react respond interview share".split()
    ),
    # "how many were saved by the lifeboat": "the lifeboat rescued 31 people"
    "@rescue": "rescue save".split(),
    "@vessel": "ship vessel steamer steamship".split(),  # "the length of the vessel"
    "@situated": "situate locate stand".split(),  # "on which square does it stand"
    # "what efficacy did the trials demonstrate": "the trials showed an efficacy of 94 percent"
    "@demonstrate": "demonstrate show prove".split(),
    # "when staffing was at its highest": "At its peak in 1942"
    "@peak_time": "peak heyday height high busy".split(),
    "@debt": "owe debt".split(),  # "how much did the club owe": "debts of £6 million"
    "@teach": "teach train educate instruct tutor".split(),  # "trains about 140 students"
    "@income": "income revenue earnings takings".split(),
    "@scheme": "scheme programme initiative".split(),  # "an outreach programme"
    "@treat": "treat care nurse".split(),  # "patients cared for": "treated 412 patients"
    "@storm": "storm gale hurricane tempest".split(),
    "@warn": "warn warning alert".split(),
    "@partly": "partly partially".split(),  # "partially reconstructed": "partly rebuilt"
    "@range": "between from".split(),  # "halted between 1917 and 1921": "from 1917 to 1921"
    "@rebuild": "rebuild reconstruct".split(),  # "partially reconstructed": "partly rebuilt"
    "@choose": "choose select pick elect".split(),  # "which firms picked the site": "selected"
    "@shop": "shop supermarket store".split(),  # "the supermarket opened": "the store opened"
    "@desert": "desert abandon".split(),  # "had the village been deserted": "abandoned"
    "@promise": "promise pledge vow".split(),
    "@merge": "merge merger amalgamate amalgamation".split(),  # "after the merger": "merged"
    "@catalogue": "list catalogue catalog".split(),
    "@commemorate": "commemorate memorial remember".split(),  # "a memorial to 40 men"
    "@remove": "remove deduct".split(),  # "how many points were taken off": "deducted"
    # "which firm hired her": "she was employed by"; "hired the architect": "commissioned"
    "@hire": "hire recruit employ commission engage".split(),
    "@runway": "runway airstrip".split(),  # "how long is the runway": "a gravel airstrip"
    "@candidate": "candidate applicant".split(),  # "chosen from among 23 applicants"
    # "how many visitors does it hope to draw": "it expects to attract"
    "@expect": "expect hope anticipate".split(),
    "@vacant": "vacant unfilled unoccupied".split(),  # "posts currently unfilled"
    "@common": "common numerous abundant plentiful".split(),  # "the most numerous bird"
    "@works": "work construction".split(),  # "when did work on it begin": "construction began"
    # "when did he give up painting" ("give up": "abandon"): "he stopped painting in 1990"
    "@give_up": "abandon quit stop cease".split(),
    "@prison": "prison jail gaol".split(),  # "served as a jail": "used as a prison"
    "@research": "research study investigate".split(),  # "researched the dialect": "studied"
    # "which lighthouse did they look after": "who tended the light"; "kept the lamp"
    "@tend": "tend keep manage maintain".split(),
    "@install": "install fit mount".split(),  # "the lens fitted in 1904": "was installed"
    "@display": "display exhibit see".split(),  # "where can the bell be seen": "displayed at"
    "@resign": "resign quit".split(),  # "which editor quit": "resigned after a dispute"
    "@detain": "detain arrest apprehend".split(),  # "how many were detained": "arrested four"
    "@draw": "attend draw attract".split(),  # "how many attended": "it drew 31,500 people"
    "@invest": "invest spend".split(),  # "how much will it invest": "it will spend £310m"
    "@locomotive": "locomotive engine".split(),  # "the first steam engine on the line"
    "@rely": "rely depend".split(),  # "how many volunteers does it depend on": "relies on"
    "@settle": "settle occupy".split(),  # "who first settled the site": "first occupied by"
    "@hit": "hit strike".split(),  # "when the magazine was hit": "a shell struck it"
    "@impose": "impose fine penalty".split(),  # "what penalty was imposed": "was fined"
    "@airline": "airline carrier".split(),  # "the airline": "the regional carrier"
    "@broadcaster": "broadcaster station".split(),  # "the station's director"
    "@licence": "licence license".split(),  # "licensed as a pilot": "a pilot's licence"
    "@inquiry": "inquiry commission investigation".split(),  # "a government commission"
    "@contribute": "contribute invest".split(),  # "what did it put into it": "contributed"
    "@reach": "reach hit".split(),  # "what level did unemployment hit": "reached 19 percent"
    "@newspaper": "newspaper paper".split(),  # "who bought the paper": the newspaper
}
# "which body sets the rules": "the Skuvoy Rowing Association". A body is any of these,
# but none of them is another ("the council" is no "board"): a group each.
PARAPHRASES |= {
    f"@body_{kind}": ["body", kind]
    for kind in (
        "association council board committee society authority agency federation union "
        "trust commission institute organisation organization"
    ).split()
}
