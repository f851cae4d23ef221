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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from arena.nlu.packed import Packed
from arena.nlu.text import Token, phrases_in
from arena.stats import LEAGUES, League, RosterRow, league_spec

_KEPT = 3  # players counted per club, season and position: the best, and who is close to him
# The volumes that count the chances a club gives a player (starts, passes thrown, carries, at bats made hits, a
# goalie's decisions): the club's leader in one at his position is its starter there ("his first year as a
# starter"). Strikeouts, points and yards say what he made of his chances (an ace, a scorer), saves and steals a role.
_STARTER_MEASURES = frozenset({"games_started", "attempts", "carries", "hits", "wins"})
# A club's players at one position code in one stat group in one season: (season, group, position code).
_Spot = tuple[int, str, str]
# One of them: his season's volumes, in step with the measures that name them, and his entry in the name index.
_Held = tuple[tuple[float | None, ...], tuple[tuple[str, ...], ...], int]


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
# starter did in the rushing group started no game for it. Keyed by (league, group, position code), the spot's
# own key, so a spot no starter volume ranks is passed over by one look-up.
_STARTING_SPOTS: dict[tuple[League, str, str], frozenset[tuple[str, ...]]] = {}
for _named in {named for options in _PHRASES.values() for named in options}:
    if _named.stored and _named.measure[0] in _STARTER_MEASURES:
        for _code in _named.codes:
            _key = _named.league, _named.group, _code
            _STARTING_SPOTS[_key] = _STARTING_SPOTS.get(_key, frozenset()) | {_named.measure}


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


class _Club(NamedTuple):
    players: list[str]  # everyone who played for the club, a row per season
    seasons: array[int]  # each of those rows' season
    spots: defaultdict[_Spot, list[_Held]]  # its players at each position with their volumes, a row per season row


_NO_CLUB = _Club([], array("H"), defaultdict(list))  # read, never written


class RosterIndex:
    """Each club season's players at each position, ranked by a position's volume when a question reads them
    (index entries of the name index)."""

    def __init__(self, rows: Iterable[RosterRow], entry_of: Mapping[str, int]) -> None:
        clubs: dict[tuple[League, str], _Club] = {}
        # Rows unpacked, not read by name: the loop runs once per player season with a club, a few hundred thousand
        # times.
        for player_id, league, season, team, group, position, _, volumes, measures in rows:
            if (club := clubs.get((league, team))) is None:
                club = clubs[league, team] = _Club([], array("H"), defaultdict(list))
            # Everyone who played for the club, a season at a time: a surname beside the club is one of them.
            # A list, not a set, and seasons two bytes a row in step with it ("his last season with the Bulls").
            club.players.append(player_id)
            club.seasons.append(season)
            # Each spot's rows as they come, ranked only when a question reads the spot (``_ranked``): ranking
            # every spot by every volume (a hundred thousand of them) cost the build more than reading the rows
            # did, for the few spots a question names.
            if position is not None and (entry := entry_of.get(player_id)) is not None:
                club.spots[season, group, position.partition("-")[0]].append((volumes, measures, entry))
        # Each club saved packed, decoded when a question first names it: a question reads one or two clubs of
        # eight hundred, and decoding every club's rows cost that question a third of a second.
        self._clubs = {key: Packed(club) for key, club in clubs.items()}
        # The clubs each player (an entry) holds a spot of: his starts are ranked there alone, when a question
        # asks for them ("his first year as a starter"); ranking every club's starting spots took the build a
        # tenth of a second. Packed too: only that question reads it.
        clubs_of: defaultdict[int, list[tuple[League, str]]] = defaultdict(list)
        for key, club in clubs.items():
            for entry in {entry for held in club.spots.values() for _, _, entry in held}:
                clubs_of[entry].append(key)
        self._clubs_of = Packed(dict(clubs_of))

    def _club(self, league: League, team: str) -> _Club:
        packed = self._clubs.get((league, team))
        return packed.value if packed is not None else _NO_CLUB

    def __len__(self) -> int:
        """The club seasons' positions held (a spot per position code and stat group): decodes every club."""
        return sum(len(packed.value.spots) for packed in self._clubs.values())

    def played_for(self, clubs: Iterable[tuple[League, str]]) -> frozenset[str]:
        """The ids of every player who played for any of ``clubs`` (league, team code), in any season."""
        return frozenset(player for club in clubs for player in self._club(*club).players)

    def seasons_with(self, player_id: str, league: League, teams: Iterable[str]) -> list[int]:
        """The seasons ``player_id`` played for any of ``teams`` (the league's codes of one club), in order."""
        found: set[int] = set()
        for team in teams:
            club = self._club(league, team)
            if player_id in club.players:  # the scan below only for a club he played for
                found.update(season for held, season in zip(club.players, club.seasons, strict=True)
                             if held == player_id)
        return sorted(found)

    def seasons_of(self, player_id: str, league: League) -> list[int]:
        """Every season ``player_id`` played for a club of ``league``, in order."""
        # Every club of the league decoded: only a question counting the seasons of a career with a gap asks.
        return self.seasons_with(player_id, league, [team for held, team in self._clubs if held is league])

    def started(self, entry: int) -> tuple[int, ...]:
        """The seasons the player (an entry of the name index) was a club's starter at his position: its leader
        in the chances the position is given (see ``_STARTER_MEASURES``), in order."""
        led: set[int] = set()
        for league, team in self._clubs_of.value.get(entry, ()):
            for (season, group, code), held in self._club(league, team).spots.items():
                for measure in _STARTING_SPOTS.get((league, group, code), ()):
                    if (leader := max(_volumes(held, measure), default=None)) is not None and leader[1] == entry:
                        led.add(season)
        return tuple(sorted(led))

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
                    held = self._club(position.league, team).spots.get((season, position.group, code), ())
                    for volume, entry in _ranked(held, position.measure)[:_KEPT]:
                        volumes[entry] = max(volume, volumes.get(entry, 0.0))
            scale = max(volumes.values(), default=1.0) if len(position.measure) > 1 else 1.0
            for entry, volume in volumes.items():
                totals[entry] = totals.get(entry, 0.0) + volume / scale
        return sorted(((volume, entry) for entry, volume in totals.items()), reverse=True)


def _volumes(held: Iterable[_Held], measure: tuple[str, ...]) -> Iterator[tuple[float, int]]:
    """(volume, entry) of a spot's players under ``measure``; a row without it is left out."""
    return ((volume, entry) for volumes, measures, entry in held
            for named, volume in zip(measures, volumes, strict=True) if volume and named == measure)


def _ranked(held: Iterable[_Held], measure: tuple[str, ...]) -> list[tuple[float, int]]:
    """(volume, entry) of a spot's players under ``measure``, most first."""
    return sorted(_volumes(held, measure), reverse=True)
