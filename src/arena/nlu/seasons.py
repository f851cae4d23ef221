"""Season expressions in a question, and what each means in a league's own season numbers.

Conventions (the stat store's): NBA and NHL seasons are numbered by the year they end (2015-16 is
2016), NFL and MLB by the year they are played. A bare year is read as the league's season number, as
the reference sites label their season pages: "LeBron in 2016" is 2015-16 and "Ovechkin in 2008" is
2007-08. A split label ("2015-16") is the season it names in every league: 2016 for the NBA and NHL,
2015 (the year it kicked off) for the NFL and MLB. Decades are season numbers too ("the 90s" is 1990 to
1999). A two-digit year ("'96") is 20yy when that is not after the latest season the store could
hold (the parser passes the store's last season plus one), else 19yy: "'27 Yankees" are 1927's; the
parser then moves a two-digit year or decade to the century the player's career makes possible ("ruth in
the 20s"). A bare two-digit number ("duncan 03") is a season only beside a player or team, and not
before a thing counted ("62 homers").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from arena.nlu.model import Scope
from arena.nlu.vocabulary import NUMBER_WORDS
from arena.stats import LEAGUES, League, expand_two_digit

SeasonKind = Literal[
    "year", "range", "since", "before", "last_n", "latest", "rookie", "peak", "career", "event", "age",
    "through_age",
]
# A season named by what happened in it ("his MVP year", "his 73-homer season", "the year after the lockout"):
# the player's own record says which (see :mod:`arena.nlu.season_facts`).
EventKind = Literal["award", "title", "final_reached", "feat", "final", "first_with", "last_with", "same",
                    "after_lockout", "stoppage", "first_start", "nth_season"]

DEFAULT_LATEST = 2030  # the latest year a two-digit year may mean, without a store to ask
FIRST_YEAR, LAST_YEAR = 1870, 2039
# Fans write a span of seasons in two digits only when it is short ("96-98", "98-02"); two two-digit
# numbers further apart are a win-loss record or a score.
_MAX_SHORT_RANGE = 10
# What joins the seasons of a list: "01 and 02", "96, 97", "07 or 08".
_LIST_LINK = re.compile(r"\s*(?:,|&|and|or)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class YearRef:
    """A season as written: ``year`` is the year it starts when ``is_split`` ("2015-16"), else as typed."""

    year: int
    is_split: bool = False
    month: int | None = None  # a month written before the year ("January 1979"): a game's date

    def season(self, league: League) -> int:
        """The league's season number for this reference: a dated game's is the season it was played in."""
        spec = LEAGUES[league]
        if self.is_split and spec.season_ends_in_year:
            return self.year + 1
        if self.month is not None and spec.season_months is not None:
            opens, closes = spec.season_months
            if self.month >= opens or self.month <= closes:
                began = self.year if self.month >= opens else self.year - 1
                return began + 1 if spec.season_ends_in_year else began
        return self.year


@dataclass(frozen=True, slots=True)
class SeasonEvent:
    """What a season named by an event names: ``award`` ("mvp"), ``stat`` and ``amount`` ("homer", 73),
    ``team`` ("bulls") as written; ``ordinal`` 1 for "first", -1 for "last", None for no ordinal."""

    kind: EventKind
    award: str | None = None
    ordinal: int | None = None
    unanimous: bool = False
    stat: str | None = None
    amount: int | None = None
    team: str | None = None
    stoppage: str | None = None  # the word a stopped season is named by ("strike", "bubble")
    title: bool = False  # a total written before a name ("92-goal Gretzky"), not of a season ("his 92-goal season")


@dataclass(frozen=True, slots=True)
class SeasonExpr:
    """One season expression found in a question, with its character span."""

    kind: SeasonKind
    start: int
    end: int
    first: YearRef | None = None
    last: YearRef | None = None
    count: int | None = None
    # Written with two digits ("'96", "the 20s"): the century may move to fit the player's career.
    two_digit: bool = False
    # A bare number ("duncan 03"): a season only beside a player or team who played it.
    bare: bool = False
    # Listed after the season before it ("jordan 96, 97 and 98"): the season of whoever that one's is.
    listed: bool = False
    event: SeasonEvent | None = None
    decade: bool = False  # "the 90s", "the nineties"

    def shifted(self, years: int) -> SeasonExpr:
        """The same expression ``years`` later (a century, for a two-digit year read in the wrong one)."""
        def move(ref: YearRef | None) -> YearRef | None:
            return None if ref is None else YearRef(ref.year + years, ref.is_split)
        return replace(self, first=move(self.first), last=move(self.last))


@dataclass(frozen=True, slots=True)
class SeasonSelection:
    """What a question asks for, in one league's season numbers."""

    scope: Scope
    seasons: tuple[int, ...] | None = None
    season_range: tuple[int, int] | None = None


_APOS = "['’‘`]"
_Y4 = r"(?:18[7-9]\d|19\d\d|20[0-3]\d)"
# A point: "2015", "2015-16", "2015-2016", "2015/16", "'96", "'95-'96", "95-96".
_POINT = (
    rf"(?:{_Y4}(?:\s?[-–/]\s?(?:{_Y4}|\d\d)(?!\d))?"
    rf"|{_APOS}\d\d(?:\s?[-–/]\s?{_APOS}?\d\d)?(?!\d)"
    rf"|\d\d\s?[-–/]\s?\d\d(?!\d)"
    r"|2k\d{1,2}(?!\d))"  # "from 2k12 through 2k19"
)
_STAT_UNITS = (
    r"yards?|yds|yd|points?|pts|hits?|goals?|assists?|rebounds?|boards|runs?|strikeouts?|ks|k|hrs|homers?|"
    r"home\s+runs?|hr|touchdowns?|tds|wins?|saves?|games?|gp|steals?|blocks?|rbis?|receptions?|catches|"
    r"innings|shutouts?|passing|rushing|receiving|career|total|minutes|shots?|%|percent|ppg|rpg|apg|"
    r"dollars|\$"
)
_NOT_A_COUNT = rf"(?!\s*(?:{_STAT_UNITS})\b)(?!\s*%)"
# Before a thing counted ("62 homers"), a bare number is a count; before an activity ("89 rushing") it
# is still a season, and one with a leading zero ("04 hits") is never a count.
_COUNTED = (r"points?|pts|hits?|goals?|assists?|rebounds?|boards|runs?|strikeouts?|ks|k|hrs?|homers?|home\s+runs?|"
            r"touchdowns?|tds|wins?|saves?|games?|gp|steals?|blocks?|rbis?|receptions?|catches|yards?|yds|yd|"
            r"innings|shutouts?|minutes|shots?|ppg|rpg|apg|sacks?|picks?|dollars|million")
# "1964 of them", "52 years old": how many, how old; "he was 52", "at age 40": an age. "10 years on the ballot",
# "a 10 year span", "a 12-year career", "the greatest 10 year start": a count of years, not the year 2010.
_NOT_AN_AMOUNT = (r"(?!\s+(?:of\s+(?:them|those|these)|y(?:ea)?rs?\s+old)\b)(?![\s-]+y(?:ea)?rs\b)"
                  r"(?![\s-]+y(?:ea)?r\s+(?:span|stretch|run|window|period|career|deal|contract|veteran|stint|reign|"
                  r"start|streak|drought|prime|peak)\b)")
