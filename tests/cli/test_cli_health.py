"""``arena health``: probes from this process, or reads a server's /healthz; the exit code says ready or not."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from arena_command import ArenaCommand


def test_a_reachable_database_is_ready(arena_factory: Callable[..., ArenaCommand], tmp_path: Path,
                                       redis_url: str) -> None:
    arena = arena_factory(f"sqlite:///{tmp_path / 'health.db'}", redis_url=redis_url)
    result = arena("health")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["status"] == "ok"
    assert report["dependencies"]["database"]["status"] == "up"
    assert report["dependencies"]["redis"]["status"] == "up"
    assert report["dependencies"]["llm"]["status"] == "not_configured"


def test_a_database_that_is_down_is_not_ready(arena_factory: Callable[..., ArenaCommand], closed_port: int) -> None:
    arena = arena_factory(f"postgresql://postgres@127.0.0.1:{closed_port}/postgres",
                          redis_url=f"redis://127.0.0.1:{closed_port}/0")
    result = arena("health")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["status"] == "down"
    assert report["dependencies"]["database"]["status"] == "down"
    assert "resume across processes" in report["degraded_features"]


def test_an_unreachable_server_is_a_one_line_error(arena_factory: Callable[..., ArenaCommand],
                                                   closed_port: int) -> None:
    line = arena_factory().error("health", "--url", f"http://127.0.0.1:{closed_port}")
    assert line.startswith("error: cannot read http://127.0.0.1:") and "/healthz" in line


def test_a_url_that_is_no_servers_is_one_line_naming_it(arena_factory: Callable[..., ArenaCommand]) -> None:
    arena = arena_factory()
    for url, said in [("localhost:8000", "has no http:// or https://"), ("http://[::1", "is not a URL"),
                      ("http://", "names no valid host")]:
        line = arena.error("health", "--url", url)
        assert line.startswith(f"error: --url {url!r}") and said in line, line
        assert "http://127.0.0.1:8000" in line  # what to give instead
