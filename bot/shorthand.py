"""Chat's shorthand, read as the words it stands for: "wknd" is "weekend", "noms"
"nominations", "DP" "director of photography" (`bot.text.normalize` reads them so, in
questions and passages alike)."""

from __future__ import annotations

SHORTHAND = {
    "ep": "episode",
    "eps": "episodes",
    "szn": "season",
    "hr": "hour",
    "hrs": "hours",
    "mins": "minutes",
    # chat spellings of ordinary words, which the speller would take for others
    # ("wknd" is nearer "wand" than "weekend")
    "wknd": "weekend",
    "wknds": "weekends",
    "wkend": "weekend",
    "wk": "week",
    "wks": "weeks",
    "yr": "year",
    "yrs": "years",
    "thurs": "thursday",
    "tues": "tuesday",
    "weds": "wednesday",
    "wat": "what",
    "wats": "what is",
    "wut": "what",
    "ppl": "people",
    "abt": "about",
    "thru": "through",
    "tho": "though",
    "cuz": "because",
    "nite": "night",
    "tonite": "tonight",
    "tix": "tickets",
    **{"fest": "festival", "fests": "festivals"},
    **{"refurb": "refurbishment", "rep": "represent", "reps": "represents", "tv": "television"},
    **{"exec": "executive", "execs": "executives"},  # "which exec is leaving"
    **dict.fromkeys(["dp", "dop"], "director of photography"),  # "the feature she was DP on"
    **{"nom": "nomination", "noms": "nominations", "msg": "message", "msgs": "messages"},
    **{"hq": "headquarters", "uni": "university", "ceo": "chief executive", "govt": "government"},
    **{"vfx": "visual effects", "sfx": "special effects", "ost": "soundtrack", "dir": "director"},
    **{"mgmt": "management", "mgr": "manager", "avg": "average", "vid": "video"},
    # clipped words: "prep schools" are preparatory ones ("prep" as a verb is rare in news)
    **{"prep": "preparatory", "exam": "examination", "exams": "examinations", "lab": "laboratory"},
    **{"labs": "laboratories", "info": "information", "stats": "statistics"},
    **{"cop": "police officer", "cops": "police officers"},
}
