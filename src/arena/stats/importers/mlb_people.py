"""MLB players from the Lahman ``People`` table: names, birth year, positions, Hall of Fame."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import pandas as pd

from arena.stats.catalog import COUNTED_COMPETITIONS, League
from arena.stats.importers.curated import CuratedRow, read_curated
from arena.stats.importers.mlb_lahman import cell_text, lahman_table, require_columns
from arena.stats.model import Player, SeasonRow
from arena.text import strip_accents

# Appearances columns -> position codes. G_of (any outfield) is used only where the split is missing.
_FIELD_POSITIONS = {"G_p": "P", "G_c": "C", "G_1b": "1B", "G_2b": "2B", "G_3b": "3B", "G_ss": "SS",
                    "G_lf": "LF", "G_cf": "CF", "G_rf": "RF", "G_dh": "DH"}
_SPLIT_OUTFIELD = ("G_lf", "G_cf", "G_rf")
# A position is listed when it took this share of a player's games there, or this many games
# (Babe Ruth pitched 163 games among 2,500 in the field: he is listed as a pitcher too).
_POSITION_SHARE = 0.10
_POSITION_GAMES = 50
# Years between a father's birth and his son's, for namesakes to read as father and son.
_GENERATION = (18, 50)
# Generational suffixes that ``People`` cannot tell (it has no suffix column): a son named for a father who was
# himself a junior is "III" where the inference below would say "Jr." (Roy Smalley III).
SUFFIXES_FILE = "curated_name_suffixes.json"


class CuratedSuffix(CuratedRow):
    """One row of ``curated_name_suffixes.json``: the Lahman ``playerID`` and the suffix he is known by."""

    player: str
    suffix: str


def curated_suffixes() -> dict[str, str]:
    """The curated suffix of each MLB player that has one, by Lahman ``playerID``."""
    return {row.player: row.suffix for row in read_curated(SUFFIXES_FILE, CuratedSuffix)
            if row.league is League.MLB}


def read_players(seasons: Iterable[SeasonRow]) -> list[Player]:
    """Everyone with a season row, named as in ``People`` ("nameFirst nameLast")."""
    years: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    counted = COUNTED_COMPETITIONS[League.MLB]
    for row in seasons:
        years[row.player_id].append((row.season, row.competition in counted))
    people = lahman_table("People")
    require_columns(people, "People", ["playerID", "nameFirst", "nameLast", "nameGiven", "birthYear"])
    positions = _positions()
    hall_of_fame = _hall_of_famers()
    players: list[Player] = []
    columns = ("playerID", "nameFirst", "nameLast", "nameGiven", "birthYear")
    rows = [row for row in zip(*(people[c].tolist() for c in columns), strict=True) if f"mlb:{row[0]}" in years]
    suffixes = {player: "Jr." for player in _juniors(people, (row[0] for row in rows))} | curated_suffixes()
    for player, first, last, given, born in rows:
        pid = f"mlb:{player}"
        # Seasons in the counted leagues where he played there; an 1871-75 career keeps its own years.
        played = [y for y, is_counted in years[pid] if is_counted] or [y for y, _ in years[pid]]
        plain = " ".join(n for n in (cell_text(first), cell_text(last)) if n)
        name = f"{plain} {suffixes[player]}" if player in suffixes else plain
        given_name = cell_text(given)
        variants = [f"{given_name} {cell_text(last) or ''}".strip() if given_name else "", strip_accents(name),
                    plain]
        players.append(Player(
            id=pid, league=League.MLB, name=name,
            name_variants=tuple(dict.fromkeys(v for v in variants if v and v != name)),
            birth_year=None if pd.isna(born) else int(born),
            positions=positions.get(player, ()),
            first_season=min(played), last_season=max(played),
            hall_of_fame=player in hall_of_fame,
        ))
    return players


def _juniors(people: pd.DataFrame, players: Iterable[str]) -> set[str]:
    """The players named for a father before them, whom the record books call "Jr." (Ken Griffey Jr.,
    Vladimir Guerrero Jr.): the younger of two people of ``People`` with the same first and last names,
    born a generation apart, the son's given names his father's. The father need not have played: Cal
    Ripken Sr. managed Baltimore and is in ``People`` as one (``ripkeca99``). Only a name two people carry:
    among three or more (four Carlos Hernandez played) a shared given name is chance as often as family.

    Where the given names alone say little, the son must also be born where the family is: in his
    father's town or state, or in the city of the club his father played for that year (Vladimir Guerrero
    Jr., born in Montreal in 1999). That is so where the shared given name is one common name (Enrique
    Burgos, born 1965 in Chorrera and 1990 in Panama City, are no family; Sandy Alomar Jr. was born in his
    father's Salinas), and where the son's given names add to his father's (Fernando Tatis Jr., "Fernando
    Gabriel", born in his father's San Pedro de Macoris; the many "Jose" and "Jose Miguel" Martinez are
    not). A "Jr." the books do not give is an invented fact, where a missing one is only a plain name."""
    require_columns(people, "People", ["birthCity", "birthState", "birthCountry"])
    playing = set(players)
    clubs = _club_cities()
    by_name: dict[tuple[str, str], list[tuple[int, str, str, tuple[str, str, str]]]] = defaultdict(list)
    columns = ("playerID", "nameFirst", "nameLast", "nameGiven", "birthYear", "birthCity", "birthState",
               "birthCountry")
    for player, first, last, given, born, city, state, country in zip(*(people[c].tolist() for c in columns),
                                                                       strict=True):
        if not pd.isna(born) and cell_text(first) and cell_text(last):
            place = (cell_text(city) or "", cell_text(state) or "", cell_text(country) or "")
            by_name[cell_text(first) or "", cell_text(last) or ""].append(
                (int(born), cell_text(given) or "", str(player), place))
    juniors: set[str] = set()
    for namesakes in by_name.values():
        if len(namesakes) != 2:
            continue
        (older, father_given, father, father_place), (younger, son_given, son, son_place) = sorted(namesakes)
        if son not in playing or not _GENERATION[0] <= younger - older <= _GENERATION[1]:
            continue
        same = son_given == father_given
        if not same and not son_given.startswith(f"{father_given} "):
            continue
        city, state, country = son_place
        home_state = bool(state) and (state, country) == father_place[1:]
        born_at_home = bool(city) and (city == father_place[0] or home_state)
        born_with_club = bool(city) and any(city in club for club in clubs.get((father, younger), ()))
        if (same and " " in son_given) or born_at_home or born_with_club:
            juniors.add(son)
    return juniors


def _club_cities() -> dict[tuple[str, int], list[str]]:
    """The names of the clubs ("Montreal Expos") each player played for, by (player id, year)."""
    teams = lahman_table("Teams")
    require_columns(teams, "Teams", ["yearID", "teamID", "name"])
    names = {(int(y), str(t)): str(n) for y, t, n in zip(teams["yearID"], teams["teamID"], teams["name"], strict=True)}
    appearances = lahman_table("Appearances")
    require_columns(appearances, "Appearances", ["playerID", "yearID", "teamID"])
    clubs: dict[tuple[str, int], list[str]] = defaultdict(list)
    for player, year, team in zip(appearances["playerID"], appearances["yearID"], appearances["teamID"], strict=True):
        if (name := names.get((int(year), str(team)))) is not None:
            clubs[str(player), int(year)].append(name)
    return clubs


def _positions() -> dict[str, tuple[str, ...]]:
    """Each player's positions from ``Appearances``, most games first."""
    positions: dict[str, tuple[str, ...]] = {}
    for (player,), by_position in _games_by_position(["playerID"]):
        total = sum(by_position.values())
        listed = sorted(((g, code) for code, g in by_position.items()
                         if g and (g >= _POSITION_GAMES or g >= _POSITION_SHARE * total)), reverse=True)
        positions[str(player)] = tuple(code for _, code in listed)
    return positions