_NOT_AN_AGE = r"(?<!\bhe\swas\s)(?<!\bhe\sturned\s)(?<!\bhe's\s)(?<!\bage\s)(?<!\baged\s)"
_NOT_COUNTED = rf"(?!\s*(?:{_COUNTED})\b)(?!\s*%){_NOT_AN_AMOUNT}"
# A year-like number before a stat unit is a count after words like these ("had 2000 rushing yards"); a unit
# before a slash is a rate's ("his 2024 K/9"), whose number is no count.
# "2000+ yards": a number and "+" is "that many or more", a count too.
_UNIT_AFTER = re.compile(rf"\+?\s*-?\s*(?:{_STAT_UNITS})\b(?!/)", re.IGNORECASE)
_COUNT_CUE_BEFORE = re.compile(
    r"\b(?:had|has|have|over|under|than|with|reach(?:ed|es)?|top(?:ped|s)?|more|least|a|an|his|her|their|"
    r"surpass(?:ed)?|pass(?:ed)?|hit|eclipse[ds]?|up|record(?:ed|s)?|career|for|gained|threw|ran)\s*$",
    re.IGNORECASE,
)
_GAINED_FOR = re.compile(r"\b(?:ran|rushed|threw|passed|caught|went)\s+for\s+(?:over\s+)?$", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(r"\d\s+$")
_TOTAL_REACHED_BEFORE = re.compile(r"\b(?:had|has|reach(?:ed|es)?|top(?:ped|s)?|surpass(?:ed)?|eclipsed?|gained|"
                                   r"(?:ran|rushed|threw|passed)\s+for)\s+(?:over\s+)?$", re.IGNORECASE)
# "struck out 20", "scored 81": the number a player did something so many times, after the verb of doing it.
_DONE_BEFORE = re.compile(r"\b(?:struck\s+out|fanned|whiffed|scored|dropped|poured\s+in|put\s+up|racked\s+up|"
                          r"tallied|notched)\s+$", re.IGNORECASE)
# "20 in one game", "61 in a season": so many of something in a single game or season, a record's count.
_IN_ONE_AFTER = re.compile(r"\s+in\s+(?:a|one|1|a\s+single)\s+(?:game|night|contest|outing|start|match|inning|half|"
                           r"quarter|period|season|year)\b", re.IGNORECASE)
# "16 seasons of carries", "in 20 seasons": a count of seasons, unless listed after a season ("the 96 and 97 seasons").
_SEASONS_COUNTED = re.compile(r"(?<![\w'’$#.,/:-])(?P<n>[1-9]\d)[\s-]+(?:seasons|campaigns)\b", re.IGNORECASE)
_LISTED_AFTER_A_NUMBER = re.compile(r"\d\s*(?:,|&|and|or)\s*$", re.IGNORECASE)
# "7 rings vs Bill Russell 11", "Gretzky 894 goals or Ovechkin 900": a count of honours or stats said once for both
# sides of a comparison; the bare number on the other side is the same count.
_HONOURS = r"rings?|titles?|championships?|chips|mvps?|cups?|trophies|majors|pennants|all[\s-]stars?|pro\s+bowls?"
_COUNT_OF_THINGS = re.compile(rf"(?<![\w'’$#.,/:-])\d{{1,4}}\s+(?:{_HONOURS}|{_COUNTED})\b", re.IGNORECASE)
_SIDE_AGAINST = re.compile(r"\b(?:vs\.?|versus|or|than|compared\s+(?:to|with))\s", re.IGNORECASE)
# "50 in 50", "73 in 82": so many of something in at least as many games, a pace; neither number is a season
# ("wilt 100 in 62" is a season: no feat's count outnumbers its games; "81 in 06" is written as a year).
_PACE = re.compile(r"(?<![\w'’$#.,/:-])(?P<count>\d{1,3})\s+in\s+(?P<games>[1-9]\d{0,2})(?![\w'’%./:-])")
# "that 2007 draft", "the '83 draft quarterbacks": the year players were drafted, before any season they played.
_DRAFT_AFTER = re.compile(r"\s+(?:(?:nba|nfl|nhl|mlb)\s+)?draft\b", re.IGNORECASE)
# "class of 21", "the draft class of 2003": the year a class of players was drafted, no season played.
_CLASS_BEFORE = re.compile(r"\b(?:draft\s+|rookie\s+)?class\s+of\s+(?:['’])?$", re.IGNORECASE)
# "I play as Ovechkin in NHL 24", "Madden 25 ratings": a video game's title, named for the season after its release
# by two digits alone ("nhl 2020-21", "nhl 2021 goals" are seasons of the league).
_GAME_TITLE_NUMBER = re.compile(r"\d{2}(?!\d)(?![-–/]\d)")
_GAME_TITLE_BEFORE = re.compile(r"(?<!\bthe\s)\b(?:madden(?:\s+nfl)?|nhl|fifa|(?:mlb\s+)?the\s+show|nba\s+live)\s+$",
                                re.IGNORECASE)
# "griffey in mvp baseball 2005", "madden 2004 vick": a game whose title no season of a league is named so, by a
# full year as well ("nhl 2021 goals" stays a season of the league).
_GAME_TITLE_FULL_BEFORE = re.compile(r"\b(?:madden(?:\s+nfl)?|fifa|mlb\s+the\s+show|nba\s+live|mvp\s+baseball|"
                                     r"ncaa\s+(?:football|basketball|hoops)|(?:nba|nfl|nhl|mlb)\s+2k)\s+$",
                                     re.IGNORECASE)
# "in 2K jordan is 99 but irl ...", "vc in 2k classic teams, real career numbers?": a question that speaks of a
# video game (its modes, "irl" or "real careers" set against it) names the game by "2k", "2k24", not the year
# 2000 or 2024.
_GAMING = re.compile(r"\b(?:irl|in\s+real\s+life|real\s+(?:life|careers?|numbers|stats)|myplayer|myteam|"
                     r"mycareer|classic\s+teams?|franchise\s+mode|video\s?games?|controller)\b", re.IGNORECASE)
# "a historian writing in 1950", "born in 1961": the time someone writes or lives in, not a season played; "a 90s
# party", "80s music": a decade's fashion, not its seasons.
_YEARS = frozenset({"point", "bare", "decade", "decade_word"})
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+(?:end|start)\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)
_LIFE_BEFORE = re.compile(r"\b(?:writing|written|wrote|born|living)\s+(?:in\s+)?(?:the\s+)?$", re.IGNORECASE)
_LIFE_AFTER = re.compile(r"\s+(?:party|parties|music|songs?|movies?|films?|fashion|costumes?|theme|vibes?|"
                         r"nostalgia|cartoons?|tv|kids?)\b", re.IGNORECASE)
# "I grew up in the 90s", "my dad watched him in the 70s": the writer's own life, in a sentence of his.
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|my|me|we|our)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;]")
_CLAUSE_END = re.compile(r"[.!?;,:—]")
# "I have followed hockey since 1958", "as a reader since 1971": how long the writer has watched, read or
# rooted, a few words before the span, not the seasons he asks about ("as a fan, the best qb since 2010" is asked).
_WRITERS_HABIT = re.compile(r"\b(?:follow(?:ed|ing)?|watch(?:ed|ing)?|root(?:ed|ing)|cheer(?:ed|ing)|fan|reader|"
                            r"subscriber|listener|viewer|member)(?:\s+[\w'’-]+){0,2}\s+$", re.IGNORECASE)
# "a famous athlete from before 1960": which kind of player someone is to pick, not the seasons of the one picked.
_SOMEONE_OF_A_TIME = re.compile(r"\ban?\s+(?:[a-z]+\s+){0,2}(?:athlete|player|star|legend|hero|someone)\s+"
                                r"(?:from\s+)?$", re.IGNORECASE)
