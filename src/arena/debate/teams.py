"""Team against team: club seasons compared on record, margin, and ratings against their league that year."""

from __future__ import annotations

from dataclasses import dataclass

from arena.debate.facts import SEASON, TEAM_GROUP, FactBook, team_entity
from arena.debate.measures import DOMINANCE, ERA, RECORD, Measure
from arena.nlu import TeamRef
from arena.stats import League, StatStore, TeamSeason, season_label


@dataclass
class TeamDossier:
    """One club season and every club of that league season (the yardstick)."""

    ref: TeamRef
    league: League
    season: TeamSeason | None
    rivals: list[TeamSeason]

    @property
    def id(self) -> str:
        return team_entity(self.league, self.ref.team, self.ref.season)

    @property
    def name(self) -> str:
        club = self.season.name if self.season else self.ref.name
        return f"{season_label(self.league, self.ref.season)} {club}"

    @property
    def short(self) -> str:
        club = self.season.name if self.season else self.ref.name
        return club.split()[-1] if club else self.name

    @property
    def has_data(self) -> bool:
        return self.season is not None and self.season.wins is not None


def load_team(store: StatStore, ref: TeamRef) -> TeamDossier:
    league = League(ref.league)
    rivals = store.team_seasons(league, season=ref.season)
    own = next((r for r in rivals if r.team == ref.team), None)
    return TeamDossier(ref=ref, league=league, season=own, rivals=rivals)


def _league_average(rivals: list[TeamSeason], key: str) -> float | None:
    values = [v for r in rivals if (v := r.stats.get(key)) is not None]
    return sum(values) / len(values) if values else None


def _win_pct(team: TeamSeason) -> float | None:
    if team.wins is None or team.losses is None:
        return None
    games = team.wins + team.losses + (team.ties or 0)
    return (team.wins + 0.5 * (team.ties or 0)) / games if games else None


def team_measures(book: FactBook, team: TeamDossier) -> list[Measure]:
    """Record (wins, winning percentage), margin (margin of victory, simple rating) and ratings against
    the league that season (as a multiple of the league average), each a fact of the club season."""
    if team.season is None:
        return []
    measures: list[Measure] = []

    def add(criterion: str, key: str, kind: str, stat: str, value: float | None, *,
            higher_is_better: bool = True) -> None:
        if value is None:
            return
        fact = book.add(team.id, TEAM_GROUP, stat, value, scope=SEASON, season=team.ref.season)
        measures.append(Measure(criterion, key, kind, stat, TEAM_GROUP, value, fact, higher_is_better))

    season = team.season
    add(RECORD, "wins", "team", "wins", float(season.wins) if season.wins is not None else None)
    add(RECORD, "win_pct", "team", "win_pct", _win_pct(season))
    for key in ("mov", "srs"):
        add(DOMINANCE, key, "team", key, season.stats.get(key))
    offense, defense = season.stats.get("o_rtg"), season.stats.get("d_rtg")
    league_offense, league_defense = _league_average(team.rivals, "o_rtg"), _league_average(team.rivals, "d_rtg")
    if offense and league_offense:
        add(ERA, "era:o_rtg", "era", "era:o_rtg", offense / league_offense)
    if defense and league_defense:
        add(ERA, "era:d_rtg", "era", "era:d_rtg", league_defense / defense)
    own_pct = _win_pct(season)
    if own_pct is not None:
        better = sum(1 for r in team.rivals if (p := _win_pct(r)) is not None and p > own_pct)
        add(ERA, "rank:win_pct", "rank", "rank:win_pct", float(better + 1), higher_is_better=False)
    return measures
