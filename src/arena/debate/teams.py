"""Team against team: club seasons compared on record, margin, and ratings against their league that year."""

from __future__ import annotations

from dataclasses import dataclass

from arena.debate.facts import SEASON, TEAM_GROUP, FactBook, team_entity
from arena.debate.measures import ACCOLADES, DOMINANCE, ERA, FOCUS, RECORD, Measure
from arena.nlu import TeamRef
from arena.stats import Championship, League, StatStore, TeamSeason, season_label

OFFENSE, DEFENSE = "offense", "defense"
# Each side of the ball's rating against the league that season, by the stats a league's team seasons keep:
# ratings per 100 possessions (the NBA's), else points per game (the NFL's). Index key -> (stat, per game,
# whether more is better).
_SIDE_INDEXES: dict[str, tuple[tuple[str, str, bool], ...]] = {
    OFFENSE: (("era:o_rtg", "o_rtg", True), ("era:points_scored", "points_for", True)),
    DEFENSE: (("era:d_rtg", "d_rtg", False), ("era:points_allowed", "points_against", False)),
}

_SEASON_TOTALS = frozenset({"points_for", "points_against"})


@dataclass
class TeamDossier:
    """One club season, every club of its league and competition that season (the yardstick), and the
    league's titles that season."""

    ref: TeamRef
    league: League
    season: TeamSeason | None
    rivals: list[TeamSeason]
    titles: list[Championship]

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
    def schedule(self) -> int | None:
        """The club's games that season, None where the record is not known."""
        season = self.season
        if season is None or season.wins is None or season.losses is None:
            return None
        return season.wins + season.losses + (season.ties or 0)

    @property
    def has_data(self) -> bool:
        return self.season is not None and self.season.wins is not None


def load_team(store: StatStore, ref: TeamRef) -> TeamDossier:
    league = League(ref.league)
    clubs = store.team_seasons(league, season=ref.season)
    own = next((r for r in clubs if r.team == ref.team), None)
    # The AFL's clubs of 1966-69 against the AFL, as the AL's against the AL.
    rivals = [r for r in clubs if own is None or r.competition == own.competition]
    titles = store.champions(league, season=ref.season)
    return TeamDossier(ref=ref, league=league, season=own, rivals=rivals, titles=titles)


def _per_game(team: TeamSeason, key: str) -> float | None:
    """A season total per game where the club season keeps totals with its games (the NFL's points), else
    the stat as kept (the NBA's ratings are rates already)."""
    value, games = team.stats.get(key), team.stats.get("games")
    if value is None or key not in _SEASON_TOTALS:
        return value
    return value / games if games else None


def _league_average(rivals: list[TeamSeason], key: str) -> float | None:
    values = [v for r in rivals if (v := _per_game(r, key)) is not None]
    return sum(values) / len(values) if values else None


def _win_pct(team: TeamSeason) -> float | None:
    if team.wins is None or team.losses is None:
        return None
    games = team.wins + team.losses + (team.ties or 0)
    return (team.wins + 0.5 * (team.ties or 0)) / games if games else None


def team_measures(book: FactBook, team: TeamDossier, side: str | None = None) -> list[Measure]:
    """Record (wins, winning percentage), margin (margin of victory, simple rating), ratings against the
    league that season (as a multiple of the league average) and the titles won, each a fact of the club
    season; ``side`` (offense or defense), the side of the ball the question asks about, whose rating is
    then the stat in question."""
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
    for of_ball, indexes in _SIDE_INDEXES.items():
        for index, key, more_is_better in indexes:
            own, league = _per_game(season, key), _league_average(team.rivals, key)
            if own and league:
                add(FOCUS if of_ball == side else ERA, index, "era", index,
                    own / league if more_is_better else league / own)
    own_pct = _win_pct(season)
    if own_pct is not None:
        better = sum(1 for r in team.rivals if (p := _win_pct(r)) is not None and p > own_pct)
        add(ERA, "rank:win_pct", "rank", "rank:win_pct", float(better + 1), higher_is_better=False)
    if team.titles:  # the store knows who won the league's titles that season
        add(ACCOLADES, "titles_won", "team", "titles_won",
            float(sum(t.champion == team.ref.team for t in season_titles(team.titles))))
    return measures


def season_titles(titles: list[Championship]) -> list[Championship]:
    """The titles that end a season: not one whose winner went on to a final between two of the season's
    champions (the NFL and AFL championships of 1966-69, before the Super Bowl); parallel leagues' titles (the
    NBA's and the ABA's) each end their season."""
    def won_another(club: str | None, title: Championship) -> bool:
        return any(other is not title and other.champion == club for other in titles)

    finals = [t for t in titles if won_another(t.champion, t) and won_another(t.runner_up, t)]
    return [t for t in titles if not any(t is not final and t.champion in (final.champion, final.runner_up)
                                         for final in finals)]
