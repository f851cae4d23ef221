"""MLB players from the Lahman ``People`` table: names, birth year, positions, Hall of Fame."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pandas as pd

from arena.stats.catalog import COUNTED_COMPETITIONS, League
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
    juniors = _juniors(rows)
    for player, first, last, given, born in rows:
        pid = f"mlb:{player}"
        # Seasons in the counted leagues where he played there; an 1871-75 career keeps its own years.
        played = [y for y, is_counted in years[pid] if is_counted] or [y for y, _ in years[pid]]
        plain = " ".join(n for n in (cell_text(first), cell_text(last)) if n)
        name = f"{plain} Jr." if player in juniors else plain
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


def _juniors(rows: Iterable[tuple[Any, ...]]) -> set[str]:
    """The players named for a father who played before them, whom the record books call "Jr." (Ken Griffey
    Jr., Vladimir Guerrero Jr.): the younger of two with the same first, last and given names, born a
    generation apart. Namesakes who are no family (Josh Bell, "Joshua Lee" and "Joshua Evan") differ in given
    names; a son whose given names add one to his father's (Fernando Tatis, "Fernando Gabriel") is not read
    as one, since many unrelated namesakes do the same ("Jose" and "Jose Miguel" Martinez). Only a name two
    players carry: among three or more (four Carlos Hernandez played) a shared given name is chance as often
    as family, and a "Jr." the books do not give is an invented fact, where a missing one is only a plain
    name."""
    by_name: dict[tuple[str, str], list[tuple[int, str, str]]] = defaultdict(list)
    for player, first, last, given, born in rows:
        if not pd.isna(born) and cell_text(first) and cell_text(last):
            by_name[cell_text(first) or "", cell_text(last) or ""].append((int(born), cell_text(given) or "", player))
    juniors: set[str] = set()
    for namesakes in by_name.values():
        if len(namesakes) != 2:
            continue
        (older, older_given, _), (younger, younger_given, son) = sorted(namesakes)
        if _GENERATION[0] <= younger - older <= _GENERATION[1] and younger_given == older_given:
            juniors.add(str(son))
    return juniors


def _positions() -> dict[str, tuple[str, ...]]:
    """Each player's positions from ``Appearances``, most games first."""
    appearances = lahman_table("Appearances")
    columns = [*_FIELD_POSITIONS, "G_of"]
    require_columns(appearances, "Appearances", ["playerID", *columns])
    games = appearances.groupby("playerID")[columns].sum(min_count=1).fillna(0)
    positions: dict[str, tuple[str, ...]] = {}
    for player, line in zip(games.index, games.to_numpy(dtype="float64"), strict=True):
        by_column = dict(zip(columns, line, strict=True))
        by_position = {code: by_column[column] for column, code in _FIELD_POSITIONS.items()}
        if not any(by_column[c] for c in _SPLIT_OUTFIELD):
            by_position["OF"] = by_column["G_of"]  # early outfielders: no LF/CF/RF split recorded
        total = sum(by_position.values())
        listed = sorted(((g, code) for code, g in by_position.items()
                         if g and (g >= _POSITION_GAMES or g >= _POSITION_SHARE * total)), reverse=True)
        positions[str(player)] = tuple(code for _, code in listed)
    return positions


def _hall_of_famers() -> set[str]:
    """Players inducted as players (not as managers, executives or umpires)."""
    hall = lahman_table("HallOfFame")
    require_columns(hall, "HallOfFame", ["playerID", "inducted", "category"])
    inducted = hall[hall["inducted"].eq("Y").fillna(False) & hall["category"].eq("Player").fillna(False)]
    return {str(p) for p in inducted["playerID"]}
