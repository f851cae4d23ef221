"""Turning command-line text into leagues, seasons and stats, with one clear error naming what was wrong.

Typer could validate leagues as an enum, but its usage errors span several lines; these parsers raise
Arena errors instead, which ``arena.cli.app.main`` prints as one line with close matches (exit code 2).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence

from arena.stats import League, UnknownLeague, UnknownSeason, league_spec, season_label

__all__ = ["parse_league", "parse_leagues", "parse_season", "seasons_text"]

_SEASON = re.compile(r"(?P<start>\d{4})(?:\s*[-/]\s*(?P<end>\d{2}|\d{4}))?")


def parse_league(text: str) -> League:
    """``"NBA"``/``"nba"`` -> :class:`League`; raises ``UnknownLeague``."""
    try:
        return League(text.strip().lower())
    except ValueError:
        known = [league.value for league in League]
        raise UnknownLeague(
            f"unknown league {text!r}: Arena has {', '.join(known)}",
            difflib.get_close_matches(text.lower(), known, n=3, cutoff=0.6),
        ) from None


def parse_leagues(texts: Sequence[str] | None) -> list[League]:
    """The leagues named (each once, in the catalogue's order), or all four when none are."""
    if not texts:
        return list(League)
    wanted = {parse_league(text) for text in texts}
    return [league for league in League if league in wanted]


def parse_season(text: str, league: League) -> int:
    """A season as the league's reference sites number it: ``"2016"``, ``"2015-16"`` or ``"2015-2016"``.

    NBA and NHL seasons take the year they end (2015-16 is 2016); NFL and MLB the year they start.
    Raises ``UnknownSeason`` for text that is not a season.
    """
    match = _SEASON.fullmatch(text.strip())
    if match is None:
        raise UnknownSeason(f"season {text!r} is not a year (2016) or a season label (2015-16)")
    start = int(match["start"])
    if match["end"] is None:
        return start
    end_text = match["end"]
    end = int(end_text) if len(end_text) == 4 else (start // 100) * 100 + int(end_text)
    if end < start:
        end += 100  # "1999-00"
    if end != start + 1:
        raise UnknownSeason(f"season {text!r} is not a season label: its years must be consecutive")
    return end if league_spec(league).season_ends_in_year else start


def seasons_text(league: League, seasons: Iterable[int]) -> str:
    """Seasons as runs of labels: ``1984-85 to 1992-93, 1994-95 to 1997-98``."""
    ordered = sorted(set(seasons))
    runs: list[tuple[int, int]] = []
    for season in ordered:
        if runs and season == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], season)
        else:
            runs.append((season, season))
    return ", ".join(
        season_label(league, first) if first == last
        else f"{season_label(league, first)} to {season_label(league, last)}"
        for first, last in runs
    )

