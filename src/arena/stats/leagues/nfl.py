"""The NFL: passing, rushing, receiving, defense and kicking, seasons numbered by the year they are played."""

from __future__ import annotations

from collections.abc import Mapping

from arena.stats.leagues import model
from arena.stats.leagues.formulas import per_game, quotient, rate_index, recorded


def _passer_rating(t: Mapping[str, float]) -> float | None:
    att = t["attempts"]
    if not att:
        return None

    def clamp(x: float) -> float:
        return max(0.0, min(2.375, x))

    a = clamp((t["completions"] / att - 0.3) * 5)
    b = clamp((t["passing_yards"] / att - 3) * 0.25)
    c = clamp(t["passing_tds"] / att * 20)
    d = clamp(2.375 - t["interceptions"] / att * 25)
    return (a + b + c + d) / 6 * 100


def _yardage_group(name: str, play: str, plays: tuple[str, ...]) -> model.StatGroup:
    """Rushing and receiving: yards and touchdowns gained on the plays counted in ``plays`` (the first, the
    plays the yards are shared over), as yards per play and per game."""
    yards, touchdowns = f"{name}_yards", f"{name}_tds"
    return model.StatGroup(
        model.League.NFL,
        name,
        counts=("games", *plays, yards, touchdowns),
        rates=(quotient(f"yards_per_{play}", f"yards per {play}", yards, plays[0]),
               per_game(yards, f"{name} yards per game")),
        labels={touchdowns: f"{name} touchdowns"},
    )


_PASSING = model.StatGroup(
    model.League.NFL,
    "passing",
    counts=("games", "games_started", "completions", "attempts", "passing_yards", "passing_tds",
            "interceptions"),
    rates=(
        quotient("completion_pct", "completion percentage", "completions", "attempts", decimals=3),
        quotient("yards_per_attempt", "yards per attempt", "passing_yards", "attempts"),
        model.Rate("passer_rating", "passer rating",
                   ("completions", "attempts", "passing_yards", "passing_tds", "interceptions"),
                   _passer_rating, bounds=(("completions", "attempts"),)),
        per_game("passing_yards", "passing yards per game"),
    ),
    labels={"passing_tds": "passing touchdowns"},
    lower_is_better=frozenset({"interceptions"}),
)
_RUSHING = _yardage_group("rushing", "carry", ("carries",))
_RECEIVING = _yardage_group("receiving", "reception", ("receptions", "targets"))
# Defense and kicking come from NFL.com's career pages (to 2016; sacks from 1982, when the NFL began counting
# them; tackles are unofficial and sparse) and Fantasy.NFL.com's 2024 totals only, so their keys never share a
# name with an offensive one: a season's stats are one flat mapping before they are split into groups.
_DEFENSE = model.StatGroup(
    model.League.NFL,
    "defense",
    counts=("games", "tackles", "sacks", "def_interceptions", "passes_defended"),
    rates=(per_game("sacks", "sacks per game"), per_game("def_interceptions", "interceptions per game")),
    labels={"def_interceptions": "interceptions", "passes_defended": "passes defended"},
)
_KICKING = model.StatGroup(
    model.League.NFL,
    "kicking",
    counts=("games", "fg_made", "fg_attempts", "xp_made", "xp_attempts"),
    rates=(
        quotient("fg_pct", "field goal percentage", "fg_made", "fg_attempts", decimals=3),
        quotient("xp_pct", "extra point percentage", "xp_made", "xp_attempts", decimals=3),
    ),
    labels={"fg_made": "field goals made", "fg_attempts": "field goals attempted",
            "xp_made": "extra points made", "xp_attempts": "extra points attempted"},
)

