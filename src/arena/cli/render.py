"""How the commands show stat lines: the JSON documents of the public contract, and Rich tables (a whole document
is printed by :mod:`arena.cli.documents`).

JSON keeps full precision (every figure must trace back to a stat row); counting stats that are whole
numbers print as integers. Rich views round rates to the catalogue's decimals.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rich.console import Console
from rich.measure import Measurement
from rich.table import Table

from arena.stats import (
    GROUPS,
    Award,
    Career,
    CareerGap,
    LeaderRow,
    League,
    Player,
    PlayerChampionship,
    PlayerSeason,
    StatGroup,
    StatLine,
    TitleRecord,
    describe_gap,
    season_label,
)

__all__ = [
    "DISPLAY_KEYS",
    "award_json",
    "championship_json",
    "championships_text",
    "describe_player",
    "format_value",
    "gap_json",
    "leader_json",
    "leaders_table",
    "player_json",
    "season_json",
    "stat_line_json",
    "stat_tables",
]

# The columns the Rich views show per group; the JSON carries every key.
DISPLAY_KEYS: dict[str, tuple[str, ...]] = {
    "basketball": ("games", "minutes", "points", "rebounds", "assists", "steals", "blocks",
                   "points_per_game", "rebounds_per_game", "assists_per_game", "fg_pct", "fg3_pct",
                   "ft_pct", "true_shooting_pct"),
    "passing": ("games", "completions", "attempts", "passing_yards", "passing_tds", "interceptions",
                "completion_pct", "yards_per_attempt", "passer_rating"),
    "rushing": ("games", "carries", "rushing_yards", "rushing_tds", "yards_per_carry"),
    "receiving": ("games", "receptions", "targets", "receiving_yards", "receiving_tds",
                  "yards_per_reception"),
    "batting": ("games", "at_bats", "runs", "hits", "doubles", "triples", "home_runs", "rbi",
                "stolen_bases", "walks", "batting_avg", "obp", "slg", "ops"),
    "pitching": ("games", "games_started", "wins", "losses", "saves", "innings_pitched", "strikeouts",
                 "walks", "era", "whip"),
    "skating": ("games", "goals", "assists", "points", "plus_minus", "penalty_minutes", "shots",
                "points_per_game"),
    "goaltending": ("games", "wins", "losses", "shutouts", "goals_against", "shots_against",
                    "goals_against_avg", "save_pct"),
}

# Short column headings for the Rich tables.
_HEADINGS: dict[str, str] = {
    "games": "GP", "games_started": "GS", "minutes": "MIN", "points": "PTS", "rebounds": "REB",
    "assists": "AST", "steals": "STL", "blocks": "BLK", "points_per_game": "PTS/G",
    "rebounds_per_game": "REB/G", "assists_per_game": "AST/G", "fg_pct": "FG%", "fg3_pct": "3P%",
    "ft_pct": "FT%", "true_shooting_pct": "TS%", "completions": "CMP", "attempts": "ATT",
    "passing_yards": "YDS", "passing_tds": "TD", "interceptions": "INT", "completion_pct": "CMP%",
    "yards_per_attempt": "Y/A", "passer_rating": "RATE", "carries": "CAR", "rushing_yards": "YDS",
    "rushing_tds": "TD", "yards_per_carry": "Y/C", "receptions": "REC", "targets": "TGT",
    "receiving_yards": "YDS", "receiving_tds": "TD", "yards_per_reception": "Y/R", "at_bats": "AB",
    "runs": "R", "hits": "H", "doubles": "2B", "triples": "3B", "home_runs": "HR", "rbi": "RBI",
    "stolen_bases": "SB", "walks": "BB", "batting_avg": "AVG", "obp": "OBP", "slg": "SLG", "ops": "OPS",
    "wins": "W", "losses": "L", "saves": "SV", "innings_pitched": "IP", "strikeouts": "SO", "era": "ERA",
    "whip": "WHIP", "goals": "G", "plus_minus": "+/-", "penalty_minutes": "PIM", "shots": "S",
    "shutouts": "SO", "goals_against": "GA", "shots_against": "SA", "goals_against_avg": "GAA",
    "save_pct": "SV%",
}


def _value_json(stat_group: StatGroup, key: str, value: float | None) -> float | int | None:
    if value is not None and key in stat_group.counts and float(value).is_integer():
        return int(value)
    return value


def stat_line_json(stat_group: StatGroup, line: Mapping[str, float | None]) -> dict[str, float | int | None]:
    """``{KEY: value}`` in the catalogue's key order, then any extra keys the store added."""
    keys = [*stat_group.keys, *(k for k in line if k not in stat_group.keys)]
    return {key: _value_json(stat_group, key, line.get(key)) for key in keys if key in line}


