"""The stat store on SQLAlchemy Core: SQLite by default, PostgreSQL when configured.

:class:`SqlStatStore` serves every read of :class:`arena.stats.ports.StatStore` and writes a league with
:meth:`SqlStatStore.replace_league`, in one transaction. Database errors become ``StoreUnavailable``.
"""

from __future__ import annotations

import asyncio
import difflib
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC
from typing import Any, NamedTuple, TypeAlias, cast

from sqlalchemy import ColumnElement, and_, case, distinct, func, select, text
from sqlalchemy.engine import Connection, Engine, Row, RowMapping
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from arena.db import data_errors, migrate
from arena.errors import echo
from arena.stats import errors, model
from arena.stats.adapters import tables as t
from arena.stats.adapters.sqlite_version import data_version_of
from arena.stats.catalog import (
    COUNTED_COMPETITIONS,
    GROUPS,
    League,
    StatGroup,
    StatLine,
    groups_with_key,
    season_label,
    stat_line,
)
from arena.stats.coverage import GroupRow, career_gaps, names_no_leader
from arena.stats.leagues import Rate, league_spec
from arena.stats.name_index import IndexedName, NameIndex
from arena.stats.qualifying import Qualifier, best_possible, qualifier, ranks_by_total
from arena.stats.rollups import career_lines
from arena.stats.titles import title_records

__all__ = ["SqlStatStore", "migrate"]

_LEAGUES = {league.value: league for league in League}  # faster than League(value) for 40,000 rows
_Row: TypeAlias = Row[*tuple[Any, ...]]


