"""Bodies of the question-parsing route."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from arena.api.schemas.text import Text


class ParseRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: Text = Field(min_length=1, examples=["Jokic 2022 vs Giannis 2020"])
