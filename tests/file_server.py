"""A threaded HTTP file server on 127.0.0.1 that answers Range requests, for the sync tests."""

from __future__ import annotations

import http.server
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


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


@contextmanager
def serve_folder(root: Path) -> Iterator[FileServer]:
    """Serve ``root`` until the block ends; ``FileServer.url`` is its base URL."""
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
