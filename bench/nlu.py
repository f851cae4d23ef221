"""Question understanding: index build time and memory, parse latency, accuracy on the labelled sets.

    python bench/nlu.py [--rounds 5] [--labelled tests/nlu/labelled_questions.jsonl]
                        [--fan tests/nlu/fan_questions.jsonl tests/nlu/negative_questions.jsonl] [--fan-wrong]

Reads the configured store (``ARENA_DATABASE_URL``; all four leagues imported). The build is timed in
two parts: reading the players' profiles from the store (the stat store's ``iter_profiles``) and
building the parser's indexes from them. Latency is per ``parse`` call over every labelled question,
``--rounds`` times, after one warm-up round. Targets: index build under 2 s, p99 under 5 ms, accuracy
of at least 97%.

The fan-style sets (``--fan``) are scored the way questions from outside the project are: players by id
and the seasons named, at top level (:func:`arena.nlu.evaluation.fan_mismatches`), with the accuracy of
each category printed; ``--fan-wrong`` also prints each question read wrong.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
import tracemalloc
from pathlib import Path

from arena.bootstrap import build
from arena.nlu import ParserIndexes, QuestionParser
from arena.nlu.evaluation import accuracy, accuracy_by_category, load_labelled
from arena.nlu.season_facts import SeasonFacts
from arena.stats import League

SETS = Path(__file__).resolve().parents[1] / "tests" / "nlu"
DEFAULT_LABELLED = SETS / "labelled_questions.jsonl"
DEFAULT_FAN = [SETS / f"{name}_questions.jsonl"
               for name in ("fan", "negative", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6",
                            "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "negative2", "blind13",
                            "negative3", "fan7", "blind14", "negative4", "blind15", "negative5", "blind16",
                            "negative6", "blind17", "negative7", "blind18", "negative8", "blind19", "negative9",
                            "blind20", "negative10", "blind21", "negative11", "blind22", "negative12",
                            "blind23", "negative13", "blind24", "negative14",
                            "blind25", "negative15")]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--rounds", type=int, default=5)
    options.add_argument("--labelled", type=Path, default=DEFAULT_LABELLED)
    options.add_argument("--fan", type=Path, nargs="*", default=DEFAULT_FAN)
    options.add_argument("--fan-wrong", action="store_true")
    args = options.parse_args()

    services = build()
    store = services.stats
    started = time.perf_counter()
    profiles = list(store.iter_profiles())
    available = {league: store.seasons_available(league) for league in League}
    teams = [team for league in League if available[league] for team in store.team_seasons(league)]
    rosters = [row for league in League if available[league] for row in store.iter_roster(league)]
    facts = SeasonFacts.from_store(store, [league for league in League if available[league]])
    read_seconds = time.perf_counter() - started
    services.close()

    gc.collect()
    started = time.perf_counter()
    indexes = ParserIndexes.build(profiles, teams, available, rosters=rosters, facts=facts)
    build_seconds = time.perf_counter() - started
    parser = QuestionParser.from_indexes(indexes, max_question_chars=services.settings.api_max_question_chars)

    tracemalloc.start()
    measured = ParserIndexes.build(profiles, teams, available, rosters=rosters, facts=facts)
    index_bytes, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # Keep only what a running parser keeps: the profiles are read once and dropped.
    del measured, profiles, teams, rosters
    gc.collect()

    labels = load_labelled(args.labelled)
    for label in labels:
        parser.parse(label.question)
    timings: list[float] = []
    for _ in range(args.rounds):
        for label in labels:
            started = time.perf_counter()
            parser.parse(label.question)
            timings.append((time.perf_counter() - started) * 1000)
    share, wrong = accuracy((label, parser.parse(label.question)) for label in labels)

    print(f"players indexed           {len(indexes.names.entries):>10,}")
    print(f"name keys                 {len(indexes.names):>10,}")
    print(f"team keys                 {len(indexes.teams):>10,}")
    print(f"read profiles from store  {read_seconds:>10.2f} s   (profiles, roster, season facts: not the index)")
    print(f"index build               {build_seconds:>10.2f} s   (target < 2 s)")
    print(f"index memory              {index_bytes / 2**20:>10.1f} MiB")
    print(f"parses timed              {len(timings):>10,}")
    print(f"parse p50                 {statistics.median(timings):>10.2f} ms")
    print(f"parse p99                 {_percentile(timings, 0.99):>10.2f} ms  (target < 5 ms)")
    print(f"parse max                 {max(timings):>10.2f} ms")
    print(f"accuracy                  {share:>10.1%}   ({len(labels) - len(wrong)}/{len(labels)}, target >= 97%)")
    for line in wrong:
        print(f"  wrong: {line}")
    for path in args.fan:
        _print_fan_accuracy(parser, path, show_wrong=args.fan_wrong)


def _print_fan_accuracy(parser: QuestionParser, path: Path, *, show_wrong: bool) -> None:
    labels = load_labelled(path)
    by_category, wrong = accuracy_by_category((label, parser.parse(label.question)) for label in labels)
    right = sum(r for r, _ in by_category.values())
    print(f"fan accuracy {path.name:<25} {right / len(labels):>7.1%}   ({right}/{len(labels)}, target >= 97%)")
    for category, (ok, total) in by_category.items():
        print(f"  {category:<24} {ok / total:>10.1%}   ({ok}/{total})")
    for line in wrong if show_wrong else ():
        print(f"  wrong: {line}")


if __name__ == "__main__":
    main()
