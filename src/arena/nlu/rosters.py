"""Who played a position for a club in a season ("the 85 bears qb", "2016 cubs first baseman").

The stat store keeps no depth charts; each player season names its clubs and a position (the season's,
else the player's first listed). The club's player at a position, or in a role ("closer", "leadoff
hitter"), is the one with the most of the role's volume there: its own stat where the registry names one
(a closer's saves, a point guard's starts, a quarterback's passing attempts), else the group's volume stat
(hits for a batter, wins for a goalie), so a holder who played every game does not pass the starter. Two
players close in volume are asked back; so are a club's leading players for a role the store does not
record (a captaincy).
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import NamedTuple

from arena.nlu.packed import Packed
from arena.nlu.text import Token, phrases_in
from arena.stats import LEAGUES, League, RosterRow, league_spec

_KEPT = 3  # players kept per club, season and position: the best, and who is close to him
# The volumes that count the chances a club gives a player (starts, passes thrown, carries, at bats made hits, a
# goalie's decisions): the club's leader in one at his position is its starter there ("his first year as a
# starter"). Strikeouts, points and yards say what he made of his chances (an ace, a scorer), saves and steals a role.
_STARTER_MEASURES = frozenset({"games_started", "attempts", "carries", "hits", "wins"})
# A club season's position under one measure: (league, team, season, group, measure, position code).
_Spot = tuple[League, str, int, str, tuple[str, ...], str]


@dataclass(frozen=True, slots=True)
class Position:
    league: League
    codes: frozenset[str]
    group: str
    measure: tuple[str, ...]  # the stats its holders are ranked by (one of RosterRow.measures)
    stored: bool  # False: the store does not record who held it (a captaincy)


# Position words (from each league's registry entry) -> the positions they may name.
_PHRASES: dict[tuple[str, ...], list[Position]] = {}
for _league, _spec in LEAGUES.items():
    for _position in _spec.positions:
        for _phrase in _position.phrases:
            _PHRASES.setdefault(tuple(_phrase.split()), []).append(Position(
                _league, _position.codes, _position.group, _spec.position_volume(_position), _position.stored))
_LONGEST = max(len(phrase) for phrase in _PHRASES)
# Each position's own group and volume, where that volume counts chances: a quarterback who ran more than the
# starter did in the rushing group started no game for it.
_STARTING_SPOTS = frozenset((position.league, position.group, position.measure, code)
                            for positions in _PHRASES.values() for position in positions
                            if position.stored and position.measure[0] in _STARTER_MEASURES for code in position.codes)


def club_leagues(word: str) -> tuple[League, ...]:
    """The leagues whose registry entry names ``word`` as a club (those whose store holds no team seasons)."""
    return tuple(league for league, spec in LEAGUES.items() if word in spec.club_codes)


def club_codes(league: League, word: str, season: int) -> tuple[str, ...]:
    """The store's team codes the ``league``'s club ``word`` had in ``season`` (empty when none)."""
    return tuple(code for code, first, last in league_spec(league).club_codes.get(word, ()) if first <= season <= last)


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


class _Rosters(NamedTuple):
    players: Mapping[tuple[League, str], list[str]]  # everyone who played for each club, a row per season
    seasons: Mapping[tuple[League, str], array[int]]  # each of those rows' season
    best: Mapping[_Spot, tuple[float, ...]]  # each spot's kept players flat: (volume, entry, volume, entry...)
    started: Mapping[int, tuple[int, ...]]  # the seasons each player (an entry) was a club's starter, in order


class RosterIndex:
    """Each club season's players at each position, most volume first (index entries of the name index)."""

    def __init__(self, rows: Iterable[RosterRow], entry_of: Mapping[str, int]) -> None:
        spots: defaultdict[_Spot, list[tuple[float, int]]] = defaultdict(list)
        # Everyone who played for each club, a season at a time: a surname beside the club is one of them.
        # Lists, not sets: the build appends a few hundred thousand rows, and a question reads one club.
        players: defaultdict[tuple[League, str], list[str]] = defaultdict(list)
        # Each of those rows' season, in step with ``players``: two bytes a row ("his last season with the Bulls").
        seasons: defaultdict[tuple[League, str], array[int]] = defaultdict(lambda: array("H"))
        # Rows unpacked, not read by name, and every spot's players ranked once at the end: the loop runs once
        # per player season with a club, a few hundred thousand times.
        for player_id, league, season, team, group, position, _, volumes, measures in rows:
            club = league, team
            players[club].append(player_id)
            seasons[club].append(season)
            if position is None or (entry := entry_of.get(player_id)) is None:
                continue
            code = position.partition("-")[0]
            for measure, volume in zip(measures, volumes, strict=True):
                if volume:
                    spots[league, team, season, group, measure, code].append((volume, entry))
        # Each spot's kept players flat: one object per spot, not one per player.
        best = {key: held[0] if len(held) == 1 else tuple(chain.from_iterable(sorted(held, reverse=True)[:_KEPT]))
                for key, held in spots.items()}
        started: defaultdict[int, set[int]] = defaultdict(set)
        for (league, _, season, group, measure, code), held in spots.items():
            if (league, group, measure, code) in _STARTING_SPOTS:
                started[max(held)[1]].add(season)
        # Saved packed, decoded when a question first names a club: the tables hold a hundred thousand spots.
        self._packed = Packed(_Rosters(players, dict(seasons), best,  # the lambda that made them would not pickle
                                       {entry: tuple(sorted(years)) for entry, years in started.items()}))

    @property
    def _rosters(self) -> _Rosters:
        return self._packed.value

    def __len__(self) -> int:
        return len(self._rosters.best)

    def played_for(self, clubs: Iterable[tuple[League, str]]) -> frozenset[str]:
        """The ids of every player who played for any of ``clubs`` (league, team code), in any season."""
        return frozenset(player for club in clubs for player in self._rosters.players.get(club, ()))

    def seasons_with(self, player_id: str, league: League, teams: Iterable[str]) -> list[int]:
        """The seasons ``player_id`` played for any of ``teams`` (the league's codes of one club), in order."""
        found: set[int] = set()
        rosters = self._rosters
        for team in teams:
            players = rosters.players.get((league, team), ())
            if player_id in players:  # the scan below only for a club he played for
                found.update(season for held, season in zip(players, rosters.seasons[league, team], strict=True)
                             if held == player_id)
        return sorted(found)

    def seasons_of(self, player_id: str, league: League) -> list[int]:
        """The seasons ``player_id`` played for any club of ``league``, in order."""
        clubs = [team for held, team in self._rosters.players if held is league]
        return self.seasons_with(player_id, league, clubs)

    def started(self, entry: int) -> tuple[int, ...]:
        """The seasons the player (an entry of the name index) was a club's starter at his position: its leader
        in the chances the position is given (see ``_STARTER_MEASURES``), in order."""
        return self._rosters.started.get(entry, ())

    def played(self, player_id: str, league: League, team: str, season: int) -> bool:
        """Whether ``player_id`` played for ``team`` in ``season``."""
        return season in self.seasons_with(player_id, league, (team,))

    def over(self, teams: Iterable[str], seasons: Iterable[int], position: Position) -> list[tuple[float, int]]:
        """(volume, entry) of the clubs' players at ``position`` over ``seasons``, most volume first: each
        season's volume summed ("the celtics center in the 60s" is who played there most that decade); in
        one season a player listed under two of the position's codes counts once, with his larger volume.
        A measure whose stat changes with the era (a center's starts, minutes before starts were kept) sums
        each season's share of that season's most instead: starts and minutes do not add up."""
        teams = tuple(teams)
        totals: dict[int, float] = {}
        for season in seasons:
            volumes: dict[int, float] = {}
            for team in teams:
                for code in position.codes:
                    spot = (position.league, team, season, position.group, position.measure, code)
                    kept = self._rosters.best.get(spot, ())
                    for volume, held in zip(kept[::2], kept[1::2], strict=True):
                        entry = int(held)
                        volumes[entry] = max(volume, volumes.get(entry, 0.0))
            scale = max(volumes.values(), default=1.0) if len(position.measure) > 1 else 1.0
            for entry, volume in volumes.items():
                totals[entry] = totals.get(entry, 0.0) + volume / scale
        return sorted(((volume, entry) for entry, volume in totals.items()), reverse=True)