# "the most underrated scorer of the last ten years", "has anyone in the last 40 years": the time a player is picked
# from, not the seasons asked of him ("the lowest ERA in the last 5 seasons" asks them).
_PICKED_FROM = re.compile(r"(?:\b(?:any(?:one|body)|no\s?one|nobody|some(?:one|body))\s+(?:in|of|over|during)"
                          r"|\b(?:best|greatest|worst|most|least|top)(?:\s+[\w'’-]+){1,3}\s+of)\s+$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this)\s+(?:[a-z]+est\s+)?$", re.IGNORECASE)
# "1963, the World Series year", "2018 season the best debut year", "in 1975, both rookies": what is said of the
# season just named (of the players named before it).
_APPOSITION = re.compile(r"(?:\s+(?:season|year|campaign))?\s*"
                         r"(?:,\s*(?:the\s+|(?:both|each)(?:\s+an?)?\s+)?|(?:the|a)\s+(?:[a-z]+est|most\s+[a-z]+)\s+)?",
                         re.IGNORECASE)
_ELIDED_TOTAL = re.compile(r"(?<=[^\W\d])['’]s?\s+(?P<amount>\d{1,2},\d{3}|\d{1,3})(?![\w'’%./:-]|,\d)"
                           r"(?!\s*(?:" + _COUNTED + r")\b)")
# "his rookie season in 2024", "his MVP year of 2016", "rookie year 1981", "rookie year 24-25", "MVP season
# (2015-16)": the year that follows says which season it was.
_YEAR_AFTER = re.compile(r",?\s+(?:(?:in|of)\s+(?:the\s+)?)?|\s*[,:(]\s*", re.IGNORECASE)
# "three great years, 96 to 98", "his best seasons: 84 thru 88": two bare numbers right after years counted or
# described are those years, a span of seasons whoever stands beside it.
_YEARS_COUNTED_BEFORE = re.compile(r"\b(?:years|seasons|yrs|campaigns)\s*[,:–—-]?\s*$", re.IGNORECASE)
# "retired at 29", "debuted at 19", "drafted at 18": the age something happened at, not a season asked of him.
_LIFE_EVENT_BEFORE = re.compile(r"\b(?:retir(?:ed|es|ing|e)|died|dies|passed\s+away|debut(?:ed|s)?|quit|drafted|"
                                r"signed|called\s+up|broke\s+in|walked\s+away|hung\s+(?:it|them)\s+up|came\s+back|"
                                r"returned|started|began)\s+$", re.IGNORECASE)
_RANGE_LINK = r"(?:to|through|thru|until|till|and|[-–])"
# The ages of a playing career, and what may not follow one: "at 25%", "at 30 feet" and "at 40 minutes" are no age.
_AGE = r"1[6-9]|[2-4]\d"
_AGE_END = (r"(?![\w'’%/.-])(?!,\d)(?!\s*(?:" + _COUNTED + r"|feet|ft|mph|degrees|seconds|mil|grand|k)\b)"
            r"(?!\s*%)")
_NUMBER = r"(?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_SEASON_WORD = r"(?:seasons?|years?|yrs?|campaigns?)"
DECADE_WORDS = {
    "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
    "seventies": 1970, "eighties": 1980, "nineties": 1990, "two thousands": 2000, "aughts": 2000,
    "noughties": 2000, "twenty tens": 2010, "teens": 2010, "twenty twenties": 2020,
}
# Years as they are said, the way voice typing writes them: "nineteen eighty six", "twenty eighteen",
# "two thousand and nine", "in oh one".
_SPOKEN_UNITS = {"oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9}
_SPOKEN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_SPOKEN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90}
_SPOKEN_CENTURIES = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}
_ONES = "|".join(word for word in _SPOKEN_UNITS if word != "oh")
_SPOKEN_YY = (rf"(?:(?:{'|'.join(_SPOKEN_TENS)})(?:[\s-](?:{_ONES}))?|{'|'.join(_SPOKEN_TEENS)}"
              rf"|oh[\s-](?:{_ONES}))")

_MONTH_NUMBERS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")), start=1) for name in names}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5, "last": -1, "final": -1, "latest": -1}
_ORDINAL = rf"(?:(?P<ordinal>{'|'.join(_ORDINALS)})\s+)?"
_EVENT_SEASON = r"(?:season|year|campaign)\b"
# Awards as fans name a season by them ("his MVP year", "Hart Trophy season"); the store's names are in
# season_facts.AWARD_NAMES.
_AWARD_PHRASE = (r"mvp|cy\s+young|hart|rookie\s+of\s+the\s+year|roy|dpoy|defensive\s+player\s+of\s+the\s+year|"
                 r"art\s+ross|norris|vezina|calder|conn\s+smythe|rocket\s+richard|ted\s+lindsay|selke|"
                 r"sixth\s+man(?:\s+of\s+the\s+year)?|most\s+improved")
# Won the title ("championship season", "cup-winning season") or only reached the final ("Super Bowl season",
# "World Series year", "Finals season": a fan says so of the loser too).
# "his first Cup season" is the Cup won, as "his first ring" is; a "Stanley Cup season", like a "Super Bowl
# season", may be one he reached the final and lost.
_TITLE_WON = (r"(?:championship|title|ring|(?:stanley\s+)?cup|super\s+bowl|world\s+series|finals?)[\s-]+winning"
              r"|championship|title|ring|(?<!stanley\s)cup")
_FINAL_REACHED = r"super\s+bowl|world\s+series|stanley\s+cup(?:\s+finals?)?|(?:nba\s+)?finals|cup\s+final|pennant"
# What a season is named by the count of ("73-homer", "2,000-yard"): the counting stats fans say so.
_FEAT_STATS = (r"homers?|home[\s-]runs?|hrs?|goals?|points?|pts|assists?|rebounds?|touchdowns?|tds?|yards?|yds|"
               r"hits?|rbis?|strikeouts?|ks?|wins?|saves?|steals?|stolen[\s-]bases?|receptions?|catch|catches|sacks?")
# Voice typing writes a split season as two spoken years: "two thousand two two thousand three", "nineteen eighty
# one eighty two"; and a span as two joined by "to" or "through".
_SPOKEN_FULL = (rf"(?:(?:{'|'.join(_SPOKEN_CENTURIES)})[\s-]{_SPOKEN_YY}"
                rf"|two\s+thousand(?:\s+and)?\s+(?:{_SPOKEN_YY}|{_ONES}))")

