"""Stat words to the catalogue's groups and keys, per league and per role."""

from __future__ import annotations

import pytest

from arena.nlu.model import StatFocus
from arena.nlu.stats_focus import Role, catalogue_pairs, focus_for, read_focus
from arena.nlu.text import tokenize
from arena.stats.catalog import GROUPS, League


def test_every_mapped_pair_is_in_the_catalogue() -> None:
    pairs = catalogue_pairs()
    assert pairs
    missing = [(league, g, k) for league, g, k in pairs if g not in GROUPS[league] or k not in GROUPS[league][g].keys]
    assert missing == []


def focus(question: str, league: League, roles: tuple[Role, ...] = ()) -> list[tuple[str, str]]:
    cues = read_focus(tokenize(question), question)
    return [(f.group, f.key) for f in focus_for(cues.concepts, league, roles)]


@pytest.mark.parametrize(("question", "league", "roles", "first"), [
    ("best goal scorer", League.NHL, ("skater",), ("skating", "goals")),
    ("who scores more", League.NBA, ("any",), ("basketball", "points_per_game")),
    ("home runs", League.MLB, ("batter",), ("batting", "home_runs")),
    ("home runs allowed", League.MLB, ("pitcher",), ("pitching", "home_runs_allowed")),
    ("strikeouts", League.MLB, ("pitcher",), ("pitching", "strikeouts")),
    ("strikeouts", League.MLB, ("batter",), ("batting", "strikeouts")),
    ("strikeouts", League.MLB, ("batter", "pitcher"), ("pitching", "strikeouts")),
    ("efficiency", League.NFL, ("qb",), ("passing", "passer_rating")),
    ("efficiency", League.NFL, ("rb",), ("rushing", "yards_per_carry")),
    ("touchdowns", League.NFL, ("wr",), ("receiving", "receiving_tds")),
    ("passing yards", League.NFL, ("qb",), ("passing", "passing_yards")),
    ("defense", League.NHL, ("goalie",), ("goaltending", "save_pct")),
    ("steals", League.MLB, ("batter",), ("batting", "stolen_bases")),
    ("steals", League.NBA, ("any",), ("basketball", "steals")),
    ("rebounding", League.NBA, ("any",), ("basketball", "rebounds_per_game")),
    ("save percentage", League.NHL, ("goalie",), ("goaltending", "save_pct")),
    ("who played more games", League.MLB, ("batter",), ("batting", "games")),
    ("the real iron man", League.NHL, ("skater",), ("skating", "games")),
])
def test_stat_words_map_per_role(question: str, league: League, roles: tuple[Role, ...],
                                 first: tuple[str, str]) -> None:
    assert focus(question, league, roles)[0] == first


def test_a_stat_without_a_role_takes_the_leagues_usual_one() -> None:
    assert focus("most strikeouts", League.MLB)[0] == ("pitching", "strikeouts")
    assert focus("most wins", League.NHL)[0] == ("goaltending", "wins")


def test_a_stat_the_league_does_not_keep_maps_to_nothing() -> None:
    assert focus("home runs", League.NBA, ("any",)) == []


def test_era_is_a_stat_only_in_capitals() -> None:
    assert read_focus(tokenize("lowest ERA ever"), "lowest ERA ever").concepts == ("era",)
    assert read_focus(tokenize("the best of the 90s era"), "the best of the 90s era").concepts == ()
    # Lower case, the words beside it make "era" a pitcher's figure, or leave it a period of time.
    for stat in ("top 5 career era mlb", "lowest era 2000", "who had the best era in 1968", "era title 1985"):
        assert read_focus(tokenize(stat), stat).concepts == ("era",), stat
    for period in ("the best era of baseball", "which was the best era for the nba", "his era"):
        assert read_focus(tokenize(period), period).concepts == (), period


def test_sacks_are_the_defense_s_sacks() -> None:
    cues = read_focus(tokenize("top 5 sacks 1984 nfl"), "top 5 sacks 1984 nfl")
    assert focus_for(cues.concepts, League.NFL) == [StatFocus(group="defense", key="sacks", league="nfl")]


@pytest.mark.parametrize(("question", "stat"), [
    ("top 5 rushing touchdowns all time nfl", ("rushing", "rushing_tds")),
    ("most rushing tds in 1985", ("rushing", "rushing_tds")),
    ("top 5 receiving touchdowns nfl", ("receiving", "receiving_tds")),
    ("most td catches of the 90s", ("receiving", "receiving_tds")),
    ("top 3 defensive interceptions 1987 nfl", ("defense", "def_interceptions")),
])
def test_a_football_stat_named_in_full_is_that_stat_alone(question: str, stat: tuple[str, str]) -> None:
    # "Rushing touchdowns" is one stat, not rushing's yards and a quarterback's touchdown passes; a defender's
    # interceptions are the ones he made, not those a passer threw.
    assert focus(question, League.NFL) == [stat]


