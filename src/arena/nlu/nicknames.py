"""The curated nickname table (``arena/nlu/nicknames.csv``): one row per nickname, with its public source.

``needs_context`` marks a nickname that is also ordinary English ("the answer", "the bus"): the parser
reads it as a name only in context, as it does the alias table's ``context_aliases``.

``minor_holder`` marks the player a nickname two hold is less often meant by ("A-Rod": Aaron Rodgers beside
Alex Rodriguez; "Prime Time": Deion Sanders' MLB entry beside his NFL one): he is read only where the rest of
the question points to him (his league, his club, his contemporaries).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class Nickname:
    player_id: str
    player: str
    nickname: str
    needs_context: bool
    source: str
    minor_holder: bool = False


def bundled_nicknames() -> list[Nickname]:
    """Every row of the table shipped with Arena."""
    text = resources.files("arena.nlu").joinpath("nicknames.csv").read_text("utf-8")
    return [Nickname(row["player_id"], row["player"], row["nickname"], row["needs_context"] == "yes", row["source"],
                     row["minor_holder"] == "yes")
            for row in csv.DictReader(text.splitlines())]