# Each season pattern (name, source), compiled when a question first needs it (_compiled).
_PATTERNS: tuple[tuple[str, str], ...] = tuple(
    (name, pattern)
    for name, pattern in (
        # "Shai's third year", "his 2nd season", "his third full year", "his sophomore season": the season of his
        # career so counted, his rookie season the first; "full" says the season he came up in was not one, so it is
        # not counted (a season with a club, as a starter or in a row is another count: "his second season with
        # the Lakers").
        ("nth_season", r"(?:(?<=\bhis\s)|(?<=\btheir\s)|(?<=['’]s\s)|(?<=s['’]\s))"
                       r"(?:(?P<ordinal>second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(?P<full>full\s+)?"
                       r"|(?P<sophomore>sophomore)\s+)(?:season|year|campaign)\b"
                       r"(?![\s-]+(?:with|for|as|on|in\s+a\s+row|straight|running)\b)"),
        # "in year 17", "16th-year Flacco": the count of a player's seasons, no season's number.
        # A year numbered after "in" or "his" only: "Rose's mvp year 11" is his 2011 season.
        ("career_year", r"\b(?:in|his)\s+year\s+(?:[1-9]|1\d|2[0-5])\b(?![-–/'’]\d)"
                        r"|\b\d{1,2}(?:st|nd|rd|th)[\s-](?:year|season)\b"),
        ("award", rf"\b{_ORDINAL}(?P<unanimous>unanimous\s+)?(?P<award>{_AWARD_PHRASE})"
                  rf"(?:\s+(?:trophy|award))?(?:[\s-]+winning)?\s+{_EVENT_SEASON}"),
        ("title", rf"\b{_ORDINAL}(?:{_TITLE_WON})\s+{_EVENT_SEASON}"),
        # "the year he won it all with Denver", "the season they won the Cup in Pittsburgh": a title won with that
        # club (read from the words after "year", so "the" before it makes no kind of season of it).
        ("title", r"(?:(?<=\byear\s)|(?<=\bseason\s))(?:he|they|she)\s+won\s+(?:it\s+all|the\s+(?:title|ring|"
                  r"championship|super\s+bowl|world\s+series|(?:stanley\s+)?cup|finals?))\s+(?:with|in|for)\s+"
                  r"(?:the\s+)?(?P<team>[a-z0-9]+)\b"),
        ("final_reached", rf"\b{_ORDINAL}(?:{_FINAL_REACHED})\s+{_EVENT_SEASON}"),
        # "his 73-homer season", "a 2,000-yard season": the season whose total of that stat it was.
        ("feat", r"\b(?P<amount>\d{1,2},?\d{3}|\d{1,3})[\s-](?P<stat>" + _FEAT_STATS + r")\s+" + _EVENT_SEASON),
        # "92-goal Gretzky", "2,105-yard Dickerson": the season of that total, where a name follows (the parser checks).
        ("feat_title", r"\b(?P<amount>\d{1,2},?\d{3}|\d{1,3})-(?P<stat>" + _FEAT_STATS + r")\b(?![-'’])"),
        ("with_team", r"\b(?P<which>first|last|final)\s+(?:season|year|campaign)\s+(?:with|for|in|on)\s+"
                      r"(?:the\s+)?(?P<team>[a-z0-9]+)\b"),
        ("final", r"\b(?:final|farewell|retirement)\s+(?:season|year|campaign)\b"
                  r"|(?:(?<=\bhis\s)|(?<=['’]s\s))last\s+(?:season|year|campaign)\b"),
        # "Brady's first Super Bowl season vs Warner that year": the season named before, his rival's too.
        ("same", r"\b(?:that|the)\s+same\s+(?:season|year)\b|\bthat\s+(?:season|year)\b"),
        ("after_lockout", r"\b(?:(?:the\s+)?(?:first\s+)?(?:season|year)\s+after|post)[\s-]+(?:the\s+)?lockout\b"),
        # "the strike year", "the strike-shortened season", "the bubble season".
        ("stoppage", r"\bthe\s+(?P<stoppage>strike|bubble)(?:[\s-]+shortened)?\s+(?:season|year|campaign)\b"),
        ("spoken_split", rf"\b(?P<a>{_SPOKEN_FULL})\s+(?:to\s+)?(?P<b>{_SPOKEN_FULL}|{_SPOKEN_YY})\b"),
        # "oh-nine, oh-ten", "oh eight oh nine": two years of the 2000s said one after the other, as "'09-'10" is.
        ("spoken_split", rf"(?<![\w'’-])(?P<a>oh[\s-](?:{_ONES}))\s*[,/-]?\s*"
                         rf"(?P<b>oh[\s-](?:{_ONES}|ten)|ten)\b(?!-)"),
        ("spoken_range", rf"\b(?P<a>{_SPOKEN_FULL})\s+(?:to|through|thru|until|till)\s+(?P<b>{_SPOKEN_FULL})\b"),
        ("range", rf"\b(?:from|between)\s+(?:the\s+)?(?P<a>{_POINT})(?:\s+seasons?)?\s*{_RANGE_LINK}\s*"
                  rf"(?:the\s+)?(?P<b>{_POINT})"),
        ("range", rf"(?<![\w'’])(?P<a>{_POINT})\s+(?:to|through|thru|until|till)\s+(?P<b>{_POINT})"),
        # "from 01 to 04": "from" makes two bare numbers a span wherever they stand, and a two-digit year ended by a
        # full one ("from 97 to 2003") one in the full year's century.
        # A comma after the second ends the clause ("from 97 to 03, best pitcher alive"); one before a digit does not.
        ("span", rf"\bfrom\s+(?P<a>\d\d)\s+(?:to|through|thru|until|till)\s+(?P<b>(?:{_Y4}|\d\d){_NOT_COUNTED})"
                 rf"(?![\w'’%./:-]|,\d)"),
        # Two bare numbers ("gretzky 84 thru 88"): a span of seasons only beside a player, as one is.
        ("bare_range", rf"(?<![\w'’$#.,/:-])(?P<a>\d\d)\s+(?:to|through|thru|until|till)\s+"
                       rf"(?P<b>\d\d{_NOT_COUNTED})(?![\w'’%./:-]|,\d)"),
        # A number joined to others by a dash is a stat club's, not a decade ("his 50-40-90s").
        ("decade", r"(?<!\d[-–/])\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?:(?P<century>1[89]|20)|"
                   + _APOS + r")?(?P<decade>\d)0\s?" + _APOS + r"?s\b"),
        ("decade_word", r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?P<word>"
                        + "|".join(word.replace(" ", r"[\s-]+") for word in DECADE_WORDS) + r")\b"),
        ("since", rf"\b(?P<op>since|after|post)[\s-]+(?:the\s+)?(?P<a>{_POINT})"),
        ("before", rf"\b(?P<op>before|prior\s+to|pre)[\s-]+(?:the\s+)?(?P<a>{_POINT})"),
        ("last_n", rf"\b(?:the\s+)?(?:last|past|previous|recent|latest)\s+(?:couple\s+(?:of\s+)?)?"
                   rf"(?P<n>{_NUMBER})?\s*{_SEASON_WORD}\b"),
        ("last_decade", r"\b(?:the\s+)?(?:last|past)\s+decade\b"),
        ("latest", rf"\b(?:this|current|latest|most\s+recent)\s+{_SEASON_WORD}\b"),
        # "his first year as a starter", "first full season as the starter": not his rookie year (Brady's 2001).
        ("first_start", r"\b(?:first|1st)\s+(?:full\s+)?(?:season|year|campaign)\s+as\s+(?:an?\s+|the\s+)?"
                        r"(?:full[\s-]time\s+|everyday\s+)?starter\b"),
        # "rookie drafts" (fantasy's, of players yet to play) are before any season, as "the 2007 draft" is.
        # "Rookie of the Year" whole: before a name it is his title, as "rookie" is (the parser checks).
        ("rookie", r"\b(?:rookie|debut|first)\s+(?:season|year|campaign)s?\b|\bas\s+an?\s+rookie\b"
                   r"|\b(?:(?:offensive|defensive)\s+)?rookies?\s+of\s+the\s+year\b|\brookies?\b(?!\s+drafts?\b)"),
        ("peak", r"\b(?:primes?(?!\s+time)|peaks?|heyday|apex|pomp|at\s+(?:his|their|her)\s+best|"
                 r"best\s+(?:years|seasons)|in\s+(?:his|their)\s+best\s+(?:years|seasons))\b"),
        ("career", r"\b(?:careers?|all[\s-]?time|ever|overall|lifetime|whole\s+run)\b"),
        ("spoken", rf"\b(?:(?:{'|'.join(_SPOKEN_CENTURIES)})[\s-]{_SPOKEN_YY}"
                   rf"|two\s+thousand(?:\s+and)?\s+(?:{_SPOKEN_YY}|{_ONES}))\b"),
        ("spoken", rf"\b(?:in|of|from)\s+(?P<yy>oh[\s-](?:{_ONES}))\b"),
        # Voice typing writes a two-digit year as words: "hakeem in ninety-four", "bird in eighty six"; a
        # number of things ("in forty-one games", "in twenty-two straight") stays a count.
        ("spoken", rf"\b(?:in|of|from|during)\s+(?P<yy>(?:{'|'.join(_SPOKEN_TENS)})[\s-](?:{_ONES}))\b"
                   rf"{_NOT_COUNTED}(?!\s+(?:straight|consecutive|of|more|times?|percent|per)\b)"),
        # "oh-one" with its dash is a year wherever it stands ("iverson's oh-one mvp season").
        ("spoken", rf"(?<![\w'’-])(?P<yy>oh-(?:{_ONES}))\b(?!-)"),
        # "brady 2k7", "2k19": the 2000s year games and fans shorten so.
        ("two_k", r"\b2k(?P<yy>\d{1,2})\b"),
        # "pedro in 2k": the year 2000 said so, where nothing counted follows ("in 2k yards" is a count).
        ("two_k", rf"\b(?:in|during)\s+2k(?![\w'’]){_NOT_COUNTED}"),
        # "the one in January 1979", "back in Nov. 1995": a game's date, in whatever season it fell; after "Mr."
        # the month is a nickname ("Mr. October 1977": Reggie Jackson's 1977).
        ("month_year", rf"(?<!\bmr\s)(?<!\bmr\.\s)(?<!mister\s)\b(?P<month>{'|'.join(_MONTH_NUMBERS)})\.?\s+"
                       r"(?:of\s+)?(?P<a>(?:18|19|20)\d\d)\b(?![\w'’-])"),
        # A season asked by the player's age ("LeBron at 25", "his age-30 season", "a 40-year-old Brady") or up
        # to it ("through age 30", "Sanders through 30", "before age 25"): a player's own, from his birth year.
        ("through_age", rf"\b(?P<op>through|thru|up\s+to|until|till|by|before)\s+(?:(?:his|their)\s+)?"
                        rf"age(?:\s+of)?[\s-](?P<n>{_AGE})(?:\s+seasons?)?{_AGE_END}"),
        ("through_age", rf"(?<!\d)(?<!\d\s)\b(?P<op>through|thru)\s+(?P<n>{_AGE}){_AGE_END}"),
        ("age", rf"\b(?:at|aged?)\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?(?P<n>{_AGE})"
                rf"(?:\s+(?:years?\s+old|y/?o))?{_AGE_END}"),
        ("age", rf"\bage[\s-](?P<n>{_AGE})\s+(?:season|year|campaign)s?\b"),
        ("age", rf"\b(?P<n>{_AGE})[\s-]years?[\s-]old\b"),
        # A number joined to others by dashes ("31-10-10", "92-120-212") is a stat line, not a season.
        ("point", rf"(?<![\w'’$#])(?<!\d[-–/]){_NOT_AN_AGE}(?P<a>{_POINT})(?![\w'’])(?![-–/]\d){_NOT_AN_AMOUNT}"),
        ("point", rf"\b(?:in|of|during|circa|from)\s+(?P<a>\d\d)(?![\w'’]){_NOT_A_COUNT}"),
        # "their 2023s": the season of each, in the plural; a year ending in 0 so is a decade ("the 2020s").
        ("point", r"(?:(?<=\bhis\s)|(?<=\btheir\s))(?P<a>(?:18|19|20)\d[1-9])s\b"),
        # Before a comma, a bare number is a season of a list ("96, 97 and 98"), of a clause ("96, the
        # best") or of a count ("23, 153 points"); before a lone number of one or three digits, part of a
        # stat line ("23, 7 and 7").
        ("bare", rf"(?<![\w'’$#.,/:-])(?<!top\s){_NOT_AN_AGE}(?P<a>0\d|\d\d{_NOT_COUNTED})(?![\w'’%./:-])"
                 rf"(?!,(?!\s+(?:{_APOS}?\d\d(?!\d)|[^\W\d]|\d+\s+(?:{_COUNTED})\b)))"
                 rf"(?P<season>\s+{_SEASON_WORD})?"),
    )
)


