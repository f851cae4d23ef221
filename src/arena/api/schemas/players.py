"""Bodies of the player routes."""

from __future__ import annotations

from pydantic import BaseModel, Field

from arena.stats import Award, Career, Player, PlayerChampionship, PlayerSeason, TitleRecord


class PlayerRead(BaseModel):
    """A player with every counted season, career totals and rates, awards, the titles won by a team he
    finished a season with, and his record in the title rounds such a team reached."""

    player: Player
    career: Career
    seasons: list[PlayerSeason]
    awards: list[Award]
    championships: list[PlayerChampionship] = Field(default_factory=list)
    # His record in each title round he reached (won and lost), with the seasons it cannot cover.
    title_records: list[TitleRecord] = Field(default_factory=list)
