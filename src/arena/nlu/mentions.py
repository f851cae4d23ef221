"""Finding player mentions in a question's words, and choosing whom each one means.

Spans are matched longest first, on the words as typed and on their spelling corrections. A mention's
candidates compete on score (key kind x fame x match quality); names of other players in the question
lend their league to a close call ("Johnson vs Bird" is Magic), and a call still too close is left
ambiguous for the client to ask back rather than guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum

import jellyfish
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from arena.nlu.awards import AWARD_ABBREVIATIONS
from arena.nlu.entries import PlayerEntry, fame_at_rank
from arena.nlu.frequency import (
    EVERYDAY,
    VERY_COMMON,
    is_english_led,
    is_english_word,
    is_everyday_word,
    is_known_word,
    zipf,
)
from arena.nlu.names import FUZZY_FAME, Correction, MatchKind, NameIndex, Scored, name_keys
from arena.nlu.rosters import find_positions
from arena.nlu.text import Token, fold, opens_sentence, typed_in_capitals
from arena.nlu.vocabulary import (
    COMMON_WORDS,
    CONNECTORS,
    COUNTRIES,
    DETERMINERS,
    REGIONS,
    SEASON_GAP,
    SPORT_TALK,
    SPORT_WORDS,
    is_stopword,
    sport_talk_positions,
)
from arena.stats import LEAGUES, League
from arena.text import GENERATIONAL_SUFFIXES, namesake_of_generation

AMBIGUITY_RATIO = 0.78  # a runner-up this close to the best is a real ambiguity
CONTEXT_BOOST = 1.6  # a candidate from a league the question is already about
OTHER_LEAGUE = 0.6  # ... and one from another league, when the question is about one
# Outside his league's 500 most accomplished, a club city's namesake is far less known than the club.
_CITY_NAMESAKE_FAME = fame_at_rank(500)
# ... and a player a first name alone may name, the other name setting his league or family.
_NOTED_FIRST_NAME_FAME = fame_at_rank(500)
STAR_FAME = 0.6  # about a league's 100 most accomplished players: a namesake this prominent is a real rival
STAR_RIVAL_RATIO = 0.5  # ... in the same league, unless the question makes him this much less likely
ROLE_BOOST = 1.25  # ... who also plays the position of another player named (quarterback vs quarterback)
CLUB_BOOST = 3.0  # ... who played for a club the question names beside him ("smith on the cowboys")
OUT_OF_ERA = 0.35  # a candidate who never played in the seasons the question names
CONTEMPORARY_BOOST = 0.5  # at most, for a career that coincides with another player's named beside it
CROWD_RATIO = 0.45  # a lone surname whose namesakes score this close to the best ...
CROWD_SIZE = 3  # ... this many of them (best included): "Brown", "Jones" need a player beside them to settle
MIN_SCORE = 0.03
_MAX_CORRECTED_WORDS = 3  # longer spans are only read as typed
_PART_KINDS = frozenset({MatchKind.SURNAME, MatchKind.FIRST})
_FULL_KINDS = frozenset({MatchKind.FULL, MatchKind.ALIAS})  # a whole name, as the store or the alias table has it
_SPAN_BREAKS = frozenset(",;:/&|()[]{}!?\"")


@dataclass(frozen=True, slots=True)
class Mention:
    """Words of the question that name a player, and the players they may mean, best first."""

    start: int  # token positions, end exclusive
    end: int
    span: str
    candidates: tuple[Scored, ...]
    needs: tuple[Evidence, ...] = ()  # per candidate: the evidence it needs to be read as a name
    which: bool = False  # after "which" ("Which Manning had the better 2011?"): the question says several share it


@dataclass(frozen=True, slots=True)
class Resolution:
    """A mention's outcome: ``chosen`` is None when the best candidates are too close to call."""

    mention: Mention
    ranked: tuple[Scored, ...]  # after league context
    chosen: Scored | None
    confidence: float


def _joined(text: str, tokens: Sequence[Token], i: int) -> bool:
    """True when nothing but spaces, hyphens, dots or apostrophes separate token ``i`` from the one before: a
    punctuation mark or an emoji ("haul 🛍️ price") ends a name."""
    gap = text[tokens[i - 1].end:tokens[i].start]
    return not any(c in _SPAN_BREAKS or unicodedata.category(c) == "So" for c in gap)


class Evidence(IntEnum):
    """How strongly a question places words as a name; a candidate says how much it needs."""

    NONE = 0
    SPORT = 1  # the question talks sport ("rebounds", "mvp", a season, another player)
    NAMED = 2  # the words sit where a name does: capitalised, beside "vs", a season, a team or another player
    NEVER = 3  # a typo of an English word, or a word after "a"/"the": not a name however placed


_COMPARE = frozenset({"vs", "v", "versus"})
_ALTERNATIVES = frozenset({"or", "over", "nor"})
_COMPARATIVES = frozenset({"better", "worse", "more", "less", "greater", "rather"})
_COMPARISON_FILLER = frozenset({"is", "was", "were", "just", "really", "way", "much", "so", "a", "lot", "still"})
_FIRST_NAME_ALIKE = 80  # how alike a typed first name must be to a candidate's to be his, misspelt
_LONG_FIRST_NAME = 5  # ... or, this long, how few edits away
_SPLIT_QUALITY = 0.9  # a name typed as two words ("ma homes")
_RUN_TOGETHER = 7  # the shortest word read as a full name typed without its space
_SHORT_FORM_QUALITY = 0.95  # a name typed with the short form of the first name ("pat mahomes")
# The short forms fans write of first names the store spells out: a short form -> the full names it stands for.
_SHORT_FORMS: dict[str, tuple[str, ...]] = {
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
_GREETINGS = frozenset({"hey", "hi", "hello", "yo", "thanks", "morning", "evening", "afternoon", "sup"})
# "quick question", "quick q", "hot take"
_CALLERS_NOUNS = frozenset({"question", "q", "thought", "take", "note", "point"})
# Nouns for a person: an English phrase before one describes him ("who is the franchise guy").
_PERSON_NOUNS = frozenset({"guy", "guys", "player", "players", "dude", "type"})
_PREPOSITIONS = frozenset({"at", "in", "on", "to", "for", "of", "from", "by", "into", "off"})
_LIST_PREPOSITIONS = frozenset({"between", "among", "of", "with", "for", "from", "by", "to", "over"})
_PLACE_PREPOSITIONS = frozenset({"at", "in", "to", "from", "into"})  # before a city, it is the place
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
# "you'd", "we'll", "don't": a word and its contraction, never a name (a name's "'s" is its possessive).
_CONTRACTION = re.compile(r"['’](?:d|ll|re|ve|m)$|n['’]t$", re.IGNORECASE)
_POSSESSIVES = frozenset({"my", "your", "our", "their"})
_CLUB_GAP = frozenset({"with", "for"})  # "rice with the niners", "jones for the falcons": where he played
# People of one's own life: a name right after "my cousin", "our neighbor" is theirs ("my cousin graham").
KIN_NOUNS = frozenset({"cousin", "brother", "sister", "friend", "buddy", "dad", "son", "daughter", "uncle", "aunt",
                       "mom", "mum", "mother", "father", "grandma", "grandmother", "grandfather",
                       "nephew", "niece", "wife", "husband", "boss", "neighbor", "neighbour", "coworker",
                       "roommate", "boyfriend", "girlfriend", "grandpa", "grandson", "kid", "teacher", "coach"})
_SINGULAR_BE = frozenset({"is", "was"})
_VERB_ADVERBS = frozenset({"still", "never", "always", "rarely", "barely", "seldom"})
_MODALS = frozenset({"would", "could", "can", "will", "should", "might", "must", "wouldve", "couldve"})
# Zipf: once in a thousand words or more ("or", "is", "was"): words a title capitalises, never a proper name's.
_FUNCTION_WORD = 6.0


def _needs(scored: Scored, words: Sequence[str], initials: bool, surname: str | None,
           said_alike: Collection[int] = ()) -> Evidence:
    """The evidence a candidate needs: more for a name that is also an everyday word, the more common it is.

    "Jordan" or "Gretzky" need none; "bird", "judge" or "the worm" need the question to be about sport;
    "young" or "price" (very common words) need to be placed as a name; an obscure player's surname
    too; a typo of an English word ("mile" for "Mize") is that word. Initials ("T.O.") need none.
    ``said_alike`` are the players whose word the typed one is said as (a homophone: "shack" for Shaq):
    a fan writing by ear, not a slip, so an English word still names them where placed as a name.
    """
    if initials:
        return Evidence.NONE
    if len(words) == 1 and scored.quality < 1.0 and is_known_word(words[0]):
        return Evidence.NAMED if scored.entry in said_alike else Evidence.NEVER
    content = [w for w in words if w != "the"]
    # A nickname that is also a word ("showtime"), unless it is the surname ("Judge"), or an obscure
    # player's surname: a name only where placed as one. A surname that is no word of any language
    # ("hellebuyck") is a name wherever sport is talked, however little the store knows of him.
    if scored.needs_context and (scored.kind is not MatchKind.ALIAS or (len(words) == 1 and words[0] != surname)):
        unlike_any_word = scored.kind is MatchKind.SURNAME and scored.quality == 1.0 and not is_known_word(words[0])
        return Evidence.SPORT if len(words) == 1 and unlike_any_word else Evidence.NAMED
    if len(content) == 1:
        word = content[0]
        if scored.quality < 1.0:
            return Evidence.SPORT  # a typo of a name ("jokiv"), in a question about sport
        if scored.kind is MatchKind.SURNAME and _is_plural_noun(word):
            return Evidence.NAMED  # things, not a player ("more rings than fingers")
        if words[0] == "the" and not scored.needs_context:  # a nickname ("the beard") in sport talk
            return Evidence.SPORT
        if scored.needs_context or word in COMMON_WORDS or is_everyday_word(word):
            return Evidence.SPORT if zipf(word) < VERY_COMMON else Evidence.NAMED
        if scored.kind is MatchKind.FIRST and zipf(word) >= EVERYDAY:
            return Evidence.NAMED  # a first name that is also an everyday word ("ya" for Y.A. Tittle)
        return Evidence.SPORT if len(words) > 1 else Evidence.NONE
    # A nickname of several words that is no English phrase ("the big o", "the russian rocket") is a name
    # outright: the tables flag those that are (needs_context: "the answer", "prime time").
    if scored.kind is MatchKind.ALIAS and scored.needs_context:
        return Evidence.SPORT
    return Evidence.NONE


# The sports' names: a name before one is a school's or a town's team ("Duke basketball").
_SPORTS = frozenset({"basketball", "football", "hockey", "baseball", "softball", "soccer", "lacrosse", "volleyball"})
# What a season does when it turns ("opens", "ends"): said of a season of something, not of a player's.
_SEASON_TURNS = frozenset({"open", "opens", "opened", "opening", "start", "starts", "started", "starting", "begin",
                           "begins", "began", "ends", "ended", "close", "closes", "closed"})
# What follows a numbered place or thing ("Ward 6 is", "Gate 4 in the upper deck").
_AFTER_A_PLACE = frozenset({"is", "was", "in", "at", "on", "has", "had", "where"})
# The particles of phrasal verbs ("ward off", "hunt for", "cash out").
_PARTICLES = frozenset({"off", "for", "up", "out", "down", "through", "away"})
# Determiners before the object of a verb ("Pierce the tab", "Bench your starters"); "his" and "her" often follow
# a name's verb left out ("Jordan his rookie year").
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "my", "your", "our", "this", "these", "those"})


def _is_noun_form(word: str) -> bool:
    """A plural ("bats", "almonds", "wrenches") or an "-ing" form ("watching") of an English word: after another
    word, a noun that word describes."""
    if is_stopword(word):
        return False  # "is", "does": a function word, no plural
    if word.endswith("ing"):
        return len(word) > 5 and is_english_word(word)
    return (word.endswith("s") and not word.endswith("ss") and is_english_word(word)
            and (is_english_word(word[:-1]) or (word.endswith("es") and is_english_word(word[:-2]))))


def _is_plural_noun(word: str) -> bool:
    return word.endswith("s") and is_everyday_word(word) and is_everyday_word(word[:-1])


def _adjective_of_one(tokens: Sequence[Token], start: int) -> bool:
    """"quick one: ...", "good one", "quick question about ...": an English word before the pronoun "one"
    or a noun a caller opens with describes it (but "bird one of the best" names Bird), capitalised
    only where it opens the question."""
    token = tokens[start]
    # English capitalises the adjectives of nations ("the French one", "the Canadian one").
    capitalised_adjective = token.is_capitalised and start > 0 and tokens[start - 1].norm in DETERMINERS
    if ((token.is_capitalised and start > 0 and not capitalised_adjective) or not is_english_word(token.norm)
            or start + 1 >= len(tokens)):
        return False
    following = tokens[start + 1].norm
    if following in _CALLERS_NOUNS:
        return True
    return following == "one" and (start + 2 >= len(tokens) or tokens[start + 2].norm != "of")


# What is sold with a player's name on it ("a Zion jersey", "a Jeter poster"): his, not a compound of the word.
_MERCHANDISE = frozenset({"jersey", "jerseys", "shirsey", "poster", "posters", "bobblehead", "bobbleheads",
                          "autograph", "autographs"})
_INTENSIFIERS = frozenset({"so", "too", "very"})
_LINKING_VERBS = frozenset({"is", "was", "were", "are", "be", "been", "being", "seem", "seems", "seemed", "looks",
                            "looked", "got", "get", "gets", "stayed", "stays"})


def _adjective_after_intensifier(tokens: Sequence[Token], start: int) -> bool:
    """A lower-case English word after a linking verb and "so", "too" or "very" ("his was so high", "they got too
    young") says how something is: an adjective, not a surname (Andy High)."""
    return (start >= 2 and not tokens[start].is_capitalised and is_english_word(tokens[start].norm)
            and tokens[start - 1].norm in _INTENSIFIERS and tokens[start - 2].norm in _LINKING_VERBS)


# Roles the position table leaves out, as more than one league has them ("forward": the NBA's and the NHL's).
_ROLES_OF_SEVERAL_LEAGUES = frozenset({"forward", "forwards", "center", "centre", "winger", "sniper", "goalie",
                                       "slugger", "superstar", "star", "scorer", "defender"})


def _adjective_of_a_position(text: str, tokens: Sequence[Token], start: int) -> bool:
    """An English word between a club's possessive or an article (and an adjective) and a position describes the
    player who plays it ("the Spurs' French point guard", "the better Latin pitcher", "the big Slovak defenseman"),
    capitalised as English capitalises nations' adjectives, not a player of that surname (Larry French)."""
    if start == 0 or start + 1 >= len(tokens) or not is_english_word(tokens[start].norm):
        return False
    previous = tokens[start - 1]
    possessive = text[previous.end:previous.end + 1] in ("'", "’")
    after_article = previous.norm in DETERMINERS or (
        start > 1 and tokens[start - 2].norm in DETERMINERS and not previous.is_capitalised
        and is_english_word(previous.norm))
    if not (possessive or after_article):
        return False
    return (tokens[start + 1].norm in _ROLES_OF_SEVERAL_LEAGUES
            or any(spot.start == 0 for spot in find_positions(tokens[start + 1:start + 4])))


def _verb_of_pronoun(tokens: Sequence[Token], start: int) -> bool:
    """An English word before an object pronoun is a verb ("bench him", "judge him by his rings"): a name
    is not followed by one."""
    return (start + 1 < len(tokens) and tokens[start + 1].norm in _OBJECT_PRONOUNS
            and is_english_word(tokens[start].norm))


def _verb_of_subject(tokens: Sequence[Token], start: int) -> bool:
    """A lower-case English word right after a subject pronoun is its verb ("can you judge a team by its
    preseason", "we bench him"): a name does not follow one."""
    return (start > 0 and tokens[start - 1].norm in _SUBJECT_PRONOUNS and not tokens[start].is_capitalised
            and is_english_word(tokens[start].norm))


