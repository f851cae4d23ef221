"""MLB: batting and pitching over the six leagues MLB counts as major, seasons numbered as played."""

from __future__ import annotations

from collections.abc import Mapping

from arena.stats.leagues import model
from arena.stats.leagues.formulas import per_game_index, quotient, rate_index, ratio, recorded


def _obp(t: Mapping[str, float]) -> float | None:
    on_base = t["hits"] + t["walks"] + t["hit_by_pitch"]
    return ratio(on_base, t["at_bats"] + t["walks"] + t["hit_by_pitch"] + t["sacrifice_flies"])


def _total_bases(t: Mapping[str, float]) -> float:
    return t["hits"] + t["doubles"] + 2 * t["triples"] + 3 * t["home_runs"]


def _ops(t: Mapping[str, float]) -> float | None:
    obp, slg = _obp(t), ratio(_total_bases(t), t["at_bats"])
    return None if obp is None or slg is None else obp + slg


def _ops_plus(line: model.StatLine, league: model.StatLine, _per_player_game: model.StatLine) -> float | None:
    # OPS+ without park factors: on-base and slugging each against the league, as Baseball-Reference sums them.
    obp, slg, lg_obp, lg_slg = line.get("obp"), line.get("slg"), league.get("obp"), league.get("slg")
    if obp is None or slg is None or not lg_obp or not lg_slg:
        return None
    return 100 * (obp / lg_obp + slg / lg_slg - 1)


_BATTING_ONBASE = ("at_bats", "hits", "walks")
_BATTING_SLG = ("at_bats", "hits", "doubles", "triples", "home_runs")

_BATTING = model.StatGroup(
    model.League.MLB,
    "batting",
    counts=("games", "at_bats", "runs", "hits", "doubles", "triples", "home_runs", "rbi",
            "stolen_bases", "walks", "strikeouts", "hit_by_pitch", "sacrifice_flies"),
    rates=(
        quotient("batting_avg", "batting average", "hits", "at_bats", decimals=3),
        model.Rate("obp", "on-base percentage", _BATTING_ONBASE, _obp,
                   optional=("hit_by_pitch", "sacrifice_flies"), decimals=3),
        model.Rate("slg", "slugging percentage", _BATTING_SLG,
                   lambda t: ratio(_total_bases(t), t["at_bats"]), decimals=3),
        model.Rate("ops", "OPS", tuple(dict.fromkeys(_BATTING_ONBASE + _BATTING_SLG)), _ops,
                   optional=("hit_by_pitch", "sacrifice_flies"), decimals=3),
    ),
    labels={"rbi": "RBI", "home_runs": "home runs"},
    lower_is_better=frozenset({"strikeouts"}),
)
_PITCHING = model.StatGroup(
    model.League.MLB,
    "pitching",
    counts=("games", "games_started", "complete_games", "wins", "losses", "saves", "outs_pitched", "strikeouts",
            "walks", "earned_runs", "hits_allowed", "home_runs_allowed"),
    rates=(
        model.Rate("innings_pitched", "innings pitched", ("outs_pitched",),
                   lambda t: t["outs_pitched"] / 3),
        model.Rate("era", "ERA", ("earned_runs", "outs_pitched"),
                   lambda t: ratio(27 * t["earned_runs"], t["outs_pitched"]),
                   higher_is_better=False, decimals=2),
        model.Rate("whip", "WHIP", ("walks", "hits_allowed", "outs_pitched"),
                   lambda t: ratio(3 * (t["walks"] + t["hits_allowed"]), t["outs_pitched"]),
                   higher_is_better=False, decimals=2),
        model.Rate("strikeouts_per_nine", "strikeouts per nine innings", ("strikeouts", "outs_pitched"),
                   lambda t: ratio(27 * t["strikeouts"], t["outs_pitched"])),
    ),
    lower_is_better=frozenset({"losses", "walks", "earned_runs", "hits_allowed",
                               "home_runs_allowed"}),
)

