"""The stat catalogue: leagues, stat groups, their keys, and how every rate is derived from totals.

This is the public contract of the stat store (issue #2). Importers store only counting stats; every
rate is computed here from summed totals, never averaged, over the rows where its components were
recorded. A stat an era did not record is ``None``, never 0.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

StatLine = dict[str, float | None]


class League(StrEnum):
    NBA = "nba"
    NFL = "nfl"
    MLB = "mlb"
    NHL = "nhl"


@dataclass(frozen=True)
class Rate:
    """A stat computed from counting stats.

    ``required`` components must all be recorded in a row for it to count; ``optional`` ones count as 0
    when unrecorded (HBP and SF in OBP, as the reference sites do).
    """

    key: str
    label: str
    required: tuple[str, ...]
    compute: Callable[[Mapping[str, float]], float | None]
    optional: tuple[str, ...] = ()
    higher_is_better: bool = True
    decimals: int = 1


@dataclass(frozen=True)
class StatGroup:
    league: League
    name: str
    counts: tuple[str, ...]
    rates: tuple[Rate, ...]
    labels: Mapping[str, str] = field(default_factory=dict)
    # Counting stats where fewer is better (turnovers, interceptions, earned runs...).
    lower_is_better: frozenset[str] = frozenset()

    @property
    def keys(self) -> tuple[str, ...]:
        return self.counts + tuple(r.key for r in self.rates)

    def rate(self, key: str) -> Rate | None:
        for r in self.rates:
            if r.key == key:
                return r
        return None

    def label(self, key: str) -> str:
        r = self.rate(key)
        if r is not None:
            return r.label
        return self.labels.get(key, key.replace("_", " "))

    def is_higher_better(self, key: str) -> bool:
        r = self.rate(key)
        if r is not None:
            return r.higher_is_better
        return key not in self.lower_is_better


def _div(num: float, den: float) -> float | None:
    return num / den if den else None


def _per_game(key: str, label: str) -> Rate:
    return Rate(f"{key}_per_game", label, (key, "games"), lambda t: _div(t[key], t["games"]))


def _true_shooting(t: Mapping[str, float]) -> float | None:
    return _div(t["points"], 2 * (t["fg_attempts"] + 0.44 * t["ft_attempts"]))


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


def _obp(t: Mapping[str, float]) -> float | None:
    on_base = t["hits"] + t["walks"] + t["hit_by_pitch"]
    return _div(on_base, t["at_bats"] + t["walks"] + t["hit_by_pitch"] + t["sacrifice_flies"])


def _total_bases(t: Mapping[str, float]) -> float:
    return t["hits"] + t["doubles"] + 2 * t["triples"] + 3 * t["home_runs"]


def _ops(t: Mapping[str, float]) -> float | None:
    obp, slg = _obp(t), _div(_total_bases(t), t["at_bats"])
    return None if obp is None or slg is None else obp + slg


_BATTING_ONBASE = ("at_bats", "hits", "walks")
_BATTING_SLG = ("at_bats", "hits", "doubles", "triples", "home_runs")

GROUPS: dict[League, dict[str, StatGroup]] = {
    League.NBA: {
        "basketball": StatGroup(
            League.NBA,
            "basketball",
            counts=(
                "games", "games_started", "minutes", "points", "rebounds", "offensive_rebounds",
                "defensive_rebounds", "assists", "steals", "blocks", "turnovers", "fouls", "fg_made",
                "fg_attempts", "fg3_made", "fg3_attempts", "ft_made", "ft_attempts",
            ),
            rates=(
                _per_game("points", "points per game"),
                _per_game("rebounds", "rebounds per game"),
                _per_game("assists", "assists per game"),
                _per_game("steals", "steals per game"),
                _per_game("blocks", "blocks per game"),
                _per_game("minutes", "minutes per game"),
                Rate("fg_pct", "field-goal percentage", ("fg_made", "fg_attempts"),
                     lambda t: _div(t["fg_made"], t["fg_attempts"]), decimals=3),
                Rate("fg3_pct", "three-point percentage", ("fg3_made", "fg3_attempts"),
                     lambda t: _div(t["fg3_made"], t["fg3_attempts"]), decimals=3),
                Rate("ft_pct", "free-throw percentage", ("ft_made", "ft_attempts"),
                     lambda t: _div(t["ft_made"], t["ft_attempts"]), decimals=3),
                Rate("true_shooting_pct", "true shooting percentage",
                     ("points", "fg_attempts", "ft_attempts"), _true_shooting, decimals=3),
            ),
            labels={"fg3_made": "three-pointers made", "fg_made": "field goals made",
                    "ft_made": "free throws made", "games_started": "games started"},
            lower_is_better=frozenset({"turnovers", "fouls"}),
        ),
    },
    League.NFL: {
        "passing": StatGroup(
            League.NFL,
            "passing",
            counts=("games", "games_started", "completions", "attempts", "passing_yards", "passing_tds",
                    "interceptions"),
            rates=(
                Rate("completion_pct", "completion percentage", ("completions", "attempts"),
                     lambda t: _div(t["completions"], t["attempts"]), decimals=3),
                Rate("yards_per_attempt", "yards per attempt", ("passing_yards", "attempts"),
                     lambda t: _div(t["passing_yards"], t["attempts"])),
                Rate("passer_rating", "passer rating",
                     ("completions", "attempts", "passing_yards", "passing_tds", "interceptions"),
                     _passer_rating),
                _per_game("passing_yards", "passing yards per game"),
            ),
            labels={"passing_tds": "passing touchdowns"},
            lower_is_better=frozenset({"interceptions"}),
        ),
        "rushing": StatGroup(
            League.NFL,
            "rushing",
            counts=("games", "carries", "rushing_yards", "rushing_tds"),
            rates=(
                Rate("yards_per_carry", "yards per carry", ("rushing_yards", "carries"),
                     lambda t: _div(t["rushing_yards"], t["carries"])),
                _per_game("rushing_yards", "rushing yards per game"),
            ),
            labels={"rushing_tds": "rushing touchdowns"},
        ),
        "receiving": StatGroup(
            League.NFL,
            "receiving",
            counts=("games", "receptions", "targets", "receiving_yards", "receiving_tds"),
            rates=(
                Rate("yards_per_reception", "yards per reception", ("receiving_yards", "receptions"),
                     lambda t: _div(t["receiving_yards"], t["receptions"])),
                _per_game("receiving_yards", "receiving yards per game"),
            ),
            labels={"receiving_tds": "receiving touchdowns"},
        ),
    },
    League.MLB: {
        "batting": StatGroup(
            League.MLB,
            "batting",
            counts=("games", "at_bats", "runs", "hits", "doubles", "triples", "home_runs", "rbi",
                    "stolen_bases", "walks", "strikeouts", "hit_by_pitch", "sacrifice_flies"),
            rates=(
                Rate("batting_avg", "batting average", ("hits", "at_bats"),
                     lambda t: _div(t["hits"], t["at_bats"]), decimals=3),
                Rate("obp", "on-base percentage", _BATTING_ONBASE, _obp,
                     optional=("hit_by_pitch", "sacrifice_flies"), decimals=3),
                Rate("slg", "slugging percentage", _BATTING_SLG,
                     lambda t: _div(_total_bases(t), t["at_bats"]), decimals=3),
                Rate("ops", "OPS", tuple(dict.fromkeys(_BATTING_ONBASE + _BATTING_SLG)), _ops,
                     optional=("hit_by_pitch", "sacrifice_flies"), decimals=3),
            ),
            labels={"rbi": "RBI", "home_runs": "home runs"},
            lower_is_better=frozenset({"strikeouts"}),
        ),
        "pitching": StatGroup(
            League.MLB,
            "pitching",
            counts=("games", "games_started", "wins", "losses", "saves", "outs_pitched", "strikeouts",
                    "walks", "earned_runs", "hits_allowed", "home_runs_allowed"),
            rates=(
                Rate("innings_pitched", "innings pitched", ("outs_pitched",),
                     lambda t: t["outs_pitched"] / 3),
                Rate("era", "ERA", ("earned_runs", "outs_pitched"),
                     lambda t: _div(27 * t["earned_runs"], t["outs_pitched"]),
                     higher_is_better=False, decimals=2),
                Rate("whip", "WHIP", ("walks", "hits_allowed", "outs_pitched"),
                     lambda t: _div(3 * (t["walks"] + t["hits_allowed"]), t["outs_pitched"]),
                     higher_is_better=False, decimals=2),
                Rate("strikeouts_per_nine", "strikeouts per nine innings", ("strikeouts", "outs_pitched"),
                     lambda t: _div(27 * t["strikeouts"], t["outs_pitched"])),
            ),
            lower_is_better=frozenset({"losses", "walks", "earned_runs", "hits_allowed",
                                       "home_runs_allowed"}),
        ),
    },
    League.NHL: {
        "skating": StatGroup(
            League.NHL,
            "skating",
            counts=("games", "goals", "assists", "points", "plus_minus", "penalty_minutes", "shots",
                    "power_play_goals", "game_winning_goals"),
            rates=(
                _per_game("goals", "goals per game"),
                _per_game("points", "points per game"),
                Rate("shooting_pct", "shooting percentage", ("goals", "shots"),
                     lambda t: _div(t["goals"], t["shots"]), decimals=3),
            ),
            labels={"plus_minus": "plus-minus", "penalty_minutes": "penalty minutes"},
            lower_is_better=frozenset({"penalty_minutes"}),
        ),
        "goaltending": StatGroup(
            League.NHL,
            "goaltending",
            counts=("games", "minutes", "wins", "losses", "ties_ot_losses", "shutouts", "goals_against",
                    "shots_against"),
            rates=(
                Rate("goals_against_avg", "goals-against average", ("goals_against", "minutes"),
                     lambda t: _div(60 * t["goals_against"], t["minutes"]),
                     higher_is_better=False, decimals=2),
                Rate("save_pct", "save percentage", ("goals_against", "shots_against"),
                     lambda t: _div(t["shots_against"] - t["goals_against"], t["shots_against"]),
                     decimals=3),
            ),
            lower_is_better=frozenset({"losses", "goals_against"}),
        ),
    },
}

# Which recorded competitions count towards each league's figures (ABA, WHA and the pre-NHL leagues are
# stored, but kept apart from NBA and NHL totals, as the reference sites do). MLB counts the six leagues
# its 1969 Special Baseball Records Committee ruled major: AL, NL, and the American Association, Union
# Association, Players' League and Federal League, which Baseball-Reference counts too. The National
# Association of 1871-75 ("NA") is stored but not counted: MLB does not recognise it (Baseball-Reference
# does), so careers match MLB's official records.
COUNTED_COMPETITIONS: dict[League, frozenset[str]] = {
    League.NBA: frozenset({"NBA", "BAA"}),
    League.NFL: frozenset({"NFL"}),
    League.MLB: frozenset({"AL", "NL", "MLB", "AA", "UA", "PL", "FL"}),
    League.NHL: frozenset({"NHL"}),
}


def group(league: League, name: str) -> StatGroup:
    """The stat group ``name`` of ``league``; raises :class:`KeyError` when unknown."""
    return GROUPS[league][name]


def groups_with_key(league: League, key: str) -> list[StatGroup]:
    return [g for g in GROUPS[league].values() if key in g.keys]


def season_label(league: League, season: int) -> str:
    """The season as fans write it: NBA and NHL seasons end in ``season`` (2016 -> "2015-16")."""
    if league in (League.NBA, League.NHL):
        return f"{season - 1}-{season % 100:02d}"
    return str(season)


def sum_counts(rows: Iterable[Mapping[str, float | None]], keys: Iterable[str]) -> StatLine:
    """Add counting stats over rows, skipping unrecorded values; None where no row recorded the key."""
    rows = list(rows)
    totals: StatLine = {}
    for key in keys:
        values = [v for r in rows if (v := r.get(key)) is not None]
        totals[key] = float(sum(values)) if values else None
    return totals


def compute_rates(stat_group: StatGroup, rows: list[Mapping[str, float | None]]) -> StatLine:
    """Every rate of ``stat_group`` from totals, each over the rows where its components were recorded."""
    rates: StatLine = {}
    for rate in stat_group.rates:
        usable = [r for r in rows if all(r.get(k) is not None for k in rate.required)]
        if not usable:
            rates[rate.key] = None
            continue
        comp: dict[str, float] = {}
        for k in rate.required + rate.optional:
            comp[k] = float(sum(v for r in usable if (v := r.get(k)) is not None))
        rates[rate.key] = rate.compute(comp)
    return rates


def stat_line(stat_group: StatGroup, rows: list[Mapping[str, float | None]]) -> StatLine:
    """Totals and rates of ``stat_group`` over ``rows`` (one season's row, or a career's)."""
    line = sum_counts(rows, stat_group.counts)
    line.update(compute_rates(stat_group, rows))
    return line
