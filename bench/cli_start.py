"""How soon the terminal speaks: `arena debate` started as a user starts it, timed to its first line and to its end,
and `arena parse`, timed to its whole answer (the players and seasons found).

    python bench/cli_start.py [--runs 5] [--question "Jordan or LeBron?"]

Reads the configured store (``ARENA_DATABASE_URL`` or ``ARENA_DATA_DIR``; all four leagues imported). The first
run may build the parser's indexes and save them (the cold start); the runs after it load them (warm). Each run
is a new process, its output piped, so the figures include the interpreter's start. Target: the first line
within 0.5 s of start on a warm machine, and the parsed question too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time


def _one_run(command: str, question: str) -> tuple[float, float]:
    """Seconds from the start of ``arena COMMAND QUESTION`` to its first line of output, and to its end."""
    # A user's Python keeps the package's compiled bytecode after the first run; a sandbox that sets
    # PYTHONDONTWRITEBYTECODE would make every run compile the whole package again, which no user waits for.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "arena", command, question], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    first_line = process.stdout.readline()
    first = time.perf_counter() - started
    process.stdout.read()
    if process.wait() != 0 or not first_line:
        raise SystemExit(f"arena {command} {question!r} failed (exit {process.returncode})")
    return first, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="warm runs after the first")
    parser.add_argument("--question", default="Jordan or LeBron?")
    args = parser.parse_args()

    cold_first, cold_total = _one_run("debate", args.question)
    warm = [_one_run("debate", args.question) for _ in range(args.runs)]
    parses = [_one_run("parse", args.question)[1] for _ in range(args.runs)]
    firsts = [first for first, _ in warm]
    totals = [total for _, total in warm]
    print(f"first line, first run (may build the parser's indexes): {cold_first * 1000:.0f} ms; "
          f"whole debate {cold_total:.2f} s")
    # The minimum too: on a shared machine it is the run least slowed by the others' work.
    print(f"first line, warm ({args.runs} runs): min {min(firsts) * 1000:.0f} ms, "
          f"p50 {statistics.median(firsts) * 1000:.0f} ms, max {max(firsts) * 1000:.0f} ms (target < 500 ms)")
    print(f"whole debate, warm: p50 {statistics.median(totals):.2f} s, max {max(totals):.2f} s")
    print(f"arena parse, whole answer, warm: min {min(parses) * 1000:.0f} ms, "
          f"p50 {statistics.median(parses) * 1000:.0f} ms, max {max(parses) * 1000:.0f} ms (target < 500 ms)")


if __name__ == "__main__":
    main()
