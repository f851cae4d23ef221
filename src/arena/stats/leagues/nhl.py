"""The NHL: skating and goaltending, seasons labelled by the year they end."""

from __future__ import annotations

from collections.abc import Mapping

from arena.stats.leagues import model
from arena.stats.leagues.formulas import per_game, per_game_index, quotient, rate_index, ratio, recorded

_SKATING = model.StatGroup(
    model.League.NHL,
    "skating",
    counts=("games", "goals", "assists", "points", "plus_minus", "penalty_minutes", "shots",
            "power_play_goals", "game_winning_goals"),
    rates=(
        # Two decimals, as Hockey-Reference writes them: a season's goals per game run 0.6 to 0.9 among the
        # leaders, which one decimal shows as ties (Bondra's 0.72 and Zhamnov's 0.63 both "0.7" and "0.6").
        per_game("goals", "goals per game", decimals=2),
        per_game("points", "points per game", decimals=2),
        quotient("shooting_pct", "shooting percentage", "goals", "shots", decimals=3),
    ),
    labels={"plus_minus": "plus-minus", "penalty_minutes": "penalty minutes"},
    lower_is_better=frozenset({"penalty_minutes"}),
)
_GOALTENDING = model.StatGroup(
    model.League.NHL,
    "goaltending",
    counts=("games", "minutes", "wins", "losses", "ties_ot_losses", "shutouts", "goals_against",
            "shots_against"),
    rates=(
        model.Rate("goals_against_avg", "goals-against average", ("goals_against", "minutes"),
                   lambda t: ratio(60 * t["goals_against"], t["minutes"]),
                   higher_is_better=False, decimals=2),
        model.Rate("save_pct", "save percentage", ("goals_against", "shots_against"),
                   lambda t: ratio(t["shots_against"] - t["goals_against"], t["shots_against"]),
                   decimals=3),
    ),
    lower_is_better=frozenset({"losses", "goals_against"}),
)

_ROLE_GROUPS: dict[model.Role, str] = {"skater": "skating", "goalie": "goaltending"}
_CONCEPTS = model.concept_table(_ROLE_GROUPS, {
    "scoring": {"skater": ("points", "goals")},
    "points": {"skater": ("points", "points_per_game")},
    "points_per_game": {"skater": ("points_per_game",)},
    "goals": {"skater": ("goals", "goals_per_game")},
    "assists": {"skater": ("assists",)},
    "shooting": {"skater": ("shooting_pct", "goals")},
    "efficiency": {"skater": ("points_per_game", "shooting_pct"), "goalie": ("save_pct",)},
    "defense": {"skater": ("plus_minus",), "goalie": ("save_pct", "goals_against_avg")},
    "wins": {"goalie": ("wins",)},
    "saves": {"goalie": ("save_pct",)},
    "save_pct": {"goalie": ("save_pct",)},
    "goals_against": {"goalie": ("goals_against_avg",)},
    "shutouts": {"goalie": ("shutouts",)},
    "goaltending": {"goalie": ("save_pct", "goals_against_avg", "wins")},
    "plus_minus": {"skater": ("plus_minus",)},
    "penalty_minutes": {"skater": ("penalty_minutes",)},
    "shots": {"skater": ("shots",)},
    "power_play": {"skater": ("power_play_goals",)},
    "game_winners": {"skater": ("game_winning_goals",)},
    "durability": {"skater": ("games",), "goalie": ("games",)},
})
_CUES: dict[model.Role, str] = {
    # With plays only hockey has ("kane hat trick" is Patrick Kane).
    "any": ("nhl, hockey, stanley cup, stanley cups, hat trick, hat tricks, slap shot, slapshot, one timer, "
            "shorthanded, penalty kill, five hole, in net, between the pipes"),
    "goalie": "goalie, goalies, goaltender, goaltenders, netminder, netminders, goalkeeper",
    "skater": "skater, skaters, winger, wingers, defenseman, defensemen, defenceman, defencemen, centreman",
}


