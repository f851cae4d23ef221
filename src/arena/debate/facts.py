"""Facts: the only numbers a debate may say, each traceable to stat rows, with the form it is shown in.

A fact names whose number it is (``player_id``: a player, ``league:<league>`` for a league-wide figure,
``team:<league>:<code>:<season>`` for a club season), the stat group and key, the scope it covers and
its ``display``. Derived stats use a ``kind:key`` name: ``led:points_per_game`` counts seasons leading
the league, ``era:points_per_game`` is a league-relative index (see :func:`era_form`) and so on.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Iterator
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict

from arena.stats import GROUPS, League, league_spec, season_label

CAREER = "career"
SEASON = "season"
TEAM_GROUP = "team"
AWARDS_GROUP = "awards"
TITLES_GROUP = "titles"

# Shown as a percentage ("49.7%") rather than a fraction.
_PERCENT_KEYS = frozenset({"fg_pct", "fg3_pct", "ft_pct", "true_shooting_pct", "completion_pct", "shooting_pct"})
# Shown as baseball writes them (".342", "1.164").
_POINT_KEYS = frozenset({"batting_avg", "obp", "slg", "ops", "save_pct", "win_pct"})
_SIGNED_KEYS = frozenset({"plus_minus", "srs", "sos", "n_rtg"})
_TEAM_DECIMALS = {"mov": 2, "srs": 2, "sos": 2, "n_rtg": 1, "o_rtg": 1, "d_rtg": 1, "pace": 1}
_COUNT_KINDS = frozenset({"led", "tied", "top5", "top10", "awards", "titles"})
_SEASON_KEYS = frozenset({"debut_season", "final_season", "awards_through", "first_title", "last_title",
                          "title_season", "award_first_season", "award_last_season", "award_first_given",
                          "award_not_given", "leaders_first_season", "titles_through", "apart_first_season",
                          "apart_last_season", "award_window_first", "award_window_last", "stat_kept_season",
                          "stat_unkept_season", "stat_first_kept"})

_DERIVED_LABELS = {
    "seasons": "seasons",
    "games_total": "games",
    "team_games": "his team's games that season",
    "usual_games": "games a team played in the seasons around it",
    "replacement_games": "games each club played with replacement players",
    "debut_season": "first season",
    "final_season": "last season",
    "awards_through": "last season with award data",
    "award_first_season": "first season the award is given every season",
    "award_last_season": "last season of the award in the data",
    "award_first_given": "first season the award was given",
    "award_window_first": "first season every side could win the award",
    "award_window_last": "last season every side could win the award",
    "award_not_given": "a season the award was not given",
    "leaders_first_season": "first season whose leaders the data holds",
    "stat_first_kept": "first season the league kept the stat",
    "apart_first_season": "first season in a league kept apart",
    "apart_last_season": "last season in a league kept apart",
    "stat_kept_season": "a season the league counted the stat",
    "stat_unkept_season": "a season before the league counted the stat",
    "titles_through": "last season whose titles the data credits to players",
    "first_title": "first title season",
    "last_title": "last title season",
    "title_season": "title season",
    "title_rounds": "title rounds reached",
    "title_rounds_lost": "title rounds lost",
    "strikeouts_per_nine": "strikeout rate",  # the catalogue says "per nine innings": a number word
    "hall_of_fame": "Hall of Fame",
    "rookie_limit": "most a rookie may have played before his season",
    "rookie_age_limit": "age by which a player is no rookie",
    "wins": "wins",
    "losses": "losses",
    "win_pct": "winning percentage",
    "mov": "average margin of victory",
    "srs": "simple rating",
    "sos": "strength of schedule",
    "o_rtg": "offensive rating",
    "d_rtg": "defensive rating",
    "n_rtg": "net rating",
    "pace": "pace",
    "titles_won": "titles won that season",
    "playoff_wins": "playoff wins",
}

# What a league-relative index computes, named for it. OPS+ and ERA+ are the standard formulas (100 times
# OBP/lgOBP + SLG/lgSLG - 1; 100 times lgERA/ERA) without park factors; the rest are a stat as a multiple of
# the league's level that season (per player-game for a per-game stat; inverted where lower is better).
_ERA_LABELS = {
    "points_per_game": "points per game", "goals_per_game": "goals per game",
    "home_runs_per_game": "home runs per game", "true_shooting_pct": "true shooting percentage",
    "passer_rating": "passer rating", "yards_per_attempt": "yards per attempt", "yards_per_carry": "yards per carry",
    "yards_per_reception": "yards per catch", "ops": "OPS+", "era": "ERA+", "whip": "WHIP",
    "goals_against_avg": "goals-against average", "save_pct": "save percentage", "o_rtg": "offensive rating",
    "d_rtg": "defensive rating", "points_scored": "points scored per game",
    "points_allowed": "points allowed per game",
}
# The indexes a reader knows by name, and the clause that says what they leave out.
_STANDARD_INDEXES = frozenset({"ops", "era"})

# How an ``era:<key>`` index reads. The "+" stats as they are printed (100 = league average). A count per
# game reads as a multiple of the league's points (rebounds...) per player-game ("8.5 times the average
# player's", not "the league average", which a fan reads as a team's or a qualified player's): players range
# from none to many times it. A rate stays within a few tenths of the league's, so it reads as a percentage
# better or worse ("+8%", "8% better than the league average"). A rate where fewer is better (points allowed,
# WHIP) is kept inverted, so more is better everywhere, but reads as how far under the league's level it is:
# 10.3 points allowed a game where the league allowed 20.7 is "50% below the league average", not the "+100%
# better" its inverse would say.
PLUS, MULTIPLE, PERCENT, BELOW = "plus", "multiple", "percent", "below"
_FEWER_IS_BETTER = frozenset({"whip", "goals_against_avg", "d_rtg", "points_allowed"})


def era_form(key: str) -> str:
    if key in _STANDARD_INDEXES:
        return PLUS
    if key in _FEWER_IS_BETTER:
        return BELOW
    return MULTIPLE if key.endswith("_per_game") else PERCENT


def era_label(key: str) -> str:
    """What ``era:<key>`` computes ("points per game", "OPS+")."""
    return _ERA_LABELS.get(key, key.replace("_", " "))


def _signed_percent(value: float) -> str:
    """``+8%``, ``-2%``, or ``0%`` for a figure that rounds to none (never "-0%")."""
    shown = f"{value:+.0f}"
    return "0%" if shown in ("+0", "-0") else f"{shown}%"


# Per form, how an index's name and number read.
_ERA_FORMS: dict[str, tuple[str, Callable[[float], str]]] = {
    PLUS: ("{} (league-adjusted, not park-adjusted)", lambda value: f"{value:.0f}"),
    MULTIPLE: ("{} as a multiple of the average player's", lambda value: f"{value:.1f}"),
    PERCENT: ("{} against the league average", lambda value: _signed_percent((value - 1) * 100)),
    BELOW: ("{} against the league average", lambda value: _signed_percent((1 / value - 1) * 100)),
}
# What a table's column of signed percentages needs said; a sentence shows its "+13%" beside the name.
_TABLE_NOTES: dict[str, str] = {PERCENT: " (+ is better)", BELOW: " (- is better)"}


def era_stat_label(key: str, *, in_table: bool = True) -> str:
    """The full name of an ``era:<key>`` index: "OPS+ (league-adjusted, not park-adjusted)", "points per
    game as a multiple of the average player's", "WHIP against the league average (+ is better)" (in a table;
    a sentence leaves out the note)."""
    form = era_form(key)
    return _ERA_FORMS[form][0].format(era_label(key)) + (_TABLE_NOTES.get(form, "") if in_table else "")


def era_display(key: str, value: float) -> str:
    """An ``era:<key>`` index as it reads (see :func:`era_form`): "216", "8.5", "+8%"."""
    return _ERA_FORMS[era_form(key)][1](value)


class Fact(BaseModel):
    """One true number (the ``--json`` contract's ``facts``): whose, which stat, over what, and as shown.

    ``scope`` is ``career``, ``season`` (with ``season`` set), ``range:<from>-<to>`` (a career cut to
    seasons), ``stretch:<from>-<to>`` (the best three-season run) or ``league`` (league-wide figure).
    ``held``: the seasons a ``career`` or ``range`` figure covers when a source lacks some of them ("1984 to
    1991 and 1999 to 2000; 1992 to 1998 not recorded"), said in ``display`` after the number, so every side
    citing it says so; None when it covers them all. ``held_seasons``: the seasons those words name.
    ``competition``: where the league ranks each competition apart (MLB's AL and NL), the one a rank or a
    count of seasons leading it was taken in ("AL", "NL", or "AL/NL" for a count over both), or the title
    round a count of rounds reached or lost was played in ("NBA Finals"); else None.
    ``span``: the first and last season a ``range`` figure covers where a known hole cuts the seasons asked
    (Henrik Lundqvist's goaltending of "the 2010s" stops at 2017-18); None when it covers the range's bounds.
    """

    model_config = ConfigDict(frozen=True)

    player_id: str
    group: str
    stat: str
    scope: str
    season: int | None = None
    value: float
    display: str
    held: str | None = None
    held_seasons: tuple[int, ...] = ()
    competition: str | None = None
    span: tuple[int, int] | None = None


def fact_bounds(fact: Fact) -> tuple[int, int] | None:
    """The first and last season a range or stretch figure covers: its ``span`` where a hole cuts the range."""
    return fact.span or scope_bounds(fact.scope)


def bare_display(fact: Fact) -> str:
    """The figure as shown without the seasons it covers ("158" of "158 (2014 to 2023; 2024 not recorded)"),
    for a line that says them apart (after a unit) or a list whose note names the sources' holes."""
    return fact.display if fact.held is None else fact.display.removesuffix(f" ({fact.held})")


def range_scope(first: int, last: int) -> str:
    return f"range:{first}-{last}"


def stretch_scope(first: int, last: int) -> str:
    return f"stretch:{first}-{last}"


def scope_bounds(scope: str) -> tuple[int, int] | None:
    """The first and last season a ``range:`` or ``stretch:`` scope names, else None."""
    kind, _, span = scope.partition(":")
    if kind not in ("range", "stretch") or "-" not in span:
        return None
    first, _, last = span.partition("-")
    return int(first), int(last)


@functools.lru_cache(maxsize=4096)
def league_of(entity_id: str) -> League:
    """The league of a fact's owner: ``nba:jordami01``, ``league:nba`` and ``team:nba:CHI:1996``."""
    parts = entity_id.split(":")
    return League(parts[1] if parts[0] in ("league", "team") else parts[0])


def league_entity(league: League) -> str:
    return f"league:{league.value}"


def team_entity(league: League, team: str, season: int) -> str:
    return f"team:{league.value}:{team}:{season}"


def split_stat(stat: str) -> tuple[str | None, str]:
    """``"led:points_per_game"`` -> ``("led", "points_per_game")``; a plain key has no kind."""
    kind, sep, key = stat.partition(":")
    return (kind, key) if sep else (None, stat)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _count(value: float) -> str:
    # A shared sack counts half to each man: 18.5 sacks are written so, not rounded to 18.
    if value % 1 == 0.5:
        return f"{value:,.1f}"
    return f"{value:,.0f}"


def half_up(value: float, decimals: int, scale: int = 1) -> float:
    """``value`` times ``scale``, rounded as the record books round it: half up on its decimal digits
    (Chamberlain's 2,052 rebounds in 80 games are 25.7 a game, where formatting the binary float, 25.6499...,
    gives 25.6)."""
    if not math.isfinite(value):
        return value * scale
    exact = Decimal(repr(value)) * scale
    return float(exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def _point_style(value: float, decimals: int = 3) -> str:
    text = f"{half_up(value, decimals):.{decimals}f}"
    return text[1:] if text.startswith("0.") else text


def display_value(league: League, group: str, stat: str, value: float) -> str:
    """``value`` as Arena writes it: counts with thousands separators, rates at the catalogue's precision."""
    kind, key = split_stat(stat)
    if kind in _COUNT_KINDS:
        return _count(value)
    if kind == "rank":
        return ordinal(round(value))
    if kind == "era":
        return era_display(key, value)
    if kind == "percentile":
        return f"{value:.1f}"
    if kind == "share":
        return f"{value * 100:.0f}%"
    if key == "hall_of_fame":
        return "inducted" if value else "not inducted"
    if key in _SEASON_KEYS:
        return season_label(league, round(value))
    if key in _POINT_KEYS:
        return _point_style(value)
    if key == "innings_pitched":
        # Innings as the record books write them, whole innings and outs: 1,283.2 is 1,283 and two thirds.
        outs = round(value * 3)
        return f"{outs // 3:,}.{outs % 3}"
    if key in _TEAM_DECIMALS:
        decimals = _TEAM_DECIMALS[key]
        value = half_up(value, decimals)
        return f"{value:+.{decimals}f}" if key in _SIGNED_KEYS else f"{value:.{decimals}f}"
    stat_group = GROUPS[league].get(group)
    rate = stat_group.rate(key) if stat_group is not None else None
    if rate is None:
        return f"{value:+,.0f}" if key in _SIGNED_KEYS and value > 0 else _count(value)
    if key in _PERCENT_KEYS:
        decimals = max(rate.decimals - 2, 1)
        return f"{half_up(value, decimals, 100):.{decimals}f}%"
    return f"{half_up(value, rate.decimals):,.{rate.decimals}f}"


@functools.cache
def stat_label(league: League, group: str, stat: str, *, in_table: bool = True) -> str:
    """A human name for a fact's stat ("points per game", "seasons leading the league in goals"), as a
    table's row names it or, without ``in_table``, as a sentence does."""
    kind, key = split_stat(stat)
    if kind == "awards":
        return award_class_label(league, key)
    if kind == "titles":
        return league_spec(league).titles_label
    if kind == "era":
        return era_stat_label(key, in_table=in_table)
    stat_group = GROUPS[league].get(group)
    base = _DERIVED_LABELS.get(key) or (stat_group.label(key) if stat_group else key.replace("_", " "))
    if kind is None:
        return base
    # Where leaders are ranked within a competition (MLB's AL and NL), the field is "his league".
    field = league_spec(league).leaders_field or "the league"
    return {
        "led": f"seasons leading {field} in {base}",
        "tied": (f"seasons tied for the lead in {field} in {base}" if league_spec(league).leaders_field
                 else f"seasons tied for the league lead in {base}"),
        "top5": f"seasons in {field}'s top five in {base}",
        "top10": f"seasons in {field}'s top ten in {base}",
        "share": f"share of seasons in {field}'s top five in {base}",
        "rank": f"league rank in {base}",
        "percentile": f"best season's percentile in {base} among the league's players",
    }.get(kind, f"{kind} {base}")


# Award classes as they read where a league does not name them its own way (the Hart is hockey's MVP award).
_AWARD_CLASS_LABELS: dict[str, str] = {
    "mvp": "MVP awards",
    "cy_young": "Cy Young Awards",
    "major": "major individual trophies",
    "all_league": "All-League team selections",
    "all_defense": "All-Defensive team selections",
    "all_star": "All-Star selections",
    "rookie": "Rookie of the Year awards",
}


def award_class_label(league: League | None, award_class: str) -> str:
    """How an award class, or a trophy asked about by name, reads in ``league`` ("Hart Trophies", "Vezina
    Trophies"), or in every league's words when None."""
    spec = league_spec(league) if league is not None else None
    own = spec.award_class_labels.get(award_class) if spec is not None else None
    trophy = next((t.label for t in spec.trophies if t.key == award_class), None) if spec is not None else None
    return own or trophy or _AWARD_CLASS_LABELS.get(award_class) or f"{award_class.replace('_', ' ')} honours"


class FactBook:
    """The facts one debate collected, in order, one per (owner, group, stat, scope, season)."""

    def __init__(self) -> None:
        self._facts: dict[tuple[str, str, str, str, int | None], Fact] = {}
        self._held: dict[tuple[str, str, str], tuple[str, tuple[int, ...]]] = {}
        self._spans: dict[str, tuple[int, int]] = {}

    def hold(self, player_id: str, group: str, stat: str, held: tuple[str, tuple[int, ...]]) -> None:
        """Say ``held`` (the seasons covered, in words, and the seasons they name) with every later career or
        range figure of ``stat``: a source lacks some of the player's seasons of it. Call before the figure
        is first added."""
        self._held[player_id, group, stat] = held

    def is_held(self, player_id: str, group: str, stat: str) -> bool:
        """Whether figures of ``stat`` say the seasons they cover (see :meth:`hold`): a source lacks some."""
        return (player_id, group, stat) in self._held

    def cut(self, player_id: str, span: tuple[int, int]) -> None:
        """Say ``span`` (the seasons his figures cover) for every later range figure of the player: a known hole
        cuts the range asked. Call before his first figure is added."""
        self._spans[player_id] = span

    def add(self, player_id: str, group: str, stat: str, value: float, *, scope: str = CAREER,
            season: int | None = None, competition: str | None = None) -> Fact:
        """Record a fact (formatted for its league) and return it; adding the same fact twice keeps one."""
        key = (player_id, group, stat, scope, season)
        existing = self._facts.get(key)
        if existing is not None:
            return existing
        display = display_value(league_of(player_id), group, stat, value)
        held, named = (self._held.get((player_id, group, stat), (None, ()))
                       if scope == CAREER or scope.startswith("range:") else (None, ()))
        if held is not None:
            display = f"{display} ({held})"
        # Validated, though built from typed values: pydantic's validation (in Rust) takes half the time
        # of ``model_construct`` (in Python), and this is the hot path.
        fact = Fact(player_id=player_id, group=group, stat=stat, scope=scope, season=season, value=float(value),
                    display=display, held=held, held_seasons=named, competition=competition,
                    span=self._spans.get(player_id) if scope.startswith("range:") else None)
        self._facts[key] = fact
        return fact

    def extend(self, facts: Iterable[Fact]) -> None:
        for fact in facts:
            self._facts.setdefault((fact.player_id, fact.group, fact.stat, fact.scope, fact.season), fact)

    def __iter__(self) -> Iterator[Fact]:
        return iter(self._facts.values())

    def __len__(self) -> int:
        return len(self._facts)

    def facts(self) -> list[Fact]:
        return list(self._facts.values())