def _groups_json(league: League, groups: Mapping[str, StatLine]) -> dict[str, dict[str, float | int | None]]:
    known = GROUPS[league]
    return {name: stat_line_json(known[name], line) for name, line in groups.items() if name in known}


def season_json(league: League, season: PlayerSeason) -> dict[str, Any]:
    return {
        "season": season.season,
        "label": season.label,
        "teams": list(season.teams),
        "groups": _groups_json(league, season.groups),
    }


def award_json(award: Award) -> dict[str, Any]:
    return {"season": award.season, "award": award.award, "detail": award.detail, "is_winner": award.is_winner}


def championship_json(title: PlayerChampionship) -> dict[str, Any]:
    return {"season": title.season, "label": title.label, "title": title.title, "team": title.team,
            "team_name": title.team_name}


def championships_text(titles: Sequence[PlayerChampionship]) -> str:
    """One line per kind of title: "NBA championship x6 (1990-91, ...); ABA championship x2 (...)"."""
    by_title: dict[str, list[str]] = {}
    for won in titles:
        by_title.setdefault(won.title, []).append(won.label)
    return "; ".join(f"{title} x{len(labels)} ({', '.join(labels)})" if len(labels) > 1
                     else f"{title} ({labels[0]})" for title, labels in by_title.items())


def title_record_text(record: TitleRecord) -> str:
    """"NBA Finals: 4-6 (won 2011-12, ...; lost 2006-07, ...)", saying the seasons it cannot cover:
    "Stanley Cup Final: 1-0 through 2017-18 (won 2015-16)"."""
    def labels(seasons: Iterable[int]) -> str:
        return ", ".join(season_label(record.league, season) for season in seasons)

    seasons = "; ".join(f"{outcome} {labels(part)}" for outcome, part in (("won", record.won), ("lost", record.lost))
                        if part)
    if record.through is not None:
        through = season_label(record.league, record.through)
        return f"{record.round_name}: {record.record} through {through} ({seasons})"
    hole = f"; not known for {labels(record.unknown)}" if record.unknown else ""
    return f"{record.round_name}: {record.record} ({seasons}{hole})"


def title_record_json(record: TitleRecord) -> dict[str, Any]:
    """A record with its words: ``text`` as ``arena player`` prints it, seasons as labels too."""
    return {**record.model_dump(mode="json", exclude={"player_id", "league"}),
            "through_label": None if record.through is None else season_label(record.league, record.through),
            "text": title_record_text(record)}


def player_json(
    player: Player, seasons: Iterable[PlayerSeason], career: Career, awards: Iterable[Award],
    championships: Iterable[PlayerChampionship], title_records: Iterable[TitleRecord] = (),
) -> dict[str, Any]:
    """The ``arena player --json`` document (issue #2's contract, extended with ``championships``, the
    ``title_records`` of the title rounds he reached, and the ``gaps`` of career figures that cover only
    part of the career)."""
    return {
        "id": player.id,
        "name": player.name,
        "league": player.league.value,
        "seasons": [season_json(player.league, s) for s in seasons],
        "career": _groups_json(player.league, career.groups),
        "awards": [award_json(a) for a in awards],
        "hall_of_fame": player.hall_of_fame,
        "championships": [championship_json(title) for title in championships],
        "title_records": [title_record_json(record) for record in title_records],
        "gaps": [gap_json(player.league, gap) for gap in career.gaps],
    }


def gap_json(league: League, gap: CareerGap) -> dict[str, Any]:
    """Career figures that cover only part of the career, with what each says in words."""
    return {**gap.model_dump(mode="json"), "labels": {key: describe_gap(league, gap, key) for key in gap.keys}}


