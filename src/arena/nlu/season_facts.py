"""Seasons a fan names by what happened in them: "his MVP year", "his first championship season", "Bonds's
73-homer season", "Jordan's last season with the Bulls", "the year after the lockout".

The stat store says which: the awards he won, the titles of the teams he finished a season with, the finals his
teams reached, his season totals, and which clubs he played for each season (the roster index). What is read
from the store is kept here at index build, so a parse asks nothing of it. Season totals are kept for the
league's best seasons in each counting stat only: a fan names a season by a number when the number is famous.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import NamedTuple

from arena.nlu.entries import PlayerEntry
from arena.nlu.packed import Packed
from arena.nlu.seasons import SeasonEvent
from arena.nlu.stats_focus import concept_of
from arena.stats import LEAGUES, Championship, Honour, League, SeasonTotal, StatStore, league_spec

# The phrase a fan names a season by -> the store's names of that award, in every league that has one.
AWARD_NAMES: dict[str, frozenset[str]] = {
    phrase: frozenset(names) for phrase, names in {
        "mvp": ("nba mvp", "aba mvp", "mvp", "nfl mvp", "hart", "wha mvp"),
        "hart": ("hart",),
        "cy young": ("cy young",),
        "rookie of the year": ("nba roy", "aba roy", "rookie of the year", "calder", "wha rookie"),
        "roy": ("nba roy", "aba roy", "rookie of the year", "calder", "wha rookie"),
        "calder": ("calder",),
        "dpoy": ("nba dpoy",),
        "defensive player of the year": ("nba dpoy",),
        "art ross": ("art ross",),
        "norris": ("norris",),
        "vezina": ("vezina",),
        "conn smythe": ("conn smythe",),
        "rocket richard": ("rocket richard",),
        "ted lindsay": ("ted lindsay",),
        "selke": ("selke",),
        "sixth man": ("nba smoy",),
        "sixth man of the year": ("nba smoy",),
        "most improved": ("nba mip",),
    }.items()
}
# Counting stats fans name a season by ("73-homer", "92-goal", "2,000-yard"), as stats_focus concepts.
_FEAT_CONCEPTS = ("points", "goals", "assists", "rebounding", "steals", "touchdowns", "yards", "passing_tds",
                  "passing_yards", "rushing", "receiving", "receptions", "home_runs", "hits", "rbi", "strikeouts",
                  "wins", "saves")
_TOP_SEASONS = 2000  # each counting stat's best seasons per league kept: the ones a number names
# A number under a tenth of his best season's total is a game's ("Wilt's 100-point season", "Kobe's 81-point
# season"): the store keeps no game logs, so the season he totalled most is the nearest it can show.
_GAME_SHARE = 0.1
# A round number of a stat ("50-goal", "2,000-yard") names a milestone a season passed, by less than half again:
# a 92-goal season is more than a 50-goal one.
_ROUND = 10
_PASSED = 1.5
_UNANIMOUS = "share 1.000"  # the award's vote detail when every first-place vote was his


def _is_count(key: str) -> bool:
    return not key.endswith(("_per_game", "_pct", "_per_nine"))


def feat_stats(league: League) -> list[tuple[str, str]]:
    """The (group, key) pairs of ``league`` whose best seasons are kept."""
    concepts = LEAGUES[league].concepts
    pairs = {pair for concept in _FEAT_CONCEPTS for pairs in concepts.get(concept, {}).values() for pair in pairs
             if _is_count(pair[1])}
    return sorted(pairs)


# Whether a player played for a club (a store team code) in a season: the roster index answers.
PlayedFor = Callable[[PlayerEntry, str, int], bool]


class _Facts(NamedTuple):
    awards: dict[str, tuple[tuple[int, str, str | None], ...]]  # player id -> (season, award, detail)
    titles: dict[str, tuple[int, ...]]  # player id -> seasons his club won the title
    totals: dict[tuple[str, str, str], tuple[tuple[int, float], ...]]  # (player id, group, key) -> (season, total)
    finalists: dict[tuple[League, int], tuple[str, ...]]  # the clubs in each league's final


class SeasonFacts:
    """What the parser keeps to read a season named by an event: honours, finals and the best season totals."""

    def __init__(self, honours: Iterable[Honour] = (), totals: Iterable[tuple[str, str, SeasonTotal]] = (),
                 finals: Iterable[Championship] = ()) -> None:
        awards: defaultdict[str, list[tuple[int, str, str | None]]] = defaultdict(list)
        titles: defaultdict[str, set[int]] = defaultdict(set)
        for player_id, season, honour, detail, is_title in honours:
            if is_title:
                titles[player_id].add(season)
            else:
                awards[player_id].append((season, honour, detail))
        awarded = {player: tuple(sorted(rows)) for player, rows in awards.items()}
        won = {player: tuple(sorted(seasons)) for player, seasons in titles.items()}
        kept: defaultdict[tuple[str, str, str], list[tuple[int, float]]] = defaultdict(list)
        for group, key, (player_id, season, value) in totals:
            kept[player_id, group, key].append((season, value))
        totalled = {at: tuple(rows) for at, rows in kept.items()}
        finalists: defaultdict[tuple[League, int], list[str]] = defaultdict(list)
        for final in finals:
            finalists[final.league, final.season].extend(
                team for team in (final.champion, final.runner_up) if team is not None)
        # Saved packed, decoded when a question first names a season by its event (most name none).
        self._packed = Packed(_Facts(awarded, won, totalled, {at: tuple(teams) for at, teams in finalists.items()}))

    @property
    def _facts(self) -> _Facts:
        return self._packed.value

    @classmethod
    def from_store(cls, store: StatStore, leagues: Iterable[League]) -> SeasonFacts:
        leagues = list(leagues)
        honours = [honour for league in leagues for honour in store.iter_honours(league)]
        totals = [(group, key, row) for league in leagues for group, key in feat_stats(league)
                  for row in store.iter_top_seasons(league, group, key, limit=_TOP_SEASONS)]
        finals = [final for league in leagues for final in store.champions(league)]
        return cls(honours, totals, finals)

    def award_seasons(self, entry: PlayerEntry, event: SeasonEvent) -> list[int]:
        """The seasons he won the award; all of them when he won it more than once and no ordinal or "unanimous"
        picks one: "LeBron's MVP year" does not say which, and every one answers it."""
        names = AWARD_NAMES.get(event.award or "", frozenset())
        seasons = {season for season, award, detail in self._facts.awards.get(entry.id, ())
                   if award in names and (not event.unanimous or (detail is not None and _UNANIMOUS in detail))}
        return _by_ordinal(sorted(seasons), event.ordinal)

    def title_seasons(self, entry: PlayerEntry, ordinal: int | None,
                      within: Collection[int] | None = None) -> list[int]:
        """The seasons a team he finished the season with won the league's title (only those ``within`` the
        seasons given: his with one club)."""
        won = [season for season in self._facts.titles.get(entry.id, ()) if within is None or season in within]
        return _by_ordinal(won, ordinal)

    def finals_reached(self, entry: PlayerEntry, ordinal: int | None, played_for: PlayedFor) -> list[int]:
        """The seasons a team of his played in the league's final ("his Super Bowl season"), won or lost."""
        if entry.first_season is None or entry.last_season is None:
            return []
        finalists = self._facts.finalists
        seasons = [season for season in range(entry.first_season, entry.last_season + 1)
                   if any(played_for(entry, team, season) for team in finalists.get((entry.league, season), ()))]
        return _by_ordinal(seasons, ordinal)

    def feat_seasons(self, entry: PlayerEntry, event: SeasonEvent) -> list[int]:
        """The seasons whose total of the stat named is the number named ("his 73-homer season"), else, for a round
        number, those that passed it: a milestone ("his 2,000-yard season": Barry Sanders' 2,053; "Matthews' 60-goal
        season" is his 60 of 2022, not his 69 of 2024); for a number only a game reaches, the season he totalled
        most of it, unless the number is written before his name as a title."""
        concept = concept_of(event.stat or "")
        if concept is None or event.amount is None:
            return []
        pairs = {pair for pairs in LEAGUES[entry.league].concepts.get(concept, {}).values() for pair in pairs
                 if _is_count(pair[1])}
        rows = [row for group, key in pairs for row in self._facts.totals.get((entry.id, group, key), ())]
        exact = sorted({season for season, value in rows if value == event.amount}) or sorted(
            {season for season, value in rows
             if event.amount % _ROUND == 0 and event.amount <= value < event.amount * _PASSED})
        # A total before a name that no season of his makes is a game's ("81-point Kobe"), not a season asked.
        if exact or not rows or event.title:
            return exact
        best = max(rows, key=lambda row: row[1])
        return [best[0]] if event.amount < best[1] * _GAME_SHARE else []


