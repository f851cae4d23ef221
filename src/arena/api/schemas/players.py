"""Bodies of the player routes."""

from __future__ import annotations

from pydantic import BaseModel, Field

from arena.stats import Award, Career, Player, PlayerChampionship, PlayerSeason


class PlayerRead(BaseModel):
    """A player with every counted season, career totals and rates, awards, and the titles won by a team
    he finished a season with."""

    player: Player
    career: Career
    seasons: list[PlayerSeason]
    awards: list[Award]
    championships: list[PlayerChampionship] = Field(default_factory=list)
