"""Seasons a strike, lockout or pandemic cut short: every league's registry marks them (and its stored schedules
agree), their rate leaders are the record books', and a debate judged on one says it was cut short and why."""

from __future__ import annotations

import pytest

from arena.debate.casebook import SCHEDULE_GAP
from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest
from arena.stats import League, league_spec
from arena.stats.errors import UnknownSeason
from arena.stats.ports import StatStore

# The record books' shortened seasons (Baseball-Reference, Pro-Football-Reference, Basketball-Reference and
# Hockey-Reference season pages): what cut each short.
SHORTENED = {
    League.MLB: {1972: "strike", 1981: "strike", 1994: "strike", 1995: "strike", 2020: "pandemic"},
    League.NFL: {1982: "strike", 1987: "strike"},
    League.NBA: {1999: "lockout", 2012: "lockout", 2020: "pandemic", 2021: "pandemic"},
    League.NHL: {1995: "lockout", 2013: "lockout", 2020: "pandemic", 2021: "pandemic"},
}
# From here on no league's schedule was short for any other reason (before it, expansion and wars moved them).
MODERN = 1961


def _games(store: StatStore, league: League, season: int) -> float | None:
    try:
        schedule = store.league_context(league, season).schedule
    except UnknownSeason:
        return None
    return schedule.games if schedule is not None else None


@pytest.mark.parametrize("league", list(SHORTENED))
def test_every_league_marks_its_shortened_seasons_with_their_cause(league: League) -> None:
    marked = league_spec(league).short_seasons
    assert set(marked) == set(SHORTENED[league])
    for season, cause in SHORTENED[league].items():
        assert cause in marked[season].cause, (season, marked[season])


@pytest.mark.parametrize("league", list(SHORTENED))
def test_the_stored_schedules_agree_with_the_marked_seasons(debate_store: StatStore, league: League) -> None:
    first, last = debate_store.seasons_available(league) or (0, -1)
    for season in range(max(first, MODERN), last + 1):
        games = _games(debate_store, league, season)
        around = [g for other in (season - 1, season + 1) if (g := _games(debate_store, league, other))]
        if games is None or not around:
            continue
        if season in league_spec(league).short_seasons:
            # Shorter than a full season beside it (1995 follows 1994's strike, 2019-20 precedes 2020-21).
            assert games < max(around), (league, season, games, around)
        elif games < (1 - SCHEDULE_GAP) * min(around):
            pytest.fail(f"{league.value} {season}: {games} games against {around}, not marked short")


@pytest.mark.parametrize(("league", "stat", "season", "competition", "leader", "value"), [
    # Rate titles over the short schedule: Pro-Football-Reference and Baseball-Reference's leaders.
    (League.NFL, "passer_rating", 1982, None, "Ken Anderson", 95.3),
    (League.NFL, "passer_rating", 1987, None, "Joe Montana", 102.1),
    (League.MLB, "batting_avg", 2020, "NL", "Juan Soto", 0.351),
    (League.MLB, "batting_avg", 1995, "AL", "Edgar Martinez", 0.356),
    (League.NBA, "points_per_game", 2021, None, "Stephen Curry", 32.0),
    (League.NBA, "points_per_game", 1999, None, "Allen Iverson", 26.8),
])
def test_a_short_season_s_rate_leader_is_the_record_books(debate_store: StatStore, league: League, stat: str,
                                                          season: int, competition: str | None, leader: str,
                                                          value: float) -> None:
    rows = debate_store.leaders(league, stat=stat, from_season=season, to_season=season, limit=1,
                                competition=competition)
    decimals = len(str(value).split(".")[1])  # as the record books print it
    assert (rows[0].name, round(rows[0].value, decimals)) == (leader, value)


@pytest.mark.parametrize(("question", "said"), [
    ("Joe Montana 1987 vs Dan Marino 1987", "around it had 16, so each total is said with the games he played. A "
                                            "players' strike cut it short, 3 of each club's games played by "
                                            "replacement players."),
    ("Marcus Allen 1982 vs Freeman McNeil 1982", "A players' strike cut it short."),
    ("Frank Thomas 1995 vs Albert Belle 1995", "A players' strike cut it short."),
    ("Curry vs Harden 2020-21", "The coronavirus pandemic cut it short."),
    ("Ovechkin vs Stamkos 2012-13", "A lockout cut it short."),
    ("Mookie Betts 2020 vs Mike Trout 2019", "Mookie Betts' 2020 was a 60-game season, Mike Trout's 2019 a 162-game "
                                             "one (2020 was cut short by the coronavirus pandemic)"),
])
async def test_a_debate_on_a_short_season_says_it_was_cut_short_and_why(engine: DebateEngine, question: str,
                                                                        said: str) -> None:
    result = await engine.run(DebateRequest(question=question))
    opening = next(r for r in result.rounds if r.name == "opening")
    assert said in opening.text, opening.text
    assert opening.fact_check.passed, opening.fact_check.problems