def after_lockout(league: League, careers: Sequence[PlayerEntry]) -> list[int]:
    """The season after "the lockout": the one that cancelled a season when the players' careers reach it, else
    the latest that hit their careers."""
    near = [(season, cancelled) for season, cancelled in league_spec(league).lockouts
            if _all_reach(careers, season, before_debut=1)]
    if not near:
        return []
    season = max(near, key=lambda lockout: (lockout[1], lockout[0]))[0]
    return [season + 1]


def stopped_season(league: League, stoppage: str, careers: Sequence[PlayerEntry]) -> list[int]:
    """The season "the strike year" ("the bubble year") means in ``league``: of the league's stoppages by that
    name, the latest the players' careers all reach ("Griffey in the strike year" is 1994, not 1981), else the
    latest the first one's reaches (his, where the others are of another era: "... could he have caught Maris?")."""
    stopped = league_spec(league).stoppages.get(stoppage, ())
    for players in (careers, careers[:1]):
        seasons = [season for season in stopped if _all_reach(players, season)]
        if seasons:
            return seasons[-1:]
    return []


def _all_reach(careers: Sequence[PlayerEntry], season: int, *, before_debut: int = 0) -> bool:
    """Whether every career spans ``season`` (or began at most ``before_debut`` seasons after it)."""
    return all(e.first_season is not None and e.last_season is not None
               and e.first_season - before_debut <= season <= e.last_season for e in careers)


def _by_ordinal(seasons: list[int], ordinal: int | None) -> list[int]:
    if ordinal is None or not seasons:
        return seasons
    if ordinal < 0:
        return [seasons[ordinal]] if len(seasons) >= -ordinal else []
    return [seasons[ordinal - 1]] if len(seasons) >= ordinal else []