_CONCEPTS: dict[str, dict[model.Role, tuple[tuple[str, str], ...]]] = {
    "scoring": {
        "qb": (("passing", "passing_tds"),),
        "rb": (("rushing", "rushing_tds"),),
        "wr": (("receiving", "receiving_tds"),),
    },
    "efficiency": {
        "qb": (("passing", "passer_rating"), ("passing", "yards_per_attempt")),
        "rb": (("rushing", "yards_per_carry"),),
        "wr": (("receiving", "yards_per_reception"),),
    },
    "passing": {"any": (("passing", "passing_yards"), ("passing", "passing_tds"))},
    "passing_yards": {"any": (("passing", "passing_yards"),)},
    "passing_tds": {"any": (("passing", "passing_tds"),)},
    # A quarterback's interceptions are the ones he threw; anyone else's, and the league's leaders, a defender's.
    "interceptions": {"qb": (("passing", "interceptions"),), "any": (("defense", "def_interceptions"),)},
    "interceptions_thrown": {"any": (("passing", "interceptions"),)},
    "completions": {"any": (("passing", "completion_pct"), ("passing", "completions"))},
    "passer_rating": {"any": (("passing", "passer_rating"),)},
    "rushing": {"any": (("rushing", "rushing_yards"), ("rushing", "rushing_tds"))},
    "rushing_tds": {"any": (("rushing", "rushing_tds"),)},
    "yards_per_carry": {"any": (("rushing", "yards_per_carry"),)},
    "receiving": {"any": (("receiving", "receiving_yards"), ("receiving", "receptions"))},
    "receptions": {"any": (("receiving", "receptions"),)},
    "receiving_tds": {"any": (("receiving", "receiving_tds"),)},
    "yards": {
        "qb": (("passing", "passing_yards"),),
        "rb": (("rushing", "rushing_yards"),),
        "wr": (("receiving", "receiving_yards"),),
    },
    "touchdowns": {
        "qb": (("passing", "passing_tds"),),
        "rb": (("rushing", "rushing_tds"),),
        "wr": (("receiving", "receiving_tds"),),
    },
    "durability": {"qb": (("passing", "games"),), "rb": (("rushing", "games"),), "wr": (("receiving", "games"),)},
    "turnovers": {"qb": (("passing", "interceptions"),)},
    "sacks": {"any": (("defense", "sacks"),)},
    "def_interceptions": {"any": (("defense", "def_interceptions"),)},
}
_CUES: dict[model.Role, str] = {
    # With plays only football has ("ryan threw for 4944" is Matt Ryan).
    # The conferences and divisions too: the store holds none, so they name the league, never a player.
    "any": ("nfl, football, gridiron, super bowl, super bowls, threw for, rushed for, pick six, hail mary, end zone, "
            "goal line, red zone, afc, nfc, " + ", ".join(f"{side} {division}" for side in ("afc", "nfc")
                                     for division in ("east", "north", "south", "west"))),
    "qb": "quarterback, quarterbacks, qb, qbs, signal caller, signal callers",
    "rb": "running back, running backs, rb, rbs, halfback, halfbacks, tailback, tailbacks, rusher, rushers",
    "wr": (
        "wide receiver, wide receivers, wr, wrs, wideout, wideouts, tight end, tight ends, receiver, "
        "receivers"
    ),
}

_ROLE_POSITIONS: tuple[tuple[model.Role, frozenset[str]], ...] = (
    ("qb", frozenset({"QB"})), ("rb", frozenset({"RB", "FB", "HB"})), ("wr", frozenset({"WR", "TE"})),
)
_GROUP_BY_POSITION = {"QB": "passing", "RB": "rushing", "FB": "rushing", "HB": "rushing",
                      "WR": "receiving", "TE": "receiving"}
_YARDS = {"passing": "passing_yards", "rushing": "rushing_yards", "receiving": "receiving_yards"}


def _roles_of(positions: frozenset[str], career: Mapping[str, model.StatLine]) -> tuple[model.Role, ...]:
    for role, codes in _ROLE_POSITIONS:
        if positions & codes:
            return (role,)
    yards: dict[model.Role, float] = {
        "qb": recorded(career.get("passing"), "passing_yards") / 2,
        "rb": recorded(career.get("rushing"), "rushing_yards"),
        "wr": recorded(career.get("receiving"), "receiving_yards"),
    }
    best = max(yards, key=lambda role: yards[role])
    return (best,) if yards[best] else ("any",)


def _judged_group(positions: tuple[str, ...], groups: Mapping[str, model.StatLine]) -> str:
    for position in positions:
        group = _GROUP_BY_POSITION.get(position.upper())
        if group is not None and group in groups:
            return group
    return max(groups, key=lambda g: groups[g].get(_YARDS.get(g, "games")) or 0.0)



