"""ESPN skater totals 2018-19 to 2024-25, tied to Hockey Databank players by name and position.

The files have no player id and no team, so a row is claimed by name: the accent-folded "first last"
(after the spelling aliases below) of a known player who played within the last ``MAX_GAP`` seasons and
plays the same position class (forward or defence). The gap keeps a rookie from inheriting a long-retired
namesake's career (the 2020-21 Mikko Lehtonen is not the one of 2006-07) while letting returns from
Europe through (Kovalchuk, 2013 to 2019). Only when no one of that class claims a row may a namesake of
the other class take it, since ESPN and the Databank disagree on a few players' positions (Kurtis
MacDermid: D in one, LW in the other). A row nobody claims starts a new player ``nhl:espn-<name>``.

Rows are claimed busiest first (most games), each by the claimant who played most recently. So where a
season lists a name twice in one class (two Erik Gustafssons, both D, in 2024-25: 60 and 9 games), the
60-game row continues the player who was in the league the season before and the 9-game row starts a
new player. The two Sebastian Ahos (C and D) never meet: their classes differ.

The 2017-18 file overlaps the Databank's last season. It is matched (to check the matching, to learn
ESPN's spellings and positions) but its numbers are not used.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain, count

from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.csvrows import Row, read_rows
from arena.stats.model import SeasonRow
from arena.stats.name_index import fold_name
from arena.stats.ports import SourceReader

ESPN_DIR = "nhl/Data-Dunkers/Data/NHL/player"
OVERLAP_SEASON = 2018  # 2017-18: in both the Databank and ESPN
ESPN_SEASONS = range(OVERLAP_SEASON, 2026)
MAX_GAP = 8  # seasons a player may be away from the NHL and still be matched by name

FORWARD, DEFENCE, GOALIE = "F", "D", "G"
UNKNOWN = ""  # ESPN left POS empty on a few rows (one of them the goalie Chad Johnson)
ESPN_POSITIONS = frozenset({"C", "LW", "RW", "F", "D", UNKNOWN})

SKATING_COLUMNS: dict[str, str] = {
    "games": "GP", "goals": "G", "assists": "A", "points": "PTS", "plus_minus": "+/-",
    "penalty_minutes": "PIM", "shots": "S", "power_play_goals": "PPG", "game_winning_goals": "GWG",
}

# ESPN spelling -> the spelling it stands for (the Databank's, or ESPN's earlier one), both folded.
# Found by matching the 2017-18 overlap (every row has identical GP, G and A under its alias) and by
# comparing unmatched ESPN names with Databank skaters of the same surname active since 2015.
ALIASES: dict[str, str] = {
    "alex burrows": "alexandre burrows",
    "alex wennberg": "alexander wennberg",
    "alexander petrovic": "alex petrovic",
    "boo nieves": "cristoval nieves",
    "christopher didomenico": "chris didomenico",
    "danny oregan": "daniel oregan",
    "david schlemko": "dave schlemko",
    "dmitry orlov": "dmitri orlov",
    "evgenii dadonov": "evgeny dadonov",
    "joe morrow": "joseph morrow",
    "johnny gaudreau": "john gaudreau",
    "jon merrill": "jonathon merrill",
    "louie belpedio": "louis belpedio",
    "matt dumba": "mathew dumba",
    "matt grzelcyk": "matthew grzelcyk",
    "matt nieto": "matthew nieto",
    "matthew puempel": "matt puempel",
    "micheal haley": "michael haley",
    "mike blunden": "michael blunden",
    "mike matheson": "michael matheson",
    "nick merkley": "nicholas merkley",
    "nikolay kulemin": "nikolai kulemin",
    "pat maroon": "patrick maroon",
    "sammy blais": "samuel blais",
    "tony deangelo": "anthony deangelo",
    "vinnie hinostroza": "vincent hinostroza",
    "zach sanford": "zachary sanford",
    "zachary aston reese": "zach aston reese",
    # Players new after 2017-18 whom ESPN later spelled differently.
    "jj moser": "janis moser",
    "jake lucchini": "jacob lucchini",
}

_SLUG = re.compile(r"[^a-z0-9]+")


def name_key(name: str) -> str:
    """An ESPN name folded, with aliases applied: what it shares with the player's other spellings."""
    folded = fold_name(name)
    return ALIASES.get(folded, folded)


