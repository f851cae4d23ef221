"""Player search, player pages and league leaders, straight from the stat store."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response
from pydantic import AfterValidator, BeforeValidator

from arena.api.deps import StatsDep
from arena.api.problems import problem_responses
from arena.api.schemas.players import PlayerRead
from arena.api.schemas.text import Name
from arena.stats import (
    GROUPS,
    SEASON_FORMS,
    LeaderRow,
    League,
    PlayerMatch,
    groups_with_key,
    is_season_text,
    leaders_note,
    parse_season,
)

router = APIRouter(tags=["players"])

SEASON = Query(max_length=16, examples=["2015-16"],
               description=f"{SEASON_FORMS[0].upper()}{SEASON_FORMS[1:]}; NBA and NHL seasons are numbered by "
                           "the year they end, NFL and MLB by the year they are played.")


def _season_form(text: str) -> str:
    if not is_season_text(text):
        raise ValueError(f"not {SEASON_FORMS}")
    return text


# Refused as a malformed field before the store is asked anything; read as the league's season in the route.
SeasonText = Annotated[Name, AfterValidator(_season_form)]

def _league_code(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


# "NBA" and " nba" name the league as the CLI reads them; anything else is still refused by the enum.
LeagueCode = Annotated[League, BeforeValidator(_league_code)]

# What a leaders list lacks where the sources hold only part of the players (see arena.stats.coverage).
COVERAGE_HEADER = "Arena-Coverage"
# A league, a colon, then the id the league's upstream source gives the player (letters, digits, '.', '_', '-').
PlayerId = Annotated[str, Path(min_length=5, max_length=64, pattern=r"^[a-z]{3}:[A-Za-z0-9._-]+$",
                               examples=["nba:jordami01"])]


@router.get("/players", responses=problem_responses(422, 503))
def search_players(
    stats: StatsDep,
    q: Annotated[Name, Query(min_length=1, max_length=100, description="A name or part of one; fuzzy.")],
    league: LeagueCode | None = None,
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
    league: LeagueCode,
    stat: Annotated[Name, Query(min_length=1, max_length=64, examples=["points"])],
    group: Annotated[Name | None, Query(min_length=1, max_length=64)] = None,
    from_season: Annotated[SeasonText | None, SEASON] = None,
    to_season: Annotated[SeasonText | None, SEASON] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    min_games: Annotated[int | None, Query(ge=0, le=10_000)] = None,
    competition: Annotated[Name | None, Query(min_length=2, max_length=8, examples=["AL"],
                                              description="Rank within one competition (MLB: AL or NL).")] = None,
) -> list[LeaderRow]:
    """Leaders of ``stat`` over a season range: totals summed, rates recomputed from summed totals. Where
    the sources hold only part of the players (NFL defense and kicking), the ``Arena-Coverage`` header says
    what is missing: the list is then not the whole league's."""
    held = stats.seasons_available(league)
    first = parse_season(from_season, league, held=held) if from_season is not None else None
    last = parse_season(to_season, league, held=held) if to_season is not None else None
    rows = stats.leaders(league, stat=stat, group=group, from_season=first, to_season=last,
                         limit=limit, min_games=min_games, competition=competition)
    available = held or (0, 0)
    stat_group = GROUPS[league][group] if group else groups_with_key(league, stat)[0]
    note = leaders_note(league, stat_group.name, first or available[0], last or available[1])
    if note is not None:
        response.headers[COVERAGE_HEADER] = note
    return rows