def leader_json(stat_group: StatGroup, stat: str, row: LeaderRow) -> dict[str, Any]:
    return {
        "rank": row.rank,
        "player_id": row.player_id,
        "name": row.name,
        "value": _value_json(stat_group, stat, row.value),
        "games": _value_json(stat_group, "games", row.games),
        "seasons": row.seasons,
        "first_season": row.first_season,
        "last_season": row.last_season,
    }


def format_value(stat_group: StatGroup, key: str, value: float | None) -> str:
    """A figure for people: thousands separators for counts, the catalogue's decimals for rates."""
    if value is None:
        return "—"
    rate = stat_group.rate(key)
    if rate is None:
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    text = f"{value:,.{rate.decimals}f}"
    # Percentages below 1 read as baseball writes them: .385, not 0.385.
    return text[1:] if rate.decimals == 3 and text.startswith("0.") else text


def stat_tables(
    stat_group: StatGroup, rows: Iterable[tuple[str, str, StatLine]], *, title: str, console: Console,
    last_is_total: bool = False,
) -> list[Table]:
    """Tables of ``(label, teams, line)`` rows over the group's display columns, as many as the console's
    width needs: a figure is never cut, so columns that do not fit go to a next table that repeats the
    season (a batting line at 80 columns is two tables)."""
    keys = DISPLAY_KEYS.get(stat_group.name, stat_group.keys)
    materialised = list(rows)

    def build(columns: Sequence[str], *, with_teams: bool, heading: str) -> Table:
        table = Table(title=heading, title_justify="left", header_style="bold")
        table.add_column("Season", no_wrap=True)
        if with_teams:
            table.add_column("Team")  # the one column that may wrap: between teams
        for key in columns:
            table.add_column(_HEADINGS.get(key, key), justify="right", no_wrap=True)
        for position, (label, teams, line) in enumerate(materialised):
            is_total = last_is_total and position == len(materialised) - 1
            table.add_row(
                label, *((teams,) if with_teams else ()), *(format_value(stat_group, k, line.get(k)) for k in columns),
                style="bold" if is_total else None, end_section=position == len(materialised) - 2 and last_is_total,
            )
        return table

    unbounded = console.options.update_width(1_000_000)  # a measure within the console's width is clamped to it
    chunks: list[list[str]] = []
    current: list[str] = []
    for key in keys:
        trial = build([*current, key], with_teams=not chunks, heading=title)
        if current and Measurement.get(console, unbounded, trial).minimum > console.width:
            chunks.append(current)
            current = [key]
        else:
            current.append(key)
    chunks.append(current)
    return [build(columns, with_teams=n == 0, heading=title if n == 0 else f"{title} (continued)")
            for n, columns in enumerate(chunks)]


def leaders_table(
    league: League, stat_group: StatGroup, stat: str, rows: Iterable[LeaderRow], first: int, last: int,
    competition: str | None = None,
) -> Table:
    span = f"{season_label(league, first)} to {season_label(league, last)}"
    within = f" ({competition})" if competition else ""
    table = Table(title=f"{league.value.upper()}{within} {stat_group.label(stat)}, {span}", title_justify="left",
                  header_style="bold")
    table.add_column("#", justify="right")
    table.add_column("Player")
    table.add_column(_HEADINGS.get(stat, stat), justify="right")
    table.add_column(_HEADINGS["games"], justify="right")
    table.add_column("Seasons")
    for row in rows:
        table.add_row(
            str(row.rank), row.name, format_value(stat_group, stat, row.value),
            format_value(stat_group, "games", row.games),
            f"{season_label(league, row.first_season)} to {season_label(league, row.last_season)}",
        )
    return table


def describe_player(player: Player) -> str:
    """``Michael Jordan (nba, 1984-85 to 2002-03)``: enough to tell namesakes apart."""
    span = ""
    if player.first_season is not None and player.last_season is not None:
        span = f", {season_label(player.league, player.first_season)} to " \
               f"{season_label(player.league, player.last_season)}"
    return f"{player.name} ({player.league.value}{span})"