def _roles_of(positions: frozenset[str], career: Mapping[str, model.StatLine]) -> tuple[model.Role, ...]:
    skating, goaltending = career.get("skating"), career.get("goaltending")
    if "G" in positions or recorded(goaltending, "games") > recorded(skating, "games") / 2:
        return ("goalie",)
    return ("skater",)


def _judged_group(positions: tuple[str, ...], groups: Mapping[str, model.StatLine]) -> str:
    goalie = "G" in {p.upper() for p in positions}
    if goalie and "goaltending" in groups:
        return "goaltending"
    return "skating" if "skating" in groups else "goaltending"


NHL = model.LeagueSpec(
    league=model.League.NHL,
    label="NHL",
    groups=(_SKATING, _GOALTENDING),
    qualifiers={
        # Per game of his team's schedule (48 in 1994-95, 56 in 2020-21): 50 and 25 of 82 games.
        "skating": model.Qualifier("games", 50 / 82, 400),
        "goaltending": model.Qualifier("games", 25 / 82, 250),
    },
    yardsticks={
        "skating": model.Yardsticks(
            totals=("goals", "assists", "points"), per_game=("points_per_game", "goals_per_game"),
            efficiency=("shooting_pct",), peak="points", lead=("points", "goals"), volume="points",
            era=(per_game_index("points"), per_game_index("goals")),
        ),
        "goaltending": model.Yardsticks(
            totals=("wins", "shutouts"), per_game=(), efficiency=("save_pct", "goals_against_avg"),
            peak="goals_against_avg", lead=("wins", "goals_against_avg"), volume="wins",
            era=(rate_index("goals_against_avg", "minutes", lower_is_better=True),
                 rate_index("save_pct", "shots_against")),
        ),
    },
    # WHA and pre-NHL leagues are stored but kept apart from NHL totals, as the reference sites do.
    counted_competitions=frozenset({"NHL"}),
    season_ends_in_year=True,
    season_months=(10, 6),
    # 1994-95 shortened to 48 games, 2004-05 cancelled, 2012-13 shortened to 48 games.
    lockouts=((1995, False), (2005, True), (2013, False)),
    # 2019-20's playoffs were played in the Toronto and Edmonton bubbles.
    stoppages={"bubble": (2020,)},
    # The lockouts' 48-game seasons; the pandemic's 2019-20, ended early, and its 56-game 2020-21.
    short_seasons={1995: model.LOCKOUT, 2013: model.LOCKOUT, 2020: model.PANDEMIC, 2021: model.PANDEMIC},
    default_ranking=("skating", "points"),
    volume_stats=(("skating", "points"), ("goaltending", "wins")),
    awards={"hart": "mvp", "vezina": "major", "norris": "major", "art ross": "major", "rocket richard": "major",
            "conn smythe": "major", "selke": "major", "ted lindsay": "major", "all-star team": "all_league",
            "calder": "rookie"},
    # The Hockey Databank's awards end with 2017-18; the trophies above (not the All-Star teams) go on to
    # 2024-25 in the curated table (importers/curated_awards.json), a known hole says so.
    awards_through=2025,
    titles_credited_through=2018,
    # The Hart is counted apart, as the MVP award: the other trophies say so, or "Richard won none" would follow
    # "Gretzky won 9 Hart Trophies, more than Richard's 1".
    award_class_labels={"mvp": "Hart Trophies", "major": "major trophies besides the Hart",
                        "all_league": "NHL All-Star team selections"},
    # Hockey-Reference: the Hart from 1923-24, the All-Star teams 1930-31, the Calder 1932-33.
    award_classes_since={"mvp": 1924, "all_league": 1931, "rookie": 1933},
    award_classes_through={"all_league": 2018},
    # Hockey-Reference, each trophy's first season: the Vezina 1926-27, the Art Ross (as a trophy) 1947-48, the
    # Norris 1953-54, the Conn Smythe 1964-65, the Lester B. Pearson (Ted Lindsay) Award 1970-71, the Selke
    # 1977-78, the Maurice Richard 1998-99.
    trophies=(
        model.Trophy("vezina", "Vezina Trophies", 1927, ("vezina trophy", "vezina trophies", "vezinas")),
        model.Trophy("art ross", "Art Ross Trophies", 1948, ("art ross trophy", "art ross trophies")),
        model.Trophy("norris", "Norris Trophies", 1954, ("norris trophy", "norris trophies")),
        model.Trophy("conn smythe", "Conn Smythe Trophies", 1965,
                     ("conn smythe", "conn smythe trophy", "conn smythe trophies", "conn smythes")),
        model.Trophy("ted lindsay", "Ted Lindsay Awards", 1971,
                     ("ted lindsay award", "ted lindsay awards", "pearson award", "pearson awards")),
        model.Trophy("selke", "Selke Trophies", 1978, ("selke trophy", "selke trophies", "selkes")),
        model.Trophy("rocket richard", "Rocket Richard Trophies", 1999,
                     ("rocket richard trophy", "rocket richard trophies", "maurice richard trophy",
                      "maurice richard trophies")),
    ),
    # NHL.com, "Calder Memorial Trophy winners": no more than 25 games in any single preceding season, nor six
    # or more in each of any two, in any major professional league (applied from 1979-80, the season NHL.com
    # names it for; the store holds no earlier version of the rule), and from 1990-91 not 26 by September 15.
    rookie_rule=model.RookieRule(season_limit=25, two_season_limit=5, age_limit=(26, 1991), since=1980),
    hall_of_fame_wait=3,
    titles_label="Stanley Cups",
    title_rounds={"Stanley Cup": "Stanley Cup Final"},
    title_words=frozenset({"stanley cup", "stanley cups", "cups", "cup"}),
    nickname_short_forms={"habs": "canadiens", "leafs": "leafs"},
    team_priority=1,
    cues=_CUES,
    concepts=_CONCEPTS,
    role_groups=_ROLE_GROUPS,
    roles_of=_roles_of,
    judged_group=_judged_group,
    briefs={
        "skater": ("{} games, {} goals, {} assists, {} points", (("skating", "games", 0), ("skating", "goals", 0),
                                                                 ("skating", "assists", 0), ("skating", "points", 0))),
        "goalie": ("{} wins, {} save pct, {} shutouts", (("goaltending", "wins", 0), ("goaltending", "save_pct", 3),
                                                        ("goaltending", "shutouts", 0))),
    },
    known_holes=(
        model.KnownHole("goalie seasons after 2017-18 (no source has them): a goalie's figures stop there",
                        group="goaltending", after=2018),
        model.KnownHole("player ids, teams per player season and team records after 2017-18 (ESPN's skater totals "
                        "have none; players are matched by name), so no Stanley Cup after 2017-18 is credited to a "
                        "player"),
        model.KnownHole("awards after 2017-18 only for the curated trophies (Hart, Vezina, Norris, Art Ross, Rocket "
                        "Richard, Calder, Conn Smythe, Ted Lindsay, Selke): no All-Star teams"),
    ),
    positions=(
        model.PositionSpec("goalie, goaltender, netminder, goalkeeper, keeper", frozenset({"G"}), "goaltending"),
        model.PositionSpec("center, centre, centreman", frozenset({"C"}), "skating"),
        model.PositionSpec("left wing, left winger", frozenset({"LW"}), "skating"),
        model.PositionSpec("right wing, right winger", frozenset({"RW"}), "skating"),
        model.PositionSpec("defenseman, defenceman, d man", frozenset({"D"}), "skating"),
        # No source records captaincies: the club's leading skaters in the time named are asked back.
        model.PositionSpec("captain, captains", frozenset({"C", "LW", "RW", "D"}), "skating", stored=False),
    ),
)
