"""What the parser keeps of each player: identity, roles, a fame prior and a one-line career summary.

The fame prior is computed from the stat store alone: career volume against the league's leaders,
career length, awards and selections, and the Hall of Fame. It is what makes "Jordan" Michael Jordan
rather than DeAndre Jordan. Leagues whose sources carry no awards (the NFL here) are judged on volume
and length alone, so a prior means the same thing in every league.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from arena.nlu.stats_focus import Role
from arena.stats.catalog import League, StatLine
from arena.stats.model import PlayerProfile

# The counting stat that measures a career's volume in each group.
_VOLUME_STAT: dict[tuple[League, str], str] = {
    (League.NBA, "basketball"): "points",
    (League.NFL, "passing"): "passing_yards",
    (League.NFL, "rushing"): "rushing_yards",
    (League.NFL, "receiving"): "receiving_yards",
    (League.MLB, "batting"): "hits",
    (League.MLB, "pitching"): "outs_pitched",
    (League.NHL, "skating"): "points",
    (League.NHL, "goaltending"): "wins",
}
_REFERENCE_RANK = 5  # volume is measured against the 5th-best career, so the very top all score 1
_FULL_CAREER_SEASONS = 15
_NFL_QB, _NFL_RB, _NFL_WR = frozenset({"QB"}), frozenset({"RB", "FB", "HB"}), frozenset({"WR", "TE"})


@dataclass(frozen=True, slots=True)
class PlayerEntry:
    """One player as the name index knows them."""

    id: str
    name: str
    league: League
    first_season: int | None
    last_season: int | None
    roles: tuple[Role, ...]
    fame: float  # 0..1
    summary: str
    variants: tuple[str, ...] = ()

    @property
    def years(self) -> str:
        if self.first_season is None or self.last_season is None:
            return ""
        if self.first_season == self.last_season:
            return str(self.first_season)
        return f"{self.first_season}-{self.last_season}"


@dataclass(frozen=True, slots=True)
class _Raw:
    volumes: dict[str, float]
    seasons: int
    awards: float
    hall_of_fame: bool


# Season MVPs weigh most; All-Star picks, All-League teams and the major trophies next; the rest little.
_MVP_AWARDS = frozenset({"mvp", "nba mvp", "aba mvp", "wha mvp", "hart", "cy young"})
_MAJOR_AWARDS = frozenset({
    "all-star", "all-nba", "all-aba", "all-baa", "all-mlb team", "all-star team", "all-pro", "art ross",
    "vezina", "norris", "conn smythe", "world series mvp", "nba dpoy", "ted lindsay", "rocket richard",
})


def _award_weight(award: str) -> float:
    if award in _MVP_AWARDS:
        return 3.0
    if award in _MAJOR_AWARDS:
        return 1.0
    if "rookie" in award or award.endswith("roy") or award == "calder":
        return 0.0
    return 0.5


def _value(line: StatLine | None, key: str) -> float:
    value = line.get(key) if line else None
    return float(value) if value is not None else 0.0


def roles_of(league: League, positions: Iterable[str], career: Mapping[str, StatLine]) -> tuple[Role, ...]:
    """The roles a player's numbers belong to, the main one first (a two-way player has two)."""
    positions = {p.upper() for p in positions}
    if league is League.NBA:
        return ("any",)
    if league is League.NHL:
        skating, goaltending = career.get("skating"), career.get("goaltending")
        if "G" in positions or _value(goaltending, "games") > _value(skating, "games") / 2:
            return ("goalie",)
        return ("skater",)
    if league is League.MLB:
        batting, pitching = career.get("batting"), career.get("pitching")
        pitched, batted = _value(pitching, "games"), _value(batting, "games")
        if pitched and pitched >= batted / 2:
            return ("pitcher",)
        if pitched >= 50 and _value(batting, "at_bats") >= 1000:
            return ("batter", "pitcher")
        return ("batter",)
    for role, codes in (("qb", _NFL_QB), ("rb", _NFL_RB), ("wr", _NFL_WR)):
        if positions & codes:
            return (role,)  # type: ignore[return-value]
    yards = {
        "qb": _value(career.get("passing"), "passing_yards") / 2,
        "rb": _value(career.get("rushing"), "rushing_yards"),
        "wr": _value(career.get("receiving"), "receiving_yards"),
    }
    best = max(yards, key=lambda role: yards[role])
    return (best,) if yards[best] else ("any",)  # type: ignore[return-value]


