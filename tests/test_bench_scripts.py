"""Each benchmark in ``bench/`` runs to the end on small settings and prints every figure it promises.

Figures are for people to read (the closing notes carry them); nothing here judges them, only that each
script still works against the current code. ``bench/chaos.py`` has its own test (test_bench_chaos.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"

# Script, its small-settings arguments, and the start of a line each figure it must print begins with.
SCRIPTS = {
    "nlu": (["--rounds", "1"], ["index build", "parse", "accuracy", "fan accuracy fan_questions", "negative"]),
    "debate": (["--runs", "3", "--seconds", "1"], ["head-to-head career", "debates per second"]),
    "debate_paths": (["--rounds", "1", "--seconds", "1", "--concurrency", "2"],
                     ["round 1: service", "HTTP on kept-alive connections", "HTTP on a new connection per request"]),
    "gateway": (["--requests", "50", "--seconds", "1", "--rounds", "1"],
                ["added per request, debate creation", "added per request, metered read",
                 "debates per second through the api, with authentication", "with authentication / without"]),
    "grounding": (["--seeds", "1", "--questions", "6"],
                  ["numbers no fact supports", "rounds rejected by the fact-check gate"]),
    # The import figures need a whole import each (test_importing.py covers importing); --services measures
    # lookups through the built services on the loaded store.
    "stats": (["--services", "--no-redis"], ["career, cached"]),
    "streams": (["--idle", "300", "--clients", "20", "--arrival-rate", "200", "--seconds", "2", "--resumers", "3"],
                ["idle streams held", "first event, 20 clients connecting at once",
                 "first event, 20 clients arriving", "first event, a new client while",
                 "debates per second", "resume under random disconnects"]),
    "streams --heap": (["--heap", "--idle", "300"], ["python heap per idle stream"]),
    "cli_start": (["--runs", "1"], ["first line, first run", "first line, warm", "whole debate, warm",
                                     "arena parse, whole answer, warm"]),
    "web": (["--runs", "1"], ["first paint", "first debate text", "js + css shipped"]),
    "abuse": (["--slowloris", "200", "--debates", "3", "--hold", "1"],
              ["alone: first event", "slowloris:", "under the slowloris: first event"]),
}


# Those that serve HTTP or drive a browser take half a minute or more even on small settings: the full set's.
SERVING = {"abuse", "cli_start", "debate_paths", "gateway", "streams", "streams --heap", "web"}


@pytest.mark.slow
@pytest.mark.integration
@pytest.mark.parametrize("script", [pytest.param(name, marks=[pytest.mark.full] if name in SERVING else [])
                                    for name in sorted(SCRIPTS)])
def test_bench_script_prints_its_figures(script: str, loaded_sqlite_url: str, tmp_path: Path) -> None:
    arguments, figures = SCRIPTS[script]
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARENA_")}
    env.update({"ARENA_DATABASE_URL": loaded_sqlite_url, "ARENA_DATA_DIR": str(tmp_path / "data"),
                "ARENA_LOG_LEVEL": "WARNING"})
    if script.startswith(("streams", "debate_paths", "abuse")):
        arguments = [*arguments, "--log", str(tmp_path / "serve.log")]
    path = BENCH / f"{script.partition(' ')[0]}.py"
    done = subprocess.run([sys.executable, str(path), *arguments], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    printed = done.stdout.lower()
    missing = [figure for figure in figures if figure.lower() not in printed]
    assert not missing, f"{script} did not print {missing}:\n{done.stdout}"