class SqlStatStore:
    """A :class:`arena.stats.ports.StatStore` and :class:`arena.stats.ports.StatWriter` over one engine.

    The schema must be at the migrations' head (:func:`arena.db.migrate`)::

        store = SqlStatStore(make_engine("sqlite:///arena.db"))
        store.career("nba:jordami01").groups["basketball"]["points"]  # 32292.0
    """

    def __init__(self, engine: Engine, *, status_ttl_seconds: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._engine = engine
        self._index_lock = threading.Lock()
        self._index: tuple[str, NameIndex] | None = None
        # The import metadata (versions, season spans) is read at most once per ``status_ttl_seconds``:
        # every cached read asks for the data version. This store's own imports take effect at once;
        # another process's import within that time.
        self._status_ttl = status_ttl_seconds
        self._clock = clock
        self._imports: tuple[float, dict[str, model.LeagueStatus]] | None = None

    # -- versions and status -------------------------------------------------------------------------

    def data_version(self) -> str:
        return data_version_of({league: status.version for league, status in self._imported().items()})

    def status(self) -> list[model.LeagueStatus]:
        imports = self._imported()
        return [imports[league.value] for league in League if league.value in imports]

    def seasons_available(self, league: League) -> tuple[int, int] | None:
        status = self._imported().get(league.value)
        if status is None or status.first_season is None or status.last_season is None:
            return None
        return status.first_season, status.last_season

    def _imported(self) -> dict[str, model.LeagueStatus]:
        now = self._clock()
        cached = self._imports
        if cached is not None and now - cached[0] < self._status_ttl:
            return cached[1]
        with self._reading() as conn:
            rows = conn.execute(select(t.imports)).all()
        imports = {row.league: _status(row) for row in rows}
        self._imports = (now, imports)
        return imports

    # -- players -------------------------------------------------------------------------------------

    def find_players(self, name: str, *, league: League | None = None, limit: int = 10) -> list[model.PlayerMatch]:
        hits = self._name_index().search(name, league=league, limit=limit)
        players = self._players_by_id([hit.player_id for hit in hits])
        return [model.PlayerMatch(player=players[hit.player_id], score=hit.score)
                for hit in hits if hit.player_id in players]

    def get_player(self, player_id: str) -> model.Player:
        with self._reading() as conn:
            row = conn.execute(select(t.players).where(t.players.c.id == player_id)).first()
        if row is None:
            raise self._not_found(player_id)
        return _player(row)

    def iter_players(self, league: League | None = None) -> Iterator[model.Player]:
        yield from (_player(row) for row in self._player_rows(league))

    def iter_profiles(self, league: League | None = None) -> Iterator[model.PlayerProfile]:
        yield from (_profile(row) for row in self._player_rows(league))

    def iter_roster(self, league: League) -> Iterator[model.RosterRow]:
        ps, p = t.player_seasons.c, t.players.c
        measures = {group: kept for group, volumes in league_spec(league).roster_volumes.items()
                    if (kept := tuple(volume for volume in volumes if set(volume) <= set(t.STAT_COLUMNS)))}
        if not measures:
            return
        stats = list(dict.fromkeys(stat for volumes in measures.values() for volume in volumes for stat in volume))
        query = (select(ps.player_id, ps.season, ps.stat_group, ps.teams, ps.position, ps.games,
                        *(ps[stat] for stat in stats), p.positions)
                 .join(t.players, p.id == ps.player_id)
                 .where(ps.league == league.value, ps.stat_group.in_(list(measures))))
        with self._reading() as conn:
            rows = conn.execute(query).all()
        for r in rows:
            volumes = tuple(_first_recorded(r, measure) for measure in measures[r.stat_group])
            if not any(volumes):
                continue
            position = r.position or (r.positions[0] if r.positions else None)
            for team in r.teams:
                yield model.RosterRow(player_id=r.player_id, league=league, season=r.season, team=team,
                                      group=r.stat_group, position=position, games=r.games, volumes=volumes,
                                      measures=measures[r.stat_group])

    def iter_honours(self, league: League) -> Iterator[model.Honour]:
        a, pc = t.awards.c, t.player_championships.c
        with self._reading() as conn:
            awards = conn.execute(select(a.player_id, a.season, a.award, a.detail)
                                  .where(a.league == league.value, a.is_winner)).all()
            titles = conn.execute(select(pc.player_id, pc.season, pc.title)
                                  .where(pc.league == league.value, pc.won)).all()
        for r in awards:
            yield model.Honour(r.player_id, r.season, r.award, r.detail, is_title=False)
        for title in titles:
            yield model.Honour(title.player_id, title.season, title.title, None, is_title=True)

    def iter_top_seasons(self, league: League, group: str, stat: str, *, limit: int) -> Iterator[model.SeasonTotal]:
        s = t.player_seasons.c
        total = func.sum(_stat(stat))
        query = (select(s.player_id, s.season, total.label("value"))
                 .where(s.league == league.value, s.stat_group == group,
                        s.competition.in_(sorted(COUNTED_COMPETITIONS[league])))
                 .group_by(s.player_id, s.season).having(total > 0).order_by(total.desc()).limit(limit))
        with self._reading() as conn:
            rows = conn.execute(query).all()
        yield from (model.SeasonTotal(r.player_id, r.season, r.value) for r in rows)

    def awards(self, player_id: str) -> list[model.Award]:
        self.get_player(player_id)
        with self._reading() as conn:
            rows = conn.execute(select(t.awards).where(t.awards.c.player_id == player_id)
                                .order_by(t.awards.c.season, t.awards.c.award, t.awards.c.id)).all()
        return [model.Award(player_id=r.player_id, league=League(r.league), season=r.season, award=r.award,
                            detail=r.detail, is_winner=r.is_winner) for r in rows]

    def championships(self, player_id: str) -> list[model.PlayerChampionship]:
        pc, c = t.player_championships.c, t.championships.c
        query = (select(pc.league, pc.season, pc.title, pc.team, c.champion_name)
                 .join(t.championships, and_(c.league == pc.league, c.season == pc.season, c.title == pc.title))
                 .where(pc.player_id == player_id, pc.won).order_by(pc.season, pc.title))
        with self._reading() as conn:
            rows = conn.execute(query).all()
        if not rows:
            self.get_player(player_id)
        return [model.PlayerChampionship(player_id=player_id, league=_LEAGUES[r.league], season=r.season,
                                         label=season_label(_LEAGUES[r.league], r.season), title=r.title, team=r.team,
                                         team_name=r.champion_name) for r in rows]

    def title_records(self, player_id: str) -> list[model.TitleRecord]:
        player = self.get_player(player_id)
        pc = t.player_championships.c
        with self._reading() as conn:
            rounds = conn.execute(select(pc.season, pc.title, pc.won).where(pc.player_id == player_id)).all()
        career = (player.first_season, player.last_season) \
            if player.first_season is not None and player.last_season is not None else None
        return title_records(player_id, player.league, [(r.season, r.title, r.won) for r in rounds],
                             self.champions(player.league), career)

    # -- seasons and careers -------------------------------------------------------------------------

    def seasons(
        self, player_id: str, *, from_season: int | None = None, to_season: int | None = None,
        all_competitions: bool = False,
    ) -> list[model.PlayerSeason]:
        league = _league_of(player_id)
        if league is None:
            raise self._not_found(player_id)
        if from_season is not None or to_season is not None:
            self._season_range(league, from_season, to_season)
        rows = self._season_rows(player_id, from_season, to_season, None if all_competitions else league)
        if not rows:
            self.get_player(player_id)
        return _player_seasons(league, rows)

    def career(
        self, player_id: str, *, from_season: int | None = None, to_season: int | None = None
    ) -> model.Career:
        league = _league_of(player_id)
        if league is None:
            raise self._not_found(player_id)
        if from_season is None and to_season is None:
            with self._reading() as conn:
                row = conn.execute(select(t.players).where(t.players.c.id == player_id)).first()
            if row is None:
                raise self._not_found(player_id)
            gaps = career_gaps(league, _group_rows(self._season_rows(player_id, None, None, league)))
            return model.Career(player_id=player_id, seasons=row.seasons, first_season=row.career_first_season,
                                last_season=row.career_last_season, groups=_in_catalogue_order(league, row.career),
                                gaps=gaps)
        self._season_range(league, from_season, to_season)
        rows = self._season_rows(player_id, from_season, to_season, league)
        if not rows:
            self.get_player(player_id)
        seasons = sorted({row.season for row in rows})
        return model.Career(player_id=player_id, seasons=len(seasons),
                            first_season=seasons[0] if seasons else None,
                            last_season=seasons[-1] if seasons else None,
                            groups=career_lines(league, ((row.stat_group, row.stats) for row in rows)),
                            gaps=career_gaps(league, _group_rows(rows), to_season=to_season))

    def best_season(self, player_id: str, *, stat: str, group: str | None = None) -> model.PlayerSeason | None:
        league = _league_of(player_id)
        if league is None:
            raise self._not_found(player_id)
        candidates = [_resolve_group(league, stat, group)] if group else _groups_with(league, stat)
        seasons = self.seasons(player_id)
        # A stat in several groups (a pitcher's strikeouts, thrown and suffered) means the group where
        # the player has the most of it, then the most games.
        stat_group = max(candidates, key=lambda g: (_total_in(seasons, g.name, stat), _total_in(seasons, g.name)))
        lines = [(season, line) for season in seasons
                 if (line := season.groups.get(stat_group.name)) and line.get(stat) is not None]
        if lines and (stat_group.rate(stat) is not None or not stat_group.is_higher_better(stat)):
            # The lowest ERA or the fewest turnovers only count over a full season's worth of play.
            rule = qualifier(league, stat_group.name)
            with self._reading() as conn:
                schedules = self._schedules(conn, league, lines[0][0].season, lines[-1][0].season)
            qualified = [(s, line) for s, line in lines
                         if s.season in schedules and rule.is_met(line, schedules[s.season].team_games(s.teams))]
            lines = qualified or lines
        if not lines:
            return None
        sign = 1.0 if stat_group.is_higher_better(stat) else -1.0
        # max() keeps the first of equal values, so ties go to the earlier season.
        return max(lines, key=lambda item: sign * float(item[1][stat] or 0.0))[0]

    # -- league-wide ---------------------------------------------------------------------------------

    def leaders(
        self, league: League, *, stat: str, group: str | None = None, from_season: int | None = None,
        to_season: int | None = None, limit: int = 10, min_games: int | None = None,
        competition: str | None = None,
    ) -> list[model.LeaderRow]:
        """Leaders of ``stat`` over the counted competitions (or one of them: the AL); see
        :mod:`arena.stats.qualifying`.

        Counting stats rank by the most summed over the range (no minimum unless ``min_games`` is set).
        Rates are recomputed from the summed components and need the qualifying minimum, scaled to the
        schedule: in one season, his team's games; over a range, the seasons' lengths summed, up to the
        rule's cap. Lower-is-better rates (ERA, goals-against average) rank lowest first. Equal values
        share a rank and are listed by name, then id.
        """
        stat_group = _resolve_group(league, stat, group)
        first, last = self._season_range(league, from_season, to_season)
        competitions = _competitions(league, competition)
        rate = stat_group.rate(stat)
        season = first if first == last else None
        by_total = ranks_by_total(league, rate, season) if rate is not None and min_games is None else None
        rule = (qualifier(league, stat_group.name, min_games, stat=stat, season=season)
                if (rate and by_total is None) or min_games is not None else None)
        s = t.player_seasons.c
        components = (rate.required + rate.optional) if rate else (stat,)
        usable = and_(*(_stat(c).is_not(None) for c in rate.required)) if rate else None
        query = (
            select(s.player_id, func.count(distinct(s.season)).label("seasons"),
                   func.min(s.season).label("first"), func.max(s.season).label("last"),
                   func.sum(_stat("games")).label("games_total"),
                   *(func.sum(_stat(c) if usable is None else case((usable, _stat(c)))).label(c)
                     for c in components),
                   *(func.sum(_stat(c)).label(f"recorded_{c}") for c in (components if rate else ())),
                   *(func.sum(_stat(k)).label(f"qualifying_{k}") for k in _qualifying_keys(rule)))
            .where(s.league == league.value, s.stat_group == stat_group.name, s.season.between(first, last),
                   s.competition.in_(competitions))
            .group_by(s.player_id)
        )
        if rule is not None and rule.per_team_game is None:
            query = query.having(func.sum(_stat(rule.key)) >= rule.cap)
        if limit < 1 or (season is not None and names_no_leader(league, stat_group.name, season)):
            return []
        with self._reading() as conn:
            if rate is None:
                # The database ranks sums itself; a few extra rows show whether ties run past the cut.
                total = func.sum(_stat(stat))
                query = query.having(total.is_not(None)).order_by(total.desc(), s.player_id)
                rows = conn.execute(query.limit(limit + 25)).all()
                if len(rows) == limit + 25 and rows[limit - 1]._mapping[stat] == rows[-1]._mapping[stat]:
                    rows = conn.execute(query).all()
            else:
                rows = conn.execute(query).all()
            if rule is not None and rule.per_team_game is not None:
                rows = self._qualified(conn, rows, rule, league, stat_group.name, (first, last), competitions,
                                       shortfall=rate if rule.shortfall and season is not None else None)
        if season is not None:
            rows = _without_excluded(rows, league, season, stat, competitions)
        sign = -1.0 if rate is None or rate.higher_is_better else 1.0
        # A qualified player whose figure the sources lack (an NFL passer of 1992-2000 without completions)
        # bounds the list: only those ahead of his best possible rate are known to lead (see qualifying).
        reach = [_best_possible(row, rate) for row in rows
                 if season is not None and rate is not None and any(row._mapping[k] is None for k in rate.required)]
        if any(best is None for best in reach):
            return []
        scored = [(sign * (float(row._mapping[by_total] or 0.0) if by_total else v), v, row) for row in rows
                  if (v := _leader_value(row, stat, rate)) is not None]
        scored = [item for item in scored if all(item[0] < sign * cast(float, best) for best in reach)]
        scored.sort(key=lambda item: item[0])
        # Names are read only for the leaders (and whoever ties the last of them), then order the ties.
        cut = scored[:limit]
        cut += [item for item in scored[limit:] if cut and item[0] == cut[-1][0]]
        names = self._names([row.player_id for _, _, row in cut])
        cut.sort(key=lambda item: (item[0], names[item[2].player_id], item[2].player_id))
        return _ranked([(key, value, names[row.player_id], row) for key, value, row in cut[:limit]])

    def league_context(self, league: League, season: int) -> model.LeagueContext:
        self._season_range(league, season, season)
        with self._reading() as conn:
            rows = conn.execute(select(t.league_seasons).where(t.league_seasons.c.league == league.value,
                                                               t.league_seasons.c.season == season)).all()
            schedule = self._schedules(conn, league, season, season).get(season)
        if not rows:
            raise errors.UnknownSeason(f"no {league.value.upper()} {_season_name(league, season)} season in the data")
        by_group = {row.stat_group: row for row in rows}
        names = [name for name in GROUPS[league] if name in by_group]
        return model.LeagueContext(
            league=league, season=season, label=season_label(league, season),
            groups=_in_catalogue_order(league, {n: by_group[n].totals for n in names}),
            players={n: by_group[n].players for n in names},
            per_player_game=_in_catalogue_order(league, {n: by_group[n].per_player_game for n in names}),
            schedule=schedule,
        )

    def team_seasons(self, league: League, *, team: str | None = None,
                     season: int | None = None) -> list[model.TeamSeason]:
        c = t.team_seasons.c
        query = select(t.team_seasons).where(c.league == league.value)
        if team is not None:
            query = query.where(c.team == team)
        if season is not None:
            query = query.where(c.season == season)
        with self._reading() as conn:
            rows = conn.execute(query.order_by(c.season, c.competition, c.team)).all()
        return [model.TeamSeason(league=league, season=r.season, competition=r.competition, team=r.team,
                                 name=r.name, wins=r.wins, losses=r.losses, ties=r.ties, stats=r.stats)
                for r in rows]

    def champions(self, league: League, *, season: int | None = None) -> list[model.Championship]:
        c = t.championships.c
        query = select(t.championships).where(c.league == league.value)
        if season is not None:
            query = query.where(c.season == season)
        with self._reading() as conn:
            rows = conn.execute(query.order_by(c.season, c.title)).all()
        return [model.Championship(league=league, season=r.season, title=r.title, champion=r.champion,
                                   champion_name=r.champion_name, runner_up=r.runner_up,
                                   runner_up_name=r.runner_up_name, result=r.result, source=r.source)
                for r in rows]

    # -- writing -------------------------------------------------------------------------------------

    def replace_league(self, data: model.LeagueData) -> model.LeagueStatus:
        """Replace everything stored for ``data.league`` in one transaction, with a new version.

        Raises ``SourceError`` when the store rejects the data (a duplicate season row, a row of an
        unknown player) and ``StoreUnavailable`` when the database fails; either way nothing changes.
        """
        # Imported by the writes alone: the bulk load brings psycopg, which a process reading SQLite never needs.
        from arena.stats.adapters.sql_load import prepare_league, write_league  # noqa: PLC0415

        prepared = prepare_league(data)  # the rollups, before the transaction holds any lock
        with self._writing(data.league) as conn:
            write_league(conn, prepared)
        self._imports = None
        return prepared.status

    async def ping(self) -> None:
        """Raises ``StoreUnavailable`` unless the database answers ``SELECT 1`` (in a worker thread)."""
        def select_one() -> None:
            with self._reading() as conn:
                conn.execute(text("SELECT 1"))

        await asyncio.to_thread(select_one)

    # -- internals -----------------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn:
                yield conn
        except data_errors() as exc:
            raise errors.StoreRefusedValue(f"the stat store refused a value: {_reason(exc)}") from exc
        except (DBAPIError, PoolTimeout) as exc:
            raise errors.StoreUnavailable(f"stat store unavailable: {_reason(exc)}") from exc

    @contextmanager
    def _writing(self, league: League) -> Iterator[Connection]:
        import psycopg  # noqa: PLC0415 (see replace_league)

        try:
            with self._engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    # An import is one long transaction by design; the statement timeout bounds reads.
                    conn.exec_driver_sql("SET LOCAL statement_timeout = 0")
                yield conn
        except data_errors() as exc:
            raise errors.SourceError(f"{league.value} import rejected by the store: {_reason(exc)}") from exc
        except (DBAPIError, psycopg.Error, PoolTimeout) as exc:
            raise errors.StoreUnavailable(f"stat store unavailable during the {league.value} import: "
                                          f"{_reason(exc)}") from exc

    def _player_rows(self, league: League | None) -> list[_Row]:
        query = select(t.players).order_by(t.players.c.league, t.players.c.id)
        if league is not None:
            query = query.where(t.players.c.league == league.value)
        with self._reading() as conn:
            return list(conn.execute(query).all())

    def _names(self, ids: Sequence[str]) -> dict[str, str]:
        with self._reading() as conn:
            rows = conn.execute(select(t.players.c.id, t.players.c.name).where(t.players.c.id.in_(ids))).all()
        return {row.id: row.name for row in rows}

    def _players_by_id(self, ids: Sequence[str]) -> dict[str, model.Player]:
        if not ids:
            return {}
        with self._reading() as conn:
            rows = conn.execute(select(t.players).where(t.players.c.id.in_(ids))).all()
        return {row.id: _player(row) for row in rows}

    def _season_rows(self, player_id: str, from_season: int | None, to_season: int | None,
                     counted_in: League | None) -> list[_StoredSeason]:
        c = t.player_seasons.c
        query = select(c.season, c.competition, c.stat_group, c.teams, c.position, c.extra_stats,
                       *(c[key] for key in t.STAT_COLUMNS)).where(c.player_id == player_id)
        if from_season is not None:
            query = query.where(c.season >= from_season)
        if to_season is not None:
            query = query.where(c.season <= to_season)
        if counted_in is not None:
            query = query.where(c.competition.in_(sorted(COUNTED_COMPETITIONS[counted_in])))
        with self._reading() as conn:
            rows = conn.execute(query.order_by(c.season, c.competition)).all()
        return [_StoredSeason(row.season, row.competition, row.stat_group, row.teams, _stats_of(row), row.position)
                for row in rows]

    def _season_range(self, league: League, from_season: int | None, to_season: int | None) -> tuple[int, int]:
        """The range asked for, within the league's data; raises ``UnknownSeason`` outside it."""
        available = self.seasons_available(league)
        if available is None:
            raise errors.UnknownLeague(f"no {league.value.upper()} data imported yet "
                                       f"(run `arena data import --league {league.value}`)")
        first, last = available
        for season in (from_season, to_season):
            if season is not None and not first <= season <= last:
                raise errors.UnknownSeason(
                    f"season {_season_name(league, season)} is outside the {league.value.upper()} data "
                    f"({_season_name(league, first)} to {_season_name(league, last)})")
        start = first if from_season is None else from_season
        end = last if to_season is None else to_season
        if start > end:
            raise errors.UnknownSeason(f"season range {_season_name(league, start)} to "
                                       f"{_season_name(league, end)} is backwards")
        return start, end

    def _qualified(self, conn: Connection, rows: Sequence[_Row], rule: Qualifier, league: League, group: str,
                   span: tuple[int, int], competitions: Sequence[str], *, shortfall: Rate | None = None) -> list[_Row]:
        """The rows meeting ``rule``: in one season against his team's games, over a range against the
        seasons' lengths summed. A season with no schedule in the data (the NFL's 2024, with no games
        recorded) has no minimum to apply, so none qualifies rather than a handful of carries. With
        ``shortfall`` (one season, a rule with ``Qualifier.shortfall``), a row short of the minimum is kept
        if ``shortfall`` with the missing amount added as outs still beats every row that qualified."""
        first, last = span
        schedules = self._schedules(conn, league, first, last)
        if first != last:
            games = sum(schedule.games for schedule in schedules.values())
            return [row for row in rows if rule.is_met(_qualifying_line(row, rule), games)] if games else []
        schedule = schedules.get(first)
        if schedule is None:
            return []
        s = t.player_seasons.c
        teams: dict[str, list[str]] = defaultdict(list)
        for player_id, row_teams in conn.execute(
                select(s.player_id, s.teams).where(s.league == league.value, s.stat_group == group,
                                                   s.season == first, s.competition.in_(competitions))):
            teams[player_id].extend(row_teams or ())
        qualified, short = [], {}
        for row in rows:
            line = _qualifying_line(row, rule)
            team_games = schedule.games if rule.of_schedule else schedule.team_games(teams.get(row.player_id, ()))
            if rule.is_met(line, team_games):
                qualified.append(row)
            else:
                short[row.player_id] = (row, rule.missing(line, team_games))
        if shortfall is None or rule.shortfall is None:
            return qualified
        return qualified + _short_but_first(list(short.values()), qualified, shortfall, rule.shortfall)

    def _schedules(self, conn: Connection, league: League, first: int, last: int) -> dict[int, model.Schedule]:
        """Each season's games per team, from the team records, else the most games a player played."""
        c = t.team_seasons.c
        by_season: dict[int, dict[str, float]] = defaultdict(dict)
        counted = sorted(COUNTED_COMPETITIONS[league])
        for row in conn.execute(select(c.season, c.team, c.wins, c.losses, c.ties, c.stats).where(
                c.league == league.value, c.season.between(first, last), c.competition.in_(counted))):
            games = (row.stats or {}).get("games") or (row.wins or 0) + (row.losses or 0) + (row.ties or 0)
            if games:
                by_season[row.season][row.team] = float(games)
        schedules = {season: model.Schedule(season=season, games=max(teams.values()), by_team=teams)
                     for season, teams in by_season.items()}
        missing = [season for season in range(first, last + 1) if season not in schedules]
        if missing:
            s = t.player_seasons.c
            for season, games in conn.execute(
                    select(s.season, func.max(s.games)).where(s.league == league.value, s.season.in_(missing),
                                                              s.competition.in_(counted)).group_by(s.season)):
                if games:
                    schedules[season] = model.Schedule(season=season, games=float(games))
        return schedules

    def _name_index(self) -> NameIndex:
        version = self.data_version()
        with self._index_lock:
            if self._index is None or self._index[0] != version:
                with self._reading() as conn:
                    rows = conn.execute(select(t.players.c.id, t.players.c.league, t.players.c.name,
                                               t.players.c.name_variants, t.players.c.games,
                                               t.players.c.first_season)).all()
                self._index = (version, NameIndex(
                    IndexedName(r.id, _LEAGUES[r.league], r.name, tuple(r.name_variants), r.games, r.first_season)
                    for r in rows))
            return self._index[1]

    def _not_found(self, player_id: str) -> errors.PlayerNotFound:
        index = self._name_index()
        if ":" in player_id:
            suggestions = index.similar_ids(player_id)
        else:
            found = self._players_by_id([h.player_id for h in index.search(player_id, limit=3)])
            suggestions = [f"{p.name} ({p.id})" for p in found.values()]
        return errors.PlayerNotFound(f"no player with id {echo(player_id)}", suggestions)


def _league_of(player_id: str) -> League | None:
    prefix = player_id.partition(":")[0]
    return League(prefix) if prefix in League._value2member_map_ else None


def _season_name(league: League, season: int) -> str:
    """The label fans use, with the stored year where they differ: "2015-16 (2016)"."""
    label = season_label(league, season)
    return label if label == str(season) else f"{label} ({season})"


def _stat(key: str) -> ColumnElement[float]:
    c = t.player_seasons.c
    if key in t.STAT_COLUMNS:
        return cast("ColumnElement[float]", c[key])
    return cast("ColumnElement[float]", c.extra_stats[key].as_float())


def _resolve_group(league: League, stat: str, group: str | None) -> StatGroup:
    """The group holding ``stat``; raises ``UnknownStat`` for an unknown or ambiguous stat or group."""
    if group is None:
        candidates = _groups_with(league, stat)
        if len(candidates) > 1:
            raise errors.UnknownStat(f"{league.value} stat {echo(stat)} is in several groups; name one",
                                     [g.name for g in candidates])
        return candidates[0]
    groups = GROUPS[league]
    if group not in groups:
        raise errors.UnknownStat(f"no {league.value} stat group {echo(group)}", _close(group, groups))
    if stat not in groups[group].keys:
        raise errors.UnknownStat(f"no stat {echo(stat)} in {league.value} {group}", _close(stat, groups[group].keys))
    return groups[group]


def _groups_with(league: League, stat: str) -> list[StatGroup]:
    found = groups_with_key(league, stat)
    if not found:
        keys = dict.fromkeys(k for g in GROUPS[league].values() for k in g.keys)
        raise errors.UnknownStat(f"no {league.value} stat {echo(stat)}", _close(stat, keys))
    return found


def _close(word: str, choices: Iterable[str]) -> list[str]:
    return difflib.get_close_matches(word, list(choices), n=3, cutoff=0.6)


def _total_in(seasons: Iterable[model.PlayerSeason], group: str, key: str = "games") -> float:
    return sum((s.groups[group].get(key) or 0.0) for s in seasons if group in s.groups)


def _competitions(league: League, competition: str | None) -> list[str]:
    counted = sorted(COUNTED_COMPETITIONS[league])
    if competition is None:
        return counted
    if competition.upper() not in counted:
        raise errors.UnknownLeague(f"no {league.value.upper()} competition {echo(competition)}", counted)
    return [competition.upper()]


def _qualifying_keys(rule: Qualifier | None) -> tuple[str, ...]:
    if rule is None or rule.per_team_game is None:
        return ()
    keys = rule.parts or (rule.key,)
    return keys + ((rule.alternative[0],) if rule.alternative else ())


def _qualifying_line(row: _Row, rule: Qualifier) -> dict[str, float | None]:
    values: RowMapping = row._mapping
    return {key: values[f"qualifying_{key}"] for key in _qualifying_keys(rule)}


def _leader_value(row: _Row, stat: str, rate: Any) -> float | None:
    values: RowMapping = row._mapping
    if rate is None:
        total = values[stat]
        return None if total is None else float(total)
    if any(values[k] is None for k in rate.required):
        return None
    result = rate.compute({k: float(values[k] or 0.0) for k in rate.required + rate.optional})
    return None if result is None else float(result)


def _best_possible(row: _Row, rate: Rate) -> float | None:
    """The best ``rate`` a row lacking a required figure could have (every recorded component summed)."""
    return best_possible(rate, {k: row._mapping[f"recorded_{k}"] for k in rate.required + rate.optional})


def _short_but_first(short: Sequence[tuple[_Row, float]], qualified: Sequence[_Row], rate: Rate,
                     outs: str) -> list[_Row]:
    """The rows short of the minimum (each with the amount it lacks) whose ``rate`` with that amount added
    to ``outs`` (hitless at bats) still beats the best of ``qualified`` (MLB rule 9.22(a))."""
    sign = 1.0 if rate.higher_is_better else -1.0
    best = max((sign * v for row in qualified if (v := _leader_value(row, rate.key, rate)) is not None), default=None)
    kept = []
    for row, lacking in short:
        if any(row._mapping[k] is None for k in rate.required):
            continue
        line = {k: float(row._mapping[k] or 0.0) for k in rate.required + rate.optional}
        line[outs] += lacking
        adjusted = rate.compute(line)
        if adjusted is not None and (best is None or sign * adjusted > best):
            kept.append(row)
    return kept


def _without_excluded(rows: Sequence[_Row], league: League, season: int, stat: str,
                      competitions: Sequence[str]) -> list[_Row]:
    """``rows`` less the players the record books leave out of this season's ``stat`` title."""
    excluded = {x.player_id for x in league_spec(league).title_exclusions
                if x.season == season and x.stat == stat and (x.competition is None or x.competition in competitions)}
    return [row for row in rows if row.player_id not in excluded] if excluded else list(rows)


def _ranked(scored: list[tuple[float, float, str, _Row]]) -> list[model.LeaderRow]:
    """Leader rows from (rank key, value, name, row) in order: equal rank keys share a rank."""
    leaders: list[model.LeaderRow] = []
    previous: float | None = None
    for position, (key, value, name, row) in enumerate(scored, start=1):
        tied = leaders and previous == key
        previous = key
        leaders.append(model.LeaderRow(
            rank=leaders[-1].rank if tied else position, player_id=row.player_id, name=name,
            value=value, games=row.games_total, seasons=row.seasons, first_season=row.first,
            last_season=row.last))
    return leaders


def _player_seasons(league: League, rows: Sequence[_StoredSeason]) -> list[model.PlayerSeason]:
    """One season per season: a player traded between two counted competitions (an MLB season split
    between the AL and the NL) has his rows summed, their competitions and clubs listed (``AL/NL``); a
    competition the league does not count (the WHA, the ABA) stays a season of its own."""
    counted = COUNTED_COMPETITIONS[league]
    by_season: dict[tuple[int, str], dict[str, list[_StoredSeason]]] = defaultdict(lambda: defaultdict(list))
    competitions: dict[tuple[int, str], list[str]] = defaultdict(list)
    for row in rows:
        key = (row.season, "" if row.competition in counted else row.competition)
        by_season[key][row.stat_group].append(row)
        if row.competition not in competitions[key]:
            competitions[key].append(row.competition)
    result = []
    for key, groups in by_season.items():
        names = [name for name in GROUPS[league] if name in groups]
        teams = dict.fromkeys(team for name in names for row in groups[name] for team in row.teams)
        positions = {name: position for name in names
                     if (position := next((row.position for row in groups[name] if row.position), None))}
        result.append(model.PlayerSeason(
            season=key[0], label=season_label(league, key[0]), competition="/".join(competitions[key]),
            teams=tuple(teams), positions=positions,
            groups={name: stat_line(GROUPS[league][name], [row.stats for row in groups[name]]) for name in names}))
    return result


def _player(row: _Row) -> model.Player:
    return model.Player(id=row.id, league=_LEAGUES[row.league], name=row.name, name_variants=tuple(row.name_variants),
                        birth_year=row.birth_year, positions=tuple(row.positions), first_season=row.first_season,
                        last_season=row.last_season, hall_of_fame=row.hall_of_fame)


def _profile(row: _Row) -> model.PlayerProfile:
    player = _player(row)
    return model.PlayerProfile(player=player, seasons=row.seasons, games=row.games,
                               career=_in_catalogue_order(player.league, row.career), award_counts=row.award_counts)


def _in_catalogue_order(league: League, groups: Mapping[str, StatLine]) -> dict[str, StatLine]:
    """Stat lines with keys in the catalogue's order (JSONB keeps its own order)."""
    ordered: dict[str, StatLine] = {}
    for name, line in groups.items():
        keys = GROUPS[league][name].keys if name in GROUPS[league] else ()
        ordered[name] = {**{k: line[k] for k in keys if k in line}, **line}
    return ordered


def _status(row: _Row) -> model.LeagueStatus:
    imported_at = row.imported_at
    if imported_at.tzinfo is None:  # SQLite keeps no zone; the store writes UTC
        imported_at = imported_at.replace(tzinfo=UTC)
    return model.LeagueStatus(league=League(row.league), players=row.players, player_seasons=row.player_seasons,
                              first_season=row.first_season, last_season=row.last_season,
                              imported_at=imported_at.isoformat(), version=row.version)


class _StoredSeason(NamedTuple):
    season: int
    competition: str
    stat_group: str
    teams: list[str]
    stats: dict[str, float]
    position: str | None = None


def _group_rows(rows: Iterable[_StoredSeason]) -> list[GroupRow]:
    return [(row.season, row.stat_group, row.stats) for row in rows]


def _stats_of(row: _Row) -> dict[str, float]:
    values = row._mapping
    stats = {key: float(value) for key in t.STAT_COLUMNS if (value := values[key]) is not None}
    stats.update(row.extra_stats)
    return stats


def _reason(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__


def _first_recorded(row: _Row, stats: Sequence[str]) -> float | None:
    """The first of ``stats`` the row records (starts, else minutes before starts were kept), None where that
    is nothing above 0."""
    value = next((value for stat in stats if (value := getattr(row, stat)) is not None), None)
    return value if value is not None and value > 0 else None