def _fmt(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return "?"
    if decimals:
        text = f"{value:.{decimals}f}"
        return text[1:] if text.startswith("0.") else text
    return f"{value:,.0f}"


def _stat_phrase(league: League, role: Role, career: Mapping[str, StatLine]) -> str:
    def get(group: str, key: str) -> float | None:
        line = career.get(group)
        return line.get(key) if line else None

    if league is League.NBA:
        return (f"{_fmt(get('basketball', 'points_per_game'), 1)} pts, "
                f"{_fmt(get('basketball', 'rebounds_per_game'), 1)} reb, "
                f"{_fmt(get('basketball', 'assists_per_game'), 1)} ast per game")
    if role == "goalie":
        return (f"{_fmt(get('goaltending', 'wins'))} wins, {_fmt(get('goaltending', 'save_pct'), 3)} save pct, "
                f"{_fmt(get('goaltending', 'shutouts'))} shutouts")
    if league is League.NHL:
        return (f"{_fmt(get('skating', 'games'))} games, {_fmt(get('skating', 'goals'))} goals, "
                f"{_fmt(get('skating', 'assists'))} assists, {_fmt(get('skating', 'points'))} points")
    if role == "pitcher":
        return (f"{_fmt(get('pitching', 'wins'))}-{_fmt(get('pitching', 'losses'))}, "
                f"{_fmt(get('pitching', 'era'), 2)} ERA, {_fmt(get('pitching', 'strikeouts'))} strikeouts")
    if league is League.MLB:
        return (f"{_fmt(get('batting', 'batting_avg'), 3)} avg, {_fmt(get('batting', 'home_runs'))} HR, "
                f"{_fmt(get('batting', 'hits'))} hits")
    if role == "qb":
        return (f"{_fmt(get('passing', 'passing_yards'))} passing yards, "
                f"{_fmt(get('passing', 'passing_tds'))} TD passes")
    if role == "rb":
        return (f"{_fmt(get('rushing', 'rushing_yards'))} rushing yards, "
                f"{_fmt(get('rushing', 'rushing_tds'))} rushing TDs")
    return (f"{_fmt(get('receiving', 'receptions'))} catches, "
            f"{_fmt(get('receiving', 'receiving_yards'))} receiving yards")


def _award_label(award: str) -> str:
    if award == "all-star":
        return "All-Star"
    words = award.split()
    return " ".join(w.upper() if w in ("mvp", "nba", "aba", "wha") else w.capitalize() for w in words)


def _honours(award_counts: Mapping[str, int], hall_of_fame: bool) -> str:
    parts = [f"{count}x {_award_label(award)}"
             for award, count in sorted(award_counts.items(), key=lambda item: -_award_weight(item[0]))
             if count and (_award_weight(award) >= 3 or award == "all-star")]
    if hall_of_fame:
        parts.append("Hall of Fame")
    return ", ".join(parts)


def summarise(profile: PlayerProfile, roles: tuple[Role, ...]) -> str:
    """A one-line career summary: "NBA 1985-2003, 15 seasons: 30.1 pts, ...; 14x All-Star, Hall of Fame"."""
    player = profile.player
    years = f"{player.first_season}-{player.last_season}" if player.first_season else "no seasons"
    seasons = f"{profile.seasons} season{'s' if profile.seasons != 1 else ''}"
    line = f"{player.league.value.upper()} {years}, {seasons}: {_stat_phrase(player.league, roles[0], profile.career)}"
    honours = _honours(profile.award_counts, player.hall_of_fame)
    return f"{line}; {honours}" if honours else line


class FameBuilder:
    """Collects profiles one at a time, then scores every player against their league's leaders."""

    def __init__(self) -> None:
        self._pending: list[tuple[PlayerEntry, _Raw]] = []

    def add(self, profile: PlayerProfile) -> None:
        player = profile.player
        roles = roles_of(player.league, player.positions, profile.career)
        volumes = {group: _value(line, stat) for (league, group), stat in _VOLUME_STAT.items()
                   if league is player.league and (line := profile.career.get(group))}
        awards = sum(_award_weight(award) * count for award, count in profile.award_counts.items())
        entry = PlayerEntry(
            id=player.id, name=player.name, league=player.league, first_season=player.first_season,
            last_season=player.last_season, roles=roles, fame=0.0, summary=summarise(profile, roles),
            variants=player.name_variants,
        )
        self._pending.append((entry, _Raw(volumes, profile.seasons, awards, player.hall_of_fame)))

    def _references(self) -> tuple[dict[tuple[League, str], float], dict[League, float], set[League]]:
        by_group: dict[tuple[League, str], list[float]] = {}
        by_league_awards: dict[League, list[float]] = {}
        with_hall: set[League] = set()
        for entry, raw in self._pending:
            for group, volume in raw.volumes.items():
                by_group.setdefault((entry.league, group), []).append(volume)
            by_league_awards.setdefault(entry.league, []).append(raw.awards)
            if raw.hall_of_fame:
                with_hall.add(entry.league)

        def reference(values: list[float]) -> float:
            top = heapq.nlargest(_REFERENCE_RANK, values)
            return top[-1] if top else 0.0

        return ({key: reference(v) for key, v in by_group.items()},
                {league: reference(v) for league, v in by_league_awards.items()}, with_hall)

    def build(self) -> list[PlayerEntry]:
        """Every collected player with their fame prior filled in."""
        volume_ref, award_ref, with_hall = self._references()
        return [replace(entry, fame=round(self._fame(entry.league, raw, volume_ref, award_ref, with_hall), 4))
                for entry, raw in self._pending]

    @staticmethod
    def _fame(league: League, raw: _Raw, volume_ref: Mapping[tuple[League, str], float],
              award_ref: Mapping[League, float], with_hall: set[League]) -> float:
        volume = max((math.sqrt(min(1.0, max(v, 0.0) / ref)) for group, v in raw.volumes.items()
                      if (ref := volume_ref.get((league, group), 0.0)) > 0), default=0.0)
        length = min(1.0, raw.seasons / _FULL_CAREER_SEASONS)
        awards_ref = award_ref.get(league, 0.0)
        if awards_ref <= 0:
            # Without awards, volume alone separates the great from the good: keep it linear.
            return 0.75 * volume**2 + 0.25 * length
        awards = min(1.0, raw.awards / awards_ref)
        hall_weight = 0.20 if league in with_hall else 0.0
        hall = 1.0 if raw.hall_of_fame else 0.0
        return (0.30 * volume + 0.10 * length + 0.40 * awards + hall_weight * hall) / (0.80 + hall_weight)
