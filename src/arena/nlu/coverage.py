"""What Arena does not cover: other leagues, levels and sports, and stats the store does not hold.

A question about them must say so ("not covered", and what is) rather than debate the nearest
namesakes in the store: "Serena Williams vs Roger Federer" is not Ted Williams against Roger Clemens.
The tables are data: a phrase, folded, and what it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from arena.nlu.text import Token
from arena.stats import LEAGUES

_COVERED = ", ".join(league.value.upper() for league in LEAGUES)

# Competitions, levels and sports outside the store.
_TOPICS = {
    "wnba": "the WNBA", "ncaa": "college sport", "college": "college sport", "high school": "high school sport",
    "soccer": "soccer", "premier league": "soccer", "champions league": "soccer", "la liga": "soccer",
    "world cup": "soccer", "mls": "soccer", "tennis": "tennis", "wimbledon": "tennis", "golf": "golf",
    "olympics": "the Olympics", "olympic": "the Olympics", "nascar": "motor racing", "f1": "motor racing",
    "formula 1": "motor racing", "ufc": "combat sports", "boxing": "combat sports", "cricket": "cricket",
    "heisman": "college sport", "march madness": "college sport", "bundesliga": "soccer", "serie a": "soccer",
    "free kick": "soccer", "free kicks": "soccer", "penalty kicks": "soccer", "arsenal": "soccer",
    "real madrid": "soccer", "barcelona": "soccer", "manchester united": "soccer", "man united": "soccer",
    "juventus": "soccer", "bayern": "soccer", "psg": "soccer", "fifa": "soccer", "atp": "tennis", "wta": "tennis",
    "pga": "golf", "ipl": "cricket",
}
# Well-known athletes of sports Arena does not cover (their surnames alone would find namesakes).
_ATHLETES = {
    "messi": "soccer", "lionel messi": "soccer", "ronaldo": "soccer", "cristiano ronaldo": "soccer",
    "haaland": "soccer", "erling haaland": "soccer", "mbappe": "soccer", "kylian mbappe": "soccer",
    "pele": "soccer", "maradona": "soccer", "serena williams": "tennis", "venus williams": "tennis",
    "roger federer": "tennis", "federer": "tennis", "rafael nadal": "tennis", "nadal": "tennis",
    "novak djokovic": "tennis", "djokovic": "tennis", "tiger woods": "golf", "jack nicklaus": "golf",
    "michael phelps": "swimming", "usain bolt": "athletics", "caitlin clark": "the WNBA",
    "aja wilson": "the WNBA", "a ja wilson": "the WNBA", "breanna stewart": "the WNBA",
    "diana taurasi": "the WNBA", "taurasi": "the WNBA", "sue bird": "the WNBA", "candace parker": "the WNBA",
    "lisa leslie": "the WNBA", "maya moore": "the WNBA", "muhammad ali": "boxing", "lewis hamilton": "motor racing",
    "harry kane": "soccer", "mohamed salah": "soccer", "salah": "soccer", "zlatan": "soccer", "neymar": "soccer",
    "serena": "tennis", "steffi graf": "tennis", "graf": "tennis", "andy murray": "tennis", "pete sampras": "tennis",
    "sampras": "tennis", "martina navratilova": "tennis", "navratilova": "tennis", "rory mcilroy": "golf",
    "arnold palmer": "golf", "scottie scheffler": "golf", "simone biles": "gymnastics", "mike tyson": "boxing",
    "floyd mayweather": "boxing", "mayweather": "boxing", "conor mcgregor": "combat sports",
    # More of the best-known names of soccer, tennis, golf, boxing, motor racing, cricket and the WNBA, by
    # full name, and alone where no player of the store's leagues goes by the word.
    "thierry henry": "soccer", "david beckham": "soccer", "wayne rooney": "soccer", "zinedine zidane": "soccer",
    "zidane": "soccer", "ronaldinho": "soccer", "kaka": "soccer", "luka modric": "soccer", "modric": "soccer",
    "robert lewandowski": "soccer", "lewandowski": "soccer", "kevin de bruyne": "soccer", "de bruyne": "soccer",
    "virgil van dijk": "soccer", "gareth bale": "soccer", "frank lampard": "soccer", "steven gerrard": "soccer",
    "didier drogba": "soccer", "drogba": "soccer", "andres iniesta": "soccer", "iniesta": "soccer",
    "johan cruyff": "soccer", "cruyff": "soccer", "franz beckenbauer": "soccer", "beckenbauer": "soccer",
    "diego maradona": "soccer", "landon donovan": "soccer", "christian pulisic": "soccer", "pulisic": "soccer",
    "megan rapinoe": "soccer", "rapinoe": "soccer", "mia hamm": "soccer", "abby wambach": "soccer",
    "andre agassi": "tennis", "agassi": "tennis", "bjorn borg": "tennis", "john mcenroe": "tennis",
    "mcenroe": "tennis", "carlos alcaraz": "tennis", "alcaraz": "tennis", "jannik sinner": "tennis",
    "iga swiatek": "tennis", "swiatek": "tennis", "naomi osaka": "tennis", "billie jean king": "tennis",
    "rod laver": "tennis", "coco gauff": "tennis", "phil mickelson": "golf", "mickelson": "golf",
    "jordan spieth": "golf", "brooks koepka": "golf", "canelo": "boxing", "canelo alvarez": "boxing",
    "ggg": "boxing", "gennady golovkin": "boxing", "golovkin": "boxing", "manny pacquiao": "boxing",
    "pacquiao": "boxing", "tyson fury": "boxing", "evander holyfield": "boxing", "holyfield": "boxing",
    "de la hoya": "boxing", "max verstappen": "motor racing", "verstappen": "motor racing",
    "michael schumacher": "motor racing", "ayrton senna": "motor racing", "senna": "motor racing",
    "virat kohli": "cricket", "kohli": "cricket", "sachin tendulkar": "cricket", "tendulkar": "cricket",
    "ms dhoni": "cricket", "dhoni": "cricket", "katie ledecky": "swimming", "sabrina ionescu": "the WNBA",
    "ionescu": "the WNBA", "sheryl swoopes": "the WNBA", "paige bueckers": "college sport",
}
# Stats the store does not hold for any league (NFL defence is recorded as sacks and interceptions only).
_STATS = {"tackles": "tackles", "tackle": "tackles", "xg": "expected goals"}
_LONGEST = 3


@dataclass(frozen=True, slots=True)
class Uncovered:
    """Words of a question about something Arena does not cover, and why."""

    positions: frozenset[int]
    what: str
    # A stat the store holds for nobody ("tackles"): the question cannot be answered for any player named.
    is_stat: bool = False
    # An athlete of another sport: a lone surname set beside them is of that sport too ("haaland vs kane").
    is_athlete: bool = False

    @property
    def reason(self) -> str:
        return f"Arena does not cover {self.what}: it covers the {_COVERED} (players, seasons and stats)"


def find_uncovered(tokens: Sequence[Token]) -> list[Uncovered]:
    """Every phrase of ``tokens`` about a league, sport, athlete or stat outside the store, longest first."""
    found: list[Uncovered] = []
    i = 0
    while i < len(tokens):
        for length in range(min(_LONGEST, len(tokens) - i), 0, -1):
            phrase = " ".join(t.norm for t in tokens[i:i + length])
            what = _ATHLETES.get(phrase) or _TOPICS.get(phrase)
            is_stat = what is None and phrase in _STATS
            if is_stat:
                what = f"{_STATS[phrase]} (a stat the store does not hold)"
            if what is not None:
                found.append(Uncovered(frozenset(range(i, i + length)), what, is_stat, phrase in _ATHLETES))
                i += length
                break
        else:
            i += 1
    return found