def _named_after(index: NameIndex, tokens: Sequence[Token], mention: Mention) -> bool:
    """A player's name followed by his surname in the plural is the award named after him ("two cy youngs")."""
    if mention.end >= len(tokens):
        return False
    surname = name_keys(index.entries[mention.candidates[0].entry].name)[2]
    return surname is not None and tokens[mention.end].norm == surname + "s"


def _addressed(text: str, tokens: Sequence[Token], mention: Mention, named: Collection[int]) -> bool:
    """A first name alone after a greeting and before a comma is the person spoken to ("hey Mike, ...",
    a radio host), not a player: fans call a player by his first name alone only where it is his alias."""
    start, end = mention.start, mention.end
    if end - start != 1 or not all(s.kind is MatchKind.FIRST for s in mention.candidates):
        return False
    after = text[tokens[start].end:tokens[end].start] if end < len(tokens) else text[tokens[start].end:]
    if start > 0 and tokens[start - 1].norm in _GREETINGS:
        return end == len(tokens) or "," in after
    # Set off on both sides, the way a host speaks to a caller ("Line four, Tony, go.", "Great question, Dave.",
    # "... you're on. Mike, is Mahomes ..."), and no name listed beside it ("magic, steph, oscar, isiah").
    before = text[tokens[start - 1].end:tokens[start].start] if start > 0 else ""
    listed = start - 1 in named or (end in named and "," in after)
    return (start > 0 and not listed and any(mark in before for mark in ",.:;!?")
            and (any(mark in after for mark in ",:") or (end == len(tokens) and after.strip()[:1] in (".", "!"))))


# The words a letter or an email closes with before its writer's name ("Cheers, Tom.", "Respectfully, Frank.").
_SIGN_OFFS = frozenset({"cheers", "respectfully", "regards", "sincerely", "thanks", "thank", "appreciated", "best",
                        "yours", "truly", "peace", "love", "later", "cordially", "warmly"})


