"""Importing leagues: summaries and progress from the real importers, and atomicity per league on both
backends (a failed read or write leaves the previous data whole and the version unchanged)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from stat_samples import sample_nba

from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.catalog import League
from arena.stats.errors import SourceError, SourceFileCorrupt, SourceFileMissing
from arena.stats.importing import import_leagues
from arena.stats.model import LeagueData, SeasonRow
from arena.stats.source_dir import LocalSourceDir

NBA_TOTALS = "nba/bball-reference-datasets/Player Totals.csv"


def _snapshot(store: SqlStatStore) -> tuple[str, list[object], object, int]:
    """Everything a failed import must leave as it was."""
    return (store.data_version(), store.status(), store.career("nba:jordami01"),
            sum(1 for _ in store.iter_profiles()))


def test_import_reports_progress_and_a_summary_per_league(source_dir: Path, empty_store: SqlStatStore) -> None:
    progress: list[tuple[League, str, float]] = []
    summaries = import_leagues(LocalSourceDir(source_dir), [League.NHL, League.NHL], empty_store,
                               on_progress=lambda league, phase, done: progress.append((league, phase, done)))
    assert [(phase, done) for _, phase, done in progress] == [("reading", 0.0), ("writing", 0.6), ("done", 1.0)]
    [summary] = summaries
    [status] = empty_store.status()
    assert (summary.league, summary.players, summary.player_seasons) == (
        League.NHL, status.players, status.player_seasons)
    assert (summary.first_season, summary.last_season) == (1918, 2025)
    assert summary.seconds > 0
    assert empty_store.career("nhl:gretzwa01").groups["skating"]["goals"] == 894


def test_a_corrupt_source_file_leaves_the_previous_data_whole(
    source_dir: Path, empty_store: SqlStatStore, tmp_path: Path
) -> None:
    empty_store.replace_league(sample_nba())
    before = _snapshot(empty_store)
    copy = tmp_path / "data"
    shutil.copytree(source_dir / "nba", copy / "nba")
    totals = copy / NBA_TOTALS
    lines = totals.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[99] = lines[99].rstrip("\n").rsplit(",", 1)[0] + ",12x4\n"  # row 100's points
    totals.write_text("".join(lines), encoding="utf-8")

    with pytest.raises(SourceFileCorrupt) as raised:
        import_leagues(LocalSourceDir(copy), [League.NBA], empty_store)
    assert (raised.value.path, raised.value.row) == (NBA_TOTALS, 100)
    assert _snapshot(empty_store) == before


def test_a_missing_source_file_leaves_the_previous_data_whole(
    empty_store: SqlStatStore, tmp_path: Path
) -> None:
    empty_store.replace_league(sample_nba())
    before = _snapshot(empty_store)
    with pytest.raises(SourceFileMissing):
        import_leagues(LocalSourceDir(tmp_path), [League.NBA], empty_store)
    assert _snapshot(empty_store) == before


def _with_extra_row(row: SeasonRow) -> LeagueData:
    data = sample_nba()
    # Appended last, so the old rows are already deleted and the new players inserted when it fails.
    data.seasons.append(row)
    return data


@pytest.mark.parametrize("bad_row", [
    pytest.param(SeasonRow(player_id="nba:jordami01", league=League.NBA, season=1985, competition="NBA",
                           group="basketball", stats={"games": 1}), id="duplicate-season"),
    pytest.param(SeasonRow(player_id="nba:nobody01", league=League.NBA, season=1990, competition="NBA",
                           group="basketball", stats={"games": 1}), id="unknown-player"),
])
def test_a_write_that_fails_midway_leaves_the_previous_data_whole(
    empty_store: SqlStatStore, bad_row: SeasonRow
) -> None:
    first = empty_store.replace_league(sample_nba())
    before = _snapshot(empty_store)
    with pytest.raises(SourceError, match="nba import rejected"):
        empty_store.replace_league(_with_extra_row(bad_row))
    assert _snapshot(empty_store) == before
    assert empty_store.status()[0].version == first.version


def test_reimporting_is_idempotent_but_changes_the_version(empty_store: SqlStatStore) -> None:
    first = empty_store.replace_league(sample_nba())
    version = empty_store.data_version()
    profiles = list(empty_store.iter_profiles())
    second = empty_store.replace_league(sample_nba())
    assert list(empty_store.iter_profiles()) == profiles
    assert (second.players, second.player_seasons) == (first.players, first.player_seasons)
    assert second.version != first.version
    assert empty_store.data_version() != version


def test_data_of_another_league_is_rejected_before_writing(empty_store: SqlStatStore) -> None:
    data = sample_nba()
    data.seasons[0] = data.seasons[0].model_copy(update={"league": League.NHL})
    with pytest.raises(SourceError, match="not a nba stat group"):
        empty_store.replace_league(data)
    assert empty_store.status() == []
