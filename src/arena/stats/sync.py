"""Download the upstream data files into a local folder laid out like ``shared/data``.

Every file's repository, commit, path and SHA-256 come from :func:`arena.stats.sources.upstream_files`.
Downloads stream to ``<file>.part``, resume with an HTTP Range request when a part file is left over,
are verified against the recorded SHA-256 and only then renamed into place, so the folder never holds
an unverified file under its real name. Each GET goes through the caller's :class:`arena.guard.CallGuard`
(the stat feed's circuit breaker, with retries: a GET is idempotent, and a retry resumes the part file).
Not re-exported by :mod:`arena.stats`: only what downloads imports this module, and httpx with it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx

from arena.guard import CallGuard
from arena.stats.catalog import League
from arena.stats.errors import ChecksumMismatch, SourceError
from arena.stats.sources import UpstreamFile, league_of, upstream_files

__all__ = [
    "FEED_FAILURES",
    "WHAT_TO_DO",
    "DownloadFailed",
    "ServerUnreachable",
    "SyncFailed",
    "SyncProgress",
    "SyncReport",
    "file_url",
    "sync",
]

_CHUNK = 64 * 1024
_CONNECT_TIMEOUT_SECONDS = 10.0
_FAILURES_SHOWN = 3

# Said with every failed download: the ways to get the files that do not need this server.
WHAT_TO_DO = (
    "run `arena data sync` again to resume; without the network, pass a folder laid out like shared/data "
    "as --source-dir (or ARENA_SOURCE_DIR), or a reachable mirror as ARENA_MIRROR_URL (or `arena data sync "
    "--mirror URL`)"
)

# What a GET raises when the feed itself fails (the network, a 5xx or 429 answer): what its guard counts
# against the feed and retries. Other answers (404, a checksum mismatch) are the file's own problem.
FEED_FAILURES: tuple[type[Exception], ...] = (httpx.TransportError, httpx.HTTPStatusError)


class DownloadFailed(SourceError, code="download-failed"):
    """A file could not be fetched (network error, HTTP error status, or the transfer broke off)."""


class ServerUnreachable(DownloadFailed, code="server-unreachable"):
    """No connection could be made to the mirror or upstream host; the sync stops at once."""


class SyncFailed(SourceError, code="sync-failed"):
    """Several files failed in one sync; the message lists each."""


@dataclass(frozen=True)
class SyncProgress:
    """One step of a file's transfer. ``total`` is None while the size is unknown."""

    path: str
    received: int
    total: int | None
    state: str  # "checking", "downloading", "verified", "skipped", "failed"


@dataclass
class SyncReport:
    """What a sync did, file by file; leagues with any failed file are not complete."""

    root: Path
    downloaded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failures: dict[str, SourceError] = field(default_factory=dict)
    bytes_downloaded: int = 0

    def complete_leagues(self, leagues: Iterable[League]) -> list[League]:
        """The leagues none of whose files failed (MLB has no upstream files, so it is always complete)."""
        failed = {league_of(path) for path in self.failures}
        return [league for league in leagues if league.value not in failed]

    def raise_for_failures(self) -> None:
        """Raise the failure when there is one, or :class:`SyncFailed` naming all of them."""
        if not self.failures:
            return
        if len(self.failures) == 1:
            raise next(iter(self.failures.values()))
        # Each file's own message ends with what to do; said once here, after the files and their codes.
        shown = [f"{path} ({error.code})" for path, error in self.failures.items()][:_FAILURES_SHOWN]
        more = len(self.failures) - len(shown)
        raise SyncFailed(f"{len(self.failures)} files failed: " + "; ".join(shown)
                         + (f"; and {more} more" if more else "") + f"; {WHAT_TO_DO}")


ProgressCallback = Callable[[SyncProgress], None]


def file_url(file: UpstreamFile, mirror: str | None = None) -> str:
    """Where ``file`` is fetched from: the upstream repository, or ``<mirror>/<path>`` on a mirror."""
    if mirror:
        return f"{mirror.rstrip('/')}/{quote(file.path)}"
    return file.upstream_url()