def season_positions() -> dict[tuple[str, int], str]:
    """Each season's primary position from ``Appearances``, by (player id, season): the one he played most
    games at that season, over every club and league (Joe Mauer: C in 2004-2013, 1B from 2014). A season
    with no game in the field (a pinch hitter's, a pinch runner's) has none."""
    primary: dict[tuple[str, int], str] = {}
    for (player, year), by_position in _games_by_position(["playerID", "yearID"]):
        games, code = max((g, code) for code, g in by_position.items())
        if games > 0:
            primary[f"mlb:{player}", int(year)] = code
    return primary


def _games_by_position(keys: list[str]) -> Iterator[tuple[tuple[str | int, ...], dict[str, float]]]:
    """Games at each position (``_FIELD_POSITIONS``' codes, plus "OF" where the outfield split is missing),
    summed over the ``Appearances`` rows of each ``keys`` value."""
    appearances = lahman_table("Appearances")
    columns = [*_FIELD_POSITIONS, "G_of"]
    require_columns(appearances, "Appearances", [*keys, *columns])
    games = appearances.groupby(keys)[columns].sum(min_count=1).fillna(0)
    for key, line in zip(games.index, games.to_numpy(dtype="float64"), strict=True):
        by_column = dict(zip(columns, line, strict=True))
        by_position = {code: by_column[column] for column, code in _FIELD_POSITIONS.items()}
        if not any(by_column[c] for c in _SPLIT_OUTFIELD):
            by_position["OF"] = by_column["G_of"]  # early outfielders: no LF/CF/RF split recorded
        yield key if isinstance(key, tuple) else (key,), by_position


def _hall_of_famers() -> set[str]:
    """Players inducted as players (not as managers, executives or umpires)."""
    hall = lahman_table("HallOfFame")
    require_columns(hall, "HallOfFame", ["playerID", "inducted", "category"])
    inducted = hall[hall["inducted"].eq("Y").fillna(False) & hall["category"].eq("Player").fillna(False)]
    return {str(p) for p in inducted["playerID"]}
