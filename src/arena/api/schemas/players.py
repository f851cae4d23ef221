"""Bodies of the player routes."""

from __future__ import annotations

from pydantic import BaseModel

from arena.stats.model import Award, Career, Player, PlayerSeason


class PlayerRead(BaseModel):
    """A player with every counted season, career totals and rates, and awards."""

    player: Player
    career: Career
    seasons: list[PlayerSeason]
    awards: list[Award]
