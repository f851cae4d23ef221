"""The NBA (with the BAA it grew from): basketball stats, seasons labelled by the year they end."""

from __future__ import annotations

from collections.abc import Mapping

from arena.stats.leagues import model
from arena.stats.leagues.formulas import per_game, per_game_index, quotient, rate_index, ratio


def _true_shooting(t: Mapping[str, float]) -> float | None:
    return ratio(t["points"], 2 * (t["fg_attempts"] + 0.44 * t["ft_attempts"]))


_BASKETBALL = model.StatGroup(
    model.League.NBA,
    "basketball",
    counts=(
        "games", "games_started", "minutes", "points", "rebounds", "offensive_rebounds",
        "defensive_rebounds", "assists", "steals", "blocks", "turnovers", "fouls", "fg_made",
        "fg_attempts", "fg3_made", "fg3_attempts", "ft_made", "ft_attempts",
    ),
    rates=(
        per_game("points", "points per game"),
        per_game("rebounds", "rebounds per game"),
        per_game("assists", "assists per game"),
        per_game("steals", "steals per game"),
        per_game("blocks", "blocks per game"),
        per_game("minutes", "minutes per game"),
        quotient("fg_pct", "field-goal percentage", "fg_made", "fg_attempts", decimals=3),
        quotient("fg3_pct", "three-point percentage", "fg3_made", "fg3_attempts", decimals=3),
        quotient("ft_pct", "free-throw percentage", "ft_made", "ft_attempts", decimals=3),
        model.Rate("true_shooting_pct", "true shooting percentage",
                   ("points", "fg_attempts", "ft_attempts"), _true_shooting, decimals=3),
    ),
    labels={"fg3_made": "three-pointers made", "fg_made": "field goals made",
            "ft_made": "free throws made", "fg3_attempts": "three-point attempts",
            "fg_attempts": "field-goal attempts", "ft_attempts": "free-throw attempts",
            "games_started": "games started"},
    lower_is_better=frozenset({"turnovers", "fouls"}),
)

# What "defense" means in a question, and what the Defensive Player of the Year and All-Defensive teams honour.
_DEFENSE = ("steals", "blocks", "defensive_rebounds")
_CONCEPTS = model.concept_table({"any": _BASKETBALL.name}, {
    "scoring": {"any": ("points_per_game", "points")},
    "points": {"any": ("points", "points_per_game")},
    "points_per_game": {"any": ("points_per_game",)},
    "assists": {"any": ("assists_per_game", "assists")},
    "rebounding": {"any": ("rebounds_per_game", "rebounds")},
    # An all-around player scores, rebounds and passes: the three per game, each against his era.
    "all_around": {"any": ("points_per_game", "rebounds_per_game", "assists_per_game")},
    "blocks": {"any": ("blocks", "blocks_per_game")},
    "steals": {"any": ("steals", "steals_per_game")},
    "three_point": {"any": ("fg3_made", "fg3_pct")},
    "free_throws": {"any": ("ft_pct", "ft_made")},
    "three_point_pct": {"any": ("fg3_pct",)},
    "field_goal_pct": {"any": ("fg_pct",)},
    "free_throw_pct": {"any": ("ft_pct",)},
    "shooting": {"any": ("true_shooting_pct", "fg_pct", "fg3_pct")},
    "efficiency": {"any": ("true_shooting_pct", "fg_pct")},
    "defense": {"any": _DEFENSE},
    "passing": {"any": ("assists_per_game", "assists")},
    "durability": {"any": ("games",)},
    "minutes": {"any": ("minutes_per_game", "minutes")},
    "turnovers": {"any": ("turnovers",)},
})
# Who played a position for a club: the most starts there (a sixth man plays as many minutes as the starter
# he relieves), minutes before starts were kept (1981-82), games before minutes were (1951-52).
_STARTS = ("games_started", "minutes", "games")
_CUES: dict[model.Role, str] = {
    "any": (
        "nba, basketball, hoops, nba finals, point guard, point guards, shooting guard, shooting guards, "
        "small forward, small forwards, power forward, power forwards, big man, big men, baller, ballers, "
        # Plays only basketball has: a question with one is about the NBA ("carter dunked" is Vince).
        "dunk, dunks, dunked, dunking, slam dunk, dunk contest, crossover, crossovers, fadeaway, skyhook, "
        "alley oop, triple double, triple doubles, double double, buzzer beater, posterized, euro step"
    ),
}

def _made(key: str, in_82_games: int, cap: int | None = None) -> model.Qualifier:
    return model.Qualifier(key, in_82_games / 82, cap or in_82_games)


def _fixed(key: str, minimum: int) -> model.Qualifier:
    """A season minimum stated as a count, not scaled to the schedule (the NBA's shooting titles before 1974-75)."""
    return model.Qualifier.fixed(key, minimum)


def _games_or(games: int, key: str, made: int, *, shortfall: bool = False) -> model.Qualifier:
    """``games`` of 82, or ``made`` of ``key`` in 82 games, scaled to the season's schedule; with
    ``shortfall``, or a total that still leads spread over the games asked (NBA.com's exception)."""
    return model.Qualifier("games", games / 82, 400, alternative=(key, made / 82),
                           shortfall="games" if shortfall else None)