def position_class(position: str) -> str:
    """Forward, defence, goalie or unknown: what ESPN's positions can be trusted to tell apart."""
    if position in (DEFENCE, GOALIE, UNKNOWN):
        return position
    return FORWARD


@dataclass
class Skater:
    """A person ESPN rows can belong to: a Databank player, or one first seen in an ESPN file."""

    player_id: str
    name: str
    position_class: str
    last_season: int
    spellings: list[str] = field(default_factory=list)  # ESPN spellings, oldest first
    positions: list[str] = field(default_factory=list)  # ESPN positions, oldest first

    def saw(self, row: Row) -> None:
        name, position = row.text("Name"), row.text("POS")
        if name in self.spellings:
            self.spellings.remove(name)
        self.spellings.append(name)
        if position and position not in self.positions:
            self.positions.append(position)
        if position_class(position) in (FORWARD, DEFENCE):
            self.position_class = position_class(position)


@dataclass(frozen=True)
class OverlapMatch:
    """How one 2017-18 ESPN row matched: to whom, and whether GP, G and A equal the Databank's."""

    name: str
    position: str
    player_id: str | None
    identical: bool


@dataclass(frozen=True)
class EspnSeasons:
    seasons: list[SeasonRow]
    skaters: list[Skater]  # every player ESPN named, Databank and new alike
    overlap: list[OverlapMatch]
    sources: list[str]


def espn_file(season: int) -> str:
    return f"{ESPN_DIR}/nhl_player_stats_{season - 1}-{season}.csv"


def databank_skaters(seasons: Iterable[SeasonRow], names: Mapping[str, str]) -> list[Skater]:
    """Every Databank NHL player with the position class of his latest season (goalies included: ESPN
    lists one, without a position)."""
    latest: dict[str, SeasonRow] = {}
    for row in seasons:
        if row.competition == "NHL":
            best = latest.get(row.player_id)
            if best is None or row.season > best.season:
                latest[row.player_id] = row
    return [Skater(pid, names[pid], position_class(row.position or ""), row.season) for pid, row in latest.items()]


def read_espn(source: SourceReader, known: list[Skater], databank_seasons: Iterable[SeasonRow]) -> EspnSeasons:
    """Rows of every ESPN season after the overlap, each tied to a Databank or a new player."""
    registry = _Registry(known)
    overlap = _match_overlap(source, registry, databank_seasons)
    seasons: list[SeasonRow] = []
    for season in ESPN_SEASONS[1:]:
        for row, skater in registry.claim_season(_season_rows(source, season), season):
            stats = {stat: row.count(column) for stat, column in SKATING_COLUMNS.items()}
            # A goalie's skating line is kept only when he scored, as with the Databank's.
            if skater.position_class == GOALIE and not stats["points"]:
                continue
            seasons.append(SeasonRow(
                player_id=skater.player_id, league=League.NHL, season=season, competition="NHL",
                group="skating", position=row.text("POS") or None, stats=stats,
            ))
    return EspnSeasons(seasons, registry.named(), overlap, [espn_file(s) for s in ESPN_SEASONS])


