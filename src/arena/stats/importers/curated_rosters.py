"""Places on a champion's postseason roster that no source records, curated as data in the package
(``curated_rosters.json``), each row naming its public reference.

The Lahman tables record who played a postseason game, not who was on the roster without playing. A
player on the roster all season who played little and sat out the Series (Sandy Koufax, a "bonus baby"
the Bonus Rule kept on Brooklyn's roster in 1955) has the signature in the data of a rookie sent down after
a few games (Lou Gehrig's 13 of 1923, recalled in September and left off the Series roster), so only the
roster tells them apart: a row here counts as a postseason appearance (see :mod:`arena.stats.titles`).
"""

from __future__ import annotations

from arena.stats.catalog import League
from arena.stats.importers.curated import CuratedRow, read_curated

ROSTERS_FILE = "curated_rosters.json"


class CuratedRosterPlace(CuratedRow):
    """One row of ``curated_rosters.json``: the player's id in the store, as fans write his name too."""

    season: int
    team: str
    player_id: str
    player: str


def curated_roster_places(league: League) -> list[tuple[str, int]]:
    """(player id, season) of the league's curated postseason roster places."""
    return [(row.player_id, row.season) for row in read_curated(ROSTERS_FILE, CuratedRosterPlace)
            if row.league == league]
