"""Grounding: run hundreds of varied debates and print every number in their text that no fact supports.

    python bench/grounding.py [--writer template|openai|llamacpp] [--seeds 3]

Runs debates through the debate service ``arena.bootstrap`` builds, over the configured store
(``ARENA_DATABASE_URL``, loaded with ``arena data import``). Target: 0
unsupported numbers. With a language-model writer it also prints how many rounds the fact-check gate
rejected and whether any number from a rejected round reached the output (target: none).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import time
from collections import Counter
from dataclasses import dataclass, field

from arena.bootstrap import build
from arena.debate import DebateResult, DebateService
from arena.debate.errors import DebateError
from arena.debate.factcheck import find_numbers, ungrounded_numbers
from debate_questions import VARIED

CRITERIA = (None, {"peak": 1.0, "efficiency": 1.0}, {"accolades": 1.0}, {"longevity": 2.0, "era_dominance": 1.0})
_QUOTED = re.compile(r"'([^']+)'")


@dataclass
class Tally:
    debates: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    rounds: int = 0
    numbers: int = 0
    unsupported: list[tuple[str, str]] = field(default_factory=list)
    rounds_by_writer: Counter[str] = field(default_factory=Counter)
    fallbacks: Counter[str] = field(default_factory=Counter)
    leaked: list[tuple[str, str]] = field(default_factory=list)
    failing_checks: list[tuple[str, str]] = field(default_factory=list)

    def add(self, question: str, result: DebateResult) -> None:
        self.debates += 1
        self.rounds += len(result.rounds)
        self.numbers += len(find_numbers(result.text))
        self.unsupported += [(question, n) for n in ungrounded_numbers(result.text, result.facts)]
        for r in result.rounds:
            self.rounds_by_writer[r.writer] += 1
            if r.fallback:
                self.fallbacks[r.fallback] += 1
            self.failing_checks += [(question, p) for p in r.fact_check.problems]
            # The gate's problems quote the rejected text's numbers; none may be in what replaced it.
            if r.fallback == "fact-check":
                shown = {t.text for t in find_numbers(result.text)}  # anywhere in the output, not only this round
                self.leaked += [(question, n) for p in r.rejected for n in _QUOTED.findall(p)
                                if n in shown and n not in {f.display for f in result.facts}]


async def _run(debates: DebateService, writer: str, seeds: int, questions: int | None, tally: Tally) -> None:
    for seed in range(seeds):
        for i, question in enumerate(VARIED[:questions]):
            try:
                request = debates.request(question, writer=writer, seed=seed,
                                          criteria=CRITERIA[(i + seed) % len(CRITERIA)])
                tally.add(question, await debates.run(request))
            except DebateError as exc:
                tally.refused[f"{exc.code}: {question}"] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--writer", default="template", choices=("template", "openai", "llamacpp"))
    parser.add_argument("--seeds", type=int, default=4, help="runs of the question set, one seed each")
    parser.add_argument("--questions", type=int, default=None,
                        help="only the first N questions (a small local model writes a round in seconds)")
    args = parser.parse_args()
    services = build()
    try:
        tally = Tally()
        started = time.perf_counter()
        asyncio.run(_run(services.debates, args.writer, args.seeds, args.questions, tally))
        elapsed = time.perf_counter() - started
    finally:
        services.close()
    asked = len(VARIED[:args.questions])
    print(f"writer {args.writer}: {tally.debates} debates ({asked} questions x {args.seeds} seeds, "
          f"criteria varied) in {elapsed:.1f} s")
    print(f"refused: {sum(tally.refused.values())}")
    for reason, count in sorted(tally.refused.items()):
        print(f"  {count} x {reason}")
    print(f"rounds: {tally.rounds}; numbers in text: {tally.numbers}")
    print(f"numbers no fact supports: {len(tally.unsupported)} (target 0)")
    for question, number in tally.unsupported[:20]:
        print(f"  {number!r} in {question!r}")
    print(f"problems the gate finds in the published rounds: {len(tally.failing_checks)} (target 0)")
    for question, problem in tally.failing_checks[:20]:
        print(f"  {problem} in {question!r}")
    print(f"rounds by writer: {dict(tally.rounds_by_writer)}")
    # Where a language-model writer was asked for: rounds the gate rejected (replaced by the template),
    # writers that could not start or broke off, and numbers from rejected rounds that reached the output.
    print(f"rounds rejected by the fact-check gate: {tally.fallbacks.get('fact-check', 0)}")
    print(f"rounds the writer could not write: unavailable {tally.fallbacks.get('writer-unavailable', 0)}, "
          f"broke off {tally.fallbacks.get('writer-failed', 0)}")
    print(f"numbers from rejected rounds in the output: {len(tally.leaked)} (target 0)")


if __name__ == "__main__":
    main()
