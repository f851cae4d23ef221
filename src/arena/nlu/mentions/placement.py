"""Where a question puts each mention: the evidence (sport talk, capitals, lists, anchors) that it is a name."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

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
from arena.nlu.mentions.everyday import MONTHS, describes_someone, spot_of_the_game
from arena.nlu.mentions.grammar import (
    adjective_after_intensifier,
    adjective_of_a_position,
    adjective_of_one,
    called_a_player,
    is_noun_form,
    joined,
    may_be_noun,
    phrase_after_determiner,
    region_size,
    verb_of_pronoun,
    verb_of_subject,
    words_after_determiner,
)
from arena.nlu.mentions.model import Evidence, Mention
from arena.nlu.mentions.words import ALTERNATIVES, COMPARE, OBJECT_PRONOUNS, PLACE_PREPOSITIONS, POSSESSIVES, STAR_FAME
from arena.nlu.names import MatchKind, Scored
from arena.nlu.text import Token, opens_sentence, typed_in_capitals
from arena.nlu.vocabulary import (
    COMMON_WORDS,
    CONNECTORS,
    DETERMINERS,
    SEASON_GAP,
    SPORT_TALK,
    SPORT_WORDS,
    is_stopword,
    sport_talk_positions,
)
from arena.stats import League
from arena.text import GENERATIONAL_SUFFIXES

_COMPARATIVES = frozenset({"better", "worse", "more", "less", "greater", "rather"})
_COMPARISON_FILLER = frozenset({"is", "was", "were", "just", "really", "way", "much", "so", "a", "lot", "still"})

_PREPOSITIONS = frozenset({"at", "in", "on", "to", "for", "of", "from", "by", "into", "off"})
_LIST_PREPOSITIONS = frozenset({"between", "among", "of", "with", "for", "from", "by", "to", "over"})

_CLUB_GAP = frozenset({"with", "for"})  # "rice with the niners", "jones for the falcons": where he played

_SINGULAR_BE = frozenset({"is", "was"})
_VERB_ADVERBS = frozenset({"still", "never", "always", "rarely", "barely", "seldom"})
_MODALS = frozenset({"would", "could", "can", "will", "should", "might", "must", "wouldve", "couldve"})
# Zipf: once in a thousand words or more ("or", "is", "was"): words a title capitalises, never a proper name's.
_FUNCTION_WORD = 6.0

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

# What is sold with a player's name on it ("a Zion jersey", "a Jeter poster"): his, not a compound of the word.
_MERCHANDISE = frozenset({"jersey", "jerseys", "shirsey", "poster", "posters", "bobblehead", "bobbleheads",
                          "autograph", "autographs"})

# Past forms that take no "-ed" ("Kobe went", "Jordan made") and verbs run together ("gonna", "kinda"): after a
# name, what he did or does.
_VERB_WORDS = frozenset({"went", "made", "took", "came", "saw", "knew", "thought", "told", "became", "left", "kept",
    "felt", "brought", "began", "ran", "held", "stood", "wrote", "lost", "beat", "broke", "bought", "chose", "drew",
    "drove", "fell", "fought", "found", "flew", "grew", "hung", "meant", "met", "paid", "rode", "sat", "sent",
    "shook", "spoke", "spent", "stole", "struck", "taught", "threw", "wore", "gonna", "wanna", "gotta", "kinda",
    "sorta", "finna"})
# Words that open a verb's object ("changed the game", "deserves more"): a word before one is a verb, not a noun.
_OBJECT_OPENERS = DETERMINERS | OBJECT_PRONOUNS | {"more", "less", "everyone", "everybody", "nothing", "it"}
# Where a shot is taken from ("from deep", "from downtown"): after "from", the spot of a shooter, no workplace.
_SHOT_SPOTS = frozenset({"deep", "downtown", "distance", "midrange", "logo", "corner", "wing", "elbow", "arc",
                         "halfcourt", "anywhere", "everywhere", "beyond", "long", "way"})
# After "the" and a name, the words that make him a player still: likened ("the Gretzky of football"), or a family.
_LIKENED_OR_KIN = frozenset({"of", "brothers", "twins", "sisters", "cousins"})
# What a woman is called after her name is said: the store's players are all men.
_FEMALE_PRONOUNS = frozenset({"she", "shes", "her", "hers", "herself"})
# The endings of nouns for a person ("killer", "competitor", "showman", "specialist").
_PERSON_ENDINGS = ("er", "or", "man", "ist")


def _after_determiner(text: str, tokens: Sequence[Token], start: int) -> bool:
    """A lower-case English word after "a", "the", "my" (perhaps with an adjective between) is a noun;
    a nickname used with "the" is listed with it ("the babe", "the worm"). A name English uses no more
    than other languages do, and rarely, is still a name there ("any lebron run"). A determiner in
    another clause governs nothing here ("rank these: jordan, kobe")."""
    token = tokens[start]
    if token.is_capitalised or start == 0 or not joined(text, tokens, start):
        return False
    # "a total hunter for talent", "such a nothing burger", "an absolute joker": a word that grades what something is
    # qualifies a noun, never a name, however common the word is in other languages.
    if (start >= 2 and tokens[start - 2].norm in DETERMINERS and tokens[start - 1].norm in _GRADING
            and is_english_word(token.norm)):
        return True
    if not (is_english_led(token.norm) or zipf(token.norm) >= EVERYDAY or token.norm in COMMON_WORDS):
        return False
    if tokens[start - 1].norm in DETERMINERS:
        return True
    # After a preposition "that" is a determiner too ("die on that hill"), not the conjunction ("said that").
    if start >= 2 and tokens[start - 1].norm == "that" and tokens[start - 2].norm in _PREPOSITIONS:
        return True
    return (start >= 2 and tokens[start - 2].norm in DETERMINERS and not tokens[start - 1].is_capitalised
            and joined(text, tokens, start - 1) and is_english_led(token.norm)
            and is_everyday_word(tokens[start - 1].norm))


# Words that grade what someone or something is ("a total X", "an absolute X", "a nothing X"): before a noun only.
_GRADING = frozenset({"total", "complete", "absolute", "utter", "nothing", "proper"})


# What a search for a player asks right after his name ("brown stats 2019", "young numbers"): the name is placed.
_LOOKED_UP = frozenset({"stats", "statistics", "numbers", "statline"})

# Words of cooking and fishing: a name that is also a dish or a fish ("curry", "trout") is the thing among them.
_OTHER_SUBJECTS = frozenset({"recipe", "recipes", "cook", "cooking", "cooked", "chef", "spicy", "dinner", "lunch",
                             "ordered", "takeout", "restaurant", "menu", "ingredients", "sauce", "bake", "baking",
                             "fishing", "fish", "fished", "lure", "lures", "bait", "angler", "anglers"})
# Dishes and foods a meal is said with: a name that is also one ("curry", "rice") is the food beside another.
_FOOD_REACH = 3  # words: "curry with extra rice"
_DISHES = frozenset({"rice", "curry", "naan", "noodles", "ramen", "sushi", "dumplings", "bread", "soup", "salad",
                     "stew", "chicken", "beef", "pork", "lamb", "tofu", "shrimp", "fries", "pizza", "pasta", "tacos",
                     "burrito", "sandwich", "burger", "steak", "eggs", "beans", "potatoes", "lentils", "chutney"})


# Words fans put before a name for a time of his career ("prime vince", "peak shaq", "rookie lebron").
_CAREER_STAGES = frozenset({"prime", "peak", "young", "old", "rookie"})
# Outside his league's 5,000 most accomplished: a player so minor a fan names him only while talking of his game.
_MINOR_FAME = fame_at_rank(5_000)


# A plus between spaces lists names ("bijan + gibbs"); one after a stat is its name ("ERA+ marks").
_LISTING_PLUS = re.compile(r"\s+\+\s+")
# What a fantasy or a real trade is talked of with: "veto", "straight up", "3 for 1", "who wins this trade".
_TRADE_TALK = re.compile(r"\b(?:trades?|traded|trading|veto(?:ed)?|commish|straight\s+up|\d\s+for\s+\d|"
                         r"accept(?:ed)?\s+(?:this|that|the)\s+(?:deal|offer))\b", re.IGNORECASE)

class Placement:
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
        self.trade = _TRADE_TALK.search(text) is not None
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
        # A food among words of a meal ("curry and rice") names no one, nor places the food beside it as a name.
        foods = {p for p in self.single if self._thing_of_another_subject(p)}
        self.outright -= foods
        self.sport -= foods
        # Clubs' cities after "in" ("in buffalo"): where the words before played.
        self.cities = {i for i in range(1, len(tokens)) if tokens[i - 1].norm in PLACE_PREPOSITIONS and (
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
            phrase_after_determiner(tokens, mention) or describes_someone(tokens, mention)
            or spot_of_the_game(tokens, mention) or words_after_determiner(tokens, mention))
        # "zion at duke": after "at", an English word is a place unless it is a name outright.
        at_place = single and start > 0 and tokens[start - 1].norm == "at" and is_english_word(tokens[start].norm)
        # "home run chase", "scoring title": an English word right after a stat word ends that noun, unless it is
        # set against a name ("who hits more homers judge or stanton"): no noun is compared with a player.
        compound = (single and start > 0 and start - 1 in self.stat_words and not tokens[start].is_capitalised
                    and is_english_word(tokens[start].norm) and joined(self.text, tokens, start)
                    and not self._set_against_a_name(start))
        # "the king of the regular season", "the king of the hill": a title of something, not a nickname.
        title = (tokens[start].norm == "the" and mention.end < len(tokens) and tokens[mention.end].norm == "of")
        everyday = at_place or compound or title or (single and (
            adjective_of_one(self.text, tokens, start) or adjective_of_a_position(self.text, tokens, start)
            or adjective_after_intensifier(tokens, start) or verb_of_pronoun(self.text, tokens, start)
            or verb_of_subject(tokens, start) or self._in_proper_name(start)
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
        if single and self._someone_of_the_writers_life(mention):
            return None  # "Mason said he's coming late", "Ruth's spot got taken, she's livid": someone the writer knows
        if single and (self._names_something_else(start) or (
                Evidence.NONE not in mention.needs and self._ends_a_compound(start))):
            return None  # "Jordan almonds", "the Hilton", "Irving, Texas": however well known the name
        if self._minor_players_namesake(mention):
            return None  # "Travis Scott is doing the halftime show": the musician, not a goalie of one game
        if single and self._owned_after_the(start):
            return None  # "two pitchers of the Young's double chocolate stout": a brand's, however well known
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
        owned = single and start > 0 and tokens[start - 1].norm in POSSESSIVES
        # An everyday word placed as a name only by sport talk, its best-known player of a league none of the players
        # named outright plays in, is that word: "quick stat check ... Mariano Rivera's saves" talks baseball, not
        # of Jonathan Quick; nor is the word a lesser namesake of the league talked ("curry with extra rice"). So is
        # one none of whose players sport talk would place plays in the league the stat or league words name:
        # "Rivers freeze early, pond hockey starts" talks hockey, not of Philip Rivers.
        elsewhere = {league for p, leagues in self.outright_leagues.items() if not start <= p < mention.end
                     for league in leagues}
        foreign = evidence is Evidence.SPORT and (
            (bool(elsewhere) and self.entries[mention.candidates[0].entry].league not in elsewhere)
            or (bool(self.stat_leagues) and not any(
                self.entries[scored.entry].league in self.stat_leagues
                for scored, needs in zip(mention.candidates, mention.needs, strict=True) if needs <= Evidence.SPORT)))
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
        # "a trophy named for a Lord": after "a", a capitalised everyday word is a noun given a capital (a title, a
        # rank), not a lesser player of that surname; a star is likened there ("we need a Jordan").
        titled = (single and start > 0 and tokens[start - 1].norm in ("a", "an") and tokens[start].is_capitalised
                  and not typed_in_capitals(self.text, tokens) and is_english_word(tokens[start].norm)
                  and zipf(tokens[start].norm) >= VERY_COMMON)
        kept = [(scored, needs) for scored, needs in zip(mention.candidates, mention.needs, strict=True)
                if not (titled and self.entries[scored.entry].fame < STAR_FAME)
                and (needs <= evidence or self._own_sports_nickname(mention, scored, evidence))
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
        placed = self._placed(start, end)
        # A capital on a function word ("The", "Is") says nothing; on any other word ("The Answer") it does. Fans
        # capitalise a lone everyday word for emphasis, a brand or a song too ("a total Savage", "has Swift on
        # repeat"): there the capital places a name only in talk of sport or beside another capitalised name ("Rice
        # over Moss"); a rare word, or a nickname's phrase, capitalised is a name wherever it stands.
        emphasis = (end - start == 1 and zipf(tokens[start].norm) >= EVERYDAY and placed is Evidence.NONE
                    and not self._beside_a_capitalised_name(start))
        if self.cased and not emphasis and any(tokens[i].is_capitalised and zipf(tokens[i].norm) < _FUNCTION_WORD
                                               and not self._opens_sentence(i) for i in range(start, end)):
            return Evidence.NAMED
        # Two or three letters all in capitals in a question typed in both cases are an initialism written as one
        # ("AD's rings", opening the question): its lower-case word ("an ad") is the English word.
        written = self.text[tokens[start].start:tokens[start].end]
        if self.cased and end - start == 1 and 2 <= len(written) <= 3 and written.isalpha() and written.isupper():
            return Evidence.NAMED
        return placed

    def _beside_a_capitalised_name(self, position: int) -> bool:
        """Another capitalised name sits right beside the word, across a comma, a slash or a connector ("Bird/Magic",
        "Rice over Moss"): the two are listed or compared as names."""
        tokens = self.tokens
        for step in (-1, 1):
            other = position + step
            if 0 <= other < len(tokens) and (tokens[other].norm in CONNECTORS or tokens[other].norm in ALTERNATIVES):
                other += step
            near = max(position, position + step)
            if (0 <= other < len(tokens) and other in self.named and tokens[other].is_capitalised
                    and (abs(other - position) == 2 or any(mark in self._gap(near) for mark in ",/"))):
                return True
        return False

    def _placed(self, start: int, end: int) -> Evidence:
        """The evidence the rest of the question gives the words at ``start:end``, their capitals aside."""
        tokens = self.tokens
        # "prime vince or prime tmac", "peak shaq vs young hakeem": a word for a time of a career before a side of a
        # comparison or list is part of that side, not a word between the two.
        lead = start - 1 if start > 0 and self._career_stage(start - 1) else start
        before = tokens[lead - 1].norm if lead > 0 else None
        after = tokens[end].norm if end < len(tokens) else None
        if (before in COMPARE or after in COMPARE or after in GENERATIONAL_SUFFIXES or after in _LOOKED_UP
                or self._compared(start) or self._compares(end) or self._beside_anchor(start, end)
                or self._contrasted(start, end) or called_a_player(tokens, end) or self._traded_for(lead, end)):
            return Evidence.NAMED
        if (start > 0 and ">" in self._gap(start)) or (end < len(tokens) and ">" in self._gap(end)):
            return Evidence.NAMED  # "dirk > kg"
        if (start - 1 in self.outright and end in self.outright and joined(self.text, tokens, start)
                and joined(self.text, tokens, end)):
            return Evidence.NAMED  # "dantley english gervin ppg": a list of names typed without its commas
        if after == "with" and end + 2 < len(tokens) and tokens[end + 1].norm == "the" and end + 2 in self.sport:
            return Evidence.NAMED  # "Stone with the takeaway": a play credited to him, as a game thread does
        # "X or Y", "X and Y", "X, Y" beside a player named outright; "the answer or the beard" beside
        # another name is at least sport talk.
        # The other side is past the connector ("bird or jordan"), or, where the words are a whole item of
        # a list, right beside the comma ("rank them: jordan, bird"; not "magic and kareem, showtime's best").
        item = all(i in (0, len(tokens)) or not joined(self.text, tokens, i) or tokens[n].norm in CONNECTORS
                   for i, n in ((lead, lead - 1), (end, end)))
        # Words joined to the next ones and no connector between ("Thomas, little guards") are no list item.
        left = lead - 2 if before in CONNECTORS else lead - 1 if item else -1
        right = end + 1 if after in CONNECTORS else end if item else len(tokens)
        if right + 1 < len(tokens) and self._career_stage(right):
            right += 1
        beside = [self._joined(left, before, self._gap(lead), start) if lead > 0 and left >= 0 else Evidence.NONE,
                  self._joined(right, after, self._gap(end), start) if end < len(tokens) and right < len(tokens)
                  else Evidence.NONE]
        if len(self.sport) > sum(1 for p in range(start, end) if p in self.sport):  # sport talk elsewhere
            beside.append(Evidence.SPORT)
        if end - start > 1 and end + 1 in self.cities:  # a phrase nickname, his club's city: "the dominator in buffalo"
            beside.append(Evidence.SPORT)
        return max(beside)

    def _traded_for(self, start: int, end: int) -> bool:
        """In talk of a trade ("veto", "3 for 1", "straight up"), "X for Y" sets two sides of it: a word on one side
        of "for", a player named on the other ("wheeler for burnes", "gibbs for kyren"), is placed as a name."""
        tokens = self.tokens
        return self.trade and ((start >= 2 and tokens[start - 1].norm == "for" and start - 2 in self.named)
                               or (end + 1 < len(tokens) and tokens[end].norm == "for" and end + 1 in self.named))

    def _career_stage(self, position: int) -> bool:
        """A word for a time of a player's career before his name ("prime", "peak"), itself naming no one."""
        return self.tokens[position].norm in _CAREER_STAGES and position not in self.named

    def _thing_of_another_subject(self, start: int) -> bool:
        """An English word that is also a name ("curry", "trout", "bass"), in a sentence that talks cooking or fishing
        ("recipe", "spicy", "fishing", "lures") or names another food ("curry and rice"), and says nothing else of a
        player, is the dish or the fish: a fan talking of a player there sets a stat, a season or another player
        beside him."""
        word, following = self.tokens[start].norm, start + 1
        # "curry dropped 50": a verb's past after the word makes him its subject.
        done = following < len(self.tokens) and self.tokens[following].norm.endswith("ed") and not may_be_noun(
            self.tokens[following].norm)
        return (is_english_word(word) and not done and self._says_nothing_of_him(start)
                and (any(t.norm in _OTHER_SUBJECTS for i, t in enumerate(self.tokens) if i != start)
                     or self._among_foods(start)))

    def _among_foods(self, start: int) -> bool:
        """A food's word a few words from another food's ("curry and rice", "a green curry with extra rice")."""
        tokens = self.tokens
        near = range(max(0, start - _FOOD_REACH), min(len(tokens), start + _FOOD_REACH + 1))
        return tokens[start].norm in _DISHES and any(tokens[i].norm in _DISHES for i in near if i != start)

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
                and is_english_word(tokens[start].norm) and joined(self.text, tokens, start)
                and is_english_word(tokens[before].norm) and before not in self.named)

    def _a_schools_team(self, start: int) -> bool:
        """A name after "a" or "the" and before a sport's name ("a Duke basketball ticket", "the Kentucky football
        schedule") is a school's or a town's team: a player is no team of a sport."""
        tokens, following = self.tokens, start + 1
        return (start > 0 and tokens[start - 1].norm in DETERMINERS and following < len(tokens)
                and tokens[following].norm in _SPORTS and joined(self.text, tokens, following))

    def _owner_of_a_proper_name(self, start: int) -> bool:
        """A name in the possessive before two capitalised words that name no player, club or sport's thing
        ("Wagner's Ring Cycle", "Knott's Berry Farm") opens the proper name of a work, a shop or a place."""
        tokens, text = self.tokens, self.text
        if text[tokens[start].end:tokens[start].end + 1] not in ("'", "’"):
            return False
        words = range(start + 1, start + 3)
        return words[-1] < len(tokens) and all(
            tokens[p].is_capitalised and joined(text, tokens, p) and is_english_word(tokens[p].norm)
            and tokens[p].norm not in SPORT_TALK and p not in self.outright and p not in self.anchors
            and p not in self.stat_words for p in words)

    def _someone_of_the_writers_life(self, mention: Mention) -> bool:
        """A lone name opening a sentence of no sport talk, that names no one outright either, is someone the
        writer knows where the sentence says "she" of him ("Ruth's spot got taken, she's livid": every player the
        store holds is a man), or where it is a first name as common as a surname and no star's ("Mason said he's
        coming late"): a fan names a lesser player by a word so common only while talking sport."""
        start, tokens = mention.start, self.tokens
        if not self._opens_sentence(start) or self.sport - {start} or not self._says_nothing_of_him(start):
            return False
        if any(t.norm in _FEMALE_PRONOUNS for t in tokens[mention.end:]):
            return True
        return (tokens[start].norm in self.common_first_names
                and all(self.entries[c.entry].fame < STAR_FAME for c in mention.candidates))

    def _someone_from(self, start: int) -> bool:
        """A common first name opening a clause before "from" and a lower-case noun of where one works or studies
        ("Aaron from accounting", "Mike from work") is someone the writer knows, as a radio caller is (:func:`caller`);
        a player is placed so only by the spot he shoots from ("Allen from deep", "Curry from the logo")."""
        tokens, place = self.tokens, start + 2
        if not (place < len(tokens) and tokens[start].norm in self.common_first_names
                and tokens[start + 1].norm == "from" and joined(self.text, tokens, start + 1)
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
        return (noun < len(tokens) and joined(self.text, tokens, noun) and not self._owns_next(noun - 1)
                and self._noun_after_name(noun))

    def _noun_after_name(self, position: int) -> bool:
        """The word at ``position`` reads as a noun of everyday English, not a verb, a sport's word, a name or a club's
        city ("Durant Oklahoma City years": where he played)."""
        tokens = self.tokens
        word = tokens[position].norm
        city = word in self.team_cities or " ".join(t.norm for t in tokens[position:position + 2]) in self.team_cities
        if (city or not word.isalpha() or not is_english_word(word) or is_stopword(word) or word in SPORT_TALK
                or word in _MERCHANDISE or word in _VERB_WORDS or position in self.stat_words
                or position in self.anchors or position in self.outright or not may_be_noun(word)):
            return False
        following = position + 1
        # "Curry changes the game", "Kobe wants a ring": a verb with its object.
        return not (following < len(tokens) and tokens[following].norm in _OBJECT_OPENERS)

    def _minor_players_namesake(self, mention: Mention) -> bool:
        """A full name only minor players bear, in a sentence that talks no sport and names no one else outright, is
        someone else of that name ("Travis Scott is doing the halftime show": a musician, an actor)."""
        own = set(range(mention.start, mention.end))
        return (mention.end - mention.start > 1 and not (self.sport - own) and self.outright <= own
                and all(c.kind is MatchKind.FULL and self.entries[c.entry].fame < _MINOR_FAME
                        for c in mention.candidates))

    def _owned_after_the(self, start: int) -> bool:
        """A capitalised name with a possessive right after "the" ("the Young's double chocolate stout", "the
        McDonald's on Main") is a brand's or a shop's: English sets no "the" before a person's name, nor his "'s"."""
        tokens, text = self.tokens, self.text
        end = tokens[start].end
        return (start > 0 and tokens[start - 1].norm == "the" and tokens[start].is_capitalised
                and joined(text, tokens, start) and text[end:end + 2] in ("'s", "’s"))

    def _after_the(self, start: int) -> bool:
        """A one-word name right after "the" ("the Hilton next to the arena", "the Magic game", "the Orlando trip")
        names a thing, a club or a place: English sets no "the" before a person's name. "The Gretzky of football"
        likens a player to him, and "the Staal brothers" names a family of players."""
        tokens, following = self.tokens, start + 1
        return (start > 0 and tokens[start - 1].norm == "the" and joined(self.text, tokens, start)
                and not (following < len(tokens) and tokens[following].norm in _LIKENED_OR_KIN
                         and not self._noun_of_a_thing(start)))

    def _noun_of_a_thing(self, start: int) -> bool:
        """An everyday word between "the" and "of" before a lower-case noun of no sport ("the Price of tickets", "the
        Cost of parking") is that noun capitalised, not a player likened ("the Gretzky of football", "the Rice of
        his day"): a likeness is of a sport, a league, a time or a club."""
        tokens, owned = self.tokens, start + 2
        return (owned < len(tokens) and tokens[start + 1].norm == "of" and zipf(tokens[start].norm) >= EVERYDAY
                and not tokens[owned].is_capitalised and is_english_word(tokens[owned].norm)
                and not is_stopword(tokens[owned].norm) and tokens[owned].norm not in SPORT_TALK
                and owned not in self.stat_words)

    def _town_of_a_region(self, start: int) -> bool:
        """A name right before a state's or a province's name ("Irving, Texas", "Durant Oklahoma") is a town of it,
        unless the two are a club's city ("Durant Oklahoma City"); a state's name in a month ("Montana in August")
        is the place."""
        tokens, following = self.tokens, start + 1
        if following < len(tokens) and following not in self.anchors:
            size = region_size(tokens, following)
            if size and " ".join(t.norm for t in tokens[following:following + size + 1]) not in self.team_cities:
                return True
        return (region_size(tokens, start) == 1 and following + 1 < len(tokens)
                and tokens[following].norm in ("in", "during") and tokens[following + 1].norm in MONTHS)

    def _before_a_common_noun(self, start: int) -> bool:
        """A name before "the" and a lower-case everyday noun that is no sport's word nor a person's is a verb and
        its object ("Harden the ice"), a pet's name and what it is ("Barkley the dog"), or a comparative that lost
        its own "the" ("Messier the garage gets, the harder ..."): a player is set beside what he is ("Kobe the
        killer", "Rice the GOAT") or his nickname, capitalised (:func:`before_an_epithet`)."""
        tokens = self.tokens
        the, noun = start + 1, start + 2
        if noun >= len(tokens) or tokens[the].norm != "the" or not (
                joined(self.text, tokens, the) and joined(self.text, tokens, noun)):
            return False
        word = tokens[noun].norm
        # A sport's own thing after an English verb is its object all the same ("Harden the ice").
        verb_object = word in SPORT_WORDS and is_english_led(tokens[start].norm)
        return (not tokens[noun].is_capitalised and zipf(word) >= EVERYDAY and (verb_object or not is_stopword(word))
                and word not in SPORT_TALK and noun not in self.stat_words and noun not in self.named
                and not word.endswith(_PERSON_ENDINGS) and may_be_noun(word))

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
        return (start - 1 in self.named and joined(self.text, tokens, start)
                and (following == len(tokens) or not joined(self.text, tokens, following)))

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
            if 0 <= beyond < len(tokens) and (not joined(self.text, tokens, max(n, beyond))
                                              or tokens[beyond].norm in CONNECTORS):
                return True
        return False

    def _set_against_a_name(self, start: int) -> bool:
        """The next words are "or"/"vs" and a name: the word is one side of the comparison the question asks."""
        tokens, connector = self.tokens, start + 1
        return (connector + 1 < len(tokens) and (tokens[connector].norm == "or" or tokens[connector].norm in COMPARE)
                and connector + 1 in self.named)

    def _paired_with_a_thing(self, start: int) -> bool:
        """A word before a noun, joined by "and" or "or" to a lower-case English word before that same noun, is the
        same kind of word as the other ("Hunter season and football season"): a thing, as a player is not."""
        tokens = self.tokens
        noun = start + 1
        if noun >= len(tokens) or not joined(self.text, tokens, noun):
            return False
        for other in (noun + 2, start - 3):
            connector = min(other, start) + 2
            if (0 <= other < len(tokens) - 1 and tokens[connector].norm in ("and", "or")
                    and tokens[other + 1].norm == tokens[noun].norm and other not in self.named
                    and not tokens[other].is_capitalised and is_english_word(tokens[other].norm)
                    and joined(self.text, tokens, other + 1)):
                return True
        return False

    def _among_unknown_words(self, start: int) -> bool:
        """The words either side, joined to this one, are of no language the tables know and name no one as
        typed."""
        tokens = self.tokens
        beside = [n for n in (start - 1, start + 1)
                  if 0 <= n < len(tokens) and joined(self.text, tokens, max(n, start))]
        return bool(beside) and all(n not in self.exact and not is_known_word(tokens[n].norm) for n in beside)

    def _before_gerund_subject(self, start: int) -> bool:
        """A word before a lower-case "-ing" word and "is" or "was" is what that activity is of ("Bird watching is
        my hobby", "wood carving was"): the "-ing" word is the subject, a noun; a player doing something is
        written with his possessive ("Bird's shooting was") or an object after the verb ("Bird shooting 50%")."""
        tokens, following = self.tokens, start + 1
        return (following + 1 < len(tokens) and tokens[following + 1].norm in _SINGULAR_BE
                and tokens[following].norm.endswith("ing") and not tokens[following].is_capitalised
                and is_everyday_word(tokens[following].norm) and joined(self.text, tokens, following)
                and joined(self.text, tokens, following + 1))

    def _kind_of_season(self, start: int) -> bool:
        """A word before "season" and a verb of its opening or close is what the season is for ("Hunter season
        opens", "when does deer season start"): a player's season does not open; it is his ("Rose's season ended")
        or named by its year or club."""
        tokens, following = self.tokens, start + 1
        return (following + 1 < len(tokens) and not self.anchors and not self._owns_next(start)
                and tokens[following].norm in ("season", "seasons")
                and tokens[following + 1].norm in _SEASON_TURNS and joined(self.text, tokens, following)
                and joined(self.text, tokens, following + 1))

    def _listed_as_one_name(self, start: int) -> bool:
        """An item of a list of names that takes a singular verb ("Wood, Stone and Hill is the name of the firm"):
        the list is one name, a firm's or a band's; players listed are several and take "are". A list after a
        preposition is its object ("the race between Magic and Barkley was"): the verb is the noun's before it."""
        last, first = self._list_end(start, 1), self._list_end(start, -1)
        return ((last != start or first != start) and last + 1 < len(self.tokens)
                and self.tokens[last + 1].norm in _SINGULAR_BE and joined(self.text, self.tokens, last + 1)
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
                or not joined(self.text, tokens, following) or self._owns_next(start)):
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
        return ((is_everyday_word(opener) or opener in COMMON_WORDS) and is_noun_form(word.norm)
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
        return word in _AFTER_A_PLACE or not (is_stopword(word) or self._sport_at(counted) or is_noun_form(word))

    def _object_after(self, position: int) -> bool:
        """A lower-case English word, no sport word, at ``position``: the object of the verb before its determiner."""
        tokens = self.tokens
        if position >= len(tokens) or not joined(self.text, tokens, position):
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
        return after == len(tokens) or not joined(self.text, tokens, after) or not tokens[after].is_capitalised

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
            and tokens[n].norm not in COMPARE and not (n == end and self._owns_next(start))
            and not self.text[tokens[n].start:tokens[n].end].isupper()  # "Judge HR prop": an abbreviation
            and tokens[n].norm not in self.first_names and joined(self.text, tokens, max(n, start))
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
        while end < len(tokens) and self._in_title(end) and (end == the + 1 or joined(self.text, tokens, end)):
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
                tokens[p].norm in CONNECTORS or tokens[p].norm in COMPARE or p in self.anchors
                or p in self.stat_words or (p > 0 and tokens[p].is_capitalised)
                or not (zipf(tokens[p].norm) >= EVERYDAY or is_english_led(tokens[p].norm)) for p in aside):
            return set()
        return set(aside)

    def _joined(self, other: int, connector: str | None, gap: str, own: int) -> Evidence:
        # "sawchuk/hall/plante", "bijan + gibbs": a slash or a plus lists names as a comma does.
        if not (connector in CONNECTORS or "," in gap or "/" in gap or _LISTING_PLUS.fullmatch(gap)):
            return Evidence.NONE
        if other in self.outright:
            return Evidence.NAMED
        if connector not in ALTERNATIVES or other not in self.least_need:
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
        if (start - 1 in self.anchors and "," not in self._gap(start) and not self._dated_compound(start, end)) or (
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

    def _dated_compound(self, start: int, end: int) -> bool:
        """A very common lower-case word between a season and a lower-case noun ("parade 2025 start time", "the 2024
        price hike") is the first word of a thing the season dates, not a name the season is of."""
        tokens = self.tokens
        if end - start != 1 or end >= len(tokens) or tokens[start].is_capitalised or tokens[end].is_capitalised:
            return False
        noun = tokens[end].norm  # a function word may be a noun too ("start time")
        return (zipf(tokens[start].norm) >= VERY_COMMON and joined(self.text, tokens, end) and noun.isalpha()
                and is_english_word(noun) and may_be_noun(noun) and noun not in SPORT_TALK
                and end not in self.stat_words and end not in self.anchors and end not in self.named)

    def _gap(self, position: int) -> str:
        return self.text[self.tokens[position - 1].end:self.tokens[position].start]