def sync(
    root: Path,
    *,
    files: Iterable[UpstreamFile] | None = None,
    mirror: str | None = None,
    client: httpx.Client | None = None,
    on_progress: ProgressCallback | None = None,
    guard: CallGuard | None = None,
    timeout_seconds: float = 30.0,
) -> SyncReport:
    """Make ``root`` hold a verified copy of every file in ``files`` (default: all upstream files).

    Files already present with the right SHA-256 are skipped. A file that fails (checksum, HTTP, a broken
    transfer) is recorded in the report and the others still proceed. Each GET goes through ``guard``
    (without one it is made once): a retry resumes from what arrived. A host that refuses connections
    raises ``ServerUnreachable`` at once, and so does whatever the guard raises when it refuses a GET
    (the feed's breaker is open). ``timeout_seconds`` bounds each wait for the server (connecting: at most
    10 s).
    """
    report = SyncReport(root=root)
    notify = on_progress or (lambda _progress: None)
    owns_client = client is None
    timeout = httpx.Timeout(timeout_seconds, connect=min(timeout_seconds, _CONNECT_TIMEOUT_SECONDS))
    http = client or httpx.Client(timeout=timeout, follow_redirects=True)
    get = guard.call if guard is not None else _call
    try:
        for file in upstream_files() if files is None else files:
            try:
                fetched = _sync_file(http, file, root, mirror=mirror, notify=notify, get=get)
            except ServerUnreachable:
                raise  # every other file would wait on the same dead server
            except SourceError as exc:
                notify(SyncProgress(file.path, 0, None, "failed"))
                report.failures[file.path] = exc
                continue
            if fetched is None:
                report.skipped.append(file.path)
            else:
                report.downloaded.append(file.path)
                report.bytes_downloaded += fetched
    finally:
        if owns_client:
            http.close()
    return report


def _call(fn: Callable[[], int]) -> int:
    return fn()


def _sync_file(
    http: httpx.Client, file: UpstreamFile, root: Path, *, mirror: str | None,
    notify: ProgressCallback, get: Callable[[Callable[[], int]], int],
) -> int | None:
    """Fetch and verify one file; None when it was already there. Returns the bytes transferred."""
    target = root / file.path
    notify(SyncProgress(file.path, 0, None, "checking"))
    if target.is_file():
        if _sha256(target) == file.sha256:
            notify(SyncProgress(file.path, target.stat().st_size, target.stat().st_size, "skipped"))
            return None
        target.unlink()  # a stale or damaged copy: fetch it again
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    url = file_url(file, mirror)
    received = [0]  # over every try: a failed one keeps what arrived in the part file, and the next resumes
    try:
        get(lambda: _download(http, url, part, file.path, notify, received))
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise ServerUnreachable(f"{file.path}: cannot connect to {url} ({exc}); {WHAT_TO_DO}") from exc
    except httpx.TransportError as exc:
        raise DownloadFailed(f"{file.path}: download from {url} failed ({exc}); {WHAT_TO_DO}") from exc
    except httpx.HTTPStatusError as exc:
        raise DownloadFailed(
            f"{file.path}: {url} answered HTTP {exc.response.status_code}; {WHAT_TO_DO}") from exc
    transferred = received[0]
    digest = _sha256(part)
    if digest != file.sha256:
        part.unlink()
        raise ChecksumMismatch(
            f"{file.path}: SHA-256 {digest} does not match the recorded {file.sha256}; the download was "
            f"discarded; {WHAT_TO_DO}"
        )
    os.replace(part, target)
    size = target.stat().st_size
    notify(SyncProgress(file.path, size, size, "verified"))
    return transferred


def _download(http: httpx.Client, url: str, part: Path, path: str, notify: ProgressCallback,
              counter: list[int]) -> int:
    """Stream ``url`` into ``part``, resuming after what it already holds; adds each chunk's size to
    ``counter[0]``. Returns the bytes received. A server error (5xx, 429) raises ``HTTPStatusError``."""
    offset = part.stat().st_size if part.is_file() else 0
    # Identity encoding: byte ranges and Content-Length then count the file's own bytes.
    headers = {"Accept-Encoding": "identity"}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    with http.stream("GET", url, headers=headers) as response:
        if offset and response.status_code == 416:
            # The part file already holds the whole body; verification decides whether it is good.
            return 0
        if response.status_code == 206 and _range_start(response) != offset:
            part.unlink(missing_ok=True)
            raise DownloadFailed(f"{path}: {url} answered a byte range other than the one asked for; "
                                 f"{WHAT_TO_DO}")
        if response.status_code >= 500 or response.status_code == 429:
            raise httpx.HTTPStatusError(f"HTTP {response.status_code}", request=response.request,
                                        response=response)
        if response.status_code not in (200, 206):
            raise DownloadFailed(f"{path}: {url} answered HTTP {response.status_code}; {WHAT_TO_DO}")
        resuming = response.status_code == 206
        if not resuming:
            offset = 0  # the server ignored the Range header: start over
        length = response.headers.get("Content-Length")
        total = offset + int(length) if length and length.isdigit() else None
        received = 0
        with part.open("ab" if resuming else "wb") as out:
            for chunk in response.iter_bytes(_CHUNK):
                out.write(chunk)
                received += len(chunk)
                counter[0] += len(chunk)
                notify(SyncProgress(path, offset + received, total, "downloading"))
    if total is not None and offset + received < total:
        raise httpx.ReadError(f"connection closed after {offset + received} of {total} bytes")
    return received


def _range_start(response: httpx.Response) -> int | None:
    """The first byte of a ``Content-Range: bytes START-END/SIZE`` header, if there is one."""
    value = response.headers.get("Content-Range", "")
    unit, _, spec = value.partition(" ")
    start, _, _rest = spec.partition("-")
    return int(start) if unit == "bytes" and start.isdigit() else None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
