"""Honours no upstream file holds, curated as data in the package, each row naming its public reference.

``curated_awards.json``: NHL trophies 2018-19 to 2024-25 (the Hockey Databank's awards end with 2017-18:
Hart, Vezina, Norris, Art Ross, Rocket Richard, Calder, Conn Smythe, Ted Lindsay, Selke) and the AP NFL
MVP 1970-2024 (no NFL source here has awards). ``curated_hall_of_fame.json``: members of the Pro Football
Hall of Fame among the players the NFL files cover (the NFL sources have no Hall of Fame flag); ``played``
is a span of seasons within his career, only to tell namesakes apart.

Rows name players as fans write them; a row finds its player by name (case, accents and punctuation
folded, variants included) among those who played in that season or span (or whose seasons stop where
a known hole of the league begins). A row that finds nobody, or
more than one, is not stored: :func:`curated_awards` and :func:`hall_of_famers` return those rows too,
so a test can say what could not be matched (Igor Shesterkin's Vezina: the store has no goalie seasons
after 2017-18, so it has no Shesterkin).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache

from arena.stats.catalog import League
from arena.stats.importers.curated import CuratedRow, read_curated
from arena.stats.leagues import league_spec
from arena.stats.model import Award, Player
from arena.text import strip_accents

AWARDS_FILE = "curated_awards.json"
HALL_OF_FAME_FILE = "curated_hall_of_fame.json"


class CuratedAward(CuratedRow):
    """One row of ``curated_awards.json``: ``season`` as the store numbers it (2019 is 2018-19 in the NHL)."""

    season: int
    award: str
    player: str
    detail: str | None = None  # "shared" for co-winners


class CuratedHallOfFamer(CuratedRow):
    """One row of ``curated_hall_of_fame.json``."""

    player: str
    played: tuple[int, int]


@cache
def curated_award_rows() -> tuple[CuratedAward, ...]:
    return read_curated(AWARDS_FILE, CuratedAward)


@cache
def curated_hall_of_fame_rows() -> tuple[CuratedHallOfFamer, ...]:
    return read_curated(HALL_OF_FAME_FILE, CuratedHallOfFamer)


def name_key(name: str) -> str:
    """``"Ryan O'Reilly"``, ``"Ryan OReilly"`` and ``"ryan o'reilly"`` share one key."""
    return "".join(c for c in strip_accents(name).lower() if c.isalnum())


class _Roster:
    """A league's players by name key, each with the seasons he played.

    A player whose seasons end where a known hole of the league begins (an NHL goalie in 2017-18) may
    have played on where no source follows him, so his seasons are open-ended for matching.
    """

    def __init__(self, league: League, players: Iterable[Player]) -> None:
        self._by_name: dict[str, list[Player]] = defaultdict(list)
        self._open_after = {hole.after for hole in league_spec(league).known_holes if hole.after is not None}
        for player in players:
            for name in dict.fromkeys((player.name, *player.name_variants)):
                self._by_name[name_key(name)].append(player)

    def find(self, name: str, first: int, last: int) -> Player | None:
        """The one player of that name whose seasons overlap ``first``..``last``; None for none or several."""
        fits = {p.id: p for p in self._by_name.get(name_key(name), ()) if self._played(p, first, last)}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _played(self, player: Player, first: int, last: int) -> bool:
        if player.first_season is None or player.last_season is None:
            return False
        open_ended = player.last_season in self._open_after
        return player.first_season <= last and (first <= player.last_season or open_ended)


def curated_awards(league: League, players: Sequence[Player]) -> tuple[list[Award], list[CuratedAward]]:
    """The league's curated awards as stored awards, and the rows no single player matched."""
    roster = _Roster(league, players)
    awards: list[Award] = []
    unmatched: list[CuratedAward] = []
    for row in curated_award_rows():
        if row.league != league:
            continue
        player = roster.find(row.player, row.season, row.season)
        if player is None:
            unmatched.append(row)
            continue
        awards.append(Award(player_id=player.id, league=league, season=row.season, award=row.award,
                            detail=row.detail))
    return awards, unmatched


def hall_of_famers(league: League, players: Sequence[Player]) -> tuple[set[str], list[CuratedHallOfFamer]]:
    """Ids of the league's curated Hall of Famers, and the rows no single player matched."""
    roster = _Roster(league, players)
    found: set[str] = set()
    unmatched: list[CuratedHallOfFamer] = []
    for row in curated_hall_of_fame_rows():
        if row.league != league:
            continue
        player = roster.find(row.player, *row.played)
        if player is None:
            unmatched.append(row)
        else:
            found.add(player.id)
    return found, unmatched