# The patterns of these names match only where the text has a digit (a year, an age, a count, "2k"): a question
# with none ("jordan vs lebron") never compiles them, half of the patterns' compile time at a command line's start.
_NUMBERED = frozenset({"career_year", "feat", "feat_title", "range", "span", "bare_range", "decade", "since",
                       "before", "two_k", "month_year", "through_age", "age", "point", "bare"})


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_KEYWORD_KINDS: dict[str, SeasonKind] = {
    "latest": "latest", "rookie": "rookie", "peak": "peak", "career": "career",
}


def _year(text: str, latest: int) -> int | None:
    if text[:2].lower() == "2k":
        return 2000 + int(text[2:])
    digits = re.sub(r"\D", "", text)
    if len(digits) == 4:
        year = int(digits)
    elif len(digits) == 2:
        year = expand_two_digit(int(digits), latest)
    else:
        return None
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def parse_point(text: str, latest: int = DEFAULT_LATEST) -> tuple[YearRef, YearRef] | None:
    """A point as (first, last): equal for one season, different for "2010-2015" or "2010-15"."""
    parts = re.split(r"\s?[-–/]\s?", text.strip())
    first = _year(parts[0], latest)
    if first is None:
        return None
    if len(parts) == 1:
        return YearRef(first), YearRef(first)
    second_digits = re.sub(r"\D", "", parts[1])
    if len(second_digits) == 2:
        second = (first // 100) * 100 + int(second_digits)
        if second < first:
            second += 100
    else:
        second = int(second_digits)
    if second == first + 1:
        split = YearRef(first, is_split=True)
        return split, split
    if second <= first or second > LAST_YEAR:
        return None
    if len(re.sub(r"\D", "", parts[0])) == 2 and second - first > _MAX_SHORT_RANGE:
        return None  # a record or a score ("the 72-10 bulls", "a 30-52 team"), not a span of seasons
    return YearRef(first), YearRef(second)


def _decade(match: re.Match[str]) -> tuple[int, int]:
    groups = match.groupdict()
    if groups.get("word"):
        start = DECADE_WORDS[" ".join(re.split(r"[\s-]+", groups["word"].lower()))]  # "twenty-tens" too
    else:
        century = groups.get("century")
        digit = int(groups["decade"])
        # "the 20s" is the 2020s, "the 30s" the 1930s
        start = int(century) * 100 + digit * 10 if century else (2000 if digit <= 2 else 1900) + digit * 10
    part = (groups.get("part") or "").lower()
    offset = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(part, (0, 9))
    return start + offset[0], start + offset[1]


def _spoken_year(text: str, latest: int) -> int:
    """The year said in ``text`` (matched by a "spoken" pattern): "nineteen eighty six" is 1986,
    "two thousand and nine" 2009, "oh one" the two-digit year 01."""
    words = [word for word in re.split(r"[\s-]+", text.lower()) if word not in ("in", "of", "from", "during", "and")]
    century = 0
    if words[:2] == ["two", "thousand"]:
        century, words = 2000, words[2:]
    elif len(words) > 1 and words[0] in _SPOKEN_CENTURIES:
        century, words = _SPOKEN_CENTURIES[words[0]], words[1:]
    yy = sum(_SPOKEN_UNITS.get(word, 0) + _SPOKEN_TEENS.get(word, 0) + _SPOKEN_TENS.get(word, 0) for word in words)
    return century + yy if century else expand_two_digit(yy, latest)


def _number(text: str | None) -> int | None:
    if text is None:
        return None
    text = text.lower()
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text)


