"""MLB awards (``AwardsPlayers``) and All-Star selections (``AllstarFull``)."""

from __future__ import annotations

import pandas as pd

from arena.stats.catalog import League
from arena.stats.importers.mlb_lahman import cell_text, lahman_table, require_columns
from arena.stats.model import Award

# Lahman award -> Arena award name. Weekly and monthly honours, the TSN and Baseball Magazine
# all-star teams and the "This Year in Baseball" fan awards are left out.
AWARD_NAMES: dict[str, str] = {
    "Most Valuable Player": "mvp",
    "Cy Young Award": "cy young",
    "Rookie of the Year": "rookie of the year",
    "Gold Glove": "gold glove",
    "Platinum Glove": "platinum glove",
    "Silver Slugger": "silver slugger",
    "SIlver Slugger": "silver slugger",  # upstream typo
    "Triple Crown": "triple crown",
    "Pitching Triple Crown": "pitching triple crown",
    "World Series MVP": "world series mvp",
    "ALCS MVP": "lcs mvp",
    "NLCS MVP": "lcs mvp",
    "All-Star Game MVP": "all-star game mvp",
    "All-MLB Team - First Team": "all-mlb team",
    "All-MLB Team - Second Team": "all-mlb team",
    "Comeback Player of the Year": "comeback player of the year",
    "Hank Aaron Award": "hank aaron award",
    "Roberto Clemente Award": "roberto clemente award",
    "Reliever of the Year Award": "reliever of the year",
    "Reliever of the Year": "reliever of the year",
    "Outstanding DH Award": "outstanding dh",
}
_TEAM_DETAIL = {"All-MLB Team - First Team": "1st team", "All-MLB Team - Second Team": "2nd team"}
ALL_STAR = "all-star"


def read_awards() -> list[Award]:
    # AwardsPlayers lists some All-MLB selections twice.
    return list(dict.fromkeys([*_awards(), *_all_star_selections()]))


def _awards() -> list[Award]:
    table = lahman_table("AwardsPlayers")
    require_columns(table, "AwardsPlayers", ["playerID", "awardID", "yearID", "lgID", "tie", "notes"])
    awards: list[Award] = []
    for player, award, year, league, tie, notes in zip(
            *(table[c].tolist() for c in ("playerID", "awardID", "yearID", "lgID", "tie", "notes")), strict=True):
        name = AWARD_NAMES.get(str(award))
        if name is None:
            continue
        tied = "tie" if cell_text(tie) == "Y" else None
        detail = [_TEAM_DETAIL.get(str(award)), cell_text(league), cell_text(notes), tied]
        awards.append(Award(player_id=f"mlb:{player}", league=League.MLB, season=int(year), award=name,
                            detail=", ".join(d for d in detail if d) or None))
    return awards


def _all_star_selections() -> list[Award]:
    """One per All-Star Game selection (two games a year in 1959-62, as the official counts have it)."""
    table = lahman_table("AllstarFull")
    require_columns(table, "AllstarFull", ["playerID", "yearID", "lgID", "startingPos"])
    return [
        Award(player_id=f"mlb:{player}", league=League.MLB, season=int(year), award=ALL_STAR,
              detail=f"{league}, starter" if not pd.isna(starting) else str(league))
        for player, year, league, starting in zip(
            *(table[c].tolist() for c in ("playerID", "yearID", "lgID", "startingPos")), strict=True)
    ]

