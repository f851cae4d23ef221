"""``arena data import``, ``status`` and ``sources`` run as real commands on real SQLite stores."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from arena.bootstrap import build
from arena.settings import Settings
from arena.stats.sources import DATA_SOURCES
from arena_command import ArenaCommand

SCORING = "nhl/hockey-databank/Scoring.csv"
GOALIES = "nhl/hockey-databank/Goalies.csv"


def test_status_reports_every_league_and_the_cache(arena: ArenaCommand, loaded_sqlite_url: str) -> None:
    document = arena.json("data", "status", "--json")

    services = build(Settings(database_url=loaded_sqlite_url))
    try:
        expected = {s.league.value: s for s in services.stats.status()}
        version = services.stats.data_version()
    finally:
        services.close()
    assert set(document["leagues"]) == {"nba", "nfl", "mlb", "nhl"}
    for league, figures in document["leagues"].items():
        status = expected[league]
        assert figures["players"] == status.players > 0
        assert figures["player_seasons"] == status.player_seasons > figures["players"] / 20
        assert (figures["first_season"], figures["last_season"]) == (status.first_season, status.last_season)
    assert document["leagues"]["nba"]["last_season"] == 2025
    assert document["data_version"] == version
    assert {"hits", "misses", "size"} <= set(document["cache"])


def test_status_table_view(arena: ArenaCommand) -> None:
    result = arena("data", "status")
    assert result.returncode == 0, result.stderr
    for league in ("nba", "nfl", "mlb", "nhl"):
        assert league in result.stdout
    assert "Cache: hits" in result.stdout


def test_sources_view_credits_every_source(arena_factory: Callable[..., ArenaCommand]) -> None:
    result = arena_factory()("data", "sources")
    assert result.returncode == 0, result.stderr
    assert "Hockey Databank project" in result.stdout
    for source in DATA_SOURCES:
        assert source.name in result.stdout


@pytest.fixture
def bad_nhl_copies(tmp_path: Path, source_dir: Path) -> tuple[Path, Path, int]:
    """Two copies of the NHL files: one with a non-numeric goals cell, one without the goalies file."""
    corrupt, missing = tmp_path / "corrupt", tmp_path / "missing"
    for copy in (corrupt, missing):
        shutil.copytree(source_dir / "nhl", copy / "nhl")
    lines = (corrupt / SCORING).read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    row = 1000  # CSV line number, the header being line 1
    cells = lines[row - 1].rstrip("\n").split(",")
    cells[header.index("G")] = "forty"
    lines[row - 1] = ",".join(cells) + "\n"
    (corrupt / SCORING).write_text("".join(lines), encoding="utf-8")
    (missing / GOALIES).unlink()
    return corrupt, missing, row


@pytest.mark.slow
@pytest.mark.full
def test_import_then_a_failed_import_keeps_the_previous_data(
    arena_factory: Callable[..., ArenaCommand], tmp_path: Path, source_dir: Path,
    bad_nhl_copies: tuple[Path, Path, int],
) -> None:
    arena = arena_factory(f"sqlite:///{tmp_path / 'store.db'}")

    imported = arena("data", "import", "--source-dir", str(source_dir), "--league", "nhl")
    assert imported.returncode == 0, imported.stderr
    assert str(source_dir) in imported.stdout and "--source-dir" in imported.stdout
    assert "Loaded leagues: nhl" in imported.stdout
    before = arena.json("data", "status", "--json")
    nhl = before["leagues"]["nhl"]
    assert nhl["players"] > 7000 and before["leagues"]["nba"]["players"] == 0
    assert f"{nhl['players']:,}" in imported.stdout and f"{nhl['player_seasons']:,}" in imported.stdout

    corrupt, missing, row = bad_nhl_copies
    line = arena.error("data", "import", "--source-dir", str(corrupt), "--league", "nhl")
    assert SCORING in line and f"row {row}" in line, line
    line = arena.error("data", "import", "--source-dir", str(missing), "--league", "nhl")
    assert GOALIES in line, line

    after = arena.json("data", "status", "--json")
    assert after["leagues"] == before["leagues"] and after["data_version"] == before["data_version"]
    gretzky = arena.json("player", "Wayne Gretzky", "--json")
    assert gretzky["career"]["skating"]["points"] == 2857


def test_import_of_a_folder_that_does_not_exist_is_one_error_line(
    arena_factory: Callable[..., ArenaCommand], tmp_path: Path
) -> None:
    line = arena_factory(f"sqlite:///{tmp_path / 'store.db'}").error(
        "data", "import", "--source-dir", str(tmp_path / "nowhere"), "--league", "nhl"
    )
    assert "nowhere" in line and "does not exist" in line


def test_import_of_an_unknown_league_is_one_error_line(arena_factory: Callable[..., ArenaCommand]) -> None:
    line = arena_factory().error("data", "import", "--league", "nhk")
    assert "'nhk'" in line and "nhl" in line


@pytest.mark.slow
@pytest.mark.full
def test_a_league_whose_files_fail_is_named_and_the_others_are_imported(
    arena_factory: Callable[..., ArenaCommand], tmp_path: Path
) -> None:
    arena = arena_factory(f"sqlite:///{tmp_path / 'store.db'}")
    empty = tmp_path / "empty"
    empty.mkdir()

    # NFL comes before MLB: its failure used to end the import before MLB (which needs no files) was read.
    result = arena("data", "import", "--source-dir", str(empty), "--league", "nfl", "--league", "mlb")

    assert result.returncode == 2, (result.stdout, result.stderr)
    [line] = result.stderr.strip().splitlines()
    assert "nfl/" in line and "previous data kept" in line, line
    assert "`arena data sync --league nfl`" in line and "`arena data import --league nfl`" in line, line
    assert "Imported: mlb" in line, line
    assert "Loaded leagues: mlb" in result.stdout and "nfl not imported" in result.stdout
    status = arena.json("data", "status", "--json")
    assert status["leagues"]["mlb"]["players"] > 10_000 and status["leagues"]["nfl"]["players"] == 0


def test_status_shows_the_data_version_and_the_known_holes(arena: ArenaCommand) -> None:
    document = arena.json("data", "status", "--json")
    holes = {league: figures["known_holes"] for league, figures in document["leagues"].items()}
    assert any("goalie seasons after 2017-18" in hole for hole in holes["nhl"])
    assert any("completions 1992-1998" in hole for hole in holes["nfl"])
    assert any("Negro Leagues" in hole for hole in holes["mlb"])  # Josh Gibson is in no source

    table = arena("data", "status").stdout
    assert f"Data version: {document['data_version']}" in table
    assert "Known holes, nhl: goalie seasons after 2017-18" in table
    assert "Known holes, mlb: Negro Leagues seasons" in table
