"""Player search, player pages and league leaders, straight from the stat store."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from arena.api.deps import StatsDep
from arena.api.problems import problem_responses
from arena.api.schemas.players import PlayerRead
from arena.api.schemas.text import Name
from arena.stats import GROUPS, LeaderRow, League, PlayerMatch, groups_with_key, leaders_note

router = APIRouter(tags=["players"])

SEASON = Query(ge=1850, le=2100)
# What a leaders list lacks where the sources hold only part of the players (see arena.stats.coverage).
COVERAGE_HEADER = "Arena-Coverage"
# A league, a colon, then the id the league's upstream source gives the player (letters, digits, '.', '_', '-').
PlayerId = Annotated[str, Path(min_length=5, max_length=64, pattern=r"^[a-z]{3}:[A-Za-z0-9._-]+$",
                               examples=["nba:jordami01"])]


@router.get("/players", responses=problem_responses(422, 503))
def search_players(
    stats: StatsDep,
    q: Annotated[Name, Query(min_length=1, max_length=100, description="A name or part of one; fuzzy.")],
    league: League | None = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[PlayerMatch]:
    """Players whose name matches ``q`` (accent- and case-insensitive), best match first."""
    return stats.find_players(q, league=league, limit=limit)


@router.get("/players/{player_id}", responses=problem_responses(404, 422, 503))
def get_player(stats: StatsDep, player_id: PlayerId) -> PlayerRead:
    """A player's seasons, career totals and rates, awards, championships and title-round records."""
    player = stats.get_player(player_id)
    return PlayerRead(player=player, career=stats.career(player_id), seasons=stats.seasons(player_id),
                      awards=stats.awards(player_id), championships=stats.championships(player_id),
                      title_records=stats.title_records(player_id))


@router.get("/leaders", responses=problem_responses(422, 503))
def get_leaders(
    stats: StatsDep,
    response: Response,
    league: League,
    stat: Annotated[Name, Query(min_length=1, max_length=64, examples=["points"])],
    group: Annotated[Name | None, Query(min_length=1, max_length=64)] = None,
    from_season: Annotated[int | None, SEASON] = None,
    to_season: Annotated[int | None, SEASON] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    min_games: Annotated[int | None, Query(ge=0, le=10_000)] = None,
    competition: Annotated[Name | None, Query(min_length=2, max_length=8, examples=["AL"],
                                              description="Rank within one competition (MLB: AL or NL).")] = None,
) -> list[LeaderRow]:
    """Leaders of ``stat`` over a season range: totals summed, rates recomputed from summed totals. Where
    the sources hold only part of the players (NFL defense and kicking), the ``Arena-Coverage`` header says
    what is missing: the list is then not the whole league's."""
    rows = stats.leaders(league, stat=stat, group=group, from_season=from_season, to_season=to_season,
                         limit=limit, min_games=min_games, competition=competition)
    available = stats.seasons_available(league) or (0, 0)
    stat_group = GROUPS[league][group] if group else groups_with_key(league, stat)[0]
    note = leaders_note(league, stat_group.name, from_season or available[0], to_season or available[1])
    if note is not None:
        response.headers[COVERAGE_HEADER] = note
    return rows