# The fielding positions a batting order's roles (leadoff, cleanup) are filled from.
_HITTERS = frozenset({"C", "1B", "2B", "3B", "SS", "LF", "CF", "RF", "DH"})
_ROLE_GROUPS: dict[model.Role, str] = {"batter": "batting", "pitcher": "pitching"}
_CONCEPTS = model.concept_table(_ROLE_GROUPS, {
    "scoring": {"batter": ("runs",)},
    "steals": {"batter": ("stolen_bases",)},
    "efficiency": {"batter": ("ops",), "pitcher": ("whip", "era")},
    "defense": {"pitcher": ("era",)},
    "home_runs": {"batter": ("home_runs",), "pitcher": ("home_runs_allowed",)},
    "hitting": {"batter": ("batting_avg", "hits")},
    "hits": {"batter": ("hits",), "pitcher": ("hits_allowed",)},
    "batting_avg": {"batter": ("batting_avg",)},
    "obp": {"batter": ("obp",)},
    "slugging": {"batter": ("slg",)},
    "ops": {"batter": ("ops",)},
    "power": {"batter": ("home_runs", "slg")},
    "rbi": {"batter": ("rbi",)},
    "runs": {"batter": ("runs",)},
    "walks": {"batter": ("walks",), "pitcher": ("walks",)},
    "strikeouts": {"pitcher": ("strikeouts", "strikeouts_per_nine"), "batter": ("strikeouts",)},
    "era": {"pitcher": ("era",)},
    "whip": {"pitcher": ("whip",)},
    "pitching": {"pitcher": ("era", "whip", "strikeouts")},
    "innings": {"pitcher": ("innings_pitched",)},
    "wins": {"pitcher": ("wins",)},
    "saves": {"pitcher": ("saves",)},
    "durability": {"batter": ("games",), "pitcher": ("games",)},
})
_CUES: dict[model.Role, str] = {
    # With plays only baseball has ("ryan struck out 383" is Nolan Ryan).
    # The two leagues and their divisions too ("who led the AL in batting"): they name MLB, never a player.
    "any": ("mlb, baseball, world series, homered, walk off, walkoff, struck out, stole home, stole second, "
            "stole third, no hitter, no hitters, perfect game, grand slam, grand slams, triple crown, "
            "al, nl, american league, national league, " + ", ".join(
                f"{side} {division}" for side in ("al", "nl") for division in ("east", "central", "west"))),
    "pitcher": (
        "pitcher, pitchers, starting pitcher, starting pitchers, ace, aces, reliever, relievers, closer, "
        "closers, hurler, hurlers, starter, starters"
    ),
    "batter": (
        "hitter, hitters, batter, batters, slugger, sluggers, shortstop, shortstops, catcher, catchers, "
        "outfielder, outfielders, first baseman, second baseman, third baseman"
    ),
}


def _roles_of(_positions: frozenset[str], career: Mapping[str, model.StatLine]) -> tuple[model.Role, ...]:
    batting, pitching = career.get("batting"), career.get("pitching")
    pitched, batted = recorded(pitching, "games"), recorded(batting, "games")
    if pitched and pitched >= batted / 2:
        return ("pitcher",)
    if pitched >= 50 and recorded(batting, "at_bats") >= 1000:
        return ("batter", "pitcher")
    return ("batter",)


# MLB's two-way player designation (2020): 20 innings pitched and 20 games as a position player or designated
# hitter in the season. The store has no per-game positions, so the games he batted without pitching stand for
# the second (a starter who batted for himself before the universal DH batted only in games he pitched).
TWO_WAY_OUTS = 60
TWO_WAY_GAMES = 20


def _season_roles_of(positions: frozenset[str], season: Mapping[str, model.StatLine]) -> tuple[model.Role, ...]:
    batting, pitching = season.get("batting"), season.get("pitching")
    if recorded(pitching, "outs_pitched") >= TWO_WAY_OUTS \
            and recorded(batting, "games") - recorded(pitching, "games") >= TWO_WAY_GAMES:
        return ("batter", "pitcher")
    return _roles_of(positions, season)


