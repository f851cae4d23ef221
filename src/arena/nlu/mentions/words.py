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
