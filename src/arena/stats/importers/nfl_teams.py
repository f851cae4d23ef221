"""NFL club codes: Pro-Football-Reference's and nflverse's, brought to one spelling per era.

Arena writes the common short codes with the city of the day (``NE``, ``GB``, ``STL`` for the Rams of
1995-2015, ``OAK``, ``SD``); clubs older than the nflverse data keep PFR's code (``RAM``, ``RAI``, ``PHO``,
``BOS``). Matching PFR rows to nflverse rows compares franchises, since nflverse writes today's code
for every season (``LA`` for the St. Louis Rams).
"""

from __future__ import annotations

# PFR multi-team rows ("2TM", "3TM", ...) name no club.
MULTI_TEAM_SUFFIX = "TM"

_PFR_TO_ERA = {
    "NOR": "NO", "GNB": "GB", "KAN": "KC", "SFO": "SF", "NWE": "NE", "TAM": "TB", "SDG": "SD",
    "LVR": "LV", "LAR": "LA",
}

# Only valid from 1999 on, where the two sources overlap (STL and HOU meant other clubs before).
_ERA_TO_FRANCHISE = {"SD": "LAC", "STL": "LA", "OAK": "LV"}

# nflverse code -> (last season under the old city, code of that city).
_RELOCATIONS = {"LA": (2015, "STL"), "LV": (2019, "OAK"), "LAC": (2016, "SD")}


# Full club name of the time (Super Bowl results, NFL.com's pages) -> PFR code, for the clubs since 1970.
PFR_CODE_OF_CLUB = {
    "Arizona Cardinals": "ARI", "Atlanta Falcons": "ATL", "Baltimore Colts": "BAL", "Baltimore Ravens": "BAL",
    "Buffalo Bills": "BUF", "Carolina Panthers": "CAR", "Chicago Bears": "CHI", "Cincinnati Bengals": "CIN",
    "Cleveland Browns": "CLE", "Dallas Cowboys": "DAL", "Denver Broncos": "DEN", "Detroit Lions": "DET",
    "Green Bay Packers": "GNB", "Houston Oilers": "HOU", "Houston Texans": "HOU", "Indianapolis Colts": "IND",
    "Jacksonville Jaguars": "JAX", "Kansas City Chiefs": "KAN", "Los Angeles Chargers": "LAC",
    "Los Angeles Raiders": "RAI", "Miami Dolphins": "MIA", "Minnesota Vikings": "MIN",
    "New England Patriots": "NWE", "New Orleans Saints": "NOR", "New York Giants": "NYG", "New York Jets": "NYJ",
    "Oakland Raiders": "OAK", "Philadelphia Eagles": "PHI", "Phoenix Cardinals": "PHO",
    "Pittsburgh Steelers": "PIT", "San Diego Chargers": "SDG", "San Francisco 49ers": "SFO",
    "Seattle Seahawks": "SEA", "St. Louis Cardinals": "STL", "St. Louis Rams": "STL",
    "Tampa Bay Buccaneers": "TAM", "Tennessee Oilers": "TEN", "Tennessee Titans": "TEN",
    "Washington Redskins": "WAS", "Washington Football Team": "WAS", "Washington Commanders": "WAS",
    "Las Vegas Raiders": "LVR", "Boston Patriots": "BOS",
}
# The Rams played in Los Angeles twice: PFR writes the first stay RAM, the second LAR.
LOS_ANGELES_RAMS = "Los Angeles Rams"
LAST_SEASON_OF_FIRST_LOS_ANGELES_RAMS = 1994


def era_code_of_club(name: str, season: int) -> str | None:
    """The era code of a club written in full, from 1970 on; None for a name not known then."""
    if name == LOS_ANGELES_RAMS:
        return "RAM" if season <= LAST_SEASON_OF_FIRST_LOS_ANGELES_RAMS else era_code_from_pfr("LAR")
    pfr = PFR_CODE_OF_CLUB.get(name)
    return None if pfr is None else era_code_from_pfr(pfr)


def is_multi_team(pfr_code: str) -> bool:
    return pfr_code[:1].isdigit() and pfr_code.endswith(MULTI_TEAM_SUFFIX)


def era_code_from_pfr(pfr_code: str) -> str:
    return _PFR_TO_ERA.get(pfr_code, pfr_code)


def era_code_from_nflverse(code: str, season: int) -> str:
    moved = _RELOCATIONS.get(code)
    if moved is not None and season <= moved[0]:
        return moved[1]
    return code


def era_code_from_nflcom(code: str) -> str:
    """NFL.com writes the Rams ``LAR``; everything else as nflverse does."""
    return "LA" if code == "LAR" else code


def franchise(era_code: str) -> str:
    """The nflverse code of the club an era code (1999 or later) names."""
    return _ERA_TO_FRANCHISE.get(era_code, era_code)
