"""Word lists and the star threshold that several mention rule families share."""

from __future__ import annotations

from arena.nlu.names import MatchKind

STAR_FAME = 0.6  # about a league's 100 most accomplished players: a namesake this prominent is a real rival

PART_KINDS = frozenset({MatchKind.SURNAME, MatchKind.FIRST})

COMPARE = frozenset({"vs", "v", "versus"})
ALTERNATIVES = frozenset({"or", "over", "nor"})

PLACE_PREPOSITIONS = frozenset({"at", "in", "to", "from", "into"})  # before a city, it is the place
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})

POSSESSIVES = frozenset({"my", "your", "our", "their"})

SUBJECT_PRONOUNS = frozenset({"you", "we", "they", "i", "ya", "u"})

# "griffey junior", "griffey senior": the suffix written out, right after the name.
WRITTEN_SUFFIXES = {"junior": "jr", "senior": "sr"}

# The short forms fans write of first names the store spells out: a short form -> the full names it stands for.
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "pat": ("patrick",), "mike": ("michael",), "matt": ("matthew",), "tom": ("thomas",), "tommy": ("thomas",),
    "chris": ("christopher",), "dan": ("daniel",), "danny": ("daniel",), "dave": ("david",),
    "steve": ("stephen", "steven"), "nick": ("nicholas", "nicklas", "nikola"), "alex": ("alexander", "alexandre"),
    "ken": ("kenneth",), "kenny": ("kenneth",), "rob": ("robert",), "bob": ("robert",), "bobby": ("robert",),
    "bill": ("william",), "billy": ("william",), "will": ("william",), "jim": ("james",), "jimmy": ("james",),
    "joe": ("joseph",), "joey": ("joseph",), "tony": ("anthony",), "andy": ("andrew",), "greg": ("gregory",),
    "jeff": ("jeffrey",), "ron": ("ronald",), "don": ("donald",), "ed": ("edward",), "eddie": ("edward",),
    "fred": ("frederick",), "sam": ("samuel",), "ben": ("benjamin",), "zach": ("zachary",), "josh": ("joshua",),
    "nate": ("nathan", "nathaniel"), "charlie": ("charles",), "chuck": ("charles",), "rich": ("richard",),
    "dick": ("richard",), "larry": ("lawrence",), "pete": ("peter",), "vinny": ("vincent",), "manny": ("manuel",),
    "sid": ("sidney",), "gabe": ("gabriel",), "drew": ("andrew",), "jake": ("jacob",), "max": ("maximilian",),
}
