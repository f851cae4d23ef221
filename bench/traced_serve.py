"""``arena serve`` with tracemalloc on, for ``bench/streams.py --heap``: on SIGUSR1 it writes the bytes the
Python heap holds (after a collection) to the report file.

Resident memory understates what a new stream costs when the process reuses memory freed at startup (the
parser's index build frees a lot); the traced heap counts every allocation, wherever it lands.
"""

from __future__ import annotations

import argparse
import gc
import signal
import tracemalloc
from pathlib import Path
from types import FrameType

from arena.cli.serve import serve


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--report", type=Path, required=True, help="where SIGUSR1 writes the traced bytes")
    args = parser.parse_args()
    report: Path = args.report

    def write_heap(_signal: int, _frame: FrameType | None) -> None:
        gc.collect()
        report.write_text(str(tracemalloc.get_traced_memory()[0]))

    tracemalloc.start()
    signal.signal(signal.SIGUSR1, write_heap)
    serve(port=args.port)


if __name__ == "__main__":
    main()