def _signed(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A name that ends the question after a sign-off and a comma ("... Much appreciated, Dale.") is the writer's
    signature, not a player asked about (Carroll Dale)."""
    start = mention.start
    return (mention.end == len(tokens) and start > 0 and tokens[start - 1].norm in _SIGN_OFFS
            and "," in text[tokens[start - 1].end:tokens[start].start])


# "this is Dave from Phoenix", "it's Pat from Pittsburgh": the words that introduce a caller.
_INTRODUCTIONS = (("this", "is"), ("it", "s"), ("its",))


def _caller(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A first name alone that opens a clause (or follows "this is") and is followed by "from" and a place
    is a radio caller introducing himself ("Pat from Pittsburgh", "this is Dave from Phoenix"), not a
    player: a player named by his first name alone is named by his alias, which is no common first name."""
    start, end = mention.start, mention.end
    if not (end - start == 1 and end + 1 < len(tokens) and tokens[end].norm == "from"
            and tokens[end + 1].is_capitalised
            and all(s.kind is MatchKind.FIRST or (s.kind is MatchKind.ALIAS and s.needs_context)
                    for s in mention.candidates)):
        return False
    opens_clause = start == 0 or any(mark in text[tokens[start - 1].end:tokens[start].start] for mark in ",.:;!?")
    return opens_clause or any(tuple(t.norm for t in tokens[max(0, start - len(words)):start]) == words
                               for words in _INTRODUCTIONS)


def _introduced_here(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A word that opens the question and is followed by "here" and a stop or a comma is the writer saying who he
    is ("Parent here.", "Mike here, long-time listener"), not a player asked about: a first name or a word that is
    a name only where placed as one ("Jordan here, easily" keeps Jordan)."""
    end = mention.end
    return (mention.start == 0 and end + 1 <= len(tokens) - 1 and tokens[end].norm == "here"
            and any(mark in text[tokens[end].end:tokens[end + 1].start] for mark in ",.:;!-—")
            and (mention.needs[0] is not Evidence.NONE or mention.candidates[0].kind is MatchKind.FIRST))


def _suffix_of_another_name(text: str, tokens: Sequence[Token], mention: Mention, named: Collection[int]) -> bool:
    """"Junior" or "Jr." right after a capitalised name that is no player's is that person's suffix ("Vinícius
    Júnior", a footballer), not the nickname of the Jr. the store holds (Ken Griffey Jr., "Junior")."""
    start = mention.start
    word = tokens[start].norm
    return (mention.end - start == 1 and start > 0 and _WRITTEN_SUFFIXES.get(word, word) in GENERATIONAL_SUFFIXES
            and tokens[start - 1].is_capitalised and start - 1 not in named and _joined(text, tokens, start))


def _someone_of_ones_own(tokens: Sequence[Token], mention: Mention) -> bool:
    """A lone name after a possessive and a noun for a person in one's life is that person ("my cousin
    graham is a carpenter", "my buddy Curry"), not the player who shares the name; "his son Steph" may be a
    player's son who plays too."""
    start = mention.start
    return (mention.end - start == 1 and start >= 2 and tokens[start - 1].norm in KIN_NOUNS
            and tokens[start - 2].norm in _POSSESSIVES)


def _part_of_tag(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """Some of the words of a camel-case hashtag or handle, not all: a tag names a player only as a whole
    ("@KingJames", "#TheGreatOne"); a word of a slogan is no name ("#RamsHouse" is no Kevin House)."""
    start, end = mention.start, mention.end
    while start > 0 and tokens[start - 1].end == tokens[start].start:
        start -= 1
    while end < len(tokens) and tokens[end - 1].end == tokens[end].start:
        end += 1
    tagged = tokens[start].start > 0 and text[tokens[start].start - 1] in "#@"
    return tagged and (start, end) != (mention.start, mention.end)


# Words of a journey: the name after them and "to" or "in" is where one goes ("flying to Jordan", "a trip to
# Jordan"); a name after "to" is otherwise a player's as often as not ("pass it to Jordan").
_JOURNEY = frozenset({"fly", "flying", "flew", "travel", "traveling", "travelling", "traveled", "travelled", "trip",
                      "vacation", "holiday", "honeymoon", "moving", "moved", "relocating", "backpacking"})


def _country(tokens: Sequence[Token], mention: Mention) -> bool:
    """A country's name after "in", "at", "to" or "from" ("start his career in Canada") is the country, not an
    obscure player of that surname (Larry Canada): a fan names a player by it only set against another."""
    start = mention.start
    return (mention.end - start == 1 and tokens[start].norm in COUNTRIES and start > 0
            and tokens[start - 1].norm in _PLACE_PREPOSITIONS)


def _destination(tokens: Sequence[Token], mention: Mention) -> bool:
    """A name after a word of a journey and "to" or "in" is the place travelled to, a country or a city."""
    start = mention.start
    return (mention.end - start == 1 and start >= 2 and tokens[start - 1].norm in ("to", "in")
            and tokens[start - 2].norm in _JOURNEY)


# The months, and the words that make the month after them a time ("in March", "this March", "until June").
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"})
_BEFORE_A_TIME = frozenset({"in", "this", "next", "last", "of", "until", "till", "by", "since", "early", "late",
                            "mid", "during", "every"})


_TIME_UNITS = frozenset({"day", "week", "night", "month", "hour", "minute"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _date(tokens: Sequence[Token], mention: Mention) -> bool:
    """A month's name after a word that sets a time ("in March", "until June", "this May") is the month, and a
    weekday's name is the day ("closed Monday"), not a player of that surname (Mush March, Rick Monday): a fan
    names him by the surname alone only set against another player ("Monday or Cey"); a unit of time before a count
    ("day 47", "week 3") is that day or week."""
    start, word = mention.start, tokens[mention.start].norm
    if mention.end - start != 1:
        return False
    if word in _TIME_UNITS:  # "day 47 of posting", "week 3": the count of a time, not Todd Day
        following = tokens[start + 1].norm if start + 1 < len(tokens) else ""
        return following.isdigit() and len(following) <= 3
    if word in _MONTHS:
        return start > 0 and tokens[start - 1].norm in _BEFORE_A_TIME
    return word in _WEEKDAYS and not any(0 <= n < len(tokens) and tokens[n].norm in CONNECTORS
                                         for n in (start - 1, start + 1))


# Nouns a surname names a place, a business or a group with ("Payton Street", "Mays Landing", "Gordie's restaurant",
# "the Brown family"): no player is meant.
_NAMED_PLACES = frozenset({"street", "st", "avenue", "ave", "boulevard", "lane", "landing", "creek",
                           "springs", "heights", "county", "township", "village", "island", "beach", "harbor",
                           "harbour", "valley", "canyon", "plaza", "square", "restaurant", "steakhouse", "diner",
                           "grill", "tavern", "pub", "cafe", "bakery", "deli", "pizzeria", "hotel", "motel", "inn",
                           "family", "families"})
# ... and the capitalised ones that name a school ("Murray State", "Boston College"): a college, not a player.
_NAMED_SCHOOLS = frozenset({"state", "university", "college"})
# The question words a slip of the keys makes a surname of ("Howe do you spell that?").
_QUESTION_WORDS = ("how", "what", "why", "who", "where", "when", "which")
_SUBJECT_PRONOUNS = frozenset({"you", "we", "they", "i", "ya", "u"})


# Past forms that take no "-ed" ("Kobe went", "Jordan made") and verbs run together ("gonna", "kinda"): after a
# name, what he did or does.
_VERB_WORDS = frozenset({"went", "made", "took", "came", "saw", "knew", "thought", "told", "became", "left", "kept",
    "felt", "brought", "began", "ran", "held", "stood", "wrote", "lost", "beat", "broke", "bought", "chose", "drew",
    "drove", "fell", "fought", "found", "flew", "grew", "hung", "meant", "met", "paid", "rode", "sat", "sent",
    "shook", "spoke", "spent", "stole", "struck", "taught", "threw", "wore", "gonna", "wanna", "gotta", "kinda",
    "sorta", "finna"})
# Words that open a verb's object ("changed the game", "deserves more"): a word before one is a verb, not a noun.
_OBJECT_OPENERS = DETERMINERS | _OBJECT_PRONOUNS | {"more", "less", "everyone", "everybody", "nothing", "it"}
# Where a shot is taken from ("from deep", "from downtown"): after "from", the spot of a shooter, no workplace.
_SHOT_SPOTS = frozenset({"deep", "downtown", "distance", "midrange", "logo", "corner", "wing", "elbow", "arc",
                         "halfcourt", "anywhere", "everywhere", "beyond", "long", "way"})
# After "the" and a name, the words that make him a player still: likened ("the Gretzky of football"), or a family.
_LIKENED_OR_KIN = frozenset({"of", "brothers", "twins", "sisters", "cousins"})
# The endings of nouns for a person ("killer", "competitor", "showman", "specialist").
_PERSON_ENDINGS = ("er", "or", "man", "ist")


def _may_be_noun(word: str) -> bool:
    """False for a past form, a present participle, an adverb, a comparative or a superlative of an English word
    ("retired", "stopped", "playing", "clearly", "taller", "strongest"): after a name, what he did, how, or what he
    is, not a noun."""
    for suffix in ("ed", "ing", "ly", "er", "est"):
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and any(
                is_english_word(form) for form in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem)):
            return False
    return True


def _region_size(tokens: Sequence[Token], position: int) -> int:
    """How many words a state's or a province's name at ``position`` takes ("texas", "new york"); 0 for none."""
    norms = tuple(t.norm for t in tokens[position:position + 3])
    return next((size for size in (3, 2, 1) if norms[:size] in REGIONS and len(norms) >= size), 0)


def _names_a_place(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A lone name joined to a noun of a place, a business, a group or a school ("Crosby Street", "Dawson's Creek",
    "the Manning family", "Murray State"), perhaps across one more capitalised word of its name ("Ruth's Chris
    steakhouse"), names the street, the business, the family or the school, not the player."""
    end = mention.end
    if end - mention.start != 1:
        return False
    if (end < len(tokens) and tokens[end].norm in _NAMED_SCHOOLS and tokens[end].is_capitalised
            and _joined(text, tokens, end)):
        return True
    if end + 1 < len(tokens) and tokens[end].is_capitalised and _joined(text, tokens, end):
        end += 1  # "Ruth's Chris steakhouse"
    return any(n < len(tokens) and tokens[n].norm in _NAMED_PLACES and _joined(text, tokens, n)
               for n in {mention.end, end})


def _title_of_a_work(text: str, tokens: Sequence[Token], mention: Mention, team_words: Collection[str]) -> bool:
    """A "the ..." nickname of English words, capitalised and owning a capitalised English word ("The King's
    Speech", a film), is a title's words, not the player ("The King's Finals record", "The Mailman's Jazz" are
    sport's)."""
    start, end = mention.start, mention.end
    if (tokens[start].norm != "the" or end - start < 2 or end >= len(tokens) or not tokens[start + 1].is_capitalised
            or not all(is_english_word(t.norm) for t in tokens[start + 1:end])):
        return False
    owned, last = tokens[end], tokens[end - 1]
    return (text[last.end:last.end + 2].lower() in ("'s", "’s") and owned.is_capitalised
            and is_english_word(owned.norm) and owned.norm not in SPORT_TALK and owned.norm not in team_words)


def _names_an_era(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A name between "the" and "era" ("the best slot receiver of the Brady era") names a span of seasons, not a
    player compared; without "the", "era" is the pitching stat ("koufax era") or Spanish ("Clemente era mejor")."""
    start, end = mention.start, mention.end
    return (start > 0 and tokens[start - 1].norm == "the" and end < len(tokens)
            and tokens[end].norm in ("era", "eras") and _joined(text, tokens, end))


def _before_an_epithet(text: str, tokens: Sequence[Token], mention: Mention, found: Sequence[Mention]) -> bool:
    """A lone name before "the" and a capitalised English word is a title's character ("Thomas the Tank Engine",
    "Ivan the Terrible"): a player is set beside his nickname ("Kobe the Black Mamba"), which is a name outright,
    not an English phrase that needs its context; the epithet is the title's too ("the Tank" is no nickname there).
    Set against another player, or called by his nickname, he is the player with an epithet the tables lack ("Shaq
    the Big Diesel")."""
    end = mention.end
    if (end - mention.start != 1 or end + 1 >= len(tokens) or tokens[end].norm != "the"
            or any(c.kind not in _PART_KINDS for c in mention.candidates)
            or any(m.start > end or m.end <= mention.start for m in found)):
        return False
    if any(m.start == end and not all(c.needs_context for c in m.candidates) for m in found):
        return False
    epithet = tokens[end + 1]
    return (epithet.is_capitalised and not text[epithet.start:epithet.end].isupper()
            and is_english_word(epithet.norm) and epithet.norm not in SPORT_TALK)


def _question_word(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A lone word a letter from a question word, right before "do you" ("Howe do you spell that?"), is that
    question word mistyped; a player spoken to there is set off by a comma ("Howe, do you ...")."""
    end, word = mention.end, tokens[mention.start].norm
    return (end - mention.start == 1 and end + 1 < len(tokens) and tokens[end].norm in ("do", "does", "did")
            and tokens[end + 1].norm in _SUBJECT_PRONOUNS and _joined(text, tokens, end)
            and "," not in text[tokens[end - 1].end:tokens[end].start]
            and any(Levenshtein.distance(word, asked) == 1 for asked in _QUESTION_WORDS))


def _prefix_of_compound(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A mention ending in one letter hyphened to the next word ("a d-man", "the x-factor", "g-league") ends
    in a prefix of that word, not in an initial."""
    last = mention.end - 1
    return (len(tokens[last].norm) == 1 and mention.end < len(tokens)
            and text[tokens[last].end:tokens[mention.end].start] == "-")


def _other_middle_initial(index: NameIndex, text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A surname after a player's first name and a middle initial that is not his ("michael b jordan",
    the actor): the name of someone else. A middle initial is his when a full name the store lists has a
    middle name that begins with it."""
    start = mention.start
    if mention.end - start != 1 or start < 2 or len(tokens[start - 1].norm) != 1 or not (
            _joined(text, tokens, start) and _joined(text, tokens, start - 1)):
        return False
    first, initial = tokens[start - 2].norm, tokens[start - 1].norm
    for scored in mention.candidates:
        entry = index.entries[scored.entry]
        if name_keys(entry.name)[1] != first:
            continue
        middles = {word[0] for variant in entry.variants for word in fold(variant).split()[1:-1]}
        if initial not in middles:
            return True
    return False


def _after_determiner(text: str, tokens: Sequence[Token], start: int) -> bool:
    """A lower-case English word after "a", "the", "my" (perhaps with an adjective between) is a noun;
    a nickname used with "the" is listed with it ("the babe", "the worm"). A name English uses no more
    than other languages do, and rarely, is still a name there ("any lebron run"). A determiner in
    another clause governs nothing here ("rank these: jordan, kobe")."""
    token = tokens[start]
    if (token.is_capitalised or not (is_english_led(token.norm) or zipf(token.norm) >= EVERYDAY
                                     or token.norm in COMMON_WORDS) or start == 0
            or not _joined(text, tokens, start)):
        return False
    if tokens[start - 1].norm in DETERMINERS:
        return True
    # After a preposition "that" is a determiner too ("die on that hill"), not the conjunction ("said that").
    if start >= 2 and tokens[start - 1].norm == "that" and tokens[start - 2].norm in _PREPOSITIONS:
        return True
    return (start >= 2 and tokens[start - 2].norm in DETERMINERS and not tokens[start - 1].is_capitalised
            and _joined(text, tokens, start - 1) and is_english_led(token.norm)
            and is_everyday_word(tokens[start - 1].norm))


def _phrase_after_determiner(tokens: Sequence[Token], mention: Mention) -> bool:
    """A nickname of several words that is also an English phrase ("big game", "prime time"), lower case
    after "a" or "the" ("for the big game"), is that phrase: the nicknames used with "the" list it."""
    start = mention.start
    return (start > 0 and tokens[start - 1].norm in DETERMINERS and not tokens[start].is_capitalised
            and all(c.kind is MatchKind.ALIAS and c.needs_context for c in mention.candidates))


def _words_after_determiner(tokens: Sequence[Token], mention: Mention) -> bool:
    """Everyday English words in lower case after "a" or "the" ("a little town") are a noun phrase, whatever
    name they also spell."""
    start = mention.start
    return (start > 0 and tokens[start - 1].norm in DETERMINERS
            and all(not t.is_capitalised and is_everyday_word(t.norm) for t in tokens[start:mention.end]))


# Prepositions of place: "from the logo", "off the glass", "behind the arc" name a spot of the game; and "of",
# whose object is a thing ("the name of the law firm").
_SPOT_PREPOSITIONS = frozenset({"from", "off", "behind", "beyond", "past", "over", "of"})


def _spot_of_the_game(tokens: Sequence[Token], mention: Mention) -> bool:
    """A "the ..." nickname that is also an English phrase, lower case after a preposition of place ("pull up
    from the logo") or "of" ("the name of the law firm"), is the spot or thing it names (the logo at center
    court), not the player nicknamed so."""
    start = mention.start
    return (start > 0 and tokens[start].norm == "the" and tokens[start - 1].norm in _SPOT_PREPOSITIONS
            and not tokens[start + 1].is_capitalised
            and all(c.kind is MatchKind.ALIAS and c.needs_context for c in mention.candidates))


# Words of cooking and fishing: a name that is also a dish or a fish ("curry", "trout") is the thing among them.
_OTHER_SUBJECTS = frozenset({"recipe", "recipes", "cook", "cooking", "cooked", "chef", "spicy", "dinner", "lunch",
                             "ordered", "takeout", "restaurant", "menu", "ingredients", "sauce", "bake", "baking",
                             "fishing", "fish", "fished", "lure", "lures", "bait", "angler", "anglers"})
# What comes before the role the writer or the one spoken to takes: "as", "you're", "I'm", "be".
_TAKING_A_ROLE = frozenset({"as", "be", "being", "am", "im", "are", "youre"})
# A fan of him is what someone is ("as a Kobe fan", "I'm a LeBron guy"): the player is still named.
_FOLLOWERS = frozenset({*_PERSON_NOUNS, "fan", "fans", "stan", "stans", "truther", "truthers", "hater", "haters"})


def _what_someone_is(tokens: Sequence[Token], mention: Mention) -> bool:
    """A nickname after "a" or "an" that follows "as", "you're" or "I'm" is the role someone takes ("As an AI sports
    analyst", "forget you're an AI"): a player's nickname names him with no article ("AI's crossover"), and a thing
    of his is said so of a thing ("that was a kobe fadeaway"), not of the writer or the one spoken to."""
    start, end = mention.start, mention.end
    return (start >= 2 and tokens[start - 1].norm in ("a", "an") and tokens[start - 2].norm in _TAKING_A_ROLE
            and not (end < len(tokens) and tokens[end].norm in _FOLLOWERS)
            and all(c.kind is MatchKind.ALIAS for c in mention.candidates))


def _describes_someone(tokens: Sequence[Token], mention: Mention) -> bool:
    """A nickname that is also an English phrase, lower case before a noun for a person ("the franchise guy"),
    is that phrase describing whoever it is, not the player nicknamed so (Steve Francis)."""
    end = mention.end
    return (end < len(tokens) and tokens[end].norm in _PERSON_NOUNS and not tokens[mention.start].is_capitalised
            and all(c.kind is MatchKind.ALIAS and c.needs_context for c in mention.candidates))


def find_mentions(
    index: NameIndex,
    text: str,
    tokens: Sequence[Token],
    *,
    blocked: Collection[int] = (),
    single_blocked: Collection[int] = (),
    team_words: Collection[str] = (),
    team_cities: Collection[str] = (),
    anchors: Collection[int] = (),
    stat_leagues: Collection[League] = (),
    stats_asked: bool = False,
) -> list[Mention]:
    """Every player mention in ``tokens``, longest span first, none overlapping.

    ``blocked`` positions belong to something else (a season, a team); ``single_blocked`` ones (stat
    words) may sit inside a longer name ("chairman of the boards") but are not a name alone, and
    neither are ``team_words`` ("Bears"), unless they are a player's alias ("Magic"), nor ``team_cities``
    right before another player ("cleveland lebron"). ``anchors`` are
    the positions of seasons and teams: a word beside one is placed as a name ("rice in the 90s").
    ``stat_leagues`` are the leagues whose own stats the question asks ("rushing": the NFL's); ``stats_asked``:
    the question asks a stat or a role of a player ("yards", "quarterback"), not only a league ("the NBA").

    A candidate that is also an everyday word is kept only where the question gives the evidence it
    needs (:func:`_needs`): "bird" in "a bird flew by" names nobody, in "bird could shoot" Larry Bird.
    """
    scanner = _Scanner(index, text, tokens, blocked, single_blocked, team_words)
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        mention = scanner.longest_at(i)
        if mention is None:
            i += 1
            continue
        found.append(mention)
        i = mention.end
    named = {p for m in found for p in range(m.start, m.end)}
    # Where a caller comes from is a place ("Mike from Mesa"), whoever else bears its name.
    callers_places = {m.end + 1 for m in found if _caller(text, tokens, m)}
    found = [m for m in found if not _named_after(index, tokens, m) and not _addressed(text, tokens, m, named)
             and not _caller(text, tokens, m) and m.start not in callers_places
             and not _introduced_here(text, tokens, m)
             and not _suffix_of_another_name(text, tokens, m, named)
             and not _other_middle_initial(index, text, tokens, m) and not _someone_of_ones_own(tokens, m)
             and not _prefix_of_compound(text, tokens, m) and not _part_of_tag(text, tokens, m)
             and not _destination(tokens, m) and not _date(tokens, m) and not _country(tokens, m)
             and not _names_a_place(text, tokens, m) and not _question_word(text, tokens, m)
             and not _signed(text, tokens, m) and not _names_an_era(text, tokens, m)
             and not _what_someone_is(tokens, m)
             and not _title_of_a_work(text, tokens, m, team_words)]
    titled = {m.end for m in found if _before_an_epithet(text, tokens, m, found)}
    found = [m for m in found if m.end not in titled and m.start not in titled]
    ending_at = {m.end: m for m in found}
    unknown = {m.start for m in found if _unknown_full_name(index, text, tokens, m, ending_at, team_cities)}
    unknown |= {m.end for m in found if _before_unknown_surname(index, text, tokens, m, {*named, *blocked, *anchors,
                                                                                         *single_blocked})}
    # The first name of someone the store lacks names no player either ("morgan freeman", "taylor swift").
    found = [m for m in found if m.start not in unknown and not (m.end in unknown and m.end - m.start == 1)]
    placed = _Placement(text, tokens, found, frozenset(anchors), frozenset(single_blocked), team_cities,
                        index.first_names, index.entries, frozenset(stat_leagues), stats_asked,
                        index.common_first_names)
    kept = [m for m in (placed.keep(mention) for mention in found) if m is not None]
    # A list reads each item as what the items beside it are: in "Magic, Bird or Isiah", Isiah places Bird as
    # a name, and Bird, so placed, places Magic.
    listed = {p for m in kept if placed.evidence(m) is Evidence.NAMED for p in range(m.start, m.end)} - placed.outright
    if listed and len(kept) < len(found):
        placed.outright |= listed
        kept = [m for m in (placed.keep(mention) for mention in found) if m is not None]
    kept = _without_words_before_full_names(text, tokens, kept)
    kept = _without_phrases_after_names(text, tokens, kept)
    kept = _without_cities(index, text, tokens, kept, team_cities)
    kept = _described(index, text, tokens, kept)
    kept = _settle_generations(index, text, tokens, _settle_pairs(text, tokens, kept))
    kept = _told_apart(index, text, tokens, _first_names_sharing_a_surname(index, text, tokens, kept))
    kept = _kin_named(index, text, tokens, _family_first_names(index, text, tokens, kept))
    kept = _first_names_set_against(index, text, tokens, kept, {*blocked, *single_blocked})
    return [replace(m, which=True) if m.start > 0 and tokens[m.start - 1].norm == "which" else m for m in kept]


# The relatives a player's own family name passes to ("Pedro Martinez vs his brother Ramon").
_FAMILY = frozenset({"brother", "sister", "twin", "cousin", "son", "father", "dad", "nephew", "uncle"})
# "or" and "vs" as fans of several languages write them ("Pau Gasol o Marc", "Henrik Sedin ou Daniel").
_SET_AGAINST = frozenset({*_COMPARE, *_ALTERNATIVES, "o", "ou", "oder", "of"})


def _kin_named(index: NameIndex, text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """A first name after "his brother" ("his son", "his twin"...) that, with the surname of a player named in full
    before it, is a player's full name is that relative ("Pedro Martinez vs his brother Ramon" is Ramon Martinez),
    not whoever else the first name alone would be; so is one set right against the full name ("Pau Gasol o Marc",
    "Stephen Curry or Seth")."""
    named_in_full = [m for m in mentions if m.end - m.start > 1 and m.candidates[0].kind not in _PART_KINDS]
    if not named_in_full:
        return mentions
    starts = {m.start: m for m in mentions}
    ends = {m.end for m in named_in_full}
    kin = {}
    for i in range(2, len(tokens)):
        kinsman = tokens[i - 1].norm in _FAMILY and tokens[i - 2].norm == "his"
        against = tokens[i - 1].norm in _SET_AGAINST and i - 1 in ends
        if not (kinsman or against) or (i in starts and starts[i].end - i > 1):
            continue
        for player in reversed([m for m in named_in_full if m.end <= i - (2 if kinsman else 1)]):
            named = index.entries[player.candidates[0].entry]
            surname = name_keys(named.name)[2]
            # Set against him, a namesake of his sport ("LeBron James or Michael" is no MLB Michael James).
            found = [s for s in index.lookup(f"{tokens[i].norm} {surname}") if s.kind is MatchKind.FULL
                     and (kinsman or index.entries[s.entry].league is named.league)]
            if found:
                kin[i] = Mention(i, i + 1, text[tokens[i].start:tokens[i].end],
                                 (max(found, key=lambda s: s.score),), (Evidence.NONE,))
                break
    if not kin:
        return mentions
    return sorted([*(m for m in mentions if m.start not in kin), *kin.values()], key=lambda m: m.start)


def _first_names_sharing_a_surname(index: NameIndex, text: str, tokens: Sequence[Token],
                                   mentions: list[Mention]) -> list[Mention]:
    """A first name before "and" or "or" and a full name shares its surname ("Bobby and Brett Hull", "Peyton or Eli
    Manning"), and so does each first name of a comma list before it ("Quinn, Jack and Luke Hughes"), where a player
    has that name; the surname alone elsewhere is then the pair's ("Hull and Son:
    ..."), no third player: it is read as the one named in full."""
    shared: dict[int, Mention] = {}
    surnames: dict[str, Mention] = {}
    # A first name inside a longer name is that name's ("kobe bryant or magic johnson"), but for a surname and a
    # first name a comma parts ("Quinn, Jack and Luke Hughes": no Jack Quinn here).
    in_names = {p for m in mentions if m.end - m.start > 1 and "," not in m.span for p in range(m.start, m.end)}
    for mention in mentions:
        if (mention.end - mention.start != 2 or mention.start < 2 or tokens[mention.start - 1].norm not in ("and", "or")
                or mention.candidates[0].kind not in _FULL_KINDS):
            continue
        surname = name_keys(index.entries[mention.candidates[0].entry].name)[2]
        if surname is None:
            continue
        # Back through the list: "Quinn, Jack and Luke Hughes" is three Hugheses.
        first = mention.start - 2
        while first >= 0 and first not in in_names and (found := [
                s for s in index.lookup(f"{tokens[first].norm} {surname}")
                if s.kind in _FULL_KINDS and s.quality == 1.0]):
            best = max(found, key=lambda s: s.score)
            shared[first] = Mention(first, first + 1, text[tokens[first].start:tokens[first].end], (best,),
                                    (Evidence.NONE,))
            surnames[surname] = mention
            if first == 0 or "," not in text[tokens[first - 1].end:tokens[first].start]:
                break
            first -= 1
    if not shared:
        return mentions
    kept = [m for m in mentions if not (m.end - m.start > 1 and any(m.start <= p < m.end for p in shared))]
    starts = {m.start for m in kept}
    kept = [replace(m, candidates=named.candidates, needs=named.needs)
            if m.end - m.start == 1 and (named := surnames.get(tokens[m.start].norm)) is not None
            else shared.get(m.start, m) for m in kept]
    return sorted([*kept, *(m for p, m in shared.items() if p not in starts)], key=lambda m: m.start)


# Nouns after a surname that name its players together ("the Manning family", "the Hughes brothers").
_KINSFOLK = frozenset({"family", "families", "brothers", "sisters", "twins"})


def _family_first_names(index: NameIndex, text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Where the question names a family ("Archie vs Peyton vs Eli, the whole Manning family"), a first name that
    with the family's surname is a player's whole name is that player, and the family's surname names no one
    player more."""
    families = {i for i in range(len(tokens) - 1)
                if tokens[i + 1].norm in _KINSFOLK and _joined(text, tokens, i + 1) and tokens[i].is_capitalised}
    if not families:
        return mentions
    in_longer = {p for m in mentions if m.end - m.start > 1 for p in range(m.start, m.end)}
    kin: dict[int, Mention] = {}
    for family in families:
        surname = tokens[family].norm
        for i, token in enumerate(tokens):
            if i in families or i in in_longer or token.norm not in index.first_names:
                continue
            found = [s for s in index.lookup(f"{token.norm} {surname}") if s.kind in _FULL_KINDS and s.quality == 1.0]
            if found:
                kin[i] = Mention(i, i + 1, text[token.start:token.end], (max(found, key=lambda s: s.score),),
                                 (Evidence.NONE,))
    if not kin:
        return mentions
    kept = [m for m in mentions if m.start not in kin and m.start not in families]
    return sorted([*kept, *kin.values()], key=lambda m: m.start)


def _first_names_set_against(index: NameIndex, text: str, tokens: Sequence[Token], mentions: list[Mention],
                             taken: Collection[int]) -> list[Mention]:
    """A first name set right against a player ("Lamar vs Jalen") is the one player of note of that player's league
    who carries it, and two first names set against each other ("Daniel or Henrik", "Peyton vs Eli") are the one
    family of note carrying both: the other name already says the sport or the family, as a fan saying only first
    names takes it to. A first name several of note carry there ("Dirk vs Kevin"), or an everyday word ("Will"),
    is left unread. A lone surname the family's first name also is ("Daniel": Chase Daniel) gives way to it."""
    claimed = {p for m in mentions for p in range(m.start, m.end)} | set(taken)
    surnames = {m.start for m in mentions if m.end - m.start == 1 and m.start not in taken
                and all(c.kind is MatchKind.SURNAME for c in m.candidates)}

    def noted(position: int, league: League | None = None) -> list[int]:
        word = tokens[position].norm
        if (position in claimed and not (league is None and position in surnames)) or is_everyday_word(word):
            return []
        return [e for e in index.noted_by_first.get(word, ()) if index.entries[e].fame >= _NOTED_FIRST_NAME_FAME
                and (league is None or index.entries[e].league is league)]

    found: dict[int, int] = {}
    for i in range(len(tokens)):
        for step in (-1, 1):
            other = i + 2 * step
            if not (0 <= other < len(tokens) and tokens[i + step].norm in _SET_AGAINST and noted(i)):
                continue
            beside = next((m for m in mentions if (m.start if step > 0 else m.end - 1) == other), None)
            if beside is not None:
                held = noted(i, index.entries[beside.candidates[0].entry].league)
                if len(held) == 1:
                    found[i] = held[0]
            elif (family := _one_family(index, noted(i), noted(other))) is not None:
                found[i], found[other] = family
    if not found:
        return mentions
    named = [Mention(i, i + 1, text[tokens[i].start:tokens[i].end],
                     tuple(s for s in index.lookup(fold(index.entries[e].name)) if s.entry == e)[:1], (Evidence.NONE,))
             for i, e in found.items()]
    named = [m for m in named if m.candidates]
    replaced = {m.start for m in named}
    return sorted([*(m for m in mentions if m.start not in replaced), *named], key=lambda m: m.start)


def _one_family(index: NameIndex, ones: Sequence[int], others: Sequence[int]) -> tuple[int, int] | None:
    """The two players, one of each list, who alone share a surname (the Sedins for "Daniel" and "Henrik")."""
    pairs = [(one, other) for one in ones for other in others if one != other
             and name_keys(index.entries[one].name)[2] == name_keys(index.entries[other].name)[2]]
    return pairs[0] if len(pairs) == 1 else None


def _without_words_before_full_names(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """A lower-case English word right before a player's full name is a word of the sentence ("you'd bench
    travis kelce", "start josh allen"): fans set two players apart with "vs", "or" or a comma, never side
    by side; a name that needs no evidence stays ("jordan pippen" is the pair's)."""
    starts = {m.start: m for m in mentions}
    return [m for m in mentions if not (
        m.end - m.start == 1 and (after := starts.get(m.end)) is not None and after.end - after.start > 1
        and after.candidates[0].kind is MatchKind.FULL and _joined(text, tokens, m.end)
        and not tokens[m.start].is_capitalised and is_english_word(tokens[m.start].norm)
        and Evidence.NONE not in m.needs)]


def _without_phrases_after_names(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """A nickname that is also an English phrase, lower case right after a name, is a phrase of the sentence
    ("it's Favre all day", not Adrian Peterson's "All Day"): fans set two players apart with "vs", "or" or
    a comma, never side by side."""
    ends = {m.end for m in mentions}
    return [m for m in mentions if not (
        m.start in ends and m.end - m.start > 1 and _joined(text, tokens, m.start)
        and not tokens[m.start].is_capitalised
        and all(c.kind is MatchKind.ALIAS and c.needs_context for c in m.candidates))]


def _described(index: NameIndex, text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Words beside a nickname or name that describe the same player, not another one: his own first name
    or full name after or before his nickname ("mr october reggie", "the rocket maurice richard"), and a
    nickname that is an English phrase set off by a comma after a player's name ("Mark Messier, the
    captain, ..."), an apposition."""
    kept: list[Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if previous is not None and previous.end == mention.start and _joined(text, tokens, mention.start):
            own = (_own_first_name(index, tokens, previous, mention) or _full_name_of_nickname(previous, mention)
                   or _misspelt_first_name(index, tokens, previous, mention))
            if own is not None:
                span = text[tokens[previous.start].start:tokens[mention.end - 1].end]
                kept[-1] = Mention(previous.start, mention.end, span, (own,), (Evidence.NONE,))
                continue
        if previous is None or not _apposition(text, tokens, previous, mention):
            kept.append(mention)
    return kept


def _own_first_name(index: NameIndex, tokens: Sequence[Token], first: Mention, second: Mention) -> Scored | None:
    """The player of a nickname of several words, when the other mention is his own first name alone."""
    for named, other in ((first, second), (second, first)):
        best = named.candidates[0]
        if (best.kind is MatchKind.ALIAS and named.end - named.start > 1 and other.end - other.start == 1
                and tokens[other.start].norm == name_keys(index.entries[best.entry].name)[1]):
            return best
    return None


def _misspelt_first_name(index: NameIndex, tokens: Sequence[Token], first: Mention, second: Mention) -> Scored | None:
    """A surname's player when the word before it is his first name misspelt or spelt as said ("Jo Burrow"), not a
    player that word names alone (Jo Jo White)."""
    if first.end - first.start != 1 or second.end - second.start != 1:
        return None
    best = second.candidates[0]
    if not _reads_as_surname(index, best, tokens[second.start].norm):
        return None
    own = name_keys(index.entries[best.entry].name)[1] or ""
    return best if _alike_first_names(tokens[first.start].norm, own) else None


def _full_name_of_nickname(first: Mention, second: Mention) -> Scored | None:
    """The player named in full right beside a nickname of his ("the rocket maurice richard"): the nickname
    says which of its holders is meant, not a second player."""
    for nickname, named in ((first, second), (second, first)):
        full = named.candidates[0]
        if full.kind is MatchKind.FULL and any(c.kind is MatchKind.ALIAS and c.entry == full.entry
                                               for c in nickname.candidates):
            return full
    return None


def _apposition(text: str, tokens: Sequence[Token], name: Mention, mention: Mention) -> bool:
    """A "the ..." nickname that is an English phrase ("the captain"), set off by a comma right after a
    player's name: it describes him."""
    best = mention.candidates[0]
    return (mention.start == name.end and tokens[mention.start].norm == "the" and best.needs_context
            and "," in text[tokens[name.end - 1].end:tokens[mention.start].start]
            and Evidence.NONE in name.needs)


def _without_cities(index: NameIndex, text: str, tokens: Sequence[Token], mentions: list[Mention],
                    cities: Collection[str]) -> list[Mention]:
    """A club's city right before a player ("cleveland lebron", "st louis pujols") says where he played,
    and after "from" or "in" it is a place ("a caller from Boston"): it names no namesake of the city
    (Reggie Cleveland, Martin St. Louis, David Boston). Words that end a city's name begun before them ("San
    Antonio", "Kansas City") are the city's, not a first name's (Antonio Brown). A city alone whose namesakes are
    all far less known than its club is the club ("when Dallas is champion": no DeeJay Dallas)."""
    starts = {m.start for m in mentions}
    return [m for m in mentions if not (" ".join(t.norm for t in tokens[m.start:m.end]) in cities and (
        all(index.entries[c.entry].fame < _CITY_NAMESAKE_FAME for c in m.candidates)
        or (m.end in starts and _joined(text, tokens, m.end))
        or (m.start > 0 and tokens[m.start - 1].norm in _PLACE_PREPOSITIONS)))
        and not (m.start > 0 and _joined(text, tokens, m.start)
                 and " ".join(t.norm for t in tokens[m.start - 1:m.end]) in cities)]


def _settle_generations(index: NameIndex, text: str, tokens: Sequence[Token],
                        mentions: list[Mention]) -> list[Mention]:
    """A name followed by "Jr." or "Sr." is the son or the father ("griffey sr", "vlad jr"), and "his dad"
    ("his son") set against him is the other ("vladimir guerrero jr vs his dad").

    The store often names both alike, so the namesakes of the best candidate in his league are looked up
    by the name without its suffix and the generation picks one by debut
    (:func:`arena.text.namesake_of_generation`). A name matched with its suffix ("Ken Griffey Jr.", as the
    store writes it, or a nickname table's "steve smith sr") is already the one meant.
    """
    settled = []
    absorbed: set[int] = set()  # a suffix read into the name before it is no mention of its own ("junior" is Griffey's)
    for mention in mentions:
        own = mention.end - mention.start > 1 and tokens[mention.end - 1].norm in GENERATIONAL_SUFFIXES
        after = tokens[mention.end].norm if mention.end < len(tokens) else ""
        follows = (_WRITTEN_SUFFIXES.get(after, after) in GENERATIONAL_SUFFIXES
                   and _joined(text, tokens, mention.end))
        if not (own or follows):
            settled.extend(_with_relative(index, text, tokens, mention))
            continue
        end = mention.end if own else mention.end + 1
        suffix = _WRITTEN_SUFFIXES.get(tokens[end - 1].norm, tokens[end - 1].norm)
        namesakes = _namesakes(index, mention)
        debuts = [index.entries[s.entry].first_season for s in namesakes]
        chosen = namesake_of_generation(suffix, debuts)
        picked = mention.candidates[0] if own else namesakes[chosen if chosen is not None else 0]
        if own:
            settled.append(mention)
        else:
            span = text[tokens[mention.start].start:tokens[end - 1].end]
            settled.append(Mention(mention.start, end, span, (picked,), (Evidence.NONE,)))
            absorbed.add(end - 1)
        other = namesake_of_generation("jr" if suffix == "sr" else "sr", debuts)
        relative = _relative(tokens, end, "son" if suffix == "sr" else "father")
        if other is not None and namesakes[other].entry != picked.entry and relative is not None:
            settled.append(Mention(relative, relative + 2, text[tokens[relative].start:tokens[relative + 1].end],
                                   (namesakes[other],), (Evidence.NONE,)))
    return sorted((m for m in settled if m.start not in absorbed), key=lambda m: m.start)


def _namesakes(index: NameIndex, mention: Mention) -> list[Scored]:
    """The players of the best candidate's league and name, whatever suffix the store writes ("Jr." or none)."""
    best = index.entries[mention.candidates[0].entry]
    core = name_keys(best.name)[0][-1]
    return [s for s in index.lookup(core) if index.entries[s.entry].league is best.league
            and name_keys(index.entries[s.entry].name)[0][-1] == core] or list(mention.candidates[:1])


def _with_relative(index: NameIndex, text: str, tokens: Sequence[Token], mention: Mention) -> list[Mention]:
    """A name without a suffix and "his son" ("his dad") set against it ("Guerrero's 2004 MVP year vs his son in
    2024", "Griffey or his dad"): the namesakes of the first and the last generation, the one named being the
    father (the son); the name alone where no two of the store's players of that name are a generation apart."""
    for who, named_generation in (("son", "sr"), ("father", "jr")):
        relative = _relative(tokens, mention.end - 1, who)
        if relative is None:
            continue
        namesakes = _namesakes(index, mention)
        debuts = [index.entries[s.entry].first_season for s in namesakes]
        named = namesake_of_generation(named_generation, debuts)
        other = namesake_of_generation("jr" if named_generation == "sr" else "sr", debuts)
        if named is None or other is None or named == other:
            return [mention]
        return [replace(mention, candidates=(namesakes[named],), needs=(Evidence.NONE,)),
                Mention(relative, relative + 2, text[tokens[relative].start:tokens[relative + 1].end],
                        (namesakes[other],), (Evidence.NONE,))]
    return [mention]


def _told_apart(index: NameIndex, text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Players the question itself tells apart from their namesakes, by the words it names them with.

    A word that is the first name or surname of a player named in full elsewhere is him again ("Darko
    Miličić vs Carmelo Anthony, obviously Darko"); a full name beside its own "Jr." is the father ("Larry
    Nance Jr. or Larry Nance"); first names set beside a surname several players share are those players,
    and the surname is theirs ("Manning vs Manning, Peyton or Eli?", "The Sedin twins, Daniel or Henrik?").
    """
    # "his son", read as a player, is no name of his to repeat.
    named_in_full = {s.entry: m for m in mentions if m.end - m.start > 1 and len(m.candidates) == 1
                     and tokens[m.start].norm != "his" for s in m.candidates}
    with_suffix = {e for e, m in named_in_full.items() if tokens[m.end - 1].norm in GENERATIONAL_SUFFIXES}

    def as_told(mention: Mention) -> Mention:
        if mention.end - mention.start == 1:
            word = tokens[mention.start].norm
            again = [m for e, m in named_in_full.items() if word in name_keys(index.entries[e].name)[1:]]
            # Two players named in full who share the word ("mike trout or mike schmidt, mike") leave it as it is.
            return mention if len(again) != 1 else replace(mention, candidates=again[0].candidates,
                                                           needs=(Evidence.NONE,))
        if len(mention.candidates) > 1 and tokens[mention.end - 1].norm not in GENERATIONAL_SUFFIXES:
            kept = [(c, n) for c, n in zip(mention.candidates, mention.needs, strict=True)
                    if c.entry not in with_suffix]
            if kept:
                return replace(mention, candidates=tuple(c for c, _ in kept), needs=tuple(n for _, n in kept))
        return mention

    return _first_names_of_a_surname(index, text, tokens, [as_told(m) for m in mentions])


def _first_names_of_a_surname(index: NameIndex, text: str, tokens: Sequence[Token],
                              mentions: list[Mention]) -> list[Mention]:
    """First names alone, in a question with a surname several of its candidates share, are those candidates
    ("Peyton or Eli"): each first name becomes a mention of its player, and the surnames name them in turn
    ("Manning vs Manning, Peyton or Eli": respectively)."""
    shared = [m for m in mentions if m.end - m.start == 1 and len(m.candidates) > 1
              and all(c.kind is MatchKind.SURNAME for c in m.candidates)]
    if not shared:
        return mentions
    by_first = {name_keys(index.entries[c.entry].name)[1]: (c, m.start) for m in shared for c in m.candidates}
    in_longer = {p for m in mentions if m.end - m.start > 1 for p in range(m.start, m.end)}
    firsts = {i: by_first[t.norm][0] for i, t in enumerate(tokens)
              if t.norm in by_first and i not in in_longer and i != by_first[t.norm][1]}
    surnames = {m.start for m in shared}
    # A surname others share is a first name of the family named too when listed with one that is no surname
    # ("the staal brothers, eric or jordan": Jordan Staal, not Michael Jordan).
    if not firsts.keys() - surnames:
        return mentions
    shared = [m for m in shared if m.start not in firsts]
    surnames -= firsts.keys()
    told = list({c.entry: c for c in firsts.values()}.values())
    kept = [m for m in mentions if m.start not in firsts and m.start not in surnames]
    kept += [Mention(i, i + 1, text[tokens[i].start:tokens[i].end], (scored,), (Evidence.NONE,))
             for i, scored in firsts.items()]
    turn = 0
    for m in shared:
        own = [c for c in told if c.entry in {s.entry for s in m.candidates}]
        if own:
            kept.append(replace(m, candidates=(own[turn % len(own)],), needs=(Evidence.NONE,)))
            turn += 1
        else:
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


# "griffey junior", "griffey senior": the suffix written out, right after the name.
_WRITTEN_SUFFIXES = {"junior": "jr", "senior": "sr"}
_RELATIVES = {"father": frozenset({"dad", "father", "pops", "pop", "daddy", "pa"}),
              "son": frozenset({"son", "boy", "kid"})}
# Words that set "his dad" against the son as the other side ("vs his dad", "or his dad", "and his son");
# "just like his dad" describes the son alone.
_AGAINST = frozenset({*_COMPARE, "or", "and", "than", "over"})


def _relative(tokens: Sequence[Token], start: int, who: str) -> int | None:
    """Where "his dad" ("his son") set against a "Jr." ("Sr.") follows him: the position of "his", or None."""
    for i in range(start + 1, len(tokens) - 1):
        if tokens[i].norm == "his" and tokens[i + 1].norm in _RELATIVES[who] and tokens[i - 1].norm in _AGAINST:
            return i
    return None


def _unknown_full_name(index: NameIndex, text: str, tokens: Sequence[Token], mention: Mention,
                       ending_at: Mapping[int, Mention], cities: Collection[str]) -> bool:
    """A surname right after a first name, the two naming nobody: a player the store lacks ("ray lewis",
    a linebacker, is not Jamal Lewis; "tyler perry", "morgan freeman" are no players at all). A first name
    that is also a name outright ("kobe"), a surname of a player of the other's league and years ("marino
    elway", "jordan pippen": two players listed), or a club's city ("houston olajuwon"), does not count."""
    start = mention.start
    if start == 0 or mention.end - start != 1 or not _reads_as_surname(index, mention.candidates[0],
                                                                        tokens[start].norm):
        return False
    first = tokens[start - 1].norm
    # "your precious Clarke": a writer who capitalises the surname would capitalise a first name before it too.
    if tokens[start].is_capitalised and not tokens[start - 1].is_capitalised:
        return False
    if (first not in index.first_names or first in cities or not _joined(text, tokens, start)
            or (zipf(first) >= VERY_COMMON and not _capitalised_name(text, tokens, start - 1))):
        return False
    # A misspelt first name of the player still names him ("dwayne wade", "mikael jordan").
    if any(_alike_first_names(first, name_keys(index.entries[c.entry].name)[1] or "") for c in mention.candidates):
        return False
    before = ending_at.get(start)
    if before is not None and before.end - before.start != 1:
        return False  # a nickname of several words and his surname ("the kid griffey")
    outright = [c for c, needs in zip(before.candidates, before.needs, strict=True)
                if needs is Evidence.NONE] if before is not None else []
    if before is None or not outright:
        # A star's own one-word name ("perry", "burrow") is another's only after a first name many carry.
        return mention.candidates[0].kind is MatchKind.SURNAME or first in index.common_first_names
    if outright[0].kind in (MatchKind.ALIAS, MatchKind.FIRST) or _in_list(text, tokens, before, mention, ending_at):
        return False
    listed = index.entries[outright[0].entry]
    return not any(_contemporaries(listed, index.entries[c.entry]) for c in mention.candidates[:3])


def _capitalised_name(text: str, tokens: Sequence[Token], first: int) -> bool:
    """A first name as common as an everyday word ("Al", "John") is one where it and the surname after it are
    capitalised in a question not typed in capitals, and no language uses it more as a word than as a name
    ("Will Brady throw", "Big Ben" keep their words)."""
    return (len(tokens[first].norm) > 1 and tokens[first].is_capitalised and tokens[first + 1].is_capitalised
            and not is_english_led(tokens[first].norm) and not typed_in_capitals(text, tokens))


def _before_unknown_surname(index: NameIndex, text: str, tokens: Sequence[Token], mention: Mention,
                            placed: Collection[int]) -> bool:
    """A one-word name that is also a first name, right before a word of no language that names no one and is
    no stat, season or club: the full name of someone the store lacks ("cooper flagg", a rookie it does not
    hold, is not Michael Cooper), as a first name before an unknown surname is. A surname misspelt of a player
    of that first name still names him ("brett farve"), and a verb's past or "-ing" form of an English word is what
    he did ("Dikembe wagged")."""
    end = mention.end
    if end - mention.start != 1 or end >= len(tokens) or end in placed or not _joined(text, tokens, end):
        return False
    after = tokens[end].norm
    if (tokens[mention.start].norm not in index.first_names
            or any(c.kind not in _PART_KINDS for c in mention.candidates)
            or len(after) < 3 or not after.isalpha() or tokens[end].is_initials or is_known_word(after)
            or not _may_be_noun(after)):
        return False  # "Dikembe wagged his finger": a verb's past of an English word, what he did
    return not any(_alike_first_names(after, name_keys(index.entries[c.entry].name)[2] or "")
                   for c in mention.candidates if c.kind is MatchKind.FIRST)


def _reads_as_surname(index: NameIndex, scored: Scored, word: str) -> bool:
    """A candidate the word names by surname, or by a one-word alias that is his surname ("perry")."""
    if scored.kind is MatchKind.SURNAME:
        return True
    return scored.kind is MatchKind.ALIAS and name_keys(index.entries[scored.entry].name)[2] == word


def _in_list(text: str, tokens: Sequence[Token], first: Mention, second: Mention,
             ending_at: Mapping[int, Mention]) -> bool:
    """Two names among three or more named side by side: a list of players ("brady gretzky jordan ruth")."""
    starts = {m.start for m in ending_at.values()}
    return ((first.start in ending_at and _joined(text, tokens, first.start))
            or (second.end in starts and _joined(text, tokens, second.end)))


def _contemporaries(one: PlayerEntry, other: PlayerEntry) -> bool:
    """Players of one league whose careers overlap: side by side, their names list two players."""
    first, last, other_first, other_last = one.first_season, one.last_season, other.first_season, other.last_season
    if one.league is not other.league or first is None or last is None or other_first is None or other_last is None:
        return False
    return first <= other_last and other_first <= last


def _alike_first_names(typed: str, own: str) -> bool:
    """A first name typed with a slip or two: alike by ratio, or, on a name of five letters or more,
    at most two edits away (a letter changed and one added: "mikael" for "michael"), or spelt as it is said
    (same first letter and sound: "alan" for "allen", "emit" for "emmitt")."""
    if fuzz.ratio(typed, own) >= _FIRST_NAME_ALIKE:
        return True
    if typed[:1] == own[:1] and jellyfish.metaphone(typed) == jellyfish.metaphone(own):
        return True
    return min(len(typed), len(own)) >= _LONG_FIRST_NAME and Levenshtein.distance(typed, own) <= 2


class _Placement:
    """Where a question puts each mention: the evidence that its words are a name."""

    def __init__(self, text: str, tokens: Sequence[Token], mentions: Sequence[Mention],
                 anchors: frozenset[int], stat_words: frozenset[int], cities: Collection[str],
                 first_names: Collection[str] = (), entries: Sequence[PlayerEntry] = (),
                 stat_leagues: frozenset[League] = frozenset(), stats_asked: bool = False,
                 common_first_names: Collection[str] = ()) -> None:
        self.text, self.tokens, self.anchors, self.stat_words = text, tokens, anchors, stat_words
        self.stats_asked = stats_asked
        self.team_cities = cities
        self.stat_leagues = stat_leagues
        self.first_names = first_names
        self.common_first_names = common_first_names
        # The leagues of the stars each mention may name, and of those it names only as spelt by sound or
        # slip ("yokich"): two such spellings set against each other, of one league's stars, are those stars.
        self.star_leagues = {p: {entries[c.entry].league for c in m.candidates if entries[c.entry].fame >= STAR_FAME}
                             for m in mentions for p in range(m.start, m.end)} if entries else {}
        self.misspelt_star_leagues = {
            p: {entries[c.entry].league for c in m.candidates if c.quality < 1.0 and entries[c.entry].fame >= STAR_FAME}
            for m in mentions for p in range(m.start, m.end)} if entries else {}
        self.named = {p for m in mentions for p in range(m.start, m.end)}
        self.single = {m.start for m in mentions if m.end - m.start == 1}
        self.exact = {p for m in mentions if any(s.quality == 1.0 for s in m.candidates) for p in range(m.start, m.end)}
        self.least_need = {p: min(m.needs) for m in mentions for p in range(m.start, m.end)}
        # Names that need no evidence and are no common word either ("Gretzky", not "Curry"): a question
        # with one talks sport.
        self.outright = {p for m in mentions if Evidence.NONE in m.needs for p in range(m.start, m.end)}
        # The leagues of the players named outright, each mention's own: sport talk about them is talk of their sport.
        self.outright_leagues = {p: {entries[c.entry].league for c, n in zip(m.candidates, m.needs, strict=True)
                                     if n is Evidence.NONE}
                                 for m in mentions for p in range(m.start, m.end)} if entries else {}
        self.entries = entries
        clear = {p for p in self.outright if zipf(tokens[p].norm) < EVERYDAY}
        # Stat words ("blocks", "triple doubles") talk sport as much as the sport vocabulary does, and so do seasons
        # and clubs, but not a season said in everyday words ("prices went up this year").
        dated = {p for p in anchors if not (tokens[p].norm.isalpha() and is_stopword(tokens[p].norm))}
        self.sport = sport_talk_positions([token.norm for token in tokens]) | clear | dated | stat_words
        # A word read as itself in talk of no sport ("Rainbow trout") names no one, nor talks sport, for the words
        # beside it ("... while the Masters is on").
        words = {p for p in self.single if self._word_in_talk_of_no_sport(p)}
        self.outright -= words
        self.sport -= words
        # Clubs' cities after "in" ("in buffalo"): where the words before played.
        self.cities = {i for i in range(1, len(tokens)) if tokens[i - 1].norm in _PLACE_PREPOSITIONS and (
            tokens[i].norm in cities or " ".join(t.norm for t in tokens[i:i + 2]) in cities)}
        self.cased = not typed_in_capitals(text, tokens)
        self.nicknamed = {p for m in mentions if all(c.kind is MatchKind.ALIAS for c in m.candidates)
                          for p in range(m.start, m.end)}
        self.aside = self._opening_aside()

    def keep(self, mention: Mention) -> Mention | None:
        """``mention`` with the candidates its placement supports; None when none is left."""
        evidence = self.evidence(mention)
        tokens, start = self.tokens, mention.start
        single = mention.end - start == 1
        after_determiner = _after_determiner(self.text, tokens, start) if single else (
            _phrase_after_determiner(tokens, mention) or _describes_someone(tokens, mention)
            or _spot_of_the_game(tokens, mention) or _words_after_determiner(tokens, mention))
        # "zion at duke": after "at", an English word is a place unless it is a name outright.
        at_place = single and start > 0 and tokens[start - 1].norm == "at" and is_english_word(tokens[start].norm)
        # "home run chase", "scoring title": an English word right after a stat word ends that noun, unless it is
        # set against a name ("who hits more homers judge or stanton"): no noun is compared with a player.
        compound = (single and start > 0 and start - 1 in self.stat_words and not tokens[start].is_capitalised
                    and is_english_word(tokens[start].norm) and _joined(self.text, tokens, start)
                    and not self._set_against_a_name(start))
        # "the king of the regular season", "the king of the hill": a title of something, not a nickname.
        title = (tokens[start].norm == "the" and mention.end < len(tokens) and tokens[mention.end].norm == "of")
        everyday = at_place or compound or title or (single and (
            _adjective_of_one(tokens, start) or _adjective_of_a_position(self.text, tokens, start)
            or _adjective_after_intensifier(tokens, start)
            or _verb_of_pronoun(tokens, start) or _verb_of_subject(tokens, start) or self._in_proper_name(start)
            or self._verb_after_modal(start) or self._listed_with_things(start) or self._paired_with_a_thing(start)
            or self._before_gerund_subject(start) or self._listed_as_one_name(start)
            or self._kind_of_season(start)))
        everyday = everyday or (single and start in self.aside)
        if single and self._thing_of_another_subject(start):
            return None  # "a curry recipe", "trout fishing": the dish or the fish, however well known the name
        if single and self._verb_after_adverb(start):
            return None  # "still hurts", "still burns": what someone does, however well known the name
        if single and evidence < Evidence.NAMED and self._opens_as_word(start):
            return None  # "Pierce the tab", "Wood bats crack", "Duncan Donuts": however well known the name
        if single and evidence < Evidence.NAMED and self._word_in_talk_of_no_sport(start):
            return None  # "the best butler you've ever seen in a movie", "Rainbow trout on the grill"
        if single and (self._names_something_else(start) or (
                Evidence.NONE not in mention.needs and self._ends_a_compound(start))):
            return None  # "Jordan almonds", "the Hilton", "Irving, Texas": however well known the name
        if self._in_named_thing(mention):
            # Only a full name inside it is still his ("the Great Wayne Gretzky").
            full = [(s, n) for s, n in zip(mention.candidates, mention.needs, strict=True) if s.kind is MatchKind.FULL]
            if not full:
                return None
            mention = replace(mention, candidates=tuple(s for s, _ in full), needs=tuple(n for _, n in full))
        # "Yao Ming he Pau Gasol, shei geng lihai?": among words of no language the tables know (a transliterated
        # sentence), a word a letter or two from a name is one of them, not that name misspelt.
        if single and self._among_unknown_words(start):
            exact = [(s, n) for s, n in zip(mention.candidates, mention.needs, strict=True) if s.quality == 1.0]
            if not exact:
                return None
            mention = replace(mention, candidates=tuple(s for s, _ in exact), needs=tuple(n for _, n in exact))
        if single and tokens[start].norm in AWARD_ABBREVIATIONS and (
                (self.cased and self.text[tokens[start].start:tokens[start].end].isupper())
                or self._closes_name(start)):
            return None  # "Castle ROY season", "stephon castle roy?": the award, written as letters or after him
        # "my cmc", "your cmc pick": after a possessive, a nickname the tables hold as no English word is the
        # player owned (fantasy talk), not a noun.
        owned = single and start > 0 and tokens[start - 1].norm in _POSSESSIVES
        # An everyday word placed as a name only by sport talk, its best-known player of a league none of the players
        # named outright plays in, is that word: "quick stat check ... Mariano Rivera's saves" talks baseball, not
        # of Jonathan Quick; nor is the word a lesser namesake of the league talked ("curry with extra rice").
        elsewhere = {league for p, leagues in self.outright_leagues.items() if not start <= p < mention.end
                     for league in leagues}
        foreign = (evidence is Evidence.SPORT and bool(elsewhere)
                   and self.entries[mention.candidates[0].entry].league not in elsewhere)
        # "my bookie": a lower-case word after "a", "the" or "my" is a noun, and one the word lists lack a letter
        # from a name is a noun they lack, not the name misspelt: a name written there is written right ("my cmc").
        noun = single and start > 0 and tokens[start - 1].norm in DETERMINERS and not tokens[start].is_capitalised
        # "Dunkin'", "ballin'": an "-ing" word written without its "g" is that word, not a name misspelt; and a
        # capitalised word after "at" or "in" a letter from a name is a place ("at Coors"), not the name misspelt.
        noun = noun or (single and (self._dropped_g(start) or (
            start > 0 and tokens[start - 1].norm in ("at", "in") and tokens[start].is_capitalised)))
        # "#falcons #madden": a hashtag is a topic known by its word alone ("#McDavid", "#Judge" in sport talk), not
        # a namesake the word names only where placed as a name (Joe Madden, for the video game).
        tagged = tokens[start].start > 0 and self.text[tokens[start].start - 1] == "#"
        kept = [(scored, needs) for scored, needs in zip(mention.candidates, mention.needs, strict=True)
                if (needs <= evidence or self._own_sports_nickname(mention, scored, evidence))
                and not (tagged and needs >= Evidence.NAMED)
                and not (everyday and needs > Evidence.NONE)
                and not (noun and scored.quality < 1.0) and not (
                    after_determiner and not (owned and scored.kind is MatchKind.ALIAS and not scored.needs_context))
                and not (foreign and needs is Evidence.SPORT)]
        if not kept:
            return None
        return replace(mention, candidates=tuple(s for s, _ in kept), needs=tuple(n for _, n in kept))

    def evidence(self, mention: Mention) -> Evidence:
        tokens, start, end = self.tokens, mention.start, mention.end
        # A capital on a function word ("The", "Is") says nothing; on any other word ("The Answer") it does.
        if self.cased and any(tokens[i].is_capitalised and zipf(tokens[i].norm) < _FUNCTION_WORD
                              and not self._opens_sentence(i) for i in range(start, end)):
            return Evidence.NAMED
        return self._placed(start, end)

    def _placed(self, start: int, end: int) -> Evidence:
        """The evidence the rest of the question gives the words at ``start:end``, their capitals aside."""
        tokens = self.tokens
        before = tokens[start - 1].norm if start > 0 else None
        after = tokens[end].norm if end < len(tokens) else None
        if (before in _COMPARE or after in _COMPARE or after in GENERATIONAL_SUFFIXES
                or self._compared(start) or self._compares(end) or self._beside_anchor(start, end)
                or self._contrasted(start, end)):
            return Evidence.NAMED
        if (start > 0 and ">" in self._gap(start)) or (end < len(tokens) and ">" in self._gap(end)):
            return Evidence.NAMED  # "dirk > kg"
        if after == "with" and end + 2 < len(tokens) and tokens[end + 1].norm == "the" and end + 2 in self.sport:
            return Evidence.NAMED  # "Stone with the takeaway": a play credited to him, as a game thread does
        # "X or Y", "X and Y", "X, Y" beside a player named outright; "the answer or the beard" beside
        # another name is at least sport talk.
        # The other side is past the connector ("bird or jordan"), or, where the words are a whole item of
        # a list, right beside the comma ("rank them: jordan, bird"; not "magic and kareem, showtime's best").
        item = all(i in (0, len(tokens)) or not _joined(self.text, tokens, i) or tokens[n].norm in CONNECTORS
                   for i, n in ((start, start - 1), (end, end)))
        # Words joined to the next ones and no connector between ("Thomas, little guards") are no list item.
        left = start - 2 if before in CONNECTORS else start - 1 if item else -1
        right = end + 1 if after in CONNECTORS else end if item else len(tokens)
        joined = [self._joined(left, before, self._gap(start), start) if start > 0 and left >= 0 else Evidence.NONE,
                  self._joined(right, after, self._gap(end), start) if end < len(tokens) and right < len(tokens)
                  else Evidence.NONE]
        if len(self.sport) > sum(1 for p in range(start, end) if p in self.sport):  # sport talk elsewhere
            joined.append(Evidence.SPORT)
        if end - start > 1 and end + 1 in self.cities:  # a phrase nickname, his club's city: "the dominator in buffalo"
            joined.append(Evidence.SPORT)
        return max(joined)

    def _thing_of_another_subject(self, start: int) -> bool:
        """An English word that is also a name ("curry", "trout", "bass"), in a sentence that talks cooking or fishing
        ("recipe", "spicy", "fishing", "lures") and says nothing else of a player, is the dish or the fish: a fan
        talking of a player there sets a stat, a season or another player beside him."""
        word, following = self.tokens[start].norm, start + 1
        # "curry dropped 50": a verb's past after the word makes him its subject.
        done = following < len(self.tokens) and self.tokens[following].norm.endswith("ed") and not _may_be_noun(
            self.tokens[following].norm)
        return (is_english_word(word) and not done and self._says_nothing_of_him(start)
                and any(t.norm in _OTHER_SUBJECTS for i, t in enumerate(self.tokens) if i != start))

    def _says_nothing_of_him(self, start: int) -> bool:
        """Nothing in the question is said of a player but the word at ``start``: no stat or role asked, no other
        player named outright, no season or club beside it, no comparison or list with a name."""
        return (not self.stats_asked and self.outright <= {start}
                and self._placed(start, start + 1) < Evidence.NAMED)

    def _names_something_else(self, start: int) -> bool:
        """A one-word name that the words beside it make part of the name of a thing, a place or someone else, in a
        question that says nothing else of a player: the evidence a fan reads however famous the player is. Only a
        question written with capitals shows the words as one proper name ("Kobe beef"); in lower case, what follows
        a name is as often slang of the sentence ("booker kinda washed", "judge gonna hit 60")."""
        return self.cased and self.tokens[start].is_capitalised and self._says_nothing_of_him(start) and (
            self._first_word_of_a_compound(start) or self._after_the(start) or self._town_of_a_region(start)
            or self._before_a_common_noun(start) or self._someone_from(start) or self._a_schools_team(start)
            or self._owner_of_a_proper_name(start))

    def _word_in_talk_of_no_sport(self, start: int) -> bool:
        """A lower-case English word after an English word joined to it ("the best butler", "Rainbow trout"), in a
        question that talks no sport written by someone who capitalises (its first word), is that word: a name there
        would be written as one, or placed as one. Chat in lower case ("bro lebron in miami") says nothing so."""
        tokens, before = self.tokens, start - 1
        return (not self.sport - {start} and before >= 0 and not tokens[start].is_capitalised
                and self.text[:1].isupper()
                and is_english_word(tokens[start].norm) and _joined(self.text, tokens, start)
                and is_english_word(tokens[before].norm) and before not in self.named)

    def _a_schools_team(self, start: int) -> bool:
        """A name after "a" or "the" and before a sport's name ("a Duke basketball ticket", "the Kentucky football
        schedule") is a school's or a town's team: a player is no team of a sport."""
        tokens, following = self.tokens, start + 1
        return (start > 0 and tokens[start - 1].norm in DETERMINERS and following < len(tokens)
                and tokens[following].norm in _SPORTS and _joined(self.text, tokens, following))

    def _owner_of_a_proper_name(self, start: int) -> bool:
        """A name in the possessive before two capitalised words that name no player, club or sport's thing
        ("Wagner's Ring Cycle", "Knott's Berry Farm") opens the proper name of a work, a shop or a place."""
        tokens, text = self.tokens, self.text
        if text[tokens[start].end:tokens[start].end + 1] not in ("'", "’"):
            return False
        words = range(start + 1, start + 3)
        return words[-1] < len(tokens) and all(
            tokens[p].is_capitalised and _joined(text, tokens, p) and is_english_word(tokens[p].norm)
            and tokens[p].norm not in SPORT_TALK and p not in self.outright and p not in self.anchors
            and p not in self.stat_words for p in words)

    def _someone_from(self, start: int) -> bool:
        """A common first name opening a clause before "from" and a lower-case noun of where one works or studies
        ("Aaron from accounting", "Mike from work") is someone the writer knows, as a radio caller is (:func:`_caller`);
        a player is placed so only by the spot he shoots from ("Allen from deep", "Curry from the logo")."""
        tokens, place = self.tokens, start + 2
        if not (place < len(tokens) and tokens[start].norm in self.common_first_names
                and tokens[start + 1].norm == "from" and _joined(self.text, tokens, start + 1)
                and (start == 0 or any(mark in self._gap(start) for mark in ",.:;!?"))):
            return False
        word = tokens[place].norm
        return (not tokens[place].is_capitalised and word.isalpha() and is_english_word(word) and not is_stopword(word)
                and word not in SPORT_TALK and word not in _SHOT_SPOTS and place not in self.stat_words
                and place not in self.anchors)

    def _ends_a_compound(self, start: int) -> bool:
        """An everyday word that names a player only where placed as a name, right after a name that begins a
        compound with it, is the compound's ("Brady Bunch reruns"), not a second player."""
        before = start - 1
        return (before in self.single and self.cased and self.tokens[before].is_capitalised
                and self._says_nothing_of_him(before) and self._first_word_of_a_compound(before))

    def _first_word_of_a_compound(self, start: int) -> bool:
        """A name that is also a word or a brand, right before an English noun that is no sport's word, is the first
        word of a compound ("Jordan almonds", "Kobe beef", "Gibson guitar", "Holiday schedule"), as is a pair of
        names whose other is no player's and no word ("Rodgers and Hammerstein musical"). A player's own things are
        written with his possessive ("Jordan's shoes") or sold with his name ("a Zion jersey"), what he did with a
        verb ("Curry changed the game")."""
        tokens = self.tokens
        noun = start + 1
        if (noun + 2 < len(tokens) and tokens[noun].norm == "and" and tokens[noun + 1].is_capitalised
                and noun + 1 not in self.named and not is_known_word(tokens[noun + 1].norm)):
            noun += 2
        elif not is_english_word(tokens[start].norm):
            return False
        return (noun < len(tokens) and _joined(self.text, tokens, noun) and not self._owns_next(noun - 1)
                and self._noun_after_name(noun))

    def _noun_after_name(self, position: int) -> bool:
        """The word at ``position`` reads as a noun of everyday English, not a verb, a sport's word, a name or a club's
        city ("Durant Oklahoma City years": where he played)."""
        tokens = self.tokens
        word = tokens[position].norm
        city = word in self.team_cities or " ".join(t.norm for t in tokens[position:position + 2]) in self.team_cities
        if (city or not word.isalpha() or not is_english_word(word) or is_stopword(word) or word in SPORT_TALK
                or word in _MERCHANDISE or word in _VERB_WORDS or position in self.stat_words
                or position in self.anchors or position in self.outright or not _may_be_noun(word)):
            return False
        following = position + 1
        # "Curry changes the game", "Kobe wants a ring": a verb with its object.
        return not (following < len(tokens) and tokens[following].norm in _OBJECT_OPENERS)

    def _after_the(self, start: int) -> bool:
        """A one-word name right after "the" ("the Hilton next to the arena", "the Magic game", "the Orlando trip")
        names a thing, a club or a place: English sets no "the" before a person's name. "The Gretzky of football"
        likens a player to him, and "the Staal brothers" names a family of players."""
        tokens, following = self.tokens, start + 1
        return (start > 0 and tokens[start - 1].norm == "the" and _joined(self.text, tokens, start)
                and not (following < len(tokens) and tokens[following].norm in _LIKENED_OR_KIN))

    def _town_of_a_region(self, start: int) -> bool:
        """A name right before a state's or a province's name ("Irving, Texas", "Durant Oklahoma") is a town of it,
        unless the two are a club's city ("Durant Oklahoma City"); a state's name in a month ("Montana in August")
        is the place."""
        tokens, following = self.tokens, start + 1
        if following < len(tokens) and following not in self.anchors:
            size = _region_size(tokens, following)
            if size and " ".join(t.norm for t in tokens[following:following + size + 1]) not in self.team_cities:
                return True
        return (_region_size(tokens, start) == 1 and following + 1 < len(tokens)
                and tokens[following].norm in ("in", "during") and tokens[following + 1].norm in _MONTHS)

    def _before_a_common_noun(self, start: int) -> bool:
        """A name before "the" and a lower-case everyday noun that is no sport's word nor a person's is a verb and
        its object ("Harden the ice"), a pet's name and what it is ("Barkley the dog"), or a comparative that lost
        its own "the" ("Messier the garage gets, the harder ..."): a player is set beside what he is ("Kobe the
        killer", "Rice the GOAT") or his nickname, capitalised (:func:`_before_an_epithet`)."""
        tokens = self.tokens
        the, noun = start + 1, start + 2
        if noun >= len(tokens) or tokens[the].norm != "the" or not (
                _joined(self.text, tokens, the) and _joined(self.text, tokens, noun)):
            return False
        word = tokens[noun].norm
        # A sport's own thing after an English verb is its object all the same ("Harden the ice").
        verb_object = word in SPORT_WORDS and is_english_led(tokens[start].norm)
        return (not tokens[noun].is_capitalised and zipf(word) >= EVERYDAY and (verb_object or not is_stopword(word))
                and word not in SPORT_TALK and noun not in self.stat_words and noun not in self.named
                and not word.endswith(_PERSON_ENDINGS) and _may_be_noun(word))

    def _own_sports_nickname(self, mention: Mention, scored: Scored, evidence: Evidence) -> bool:
        """A one-word nickname that is an uncommon English word ("sweetness", "showtime"), in a question asking
        a stat of its player's own sport ("sweetness career rushing"): the word is said of him, as a surname that
        is such a word would be; beside another sport's stats, or none, it is still placed as a name first."""
        word = self.tokens[mention.start].norm
        return (evidence is Evidence.SPORT and mention.end - mention.start == 1 and scored.kind is MatchKind.ALIAS
                and scored.needs_context and zipf(word) < EVERYDAY
                and self.entries[scored.entry].league in self.stat_leagues)

    def _dropped_g(self, position: int) -> bool:
        token = self.tokens[position]
        return token.norm.endswith("in") and self.text[token.end:token.end + 1] in ("'", "’")

    def _closes_name(self, start: int) -> bool:
        """The word right after another name, nothing between, that ends its clause ("castle roy?"): said of
        that player, not a second one (a list of names goes on: "brodeur roy hasek")."""
        tokens, following = self.tokens, start + 1
        return (start - 1 in self.named and _joined(self.text, tokens, start)
                and (following == len(tokens) or not _joined(self.text, tokens, following)))

    def _listed_with_things(self, start: int) -> bool:
        """An item of a list whose item beside it is a lower-case everyday word naming no one is a thing too
        ("Wood, leather, and grass"); a capital not opening the sentence still makes it a name ("than Barry,
        honestly"), and so does a word after the comma that is no item, the list going no further."""
        tokens = self.tokens
        if self.cased and tokens[start].is_capitalised and not self._opens_sentence(start):
            return False
        for step in (-1, 1):
            n = start + step
            if 0 <= n < len(tokens) and tokens[n].norm in CONNECTORS:
                n += step
            if not (0 <= n < len(tokens)) or n in self.named or tokens[n].is_capitalised or not is_everyday_word(
                    tokens[n].norm):
                continue
            near, far = sorted((n, start))
            if "," not in self.text[tokens[near].end:tokens[far].start]:
                continue
            beyond = n + step
            if 0 <= beyond < len(tokens) and (not _joined(self.text, tokens, max(n, beyond))
                                              or tokens[beyond].norm in CONNECTORS):
                return True
        return False

    def _set_against_a_name(self, start: int) -> bool:
        """The next words are "or"/"vs" and a name: the word is one side of the comparison the question asks."""
        tokens, connector = self.tokens, start + 1
        return (connector + 1 < len(tokens) and (tokens[connector].norm == "or" or tokens[connector].norm in _COMPARE)
                and connector + 1 in self.named)

    def _paired_with_a_thing(self, start: int) -> bool:
        """A word before a noun, joined by "and" or "or" to a lower-case English word before that same noun, is the
        same kind of word as the other ("Hunter season and football season"): a thing, as a player is not."""
        tokens = self.tokens
        noun = start + 1
        if noun >= len(tokens) or not _joined(self.text, tokens, noun):
            return False
        for other in (noun + 2, start - 3):
            connector = min(other, start) + 2
            if (0 <= other < len(tokens) - 1 and tokens[connector].norm in ("and", "or")
                    and tokens[other + 1].norm == tokens[noun].norm and other not in self.named
                    and not tokens[other].is_capitalised and is_english_word(tokens[other].norm)
                    and _joined(self.text, tokens, other + 1)):
                return True
        return False

    def _among_unknown_words(self, start: int) -> bool:
        """The words either side, joined to this one, are of no language the tables know and name no one as
        typed."""
        tokens = self.tokens
        beside = [n for n in (start - 1, start + 1)
                  if 0 <= n < len(tokens) and _joined(self.text, tokens, max(n, start))]
        return bool(beside) and all(n not in self.exact and not is_known_word(tokens[n].norm) for n in beside)

    def _before_gerund_subject(self, start: int) -> bool:
        """A word before a lower-case "-ing" word and "is" or "was" is what that activity is of ("Bird watching is
        my hobby", "wood carving was"): the "-ing" word is the subject, a noun; a player doing something is
        written with his possessive ("Bird's shooting was") or an object after the verb ("Bird shooting 50%")."""
        tokens, following = self.tokens, start + 1
        return (following + 1 < len(tokens) and tokens[following + 1].norm in _SINGULAR_BE
                and tokens[following].norm.endswith("ing") and not tokens[following].is_capitalised
                and is_everyday_word(tokens[following].norm) and _joined(self.text, tokens, following)
                and _joined(self.text, tokens, following + 1))

    def _kind_of_season(self, start: int) -> bool:
        """A word before "season" and a verb of its opening or close is what the season is for ("Hunter season
        opens", "when does deer season start"): a player's season does not open; it is his ("Rose's season ended")
        or named by its year or club."""
        tokens, following = self.tokens, start + 1
        return (following + 1 < len(tokens) and not self.anchors and not self._owns_next(start)
                and tokens[following].norm in ("season", "seasons")
                and tokens[following + 1].norm in _SEASON_TURNS and _joined(self.text, tokens, following)
                and _joined(self.text, tokens, following + 1))

    def _listed_as_one_name(self, start: int) -> bool:
        """An item of a list of names that takes a singular verb ("Wood, Stone and Hill is the name of the firm"):
        the list is one name, a firm's or a band's; players listed are several and take "are". A list after a
        preposition is its object ("the race between Magic and Barkley was"): the verb is the noun's before it."""
        last, first = self._list_end(start, 1), self._list_end(start, -1)
        return ((last != start or first != start) and last + 1 < len(self.tokens)
                and self.tokens[last + 1].norm in _SINGULAR_BE and _joined(self.text, self.tokens, last + 1)
                and not (first > 0 and self.tokens[first - 1].norm in _LIST_PREPOSITIONS))

    def _list_end(self, start: int, step: int) -> int:
        """The last item, going ``step`` ways from ``start``, of the names listed with commas or "and"."""
        tokens, item = self.tokens, start
        while True:
            following = item + step
            if 0 <= following < len(tokens) and tokens[following].norm == "and":
                following += step
            elif not (0 <= following < len(tokens) and "," in self._gap(max(item, following))):
                return item
            if not (0 <= following < len(tokens) and following in self.named):
                return item
            item = following

    def _verb_after_adverb(self, start: int) -> bool:
        """A lower-case English word after "still", "never", "always"... is a verb ("retiring early still hurts",
        "he never misses"): those adverbs stand before what someone does, not before a name."""
        tokens = self.tokens
        return (start >= 1 and tokens[start - 1].norm in _VERB_ADVERBS and not tokens[start].is_capitalised
                and is_english_word(tokens[start].norm))

    def _verb_after_modal(self, start: int) -> bool:
        """A lower-case English word after a name and "would", "could", "can"... is the verb of the name
        ("Magic Johnson would cook Steph Curry"), not another name."""
        tokens = self.tokens
        return (start >= 2 and tokens[start - 1].norm in _MODALS and start - 2 in self.named
                and not tokens[start].is_capitalised and is_english_word(tokens[start].norm))

    def _opens_as_word(self, start: int) -> bool:
        """An English word opening a sentence, where its capital says nothing, that the word after it makes an
        ordinary word: a verb before its object ("Pierce the tab", "Ward off the cold"), an everyday noun before the
        noun it describes ("Wood bats", "Bird watching"), the first word of a two-word name of a thing
        ("Duncan Donuts", "Jackson Hole") or a thing's before its number ("Ward 6"). A surname there is a name
        only where the question places it as one: beside "vs" or "or" and another player, a season or a club; a
        stat or sport word after it ("Rice receptions", "Jordan the goat") is said of a player."""
        tokens, following = self.tokens, start + 1
        if (not self._opens_sentence(start) or following >= len(tokens) or not is_english_word(tokens[start].norm)
                or not _joined(self.text, tokens, following) or self._owns_next(start)):
            return False
        word = tokens[following]
        if word.norm.isdigit() and len(word.norm) <= 2 and following not in self.anchors:
            return self._numbered_thing(start)
        if word.norm in _PARTICLES and not word.is_capitalised:
            # A phrasal verb before its object ("Ward off the cold", "Hunt for tickets"); play-by-play puts a
            # name before what he did ("Curry for three", "Bird off the glass").
            after = following + 1
            if after < len(tokens) and tokens[after].norm in _OBJECT_DETERMINERS:
                after += 1
            return self._object_after(after)
        if self._sport_at(following) or (is_stopword(word.norm) and word.norm not in DETERMINERS):
            return False
        if word.is_capitalised:
            return self.cased and self._names_a_thing(following)
        if word.norm in _OBJECT_DETERMINERS:
            return self._object_after(following + 1)
        # A noun before another only where it is an everyday word ("Wood bats"): a name is said before the things
        # that are his ("Jordan highlights", "Sanders stats").
        # A gerund with a name or a season for its object is what he did ("Bird watching Magic in 1984").
        opener, after = tokens[start].norm, following + 1
        return ((is_everyday_word(opener) or opener in COMMON_WORDS) and _is_noun_form(word.norm)
                and not (after < len(tokens) and self._sport_at(after)))

    def _numbered_thing(self, start: int) -> bool:
        """A capitalised word and a number that is no season, in a clause that goes on: a numbered place or thing
        ("Ward 6 in the hospital", "Gate 4 is closed"); a count before what it counts is his ("Brady 7 rings"),
        and so is one ending its clause ("Jordan 6. Debate over.")."""
        tokens, counted = self.tokens, start + 2
        if not (self.cased and tokens[start].is_capitalised and counted < len(tokens)
                and not self._gap(counted).strip()):
            return False
        word = tokens[counted].norm
        return word in _AFTER_A_PLACE or not (is_stopword(word) or self._sport_at(counted) or _is_noun_form(word))

    def _object_after(self, position: int) -> bool:
        """A lower-case English word, no sport word, at ``position``: the object of the verb before its determiner."""
        tokens = self.tokens
        if position >= len(tokens) or not _joined(self.text, tokens, position):
            return False
        word = tokens[position]
        return (not word.is_capitalised and is_english_word(word.norm) and not is_stopword(word.norm)
                and not self._sport_at(position))

    def _sport_at(self, position: int) -> bool:
        """A name, a season, a club, a stat or a sport word at ``position``: what a player is said with."""
        return (position in self.named or position in self.anchors or position in self.stat_words
                or self.tokens[position].norm in SPORT_TALK)

    def _names_a_thing(self, position: int) -> bool:
        """A capitalised English word that ends a name of two words, no player's (his full name would be matched
        whole): the clause goes on in lower case after it, or ends ("Jackson Hole is", "Duncan Donuts?"); a
        headline's capitals run on ("Curry Sets New Mark")."""
        tokens, word = self.tokens, self.tokens[position]
        if not is_english_word(word.norm) or self.text[word.start:word.end].isupper():
            return False
        after = position + 1
        return after == len(tokens) or not _joined(self.text, tokens, after) or not tokens[after].is_capitalised

    def _opens_sentence(self, position: int) -> bool:
        return opens_sentence(self.text, self.tokens, position)

    def _in_proper_name(self, start: int) -> bool:
        """A word beside a capitalised everyday word, joined, is one proper name with it, of something else
        than a player ("Green Day", "the West Coast offense", "his Little League coach", "Green Bay"): a
        surname needs more than that to be read as one. The word beside it must be no player's first name
        ("Kevin Love"), nor a word a title capitalises ("Bird Or Magic", "Judge Vs. Maris"), nor what a
        possessive owns ("Rice's Receiving Records")."""
        tokens, end = self.tokens, start + 1
        return self.cased and any(
            0 <= n < len(tokens) and tokens[n].is_capitalised and EVERYDAY <= zipf(tokens[n].norm) < _FUNCTION_WORD
            and tokens[n].norm not in _COMPARE and not (n == end and self._owns_next(start))
            and not self.text[tokens[n].start:tokens[n].end].isupper()  # "Judge HR prop": an abbreviation
            and tokens[n].norm not in self.first_names and _joined(self.text, tokens, max(n, start))
            for n in (start - 1, end))

    def _owns_next(self, position: int) -> bool:
        """The word is written with a possessive "'s", so the next word is what it owns, not more of its name."""
        token = self.tokens[position]
        return self.text[token.end:token.end + 2].lower() in ("'s", "’s")

    def _in_named_thing(self, mention: Mention) -> bool:
        """Part of a capitalised name after "the" that holds a capitalised everyday word of its own ("the Eiffel
        Tower", "the Statue of Liberty", "the Hudson River", "the Great Wall of China"): the name of a place or a
        thing; a person is not named with "the", and a nickname that is ("the Big Unit") is matched whole. A
        club in the name ("the Jordan Bulls") makes it his club's, and a nickname's own words ("the Black Mamba
        Kobe Bryant") are no other thing's."""
        tokens = self.tokens
        if not self.cased:
            return False
        the = mention.start if tokens[mention.start].norm == "the" else mention.start - 1
        while the >= 0 and tokens[the].norm != "the" and self._in_title(the):
            the -= 1
        if the < 0 or tokens[the].norm != "the":
            return False
        end = the + 1
        while end < len(tokens) and self._in_title(end) and (end == the + 1 or _joined(self.text, tokens, end)):
            end += 1
        while end > the + 1 and tokens[end - 1].norm == "of":
            end -= 1
        words = range(the + 1, end)
        if len(words) < 2 or mention.end > end or mention.start < the or mention.end - mention.start >= len(words):
            return False
        return not self.anchors.intersection(words) and any(
            p not in self.nicknamed and EVERYDAY <= zipf(tokens[p].norm) < _FUNCTION_WORD
            and not self.text[tokens[p].start:tokens[p].end].isupper() for p in words)

    def _in_title(self, position: int) -> bool:
        """A word of a capitalised name: capitalised itself, or "of" between two that are ("Statue of Liberty")."""
        tokens = self.tokens
        if tokens[position].norm == "of":
            return 0 < position < len(tokens) - 1 and tokens[position - 1].is_capitalised and tokens[
                position + 1].is_capitalised
        return tokens[position].is_capitalised and tokens[position].norm != "the"

    def _opening_aside(self) -> set[int]:
        """The positions of a filler phrase that opens the question before a comma or colon ("Real quick, ...",
        "Long story short, ...", "No cap, ...", "Hear me out: ..."): two to four everyday English words, in lower
        case past the first, that compare nobody and name no club or season. A surname among them ("quick",
        "short") is that word, not the player."""
        tokens = self.tokens
        end = next((i for i in range(1, len(tokens)) if {",", ":"}.intersection(self._gap(i))), 0)
        aside = range(0, end)
        if not 2 <= len(aside) <= 4 or any(
                tokens[p].norm in CONNECTORS or tokens[p].norm in _COMPARE or p in self.anchors
                or p in self.stat_words or (p > 0 and tokens[p].is_capitalised)
                or not (zipf(tokens[p].norm) >= EVERYDAY or is_english_led(tokens[p].norm)) for p in aside):
            return set()
        return set(aside)

    def _joined(self, other: int, connector: str | None, gap: str, own: int) -> Evidence:
        if not (connector in CONNECTORS or "," in gap):
            return Evidence.NONE
        if other in self.outright:
            return Evidence.NAMED
        if connector not in _ALTERNATIVES or other not in self.least_need:
            return Evidence.NONE
        # "the answer or the beard": the other side is a name in sport talk, so this one is placed as one;
        # "yokich or yannis": a star's name spelt by sound, set against a star of his league, is his.
        if self.misspelt_star_leagues.get(own, set()) & self.star_leagues.get(other, set()):
            return Evidence.NAMED
        return Evidence.NAMED if self.least_need[other] <= Evidence.SPORT else Evidence.SPORT

    def _contrasted(self, start: int, end: int) -> bool:
        """Set against a player named outright across "but": the subject of the clause before it and the
        one after ("bonds had the numbers but aaron did it clean", "i like steph but kd is the better scorer")."""
        for but in (i for i, token in enumerate(self.tokens) if token.norm == "but"):
            if but + 1 in self.outright and (start == 0 or end == but):
                return True
            if start == but + 1 and (0 in self.outright or but - 1 in self.outright):
                return True
        return False

    def _compares(self, end: int) -> bool:
        """The subject of a comparison with a player named: "hill (was) better than penny"."""
        i = end
        while i < len(self.tokens) and self.tokens[i].norm in _COMPARISON_FILLER:
            i += 1
        return (i + 2 < len(self.tokens) and self._comparative(self.tokens[i].norm)
                and self.tokens[i + 1].norm == "than" and i + 2 in self.named)

    @staticmethod
    def _comparative(word: str) -> bool:
        return word in _COMPARATIVES or word.endswith("er")  # "longer", "a better player than"

    def _compared(self, start: int) -> bool:
        """The other side of a comparison: "better than brown" (not "more rings than fingers")."""
        if start < 2 or self.tokens[start - 1].norm != "than":
            return False
        return self._comparative(self.tokens[start - 2].norm)

    def _beside_anchor(self, start: int, end: int) -> bool:
        """A season or club beside the words ("judge 22", "'96 jordan", "cowboys smith"), or after them across
        "in the" or "with the" ("magic in the 80s", "rice with the niners"), unless the words follow a
        preposition ("at short in the early 2000s")."""
        # Right beside it, with no comma between: "the 90s, hands down" ends the clause.
        if (start - 1 in self.anchors and "," not in self._gap(start)) or (
                end in self.anchors and "," not in self._gap(end)):
            return True
        if start > 0 and self.tokens[start - 1].norm in _PREPOSITIONS:
            return False
        if end < len(self.tokens) and self.tokens[end].norm == "the":
            return False  # the object of a verb ("love the bulls", "love the 96 bulls"), not what he played in
        right = end
        while right < len(self.tokens) and right not in self.anchors and (
                self.tokens[right].norm in SEASON_GAP or self.tokens[right].norm in _CLUB_GAP):
            right += 1
        return right in self.anchors

    def _gap(self, position: int) -> str:
        return self.text[self.tokens[position - 1].end:self.tokens[position].start]

def _settle_pairs(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Two one-word mentions side by side are one name, not two players.

    A nickname and a surname of the same player ("Pudge Rodriguez", "Shaq O'Neal") become one
    mention of him; a capitalised first and last name that only match as separate surnames ("Aaron
    Donald", a player the store does not have) are dropped, to be reported as an unknown name.
    """
    settled: list[Mention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        second = mentions[i + 1] if i + 1 < len(mentions) else None
        if second is None or first.end != second.start or not _joined(text, tokens, second.start) or (
                first.end - first.start, second.end - second.start) != (1, 1):
            settled.append(first)
            i += 1
            continue
        shared = _same_player(first, second)
        if shared is not None:
            settled.append(Mention(first.start, second.end, text[tokens[first.start].start:tokens[second.start].end],
                                   (shared,), (Evidence.NONE,)))
        elif not (tokens[first.start].is_capitalised and tokens[second.start].is_capitalised
                  and all(c.kind in _PART_KINDS for c in first.candidates + second.candidates)):
            settled.extend((first, second))
        i += 2
    return settled


def _same_player(first: Mention, second: Mention) -> Scored | None:
    """The player both mentions name, when one names him outright and the other lists him."""
    for named, listing in ((first, second), (second, first)):
        best = named.candidates[0]
        if best.kind in (MatchKind.ALIAS, MatchKind.FIRST) and any(c.entry == best.entry for c in listing.candidates):
            return best
    return None


class _Scanner:
    """One question's tokens, with spelling corrections worked out only when a span needs them."""

    def __init__(self, index: NameIndex, text: str, tokens: Sequence[Token], blocked: Collection[int],
                 single_blocked: Collection[int], team_words: Collection[str]) -> None:
        self.index, self.text, self.tokens = index, text, tokens
        self.blocked, self.single_blocked, self.team_words = blocked, single_blocked, team_words
        self._fixes: dict[int, list[Correction]] = {}

    def fixes(self, position: int) -> list[Correction]:
        if position not in self._fixes:
            word = self.tokens[position].norm
            self._fixes[position] = [] if is_stopword(word) else self.index.correct(word)
        return self._fixes[position]

    def longest_at(self, start: int) -> Mention | None:
        tokens, text = self.tokens, self.text
        for length in range(min(self.index.longest_key, len(tokens) - start), 0, -1):
            end = start + length
            positions = range(start, end)
            if any(p in self.blocked for p in positions) or not all(_joined(text, tokens, p) for p in positions[1:]):
                continue
            initials = length == 1 and self._initials(start)
            if length == 1 and (start in self.single_blocked
                                or (is_stopword(tokens[start].norm) and not initials)
                                or _CONTRACTION.search(text[tokens[start].start:tokens[start].end])):
                continue
            words = [tokens[p].norm for p in positions]
            by_entry: dict[int, tuple[Scored, Evidence]] = {}
            found = self.candidates(positions)
            # Only corrections the candidates were looked up by: a word read as typed alone has none worked out.
            said_alike = {s.entry for fix in self._fixes.get(start, ()) if fix.homophone
                          for s in self.index.lookup(fix.word)} if length == 1 else set()
            for scored in found:
                needs = _needs(scored, words, initials, name_keys(self.index.entries[scored.entry].name)[2],
                               said_alike)
                if scored.score < MIN_SCORE or needs is Evidence.NEVER:
                    continue
                known = by_entry.get(scored.entry)
                if known is None or (needs, -scored.score) < (known[1], -known[0].score):
                    by_entry[scored.entry] = (scored, needs)
            if by_entry:
                ranked = sorted(by_entry.values(), key=lambda pair: -pair[0].score)
                span = text[tokens[start].start:tokens[end - 1].end]
                return Mention(start, end, span, tuple(s for s, _ in ranked), tuple(n for _, n in ranked))
        return None

    def _initials(self, position: int) -> bool:
        """Initials: dotted ("T.O."), or two or three capitals in a question not all in capitals, set beside
        "or"/"vs" as one side of a comparison ("Moss or TO"), where "to" cannot be the preposition."""
        token, tokens = self.tokens[position], self.tokens
        if token.is_initials:
            return True
        written = self.text[token.start:token.end]
        return (2 <= len(written) <= 3 and written.isalpha() and written.isupper()
                and any(c.islower() for c in self.text)
                and ((position > 0 and tokens[position - 1].norm in CONNECTORS)
                     or (position + 1 < len(tokens) and tokens[position + 1].norm in CONNECTORS)))

    def _possessive(self, position: int) -> bool:
        """A name and an "s" before what sport talks of, the apostrophe left out ("jordans career")."""
        following = position + 1
        return (self.tokens[position].norm.endswith("s") and following < len(self.tokens)
                and self.tokens[following].norm in SPORT_TALK and _joined(self.text, self.tokens, following))

    def _split(self, words: Sequence[str]) -> list[Scored]:
        """A famous player's name that voice typing wrote as two words ("ma homes", "oh tani", "patrick
        ma homes"): the words joined spell it exactly."""
        index = self.index
        if any(is_stopword(word) for word in words):
            return []  # a word of the sentence stays one ("for D in fantasy" is no Ford)
        key = "".join(words) if len(words) == 2 else f"{words[0]} {''.join(words[1:])}"
        return [s for s in index.lookup(key, _SPLIT_QUALITY) if index.entries[s.entry].fame >= FUZZY_FAME]

    def _run_together(self, word: str) -> list[Scored]:
        """A famous player's first name and surname typed as one word ("jerryrice", "RayAllen"): a word of no
        language that, split once, spells his full name exactly."""
        if len(word) < _RUN_TOGETHER or not word.isalpha() or is_known_word(word):
            return []
        index = self.index
        # Every letter is his, in order: as exact as the name typed with its space, and needing no more evidence.
        return [s for i in range(2, len(word) - 1) for s in index.lookup(f"{word[:i]} {word[i:]}")
                if s.kind not in _PART_KINDS and index.entries[s.entry].fame >= FUZZY_FAME]

    def candidates(self, positions: range) -> list[Scored]:
        """Players the words at ``positions`` name as typed, and as corrected.

        One word: its corrections too, a weak one ("meaning" sounds like "manning") needing context.
        Several words, when they name nobody as typed: each may be one of its two best corrections
        ("Aaron Rogers"), at most two of them, with no common word among them.
        """
        index = self.index
        words = [self.tokens[p].norm for p in positions]
        found = index.lookup(" ".join(words))
        if len(words) == 1:
            if words[0] in self.team_words:
                return [s for s in found if s.kind is MatchKind.ALIAS]
            named = index.lookup(words[0][:-1]) if self._possessive(positions[0]) else []
            found.extend(named)
            if not found:
                found.extend(self._run_together(words[0]))
            # A club's nickname in the singular ("the greatest Steeler", "a Laker for life") is one of its
            # players, no misspelt name; spelt exactly, it is still the name ("brown" of the Browns' word).
            if not named and words[0] not in index.correction_words and words[0] + "s" not in self.team_words:
                for fix in self.fixes(positions[0]):
                    if fix.alone and words[0] != fix.word + "s":
                        found.extend(index.lookup(fix.word, fix.quality, needs_context=not fix.strong))
            return found
        # A short form that is also an everyday word ("will") makes a name only where placed as one.
        # Only of a player known by that first name: "jim brown" is no James Kevin Brown (Kevin Brown).
        for full in _SHORT_FORMS.get(words[0], ()):
            found.extend(s for s in index.lookup(" ".join((full, *words[1:])), _SHORT_FORM_QUALITY,
                                                 needs_context=is_everyday_word(words[0]))
                         if name_keys(index.entries[s.entry].name)[1] == full)
        if found or len(words) > _MAX_CORRECTED_WORDS:
            return found
        found.extend(self._split(words))
        if found or any(is_stopword(w) for w in words):
            return found
        spellings: list[tuple[list[str], float, int]] = [([], 1.0, 0)]
        # A first and last name: every correction of each word is tried, the name itself choosing among
        # equally close ones ("wane gretzky": kane, wade, wayne), and a surname may be spelt as it sounds
        # ("tim dunkin"); a longer span tries the best two corrections of each word.
        pair = len(words) == 2
        for p, word in zip(positions, words, strict=True):
            fixes = self.fixes(p) if pair else self.fixes(p)[:2]
            if pair and p == positions[-1]:
                fixes = fixes + [s for s in self.index.sounds_like(word) if all(s.word != f.word for f in fixes)]
            # A plural is the thing named after a player, not him ("two cy youngs").
            options = [(word, 1.0, 0)] + [(fix.word, fix.quality, 1) for fix in fixes if word != fix.word + "s"]
            spellings = [([*spelled, w], q * wq, fixed + n) for spelled, q, fixed in spellings
                         for w, wq, n in options if fixed + n <= 2]
        # As with one word, a misspelt name is a famous player's, or a nicknamed one's: a correction that
        # lands on an obscure one's name ("chris rock": Chris Brock) is a name of someone else.
        for spelled, quality, fixed in spellings:
            if fixed:
                found.extend(s for s in index.lookup(" ".join(spelled), quality)
                             if index.entries[s.entry].fame >= FUZZY_FAME or s.entry in index.nicknamed)
        if not found and pair:
            found.extend(index.misremembered(*words))
        return found


def _confidence(best: Scored, runner_up: Scored | None) -> float:
    margin = 1.0 - 0.6 * (runner_up.score / best.score if runner_up else 0.0)
    kind_certainty = (1.0, 1.0, 0.92, 0.88)[best.kind]
    return round(max(0.0, min(1.0, best.quality * kind_certainty * margin)), 3)


@dataclass(frozen=True)
class _Context:
    leagues: frozenset[League] = frozenset()
    roles: frozenset[tuple[League, str]] = frozenset()
    era: tuple[int, int] | None = None
    partners: tuple[PlayerEntry, ...] = ()  # the other players the question names clearly
    club_players: frozenset[str] = frozenset()  # ids of those who played for the clubs the question names
    positions: frozenset[tuple[League, str]] = frozenset()  # the position codes the question's words name


def _weight(index: NameIndex, scored: Scored, context: _Context) -> Scored:
    factor = _factor(index.entries[scored.entry], context)
    return Scored(scored.entry, scored.score * factor, scored.kind, scored.quality, scored.needs_context)


def _factor(entry: PlayerEntry, context: _Context) -> float:
    """How much more (or less) likely the rest of the question makes ``entry``."""
    era = context.era
    factor = 1.0
    if context.leagues:
        factor = CONTEXT_BOOST if entry.league in context.leagues else OTHER_LEAGUE
    if (entry.league, entry.roles[0]) in context.roles:
        factor *= ROLE_BOOST
    # "barkley or malone best power forward": the namesake who mainly played the position named (Karl, a
    # forward, not Moses, a center first).
    if (entry.league, entry.position) in context.positions:
        factor *= ROLE_BOOST
    if entry.id in context.club_players:
        factor *= CLUB_BOOST
    if era is not None and entry.first_season is not None and entry.last_season is not None:
        # The era has a year's slack either side for seasons that straddle two years; a league numbering
        # its seasons by the year they start in needs none ("rice in the 90s": Jim Rice's last was 1989).
        slack = 0 if LEAGUES[entry.league].season_ends_in_year else 1
        if entry.last_season < era[0] + slack or entry.first_season > era[1] - slack:
            factor *= OUT_OF_ERA
    return factor * (1.0 + CONTEMPORARY_BOOST * _partner_overlap(entry, context.partners))


def _partner_overlap(entry: PlayerEntry, partners: Sequence[PlayerEntry]) -> float:
    """How far a career coincides with those of the players of its league named beside it, 0..1.

    Players named together are often contemporaries ("Johnson vs Bird" is Magic rather than Dennis
    Johnson, whose career began earlier; "Stockton and Malone" is Karl, not Moses): the years both
    played over the years either did, the best over the partners.
    """
    if entry.first_season is None or entry.last_season is None:
        return 0.0
    shares = [max(0, min(entry.last_season, p.last_season) - max(entry.first_season, p.first_season) + 1)
              / (max(entry.last_season, p.last_season) - min(entry.first_season, p.first_season) + 1)
              for p in partners if p.league is entry.league and p.first_season is not None
              and p.last_season is not None]
    return max(shares, default=0.0)


def _without_league_hint(index: NameIndex, mention: Mention, context: _Context) -> _Context:
    """A star named in full ("Magic Johnson" beside Lemieux) is that star, whatever league the rest of the question
    is about: a namesake of that league (Mark Johnson, whom some called Magic too) needs more than the league to be
    read instead. A star of the question's own league named so keeps the hint ("Deion Sanders vs Jerry Rice")."""
    if not context.leagues:
        return context
    stars = {index.entries[s.entry].league for s in mention.candidates
             if s.kind is MatchKind.FULL and index.entries[s.entry].fame >= STAR_FAME}
    return replace(context, leagues=frozenset()) if stars and not stars & context.leagues else context


def _resolve_one(index: NameIndex, mention: Mention, context: _Context) -> Resolution:
    context = _without_league_hint(index, mention, context)
    ranked = sorted((_weight(index, s, context) for s in mention.candidates), key=lambda s: -s.score)
    best = ranked[0]
    if best.kind is MatchKind.FIRST:
        # A surname about as likely is read before a first name ("allen vs miller" is Ray Allen, not
        # Allen Iverson): see below.
        surname = next((s for s in ranked if s.kind is MatchKind.SURNAME and s.score >= AMBIGUITY_RATIO * best.score),
                       None)
        if surname is not None:
            ranked = [surname, *(s for s in ranked if s is not surname)]
            best = surname
    # A word that is one player's surname and another's first name ("allen": Ray Allen, Allen Iverson)
    # is the surname: fans name a player by his first name alone only when that is his name to them, and
    # those first names are aliases ("LeBron", "Kobe").
    # A curated nickname that is always a name outranks one that is a name only in context ("the wizard
    # of oz" is Ozzie Smith; Ozzie Newsome was called that too, less often).
    rivals = [s for s in ranked[1:] if not (best.kind is MatchKind.SURNAME and s.kind is MatchKind.FIRST)
              and not (best.kind is s.kind is MatchKind.ALIAS and s.needs_context and not best.needs_context)]
    runner_up = rivals[0] if rivals else None
    # "Which Manning ...?": the question itself says the name is several players' of one league, if a namesake is
    # known well enough to be one of them ("which jordan" is still Michael).
    asked_which = (mention.which and runner_up is not None and best.kind is runner_up.kind is MatchKind.SURNAME
                   and index.entries[best.entry].league is index.entries[runner_up.entry].league
                   and runner_up.score >= STAR_RIVAL_RATIO * best.score)
    if runner_up is not None and (asked_which or runner_up.score >= AMBIGUITY_RATIO * best.score
                                  or _star_namesakes(index, best, runner_up, context)):
        return Resolution(mention, tuple(ranked), None, 0.0)
    return Resolution(mention, tuple(ranked), best, _confidence(best, runner_up))


def _star_namesakes(index: NameIndex, best: Scored, runner_up: Scored, context: _Context) -> bool:
    """Two of a league's stars share the name ("Manning": Peyton and Eli, "Hull": Bobby and Brett): alone
    ("manning super bowls"), fans mean either, so the question must say which, unless it tells them apart:
    seasons named (the better known player's), or another player named favouring the better known one: his
    position, or a career more nearly his own ("Johnson vs Bird" is Magic). Set beside another player of
    their league ("Brady vs Manning", "top 3 qbs: brady, manning, montana"), the name is the one fans argue
    about, the better known's, unless that player's context makes the other about as likely (the close
    call every mention has)."""
    first, second = index.entries[best.entry], index.entries[runner_up.entry]
    return (best.kind is runner_up.kind is MatchKind.SURNAME and first.league is second.league
            and context.era is None and not any(partner.league is first.league for partner in context.partners)
            and _factor(first, context) <= _factor(second, context)
            and second.fame >= STAR_FAME and runner_up.score >= STAR_RIVAL_RATIO * best.score)


def resolve_mentions(index: NameIndex, mentions: Sequence[Mention], named_leagues: Collection[League] = (),
                     era: tuple[int, int] | None = None, club_players: Collection[str] = (),
                     positions: Collection[tuple[League, str]] = (),
                     before_era: Collection[int] = (),
                     own_eras: Mapping[int, tuple[int, int]] | None = None) -> list[Resolution]:
    """Choose a player per mention; the other players named, league words and years settle close calls.

    Each mention is first resolved alone, then again in the context of the others' clear choices:
    candidates from their leagues, at their positions and in their years, gain ("Johnson vs Bird" is
    Magic), but a clear choice made alone stands unless the context makes another one clear. ``era``
    is the span of years the question names, if any: players who never played in it fall back
    ("Mahomes vs Allen in 2023" is not Marcus Allen), except for the mentions starting at ``before_era``,
    which the question places before its seasons ("Kawhi in 2019, the best since Jordan"), and those with a
    season of their own beside them (``own_eras``, by the mention's start: "GIBSON 68"). A lone surname
    that several prominent players share (:func:`_crowded`) is a guess alone: it lends the others no
    context and, unless they or the question's league or years settle it, is left for the client to ask
    back ("Brown vs Davis").
    """
    alone = _Context(frozenset(named_leagues), era=era, club_players=frozenset(club_players),
                     positions=frozenset(positions))
    own_eras = own_eras or {}

    def era_of(mention: Mention) -> tuple[int, int] | None:
        return own_eras.get(mention.start, None if mention.start in before_era else era)

    first = [_resolve_one(index, m, replace(alone, era=era_of(m))) for m in mentions]
    open_call = not named_leagues and era is None and not club_players
    guessed = [open_call and _crowded(index, m) for m in mentions]
    # What the clear choices name, counted, so each mention's context (everyone else's) is a subtraction.
    chosen = [index.entries[r.chosen.entry] if r.chosen and not guess else None
              for r, guess in zip(first, guessed, strict=True)]
    leagues = Counter(entry.league for entry in chosen if entry)
    roles = Counter((entry.league, entry.roles[0]) for entry in chosen if entry and entry.roles[0] != "any")
    resolved = []
    for position, mention in enumerate(mentions):
        own = chosen[position]
        alone_call = replace(first[position], chosen=None, confidence=0.0) if guessed[position] else first[position]
        if sum(leagues.values()) - (own is not None) == 0:
            resolved.append(alone_call)
            continue
        own_league = Counter([own.league] if own else [])
        own_role = Counter([(own.league, own.roles[0])] if own and own.roles[0] != "any" else [])
        context = _Context(
            leagues=alone.leagues | frozenset(leagues - own_league),
            roles=frozenset(roles - own_role),
            era=era_of(mention),
            partners=tuple(entry for other, entry in enumerate(chosen) if entry and other != position),
            club_players=alone.club_players,
            positions=alone.positions,
        )
        in_context = _resolve_one(index, mention, context)
        # Context settles close calls; it never makes a clear call unclear ("Jordan or Brady").
        resolved.append(alone_call if in_context.chosen is None and alone_call.chosen else in_context)
    return resolved


def _crowded(index: NameIndex, mention: Mention) -> bool:
    """A lone surname that several comparably prominent players of different sports share ("Brown",
    "Jones", "Williams"): not even the sport is known. Namesakes of one league are the star rule's."""
    best = mention.candidates[0]
    if mention.end - mention.start != 1 or best.kind is not MatchKind.SURNAME:
        return False
    close = [s for s in mention.candidates if s.kind is MatchKind.SURNAME and s.score >= CROWD_RATIO * best.score]
    return len(close) >= CROWD_SIZE and len({index.entries[s.entry].league for s in close}) > 1