NBA = model.LeagueSpec(
    league=model.League.NBA,
    label="NBA",
    groups=(_BASKETBALL,),
    # Basketball-Reference's rule since 2013-14: 58 of 82 games or 1,400 points, the same share of a
    # 50- or 66-game lockout season's games; over a range of seasons one rule keeps eras comparable, while
    # a single season's per-game titles follow that season's rule (``stat_qualifiers``).
    qualifiers={"basketball": model.Qualifier("games", 58 / 82, 400, alternative=("points", 1400 / 82))},
    # The shooting titles ask made shots, scaled to the schedule (NBA.com's statistical minimums; Basketball-
    # Reference's leaders): 300 field goals and 125 free throws since 1974-75 (183 and 76 in the 50-game
    # 1998-99); three-pointers 25 from 1979-80, 50 from 1992-93, 82 over the shorter line of 1994-95 to
    # 1996-97, 55 from 1997-98 (34 in 1998-99), 82 since 2013-14 (Byron Scott led 1984-85 on 26 made, Steve
    # Henson's 37 of 1992-93 and Kevin Gamble's 54 of 1996-97 did not lead). Before 1974-75 the minimums
    # were fixed counts, not scaled, and changed with the era (Basketball-Reference's rate-stat requirements,
    # basketball-reference.com/about/rate_stat_req.html, which its leaders follow, as remembered): field
    # goals 210 made from 1949-50, 230 made from 1968-69, 700 attempted from 1970-71, 560 attempted from
    # 1972-73; free throws 200 made from 1949-50, 230 made from 1968-69, 350 attempted from 1970-71, 160
    # attempted from 1972-73. No stored source carries that page, so each floor was checked against the
    # record books' leader of every season 1949-50 to 1973-74 (tests/truth/statements_session24.jsonl):
    # Bob Donham's .487 on 201 field goals did not lead 1951-52, Gene Wiley's .535 on 146 did not lead
    # 1963-64, Dick Garrett's .869 on 251 free throws did not lead 1970-71, Ron Williams' .904 on 83 did not
    # lead 1972-73. The BAA's three seasons keep the games rule.
    stat_qualifiers={
        # The per-game titles since 1969-70 (Basketball-Reference's leaders; NBA.com's minimums): 70 games or
        # 1,400 points, 800 rebounds, 400 assists, 125 steals, 100 blocks; since 2013-14 58 games or the same,
        # and NBA.com's exception, its rule 9.22(a): a player short of 58 games whose total over 58 would still
        # lead wins (Gerald Wallace's 138 steals in 55 games, NBA.com's example).
        **{f"{key}_per_game": ((1970, _games_or(70, key, made)), (2014, _games_or(58, key, made, shortfall=True)))
           for key, made in (("points", 1400), ("rebounds", 800), ("assists", 400), ("steals", 125),
                             ("blocks", 100))},
        "fg_pct": ((1950, _fixed("fg_made", 210)), (1969, _fixed("fg_made", 230)), (1971, _fixed("fg_attempts", 700)),
                   (1973, _fixed("fg_attempts", 560)), (1975, _made("fg_made", 300))),
        "ft_pct": ((1950, _fixed("ft_made", 200)), (1969, _fixed("ft_made", 230)), (1971, _fixed("ft_attempts", 350)),
                   (1973, _fixed("ft_attempts", 160)), (1975, _made("ft_made", 125))),
        "fg3_pct": ((1980, _made("fg3_made", 25)), (1993, _made("fg3_made", 50)), (1995, _made("fg3_made", 82)),
                    (1998, _made("fg3_made", 55)), (2014, _made("fg3_made", 82))),
    },
    # Basketball-Reference's career leaders: 2,000 field goals, 1,200 free throws, 250 three-pointers; over a
    # shorter range, the season rule's share per team game up to those.
    range_qualifiers={
        "fg_pct": _made("fg_made", 300, cap=2000),
        "ft_pct": _made("ft_made", 125, cap=1200),
        "fg3_pct": _made("fg3_made", 82, cap=250),
    },
    yardsticks={
        "basketball": model.Yardsticks(
            totals=("points", "rebounds", "assists"),
            per_game=("points_per_game", "rebounds_per_game", "assists_per_game"),
            efficiency=("true_shooting_pct", "fg_pct"),
            peak="points_per_game", lead=("points_per_game",), volume="points",
            era=(per_game_index("points"), rate_index("true_shooting_pct", "fg_attempts")),
            # Rebounds and assists a game against the league's of each one's day, for a question that asks
            # about them (an all-around player): the 1960s' pace gave everyone more of both.
            focus_era=(per_game_index("rebounds"), per_game_index("assists")),
            titles=("rebounds_per_game", "assists_per_game"),
        ),
    },
    # The NBA's record book gave the scoring, rebounding and assists titles to the most in total before
    # 1969-70 (Wilt Chamberlain led the league in assists in 1967-68 with 702, 8.6 a game).
    per_game_titles_since=1970,
    # The 1998-99 and 2011-12 lockouts shortened those seasons to 50 and 66 games.
    lockouts=((1999, False), (2012, False)),
    # 2019-20 was finished in the Orlando bubble.
    stoppages={"bubble": (2020,)},
    # The lockouts' 50- and 66-game seasons; the pandemic's 2019-20, suspended and finished in the bubble,
    # and its 72-game 2020-21.
    short_seasons={1999: model.LOCKOUT, 2012: model.LOCKOUT, 2020: model.PANDEMIC, 2021: model.PANDEMIC},
    # ABA rows are stored but kept apart from NBA totals, as the reference sites do.
    counted_competitions=frozenset({"NBA", "BAA"}),
    season_ends_in_year=True,
    season_months=(10, 6),
    default_ranking=("basketball", "points"),
    volume_stats=(("basketball", "points"),),
    awards={"nba mvp": "mvp", "nba dpoy": "major", "all-nba": "all_league", "all-baa": "all_league",
            "all-defense": "all_defense", "all-star": "all_star", "nba roy": "rookie"},
    awards_through=2025,
    # Its one "major" trophy besides the MVP is the Defensive Player of the Year, named as such.
    award_class_labels={"all_league": "All-NBA selections", "major": "Defensive Player of the Year awards"},
    role_awards=dict.fromkeys(("major", "all_defense"), frozenset(_DEFENSE)),
    # Basketball-Reference: MVP 1955-56, DPOY 1982-83, All-BAA 1946-47, All-Defensive 1968-69, All-Star
    # Game 1950-51, Rookie of the Year 1949-50 (as the data holds it).
    # Basketball-Reference: blocks, steals and offensive and defensive rebounds from 1973-74, turnovers from
    # 1977-78, when the NBA began to keep them.
    stats_kept_since={"blocks": 1974, "steals": 1974, "offensive_rebounds": 1974, "defensive_rebounds": 1974,
                      "turnovers": 1978},
    award_classes_since={"mvp": 1956, "major": 1983, "all_league": 1947, "all_defense": 1969, "all_star": 1951,
                         "rookie": 1950},
    # The 1998-99 lockout cancelled the All-Star Game: no All-Stars that season.
    award_seasons_not_given={"all_star": (1999,)},
    # Basketball-Reference, each award's first season: Defensive Player of the Year and Sixth Man of the Year
    # 1982-83, Most Improved Player 1985-86, Clutch Player of the Year 2022-23.
    trophies=(
        model.Trophy("nba dpoy", "Defensive Player of the Year awards", 1983,
                     ("defensive player of the year", "dpoy", "dpoys")),
        model.Trophy("nba smoy", "Sixth Man of the Year awards", 1983,
                     ("sixth man of the year", "sixth man award", "sixth man awards", "smoy", "smoys"),
                     role="sixth man"),
        model.Trophy("nba mip", "Most Improved Player awards", 1986, ("most improved player", "mip award",
                                                                       "mip awards")),
        model.Trophy("nba clutch_poy", "Clutch Player of the Year awards", 2023, ("clutch player of the year",)),
    ),
    # The NBA's rookie is in the first season he plays an NBA game (a player drafted and injured all year,
    # Ben Simmons in 2016-17, is still one the next season): any earlier NBA game rules him out.
    rookie_rule=model.RookieRule(season_limit=0),
    title_rounds={"NBA championship": "NBA Finals", "ABA championship": "ABA Finals"},
    title_words=frozenset({"nba finals", "finals", "chips", "larry obrien"}),
    nickname_short_forms={
        "sixers": "76ers", "cavs": "cavaliers", "mavs": "mavericks", "wolves": "timberwolves",
        "twolves": "timberwolves", "sonics": "supersonics", "nugs": "nuggets", "dubs": "warriors",
        "celts": "celtics", "blazers": "blazers", "hawks": "hawks", "pels": "pelicans", "grizz": "grizzlies",
        "jazz": "jazz",
    },
    team_priority=0,
    cues=_CUES,
    concepts=_CONCEPTS,
    briefs={"any": ("{} pts, {} reb, {} ast per game", (("basketball", "points_per_game", 1),
                                                       ("basketball", "rebounds_per_game", 1),
                                                       ("basketball", "assists_per_game", 1)))},
    known_holes=(
        model.KnownHole("no player playoff statistics and no Finals MVP in any source; 2025-26 is left out (partial "
                        "in the files)"),
    ),
    positions=(
        model.PositionSpec("point guard, point guards, pg", frozenset({"PG", "G"}), "basketball", volume=_STARTS),
        model.PositionSpec("shooting guard, shooting guards, sg", frozenset({"SG", "G"}), "basketball", volume=_STARTS),
        model.PositionSpec("small forward, small forwards, sf", frozenset({"SF", "F"}), "basketball", volume=_STARTS),
        model.PositionSpec("power forward, power forwards, pf", frozenset({"PF", "F"}), "basketball", volume=_STARTS),
        model.PositionSpec("center, centre, big man", frozenset({"C"}), "basketball", volume=_STARTS),
    ),
)