def test_league_and_position_words_set_leagues_and_roles() -> None:
    question = "best NHL goalie and best quarterback"
    cues = read_focus(tokenize(question), question)
    assert cues.leagues == [League.NHL, League.NFL]
    assert cues.roles(League.NHL) == ["goalie"] and cues.roles(League.NFL) == ["qb"]


def test_stats_of_one_league_imply_it() -> None:
    question = "most touchdown passes and home runs"
    assert read_focus(tokenize(question), question).leagues == [League.NFL, League.MLB]


def test_words_read_as_a_name_are_left_out() -> None:
    question = "chairman of the boards"
    tokens = tokenize(question)
    assert read_focus(tokens, question).concepts == ("rebounding",)
    assert read_focus(tokens, question, exclude={0, 1, 2, 3}).concepts == ()


def test_focus_names_its_league() -> None:
    assert focus_for(["goals"], League.NHL, ["skater"])[0] == StatFocus(group="skating", key="goals", league="nhl")


@pytest.mark.parametrize(("question", "league", "foreign"), [
    ("Ruth vs Judge in three point percentage", League.MLB, ["three_point_pct"]),
    ("Gretzky rushing yards", League.NHL, ["rushing"]),
    ("Brady save percentage", League.NFL, ["save_pct"]),
    ("Ohtani rebounds per game", League.MLB, ["rebounding"]),
])
def test_a_stat_only_another_sport_keeps_is_foreign_to_the_players_league(question: str, league: League,
                                                                          foreign: list[str]) -> None:
    assert read_focus(tokenize(question), question).foreign_to(league) == foreign


@pytest.mark.parametrize(("question", "league"), [
    ("what did gretzky average in 1982", League.NHL),  # "average" is loose talk, not the batting average
    ("ovechkin scores on the rebound", League.NHL),
    ("lebron points and rebounds", League.NBA),
    ("ohtani home runs and strikeouts", League.MLB),
    ("crosby goals and assists", League.NHL),  # goals and assists are several sports' words
])
def test_a_stat_of_the_players_own_sport_or_a_loose_word_is_not_foreign(question: str, league: League) -> None:
    assert read_focus(tokenize(question), question).foreign_to(league) == []


@pytest.mark.parametrize(("question", "league", "keys"), [
    ("top 5 home run hitters in 1961", League.MLB, ["home_runs"]),
    ("best free throw shooter ever", League.NBA, ["ft_pct", "ft_made"]),
    ("best power hitter of the 90s", League.MLB, ["home_runs", "slg"]),
    ("best contact hitter", League.MLB, ["batting_avg", "hits"]),
])
def test_a_word_for_the_player_after_a_stat_adds_no_stat_of_its_own(
        question: str, league: League, keys: list[str]) -> None:
    """'Home run hitters' hit home runs: ranked on average and hits as well, Mantle took 'top 5 home run hitters
    in 1961' from Maris' 61; a 'hitter' alone still means average and hits."""
    assert [key for _, key in focus(question, league, ("batter", "any"))] == keys


@pytest.mark.parametrize(("question", "keys"), [
    ("who hits more homers", ["home_runs"]),
    ("who hits more bombs", ["home_runs"]),
    ("which of them hits the ball harder", []),
    ("he hits for power", ["home_runs", "slg"]),
    ("who has more hits", ["hits"]),
    ("most hits in 2004", ["hits"]),
    ("hits vs Rose's", ["hits"]),
])
def test_hits_before_what_is_hit_is_the_verb(question: str, keys: list[str]) -> None:
    """'Who hits more bombs, Judge or Stanton' was argued on hits (1,551 to 1,026): the verb taken for the stat,
    and the home runs asked in slang were never read."""
    assert [key for _, key in focus(question, League.MLB, ("batter",))] == keys


def test_a_quarterbacks_bombs_are_no_home_runs_asked_of_him() -> None:
    """'Bombs' are home runs in baseball talk and deep passes in football's: loose talk, never a stat of another
    sport to declare a football question not covered."""
    question = "who throws more bombs, Rodgers or Favre"
    assert read_focus(tokenize(question), question).foreign_to(League.NFL) == []
