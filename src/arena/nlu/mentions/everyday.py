"""Rules that read a mention's words as an everyday thing, not a name: places, dates, titles, sign-offs."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from rapidfuzz.distance import Levenshtein

from arena.nlu.frequency import (
    EVERYDAY,
    is_english_word,
    is_everyday_word,
    zipf,
)
from arena.nlu.mentions.grammar import joined, may_be_noun
from arena.nlu.mentions.model import Evidence, Mention
from arena.nlu.mentions.words import PART_KINDS, PLACE_PREPOSITIONS, POSSESSIVES, SUBJECT_PRONOUNS, WRITTEN_SUFFIXES
from arena.nlu.names import MatchKind, NameIndex, name_keys
from arena.nlu.text import Token, fold
from arena.nlu.vocabulary import (
    CONNECTORS,
    COUNTRIES,
    DETERMINERS,
    SEASON_GAP,
    SPORT_TALK,
    SPORT_WORDS,
    is_stopword,
)
from arena.text import GENERATIONAL_SUFFIXES

_GREETINGS = frozenset({"hey", "hi", "hello", "yo", "thanks", "morning", "evening", "afternoon", "sup"})

# Nouns for a person: an English phrase before one describes him ("who is the franchise guy").
_PERSON_NOUNS = frozenset({"guy", "guys", "player", "players", "dude", "type"})

# People of one's own life: a name right after "my cousin", "our neighbor" is theirs ("my cousin graham").
KIN_NOUNS = frozenset({"cousin", "brother", "sister", "friend", "buddy", "dad", "son", "daughter", "uncle", "aunt",
                       "mom", "mum", "mother", "father", "grandma", "grandmother", "grandfather",
                       "nephew", "niece", "wife", "husband", "boss", "neighbor", "neighbour", "coworker",
                       "roommate", "boyfriend", "girlfriend", "grandpa", "grandson", "kid", "teacher", "coach",
                       # ... and the people of one's work or one's show, named by their role ("your producer Mason")
                       "producer", "colleague", "intern", "editor", "manager", "landlord", "barber", "bartender",
                       "therapist", "doctor", "dentist", "pastor", "cohost", "co-host", "assistant", "partner"})


def not_that_one(tokens: Sequence[Token], mention: Mention) -> bool:
    """A name followed by "not that one" ("Jordan (our Jordan, not that one)", "Mike Johnson, no, not that one") is
    one the writer says is not the one a reader thinks of: someone of the same name, not the player."""
    following = [t.norm for t in tokens[mention.end:mention.end + 4]]
    if following[:1] == ["no"]:
        following = following[1:]
    return following[:3] == ["not", "that", "one"]


# American odds ("+310", "-110"): a price taken on a bet.
_ODDS = re.compile(r"(?<![\w.])[+-]\d{3,4}\b")
_BOOK_PREPOSITIONS = frozenset({"on", "at", "with", "via"})


def sportsbook(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A lone name right after "on" or "at" that follows a price in American odds ("+310 on DK", "-110 at FD") is the
    book the bet is taken at, not a player: a player is what the bet is on, before the price."""
    start = mention.start
    if mention.end - start != 1 or start < 2 or tokens[start - 1].norm not in _BOOK_PREPOSITIONS:
        return False
    return bool(_ODDS.search(text, tokens[max(0, start - 3)].start, tokens[start - 1].start))


def named_after(index: NameIndex, tokens: Sequence[Token], mention: Mention) -> bool:
    """A player's name followed by his surname in the plural is the award named after him ("two cy youngs")."""
    if mention.end >= len(tokens):
        return False
    surname = name_keys(index.entries[mention.candidates[0].entry].name)[2]
    return surname is not None and tokens[mention.end].norm == surname + "s"


def addressed(text: str, tokens: Sequence[Token], mention: Mention, named: Collection[int]) -> bool:
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


