"""Who played a position for a club in a season ("the 85 bears qb", "2016 cubs first baseman").

The stat store keeps no depth charts; each player season names its clubs and a position (the season's,
else the player's first listed). The club's player at a position is the one with the most volume there:
the group's volume stat (passing yards for a quarterback, hits for a batter, wins for a goalie), so a
holder who played every game does not pass the starter. Two players close in volume are asked back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from arena.nlu.text import Token, phrases_in
from arena.stats import League, RosterRow

_KEPT = 3  # players kept per club, season and position: the best, and who is close to him

# Position words -> (league, the store's position codes, the stat group the position is measured in).
_POSITIONS: dict[League, list[tuple[str, frozenset[str], str]]] = {
    League.NBA: [
        ("point guard, point guards, pg", frozenset({"PG", "G"}), "basketball"),
        ("shooting guard, shooting guards, sg", frozenset({"SG", "G"}), "basketball"),
        ("small forward, small forwards, sf", frozenset({"SF", "F"}), "basketball"),
        ("power forward, power forwards, pf", frozenset({"PF", "F"}), "basketball"),
        ("center, centre, big man", frozenset({"C"}), "basketball"),
    ],
    League.NFL: [
        ("quarterback, qb, signal caller", frozenset({"QB"}), "passing"),
        ("running back, rb, halfback, tailback", frozenset({"RB", "HB"}), "rushing"),
        ("fullback", frozenset({"FB"}), "rushing"),
        ("wide receiver, wr, wideout, receiver", frozenset({"WR"}), "receiving"),
        ("tight end, te", frozenset({"TE"}), "receiving"),
    ],
    League.MLB: [
        ("pitcher, ace, starting pitcher, starter", frozenset({"P"}), "pitching"),
        ("catcher", frozenset({"C"}), "batting"),
        ("first baseman, first base, 1b", frozenset({"1B"}), "batting"),
        ("second baseman, second base, 2b", frozenset({"2B"}), "batting"),
        ("third baseman, third base, 3b", frozenset({"3B"}), "batting"),
        ("shortstop, ss", frozenset({"SS"}), "batting"),
        ("left field, left fielder, lf", frozenset({"LF"}), "batting"),
        ("center field, centre field, center fielder, centerfielder, cf", frozenset({"CF"}), "batting"),
        ("right field, right fielder, rf", frozenset({"RF"}), "batting"),
        ("designated hitter, dh", frozenset({"DH"}), "batting"),
    ],
    League.NHL: [
        ("goalie, goaltender, netminder, goalkeeper, keeper", frozenset({"G"}), "goaltending"),
        ("center, centre, centreman", frozenset({"C"}), "skating"),
        ("left wing, left winger", frozenset({"LW"}), "skating"),
        ("right wing, right winger", frozenset({"RW"}), "skating"),
        ("defenseman, defenceman, d man", frozenset({"D"}), "skating"),
    ],
}


@dataclass(frozen=True, slots=True)
class Position:
    league: League
    codes: frozenset[str]
    group: str


_PHRASES: dict[tuple[str, ...], list[Position]] = {}
for _league, _rows in _POSITIONS.items():
    for _words, _codes, _group in _rows:
        for _phrase in _words.split(", "):
            _PHRASES.setdefault(tuple(_phrase.split()), []).append(Position(_league, _codes, _group))
_LONGEST = max(len(phrase) for phrase in _PHRASES)

# The store has no NFL team seasons: its clubs' codes by nickname, with the seasons each code is theirs.
_NFL_CLUBS: dict[str, tuple[tuple[str, int, int], ...]] = {
    "cardinals": (("STL", 1960, 1987), ("PHO", 1988, 1993), ("ARI", 1926, 2100)),
    "falcons": (("ATL", 1966, 2100),), "ravens": (("BAL", 1996, 2100),), "bills": (("BUF", 1960, 2100),),
    "panthers": (("CAR", 1995, 2100),), "bears": (("CHI", 1920, 2100),), "bengals": (("CIN", 1968, 2100),),
    "browns": (("CLE", 1946, 2100),), "cowboys": (("DAL", 1960, 2100),), "broncos": (("DEN", 1960, 2100),),
    "lions": (("DET", 1934, 2100),), "packers": (("GB", 1921, 2100),), "texans": (("HOU", 2002, 2100),),
    "oilers": (("HOU", 1960, 1996), ("TEN", 1997, 1998)), "titans": (("TEN", 1999, 2100),),
    "colts": (("BAL", 1953, 1983), ("IND", 1984, 2100)), "jaguars": (("JAX", 1995, 2100),),
    "chiefs": (("KC", 1963, 2100),), "raiders": (("OAK", 1960, 2019), ("RAI", 1982, 1994), ("LV", 2020, 2100)),
    "chargers": (("SD", 1961, 2016), ("LAC", 1960, 2100)), "dolphins": (("MIA", 1966, 2100),),
    "rams": (("LAR", 1937, 1969), ("RAM", 1970, 1994), ("STL", 1995, 2015), ("LA", 2016, 2100)),
    "vikings": (("MIN", 1961, 2100),), "patriots": (("BOS", 1960, 1970), ("NE", 1960, 2100)),
    "saints": (("NO", 1967, 2100),), "giants": (("NYG", 1925, 2100),), "jets": (("NYJ", 1963, 2100),),
    "eagles": (("PHI", 1933, 2100),), "steelers": (("PIT", 1933, 2100),), "49ers": (("SF", 1946, 2100),),
    "seahawks": (("SEA", 1976, 2100),), "buccaneers": (("TB", 1976, 2100),),
    "commanders": (("WAS", 1970, 2100), ("WSH", 1937, 1969)), "redskins": (("WAS", 1970, 2100), ("WSH", 1937, 1969)),
}
for _short, _full in {"pats": "patriots", "niners": "49ers", "bucs": "buccaneers", "jags": "jaguars"}.items():
    _NFL_CLUBS[_short] = _NFL_CLUBS[_full]


def nfl_club_codes(word: str, season: int) -> tuple[str, ...]:
    """The store's NFL team codes a nickname had in ``season`` (empty when the word is no NFL club's)."""
    return tuple(code for code, first, last in _NFL_CLUBS.get(word, ()) if first <= season <= last)


@dataclass(frozen=True, slots=True)
class PositionWords:
    start: int  # token positions, end exclusive
    end: int
    options: tuple[Position, ...]

    def of(self, league: League) -> Position | None:
        return next((p for p in self.options if p.league is league), None)


def find_positions(tokens: Sequence[Token]) -> list[PositionWords]:
    """The position words in ``tokens``, longest phrase first."""
    return [PositionWords(start, end, tuple(options)) for start, end, options in phrases_in(tokens, _PHRASES, _LONGEST)]


class RosterIndex:
    """Each club season's players at each position, most volume first (index entries of the name index)."""

    def __init__(self, rows: Iterable[RosterRow], entry_of: Mapping[str, int]) -> None:
        best: dict[tuple[League, str, int, str, str], list[tuple[float, int]]] = {}
        for row in rows:
            entry = entry_of.get(row.player_id)
            if entry is None or row.position is None or not row.volume:
                continue
            code = row.position.partition("-")[0]
            spots = best.setdefault((row.league, row.team, row.season, row.group, code), [])
            spots.append((row.volume, entry))
            if len(spots) > _KEPT:
                spots.sort(reverse=True)
                del spots[_KEPT:]
        self._best = {key: tuple(sorted(spots, reverse=True)) for key, spots in best.items()}

    def __len__(self) -> int:
        return len(self._best)

    def at(self, teams: Iterable[str], season: int, position: Position) -> list[tuple[float, int]]:
        """(volume, entry) of the clubs' players at ``position`` in ``season``, most volume first; a player
        listed under two of the position's codes counts once, with his larger volume."""
        volumes: dict[int, float] = {}
        for team in teams:
            for code in position.codes:
                for volume, entry in self._best.get((position.league, team, season, position.group, code), ()):
                    volumes[entry] = max(volume, volumes.get(entry, 0.0))
        return sorted(((volume, entry) for entry, volume in volumes.items()), reverse=True)