def _club_codes() -> dict[str, tuple[tuple[str, int, int], ...]]:
    """The clubs' team codes by nickname, with the seasons each code was theirs, and fans' short names."""
    codes: dict[str, tuple[tuple[str, int, int], ...]] = {
        "cardinals": (("STL", 1960, 1987), ("PHO", 1988, 1993), ("ARI", 1926, 2100)),
        "falcons": (("ATL", 1966, 2100),), "ravens": (("BAL", 1996, 2100),), "bills": (("BUF", 1960, 2100),),
        "panthers": (("CAR", 1995, 2100),), "bears": (("CHI", 1920, 2100),), "bengals": (("CIN", 1968, 2100),),
        "browns": (("CLE", 1946, 2100),), "cowboys": (("DAL", 1960, 2100),), "broncos": (("DEN", 1960, 2100),),
        "lions": (("DET", 1934, 2100),), "packers": (("GB", 1921, 2100),), "texans": (("HOU", 2002, 2100),),
        "oilers": (("HOU", 1960, 1996), ("TEN", 1997, 1998)), "titans": (("TEN", 1999, 2100),),
        "colts": (("BAL", 1953, 1983), ("IND", 1984, 2100)), "jaguars": (("JAX", 1995, 2100),),
        "chiefs": (("KC", 1963, 2100),), "raiders": (("OAK", 1960, 2019), ("RAI", 1982, 1994), ("LV", 2020, 2100)),
        "chargers": (("SD", 1961, 2016), ("LAC", 1960, 2100)), "dolphins": (("MIA", 1966, 2100),),
        "rams": (("LAR", 1937, 1969), ("RAM", 1970, 1994), ("STL", 1995, 2015), ("LA", 2016, 2100)),
        "vikings": (("MIN", 1961, 2100),), "patriots": (("BOS", 1960, 1970), ("NE", 1960, 2100)),
        "saints": (("NO", 1967, 2100),), "giants": (("NYG", 1925, 2100),), "jets": (("NYJ", 1963, 2100),),
        "eagles": (("PHI", 1933, 2100),), "steelers": (("PIT", 1933, 2100),), "49ers": (("SF", 1946, 2100),),
        "seahawks": (("SEA", 1976, 2100),), "buccaneers": (("TB", 1976, 2100),),
        "commanders": (("WAS", 1970, 2100), ("WSH", 1937, 1969)),
        "redskins": (("WAS", 1970, 2100), ("WSH", 1937, 1969)),
    }
    for short, full in {"pats": "patriots", "niners": "49ers", "bucs": "buccaneers", "jags": "jaguars"}.items():
        codes[short] = codes[full]
    return codes


# Hall of Famers no file holds (40 checked against the Pro Football Hall of Fame's roll).
_ABSENT_HALL_OF_FAMERS = (
    "Jim Brown", "Otto Graham", "Don Hutson", "Jim Thorpe", "Red Grange", "Raymond Berry", "Deacon Jones",
    "Dick Butkus", "Joe Greene", "Jan Stenerud", "Anthony Munoz", "Mike Singletary", "Ronnie Lott", "Reggie White",
    "Bruce Smith", "Kevin Greene", "Rod Woodson", "Michael Strahan",
)