def _event(name: str, groups: dict[str, str | None]) -> SeasonEvent | None:
    ordinal = _ORDINALS.get((groups.get("ordinal") or "").lower())
    if name == "award":
        award = re.sub(r"\s+", " ", (groups["award"] or "").lower())
        return SeasonEvent("award", award=award, ordinal=ordinal, unanimous=bool(groups.get("unanimous")))
    if name == "title":
        return SeasonEvent("title", ordinal=ordinal, team=(groups.get("team") or "").lower() or None)
    if name == "final_reached":
        return SeasonEvent("final_reached", ordinal=ordinal)
    if name in ("feat", "feat_title"):
        amount = int((groups["amount"] or "").replace(",", ""))
        return SeasonEvent("feat", stat=re.sub(r"\s+", " ", (groups["stat"] or "").lower()), amount=amount,
                           title=name == "feat_title")
    if name == "with_team":
        which = (groups["which"] or "").lower()
        return SeasonEvent("first_with" if which == "first" else "last_with", team=(groups["team"] or "").lower())
    if name == "final":
        return SeasonEvent("final")
    if name == "same":
        return SeasonEvent("same")
    if name == "after_lockout":
        return SeasonEvent("after_lockout")
    if name == "first_start":
        return SeasonEvent("first_start")
    if name == "stoppage":
        return SeasonEvent("stoppage", stoppage=(groups["stoppage"] or "").lower())
    if name == "nth_season":
        return SeasonEvent("nth_season", ordinal=(ordinal or 2) + bool(groups.get("full")))
    return None


