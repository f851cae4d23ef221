"""What the engine reads from the stat store about one contender: seasons in the window, career line,
awards, the league context of each season and where he ranked in the league each season."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, Literal, TypeVar, cast

from arena.debate.facts import CAREER, SEASON, range_scope
from arena.debate.kept import KeptReads
from arena.stats import (
    GROUPS,
    Award,
    Career,
    League,
    LeagueContext,
    Player,
    PlayerChampionship,
    PlayerSeason,
    Qualifier,
    RookieRule,
    StatLine,
    StatStore,
    TitleRecord,
    UnknownSeason,
    league_spec,
    leaves_out_players,
    qualifier,
    ranks_by_total,
)

# How deep the leaderboards go that a season's rank and a window's rank are read from.
SEASON_RANK_DEPTH = 10
# The oldest a player can be, by calendar years (the season's year less his birth year), in a season with no
# earlier one of his: the NFL takes players three years out of high school, so no one plays a season at 21 or
# younger (Terry Bradshaw, born 1948, was a 1970 rookie; Calvin Hill, born 1947, played 1969 at 22).
YOUNGEST_SEASON_AGE = 21
WINDOW_RANK_DEPTH = 50
# How many seasons either side of one season tell the schedule of its day.
SCHEDULE_NEIGHBOURS = 3
T = TypeVar("T")


@dataclass(frozen=True)
class Window:
    """The seasons a contender is judged on: a whole career, a range, or one season."""

    first: int | None = None
    last: int | None = None

    @classmethod
    def single(cls, season: int) -> Window:
        return cls(season, season)

    @property
    def is_career(self) -> bool:
        return self.first is None and self.last is None

    @property
    def is_single(self) -> bool:
        return self.first is not None and self.first == self.last

    def scope(self) -> str:
        if self.is_career:
            return CAREER
        if self.is_single:
            return SEASON
        return range_scope(self.first or 0, self.last or 0)

    def contains(self, season: int) -> bool:
        return (self.first is None or season >= self.first) and (self.last is None or season <= self.last)


# A pitcher who started fewer than this share of his games pitched in relief (a closer, a setup man).
STARTER_SHARE = 0.5


def in_relief(line: StatLine) -> bool | None:
    """Whether ``line``'s games were mostly in relief (games started under ``STARTER_SHARE`` of them); None
    when it records no games or no games started."""
    games, started = line.get("games"), line.get("games_started")
    if not games or started is None:
        return None
    return started < STARTER_SHARE * games


def primary_group(player: Player, groups: dict[str, StatLine], hints: Sequence[str] = (),
                  seasons: Sequence[PlayerSeason] = ()) -> str | None:
    """The group a player is judged in: of the question's stat focus groups he has data in, his own role's
    where it is one of them, else the first; else his position's (a quarterback's passing, a pitcher's
    pitching, a goalie's goaltending), unless his career's weight lies in a group no position names (see
    :func:`_unlisted_role`). "Rice vs Emmitt Smith in touchdowns" judges Rice on his receiving, not on the 10
    rushing touchdowns of the 16 seasons he carried the ball, and a running back's one thrown pass does not
    make his career one season long."""
    recorded = {name: line for name, line in groups.items() if any(v for v in line.values())}
    if not recorded:
        return None
    listed = league_spec(player.league).judged_group(player.positions, recorded)
    own = _unlisted_role(player, recorded, listed, seasons) or listed
    hinted = [group for group in hints if group in recorded]
    return own if own in hinted or not hinted else hinted[0]


def _unlisted_role(player: Player, recorded: dict[str, StatLine], listed: str,
                   seasons: Sequence[PlayerSeason]) -> str | None:
    """The group among ``recorded`` that no position of his league names (the NFL's defense and kicking: its
    positions come from the offensive sources alone) where he played the role in more than twice the
    seasons he played his listed one's (see :func:`_seasons_at`): Deion Sanders is listed a receiver for his
    snaps on offence, but was a cornerback in all 14 of his seasons and a receiver in one."""
    named = set(league_spec(player.league).role_groups.values())
    weight = {group: _seasons_at(player, group, seasons) for group in recorded if group not in named}
    if not weight:
        return None
    heaviest = max(weight, key=lambda group: weight[group])
    return heaviest if weight[heaviest] > 2 * _seasons_at(player, listed, seasons) else None


def _seasons_at(player: Player, group: str, seasons: Sequence[PlayerSeason]) -> int:
    """How many of ``seasons`` he played ``group``'s role in: his line there meets the group's rate-title
    minimum over his own games (a receiver's 1.875 catches a game, a batter's 3.1 plate appearances) and holds
    a figure of its headline totals (a defender's sacks or interceptions), so a side line (a cornerback's few
    catches, a receiver's tackle after an interception, a pitcher's at bats) weighs nothing."""
    yardsticks = league_spec(player.league).yardsticks.get(group)
    if yardsticks is None:
        return 0
    rule = qualifier(player.league, group)
    lines = (line for season in seasons if (line := season.groups.get(group)) is not None)
    return sum(1 for line in lines
               if rule.is_met(line, line.get("games") or 0.0) and any(line.get(key) for key in yardsticks.totals))


@dataclass(frozen=True)
class NotARookie:
    """Why a contender was no rookie in the first season of his window (``season``), so in none of it:
    ``rule`` says which part of his league's :class:`~arena.stats.leagues.RookieRule` rules him out.

    "league": he played in another major league (``competition``) from ``earlier[0]``; "season": ``amounts[0]``
    of ``stat`` (group, key) in season ``earlier[0]``, over the one-season ``limit``; "two_seasons": more than
    ``limit`` in each of the two ``earlier`` seasons; "career": ``amounts[0]`` over ``earlier[0]`` to
    ``earlier[1]``, over the ``limit`` for all earlier seasons; "age": he had turned ``limit`` before the
    calendar year ``season`` began in.
    """

    rule: Literal["league", "season", "two_seasons", "career", "age"]
    season: int
    earlier: tuple[int, ...] = ()
    amounts: tuple[float, ...] = ()
    stat: tuple[str, str] = ("", "")
    limit: float = 0.0
    competition: str = ""


@dataclass
class Dossier:
    """One contender's numbers over his window, as the store gave them."""

    player: Player
    window: Window
    group: str | None
    seasons: list[PlayerSeason]
    career: Career
    awards: list[Award]
    contexts: dict[int, LeagueContext]
    # Titles won in the window, by a team he finished the season with.
    championships: list[PlayerChampionship] = field(default_factory=list)
    # His record in each title round his clubs reached in the window (won, lost, and the seasons it cannot
    # cover), by the same seasons as ``championships``.
    title_records: list[TitleRecord] = field(default_factory=list)
    # (stat, season) -> the league rank that season, kept when in the top ten (in MLB, in his league: the
    # AL or the NL, as the record books count titles); ``tied``: the ranks another player shared.
    ranks: dict[tuple[str, int], int] = field(default_factory=dict)
    tied: set[tuple[str, int]] = field(default_factory=set)
    # (stat, season) -> the competition a kept rank was taken in, where the league ranks each apart (MLB's "AL"
    # or "NL"): a 1st in the NL is said as the NL's, and is no place ahead of a 2nd in the AL.
    ranked_in: dict[tuple[str, int], str] = field(default_factory=dict)
    # The league's last season in the store: a player whose career reaches it is still active.
    data_last_season: int | None = None
    # stat -> rank over the window among every player in the league, kept when in the top fifty.
    window_ranks: dict[str, int] = field(default_factory=dict)
    # Why he could not win his league's rookie award in any season of his window, where the league's rule
    # (see RookieRule) and his earlier seasons say so.
    not_a_rookie: NotARookie | None = None
    # The season after which his group's seasons are missing from every source (a known hole: NHL goalies
    # after 2017-18): his figures stop there, so they are judged as a range that ends there, never as a career.
    hole_after: int | None = None
    # The first season of the sources that cover every player of his league, where his group's figures begin
    # there (NFL 1970: John Brodie, 1957-73, is seen from 1970): earlier seasons may be in no source, so his
    # figures are judged as a range from there, never called a career.
    hole_before: int | None = None
    # His seasons of the window spent only in a competition his league keeps apart (Bobby Hull's WHA seasons,
    # Julius Erving's ABA ones), each with that competition: not counted, and the opening says so.
    apart: tuple[tuple[int, str], ...] = ()
    # Judged on one season: the games a team played in the seasons around it (the median of those within
    # ``SCHEDULE_NEIGHBOURS`` either side), against which a lockout or strike season shows short.
    usual_games: float | None = None
    # His seasons with a line in his group, and those of them that qualify, worked out on first use: the
    # measures and the season ranks ask again and again.
    _lines: list[tuple[PlayerSeason, StatLine]] | None = field(default=None, init=False, repr=False, compare=False)
    _qualifying: dict[str | None, list[tuple[PlayerSeason, StatLine]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    # Figures worked out from his seasons alone (see ``derived``), shared with his copies.
    _derived: dict[Hashable, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def id(self) -> str:
        return self.player.id

    @property
    def name(self) -> str:
        return self.player.name

    @property
    def league(self) -> League:
        return self.player.league

    @property
    def is_active(self) -> bool:
        last = self.player.last_season
        return last is not None and self.data_last_season is not None and last >= self.data_last_season

    @property
    def awaits_hall_of_fame(self) -> bool:
        """Active, or retired too recently to be eligible (the league's waiting period)."""
        last = self.player.last_season
        wait = league_spec(self.league).hall_of_fame_wait
        return (not self.player.hall_of_fame and last is not None and self.data_last_season is not None
                and last > self.data_last_season - wait)

    @property
    def has_data(self) -> bool:
        return self.group is not None and bool(self.seasons)

    @property
    def line(self) -> StatLine:
        return self.career.groups.get(self.group or "", {})

    def seasons_hidden(self) -> int:
        """How many seasons of his window a known hole may hide: after it, those up to the end of the seasons
        asked or the league's last season in the store (his career may run on: Vasilevskiy's after 2017-18);
        before it, those back to the first he was old enough to play (see ``YOUNGEST_SEASON_AGE``). An upper
        bound, 0 where no hole cuts his figures."""
        hidden = 0
        if self.hole_after is not None and self.data_last_season is not None:
            asked = self.window.last
            end = self.data_last_season if asked is None or asked <= self.hole_after else min(
                asked, self.data_last_season)
            hidden += max(end - self.hole_after, 0)
        if self.hole_before is not None and self.player.birth_year is not None:
            earliest = self.player.birth_year + YOUNGEST_SEASON_AGE + 1
            hidden += max(self.hole_before - earliest, 0)
        return hidden

    def season_lines(self) -> list[tuple[PlayerSeason, StatLine]]:
        """His seasons with a line in his group, in order."""
        if self._lines is None:
            self._lines = [(s, line) for s in self.seasons if (line := s.groups.get(self.group or "")) is not None]
        return list(self._lines)

    def rule(self, season: int, stat: str | None = None) -> Qualifier:
        """The rate-title rule of ``season`` for ``stat`` (his group's where the stat has none of its own):
        the season's own, as the store's leaderboards apply it (MLB's batting title asked 100 games in 1927,
        the NBA's scoring title 70 games in 1990), not today's for every era."""
        return qualifier(self.league, self.group or "", stat=stat, season=season)

    def qualifies(self, season: PlayerSeason, line: StatLine, stat: str | None = None) -> bool:
        """Whether ``line`` is long enough for a rate title in ``stat`` that season (see :meth:`rule`),
        scaled to his team's games (a 50-game lockout season asks less than an 82-game one)."""
        context = self.contexts.get(season.season)
        if self.group is None or context is None or context.schedule is None:
            return False
        rule = self.rule(season.season, stat)
        games = context.schedule.games if rule.of_schedule else context.schedule.team_games(season.teams)
        return rule.is_met(line, games)

    def qualifying_lines(self, stat: str | None = None) -> list[tuple[PlayerSeason, StatLine]]:
        """His seasons with a line in his group that :meth:`qualifies` for ``stat``, in order."""
        if stat not in self._qualifying:
            self._qualifying[stat] = [(s, line) for s, line in self.season_lines() if self.qualifies(s, line, stat)]
        return list(self._qualifying[stat])

    def copy(self) -> Dossier:
        """A copy with containers of its own to fill and change (ranks, seasons...), sharing the season lines
        worked out already (seasons, group and league contexts, which they follow from, are the same)."""
        copied = replace(self, seasons=list(self.seasons), awards=list(self.awards), contexts=dict(self.contexts),
                         championships=list(self.championships), title_records=list(self.title_records),
                         ranks=dict(self.ranks), tied=set(self.tied),
                         ranked_in=dict(self.ranked_in),
                         window_ranks=dict(self.window_ranks))
        copied._lines, copied._qualifying, copied._derived = self._lines, self._qualifying, self._derived
        return copied

    def derived(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, a figure that follows from his seasons, their lines and league contexts alone (not
        the window a debate may narrow), worked out once for this dossier and its copies."""
        if key not in self._derived:
            self._derived[key] = compute()
        return cast(T, self._derived[key])

    def qualified_lines(self, stat: str | None = None) -> list[tuple[PlayerSeason, StatLine]]:
        """Seasons long enough for a rate in ``stat`` to mean something (the store's qualifying rule of each
        season), or every season when none is. A pitcher who pitched in relief is judged on his seasons in
        relief: the innings a rate title asks for are a starter's, so the one season a closer qualified was a
        season he started (Gossage's 1976, an ERA+ of 89), no best season of his role."""
        lines = self.qualifying_lines(stat) or self.season_lines()
        if not self.pitched_in_relief:
            return lines
        return (self._busy([(s, line) for s, line in lines if in_relief(line)])
                or self._busy([(s, line) for s, line in self.season_lines() if in_relief(line)]) or lines)

    def _busy(self, lines: list[tuple[PlayerSeason, StatLine]]) -> list[tuple[PlayerSeason, StatLine]]:
        """The seasons of ``lines`` in which he pitched at least half as often, for his team's schedule, as in
        his busiest: no rate title qualifies a reliever, and without a floor a call-up's cup of coffee was his
        best season (Kimbrel's 0.44 ERA in 21 games of 2010, an ERA+ of 937; Wagner's 0.00 in 1 game of 1995),
        while a strike season's 32 games (Gossage, 1981) are a full season's share."""
        def share(season: PlayerSeason, line: StatLine) -> float:
            context = self.contexts.get(season.season)
            schedule = context.schedule if context is not None else None
            length = schedule.team_games(season.teams) if schedule is not None else 0.0
            return (line.get("games") or 0.0) / length if length else 0.0

        most = max((share(s, line) for s, line in lines), default=0.0)
        return [(s, line) for s, line in lines if share(s, line) >= most / 2]

    @property
    def pitched_in_relief(self) -> bool | None:
        """Whether he pitched mostly in relief over his window (see :func:`in_relief`); None when his group is
        not his league's relief group (not a pitcher) or records no games started."""
        if self.group is None or self.group != league_spec(self.league).relief_group:
            return None
        return in_relief(self.line)


def _stopped_at_hole(league: League, every: Sequence[PlayerSeason], first: int | None) -> int | None:
    """The known hole his figures stop at where the seasons asked lie wholly past it: his last season is the
    hole's and in its group (Connor Hellebuyck's goaltending at 2017-18, where every source stops), so his
    2019-20 is missing from the sources, not from his career. None where nothing says so."""
    if first is None or not every:
        return None
    last = max(every, key=lambda s: s.season)
    return next((hole.after for hole in league_spec(league).known_holes
                 if hole.group is not None and hole.after is not None and last.season == hole.after < first
                 and hole.group in last.groups), None)


def load_dossier(store: StatStore, player_id: str, window: Window, *, group_hints: tuple[str, ...] = ()) -> Dossier:
    """Read one contender over ``window`` (seasons outside the store's coverage simply come back empty)."""
    player = store.get_player(player_id)
    first, last = _clamped(store, player.league, window)
    # One read of every season he played, in any competition: the window's seasons in his league's counted
    # ones, and the seasons before it that say whether he was still a rookie.
    every = store.seasons(player_id, all_competitions=True)
    clamped = Window(first, last)
    seasons = [s for s in every if clamped.contains(s.season) and _counted(player.league, s)]
    if first is not None and last is not None and first > last:
        career = Career(player_id=player_id, seasons=0, first_season=None, last_season=None, groups={})
    else:
        career = (store.career(player_id) if window.is_career
                  else store.career(player_id, from_season=first, to_season=last))
    group = primary_group(player, dict(career.groups), group_hints, seasons)
    gaps = [gap for gap in career.gaps if gap.group == group]
    hole_after = next((gap.missing_after for gap in gaps if gap.missing_after is not None), None)
    # A career across a group's hole (Justin Tucker's kicking: 2012-2016, then 2024 after the NFL's 2017-2023
    # hole) is judged up to it, as one that stops there: its counts past the hole are no career's either.
    held = {s.season for s in every if group in s.groups}
    unheld = sorted(season for gap in gaps for season in gap.missing if season not in held)
    if hole_after is None and unheld:
        hole_after = unheld[0] - 1
    hole_before = next((gap.missing_before for gap in gaps if gap.missing_before is not None), None)
    if hole_before is not None and began_at_hole(player, hole_before):
        hole_before = None
    if not seasons and hole_after is None:
        hole_after = _stopped_at_hole(player.league, every, first)
    if ((hole_after is not None or hole_before is not None) and window.is_career
            and career.first_season is not None and career.last_season is not None):
        window = Window(career.first_season, hole_after if hole_after is not None else career.last_season)
        career = store.career(player_id, from_season=window.first, to_season=window.last)
    # Honours come from their own tables, which a stat's hole does not cut (Justin Tucker's kicking stops at 2016,
    # the NFL's MVP list does not), so they are read over the seasons asked for, not those cut at the hole.
    # Nor, like titles, those of a season he spent only in a competition his league keeps apart: George Gervin's
    # ABA All-Star picks made 12 All-Star selections of his 10 NBA seasons, Julius Erving's ABA titles NBA ones.
    elsewhere_only = {s.season for s in every} - {s.season for s in every if _counted(player.league, s)}
    awards = [a for a in store.awards(player_id)
              if a.is_winner and clamped.contains(a.season) and a.season not in elsewhere_only]
    contexts: dict[int, LeagueContext] = {}
    for season in seasons:
        try:
            contexts[season.season] = store.league_context(player.league, season.season)
        except UnknownSeason:
            continue
    championships = [c for c in store.championships(player_id)
                     if clamped.contains(c.season) and c.season not in elsewhere_only]
    def kept(seasons: Iterable[int]) -> tuple[int, ...]:
        return tuple(season for season in seasons if clamped.contains(season) and season not in elsewhere_only)

    records = [record.model_copy(update={"won": kept(record.won), "lost": kept(record.lost),
                                         "unknown": kept(record.unknown)})
               for record in store.title_records(player_id)]
    available = store.seasons_available(player.league)
    usual = (_usual_games(store, player.league, first, available)
             if window.is_single and first is not None and available else None)
    return Dossier(player=player, window=window, group=group, seasons=seasons, career=career, awards=awards,
                   contexts=contexts, championships=championships,
                   title_records=[record for record in records if record.won or record.lost or record.unknown],
                   data_last_season=available[1] if available else None,
                   not_a_rookie=not_a_rookie(player, every, seasons), hole_after=hole_after,
                   hole_before=hole_before, usual_games=usual,
                   apart=tuple(sorted({(s.season, s.competition) for s in every
                                       if s.season in elsewhere_only and clamped.contains(s.season)})))


def _usual_games(store: StatStore, league: League, season: int, available: tuple[int, int]) -> float | None:
    """The median (the lower of two middle ones: a season's real length) of the team schedules of the seasons
    within ``SCHEDULE_NEIGHBOURS`` of ``season``, itself left out: the schedule of its day, which one short
    season beside another (1994 and 1995) leaves standing. Each season's schedule is what most of its teams
    played, not the longest: a tie-breaker game (the 1980 Astros' and Dodgers' 163rd) is no schedule."""
    lengths = []
    for other in range(max(season - SCHEDULE_NEIGHBOURS, available[0]),
                       min(season + SCHEDULE_NEIGHBOURS, available[1]) + 1):
        if other == season:
            continue
        try:
            schedule = store.league_context(league, other).schedule
        except UnknownSeason:
            continue
        if schedule is not None:
            lengths.append(statistics.median_low(schedule.by_team.values()) if schedule.by_team else schedule.games)
    return statistics.median_low(lengths) if lengths else None


def began_at_hole(player: Player, first_held: int) -> bool:
    """Whether ``player``'s career cannot cross a known hole that ends before ``first_held`` (the first season
    the sources hold every player): he was too young (see ``YOUNGEST_SEASON_AGE``) to play the season before,
    so the seasons held are his career, with no note that earlier ones may be missing."""
    return player.birth_year is not None and first_held - 1 - player.birth_year <= YOUNGEST_SEASON_AGE


def not_a_rookie(player: Player, every: Sequence[PlayerSeason], window: Sequence[PlayerSeason]) -> NotARookie | None:
    """Why ``player`` was no rookie in the first of his ``window`` seasons, judged on the seasons of ``every``
    (all he played, in any competition, in order) before it by his league's rookie rule; None when he may
    have been one, or his league has no rookie award."""
    spec = league_spec(player.league)
    if "rookie" not in spec.award_classes_since or not window:
        return None
    rule, season = spec.rookie_rule, window[0].season
    earlier = [s for s in every if s.season < season]
    own = [s for s in earlier if _counted(player.league, s)]
    elsewhere = next((s for s in earlier if not _counted(player.league, s)), None)
    if elsewhere is not None:
        return NotARookie("league", season, (elsewhere.season,), competition=elsewhere.competition)
    if season >= rule.since:
        found = _over_limits(rule, season, own)
        if found is not None:
            return found
    if rule.age_limit is not None and player.birth_year is not None and season >= rule.age_limit[1]:
        # The calendar year the season begins in; born in ``birth_year``, he has surely turned the limit by
        # September 15 of it only when he turned it by the year before.
        begins = season - 1 if spec.season_ends_in_year else season
        if begins - 1 - player.birth_year >= rule.age_limit[0]:
            return NotARookie("age", season, limit=rule.age_limit[0])
    return None


def _counted(league: League, season: PlayerSeason) -> bool:
    """Whether ``season`` is in one of ``league``'s counted competitions (not the WHA's or the ABA's)."""
    return bool(league_spec(league).counted_competitions.intersection(season.competition.split("/")))


def _over_limits(rule: RookieRule, season: int, own: Sequence[PlayerSeason]) -> NotARookie | None:
    """The first of ``rule``'s game and career limits his earlier seasons in his own league (``own``) pass."""
    counts = [_most(s, rule.count) for s in own]
    if rule.season_limit is not None:
        over = next(((s, c) for s, c in zip(own, counts, strict=True) if c[1] > rule.season_limit), None)
        if over is not None:
            return NotARookie("season", season, (over[0].season,), (over[1][1],), (over[1][0], rule.count),
                              rule.season_limit)
    if rule.two_season_limit is not None:
        over_two = [(s, c) for s, c in zip(own, counts, strict=True) if c[1] > rule.two_season_limit][:2]
        if len(over_two) == 2:
            return NotARookie("two_seasons", season, tuple(s.season for s, _ in over_two),
                              tuple(c[1] for _, c in over_two), (over_two[0][1][0], rule.count), rule.two_season_limit)
    totals = [(sum(s.groups.get(group, {}).get(key) or 0.0 for s in own), group, key, limit)
              for group, key, limit in rule.career_limits]
    # The limit passed farthest says what he was: a pitcher's at bats (Steve Carlton's 1,297 in the NL) pass
    # theirs too, but his innings are why he was no rookie.
    farthest = max((t for t in totals if t[0] > t[3]), key=lambda t: t[0] / t[3], default=None)
    if farthest is not None:
        total, group, key, limit = farthest
        return NotARookie("career", season, (own[0].season, own[-1].season), (total,), (group, key), limit)
    return None


def _most(season: PlayerSeason, key: str) -> tuple[str, float]:
    """(group, amount) of the group in which ``season`` has most of ``key`` (a goalie's games are goaltending)."""
    amounts = [(group, line.get(key) or 0.0) for group, line in season.groups.items()]
    return max(amounts, key=lambda amount: amount[1], default=("", 0.0))


def _clamped(store: StatStore, league: League, window: Window) -> tuple[int | None, int | None]:
    # The store rejects ranges outside its coverage; a window past it just has fewer seasons.
    available = store.seasons_available(league)
    if window.is_career or available is None:
        return window.first, window.last
    low, high = available
    first = max(window.first, low) if window.first is not None else None
    last = min(window.last, high) if window.last is not None else None
    return first, last


def load_season_ranks(store: StatStore, dossier: Dossier, stats: Iterable[str]) -> None:
    """Fill ``dossier.ranks`` for ``stats``: his league rank in each season he played enough to be
    ranked (a short season cannot crack a top ten, and rate leaderboards need the minimum anyway)."""
    for stat in stats:
        _record_ranks(dossier, stat, _season_ranks(store, dossier, stat, _ranked_seasons(dossier, stat)))


# One stat's season ranks: season -> (his rank, whether another player shared it, the competition it was taken
# in where the league ranks each apart, else None).
_SeasonRanks = dict[int, tuple[int, bool, str | None]]


def _ranked_seasons(dossier: Dossier, stat: str) -> list[PlayerSeason]:
    """The seasons in which he may be ranked in ``stat``: a rate title needs the season's qualifying minimum;
    a total does not (Ruth's 11 home runs of 1918 in 95 games), nor a per-game title the record books gave
    to the most in total that season (the NBA's before 1969-70), nor one whose rule lets a player short of
    the minimum win if he still leads (MLB's rule 9.22(a): the store's leaderboard decides)."""
    if dossier.group is None:
        return []
    rate = GROUPS[dossier.league][dossier.group].rate(stat)
    if rate is None:
        return [s for s, _ in dossier.season_lines()]
    return [s for s, line in dossier.season_lines()
            if ranks_by_total(dossier.league, rate, s.season) is not None
            or dossier.rule(s.season, stat).shortfall is not None or dossier.qualifies(s, line, stat)]


def _season_ranks(store: StatStore, dossier: Dossier, stat: str, seasons: Sequence[PlayerSeason]) -> _SeasonRanks:
    """His best rank in ``stat`` in each of ``seasons`` where he made the top ten."""
    per_competition = league_spec(dossier.league).titles_per_competition
    ranks: _SeasonRanks = {}
    for season in seasons:
        # A season split between the AL and the NL is ranked in each; a title in either counts.
        competitions = season.competition.split("/") if per_competition else [None]
        for competition in competitions:
            leaders = store.leaders(dossier.league, stat=stat, group=dossier.group, from_season=season.season,
                                    to_season=season.season, limit=SEASON_RANK_DEPTH, competition=competition)
            mine = next((row for row in leaders if row.player_id == dossier.id), None)
            known = ranks.get(season.season)
            if mine is None or (known is not None and known[0] <= mine.rank):
                continue
            ranks[season.season] = (mine.rank, sum(1 for row in leaders if row.rank == mine.rank) > 1, competition)
    return ranks


def _record_ranks(dossier: Dossier, stat: str, ranks: _SeasonRanks) -> None:
    for season, (rank, tied, competition) in ranks.items():
        known = dossier.ranks.get((stat, season))
        if known is not None and known <= rank:
            continue
        dossier.ranks[stat, season] = rank
        if competition is not None:
            dossier.ranked_in[stat, season] = competition
        if tied:
            dossier.tied.add((stat, season))
        else:
            dossier.tied.discard((stat, season))


class DossierReader:
    """Reads contenders' dossiers and season ranks from ``store``, keeping the most recent ``capacity`` reads:
    the same players come up debate after debate, and reading one (a few dozen store reads and the loops
    over them) was a sixth of a debate. Each read is keyed by the store's data version, so an import is
    never answered from what was read before it. Every dossier handed out is a copy of its own to fill.

    >>> reader = DossierReader(store)
    >>> reader.dossier("nba:jordami01", Window())  # read from the store; asked again, kept
    """

    def __init__(self, store: StatStore, *, capacity: int = 2048) -> None:
        self.store = store
        self._kept = KeptReads(store, capacity=capacity)

    def dossier(self, player_id: str, window: Window, *, group_hints: tuple[str, ...] = ()) -> Dossier:
        """:func:`load_dossier`'s dossier, as a copy the caller may fill and change."""
        loaded = self._kept.get(("dossier", player_id, window, group_hints),
                                partial(self._read_dossier, player_id, window, group_hints))
        return loaded.copy()

    def _read_dossier(self, player_id: str, window: Window, group_hints: tuple[str, ...]) -> Dossier:
        loaded = load_dossier(self.store, player_id, window, group_hints=group_hints)
        loaded.qualifying_lines()  # worked out once, for every copy
        return loaded

    def season_ranks(self, dossier: Dossier, stats: Iterable[str]) -> None:
        """What :func:`load_season_ranks` fills in."""
        for stat in stats:
            seasons = _ranked_seasons(dossier, stat)
            # Keyed by what the ranks are read from, so a dossier whose window a debate narrowed is no matter.
            key = ("ranks", dossier.id, dossier.group, stat, tuple((s.season, s.competition) for s in seasons))
            ranks = self._kept.get(key, partial(_season_ranks, self.store, dossier, stat, seasons))
            _record_ranks(dossier, stat, ranks)


def load_window_ranks(store: StatStore, dossier: Dossier, stats: Iterable[str]) -> None:
    """Fill ``dossier.window_ranks``: his rank over his window among all players of the league."""
    if dossier.group is None or not dossier.seasons:
        return
    if leaves_out_players(dossier.league, dossier.group, dossier.seasons[0].season, dossier.seasons[-1].season):
        # A list lacking players of his own seasons (the NFL's sacks of 1986-1999 lack Reggie White's and Bruce
        # Smith's) ranks him among the players held: Charles Haley's "19th all-time" is no place of his.
        return
    first = dossier.window.first if not dossier.window.is_career else None
    last = dossier.window.last if not dossier.window.is_career else None
    first, last = _clamped(store, dossier.league, Window(first, last))
    for stat in stats:
        leaders = store.leaders(dossier.league, stat=stat, group=dossier.group, from_season=first,
                                to_season=last, limit=WINDOW_RANK_DEPTH)
        for row in leaders:
            if row.player_id == dossier.id:
                dossier.window_ranks[stat] = row.rank
                break
