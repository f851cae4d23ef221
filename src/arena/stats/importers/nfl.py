"""NFL importer: PFR official totals 1970-2020, NFL.com career pages 1924-2016, nflverse weekly sums
1999-2023, Fantasy.NFL.com 2024.

Which figure wins where sources overlap: official figures first, PFR before NFL.com (both official; PFR
covers every player, NFL.com only part of them), then nflverse's play-by-play sums. NFL.com fills what
PFR lacks (completions, absent from PFR's 1992-2020 tables, or an empty cell), then nflverse what is
still missing, each only when it agrees with PFR on the season's yardage, and nflverse's completions only
where it counted PFR's attempts (:data:`.nfl_stats.PART_OF`). Defense and kicking come from
NFL.com to 2016 and Fantasy.NFL.com for 2024 (none for 2017-2023), and the seasons before 1970 from NFL.com
alone. Games are official (PFR, else NFL.com) through 2020,
weeks with a recorded stat for 2021-2023 and for players neither lists, and unknown for 2024. The AP
MVP and the Hall of Fame come from the package's curated tables (:mod:`.curated_honours`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from arena.stats.catalog import GROUPS, League
from arena.stats.importers.championships_nfl import SPREADSPOKE_SCORES, read_super_bowls
from arena.stats.importers.championships_nfl_early import NFL_GAMES, code_of_club, read_early_title_games
from arena.stats.importers.curated_honours import curated_awards, hall_of_famers
from arena.stats.importers.nfl_fantasy import SEASON as FANTASY_SEASON
from arena.stats.importers.nfl_fantasy import read_fantasy
from arena.stats.importers.nfl_match import match_seasons
from arena.stats.importers.nfl_names import abbreviated_form, curated_full_name
from arena.stats.importers.nfl_nflcom import NflcomSeason, read_nflcom
from arena.stats.importers.nfl_people import Person, assign_people
from arena.stats.importers.nfl_pfr import PfrSeason, read_pfr
from arena.stats.importers.nfl_stats import (
    ALL_STAT_KEYS,
    CONSISTENT_GAP,
    GAME_KEYS,
    STAT_KEYS,
    Stats,
    active_groups,
    fillable,
    yard_gap,
)
from arena.stats.importers.nfl_team_seasons import read_nfl_team_seasons
from arena.stats.importers.nfl_teams import era_code_from_nflverse, era_code_from_pfr, is_multi_team
from arena.stats.importers.nfl_weekly import WeeklySeason, read_weekly
from arena.stats.model import LeagueData, Player, SeasonRow
from arena.stats.ports import SourceReader

COMPETITION = "NFL"
PAGE_ONLY_KEYS = tuple(k for k in ALL_STAT_KEYS if k not in STAT_KEYS)


@dataclass(frozen=True)
class _Season:
    """One player's season after the sources are combined."""

    stats: Stats
    teams: tuple[str, ...]
    position: str | None


def _weekly_teams(line: WeeklySeason) -> tuple[str, ...]:
    return tuple(dict.fromkeys(era_code_from_nflverse(t, line.season) for t in line.teams))


def _page_clubs(page: NflcomSeason) -> tuple[str, ...]:
    """NFL.com's full club names as the player seasons write clubs: before 1970 the title games' franchise
    codes, then PFR's era codes; a club known to neither (the 1920s' Duluth Eskimos) by its name."""
    return tuple(dict.fromkeys(code_of_club(club, page.season) or club for club in page.clubs))


def _fill(stats: Stats, source: Stats, *, keys: tuple[str, ...] = STAT_KEYS) -> None:
    """Fill the ``keys`` ``stats`` has no figure for from ``source``."""
    stats.update({k: source[k] for k in keys if stats.get(k) is None and source.get(k) is not None})


def _from_pfr(row: PfrSeason, page: NflcomSeason | None, line: WeeklySeason | None) -> _Season:
    stats: Stats = {"games": row.games, "games_started": row.games_started, **row.stats}
    if page is not None and yard_gap(row.stats, page.stats) <= CONSISTENT_GAP:
        _fill(stats, page.stats)
    if line is not None and yard_gap(row.stats, line.stats) <= CONSISTENT_GAP:
        _fill(stats, line.stats, keys=fillable(stats, line.stats, STAT_KEYS))
    if not is_multi_team(row.team):
        teams: tuple[str, ...] = (era_code_from_pfr(row.team),)
    elif line is not None:  # PFR gives "2TM" with no split; nflverse and NFL.com know the clubs
        teams = _weekly_teams(line)
    else:
        teams = _page_clubs(page) if page is not None else ()
    position = row.position or (line.positions[0] if line is not None and line.positions else None)
    return _Season(stats, teams, position)


def _from_page(page: NflcomSeason, line: WeeklySeason | None) -> _Season:
    stats: Stats = {"games": page.games, "games_started": None, **page.stats}
    teams = _weekly_teams(line) if line is not None else _page_clubs(page)
    return _Season(stats, teams, line.positions[0] if line is not None and line.positions else None)


def _from_weekly(line: WeeklySeason) -> _Season:
    stats: Stats = {"games": float(len(line.weeks)), "games_started": None, **line.stats}
    return _Season(stats, _weekly_teams(line), line.positions[0] if line.positions else None)


