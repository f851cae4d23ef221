"""Hockey Databank 13.0: skater and goalie seasons (stints summed), players, Hall of Fame, awards, teams.

The Databank's ``year`` is the year a season starts; Arena's NHL season is the year it ends, so 1981
(1981-82) becomes 1982. Every league the Databank covers (NHL, WHA, NHA, PCHA, WCHL) is kept as the row's
``competition``; the catalogue decides which ones count for NHL figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from arena.stats.catalog import League
from arena.stats.importers.csvrows import Row, read_rows
from arena.stats.model import Award, SeasonRow, TeamSeason
from arena.stats.ports import SourceReader

DATABANK_DIR = "nhl/hockey-databank"
SCORING = f"{DATABANK_DIR}/Scoring.csv"
GOALIES = f"{DATABANK_DIR}/Goalies.csv"
MASTER = f"{DATABANK_DIR}/Master.csv"
HALL_OF_FAME = f"{DATABANK_DIR}/HOF.csv"
AWARDS = f"{DATABANK_DIR}/AwardsPlayers.csv"
TEAMS = f"{DATABANK_DIR}/Teams.csv"
DATABANK_FILES = (SCORING, GOALIES, MASTER, HALL_OF_FAME, AWARDS, TEAMS)

# Stat key -> Databank column (regular season only; the Post* columns are playoffs).
SKATING_COLUMNS: dict[str, str] = {
    "games": "GP", "goals": "G", "assists": "A", "points": "Pts", "plus_minus": "+/-",
    "penalty_minutes": "PIM", "shots": "SOG", "power_play_goals": "PPG", "game_winning_goals": "GWG",
}
GOALTENDING_COLUMNS: dict[str, str] = {
    "games": "GP", "minutes": "Min", "wins": "W", "losses": "L", "ties_ot_losses": "T/OL",
    "shutouts": "SHO", "goals_against": "GA", "shots_against": "SA",
}

# Databank position letters -> the codes fans and ESPN use.
POSITIONS: dict[str, str] = {"C": "C", "L": "LW", "R": "RW", "D": "D", "G": "G", "F": "F", "W": "W"}

# Award codes -> Arena award names. WHA trophies carry a "wha" prefix so they never count as NHL ones.
_NHL_AWARDS: dict[str, str] = {
    "Hart": "hart", "Art Ross": "art ross", "Vezina": "vezina", "Norris": "norris", "Calder": "calder",
    "Conn Smythe": "conn smythe", "Lady Byng": "lady byng", "Selke": "selke", "Jennings": "jennings",
    "Masterton": "masterton", "King Clancy": "king clancy", "Richard": "rocket richard",
    # The Lester B. Pearson Award was renamed the Ted Lindsay Award in 2010.
    "Pearson": "ted lindsay", "Lindsay": "ted lindsay", "Messier": "messier leadership",
    "Foundation": "nhl foundation", "Crozier": "crozier saving grace", "Plus-Minus": "plus-minus award",
    "First Team All-Star": "all-star team", "Second Team All-Star": "all-star team",
    "All-Rookie": "all-rookie team",
}
_WHA_AWARDS: dict[str, str] = {
    "Howe": "wha mvp", "Davidson": "wha mvp", "Hunter": "wha scoring title", "Kaplan": "wha rookie",
    "Hatskin": "wha best goaltender", "Murphy": "wha best defenceman", "Deneau": "wha most gentlemanly",
    "Playoff MVP": "wha playoff mvp", "First Team All-Star": "wha all-star team",
    "Second Team All-Star": "wha all-star team",
}
_TEAM_DETAIL = {"First Team All-Star": "1st team", "Second Team All-Star": "2nd team"}


def player_id(databank_id: str) -> str:
    return f"nhl:{databank_id}"


def season_of(row: Row) -> int:
    """The season's end year, from the Databank's start ``year``."""
    return row.integer("year") + 1


@dataclass(frozen=True)
class Person:
    """What ``Master.csv`` and ``HOF.csv`` say about one player."""

    player_id: str
    first_name: str
    last_name: str
    given_name: str | None
    nicknames: tuple[str, ...]
    birth_year: int | None
    positions: tuple[str, ...]
    hall_of_fame: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def name_variants(self) -> list[str]:
        """The given-name form and nicknames ("The Great One" as is, "Taffy" as "Taffy Abel")."""
        variants = [f"{self.given_name} {self.last_name}"] if self.given_name else []
        for nick in self.nicknames:
            variants.append(nick if nick.startswith("The ") else f"{nick} {self.last_name}")
        return variants


@dataclass(frozen=True)
class Databank:
    people: dict[str, Person]
    seasons: list[SeasonRow]
    awards: list[Award]
    teams: list[TeamSeason]
    playoff_appearances: list[tuple[str, int]]  # (player id, season) with playoff games


def read_databank(source: SourceReader) -> Databank:
    appearances: set[tuple[str, int]] = set()
    seasons = _skating_seasons(source, appearances) + _goaltending_seasons(source, appearances)
    return Databank(
        people=_people(source, _hall_of_famers(source)),
        seasons=seasons,
        awards=_awards(source),
        teams=_team_seasons(source),
        playoff_appearances=sorted(appearances),
    )


@dataclass
class _Stints:
    teams: list[str]
    position: str
    stats: dict[str, float | None]


def _sum_stints(rows: Iterable[Row], columns: Mapping[str, str], position: str | None,
                appearances: set[tuple[str, int]]) -> dict[tuple[str, int, str], _Stints]:
    """Stint rows added up per (player, season, league); a stat stays None only if no stint recorded it.
    Who played playoff games (``PostGP``) is added to ``appearances``.

    Rows without regular-season games are playoff-only stints and are skipped.
    """
    seasons: dict[tuple[str, int, str], _Stints] = {}
    for row in rows:
        if (row.number("PostGP") or 0) > 0:
            appearances.add((player_id(row.text("playerID")), season_of(row)))
        if row.number("GP") is None:
            continue
        key = (row.text("playerID"), season_of(row), row.text("lgID"))
        stats = {stat: row.count(column) for stat, column in columns.items()}
        team = row.text("tmID")
        current = seasons.get(key)
        if current is None:
            pos = position or POSITIONS.get(row.text("pos").split("/")[0], "")
            seasons[key] = _Stints([team], pos, stats)
            continue
        if team not in current.teams:
            current.teams.append(team)
        for stat, value in stats.items():
            if value is not None:
                before = current.stats[stat]
                current.stats[stat] = value if before is None else before + value
    return seasons


def _season_rows(seasons: Mapping[tuple[str, int, str], _Stints], group: str) -> list[SeasonRow]:
    return [
        SeasonRow(player_id=player_id(pid), league=League.NHL, season=season, competition=league,
                  group=group, teams=tuple(s.teams), position=s.position or None, stats=s.stats)
        for (pid, season, league), s in seasons.items()
    ]


def _skating_seasons(source: SourceReader, appearances: set[tuple[str, int]]) -> list[SeasonRow]:
    required = ["playerID", "year", "tmID", "lgID", "pos", "PostGP", *SKATING_COLUMNS.values()]
    seasons = _sum_stints(read_rows(source, SCORING, required), SKATING_COLUMNS, None, appearances)
    # Goalies appear in Scoring.csv too; their games belong to the goaltending group. A goalie's
    # skating row is kept only for a season in which he scored a point, so "most points by a goalie"
    # stays answerable while skater league totals are not padded with goalies' games.
    kept = {k: s for k, s in seasons.items() if s.position != "G" or (s.stats["points"] or 0) > 0}
    return _season_rows(kept, "skating")


def _goaltending_seasons(source: SourceReader, appearances: set[tuple[str, int]]) -> list[SeasonRow]:
    required = ["playerID", "year", "tmID", "lgID", "PostGP", *GOALTENDING_COLUMNS.values()]
    seasons = _sum_stints(read_rows(source, GOALIES, required), GOALTENDING_COLUMNS, "G", appearances)
    return _season_rows(seasons, "goaltending")


def _hall_of_famers(source: SourceReader) -> set[str]:
    return {
        row.text("hofID")
        for row in read_rows(source, HALL_OF_FAME, ["hofID", "category"])
        if row.text("category") == "Player"
    }


def _people(source: SourceReader, hall_of_famers: set[str]) -> dict[str, Person]:
    required = ["playerID", "hofID", "firstName", "lastName", "nameGiven", "nameNick", "pos", "birthYear"]
    people: dict[str, Person] = {}
    for row in read_rows(source, MASTER, required):
        databank_id = row.text("playerID")
        if not databank_id:  # coach-only entries
            continue
        pos = row.optional_text("pos")
        nick = row.optional_text("nameNick")
        pid = player_id(databank_id)
        people[pid] = Person(
            player_id=pid,
            first_name=row.text("firstName"),
            last_name=row.text("lastName"),
            given_name=row.optional_text("nameGiven"),
            nicknames=tuple(n.strip() for n in nick.split("/") if n.strip()) if nick else (),
            birth_year=_whole(row.number("birthYear")),
            positions=tuple(POSITIONS[p] for p in pos.split("/") if p in POSITIONS) if pos else (),
            hall_of_fame=row.text("hofID") in hall_of_famers,
        )
    return people


def _awards(source: SourceReader) -> list[Award]:
    awards: list[Award] = []
    for row in read_rows(source, AWARDS, ["playerID", "award", "year", "lgID", "note", "pos"]):
        code, league = row.text("award"), row.text("lgID")
        name = (_WHA_AWARDS if league == "WHA" else _NHL_AWARDS).get(code)
        if name is None:
            continue
        detail = [d for d in (_TEAM_DETAIL.get(code), row.optional_text("pos"), row.optional_text("note")) if d]
        awards.append(Award(player_id=player_id(row.text("playerID")), league=League.NHL,
                            season=season_of(row), award=name, detail=", ".join(detail) or None))
    return awards


def _team_seasons(source: SourceReader) -> list[TeamSeason]:
    required = ["year", "lgID", "tmID", "G", "W", "L", "T", "OTL", "Pts", "GF", "GA", "name"]
    teams: list[TeamSeason] = []
    for row in read_rows(source, TEAMS, required):
        teams.append(TeamSeason(
            league=League.NHL, season=season_of(row), competition=row.text("lgID"), team=row.text("tmID"),
            name=row.text("name"),
            wins=_whole(row.number("W")), losses=_whole(row.number("L")), ties=_whole(row.number("T")),
            stats={"games": row.number("G"), "overtime_losses": row.number("OTL"),
                   "points": row.number("Pts"), "goals_for": row.number("GF"),
                   "goals_against": row.number("GA")},
        ))
    return teams


def _whole(value: float | None) -> int | None:
    return None if value is None else int(value)