def _judged_group(_positions: tuple[str, ...], groups: Mapping[str, model.StatLine]) -> str:
    pitching, batting = groups.get("pitching", {}), groups.get("batting", {})
    # Innings against at-bats: Cy Young batted 2,960 times but threw 7,356 innings; Ruth the reverse.
    innings = (pitching.get("outs_pitched") or 0.0) / 3
    return "pitching" if innings > (batting.get("at_bats") or 0.0) / 2 else "batting"


# 3.1 plate appearances a team game, and rule 9.22(a): a batter short of them who still leads with the
# missing ones counted as hitless at bats wins.
_PLATE_APPEARANCES_OR_SHORT = model.Qualifier("plate_appearances", 3.1, 5000,
                                              parts=("at_bats", "walks", "hit_by_pitch", "sacrifice_flies"),
                                              shortfall="at_bats")
# The ERA title's minimum since 1951 (and every pitching rate's): see ``qualifiers`` below.
_INNINGS = model.Qualifier("outs_pitched", 3, 3000)

MLB = model.LeagueSpec(
    league=model.League.MLB,
    label="MLB",
    # The 1981 strike split the season; the 1994 one ended it in August, with no World Series.
    stoppages={"strike": (1981, 1994)},
    # The strikes of 1972 (its first week and a half), 1981 and 1994, which ran into 1995 (144 games), and
    # the pandemic's 60-game 2020.
    short_seasons={1972: model.STRIKE, 1981: model.STRIKE, 1994: model.STRIKE, 1995: model.STRIKE,
                   2020: model.PANDEMIC},
    groups=(_BATTING, _PITCHING),
    qualifiers={
        # MLB's rule 9.22: 3.1 plate appearances (sacrifice hits are not in the data) and 1 inning pitched
        # per game of his team's schedule; at most 5,000 plate appearances and 1,000 innings over a range.
        "batting": model.Qualifier("plate_appearances", 3.1, 5000,
                                   parts=("at_bats", "walks", "hit_by_pitch", "sacrifice_flies")),
        "pitching": _INNINGS,
    },
    # The batting title of a season as the record books award it (the Baseball Encyclopedia's rules, as
    # Baseball-Reference and SABR's Bill Deane give them): before 1920 the practice of 60% of the scheduled
    # games (Nap Lajoie's 87 of 1902; Gavvy Cravath's 83 of 1919's 140 fell short); from 1920 100 games
    # (Bubbles Hargrave's 105 of 1926); from 1945 400 at bats (Ted Williams's 386 of 1954 left the title to
    # Bobby Avila); from 1957 3.1 plate appearances a team game, with rule 9.22(a)'s hitless at bats for a
    # batter short of them (Tony Gwynn, 1996). On-base and slugging leaders keep 3.1 plate appearances in
    # every era, as Baseball-Reference lists them (Williams led both in 1954), with rule 9.22(a) from 1957.
    stat_qualifiers={
        "batting_avg": (
            (1871, model.Qualifier("games", 0.6, 200, of_schedule=True)),
            (1920, model.Qualifier.fixed("games", 100)),
            (1945, model.Qualifier("at_bats", 400 / 154, 400)),
            (1957, _PLATE_APPEARANCES_OR_SHORT),
        ),
        "obp": ((1957, _PLATE_APPEARANCES_OR_SHORT),),
        "slg": ((1957, _PLATE_APPEARANCES_OR_SHORT),),
        # The ERA title before 1951 asked ten complete games, as The Sporting News gave the rule in 1958
        # (Howie Pollet's 118 innings of 1943, Hank Borowy's 122 of 1945 and Jim Hearn's 134 of 1950 won it;
        # Joe Haynes's 182 innings and 7 complete games of 1947 left it to Spud Chandler, Mike Garcia's 8 of
        # 1949 to Mel Parnell). Daniel Levitt (SABR, "Early ERA Titles", 2005) found that standard misapplied
        # to the earlier titles, which follow innings, one a scheduled game (Wilcy Moore's 6 complete games
        # of 1927, Mel Harder over Monte Pearson's 10 in 135 innings of 1933, Bob Feller over Tiny Bonham's 10
        # in 99 of 1940): the complete games rule is applied from 1941, the first season after the last title
        # the record books decide by innings (1941 and 1942 have the same leaders under either rule).
        "era": ((1941, model.Qualifier.fixed("complete_games", 10)), (1951, _INNINGS)),
    },
    title_exclusions=(
        model.TitleExclusion(1938, "batting_avg", "mlb:wrighta01", competition="AL", reference=(
            "Baseball-Reference, 1938 AL batting leaders: Jimmie Foxx .349; Taffy Wright's .350 in 100 games "
            "(263 at bats) was not recognised, the exception to the 100-game rule (SABR, Bill Deane)")),
        model.TitleExclusion(2012, "batting_avg", "mlb:cabreme01", competition="NL", reference=(
            "Baseball-Reference, 2012 NL batting leaders: Buster Posey .336; Melky Cabrera (.346, one plate "
            "appearance short, suspended) was removed from the race at his own request (MLB, September 2012)")),
    ),
    yardsticks={
        "batting": model.Yardsticks(
            totals=("hits", "home_runs", "rbi"), per_game=(), efficiency=("ops", "obp", "batting_avg"),
            peak="ops", lead=("home_runs", "batting_avg"), volume="hits",
            era=(model.EraSpec("ops", "at_bats", _ops_plus), per_game_index("home_runs")),
            # A base stealer's game (Rickey Henderson's twelve stolen-base titles, Lou Brock's eight).
            titles=("stolen_bases",),
            # Steals as production where they are a sixth of his hits or more: Henderson, Brock, Raines,
            # Ichiro; Bonds' 514 to 2,935 too, a 40-40 player.
            game_totals=(("stolen_bases", 0.15),),
        ),
        "pitching": model.Yardsticks(
            totals=("wins", "strikeouts"), per_game=(), efficiency=("era", "whip", "strikeouts_per_nine"),
            peak="era", lead=("strikeouts", "era"), volume="strikeouts", relief_totals=("saves", "strikeouts"),
            era=(rate_index("era", "outs_pitched", lower_is_better=True, plus=True),
                 rate_index("whip", "outs_pitched", lower_is_better=True)),
        ),
    },
    # The six leagues MLB's 1969 Special Baseball Records Committee ruled major: AL, NL, and the American
    # Association, Union Association, Players' League and Federal League, which Baseball-Reference counts
    # too. The National Association of 1871-75 ("NA") is stored but not counted: MLB does not recognise it
    # (Baseball-Reference does), so careers match MLB's official records.
    counted_competitions=frozenset({"AL", "NL", "MLB", "AA", "UA", "PL", "FL"}),
    season_ends_in_year=False,
    default_ranking=("batting", "home_runs"),
    volume_stats=(("batting", "hits"), ("pitching", "outs_pitched")),
    # The record books count MLB's titles per league ("led the AL in home runs"), so a season's leaders
    # are ranked within the AL or the NL; "the majors" would claim more than is true.
    leaders_field="his league",
    titles_per_competition=True,
    competition_words={"AL": "AL", "American League": "AL", "NL": "NL", "National League": "NL"},
    title_words=frozenset({"world series", "world series titles", "world series rings", "fall classic"}),
    awards={"mvp": "mvp", "most valuable player": "mvp", "cy young": "cy_young", "triple crown": "major",
            "pitching triple crown": "major", "all-mlb team": "all_league", "all-star": "all_star",
            "rookie of the year": "rookie", "gold glove": "all_defense"},
    awards_through=2024,
    # The Gold Glove (from 1957) is the fielder's honour, as the NBA's All-Defensive team is the defender's:
    # Ozzie Smith's thirteen are the case for his game.
    award_class_labels={"all_league": "All-MLB team selections", "major": "Triple Crowns",
                        "all_defense": "Gold Gloves"},
    titles_label="World Series titles",
    title_games_share=0.05,
    absent_title_share=0.25,
    # Baseball-Reference: the All-Star Game from 1933, Rookie of the Year 1947, the Cy Young 1956, the All-MLB
    # team 2019. MVPs are stored from 1911 (the Chalmers Award), but before the writers' award of 1931 there
    # were seasons with none (1915-21, and the AL's 1929-30) and a League Award that barred repeat winners
    # (1922-29): Ruth's one MVP is no measure of him, so the count is compared from 1931.
    relief_group="pitching",
    award_classes_given_irregularly_from={"mvp": 1911},
    award_classes_since={"mvp": 1931, "cy_young": 1956, "all_league": 2019, "all_star": 1933, "rookie": 1947,
                         "all_defense": 1957},
    # The 2020 All-Star Game was cancelled and no All-Stars were named (Lahman's AllstarFull has no 2020 row).
    award_seasons_not_given={"all_star": (2020,)},
    # MLB's rookie rule since 1971 (MLB.com glossary, "Rookie Eligibility"): no more than 130 at bats or 50
    # innings in the majors before the season (and 45 days on an active roster, which no source records).
    # The earlier rules differed and are not in this table, so those seasons are not judged.
    rookie_rule=model.RookieRule(career_limits=(("batting", "at_bats", 130), ("pitching", "innings_pitched", 50)),
                                 since=1971),
    team_priority=2,
    cues=_CUES,
    concepts=_CONCEPTS,
    role_groups=_ROLE_GROUPS,
    roles_of=_roles_of,
    season_roles_of=_season_roles_of,
    judged_group=_judged_group,
    briefs={
        "batter": ("{} avg, {} HR, {} hits", (("batting", "batting_avg", 3), ("batting", "home_runs", 0),
                                              ("batting", "hits", 0))),
        "pitcher": ("{}-{}, {} ERA, {} strikeouts", (("pitching", "wins", 0), ("pitching", "losses", 0),
                                                     ("pitching", "era", 2), ("pitching", "strikeouts", 0))),
    },
    known_holes=(
        model.KnownHole("Negro Leagues seasons (Lahman holds the AL, NL and earlier major leagues only): Josh Gibson, "
                        "Oscar Charleston and Cool Papa Bell are absent, and Satchel Paige's figures are his AL "
                        "seasons, 1948-1965", players=("Josh Gibson", "Oscar Charleston", "Cool Papa Bell")),
    ),
    positions=(
        model.PositionSpec("pitcher, ace, starting pitcher, starter", frozenset({"P"}), "pitching"),
        model.PositionSpec("catcher", frozenset({"C"}), "batting"),
        model.PositionSpec("first baseman, first base, 1b", frozenset({"1B"}), "batting"),
        model.PositionSpec("second baseman, second base, 2b", frozenset({"2B"}), "batting"),
        model.PositionSpec("third baseman, third base, 3b", frozenset({"3B"}), "batting"),
        model.PositionSpec("shortstop, ss", frozenset({"SS"}), "batting"),
        model.PositionSpec("left field, left fielder, lf", frozenset({"LF"}), "batting"),
        model.PositionSpec("center field, centre field, center fielder, centerfielder, cf", frozenset({"CF"}),
                           "batting"),
        model.PositionSpec("right field, right fielder, rf", frozenset({"RF"}), "batting"),
        model.PositionSpec("designated hitter, dh", frozenset({"DH"}), "batting"),
        # Roles, not positions: a closer finishes games (saves), a leadoff hitter gets on and runs (stolen
        # bases: the league's run scorers bat third as often as first), a cleanup hitter drives runs in; the
        # last two from any spot in the field.
        model.PositionSpec("closer, closers, closing pitcher", frozenset({"P"}), "pitching", volume=("saves",)),
        model.PositionSpec("leadoff hitter, leadoff man, leadoff batter", _HITTERS, "batting",
                           volume=("stolen_bases",)),
        model.PositionSpec("cleanup hitter, cleanup man, cleanup batter", _HITTERS, "batting", volume=("rbi",)),
    ),
)
