"""Turning command-line text into leagues and season lists, with one clear error naming what was wrong (a season
itself is read by ``arena.stats.parse_season``, which the HTTP API shares).

Typer could validate leagues as an enum, but its usage errors span several lines; these parsers raise
Arena errors instead, which ``arena.cli.app.main`` prints as one line with close matches (exit code 2).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

from arena.errors import echo
from arena.stats import League, UnknownLeague, season_label

__all__ = ["parse_league", "parse_leagues", "seasons_text"]


def parse_league(text: str) -> League:
    """``"NBA"``/``"nba"`` -> :class:`League`; raises ``UnknownLeague``."""
    try:
        return League(text.strip().lower())
    except ValueError:
        known = [league.value for league in League]
        raise UnknownLeague(
            f"unknown league {echo(text)}: Arena has {', '.join(known)}",
            difflib.get_close_matches(text.lower(), known, n=3, cutoff=0.6),
        ) from None


def parse_leagues(texts: Sequence[str] | None) -> list[League]:
    """The leagues named (each once, in the catalogue's order), or all four when none are."""
    if not texts:
        return list(League)
    wanted = {parse_league(text) for text in texts}
    return [league for league in League if league in wanted]


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