def signed(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A name that ends the question after a sign-off and a comma ("... Much appreciated, Dale.") is the writer's
    signature, not a player asked about (Carroll Dale)."""
    start = mention.start
    return (mention.end == len(tokens) and start > 0 and tokens[start - 1].norm in _SIGN_OFFS
            and "," in text[tokens[start - 1].end:tokens[start].start])


def signing_off(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A sign-off word that opens the last sentence and is followed only by the writer's name or what his family
    calls him ("Love, Nana", "Love Grandpa", "Cheers Uncle Ray") closes a letter: it names no player (Bob Love)."""
    start, end = mention.start, mention.end
    closing = tokens[end:]
    return (end - start == 1 and tokens[start].norm in _SIGN_OFFS and start > 0 and 1 <= len(closing) <= 2
            and all(t.is_capitalised for t in closing)
            and any(mark in text[tokens[start - 1].end:tokens[start].start] for mark in ".!?")
            and not text[closing[-1].end:].strip(" .!"))


# "this is Dave from Phoenix", "it's Pat from Pittsburgh": the words that introduce a caller ("it's" is the token
# "it", its "'s" dropped as a possessive's is).
_INTRODUCTIONS = (("this", "is"), ("it",), ("its",))


def caller(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A first name alone that opens a clause (or follows "this is") and is followed by "from" and a place
    is a radio caller introducing himself ("Pat from Pittsburgh", "this is Dave from Phoenix"), not a
    player: a player named by his first name alone is named by his alias, which is no common first name.
    Followed by "from" or "in", a place and "here" ("Frank in Houston here"), the word is the caller's name
    whoever else bears it as a surname (Tellis Frank)."""
    start, end = mention.start, mention.end
    if not (end - start == 1 and end + 1 < len(tokens) and tokens[end].norm in ("from", "in")
            and tokens[end + 1].is_capitalised):
        return False
    here = any(t.norm == "here" for t in tokens[end + 2:end + 4])
    if not here and not (tokens[end].norm == "from" and all(
            s.kind is MatchKind.FIRST or (s.kind is MatchKind.ALIAS and s.needs_context) for s in mention.candidates)):
        return False
    opens_clause = start == 0 or any(mark in text[tokens[start - 1].end:tokens[start].start] for mark in ",.:;!?")
    return opens_clause or any(tuple(t.norm for t in tokens[max(0, start - len(words)):start]) == words
                               for words in _INTRODUCTIONS)


def introduced_here(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A word that opens the question and is followed by "here" and a stop or a comma is the writer saying who he
    is ("Parent here.", "Mike here, long-time listener"), not a player asked about: a first name or a word that is
    a name only where placed as one ("Jordan here, easily" keeps Jordan)."""
    end = mention.end
    return (mention.start == 0 and end + 1 <= len(tokens) - 1 and tokens[end].norm == "here"
            and any(mark in text[tokens[end].end:tokens[end + 1].start] for mark in ",.:;!-—")
            and (mention.needs[0] is not Evidence.NONE or mention.candidates[0].kind is MatchKind.FIRST))


def suffix_of_another_name(text: str, tokens: Sequence[Token], mention: Mention, named: Collection[int]) -> bool:
    """"Junior" or "Jr." right after a capitalised name that is no player's is that person's suffix ("Vinícius
    Júnior", a footballer), not the nickname of the Jr. the store holds (Ken Griffey Jr., "Junior")."""
    start = mention.start
    word = tokens[start].norm
    return (mention.end - start == 1 and start > 0 and WRITTEN_SUFFIXES.get(word, word) in GENERATIONAL_SUFFIXES
            and tokens[start - 1].is_capitalised and start - 1 not in named and joined(text, tokens, start))


# The nouns a ground is named with after its sponsor's or founder's name ("Petco Park", "Wrigley Field").
_GROUND_NOUNS = frozenset({"park", "field", "garden", "gardens", "arena", "stadium", "center", "centre", "dome",
                           "coliseum", "colosseum", "ballpark", "oval"})


def ground_of_another_name(text: str, tokens: Sequence[Token], mention: Mention, named: Collection[int]) -> bool:
    """A ground's noun capitalised right after a capitalised word that names no player ("at Petco Park", "Wrigley
    Field") ends the ground's name, not the surname of a player (Brad Park, Cecil Field): a player so named is
    said with his first name, which the store would name."""
    start = mention.start
    return (mention.end - start == 1 and start > 0 and tokens[start].norm in _GROUND_NOUNS
            and tokens[start].is_capitalised and tokens[start - 1].is_capitalised and start - 1 not in named
            and joined(text, tokens, start))


def someone_of_ones_own(tokens: Sequence[Token], mention: Mention) -> bool:
    """A lone name after a possessive and a noun for a person in one's life is that person ("my cousin
    graham is a carpenter", "my buddy Curry"), not the player who shares the name; "his son Steph" may be a
    player's son who plays too."""
    start = mention.start
    return (mention.end - start == 1 and start >= 2 and tokens[start - 1].norm in KIN_NOUNS
            and tokens[start - 2].norm in POSSESSIVES)


# What says a name is given to someone or something: "my dog's name is", "the puppy is named", "was called".
_NAMING = (("is", "named"), ("was", "named"), ("are", "named"), ("is", "called"), ("was", "called"), ("are", "called"))
_NAME_REACH = 4  # words from "name" to its "is": "my team name this year is"
_DESCRIBED_REACH = 7  # words from "a" to its "named": "a 6'11 point guard named"
_TITLE_JOINS = frozenset({"of", "the", "and", "a", "in"})  # lower-case words inside a capitalised title


def given_name(tokens: Sequence[Token], mention: Mention) -> bool:
    """Words given as what someone or something is called ("my dog's name is Bacon", "our cat is named Curry", "my
    team name this year is King of the Hill", "a point guard named Big Moon") are a name
    given, not a player: a fan names a player without telling
    his name. The name given runs on over capitalised words and the small words inside a title."""
    def after_naming(position: int) -> bool:
        norms = [t.norm for t in tokens[max(0, position - _NAME_REACH):position]]
        described = [t.norm for t in tokens[max(0, position - _DESCRIBED_REACH):position]]
        return (any(tuple(norms[-len(words):]) == words for words in _NAMING)
                or (norms[-1:] in (["is"], ["was"]) and any(n in ("name", "names") for n in norms[:-1]))
                # "a point guard named Big Moon", "some kid called Jordan": someone first told of, then named
                or (described[-1:] in (["named"], ["called"]) and any(n in ("a", "an", "some") for n in described)))

    start = mention.start
    if after_naming(start):
        return True
    while start > 0 and tokens[start].is_capitalised and (
            tokens[start - 1].is_capitalised or tokens[start - 1].norm in _TITLE_JOINS):
        start -= 1
        while start > 0 and not tokens[start].is_capitalised and tokens[start].norm in _TITLE_JOINS:
            start -= 1
        if tokens[start].is_capitalised and after_naming(start):
            return True
    return False


def part_of_tag(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
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


def country(tokens: Sequence[Token], mention: Mention) -> bool:
    """A country's name after "in", "at", "to" or "from" ("start his career in Canada") is the country, not an
    obscure player of that surname (Larry Canada): a fan names a player by it only set against another."""
    start = mention.start
    return (mention.end - start == 1 and tokens[start].norm in COUNTRIES and start > 0
            and tokens[start - 1].norm in PLACE_PREPOSITIONS)


def destination(tokens: Sequence[Token], mention: Mention) -> bool:
    """A name after a word of a journey and "to" or "in" is the place travelled to, a country or a city; one after
    "from" and a journey ("flew in from Jordan", "moved here from Jordan") the place travelled from."""
    start = mention.start
    if mention.end - start != 1 or start < 2:
        return False
    if tokens[start - 1].norm == "from":
        return any(t.norm in _JOURNEY for t in tokens[max(0, start - 3):start - 1])
    return tokens[start - 1].norm in ("to", "in") and tokens[start - 2].norm in _JOURNEY


def origin(tokens: Sequence[Token], mention: Mention) -> bool:
    """A name after "from" that follows a person of one's own life is where that person comes from ("my friend from
    Jordan", "a cousin from Jordan"), not a player: "the lob from Jordan" still passes the ball."""
    start = mention.start
    return (mention.end - start == 1 and start >= 2 and tokens[start - 1].norm == "from"
            and tokens[start - 2].norm in KIN_NOUNS)


# The departments of a workplace: "Carter from legal", "Rose from HR" is a colleague named by where he works.
_DEPARTMENTS = frozenset({"legal", "hr", "accounting", "accounts", "finance", "marketing", "sales", "payroll",
                          "compliance", "engineering", "ops", "operations", "procurement", "purchasing", "facilities",
                          "admin", "reception", "billing", "shipping", "recruiting", "it"})


def colleague(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A name followed by "from" and a department of a workplace is a colleague ("Carter from legal wants it back",
    "Rose from HR says"), not a player: a player comes from a club or a town. "IT" only in capitals."""
    end = mention.end
    if not (end + 1 < len(tokens) and tokens[end].norm == "from" and tokens[end + 1].norm in _DEPARTMENTS):
        return False
    department = tokens[end + 1]
    return department.norm != "it" or text[department.start:department.end] == "IT"


# The months, and the words that make the month after them a time ("in March", "this March", "until June").
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"})
_BEFORE_A_TIME = frozenset({"in", "this", "next", "last", "of", "until", "till", "by", "since", "early", "late",
                            "mid", "during", "every"})


_TIME_UNITS = frozenset({"day", "week", "night", "month", "hour", "minute"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def date(tokens: Sequence[Token], mention: Mention) -> bool:
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
    if word in MONTHS:
        return start > 0 and tokens[start - 1].norm in _BEFORE_A_TIME
    return word in _WEEKDAYS and not any(0 <= n < len(tokens) and tokens[n].norm in CONNECTORS
                                         for n in (start - 1, start + 1))


# Nouns a surname names a place, a business or a group with ("Payton Street", "Mays Landing", "Gordie's restaurant",
# "the Brown family"): no player is meant.
_NAMED_PLACES = frozenset({"street", "st", "avenue", "ave", "boulevard", "lane", "landing", "creek",
                           "springs", "heights", "county", "township", "village", "island", "beach", "harbor",
                           "harbour", "valley", "canyon", "plaza", "square", "restaurant", "steakhouse", "diner",
                           "grill", "tavern", "pub", "cafe", "bakery", "deli", "pizzeria", "hotel", "motel", "inn",
                           "family", "families", "kids", "children", "grandkids", "grandchildren"})
# ... and those it names a ground or a school with, right after it ("Rose Bowl", "Butler University"): after one more
# word, the name is the player's ("Brady's Super Bowl rings").
_NAMED_GROUNDS = frozenset({"bowl", "stadium", "university"})
_POSITION_GROUNDS = frozenset({"center", "centre"})  # a ground's noun that is also a position ("Crosby Center")
# ... and the capitalised ones that name a school ("Murray State", "Boston College"): a college, not a player.
_NAMED_SCHOOLS = frozenset({"state", "university", "college"})
# The question words a slip of the keys makes a surname of ("Howe do you spell that?").
_QUESTION_WORDS = ("how", "what", "why", "who", "where", "when", "which")


def names_a_place(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A lone name joined to a noun of a place, a business, a group or a school ("Crosby Street", "Dawson's Creek",
    "the Manning family", "the Ward kids", "Murray State", "rose bowl", "butler university"), perhaps across one
    more capitalised word of its name ("Ruth's Chris steakhouse"), names the street, the business, the family or
    the school, not the player."""
    end = mention.end
    if end - mention.start != 1:
        return False
    # "Murray State" only capitalised ("murray state of mind"); "university" follows a school's name however typed.
    if (end < len(tokens) and tokens[end].norm in _NAMED_SCHOOLS
            and (tokens[end].is_capitalised or tokens[end].norm == "university") and joined(text, tokens, end)):
        return True
    if end + 1 < len(tokens) and tokens[end].is_capitalised and joined(text, tokens, end):
        end += 1  # "Ruth's Chris steakhouse"
    if mention.end < len(tokens) and tokens[mention.end].norm in _NAMED_GROUNDS and joined(text, tokens, mention.end):
        return True
    # "at Crosby Field", "Mays Field", "the Jeter Park": a capitalised name and a capitalised ground noun are a ground
    # named for him; a position's noun may be his ("Crosby Center"), and a ground lower case may be a word of play.
    ground = tokens[mention.end] if mention.end < len(tokens) else None
    if (ground is not None and ground.norm in _GROUND_NOUNS and ground.norm not in _POSITION_GROUNDS
            and ground.is_capitalised and tokens[mention.start].is_capitalised and joined(text, tokens, mention.end)):
        return True
    return any(n < len(tokens) and tokens[n].norm in _NAMED_PLACES and joined(text, tokens, n)
               for n in {mention.end, end})


# Where something of a club is: "in the Cowboys booth", "on the Lakers bench", "from the Yankees dugout".
_CLUBS_PLACES = PLACE_PREPOSITIONS | {"on", "inside", "near", "outside"}


def thing_of_a_club(text: str, tokens: Sequence[Token], mention: Mention, team_words: Collection[str]) -> bool:
    """A lone lower-case English word after a preposition of place, "the" and a club's name is a place or thing of
    the club ("in the Cowboys booth", "on the Lakers bench"), not a player: a club's player is said as its subject
    or its side of a comparison ("the bulls jordan vs the knicks ewing"), or after its possessive."""
    start = mention.start
    word = tokens[start]
    if not (mention.end - start == 1 and start >= 2 and tokens[start - 1].norm in team_words
            and tokens[start - 2].norm == "the" and not text[tokens[start - 1].end:word.start].strip()
            and not word.is_capitalised and is_english_word(word.norm)):
        return False
    if start >= 3 and tokens[start - 3].norm in _CLUBS_PLACES:
        return True
    # "the Lakers bench unit", "the Jets front office": an everyday word followed by a noun it describes is the first
    # word of a compound noun of the club's; a player so named is followed by what he did ("the warriors green
    # played"), a function word ("... green is") or nothing.
    following = tokens[start + 1] if start + 1 < len(tokens) else None
    return (following is not None and is_everyday_word(word.norm) and not following.is_capitalised
            and joined(text, tokens, start + 1) and not is_stopword(following.norm)
            and is_english_word(following.norm) and may_be_noun(following.norm))


def head_of_compound(text: str, tokens: Sequence[Token], mention: Mention, team_words: Collection[str]) -> bool:
    """A nickname or a first name that is an everyday word, lower case, right after a lower-case English noun of no
    sport that follows "the" or another noun ("the fox cam", "war room cam", "the kiss cam") heads a compound
    noun, the thing that noun says the kind of: a fan puts before a player's short name what describes him ("prime
    cam", "rookie cam"), his club ("panthers cam"), his season or his position, all words of sport, not a thing."""
    start = mention.start
    if (mention.end - start != 1 or start < 2 or tokens[start].is_capitalised
            or not all(c.kind in (MatchKind.ALIAS, MatchKind.FIRST) for c in mention.candidates)
            or zipf(tokens[start].norm) < EVERYDAY or text[tokens[start - 1].end:tokens[start].start] != " "):
        return False

    def noun(token: Token) -> bool:
        word = token.norm
        return (not token.is_capitalised and word.isalpha() and is_english_word(word) and may_be_noun(word)
                and not is_stopword(word))

    kind, first = tokens[start - 1], tokens[start - 2]
    return (noun(kind) and kind.norm not in SPORT_TALK and kind.norm not in SPORT_WORDS and kind.norm not in SEASON_GAP
            and kind.norm not in _NAME_PREFIXES and kind.norm not in team_words
            and (first.norm in DETERMINERS or noun(first) or (first.norm in SPORT_WORDS and not first.is_capitalised)))


def title_of_a_work(text: str, tokens: Sequence[Token], mention: Mention, team_words: Collection[str]) -> bool:
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


def names_an_era(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A name between "the" and "era" ("the best slot receiver of the Brady era") names a span of seasons, not a
    player compared; without "the", "era" is the pitching stat ("koufax era") or Spanish ("Clemente era mejor")."""
    start, end = mention.start, mention.end
    return (start > 0 and tokens[start - 1].norm == "the" and end < len(tokens)
            and tokens[end].norm in ("era", "eras") and joined(text, tokens, end))


def before_an_epithet(text: str, tokens: Sequence[Token], mention: Mention, found: Sequence[Mention]) -> bool:
    """A lone name before "the" and a capitalised English word is a title's character ("Thomas the Tank Engine",
    "Ivan the Terrible"): a player is set beside his nickname ("Kobe the Black Mamba"), which is a name outright,
    not an English phrase that needs its context; the epithet is the title's too ("the Tank" is no nickname there).
    Set against another player, or called by his nickname, he is the player with an epithet the tables lack ("Shaq
    the Big Diesel")."""
    end = mention.end
    if (end - mention.start != 1 or end + 1 >= len(tokens) or tokens[end].norm != "the"
            or any(c.kind not in PART_KINDS for c in mention.candidates)
            or any(m.start > end or m.end <= mention.start for m in found)):
        return False
    if any(m.start == end and not all(c.needs_context for c in m.candidates) for m in found):
        return False
    epithet = tokens[end + 1]
    return (epithet.is_capitalised and not text[epithet.start:epithet.end].isupper()
            and is_english_word(epithet.norm) and epithet.norm not in SPORT_TALK)


def question_word(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A lone word a letter from a question word, right before "do you" ("Howe do you spell that?"), is that
    question word mistyped; a player spoken to there is set off by a comma ("Howe, do you ...")."""
    end, word = mention.end, tokens[mention.start].norm
    return (end - mention.start == 1 and end + 1 < len(tokens) and tokens[end].norm in ("do", "does", "did")
            and tokens[end + 1].norm in SUBJECT_PRONOUNS and joined(text, tokens, end)
            and "," not in text[tokens[end - 1].end:tokens[end].start]
            and any(Levenshtein.distance(word, asked) == 1 for asked in _QUESTION_WORDS))


def prefix_of_compound(text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A mention ending in one letter hyphened to the next word ("a d-man", "the x-factor", "g-league") ends
    in a prefix of that word, not in an initial."""
    last = mention.end - 1
    return (len(tokens[last].norm) == 1 and mention.end < len(tokens)
            and text[tokens[last].end:tokens[mention.end].start] == "-")


# Prefixes a name may take with a hyphen and still be his ("pre-Jordan Bulls", "post-Brady Patriots").
_NAME_PREFIXES = frozenset({"pre", "post", "anti", "non", "ex", "mid", "peak", "prime", "young", "old"})


def end_of_compound(text: str, tokens: Sequence[Token], mention: Mention, named: Collection[int]) -> bool:
    """A lone English word hyphened to a word before it that names no one ("MVP-worthy", "trade-worthy",
    "all-star-level") ends a compound adjective, not a name: a name joined so follows a prefix ("pre-Jordan")
    or another name ("Shaq-Kobe")."""
    start = mention.start
    if mention.end - start != 1 or start == 0 or text[tokens[start - 1].end:tokens[start].start] != "-":
        return False
    before = tokens[start - 1].norm
    return (start - 1 not in named and before not in _NAME_PREFIXES and len(before) > 1
            and is_english_word(tokens[start].norm))


def other_middle_initial(index: NameIndex, text: str, tokens: Sequence[Token], mention: Mention) -> bool:
    """A surname after a player's first name and a middle initial that is not his ("michael b jordan",
    the actor): the name of someone else. A middle initial is his when a full name the store lists has a
    middle name that begins with it."""
    start = mention.start
    if mention.end - start != 1 or start < 2 or len(tokens[start - 1].norm) != 1 or not (
            joined(text, tokens, start) and joined(text, tokens, start - 1)):
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


# Prepositions of place: "from the logo", "off the glass", "behind the arc" name a spot of the game; and "of",
# whose object is a thing ("the name of the law firm").
_SPOT_PREPOSITIONS = frozenset({"from", "off", "behind", "beyond", "past", "over", "of"})


def spot_of_the_game(tokens: Sequence[Token], mention: Mention) -> bool:
    """A "the ..." nickname that is also an English phrase, lower case after a preposition of place ("pull up
    from the logo") or "of" ("the name of the law firm"), is the spot or thing it names (the logo at center
    court), not the player nicknamed so."""
    start = mention.start
    return (start > 0 and tokens[start].norm == "the" and tokens[start - 1].norm in _SPOT_PREPOSITIONS
            and not tokens[start + 1].is_capitalised
            and all(c.kind is MatchKind.ALIAS and c.needs_context for c in mention.candidates))


# What comes before the role the writer or the one spoken to takes: "as", "you're", "I'm", "be".
_TAKING_A_ROLE = frozenset({"as", "be", "being", "am", "im", "are", "youre"})
# A fan of him is what someone is ("as a Kobe fan", "I'm a LeBron guy"): the player is still named.
_FOLLOWERS = frozenset({*_PERSON_NOUNS, "fan", "fans", "stan", "stans", "truther", "truthers", "hater", "haters"})


def what_someone_is(tokens: Sequence[Token], mention: Mention) -> bool:
    """A nickname after "a" or "an" that follows "as", "you're" or "I'm" is the role someone takes ("As an AI sports
    analyst", "forget you're an AI"): a player's nickname names him with no article ("AI's crossover"), and a thing
    of his is said so of a thing ("that was a kobe fadeaway"), not of the writer or the one spoken to."""
    start, end = mention.start, mention.end
    return (start >= 2 and tokens[start - 1].norm in ("a", "an") and tokens[start - 2].norm in _TAKING_A_ROLE
            and not (end < len(tokens) and tokens[end].norm in _FOLLOWERS)
            and all(c.kind is MatchKind.ALIAS for c in mention.candidates))


def describes_someone(tokens: Sequence[Token], mention: Mention) -> bool:
    """A nickname that is also an English phrase, lower case before a noun for a person ("the franchise guy"),
    is that phrase describing whoever it is, not the player nicknamed so (Steve Francis)."""
    end = mention.end
    return (end < len(tokens) and tokens[end].norm in _PERSON_NOUNS and not tokens[mention.start].is_capitalised
            and all(c.kind is MatchKind.ALIAS and c.needs_context for c in mention.candidates))
