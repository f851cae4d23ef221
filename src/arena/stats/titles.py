"""Which players won which titles: a title goes to the players whose season ended with the champion and
who were part of its season: they played at least the league's share of its regular-season games
(``LeagueSpec.title_games_share``), or played in that postseason where the source records it. Where
it does, a player in his first season who did not play in it was a call-up, back in the minors by then,
unless he played a larger share (``LeagueSpec.call_up_title_share``): Terry Sawchuk's 7 games of
Detroit's 70 in 1949-50, Harry Lumley in goal for every playoff game, are no 1950 Cup, while Yvan
Cournoyer's 15 of 1978-79, a veteran injured at the end, are one. A league may ask a veteran who did not
play in it for a larger share too (``LeagueSpec.absent_title_share``: MLB's, whose Lahman tables record
every postseason game; Lou Gehrig's 8 games of 1939 are no title). A place on the postseason roster
counts as playing in it: no source records the roster, so a curated table holds the places of players
who sat the Series out (Sandy Koufax's 12 games of 1955, a "bonus baby" Brooklyn had to carry all season,
against Lou Gehrig's 13 of 1923, sent down and recalled in September, off the Series roster: the same
first season in the data; see :mod:`arena.stats.importers.curated_rosters`). Where the player's games or
the club's record is not in the data, finishing with the champion is enough.

A title-round loss is credited by the same rule, to the runner-up's players: a season's champion and its
runner-up are the two clubs of its title round, and a player's record in it (Michael Jordan's 6-0 in the
NBA Finals) counts both.

A player traded during a season is credited by the team he finished it with (the last club of his
season, in the order the importer read his stints); one traded away from the eventual champion is not.
A player in several competitions in one season (an MLB trade between the leagues, a jump to the ABA or
the WHA) finishes with the last club of the competition he played in last, as the importer ordered them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence

from arena.stats.catalog import League
from arena.stats.leagues import LeagueSpec, league_spec
from arena.stats.model import Championship, SeasonRow, TeamSeason, TitleRecord


def final_teams(seasons: Iterable[SeasonRow]) -> dict[tuple[str, int], str]:
    """The club each player ended each season with, by (player id, season).

    Rows of one player's season come in the order he played (within a competition ``teams`` is in
    order; across competitions the importers emit the first-played competition first). One stat group
    decides, so a pitcher's batting and pitching rows cannot disagree: the one with rows in the most
    competitions, else the first seen (a pitcher traded from the NL to the AL batted only in the NL, so
    his pitching rows say where he finished: David Cone's 1992 Blue Jays).
    """
    by_group: dict[tuple[str, int], dict[str, list[str]]] = defaultdict(dict)
    for row in seasons:
        if row.teams:
            by_group[(row.player_id, row.season)].setdefault(row.group, []).append(row.teams[-1])
    return {key: max(groups.values(), key=len)[-1] for key, groups in by_group.items()}


def title_winners(seasons: Sequence[SeasonRow], championships: Sequence[Championship],
                  teams: Sequence[TeamSeason] = (),
                  playoff_appearances: Collection[tuple[str, int]] = ()) -> list[tuple[str, Championship]]:
    """(player id, title) for every player whose season ended with that season's champion and who played
    his part in it (see the module's rule)."""
    return [(player_id, title) for player_id, title, won
            in title_round_players(seasons, championships, teams, playoff_appearances) if won]


def title_round_players(seasons: Sequence[SeasonRow], championships: Sequence[Championship],
                        teams: Sequence[TeamSeason] = (),
                        playoff_appearances: Collection[tuple[str, int]] = ()) -> list[tuple[str, Championship, bool]]:
    """(player id, title, won) for every player whose season ended with one of that season's finalists,
    the champion (won) or the runner-up, and who played his part in it (see the module's rule);
    ``playoff_appearances``: (player id, season) pairs of those who played in that season's playoffs,
    where a source records them."""
    by_finalist: dict[tuple[int, str], list[tuple[Championship, bool]]] = defaultdict(list)
    for title in championships:
        by_finalist[(title.season, title.champion)].append((title, True))
        if title.runner_up:
            by_finalist[(title.season, title.runner_up)].append((title, False))
    games = _games_played(seasons)
    club_games = {(ts.season, ts.team): total for ts in teams
                  if (total := (ts.wins or 0) + (ts.losses or 0) + (ts.ties or 0))}
    appeared = set(playoff_appearances)
    seasons_with_playoffs = {season for _, season in appeared}
    first_seasons: dict[str, int] = {}
    for row in seasons:
        first_seasons[row.player_id] = min(row.season, first_seasons.get(row.player_id, row.season))

    def played_his_part(player_id: str, season: int, team: str, spec: LeagueSpec) -> bool:
        played, schedule = games.get((player_id, season)), club_games.get((season, team))
        if played is None or schedule is None or (player_id, season) in appeared:
            return True
        share = spec.title_games_share
        if season in seasons_with_playoffs:
            if first_seasons[player_id] == season:
                share = spec.call_up_title_share
            elif spec.absent_title_share is not None:
                share = spec.absent_title_share
        return played >= share * schedule

    return sorted(
        ((player_id, title, won) for (player_id, season), team in final_teams(seasons).items()
         for title, won in by_finalist.get((season, team), ())
         if played_his_part(player_id, season, team, league_spec(title.league))),
        key=lambda credit: (credit[0], credit[1].season, credit[1].title),
    )


def title_records(player_id: str, league: League, rounds: Iterable[tuple[int, str, bool]],
                  champions: Iterable[Championship], career: tuple[int, int] | None) -> list[TitleRecord]:
    """The player's record in each title round he reached, from his ``rounds`` ((season, title, won), as
    :func:`title_round_players` credits them) and the league's ``champions``. A season of his ``career``
    (first and last season) whose round the store cannot credit is ``unknown`` rather than no appearance:
    no runner-up named, or past the league's ``titles_credited_through``."""
    spec = league_spec(league)
    first, last = career or (0, -1)
    by_title: dict[str, tuple[list[int], list[int]]] = {}
    for season, title, won in sorted(rounds):
        by_title.setdefault(title, ([], []))[0 if won else 1].append(season)
    unknown: dict[str, list[int]] = defaultdict(list)
    for champion in champions:
        past = spec.titles_credited_through is not None and champion.season > spec.titles_credited_through
        if first <= champion.season <= last and (past or not champion.runner_up):
            unknown[champion.title].append(champion.season)
    return [TitleRecord(player_id=player_id, league=league, title=title,
                        round_name=spec.title_rounds.get(title, title), won=tuple(won), lost=tuple(lost),
                        unknown=tuple(sorted(unknown[title])))
            for title, (won, lost) in by_title.items()]


def _games_played(seasons: Iterable[SeasonRow]) -> dict[tuple[str, int], float]:
    """Each player's regular-season games by (player id, season): his busiest stat group's, summed over
    the competitions he played in (a two-way player's batting games, a traded player's both leagues)."""
    by_group: dict[tuple[str, int, str], float] = defaultdict(float)
    for row in seasons:
        if (played := row.stats.get("games")) is not None:
            by_group[(row.player_id, row.season, row.group)] += played
    games: dict[tuple[str, int], float] = {}
    for (player_id, season, _), played in by_group.items():
        games[(player_id, season)] = max(played, games.get((player_id, season), 0.0))
    return games