class _Registry:
    """Known players by name key; hands each season's rows to their owners."""

    def __init__(self, known: Iterable[Skater]) -> None:
        self._by_name: dict[str, list[Skater]] = defaultdict(list)
        for skater in known:
            self._by_name[fold_name(skater.name)].append(skater)
        self._taken_ids = {s.player_id for group in self._by_name.values() for s in group}
        self._named: dict[str, Skater] = {}

    def named(self) -> list[Skater]:
        return list(self._named.values())

    def namesakes(self, row: Row) -> list[Skater]:
        return self._by_name.get(name_key(row.text("Name")), [])

    def record(self, row: Row, skater: Skater) -> None:
        skater.saw(row)
        self._named[skater.player_id] = skater

    def claim_season(self, rows: list[Row], season: int) -> Iterator[tuple[Row, Skater]]:
        """Every row with its owner: same class first, then the other class, then a new player."""
        busiest_first = sorted(rows, key=lambda r: -(r.number("GP") or 0))
        unclaimed: list[Row] = []
        for row in busiest_first:
            cls = position_class(row.text("POS"))
            skater = self._claim(row, season, {FORWARD, DEFENCE, GOALIE} if cls == UNKNOWN else {cls})
            if skater is None:
                unclaimed.append(row)
            else:
                yield row, skater
        for row in unclaimed:
            cls = position_class(row.text("POS"))
            skater = self._claim(row, season, {FORWARD, DEFENCE, UNKNOWN} - {cls}) or self._new(row, season)
            yield row, skater

    def _claim(self, row: Row, season: int, classes: set[str]) -> Skater | None:
        active = [s for s in self.namesakes(row)
                  if s.position_class in classes and 0 < season - s.last_season <= MAX_GAP]
        if not active:
            return None
        skater = min(active, key=lambda s: (-s.last_season, s.player_id))
        skater.last_season = season
        self.record(row, skater)
        return skater

    def _new(self, row: Row, season: int) -> Skater:
        """A player first seen in ESPN: ``nhl:espn-<name>``; a namesake's position class, then the
        season, are appended only where an earlier new player already holds the id."""
        key, cls = name_key(row.text("Name")), position_class(row.text("POS"))
        base = f"nhl:espn-{_SLUG.sub('-', key).strip('-')}"
        candidates = chain([base, f"{base}-{cls.lower() or 'x'}", f"{base}-{season}"],
                           (f"{base}-{season}-{n}" for n in count(2)))
        player_id = next(c for c in candidates if c not in self._taken_ids)
        self._taken_ids.add(player_id)
        skater = Skater(player_id, row.text("Name"), cls, season)
        self._by_name[key].append(skater)
        self.record(row, skater)
        return skater


def _season_rows(source: SourceReader, season: int) -> list[Row]:
    rows = list(read_rows(source, espn_file(season), ["Name", "POS", *SKATING_COLUMNS.values()]))
    for row in rows:
        if row.text("POS") not in ESPN_POSITIONS:
            raise SourceFileCorrupt(row.path, row.line, f"unknown position {row.text('POS')!r}")
        for column in SKATING_COLUMNS.values():
            row.count(column)  # a bad number fails here, before any row is claimed
    return rows


def _match_overlap(source: SourceReader, registry: _Registry, databank_seasons: Iterable[SeasonRow]) -> list[
        OverlapMatch]:
    """Match 2017-18 rows to that season's Databank players: identical GP, G, A first, then same class."""
    lines = {
        row.player_id: _line(row.stats)
        for row in databank_seasons
        if row.season == OVERLAP_SEASON and row.competition == "NHL"
    }
    matched: set[str] = set()
    matches: list[OverlapMatch] = []
    for row in _season_rows(source, OVERLAP_SEASON):
        espn_line = _line({stat: row.count(SKATING_COLUMNS[stat]) for stat in ("games", "goals", "assists")})
        cls = position_class(row.text("POS"))
        free = [s for s in registry.namesakes(row) if s.player_id in lines and s.player_id not in matched]
        free.sort(key=lambda s: (lines[s.player_id] != espn_line, s.position_class != cls, s.player_id))
        skater = free[0] if free else None
        if skater is not None:
            matched.add(skater.player_id)
            registry.record(row, skater)
        matches.append(OverlapMatch(row.text("Name"), row.text("POS"), skater.player_id if skater else None,
                                    skater is not None and lines[skater.player_id] == espn_line))
    return matches


def _line(stats: Mapping[str, float | None]) -> tuple[float | None, ...]:
    return stats.get("games"), stats.get("goals"), stats.get("assists")
