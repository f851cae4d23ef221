"""Measures: the figures a debate compares, per league and position, each backed by a fact.

A measure is one contender's value on one comparable yardstick (career points, best season's ERA,
seasons leading the league, scoring against the league's level that season). Contenders in the same
stat group are compared on everything; across positions or sports only on yardsticks that mean the
same everywhere (league ranks, percentiles, accolades, longevity).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from arena.debate.dossier import SEASON_RANK_DEPTH, WINDOW_RANK_DEPTH, Dossier
from arena.debate.facts import (
    AWARDS_GROUP,
    SEASON,
    Fact,
    FactBook,
    league_entity,
    range_scope,
    split_stat,
    stretch_scope,
)
from arena.nlu import StatFocus
from arena.stats import (
    GROUPS,
    EraSpec,
    League,
    StatGroup,
    StatLine,
    Yardsticks,
    compute_rate,
    league_spec,
    season_label,
)
from arena.stats.leagues.model import Trophy

PRODUCTION = "production"
PEAK = "peak"
LONGEVITY = "longevity"
EFFICIENCY = "efficiency"
ACCOLADES = "accolades"
ERA = "era_dominance"
FOCUS = "stat_focus"
RECORD = "record"
DOMINANCE = "dominance"

_CLASS_WEIGHTS = {"mvp": 3.0, "cy_young": 3.0, "major": 2.0, "all_league": 2.0, "all_defense": 1.0, "all_star": 1.0,
                  "rookie": 0.5}
_HALL_OF_FAME_WEIGHT = 1.5
_PART_WEIGHT = 0.25
# Counting stats that are a team's result as much as the player's (a goalie's wins): across positions, where
# each side is ranked in a stat of his own role, such a stat is not his (see role_stat).
TEAM_RESULTS = frozenset({"wins"})
# How a question about one role ("as a scorer") weighs the role's measures: rate first (points per game,
# goals per game), then the seasons leading the league in it (scoring titles) and the stat against the league
# of each one's day; the total is support, since a longer career piles it up without scoring any better.
# A best season or stretch of a rate is the role's peak; of a total (touchdowns, season goals) it is support too.
# A generation apart, raw best seasons give way to the best season against its league.
ROLE_WEIGHTS: dict[str, float] = {"rate": 2.0, "led": 1.5, "era": 1.5, "total": 0.5, "peak:rate": 1.0,
                                  "peak:total": 0.5}
# A season's place on one stat's leaderboard says who was ahead, not by how much, and of one part of his game
# (second in batting average): it counts half as much as a league-relative index (OPS+), which measures the margin
# over the league's level on the complete measure.
SEASON_RANK_WEIGHT = 0.5
# The stat every league's durability concept ("longevity", "durability") names: a question about it is about
# his seasons and games together.
DURABILITY_STAT = "games"
# Seasons between the middles of two careers (or two seasons) that make them different eras.
ERA_GAP = 15


@dataclass(frozen=True)
class Measure:
    """One contender's value on one yardstick; ``key`` is what makes two contenders' measures comparable."""

    criterion: str
    key: str
    kind: str  # total, rate, peak, stretch, seasons, games, led, top5, era, era_peak, rank, percentile, ...
    stat: str
    group: str
    value: float
    fact: Fact
    higher_is_better: bool = True
    weight: float = 1.0
    context: tuple[Fact, ...] = ()
    # For a rank: the length of the leaderboard it is read from. A rank is scored by the places it stands
    # from that list's end, since a ratio of ranks means nothing (2nd is not a third better than 3rd).
    depth: int | None = None


@dataclass(frozen=True)
class AwardTerms:
    """What accolades a debate's contenders can fairly be compared on: not an award class that more than a
    season or a tenth of some contender's career came before (``excluded``: class -> that contender and the
    class's first season; see :func:`seasons_an_award_may_predate`), and not the Hall of Fame while a
    contender is active or not yet eligible (``hall_of_fame_withheld``: who)."""

    excluded: Mapping[str, tuple[Dossier, int]] = field(default_factory=dict)
    hall_of_fame_withheld: Dossier | None = None
    won: Mapping[str, int] = field(default_factory=dict)  # award class -> awards the contenders won
    # Classes left out because the contenders come from different leagues and the class is each league's
    # own set of trophies (see LEAGUE_OWN_CLASSES).
    unlike: frozenset[str] = frozenset()
    # The rookie award, left out when a contender was no rookie in any season of his window (he came from
    # another major league, or had played past his league's rookie limits: see Dossier.not_a_rookie): who.
    never_a_rookie: Dossier | None = None
    # Classes whose data stops before some contender's window ends (see LeagueSpec.award_classes_through):
    # class -> that contender and the class's last season held.
    uncovered: Mapping[str, tuple[Dossier, int]] = field(default_factory=dict)
    # Classes not given at all in some contender's single season (see LeagueSpec.award_seasons_not_given):
    # class -> that contender and the season.
    not_given: Mapping[str, tuple[Dossier, int]] = field(default_factory=dict)
    # A class of several trophies whose awards the contenders won are all one trophy: class -> that trophy,
    # counted and named as itself ("3 Norris Trophies", not "3 major trophies besides the Hart").
    one_trophy: Mapping[str, Trophy] = field(default_factory=dict)
    # The award class the question asks who deserved ("who deserved the 2004-05 MVP"): the verdict is the
    # question, so who was given it is no evidence for either side.
    judged: frozenset[str] = frozenset()
    # Classes a contender's career began before, counted only over the seasons every contender could win one
    # (given, and each of them playing): class -> that contender, the class's first season, and the first and
    # last season of that common window. A class with no such season stays in ``excluded``.
    common: Mapping[str, tuple[Dossier, int, int, int]] = field(default_factory=dict)
    common_of: int = 1  # the seasons of the shortest contender's window, which a common window is a share of
    # Classes left in ``excluded`` though the contenders shared a season of them, too few to compare careers
    # on (under ``COMMON_SEASONS``): class -> the first and last season shared.
    overlap: Mapping[str, tuple[int, int]] = field(default_factory=dict)


# The "major" class is each league's own set of trophies (the NBA's Defensive Player of the Year; the NHL's
# Vezina, Norris, Art Ross and more; MLB's Triple Crowns), so a count of it compares only within a league.
LEAGUE_OWN_CLASSES = frozenset({"major"})


# Below this many awards or titles, a count's edge is taken against this many: one MVP (or ring) to none is a
# third of the way, not the whole way, as a plain ratio would have it (see arena.debate.verdict).
SMALL_COUNT = 3.0
HONOUR_KINDS = frozenset({"awards", "titles"})


def edge_scale(kind: str, best: float) -> float:
    """What a lead of the best figure ``best`` (a measure of ``kind``) is measured against: the best itself,
    or for a count of awards or titles ``SMALL_COUNT`` where that is more."""
    return max(best, SMALL_COUNT) if kind in HONOUR_KINDS else best


def said_as(key: str) -> str:
    """The finding a measure key states: a share of seasons in the top five is the count of them over his
    seasons, so 'in the top five 9 times' and 'in 50% of his seasons' are one claim, made once."""
    return "top5" + key.removeprefix("share") if key.startswith("share") else key


def seasons_an_award_may_predate(award_class: str, seasons: int) -> int:
    """How many of a career's seasons may come before an award existed with its count still fair to compare:
    a career that began a season before the award (Koufax, 1955, and the Cy Young, 1956) had nearly every
    chance at it, and fans compare those counts; more than a tenth of the career missed is not the same race,
    so a window of fewer than ten seasons may miss none (a single season before the award existed has no
    count of it to compare: Bonds' 2001 and the All-MLB team, first chosen in 2019). The rookie award is one
    chance at the start, so a single season before it rules it out."""
    if award_class == "rookie":
        return 0
    return seasons // 10


def award_terms(dossiers: Sequence[Dossier]) -> AwardTerms:
    """The fair terms among ``dossiers`` (see :class:`AwardTerms`)."""
    excluded: dict[str, tuple[Dossier, int]] = {}
    for d in dossiers:
        lines = d.season_lines()
        if not lines:
            continue
        for award_class, since in league_spec(d.league).award_classes_since.items():
            missed = sum(1 for line in lines if line[0].season < since)
            if missed > seasons_an_award_may_predate(award_class, len(lines)) and award_class not in excluded:
                excluded[award_class] = (d, since)
    uncovered: dict[str, tuple[Dossier, int]] = {}
    for d in dossiers:
        lines = d.season_lines()
        for award_class, through in league_spec(d.league).award_classes_through.items():
            if lines and lines[-1][0].season > through and award_class not in uncovered:
                uncovered[award_class] = (d, through)
    not_given: dict[str, tuple[Dossier, int]] = {}
    for d in dossiers:
        lines = d.season_lines()
        if d.window.is_single and lines:
            season = lines[0][0].season
            for award_class, seasons in league_spec(d.league).award_seasons_not_given.items():
                if season in seasons and award_class not in not_given:
                    not_given[award_class] = (d, season)
    withheld = next((d for d in dossiers if d.awaits_hall_of_fame), None)
    won: dict[str, int] = {}
    for d in dossiers:
        for award in d.awards:
            won_class = league_spec(d.league).awards.get(award.award.lower())
            if won_class is not None:
                won[won_class] = won.get(won_class, 0) + 1
    unlike = LEAGUE_OWN_CLASSES if len({d.league for d in dossiers}) > 1 else frozenset()
    one_trophy = _one_trophy(dossiers)
    for award_class, trophy in one_trophy.items():
        # A trophy first given after a contender's career began is his as the class's would be: Harvey's
        # seven Norris Trophies (from 1953-54) against Eddie Shore, retired in 1940, are no edge.
        for d in dossiers:
            lines = d.season_lines()
            missed = sum(1 for line in lines if line[0].season < trophy.first_season)
            if missed > seasons_an_award_may_predate(award_class, len(lines)) and award_class not in excluded:
                excluded[award_class] = (d, trophy.first_season)
    never_a_rookie = next((d for d in dossiers if d.not_a_rookie is not None), None)
    common: dict[str, tuple[Dossier, int, int, int]] = {}
    overlap: dict[str, tuple[int, int]] = {}
    for award_class, (d, since) in list(excluded.items()):
        window = _common_window(dossiers, since)
        if window is None or award_class == "rookie":
            continue
        if window[1] - window[0] + 1 < COMMON_SEASONS:
            overlap[award_class] = window
            continue
        common[award_class] = (d, since, *window)
        del excluded[award_class]
    return AwardTerms(excluded=excluded, hall_of_fame_withheld=withheld, won=won, unlike=unlike,
                      never_a_rookie=never_a_rookie, uncovered=uncovered, not_given=not_given,
                      one_trophy=one_trophy, common=common, overlap=overlap,
                      common_of=min((len(d.season_lines()) for d in dossiers), default=1))


# The fewest seasons an award is counted over when a contender's career began before it: a season or two
# shared (Russell's last, 1968-69, the All-Defensive team's first, against Chamberlain's career) is a season's
# race, not a career's; three is the run the debate's best stretch is measured over.
COMMON_SEASONS = 3


def _common_window(dossiers: Sequence[Dossier], since: int) -> tuple[int, int] | None:
    """The first and last season in which every one of ``dossiers`` played and an award given every season
    from ``since`` was given (Foxx's 1925-45 and Greenberg's 1930-47 with the MVP from 1931: 1931 to 1945),
    or None where there is none (Babe Ruth's and Mike Trout's)."""
    spans = [(lines[0][0].season, lines[-1][0].season) for d in dossiers if (lines := d.season_lines())]
    if len(spans) < 2:
        return None
    first, last = max(since, *(a for a, _ in spans)), min(b for _, b in spans)
    return (first, last) if first <= last else None


def _one_trophy(dossiers: Sequence[Dossier]) -> dict[str, Trophy]:
    """The award classes (of one league) whose awards the contenders won are all one trophy of its table."""
    leagues = {d.league for d in dossiers}
    if len(leagues) != 1:
        return {}
    spec = league_spec(next(iter(leagues)))
    names: dict[str, set[str]] = {}
    for d in dossiers:
        for award in d.awards:
            award_class = spec.awards.get(award.award.lower())
            if award_class is not None:
                names.setdefault(award_class, set()).add(award.award.lower())
    by_award = {t.award: t for t in spec.trophies}
    several = {c for c in spec.awards.values() if sum(1 for other in spec.awards.values() if other == c) > 1}
    return {c: by_award[name] for c, won in names.items() if c in several and len(won) == 1
            and (name := next(iter(won))) in by_award}


def award_caveat(dossier: Dossier) -> str | None:
    """Why a contender's awards cannot be counted in full, or None when they can."""
    league = dossier.league
    spec = league_spec(league)
    through = spec.awards_through
    if through is None:
        return f"The data has no {spec.label} awards, so awards are not compared."
    lines = dossier.season_lines()
    if lines and lines[-1][0].season > through:
        return (f"The data's {spec.label} awards end with {season_label(league, through)}, so awards "
                f"are not compared for careers that run past it.")
    return None


def _value_over(stat_group: StatGroup, key: str, lines: Sequence[StatLine]) -> float | None:
    """One stat over several seasons, as the catalogue computes it (rates from summed components)."""
    rate = stat_group.rate(key)
    if rate is None:
        values = [v for line in lines if (v := line.get(key)) is not None]
        return sum(values) if values else None
    return compute_rate(rate, lines)


def spec_for(dossier: Dossier) -> Yardsticks | None:
    return league_spec(dossier.league).yardsticks.get(dossier.group or "")


def is_higher_better(league: League, group: str, key: str) -> bool:
    stat_group = GROUPS[league].get(group)
    return stat_group.is_higher_better(key) if stat_group is not None else True


def _best_stretch(stat_group: StatGroup, key: str, lines: Sequence[tuple[int, StatLine]],
                  better: bool, played: frozenset[int]) -> tuple[float, int, int] | None:
    """The best three-season run of ``lines`` (season, line) in ``key``: (value, first season, last).
    ``played``: every season he played, those of ``lines`` or not (a rate's seasons short of qualifying)."""
    best: tuple[float, int, int] | None = None
    for i in range(len(lines) - 2):
        run = lines[i:i + 3]
        # Three seasons in a row, allowing one the league or he did not play (the 2004-05 NHL lockout), but
        # not one he played short of qualifying: Whitey Ford's 1955, 1956 and 1958 skip his 1957 (11-5 in 129
        # innings), so they are no run of three.
        skipped = set(range(run[0][0] + 1, run[-1][0])) - {run[1][0]}
        if run[-1][0] - run[0][0] > 3 or skipped & played:
            continue
        value = _value_over(stat_group, key, [line for _, line in run])
        if value is None:
            continue
        if best is None or (value > best[0] if better else value < best[0]):
            best = (value, run[0][0], run[-1][0])
    return best


def _era_indexes(dossier: Dossier, era_spec: EraSpec) -> tuple[float | None, tuple[float, int] | None]:
    """His index against the league on ``era_spec`` over his seasons, weighted by its weight key (None when no
    season has one), and his best index in a qualifying season with that season."""
    group = dossier.group or ""
    qualified = {s.season for s, _ in dossier.qualified_lines(era_spec.stat)}
    weighted = total_weight = 0.0
    best: tuple[float, int] | None = None
    for season, line in dossier.season_lines():
        ctx = dossier.contexts.get(season.season)
        if ctx is None:
            continue
        index = era_spec.index(line, ctx.groups.get(group, {}), ctx.per_player_game.get(group, {}))
        weight = line.get(era_spec.weight_key) or 0.0
        if index is None or weight <= 0:
            continue
        weighted += index * weight
        total_weight += weight
        if season.season in qualified and (best is None or index > best[0]):
            best = (index, season.season)
    return (weighted / total_weight if total_weight else None), best


def standing(dossier: Dossier, key: str) -> float | None:
    """His ``key`` per game as a multiple of the league's per player-game over his seasons (weighted by
    games): how far the stat sets him apart from the average player (Mutombo's blocks about six times over,
    Howard's steals about once). None where no season has the league's level of it."""
    def index(line: StatLine, _league: StatLine, per_player_game: StatLine) -> float | None:
        value, games, level = line.get(key), line.get("games"), per_player_game.get(key)
        return value / games / level if value is not None and games and level else None

    return _era_indexes(dossier, EraSpec(key, "games", index))[0]


def weigh_by_standing(measures: Sequence[dict[tuple[str, str], Measure]], dossiers: Sequence[Dossier],
                      keys: Sequence[str]) -> None:
    """The stat-in-question measures of a role named by several stats ('on defense': steals, blocks and
    defensive rebounds) weighed by how far the best of the contenders stands above the league's average
    player in each (see :func:`standing`), not alike: a center's defense is his blocks, six times the
    average, more than steals nobody of them stands out in. Left alike where a stat has no league level."""
    standings = {key: max((v for d in dossiers if (v := standing(d, key)) is not None), default=None)
                 for key in keys}
    known = [v for v in standings.values() if v is not None]
    if len(known) < 2 or len(known) < len(standings):
        return
    mean = sum(known) / len(known)
    for held in measures:
        for key, m in list(held.items()):
            stat = split_stat(m.stat)[1].removesuffix("_per_game")
            if m.criterion == FOCUS and (level := standings.get(stat)) is not None:
                held[key] = replace(m, weight=m.weight * level / mean)


class MeasureBuilder:
    """Builds one contender's measures, recording each figure in the debate's :class:`FactBook`."""

    def __init__(self, book: FactBook, dossier: Dossier) -> None:
        self.book = book
        self.d = dossier
        self.scope = dossier.window.scope()
        self.season = dossier.window.first if dossier.window.is_single else None
        self.measures: list[Measure] = []

    def add(self, criterion: str, key: str, kind: str, stat: str, value: float | None, *,
            group: str | None = None, scope: str | None = None, season: int | None = None,
            higher_is_better: bool = True, weight: float = 1.0, context: Sequence[Fact] = (),
            depth: int | None = None, competition: str | None = None) -> None:
        if value is None:
            return
        group = group or self.d.group or ""
        fact = self.book.add(self.d.id, group, stat, value, scope=scope or self.scope,
                             season=season if season is not None else self.season, competition=competition)
        self.measures.append(Measure(criterion, key, kind, stat, group, value, fact, higher_is_better,
                                     weight, tuple(context), depth))

    def games_fact(self, group: str | None = None) -> Fact | None:
        group = group or self.d.group or ""
        games = self.d.career.groups.get(group, {}).get("games")
        if games is None:
            return None
        return self.book.add(self.d.id, group, "games", games, scope=self.scope, season=self.season)

    # -- the same-position yardsticks ------------------------------------------------------------

    def production(self, spec: Yardsticks, secondary: Sequence[tuple[str, str]] = (), *,
                   roles: bool = False) -> None:
        """``roles``: a reliever is set against a starter (see :func:`roles_apart`), and both roles' totals are
        shown for each (Rivera's saves and Pedro Martinez's wins), weighing nothing."""
        line = self.d.line
        relief = spec.relief_totals if self.d.pitched_in_relief else ()
        keys = dict.fromkeys((*spec.totals, *spec.relief_totals) if roles else relief or spec.totals)
        for key in keys:
            self.add(PRODUCTION, f"total:{key}", "total", key, line.get(key))
        # Another group's volume is part of his production, not the whole of it: half a measure, so a
        # quarterback's scrambles cannot outweigh the passing they are set beside.
        for group, key in secondary:
            self.add(PRODUCTION, f"total:{key}", "total", key, self.d.career.groups.get(group, {}).get(key),
                     group=group, weight=SECONDARY_WEIGHT)
        games = self.games_fact()
        for key in spec.per_game:
            self.add(PRODUCTION, f"rate:{key}", "rate", key, line.get(key), context=[games] if games else ())

    def efficiency(self, spec: Yardsticks, *, scored: bool = True) -> None:
        """The yardstick's first efficiency stat is the complete one (true shooting, OPS, passer rating); the
        ones after it are its parts or narrower views (FG%, OBP), shown but weighted at a quarter, so a
        shooter better on TS% and worse on FG% is not out-voted by his own made two-pointers. Not
        ``scored``: shown, weighing nothing."""
        group = self.d.group or ""
        for position, key in enumerate(spec.efficiency):
            self.add(EFFICIENCY, f"rate:{key}", "rate", key, self.d.line.get(key),
                     higher_is_better=is_higher_better(self.d.league, group, key),
                     weight=(1.0 if position == 0 else _PART_WEIGHT) if scored else 0.0)

    def peak(self, key: str, criterion: str = PEAK, group: str | None = None, *, weight: float = 1.0) -> None:
        """His best season in ``key`` and best three-season stretch, each weighing ``weight``."""
        group = group or self.d.group or ""
        better = is_higher_better(self.d.league, group, key)
        rated = GROUPS[self.d.league][group].rate(key) is not None
        lines = self.d.qualified_lines(key) if rated else self.d.season_lines()
        scored_lines = [(s, line, v) for s, line in lines if (v := line.get(key)) is not None]
        if not scored_lines:
            return
        sign = 1.0 if better else -1.0
        best_season, best_line, best = max(scored_lines, key=lambda item: sign * item[2])
        context = []
        if best_line.get("games") is not None:
            context.append(self.book.add(self.d.id, group, "games", best_line["games"] or 0.0, scope=SEASON,
                                         season=best_season.season))
        self.add(criterion, f"peak:{key}", "peak", key, best, group=group, scope=SEASON,
                 season=best_season.season, higher_is_better=better, context=context, weight=weight)
        self._stretch(key, group, [(s.season, line) for s, line, _ in scored_lines], better, criterion, weight)

    def _stretch(self, key: str, group: str, lines: list[tuple[int, StatLine]], better: bool,
                 criterion: str, weight: float) -> None:
        played = frozenset(s.season for s, _ in self.d.season_lines())
        best = self.d.derived(("stretch", key, group), partial(_best_stretch, GROUPS[self.d.league][group], key,
                                                               lines, better, played))
        if best is not None:
            value, first, last = best
            self.add(criterion, f"stretch:{key}", "stretch", key, value, group=group,
                     scope=stretch_scope(first, last), season=None, higher_is_better=better, weight=weight)

    def longevity(self, criterion: str = LONGEVITY) -> None:
        self.add(criterion, "seasons", "seasons", "seasons", float(len(self.d.season_lines())))
        self.add(criterion, "total:games", "games", "games", self.d.line.get("games"))

    def era(self, spec: Yardsticks, *, peaks: bool = True, relative_peak: bool = False) -> None:
        """League-relative figures: each index over the window and, over a range, its best season. With
        ``relative_peak`` the best season of the peak stat's index is the peak criterion's (of every index
        where the peak stat has none, as NFL yards have not)."""
        own = {era_spec.stat for era_spec in spec.era} & {spec.peak, f"{spec.peak}_per_game"}
        peak_stats = own or {era_spec.stat for era_spec in spec.era}
        for era_spec in spec.era:
            average, best = self.d.derived(("era", era_spec.stat), partial(_era_indexes, self.d, era_spec))
            stat = f"era:{era_spec.stat}"
            if average is not None:
                self.add(ERA, f"era:{era_spec.stat}", "era", stat, average)
            if peaks and best is not None and not self.d.window.is_single:
                criterion = PEAK if relative_peak and era_spec.stat in peak_stats else ERA
                self.add(criterion, f"era_peak:{era_spec.stat}", "era_peak", stat, best[0], scope=SEASON,
                         season=best[1])

    def _titles(self, stat: str, key: str, *, weight: float = 1.5, criterion: str = ERA) -> None:
        """The seasons he led the league in ``stat`` (era dominance, unless ``criterion`` says), under ``key``."""
        # A lead shared with another player is a tie, and the claim says so ("led or tied for the lead").
        ties = sum(1 for k, rank in self.d.ranks.items() if k[0] == stat and rank == 1 and k in self.d.tied)
        tied = [self.book.add(self.d.id, self.d.group or "", f"tied:{stat}", float(ties), scope=self.scope,
                              season=self.season)] if ties else []
        led = [season for (s, season), rank in self.d.ranks.items() if s == stat and rank == 1]
        self.add(criterion, key, "led", f"led:{stat}", float(len(led)), weight=weight, context=tied,
                 competition=self._ranked_in(stat, led))

    def _ranked_in(self, stat: str, seasons: Sequence[int]) -> str | None:
        """Where his league ranks each competition apart (MLB's AL and NL), the ones ``seasons``' ranks in
        ``stat`` were taken in ("AL", "NL" or "AL/NL"), or, with none, those he played in: the record books
        count an NL batting title as the NL's. None for a league ranked as one."""
        if not league_spec(self.d.league).titles_per_competition:
            return None
        taken = {c for season in seasons if (c := self.d.ranked_in.get((stat, season))) is not None}
        if not seasons:
            taken = {c for s, _ in self.d.season_lines() for c in s.competition.split("/")}
        return "/".join(sorted(taken)) or None

    def titles(self, stats: Sequence[str], signatures: Sequence[str] = ()) -> None:
        """Seasons leading the league in other stats some contender led (see ``Yardsticks.titles``), a third
        of the weight of titles in the stats the position is judged by: they are argued (Wilt Chamberlain's
        eleven rebounding titles), but one title where the other never led (LeBron James' one assists title)
        is a count of 1 against 0, and must not outweigh ten scoring titles. A stat that is some contender's
        game (``signatures``, see :func:`signature_stat`: Cousy's assists) is judged as the position's own:
        its titles weigh in full, with the stat against the league of each one's day where an index exists."""
        spec = spec_for(self.d)
        indexes = {era_spec.stat: era_spec for era_spec in spec.focus_era} if spec is not None else {}
        for stat in stats:
            self._titles(stat, f"led:{stat}", weight=1.5 if stat in signatures else 0.5)
            era_spec = indexes.get(stat)
            if stat in signatures and era_spec is not None:
                average, _ = self.d.derived(("era", era_spec.stat), partial(_era_indexes, self.d, era_spec))
                self.add(ERA, f"era:{era_spec.stat}", "era", f"era:{era_spec.stat}", average)

    def league_leading(self, stats: Sequence[str], *, generic: bool = False) -> None:
        """Seasons leading the league and in its top five; ``generic`` keys compare across stats (a
        scoring title against a passing-yards title)."""
        for stat in stats:
            top5 = [season for (s, season), rank in self.d.ranks.items() if s == stat and rank <= 5]
            led_key, top5_key = ("led", "top5") if generic else (f"led:{stat}", f"top5:{stat}")
            self._titles(stat, led_key)
            field = self._ranked_in(stat, top5)
            self.add(ERA, top5_key, "top5", f"top5:{stat}", float(len(top5)), competition=field)
            finishes = self.measures[-1].fact
            seasons = len(self.d.season_lines())
            if seasons:
                # A share, so a short brilliant career is not out-counted by a long one; its counts go with it,
                # so "80% to 55%" is said as 4 seasons of 5 against 11 of 20.
                played = self.book.add(self.d.id, self.d.group or "", "seasons", float(seasons), scope=self.scope,
                                       season=self.season)
                self.add(ERA, "share" if generic else f"share:{stat}", "share", f"share:{stat}",
                         len(top5) / seasons, competition=field, context=(finishes, played))

    def season_ranks(self, stats: Sequence[str], asked: str | None = None) -> None:
        """His place on the season's leaderboard in each of ``stats``: era dominance, but for ``asked``, the
        stat of a question about who led the league in it ("who won the 2019-20 scoring title"), whose rank
        is the answer and so the stat in question, weighed like its figure."""
        season = self.d.window.first
        for stat in dict.fromkeys((*stats, *([asked] if asked is not None else []))):
            rank = self.d.ranks.get((stat, season or 0))
            if rank is not None:
                tied = [self.book.add(self.d.id, self.d.group or "", f"tied:{stat}", 1.0, scope=SEASON,
                                      season=season)] if (stat, season or 0) in self.d.tied else []
                criterion, weight = (FOCUS, 1.0) if stat == asked else (ERA, SEASON_RANK_WEIGHT)
                self.add(criterion, f"rank:{stat}", "rank", f"rank:{stat}", float(rank), higher_is_better=False,
                         context=tied, depth=SEASON_RANK_DEPTH, weight=weight,
                         competition=self._ranked_in(stat, [season or 0]))

    def accolades(self, terms: AwardTerms) -> None:
        spec = league_spec(self.d.league)
        counts: dict[str, int] = {}
        for award in self.d.awards:
            award_class = spec.awards.get(award.award.lower())
            if award_class is not None:
                counts[award_class] = counts.get(award_class, 0) + 1
        held = spec.award_classes_held
        for award_class, weight in _CLASS_WEIGHTS.items():
            if award_class not in held or award_class in terms.excluded or award_class in terms.unlike \
                    or award_class in terms.judged \
                    or award_class in terms.uncovered or award_class in terms.not_given:
                continue
            if award_class == "rookie" and terms.never_a_rookie is not None:
                continue
            trophy = terms.one_trophy.get(award_class)
            stat = f"awards:{trophy.key if trophy is not None else award_class}"
            count, scope, share = float(counts.get(award_class, 0)), None, 1.0
            context: tuple[Fact, ...] = ()
            if award_class in terms.common:
                # Counted over the seasons every side could win one, and said with that window.
                _, _, first, last = terms.common[award_class]
                count = float(sum(1 for award in self.d.awards if spec.awards.get(award.award.lower()) == award_class
                                  and first <= award.season <= last))
                scope = range_scope(first, last)
                entity = league_entity(self.d.league)
                context = (self.book.add(entity, AWARDS_GROUP, "award_window_first", float(first), scope="league",
                                         season=first),
                           self.book.add(entity, AWARDS_GROUP, "award_window_last", float(last), scope="league",
                                         season=last))
                # A count over part of the careers weighs as much of the class as the share of the shortest
                # career it covers: Spahn's and Ford's Cy Youngs of 1956-65 are ten of Ford's sixteen seasons.
                share = (last - first + 1) / max(terms.common_of, last - first + 1)
            self.add(ACCOLADES, stat, "awards", stat, count, group=AWARDS_GROUP, weight=weight * share, scope=scope,
                     context=context)
        if self.d.window.is_career and terms.hall_of_fame_withheld is None:
            self.add(ACCOLADES, "hall_of_fame", "hall_of_fame", "hall_of_fame",
                     1.0 if self.d.player.hall_of_fame else 0.0, group=AWARDS_GROUP,
                     weight=_HALL_OF_FAME_WEIGHT)

    def led(self, focus: Sequence[StatFocus], spec: Yardsticks, *, weight: float = 1.0) -> None:
        """A question about leading the league ("who led the league in scoring more"), or about the role
        the stat measures (a scorer's scoring titles): the seasons he led in the stat the record books rank
        for it (the first asked stat of his position), as the stat in question."""
        stat = led_stat(focus, spec, self.d)
        if stat is None or self.d.line.get(stat) is None:  # not kept in his seasons: no titles to count
            return
        self._titles(stat, f"led:{stat}", weight=weight, criterion=FOCUS)

    def focus(self, focus: Sequence[StatFocus], spec: Yardsticks, *, relative: bool = False,
              count: bool = False, role: bool = False) -> None:
        """The stat the question asks about: its figure, per game, best season and stretch, and (over more
        than a season) the seasons leading the league in it; ``relative``
        (contenders a generation apart): the best season and stretch weigh nothing, and the stat against the
        league of each one's day, where an index of it exists, counts instead; ``count`` (the question asks
        who has more of it, or the better rate): the stat's own figure alone; ``role`` (the question is about
        the role the stat measures, see :data:`ROLE_WEIGHTS`): rate first, with the seasons leading the
        league in it and the stat against the league of each one's day, the total as support."""
        indexes = {era_spec.stat: era_spec for era_spec in (*spec.era, *spec.focus_era)}
        weights = ROLE_WEIGHTS if role else dict.fromkeys(ROLE_WEIGHTS, 1.0)
        # What the rates asked about count, after every stat asked: the question's own stats are named first.
        # Over a career, not a season: a season's rate leaders already qualify on their attempts, and a short
        # season's hits (Soto's 54 in 47 games of 60) would be a total over schedules unequal.
        made: list[tuple[tuple[str, str], str]] = []
        for item in focus:
            if item.league is not None and item.league != self.d.league.value:
                continue
            stat_group = GROUPS[self.d.league].get(item.group)
            line = self.d.career.groups.get(item.group)
            if stat_group is None or line is None or item.key not in stat_group.keys:
                continue
            if item.key == DURABILITY_STAT and not count:
                # "On longevity", "durability": how long he lasted, his seasons and games, not his games per game,
                # his season with the most games or the seasons he led the league in games played.
                self.longevity(FOCUS)
                continue
            better = stat_group.is_higher_better(item.key)
            kind = "rate" if stat_group.rate(item.key) else "total"
            self.add(FOCUS, f"{kind}:{item.key}", kind, item.key, line.get(item.key), group=item.group,
                     higher_is_better=better, weight=weights[kind], context=self._record(item.key, item.group))
            if count:
                continue
            parts = rate.parts if (rate := stat_group.rate(item.key)) is not None else None
            if parts is not None and parts[1] != DURABILITY_STAT and not self.d.window.is_single \
                    and all(other.key != parts[0] for other in focus):
                made.append((parts, item.group))
            per_game = f"{item.key}_per_game"
            if kind == "total" and stat_group.rate(per_game) is not None:
                self.add(FOCUS, f"rate:{per_game}", "rate", per_game, line.get(per_game), group=item.group,
                         weight=weights["rate"])
            # A count where fewer is better (interceptions thrown, turnovers) has no best season but the one he
            # barely played (Favre's 2 interceptions in 2 games of 1991), and leading the league in it is no title.
            if not self.d.window.is_single and item.group == self.d.group and not _shunned_total(item, self.d.league):
                self.peak(item.key, FOCUS, item.group, weight=0.0 if relative else weights[f"peak:{kind}"])
            # A role named by his group's volume stat ("as a passer": passing yards) is the group's whole role,
            # so the group's standard league-relative measure (passer rating, yards per carry) is the role's.
            era_spec = (indexes.get(item.key) or indexes.get(per_game)
                        or (spec.era[0] if role and item.key == spec.volume and spec.era else None))
            if (relative or role) and item.group == self.d.group and era_spec is not None:
                average, best = self.d.derived(("era", era_spec.stat), partial(_era_indexes, self.d, era_spec))
                self.add(FOCUS, f"era:{era_spec.stat}", "era", f"era:{era_spec.stat}", average,
                         weight=weights["era"])
                if role and relative and best is not None:
                    self.add(FOCUS, f"era_peak:{era_spec.stat}", "era_peak", f"era:{era_spec.stat}", best[0],
                             scope=SEASON, season=best[1], weight=weights["peak:rate"])
        for parts, group in made:
            self._made(parts, group, weight=weights["total"] if role else 0.0)
        # The seasons leading the league in it, where the question names one stat (an all-around question
        # names several, and led counts of only the first would judge a scorer's titles for them all).
        if not count and not self.d.window.is_single and (role or len(focus) == 1) \
                and focus[0].key != DURABILITY_STAT and not _shunned_total(focus[0], self.d.league):
            self.led(focus, spec, weight=weights["led"])

    def _made(self, parts: tuple[str, str], group: str, *, weight: float) -> None:
        """What a rate asked about counts (``parts``: it and what it is taken over), with the attempts as its
        context: a percentage is answered with the volume it produced and the sample behind it (Korver's 42.9%
        from three, Thompson's three-pointers made); ``weight`` 0 shows it without scoring it."""
        made, taken_over = parts
        line = self.d.career.groups.get(group, {})
        sample = line.get(taken_over)
        if sample is None:
            return
        context = self.book.add(self.d.id, group, taken_over, sample, scope=self.scope, season=self.season)
        self.add(FOCUS, f"total:{made}", "total", made, line.get(made), group=group, weight=weight,
                 context=[context])

    def _record(self, key: str, group: str) -> tuple[Fact, ...]:
        """His place at the top of his league's all-time list in the stat asked about, said with his career's
        figure of it, which then heads his case: Ovechkin's 897 goals are the NHL's record, not 3 more than
        Gretzky's (see :func:`arena.debate.dossier.load_window_ranks`, which the caller fills)."""
        if not self.d.window.is_career or group != self.d.group or self.d.window_ranks.get(key) != 1:
            return ()
        return (self.book.add(self.d.id, group, f"rank:{key}", 1.0, scope=self.scope),)

    # -- the yardsticks that cross positions and sports ------------------------------------------

    def percentile(self, stat: str) -> None:
        best: tuple[float, int] | None = None
        for (s, season), rank in self.d.ranks.items():
            ctx = self.d.contexts.get(season)
            players = ctx.players.get(self.d.group or "") if ctx else None
            if s != stat or not players:
                continue
            value = 100 * (1 - (rank - 1) / players)
            if best is None or value > best[0]:
                best = (value, season)
        if best is not None:
            self.add(PEAK, "percentile", "percentile", f"percentile:{stat}", best[0], scope=SEASON,
                     season=best[1])

    def window_rank(self, stat: str) -> None:
        rank = self.d.window_ranks.get(stat)
        if rank is not None:
            self.add(ERA, "window_rank", "rank", f"rank:{stat}", float(rank), higher_is_better=False,
                     depth=WINDOW_RANK_DEPTH)


def _shunned_total(item: StatFocus, league: League) -> bool:
    """Whether ``item`` is a count where fewer is better (interceptions thrown, turnovers, a hitter's strikeouts)."""
    stat_group = GROUPS[league].get(item.group)
    return stat_group is not None and stat_group.rate(item.key) is None and not stat_group.is_higher_better(item.key)


def led_stat(focus: Sequence[StatFocus], spec: Yardsticks, dossier: Dossier) -> str | None:
    """The stat whose league leader a question about leading the league in ``focus`` means, for ``dossier``'s
    position: the first asked stat of his group, as the league ranks it (a scoring title is won on points
    per game where the league ranks that, not on points)."""
    for item in focus:
        if item.group != dossier.group or (item.league is not None and item.league != dossier.league.value):
            continue
        base = item.key.removesuffix("_per_game")
        for stat in (item.key, f"{base}_per_game", base):
            if stat in spec.lead:
                return stat
        return item.key
    return None


def eras_apart(dossiers: Sequence[Dossier]) -> bool:
    """Whether the contenders' windows are a generation apart: their middle seasons ``ERA_GAP`` or more
    seasons from each other (Walter Johnson and Kershaw, Montana and Brady; not Bird and Magic)."""
    middles = [(lines[0][0].season + lines[-1][0].season) / 2 for d in dossiers if (lines := d.season_lines())]
    return len(middles) > 1 and max(middles) - min(middles) >= ERA_GAP




# What a pitcher's rates are taken over: a reliever's ERA over 1,283 innings is a smaller sample than a
# starter's over 2,827, which a fan sets against it (see :func:`roles_apart`).
WORKLOAD = "innings_pitched"
# A rate taken over less than this share of the other side's workload is answered with the workload.
WORKLOAD_SHARE = 0.5


def roles_apart(dossiers: Sequence[Dossier]) -> bool:
    """Whether pitchers of one group are set against each other across roles: a reliever against a starter
    (Rivera against Pedro Martinez), whose innings, strikeouts, wins and seasons leading the league a
    starter's workload swells, as a reliever's appearances swell his games."""
    roles = {d.pitched_in_relief for d in dossiers}
    return None not in roles and len(roles) == 2 and len({(d.league, d.group) for d in dossiers}) == 1


def _role_neutral(measure: Measure) -> Measure:
    """``measure`` weighing nothing where it counts a pitcher's workload rather than his pitching (totals,
    games, seasons leading or in the top five, a season's rank) or sets a reliever's seventy innings against
    a starter's two hundred (best seasons and stretches), for :func:`roles_apart` contenders."""
    workload = (measure.criterion == PRODUCTION or measure.key == "total:games"
                or measure.kind in ("peak", "stretch", "era_peak")
                or (measure.criterion == ERA and measure.kind in ("led", "top5", "share", "rank")))
    return replace(measure, weight=0.0) if workload else measure


def build_measures(book: FactBook, dossier: Dossier, *, cross: bool, focus: Sequence[StatFocus] = (),
                   awards: bool = True, terms: AwardTerms | None = None, apart: bool = False,
                   count: bool = False, led: bool = False, roles: bool = False,
                   role_scope: bool = False, titles: Sequence[str] = (),
                   signatures: Sequence[str] = (), secondary: Sequence[tuple[str, str]] = (),
                   game: str | None = None, peaks: Sequence[str] = ()) -> list[Measure]:
    """Every measure for one contender: like-for-like yardsticks when ``cross`` is false, otherwise the
    ones that compare across positions and sports (league ranks, percentiles, accolades, longevity).
    ``awards`` false leaves accolades out (when some contender's awards are not all in the data); ``terms``
    keep out the awards that cannot be compared fairly among the contenders. ``apart`` (see
    :func:`eras_apart`): raw rates and best seasons measure the era as much as the player (a dead-ball ERA,
    a 17-game passing season), so efficiency and peak are scored on the league-relative figures, and the
    raw ones are shown weighing nothing. ``led`` (the question asks who led the league in its stat more):
    the seasons leading the league in it are the stat in question (see :func:`led_stat`). ``roles`` (a
    reliever against a starter, see :func:`roles_apart`): the workload's figures are shown, weighing nothing.
    ``role_scope`` (the question is about the role its stat measures): the stat is weighed rate first (see
    :meth:`MeasureBuilder.focus`). ``titles``: other stats whose seasons leading the league count (some
    contender led one, see ``Yardsticks.titles``); ``signatures``: those that are some contender's game (see
    :func:`signature_stat`), judged as the position's own; ``secondary``: other groups' volumes that are part
    of these contenders' production (see :func:`secondary_volumes`); ``game``: the stat that is every
    contender's game (see :func:`shared_game`), their best seasons and league-relative figures judged in it;
    ``peaks``: the stats that are some contender's game, any of them (see :func:`signature_stat`), whose best
    seasons and stretches count beside the headline's."""
    terms = terms or AwardTerms()
    spec = spec_for(dossier)
    if spec is None or not dossier.has_data:
        return []
    builder = MeasureBuilder(book, dossier)
    single = dossier.window.is_single
    if cross:
        role = role_stat(dossier)
        if role is not None:
            builder.league_leading((role,), generic=True)
            builder.percentile(role)
            builder.window_rank(role)
        if not single:
            builder.add(LONGEVITY, "seasons", "seasons", "seasons", float(len(dossier.season_lines())))
        if awards:
            builder.accolades(terms)
        return builder.measures
    relative = apart and bool(spec.era)
    builder.production(spec, secondary, roles=roles)
    builder.efficiency(spec, scored=not relative)
    own = own_game(spec, game)
    builder.era(own, relative_peak=relative)
    if awards:
        builder.accolades(terms)
    if single:
        builder.season_ranks(spec.lead, asked=led_stat(focus, spec, dossier) if led and focus else None)
    else:
        builder.peak(own.peak, weight=0.0 if relative else 1.0)
        # A stat that is some contender's game picks best seasons too, beside the headline's: a pass-first
        # guard's peak is his assists (Nash's 11.6 a game), not only the points he never led the league in.
        for stat in peaks:
            if stat != own.peak:
                builder.peak(stat, weight=0.0 if relative else 1.0)
        builder.longevity()
        builder.league_leading(spec.lead)
        builder.titles([stat for stat in titles if stat not in spec.lead], signatures)
    if focus and led and not single:
        builder.led(focus, spec)
    elif focus:
        builder.focus(focus, spec, relative=relative, count=count, role=role_scope)
    if roles:
        # The innings his rates are taken over, shown and weighing nothing: the sample a rate is answered with.
        builder.add(LONGEVITY, f"workload:{WORKLOAD}", "total", WORKLOAD, dossier.line.get(WORKLOAD), weight=0.0)
    return [_role_neutral(m) for m in builder.measures] if roles else builder.measures


# How many times as often he must have led the league in another stat than in his position's first lead stat
# for that stat to be his game: Cousy (eight assists titles, no scoring title), Gwynn (eight batting titles,
# no home run title); not Chamberlain (eleven rebounding titles against seven scoring ones).
SIGNATURE_RATIO = 2
# The fewest titles that make a stat his game: one stolen-base title (Mike Trout's 2012) is a season, not a
# player's trademark.
SIGNATURE_TITLES = 3


def signature_stat(dossier: Dossier) -> str | None:
    """The stat his game is argued from where it is not his position's first (a point guard's assists, a
    rebounder's rebounds, a contact hitter's batting average, a base stealer's steals): of the stats whose
    titles a debate counts (the position's lead stats and ``Yardsticks.titles``), the one he led the league in
    most often, when that is at least ``SIGNATURE_TITLES`` times and more than ``SIGNATURE_RATIO`` times as often
    as the position's first lead stat.
    None over a single season, or where no such stat stands out (LeBron James: one scoring title, one assists
    title). Needs the dossier's season ranks in those stats."""
    spec = spec_for(dossier)
    if spec is None or not spec.lead or dossier.window.is_single:
        return None
    led: dict[str, int] = {}
    for (stat, _), rank in dossier.ranks.items():
        if rank == 1:
            led[stat] = led.get(stat, 0) + 1
    headline = spec.lead[0]
    best = max((*spec.lead, *spec.titles), key=lambda stat: led.get(stat, 0))
    if (best == headline or led.get(best, 0) < SIGNATURE_TITLES
            or led.get(best, 0) <= SIGNATURE_RATIO * led.get(headline, 0)):
        return None
    return best


def shared_game(signatures: Sequence[str | None]) -> str | None:
    """The stat that is every contender's game (see :func:`signature_stat`) when it is one and the same: two
    point guards (John Stockton's nine assists titles, Chris Paul's five, neither a scoring title), two contact
    hitters. None where any contender's game is his position's first."""
    games = set(signatures)
    return games.pop() if len(signatures) > 1 and len(games) == 1 and None not in games else None


def own_game(spec: Yardsticks, game: str | None) -> Yardsticks:
    """``spec`` with ``game`` as the stat of best seasons and, where the league has its index, of the
    league-relative figure in place of the headline's, where the league has one: point guards' best seasons
    are their assists, not the points neither of them led the league in."""
    if game is None or game == spec.peak:
        return spec
    headline = {spec.peak, f"{spec.peak}_per_game"}
    index = next((e for e in (*spec.era, *spec.focus_era) if e.stat in {game, f"{game}_per_game"}), None)
    if index is None:
        # No league-relative figure of it (a contact hitter's average): a generation apart his best seasons
        # are judged on the league-relative headline, so the headline stays.
        return spec
    era = spec.era if index in spec.era else tuple(index if e.stat in headline else e for e in spec.era)
    return replace(spec, peak=game, era=era)


# The least share of his own group's volume another group's volume must reach, for some contender, to be part
# of the production judged: Elway's 3,407 rushing yards are 7% of his passing yards, Brady's 1,100 are 1%.
SECONDARY_SHARE = 0.05
SECONDARY_WEIGHT = 0.5


def secondary_volumes(dossiers: Sequence[Dossier]) -> tuple[tuple[str, str], ...]:
    """The other groups' volumes (``Yardsticks.secondary``) and the group's own game totals
    (``Yardsticks.game_totals``) judged as production among contenders of one group: those of which some
    contender has at least ``SECONDARY_SHARE`` (a game total: its own share) of his own volume (Marshall Faulk's
    receiving yards; Michael Vick's rushing yards; Rickey Henderson's stolen bases; not a pocket passer's
    scrambles)."""
    found: list[tuple[str, str]] = []
    for d in dossiers:
        spec = spec_for(d)
        own = d.line.get(spec.volume) if spec is not None else None
        if spec is None or not own:
            continue
        shares = [*((group, key, SECONDARY_SHARE) for group, key in spec.secondary),
                  *((d.group or "", key, share) for key, share in spec.game_totals)]
        for group, key, share in shares:
            other = d.career.groups.get(group, {}).get(key)
            if other is not None and other >= share * own and (group, key) not in found:
                found.append((group, key))
    return tuple(found)


def role_stat(dossier: Dossier) -> str | None:
    """The stat a debate across positions or sports ranks him in, his role's own (seasons leading the league,
    percentiles, window rank): his group's headline measure, the one its best seasons are judged on (a
    skater's points, a passer's yards, a scorer's points per game, a batter's OPS rather than his hits, a
    pitcher's ERA), unless his group's volume is a team result (``TEAM_RESULTS``: a goalie's wins), when it
    is his group's first efficiency stat (a goalie's save percentage: Hasek's save-percentage titles against
    Jagr's scoring titles, not his wins).
    None when that stat is missing from any season of his window (save percentage before 1983-84): his
    league ranks cannot then be set beside the other side's, and are left out."""
    spec = spec_for(dossier)
    if spec is None:
        return None
    if spec.volume not in TEAM_RESULTS:
        # His own game where a stat stands out (Bill Russell's rebounding titles, not his scoring): ranked on
        # his position's headline instead, a rebounder never led the league in points against a scorer.
        return signature_stat(dossier) or spec.peak
    own = spec.efficiency[0] if spec.efficiency else None
    lines = dossier.season_lines()
    if own is None or not lines or any(line.get(own) is None for _, line in lines):
        return None
    return own


def lead_stats(dossier: Dossier, *, cross: bool) -> tuple[str, ...]:
    """The stats whose season-by-season league ranks the measures need."""
    spec = spec_for(dossier)
    if spec is None:
        return ()
    if cross:
        role = role_stat(dossier)
        # The lead and title stats' ranks show whether another stat is his game (see signature_stat).
        own = (*spec.lead, *spec.titles) if spec.volume not in TEAM_RESULTS and not dossier.window.is_single else ()
        return tuple(dict.fromkeys((*((role,) if role is not None else ()), *own)))
    return spec.lead