NFL = model.LeagueSpec(
    league=model.League.NFL,
    label="NFL",
    # The players' strikes shortened 1982 to 9 games and 1987 to 15 (three of them played by replacements).
    stoppages={"strike": (1982, 1987)},
    short_seasons={1982: model.STRIKE, 1987: model.ShortSeason(model.STRIKE.cause, replacement_games=3)},
    groups=(_PASSING, _RUSHING, _RECEIVING, _DEFENSE, _KICKING),
    qualifiers={
        # Pro-Football-Reference's per-team-game minimums: 14 attempts, 6.25 carries, 1.875 catches, 0.75
        # field-goal attempts (9 games in 1982, 15 in 1987, 17 from 2021).
        "passing": model.Qualifier("attempts", 14, 1500),
        "rushing": model.Qualifier("carries", 6.25, 750),
        "receiving": model.Qualifier("receptions", 1.875, 200),
        "defense": model.Qualifier("games", 0.5, 100),
        "kicking": model.Qualifier("fg_attempts", 0.75, 100),
    },
    yardsticks={
        "passing": model.Yardsticks(
            totals=("passing_yards", "passing_tds"), per_game=("passing_yards_per_game",),
            efficiency=("passer_rating", "yards_per_attempt", "completion_pct"),
            peak="passing_yards", lead=("passing_yards", "passing_tds"), volume="passing_yards",
            era=(rate_index("passer_rating", "attempts"), rate_index("yards_per_attempt", "attempts")),
            secondary=(("rushing", "rushing_yards"),),
        ),
        "rushing": model.Yardsticks(
            totals=("rushing_yards", "rushing_tds"), per_game=("rushing_yards_per_game",),
            efficiency=("yards_per_carry",), peak="rushing_yards", lead=("rushing_yards",),
            volume="rushing_yards", era=(rate_index("yards_per_carry", "carries"),),
            secondary=(("receiving", "receiving_yards"),),
        ),
        "receiving": model.Yardsticks(
            totals=("receiving_yards", "receptions", "receiving_tds"), per_game=("receiving_yards_per_game",),
            efficiency=("yards_per_reception",), peak="receiving_yards", lead=("receiving_yards",),
            volume="receiving_yards", era=(rate_index("yards_per_reception", "receptions"),),
        ),
        # NFL.com's pages hold only part of the defenders and kickers, so nobody "leads the league" in
        # these groups (Chris Doleman, who led in sacks in 1989, is absent), and no league level is known.
        "defense": model.Yardsticks(
            totals=("sacks", "def_interceptions"), per_game=("sacks_per_game", "def_interceptions_per_game"),
            efficiency=(),
            peak="sacks", lead=(), volume="sacks", era=(),
        ),
        "kicking": model.Yardsticks(
            totals=("fg_made",), per_game=(), efficiency=("fg_pct",), peak="fg_made", lead=(), volume="fg_made",
            era=(),
        ),
    },
    counted_competitions=frozenset({"NFL"}),
    season_ends_in_year=False,
    season_months=(9, 2),
    age_season_offset=0,
    default_ranking=("passing", "passing_yards"),
    volume_stats=(("passing", "passing_yards"), ("rushing", "rushing_yards"), ("receiving", "receiving_yards")),
    # A pass rusher is known by his sacks, a cover man by his interceptions and passes defended, a linebacker
    # by his tackles.
    apart_volume_stats=(("defense", "sacks"), ("defense", "def_interceptions"), ("defense", "passes_defended"),
                        ("defense", "tackles")),
    # No NFL file has awards: the AP MVP comes from the curated table (importers/curated_awards.json).
    awards={"nfl mvp": "mvp"},
    awards_through=2024,
    award_class_labels={"mvp": "AP MVP awards"},
    # The curated AP MVP table starts in 1970 (the award began in 1957).
    award_classes_since={"mvp": 1970},
    # The NFL made sacks an official statistic in 1982 (Pro-Football-Reference: "sacks ... official since
    # 1982"); earlier counts (Deacon Jones', Jack Youngblood's) are researchers' estimates, in no record book.
    stats_kept_since={"sacks": 1982},
    award_classes_first_given={"mvp": 1957},
    # A player's NFL games are not all his games (2021-2023: the weeks he recorded a stat, so a punter's are
    # his passes), and no file says who played the playoffs: finishing with the champion is enough.
    title_games_share=0.0,
    nickname_short_forms={"bucs": "buccaneers", "niners": "49ers", "pats": "patriots", "jags": "jaguars"},
    # The store's NFL team seasons start in 1966; the nicknames are team words in any season, never a
    # player's name.
    team_words=frozenset({
        "cardinals", "falcons", "ravens", "bills", "panthers", "bears", "bengals", "browns", "cowboys",
        "broncos", "lions", "packers", "texans", "colts", "jaguars", "jags", "chiefs", "raiders", "chargers",
        "rams", "dolphins", "vikings", "patriots", "pats", "saints", "giants", "jets", "eagles", "steelers",
        "niners", "49ers", "seahawks", "buccaneers", "bucs", "titans", "commanders", "redskins", "oilers",
    }),
    team_priority=3,
    title_rounds={"NFL championship": "NFL Championship Game", "AFL championship": "AFL Championship Game"},
    title_words=frozenset({"super bowl", "super bowls", "lombardi trophies", "lombardis"}),
    cues=_CUES,
    concepts=_CONCEPTS,
    role_groups={"qb": "passing", "rb": "rushing", "wr": "receiving"},
    roles_of=_roles_of,
    judged_group=_judged_group,
    # Receivers' line first: it is also the line of a player whose role is unknown.
    briefs={
        "wr": ("{} catches, {} receiving yards", (("receiving", "receptions", 0), ("receiving", "receiving_yards", 0))),
        "qb": ("{} passing yards, {} TD passes", (("passing", "passing_yards", 0), ("passing", "passing_tds", 0))),
        "rb": ("{} rushing yards, {} rushing TDs", (("rushing", "rushing_yards", 0), ("rushing", "rushing_tds", 0))),
    },
    known_holes=(
        model.KnownHole("players absent from every file: most players before 1970 and some after, since NFL.com's "
                        "career pages cover only part of the players; of 40 Hall of Famers checked, absent are "
                        f"{', '.join(_ABSENT_HALL_OF_FAMERS[:-1])} and {_ABSENT_HALL_OF_FAMERS[-1]} (offensive "
                        "linemen have no statistics in any file); a career seen from 1970 may have begun earlier "
                        "(John Brodie, Sonny Jurgensen); the AFL's 1960-1969 seasons are stored beside the NFL's "
                        "(no file names the league), so a season before 1970 names no leader",
                        partial_groups=frozenset({"defense", "kicking"}), partial_groups_through=2016,
                        partial_before=1970, before=1970,
                        players=_ABSENT_HALL_OF_FAMERS),
        model.KnownHole("passing completions 1992-1998 only for the quarterbacks NFL.com's pages list (not Joe "
                        "Montana, Warren Moon, Drew Bledsoe or Randall Cunningham), and 1999-2000 (Elvis Grbac, Steve "
                        "McNair, Brian Griese) and a few seasons to 2009 (Tony Romo 2008) of those they lack whose "
                        "play-by-play attempts differ from the official ones: their completion percentage and "
                        "passer rating leave those seasons out, and a season names no rate leader such a passer "
                        "could have been",
                        unranked_rates=frozenset({"completion_pct", "passer_rating"}),
                        unranked_seasons=frozenset(range(1992, 2010))),
        model.KnownHole("2024: no passing attempts or completions, no field goals attempted (the kickers' file lacks "
                        "misses from 40 yards on) and no games played (Fantasy.NFL.com season totals); "
                        "2021-2023 games are weeks with a recorded stat, not official games",
                        partial_seasons=frozenset({2024})),
        model.KnownHole("club seasons before 1966 and in 1987 (the spreadspoke game results begin in 1966 and lack "
                        "1987's replacement games): no team debate for those seasons"),
        model.KnownHole("awards: no source has any; the AP MVP 1970-2024 and Hall of Fame members are curated tables "
                        "(no MVP before 1970, no OPOY, DPOY, All-Pro or Pro Bowl)"),
        # 2024's defenders and kickers join their NFL.com page by its id, else a 2021-2023 player of their name
        # and position; the others (rookies, and most who began in 2017-2023: nflverse has no defense) are
        # seen from 2024.
        model.KnownHole("defense 2017-2023 (NFL.com's pages end in 2016, Fantasy.NFL.com's totals are 2024's; sacks "
                        "only from 1982, when the NFL began counting them; tackles unofficial before 2024): a "
                        "defender's career across those seasons lacks them, and one seen from 2024 may have begun "
                        "earlier", group="defense", after=2016, resumes=2024),
        model.KnownHole("field goals and extra points 2017-2023 (NFL.com's pages end in 2016, Fantasy.NFL.com's "
                        "totals are 2024's)", group="kicking", after=2016, resumes=2024),
    ),
    positions=(
        # Passing yards where a season's source keeps no attempts (2024's).
        model.PositionSpec("quarterback, qb, qb1, signal caller", frozenset({"QB"}), "passing",
                           volume=("attempts", "passing_yards")),
        model.PositionSpec("running back, rb, rb1, halfback, tailback", frozenset({"RB", "HB"}), "rushing",
                           volume=("carries",)),
        model.PositionSpec("fullback", frozenset({"FB"}), "rushing", volume=("carries",)),
        model.PositionSpec("wide receiver, wr, wr1, wideout, receiver", frozenset({"WR"}), "receiving"),
        model.PositionSpec("tight end, te, te1", frozenset({"TE"}), "receiving"),
    ),
    club_codes=_club_codes(),
)