def _seasons(person: Person) -> dict[int, _Season]:
    seasons: dict[int, _Season] = {}
    for season in sorted(person.pfr.keys() | person.nflcom.keys() | person.weekly.keys()):
        row, page, line = person.pfr.get(season), person.nflcom.get(season), person.weekly.get(season)
        if row is not None:
            seasons[season] = _from_pfr(row, page, line)
        elif page is not None:
            seasons[season] = _from_page(page, line)
        elif line is not None:
            seasons[season] = _from_weekly(line)
        if page is not None:  # defense and kicking: NFL.com is their only source before 2024
            _fill(seasons[season].stats, page.stats, keys=PAGE_ONLY_KEYS)
    if person.fantasy is not None:
        fantasy = person.fantasy
        stats: Stats = {"games": None, "games_started": None, **fantasy.stats}
        teams = (fantasy.team,) if fantasy.team else ()
        seasons[FANTASY_SEASON] = _Season(stats, teams, fantasy.position)
    return seasons


def _groups(line: _Season, roles: set[str]) -> list[str]:
    """The groups a season is stored in: those it shows activity in, else, for a season played with
    nothing but zeros (Ken Norton's 16 games of 1992, no sack or interception), the player's own groups
    that the season records a figure in, so its games and its club's title still count."""
    active = active_groups(line.stats)
    if active or not line.stats.get("games"):
        return active
    return [g for g in GROUPS[League.NFL] if g in roles and any(
        line.stats.get(k) is not None for k in GROUPS[League.NFL][g].counts if k not in GAME_KEYS)]


def _rows(person_id: str, seasons: dict[int, _Season]) -> list[SeasonRow]:
    roles = {group for line in seasons.values() for group in active_groups(line.stats)}
    return [
        SeasonRow(
            player_id=person_id,
            league=League.NFL,
            season=season,
            competition=COMPETITION,
            group=group,
            teams=line.teams,
            position=line.position,
            stats={k: line.stats.get(k) for k in GROUPS[League.NFL][group].counts},
        )
        for season, line in seasons.items()
        for group in _groups(line, roles)
    ]


def _birth_year(person: Person) -> int | None:
    """Season minus PFR's age, as most of the player's seasons give it (PFR's ages drift by a year
    between some files); None without PFR seasons or when the seasons split evenly."""
    counts = Counter(r.birth_year for r in person.pfr.values() if r.birth_year is not None).most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def _player(person: Person, rows: list[SeasonRow]) -> Player:
    weekly = [person.weekly[s] for s in sorted(person.weekly)]
    pfr = [person.pfr[s] for s in sorted(person.pfr)]
    full_names = [line.display_name for line in weekly if line.display_name]
    full_names += [row.name for row in pfr]
    full_names += [person.nflcom[s].name for s in sorted(person.nflcom)]
    if person.fantasy is not None:
        full_names.append(person.fantasy.name)
    abbreviated = [abbreviated_form(n) for line in weekly for n in line.names]
    # nflverse's full names are the newest, PFR's come before NFL.com's pages and Fantasy.NFL.com's;
    # "T.Brady" only as a last resort.
    recent_full = [line.display_name for line in reversed(weekly) if line.display_name]
    if not full_names and abbreviated:
        curated = curated_full_name(set(abbreviated), [(r.season, r.teams) for r in rows])
        full_names = [curated] if curated is not None else []
    name = (recent_full or [row.name for row in reversed(pfr)] or full_names or abbreviated)[0]
    variants = tuple(n for n in dict.fromkeys(full_names + abbreviated) if n != name)
    positions = Counter(r.position for r in rows if r.position)
    seasons = [r.season for r in rows]
    return Player(
        id=person.id,
        league=League.NFL,
        name=name,
        name_variants=variants,
        birth_year=_birth_year(person),
        positions=tuple(p for p, _ in positions.most_common()),
        first_season=min(seasons),
        last_season=max(seasons),
        hall_of_fame=False,  # the curated Hall of Fame table says, once every player is known
    )


def read_nfl(source: SourceReader) -> LeagueData:
    """Every NFL player's regular-season passing, rushing, receiving, defense and kicking, 1924-2024, one
    id per player.

    Raises ``SourceFileMissing`` or ``SourceFileCorrupt`` (naming file and row) on a bad source file.
    """
    pfr, pfr_paths = read_pfr(source)
    pages, page_paths = read_nflcom(source)
    weekly, weekly_paths = read_weekly(source)
    fantasy, fantasy_paths = read_fantasy(source)
    people = assign_people(pfr, weekly, pages, fantasy, match_seasons(pfr, weekly))
    players: list[Player] = []
    rows: list[SeasonRow] = []
    for person in sorted(people, key=lambda p: p.id):
        person_rows = _rows(person.id, _seasons(person))
        if person_rows:
            players.append(_player(person, person_rows))
            rows.extend(person_rows)
    inducted, _ = hall_of_famers(League.NFL, players)
    awards, _ = curated_awards(League.NFL, players)
    return LeagueData(
        league=League.NFL,
        players=[p.model_copy(update={"hall_of_fame": True}) if p.id in inducted else p for p in players],
        seasons=rows,
        awards=awards,
        teams=read_nfl_team_seasons(source),
        championships=sorted([*read_early_title_games(source), *read_super_bowls(source)],
                             key=lambda title: (title.season, title.title)),
        sources=[*pfr_paths, *page_paths, *weekly_paths, *fantasy_paths, SPREADSPOKE_SCORES, NFL_GAMES],
    )