def _expr(name: str, match: re.Match[str], latest: int) -> SeasonExpr | None:
    start, end = match.span()
    groups = match.groupdict()
    if (event := _event(name, groups)) is not None:
        return SeasonExpr("event", start, end, event=event)
    if name in ("spoken_split", "spoken_range"):
        said_first = _spoken_year(groups["a"] or "", latest)
        said = groups["b"] or ""
        said_second = _spoken_year(said, latest)
        if len(re.split(r"[\s-]+", said.strip())) <= 2 and not said.lower().startswith("two thousand"):
            # "nineteen eighty one eighty two": the second year in the first's century
            said_second = (said_first // 100) * 100 + said_second % 100
        if name == "spoken_split":
            if said_second != said_first + 1:
                return None
            split = YearRef(said_first, is_split=True)
            return SeasonExpr("year", start, end, split, split)
        if said_second <= said_first:
            return None
        return SeasonExpr("range", start, end, YearRef(said_first), YearRef(said_second))
    if name == "bare":
        year = _year(groups["a"], latest)
        if year is None:
            return None
        # "his 85 season" is a season wherever it stands; a number alone only beside a player or team.
        return SeasonExpr("year", start, end, YearRef(year), YearRef(year), two_digit=True,
                          bare=not groups.get("season"))
    if name in ("range", "bare_range", "span", "point", "since", "before"):
        a = parse_point(groups["a"], latest)
        if a is None:
            return None
        if name in ("range", "bare_range", "span"):
            b = parse_point(groups["b"], latest)
            if b is None:
                return None
            full_end = name == "span" and len(groups["b"]) == 4  # "from 97 to 2003": in the century written
            if full_end:
                began = b[1].year // 100 * 100 + int(groups["a"])
                opened = YearRef(began - 100 if began > b[1].year else began)
                a = (opened, opened)
            first, last = sorted((a[0], b[1]), key=lambda ref: ref.year)
            if name == "range":
                return SeasonExpr("range", start, end, first, last)
            if last.year - first.year > _MAX_SHORT_RANGE:
                return None  # "10 to 90", not a span fans write in two digits
            bare = name == "bare_range" and not _YEARS_COUNTED_BEFORE.search(match.string, 0, start)
            return SeasonExpr("range", start, end, first, last, two_digit=not full_end, bare=bare)
        if name == "point":
            kind: SeasonKind = "year" if a[0] == a[1] else "range"
            return SeasonExpr(kind, start, end, a[0], a[1], two_digit=not re.search(r"\d{3}", groups["a"]))
        op = groups["op"].lower()
        if name == "since":
            first = a[0] if op == "since" else YearRef(a[1].year + 1, a[1].is_split)
            return SeasonExpr("since", start, end, first=first)
        return SeasonExpr("before", start, end, last=YearRef(a[0].year - 1, a[0].is_split))
    if name == "month_year":
        dated = YearRef(int(groups["a"] or 0), month=_MONTH_NUMBERS[(groups["month"] or "").lower()])
        return SeasonExpr("year", start, end, dated, dated)
    if name in ("spoken", "two_k"):
        year = 2000 + int(groups.get("yy") or 0) if name == "two_k" else _spoken_year(match.group(0), latest)
        said_two_digits = name == "spoken" and bool(groups.get("yy"))  # "in oh one"
        return SeasonExpr("year", start, end, YearRef(year), YearRef(year), two_digit=said_two_digits)
    if name in ("decade", "decade_word"):
        bounds = _decade(match)
        return SeasonExpr("range", start, end, YearRef(bounds[0]), YearRef(bounds[1]),
                          two_digit=not groups.get("century"), decade=True)
    if name == "last_n":
        count = _number(groups.get("n"))
        if count is None:
            count = 2 if "couple" in match.group(0).lower() else 1
        if count == 1:
            return SeasonExpr("latest", start, end)
        return SeasonExpr("last_n", start, end, count=count)
    if name == "last_decade":
        return SeasonExpr("last_n", start, end, count=10)
    if name == "age":
        return SeasonExpr("age", start, end, count=int(groups["n"]))
    if name == "through_age":
        before = (groups["op"] or "").lower() == "before"  # "before age 25" is through his age-24 season
        return SeasonExpr("through_age", start, end, count=int(groups["n"]) - before)
    return SeasonExpr(_KEYWORD_KINDS[name], start, end)


def _is_count(text: str, match: re.Match[str]) -> bool:
    """A bare number that counts something: before a stat unit after a count word ("had 2000 rushing
    yards") or after a season ("97 2000 yard season"), or after "ran for" ("ran for 2000")."""
    if not match.group(0).isdigit():
        return False
    before = text[:match.start()]
    if _GAINED_FOR.search(before):
        return True
    return bool(_UNIT_AFTER.match(text, match.end())) and bool(
        _COUNT_CUE_BEFORE.search(before) or _NUMBER_BEFORE.search(before))


def _class_year(text: str, match: re.Match[str]) -> bool:
    """The year of a class of players ("class of 21"), wherever the match starts ("of 21" is one)."""
    digit = re.search(r"\d", match.group(0))
    return digit is not None and _CLASS_BEFORE.search(text, 0, match.start() + digit.start()) is not None


def _is_record_count(text: str, match: re.Match[str]) -> bool:
    """A two-digit number (no leading zero) done so many times: after the verb of doing it ("struck out 20") or
    before a single game or season it was done in ("81 in one game")."""
    number = match.group(0)
    if not (len(number) == 2 and number.isdigit() and number[0] != "0"):
        return False
    return bool(_DONE_BEFORE.search(text, 0, match.start()) or _IN_ONE_AFTER.match(text, match.end()))


def _without_counts_of_seasons(text: str, exprs: list[SeasonExpr]) -> list[SeasonExpr]:
    """A two-digit number before "seasons" counts them ("16 seasons of carries", "in 20 seasons"), unless listed
    after another season ("the 96 and 97 seasons")."""
    counts = [m.start("n") for m in _SEASONS_COUNTED.finditer(text)
              if not _LISTED_AFTER_A_NUMBER.search(text, 0, m.start())]
    return [expr for expr in exprs if not (expr.kind == "year" and any(expr.start <= n < expr.end for n in counts))]


def _without_elided_counts(text: str, exprs: list[SeasonExpr]) -> list[SeasonExpr]:
    """A bare two-digit number set against a count of things in the same sentence ("Brady 7 rings vs Bill Russell
    11") is that count, said once for both sides, not a season."""
    counts = [m.end() for m in _COUNT_OF_THINGS.finditer(text)]
    if not counts:
        return exprs

    def elided(expr: SeasonExpr) -> bool:
        written = text[expr.start:expr.end]
        if not (expr.kind == "year" and expr.bare and written.isdigit() and written[0] != "0"):
            return False
        return any(end <= expr.start and _SIDE_AGAINST.search(text, end, expr.start) is not None
                   and _SENTENCE_END.search(text, end, expr.start) is None for end in counts)

    return [expr for expr in exprs if not elided(expr)]


# What a veteran is called: "veteran Lowry", "15-year vet", "old man Kopitar", "Horford in year 17", "16th-year Flacco".
_VETERAN = re.compile(r"\b(?:vets?|veterans?|old\s+man|(?:in|his)\s+year\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)[\s-]"
                      r"(?:year|season))\b", re.IGNORECASE)


def names_a_veteran(text: str) -> bool:
    """Whether ``text`` calls a player a veteran, setting him against a rookie ("rookie Banchero vs veteran Lowry")."""
    return _VETERAN.search(text) is not None


def find_season_expressions(text: str, *, latest: int = DEFAULT_LATEST) -> list[SeasonExpr]:
    """Every season expression in ``text``, in order of appearance, none overlapping another.

    ``latest`` is the latest year a two-digit year ("'16") may mean.
    """
    found: list[SeasonExpr] = []
    taken: list[tuple[int, int]] = []
    has_digit = any(character.isdigit() for character in text)  # every character \d matches, and more
    for name, source in _PATTERNS:
        if name in _NUMBERED and not has_digit:
            continue
        for match in _compiled(source).finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            if name == "point" and _is_count(text, match):
                continue
            if name in ("bare", "point") and _is_record_count(text, match):
                taken.append((match.start(), match.end()))
                continue
            if name == "age" and _LIFE_EVENT_BEFORE.search(text, 0, match.start()):
                continue
            if name == "career_year":
                taken.append((match.start(), match.end()))
                continue
            if _DRAFT_AFTER.match(text, match.end()) or _class_year(text, match) or (
                    name in _YEARS and (
                    _LIFE_AFTER.match(text, match.end()) or _LIFE_BEFORE.search(text, 0, match.start()))) or (
                    name in ("bare", "point") and _GAME_TITLE_NUMBER.match(match.group(0))
                    and _GAME_TITLE_BEFORE.search(text, 0, match.start())) or (
                    name == "point" and _GAME_TITLE_FULL_BEFORE.search(text, 0, match.start())) or (
                    name == "two_k" and _GAMING.search(text)):
                # the year of a draft, a game or someone's life, not a season played
                taken.append((match.start(), match.end()))
                continue
            expr = _expr(name, match, latest)
            if expr is not None and not (name in _YEARS and expr.first is not None and expr.first.year >= latest
                                         and _BY_BEFORE.search(text, 0, match.start())):
                found.append(expr)
            # A year after "by" that no season has reached ("a top 10 player by 2026") is a date foretold, not a
            # season played: still taken, so no other pattern reads it.
            if expr is not None:
                taken.append((match.start(), match.end()))
    paces = [(pace.start(), pace.end()) for pace in _PACE.finditer(text)
             if int(pace.group("count")) <= int(pace.group("games"))]
    found = [expr for expr in found if not any(start <= expr.start and expr.end <= end for start, end in paces)]
    found = _counts_beside_a_season(text, _elided_totals(text, sorted(found, key=lambda expr: expr.start)))
    found = _without_elided_counts(text, _without_counts_of_seasons(text, found))
    found = _events_of_his_own(text, _events_of_a_year_named(text, found))
    found = _without_lede_decades(text, _relative_seasons_named(text, found))
    return _listed_seasons(text, _without_writers_spans(text, _without_writers_decades(text, found)))


# "last year 23-24", "this season (2024-25)", "last season, 2023": the season said right after says which it is.
_NAMED_AFTER = re.compile(r"\s*[,:(–—-]?\s*")


def _relative_seasons_named(text: str, exprs: list[SeasonExpr]) -> list[SeasonExpr]:
    """A relative season ("last year", "this season") followed at once by a season written out is that season,
    named twice: the written one alone is asked, whatever the store's latest season is."""
    return [expr for i, expr in enumerate(exprs) if not (
        expr.kind == "latest" and i + 1 < len(exprs) and exprs[i + 1].kind == "year" and not exprs[i + 1].bare
        and _NAMED_AFTER.fullmatch(text, expr.end, exprs[i + 1].start) is not None)]


def _without_lede_decades(text: str, exprs: list[SeasonExpr]) -> list[SeasonExpr]:
    """A decade in a sentence that tells, before a later sentence that asks of careers ("The 1970s belonged to
    Lafleur and Dionne. Who had the better career?", "Before the 1960s, the backs who ruled were ... How do their
    careers compare?"), sets the scene: the careers are asked, not the decade's seasons."""
    careers = [expr.start for expr in exprs if expr.kind == "career"]
    if not careers:
        return exprs

    def lede(expr: SeasonExpr) -> bool:
        if not expr.decade:
            return False
        told = _SENTENCE_END.search(text, expr.end)
        return (told is not None and told.group(0) == "." and not any(e.start < told.start() for e in exprs
                                                                          if e.kind == "career")
                and any(start > told.end() for start in careers))

    return [expr for expr in exprs if not lede(expr)]


def _elided_totals(text: str, exprs: list[SeasonExpr]) -> list[SeasonExpr]:
    """A number after the next name's possessive, once a season is named by its total ("Bonds' 73-homer season vs
    McGwire's 70"), is the same stat's total, said once for both: that season of his, not a year."""
    feat = next((e for e in exprs if e.event is not None and e.event.kind == "feat"), None)
    if feat is None or feat.event is None:
        return exprs
    totals = [SeasonExpr("event", m.start("amount"), m.end("amount"),
                         event=replace(feat.event, amount=int(m.group("amount").replace(",", ""))))
              for m in _ELIDED_TOTAL.finditer(text, feat.end)]
    kept = [e for e in exprs if not any(t.start < e.end and e.start < t.end for t in totals)]
    return sorted([*kept, *totals], key=lambda expr: expr.start)


def _events_of_his_own(text: str, exprs: list[SeasonExpr]) -> list[SeasonExpr]:
    """A player's event is his own season ("Rose's MVP year", "in his first title season"); after an article
    ("the best mvp season ive seen") it is a kind of season, named for no one."""
    return [expr for expr in exprs if not (
        expr.event is not None and expr.event.kind not in ("same", "after_lockout", "stoppage")
        and _ARTICLE_BEFORE.search(text, 0, expr.start))]


_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)


