"""NHL importer: Hockey Databank careers to 2017-18, then ESPN skater totals 2018-19 to 2024-25.

Player ids are ``nhl:<Databank playerID>`` (``nhl:gretzwa01``), or ``nhl:espn-<name>`` for skaters who
first played after 2017-18. How ESPN rows find their player is described in :mod:`.nhl_espn`. There is
no 2004-05 season (lockout) and no goalie data after 2017-18 in these sources. The trophies of 2018-19 to
2024-25 come from the package's curated table (:mod:`.curated_honours`).
"""

from __future__ import annotations

from collections import defaultdict

from arena.stats.catalog import COUNTED_COMPETITIONS, League
from arena.stats.importers.championships_nhl import SERIES_POST, read_stanley_cups
from arena.stats.importers.curated_honours import curated_awards
from arena.stats.importers.nhl_databank import DATABANK_FILES, Person, read_databank
from arena.stats.importers.nhl_espn import Skater, databank_skaters, read_espn
from arena.stats.model import LeagueData, Player, SeasonRow
from arena.stats.ports import SourceReader


def read_nhl(source: SourceReader) -> LeagueData:
    """Every NHL, WHA and pre-NHL player season in the source dir; raises ``SourceError``s."""
    databank = read_databank(source)
    names = {pid: person.full_name for pid, person in databank.people.items()}
    espn = read_espn(source, databank_skaters(databank.seasons, names), databank.seasons)
    seasons = databank.seasons + espn.seasons
    players = _players(databank.people, {s.player_id: s for s in espn.skaters}, seasons)
    curated, _ = curated_awards(League.NHL, players)
    return LeagueData(
        league=League.NHL,
        players=players,
        seasons=seasons,
        awards=[*databank.awards, *curated],
        teams=databank.teams,
        championships=read_stanley_cups(source),
        playoff_appearances=databank.playoff_appearances,
        sources=[*DATABANK_FILES, SERIES_POST, *espn.sources],
    )


def _players(people: dict[str, Person], skaters: dict[str, Skater], seasons: list[SeasonRow]) -> list[Player]:
    rows_by_player: dict[str, list[SeasonRow]] = defaultdict(list)
    for row in seasons:
        rows_by_player[row.player_id].append(row)
    counted = COUNTED_COMPETITIONS[League.NHL]
    players: list[Player] = []
    for pid, rows in rows_by_player.items():
        # First and last season in the NHL where he played there (Gretzky: 1980, not his 1979 WHA year).
        years = [r.season for r in rows if r.competition in counted] or [r.season for r in rows]
        person, skater = people.get(pid), skaters.get(pid)
        # ESPN's spelling is how fans write current players ("Johnny Gaudreau", Databank "John").
        spellings = skater.spellings if skater else []
        forms = [*spellings[::-1], *([person.full_name, *person.name_variants()] if person else [])]
        unique = list(dict.fromkeys(f for f in forms if f))
        positions = [*(person.positions if person else ()), *(skater.positions if skater else ())]
        players.append(Player(
            id=pid, league=League.NHL, name=unique[0], name_variants=tuple(unique[1:]),
            birth_year=person.birth_year if person else None,
            positions=tuple(dict.fromkeys(positions)),
            first_season=min(years), last_season=max(years),
            hall_of_fame=person.hall_of_fame if person else False,
        ))
    return players
