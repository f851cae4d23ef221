"""A season as a person types it, read into a league's season number: the one reading the command line and the
HTTP API share, so ``--from 2009-10`` and ``?from_season=2009-10`` mean the same season.

NBA and NHL seasons are numbered by the year they end (2015-16 is 2016), NFL and MLB by the year they are
played (2015-16 is 2015). A two-digit year ("'09", "09-10") is 20yy unless that is after the season after the
last one the store holds for the league (``held``; without one, next year), else 19yy: the rule the question
parser applies before a player's career can move it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from arena.errors import echo
from arena.stats.errors import UnknownSeason
from arena.stats.leagues import League, league_spec

__all__ = ["SEASON_FORMS", "expand_two_digit", "is_season_text", "parse_season"]

# "2016", "2015-16", "2015-2016", "2015/16", "'16", "16", "'15-'16", "15-16": any apostrophe, hyphen or dash.
_SEASON = re.compile(r"\s*['’‘`]?(?P<start>\d{4}|\d{2})(?:\s*[-–—/]\s*['’‘`]?(?P<end>\d{4}|\d{2}))?\s*")
SEASON_FORMS = "a year (2016), a season label (2015-16) or a two-digit year ('16)"


def expand_two_digit(yy: int, latest: int) -> int:
    """'96 -> 1996, '16 -> 2016: the 2000s year unless it is after ``latest``."""
    return 2000 + yy if 2000 + yy <= latest else 1900 + yy


def is_season_text(text: str) -> bool:
    """Whether ``text`` has one of the forms :func:`parse_season` reads: an API refuses any other as a malformed
    field, before it asks the store anything."""
    return _SEASON.fullmatch(text) is not None


def parse_season(text: str, league: League, *, held: tuple[int, int] | None) -> int:
    """``league``'s season number for ``text`` (see the module docstring); raises ``UnknownSeason`` naming the
    forms it takes when ``text`` is none of them, or names two years that are not consecutive."""
    match = _SEASON.fullmatch(text)
    if match is None:
        raise UnknownSeason(f"season {echo(text)} is not {SEASON_FORMS}")
    start_text, end_text = match["start"], match["end"]
    latest = (held[1] if held is not None else datetime.now(UTC).year) + 1
    start = int(start_text) if len(start_text) == 4 else expand_two_digit(int(start_text), latest)
    if end_text is None:
        return start
    end = int(end_text) if len(end_text) == 4 else (start // 100) * 100 + int(end_text)
    if end < start and len(end_text) == 2:
        end += 100  # "1999-00"
    if end != start + 1:
        raise UnknownSeason(f"season {echo(text)} is not a season label: its years must be consecutive (2015-16)")
    return end if league_spec(league).season_ends_in_year else start