def _events_of_a_year_named(text: str, exprs: list[SeasonExpr]) -> list[SeasonExpr]:
    """An event or a rookie season right after a year, or set beside it ("iverson's oh-one mvp season", "Koufax in
    1963, the World Series year", "Kane, 2007-08 rookie season") or before one ("Wembanyama's rookie season in
    2024"), only says what happened in it: the year is the season, and no other player's rookie season is asked.
    So does an event said with "that" after a year ("Fox and Aparicio in 1959 ... that pennant year"): the year
    named before, as "that year" is."""
    def year_named(expr: SeasonExpr, i: int) -> bool:
        before = exprs[i - 1] if i > 0 else None
        after = exprs[i + 1] if i + 1 < len(exprs) else None
        return ((before is not None and before.kind == "year" and _APPOSITION.fullmatch(text, before.end, expr.start)
                 is not None)
                or (expr.kind == "event" and _THAT_BEFORE.search(text, 0, expr.start) is not None
                    and any(e.kind == "year" and not e.bare for e in exprs[:i]))
                or (after is not None and after.kind == "year" and not after.bare
                    and _YEAR_AFTER.fullmatch(text, expr.end, after.start) is not None))

    return [expr for i, expr in enumerate(exprs) if not (expr.kind in ("event", "rookie") and year_named(expr, i))]


def _without_writers_decades(text: str, exprs: list[SeasonExpr]) -> list[SeasonExpr]:
    """A decade the writer tells of himself in ("I grew up in Pittsburgh in the 90s") is his life, not the
    seasons asked, where the question names a season of its own ("how did they compare in 1992-93?")."""
    if not any(expr.kind == "year" and not expr.bare for expr in exprs):
        return exprs

    def writers(expr: SeasonExpr) -> bool:
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, expr.start)), default=0)
        return expr.decade and _FIRST_PERSON.search(text, sentence_start, expr.start) is not None

    return [expr for expr in exprs if not writers(expr)]


def _without_writers_spans(text: str, exprs: list[SeasonExpr]) -> list[SeasonExpr]:
    """A span from or to a year that tells of the writer ("I have followed hockey since 1958", "as a reader since
    1971, I feel") or of whom to pick ("write about an athlete from before 1960", "the best scorer of the last ten
    years") is no season asked."""
    def writers(expr: SeasonExpr) -> bool:
        clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, expr.start)), default=0)
        if expr.kind == "last_n":
            return _PICKED_FROM.search(text, clause_start, expr.start) is not None
        if expr.kind not in ("since", "before"):
            return False
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, expr.start)), default=0)
        sentence_end = next((m.start() for m in _SENTENCE_END.finditer(text, expr.end)), len(text))
        return (_SOMEONE_OF_A_TIME.search(text, clause_start, expr.start) is not None
                or (_WRITERS_HABIT.search(text, clause_start, expr.start) is not None
                    and _FIRST_PERSON.search(text, sentence_start, sentence_end) is not None))

    return [expr for expr in exprs if not writers(expr)]


def _counts_beside_a_season(text: str, exprs: list[SeasonExpr]) -> list[SeasonExpr]:
    """A year-like number before a stat unit is a count where the question names a season otherwise
    ("saquon 2000 yards in 2024"): one season is written as a season, the other number as what he did. So is a
    round hundred after a verb of reaching a total, its unit left unsaid ("in 2024? saquon had 2000", "he topped
    1500 in 2011")."""
    def before_unit(expr: SeasonExpr) -> bool:
        written = text[expr.start:expr.end]
        return written.isdigit() and (bool(_UNIT_AFTER.match(text, expr.end)) or (
            len(written) == 4 and written.endswith("00") and _TOTAL_REACHED_BEFORE.search(text, 0, expr.start)
            is not None))

    if not any(expr.kind == "year" and not before_unit(expr) for expr in exprs):
        return exprs
    return [expr for expr in exprs if not (expr.kind == "year" and before_unit(expr))]


def _listed_seasons(text: str, exprs: list[SeasonExpr]) -> list[SeasonExpr]:
    """A bare number listed after a season ("in 01 and 02", "'96, 97 or 98") is a season like it; one
    listed after a bare number ("jordan 96, 97 and 98") is ``listed``: a season if that one is."""
    listed: list[SeasonExpr] = []
    for expr in exprs:
        previous = listed[-1] if listed else None
        if (previous is not None and previous.kind == "year" and expr.bare
                and _LIST_LINK.fullmatch(text, previous.end, expr.start) is not None):
            listed.append(replace(expr, bare=previous.bare, listed=previous.bare))
        else:
            listed.append(expr)
    return listed


def resolve(
    expr: SeasonExpr,
    league: League,
    *,
    available: tuple[int, int] | None,
    first_season: int | None = None,
    birth_year: int | None = None,
) -> SeasonSelection:
    """The seasons ``expr`` means for ``league``.

    ``available`` is the store's (first, last) season for the league, for relative expressions;
    ``first_season`` is the player's first season, for "rookie season"; ``birth_year`` his, for "at 25".
    """
    if expr.kind in ("age", "through_age"):
        if birth_year is None or expr.count is None:
            return SeasonSelection("career")
        at_age = season_at_age(league, birth_year, expr.count)
        if expr.kind == "age":
            return SeasonSelection("season", seasons=(at_age,))
        first = min(first_season or at_age, at_age)
        return SeasonSelection("season", seasons=(at_age,)) if first == at_age else SeasonSelection(
            "range", season_range=(first, at_age))
    if expr.kind == "peak":
        return SeasonSelection("peak")
    if expr.kind == "career":
        return SeasonSelection("career")
    if expr.kind == "rookie":
        if first_season is None:
            return SeasonSelection("career")
        return SeasonSelection("season", seasons=(first_season,))
    if expr.kind == "year" and expr.first is not None:
        return SeasonSelection("season", seasons=(expr.first.season(league),))
    if expr.kind == "latest":
        if available is None:
            return SeasonSelection("career")
        return SeasonSelection("season", seasons=(available[1],))
    bounds: tuple[int | None, int | None]
    if expr.kind == "last_n" and expr.count is not None:
        if available is None:
            return SeasonSelection("career")
        bounds = (available[1] - expr.count + 1, available[1])
    else:
        bounds = (
            expr.first.season(league) if expr.first else (available[0] if available else None),
            expr.last.season(league) if expr.last else (available[1] if available else None),
        )
    low, high = bounds
    if low is None or high is None:
        return SeasonSelection("career")
    if low > high:
        low, high = high, low
    if low == high:
        return SeasonSelection("season", seasons=(low,))
    return SeasonSelection("range", season_range=(low, high))


def season_at_age(league: League, birth_year: int, age: int) -> int:
    """The league's season number of a player's age-``age`` season, from his birth year."""
    return birth_year + age + LEAGUES[league].age_season_offset


def combine(selections: list[SeasonSelection]) -> SeasonSelection:
    """One selection from several found in a question: named seasons and ranges beat peak and career;
    ranges that meet are one ("musial in the 40s and 50s")."""
    seasons = [s for sel in selections for s in (sel.seasons or ())]
    ranges = [sel.season_range for sel in selections if sel.season_range is not None]
    if ranges:
        low, high = ranges[0]
        for first, last in sorted(ranges[1:]):
            if first <= high + 1 and last >= low - 1:
                low, high = min(low, first), max(high, last)
        return SeasonSelection("range", season_range=(low, high))
    if seasons:
        return SeasonSelection("season", seasons=tuple(sorted(set(seasons))))
    if any(sel.scope == "peak" for sel in selections):
        return SeasonSelection("peak")
    return SeasonSelection("career")
