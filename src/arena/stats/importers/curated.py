"""Tables curated as data in this package (JSON files beside the importers), for what no upstream file holds.

Every row belongs to a league and names the public reference it was taken from.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from arena.stats.catalog import League


class CuratedRow(BaseModel):
    """One row of a curated table, exactly as written there (a key the model does not know is refused)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    league: League
    reference: str


RowT = TypeVar("RowT", bound=CuratedRow)


def read_curated(name: str, row: type[RowT]) -> tuple[RowT, ...]:
    """The rows of the curated file ``name``, each validated as ``row``."""
    text = resources.files(__package__).joinpath(name).read_text("utf-8")
    return tuple(row.model_validate(item) for item in json.loads(text))
