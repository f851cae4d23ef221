"""Proof under faults: a bounded load of debates, streams and stat reads while each dependency fails in turn.

    python bench/chaos.py [--phase-seconds 20] [--concurrency 4] [--workers 1]

Starts its own ``redis-server`` and PostgreSQL (``initdb``) on spare ports (``tests/dependency_servers.py``),
imports the stat data into that PostgreSQL (``arena data import``, ``ARENA_SOURCE_DIR`` or ``--source-dir``),
an OpenAI-compatible LLM server in this process (``SlowChatServer``) and ``arena serve`` pointed at all three.
From this process, over raw sockets, ``--concurrency`` clients loop over:

- ``POST /v1/debates/stream`` read to the end (reconnecting with ``Last-Event-ID`` if the stream is cut);
- ``POST /v1/debates`` then ``GET .../events``, hanging up after a random number of events and resuming;
- ``GET /v1/players?q=`` and ``GET /v1/leaders``;

a share of the debates with writer ``openai`` (the LLM server), the rest with the template writer, while
``/readyz`` is polled twice a second and ``/metrics`` scraped at each phase boundary. Phases: baseline; Redis
stopped (killed), restarted (empty), hung (SIGSTOP), back (SIGCONT); PostgreSQL stopped (immediate
shutdown), restarted; LLM server stopped (refusing, open replies cut), hung (accepting, never answering),
back.

Prints per phase: requests, successes (a debate read to its ``debate.completed`` with every event id from 1
on exactly once, or a 200 read), fallbacks (``arena_fallbacks_total`` deltas from ``/metrics`` and
``writer.fallback`` events the clients saw), declared 503s (problem+json with ``Retry-After``), other 5xx
(target 0), other 4xx, client errors (cut connections, timeouts), streams completed and failed (ended by an
``error`` event), events lost and duplicated (target 0), breaker transitions (``arena_breaker_transitions_total``
deltas), usage records stored for the debates started (read from PostgreSQL at the end: target all, the
buffered ones included), the ``/readyz`` states seen, and for a phase where a dependency returns: seconds
until ``/readyz`` says ``ok``, until the first request and until one of every kind has fully succeeded again
(no fallback, no error). Then examples of every failure. Each request counts in the phase it ended in (a
debate cut by a fault counts under that fault). With several workers, ``/metrics`` is one worker's
(whichever answers the scrape). Figures only, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import psycopg
from prometheus_client.parser import text_string_to_metric_families

from debate_questions import TIMED
from streams import Stream, _raise_file_limit, open_stream, wait_until_serving

# Our own dependency servers and the OpenAI-compatible server the API tests use: one implementation for all.
_TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path.insert(0, str(_TESTS))
from api_servers import SlowChatServer  # type: ignore[import-not-found]  # noqa: E402
from dependency_servers import PostgresProcess, RedisProcess, spare_port  # type: ignore[import-not-found]  # noqa: E402

QUESTIONS = (*TIMED.values(), "Brady vs Peyton Manning", "Gretzky vs Lemieux", "Babe Ruth vs Barry Bonds")
NAMES = ("jordan", "lebron", "gretzky", "brady", "ruth", "curry", "ovechkin", "mahomes", "bonds", "kareem")
LEADER_QUERIES = (("nba", "points"), ("nba", "assists"), ("nhl", "goals"), ("mlb", "home_runs"))
KINDS = ("stream/template", "stream/openai", "resume/template", "resume/openai", "players", "leaders")
RESUME_ATTEMPTS = 5
RETRY_AFTER_CAP_SECONDS = 2.0
READYZ_EVERY_SECONDS = 0.5
PROBE_TIMEOUT_SECONDS = 5.0
EXAMPLES_PER_PHASE = 6
DEBATE_ID = re.compile(r"[0-9a-f]{32}")
LEGEND = """
req: requests that ended in the phase; ok: fully read (a debate to debate.completed with every event once);
fb m/e: fallbacks counted by /metrics / writer.fallback events the clients saw; 503: declared (problem+json with
Retry-After); 5xx: any other (target 0); err: cut or refused connections, timeouts; streams: debates completed /
debates; failed: debates ended by an error event; lost, dup: events missing or repeated in completed debates
(target 0); unfin: debates the client never read to their end (target 0); brk: breaker transitions (/metrics);
usage: usage records stored / debates started (target all); readyz: the states /readyz answered (and its
slowest answer when 1 s or more); ready s, 1st ok s, all ok s: seconds from the dependency's return to /readyz
ok, to the first request that fully succeeded (no fallback, no error) and to one of every kind doing so."""


# -- what one request did ---------------------------------------------------------------------------------

@dataclass
class Outcome:
    kind: str
    started: float
    ended: float = 0.0
    success: bool = False  # a 200 read, or a debate read to debate.completed with every event exactly once
    clean: bool = True  # no fallback, no non-2xx answer, no cut connection along the way
    statuses: list[str] = field(default_factory=list)  # "ROUTE STATUS" of every answer that was not 2xx
    declared_503: int = 0
    other_5xx: int = 0
    other_4xx: int = 0
    errors: int = 0  # cut connections, refused connections, timeouts
    fallbacks: int = 0  # writer.fallback events
    completed: bool = False
    failed_code: str | None = None  # the error event that ended the debate
    lost: int = 0
    duplicated: int = 0
    unfinished: bool = False  # a debate never read to its last event
    at: str = "no event"  # the last event read, for a request that never ended
    debate_id: str | None = None  # a debate that started
    notes: list[str] = field(default_factory=list)


async def _body(stream: Stream) -> str:
    length = stream.headers.get("content-length")
    if length is not None:
        return (await stream.reader.readexactly(int(length))).decode(errors="replace")
    return "".join(f"{frame}" async for frame in stream.frames())


async def _answer(outcome: Outcome, stream: Stream, what: str) -> bool:
    """Count a response's status; True for 2xx. Anything else is read, noted and closed."""
    if 200 <= stream.status < 300:
        return True
    route = what.split("?", 1)[0]
    body = await _body(stream)
    stream.close()
    problem = stream.headers.get("content-type", "").startswith("application/problem+json")
    code, said = "", body[:200]
    if problem:  # its code says what went wrong; its detail may name the debate, blanked so the notes group
        reply = json.loads(body)
        code = str(reply.get("code"))
        said = f"{code} ({DEBATE_ID.sub('{id}', str(reply.get('detail', '')))[:100]})"
    outcome.statuses.append(f"{route} {stream.status} {code}".rstrip())
    outcome.clean = False
    if stream.status == 503 and problem and "retry-after" in stream.headers:
        outcome.declared_503 += 1
        return False
    if stream.status >= 500:
        outcome.other_5xx += 1
    else:
        outcome.other_4xx += 1
    outcome.notes.append(f"{route}: {stream.status} {said}")
    return False


def _retry_after(stream: Stream) -> float:
    try:
        return min(RETRY_AFTER_CAP_SECONDS, float(stream.headers.get("retry-after", "1")))
    except ValueError:
        return 1.0


async def _follow(port: int, outcome: Outcome, path: str, first: Stream | None, rng: random.Random,
                  hang_up: bool) -> None:
    """Read a debate's events to its last, resuming with Last-Event-ID after a cut (or a deliberate hang-up),
    and count what was lost or duplicated."""
    route = "GET /v1/debates/{id}/events"
    seen: list[int] = []
    last: int | None = None  # the terminal event's id
    stream = first
    failures = 0  # resumes in a row that were refused, answered with an error or brought nothing

    def position() -> int:
        return seen[-1] if seen else 0

    while last is None:
        if stream is None:
            if failures == RESUME_ATTEMPTS:
                outcome.unfinished = True
                outcome.notes.append(f"{route}: gave up after {failures} failed resumes")
                break
            try:
                stream = await open_stream(port, "GET", path, headers={"Last-Event-ID": str(position())})
            except (OSError, asyncio.IncompleteReadError) as exc:
                failures += 1
                outcome.errors += 1
                outcome.clean = False
                outcome.notes.append(f"{route} (resume): {exc!r}")
                await asyncio.sleep(0.5)
                continue
            if not await _answer(outcome, stream, f"{route} (resume)"):
                failures += 1
                await asyncio.sleep(_retry_after(stream))
                stream = None
                continue
        budget = rng.randint(1, 15) if hang_up else -1
        before = position()
        refused: str | None = None  # an error without an id: the server cannot go on with this stream
        try:
            async for frame in stream.frames():
                if "id" not in frame:
                    if frame.get("event") == "error":
                        refused = json.loads(frame.get("data", "{}")).get("code", "?")
                    continue
                seen.append(int(frame["id"]))
                kind = frame.get("event")
                outcome.at = f"event {seen[-1]} ({kind})"
                if kind == "writer.fallback":
                    outcome.fallbacks += 1
                    outcome.clean = False
                elif kind in ("debate.completed", "error"):
                    last = seen[-1]
                    if kind == "error":
                        outcome.failed_code = json.loads(frame.get("data", "{}")).get("code", "?")
                    else:
                        outcome.completed = True
                    break
                budget -= 1
                if budget == 0:
                    break
            else:  # the body ended without a last event: the server cut the stream
                outcome.clean = False
                how = f"ended by an error event without id ({refused})" if refused else "cut by the server"
                outcome.notes.append(f"{route}: stream {how} {'mid-stream' if seen else 'before any event'}")
                failures += position() == before
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            failures += position() == before
            outcome.errors += 1
            outcome.clean = False
            outcome.notes.append(f"{route}: {type(exc).__name__} {'mid-stream' if seen else 'before any event'}")
        finally:
            stream.close()
        if position() > before:
            failures = 0
        stream = None
        if last is None and hang_up:
            await asyncio.sleep(rng.uniform(0, 0.05))
    counts = Counter(seen)
    outcome.duplicated = sum(n - 1 for n in counts.values())
    if last is not None:
        outcome.lost = sum(1 for i in range(1, last + 1) if i not in counts)
    if outcome.failed_code is not None:
        outcome.clean = False
    outcome.success = outcome.completed and outcome.lost == 0 and outcome.duplicated == 0


async def debate(port: int, outcome: Outcome, rng: random.Random, writer: str, resume: bool) -> None:
    body = {"question": rng.choice(QUESTIONS), "writer": writer, "seed": rng.randint(0, 10**6)}
    if resume:
        stream = await open_stream(port, "POST", "/v1/debates", body=body)
        if not await _answer(outcome, stream, "POST /v1/debates"):
            return
        reply = json.loads(await _body(stream))
        stream.close()
        outcome.debate_id = reply["id"]
        await _follow(port, outcome, urlsplit(reply["links"]["events"]).path, None, rng, hang_up=True)
        return
    stream = await open_stream(port, "POST", "/v1/debates/stream", body=body)
    if not await _answer(outcome, stream, "POST /v1/debates/stream"):
        return
    path = urlsplit(stream.headers["location"]).path
    outcome.debate_id = path.rsplit("/", 1)[1]
    await _follow(port, outcome, path + "/events", stream, rng, hang_up=False)


async def read(port: int, outcome: Outcome, path: str) -> None:
    stream = await open_stream(port, "GET", path)
    try:
        if await _answer(outcome, stream, f"GET {path}"):
            json.loads(await _body(stream))
            outcome.success = True
    finally:
        stream.close()


def _request(kind: str, rng: random.Random) -> Callable[[int, Outcome], Awaitable[None]]:
    if kind == "players":
        path = "/v1/players?" + urlencode({"q": rng.choice(NAMES)})
        return lambda port, outcome: read(port, outcome, path)
    if kind == "leaders":
        league, stat = rng.choice(LEADER_QUERIES)
        start = rng.randint(1980, 2010)
        path = "/v1/leaders?" + urlencode({"league": league, "stat": stat, "from_season": start,
                                           "to_season": start + 9})
        return lambda port, outcome: read(port, outcome, path)
    how, writer = kind.split("/")
    return lambda port, outcome: debate(port, outcome, rng, writer, resume=how == "resume")


# -- phases and what they saw -----------------------------------------------------------------------------

@dataclass
class Phase:
    name: str
    fault: Callable[[], None] | None
    recovery: bool = False  # the dependency returns at this phase's start
    outcomes: list[Outcome] = field(default_factory=list)
    readyz: list[tuple[float, str]] = field(default_factory=list)  # when each answer came, and what it said
    slowest_readyz: float = 0.0
    metrics_delta: dict[tuple[str, tuple[tuple[str, str], ...]], float] = field(default_factory=dict)
    metrics_seen: bool = False
    returned_at: float | None = None
    usage_found: int | None = None  # usage records stored for the debates that ended in this phase


def _phases(redis: RedisProcess, postgres: PostgresProcess, llm: SlowChatServer) -> list[Phase]:
    def llm_hangs() -> None:
        llm.gate.clear()
        llm.come_back()

    return [
        Phase("baseline", None),
        Phase("redis stopped", redis.stop),
        Phase("redis restarted", redis.start, recovery=True),
        Phase("redis hung", redis.pause),
        Phase("redis back", redis.resume, recovery=True),
        Phase("postgres stopped", postgres.stop),
        Phase("postgres restarted", postgres.start, recovery=True),
        Phase("llm stopped", llm.go_down),
        Phase("llm hung", llm_hangs),
        Phase("llm back", llm.gate.set, recovery=True),
    ]


Sample = dict[tuple[str, tuple[tuple[str, str], ...]], float]


async def scrape(port: int) -> Sample | None:
    """The counters we follow from /metrics, or None when it does not answer."""
    try:
        stream = await asyncio.wait_for(open_stream(port, "GET", "/metrics"), PROBE_TIMEOUT_SECONDS)
        try:
            text = await asyncio.wait_for(_body(stream), PROBE_TIMEOUT_SECONDS)
        finally:
            stream.close()
    except (OSError, TimeoutError, asyncio.IncompleteReadError):
        return None
    sample: Sample = {}
    for family in text_string_to_metric_families(text):
        if family.name in ("arena_fallbacks", "arena_breaker_transitions"):
            for s in family.samples:
                if s.name.endswith("_total"):
                    sample[(family.name, tuple(sorted(s.labels.items())))] = s.value
    return sample


async def readyz(port: int) -> str:
    try:
        stream = await asyncio.wait_for(open_stream(port, "GET", "/readyz"), PROBE_TIMEOUT_SECONDS)
        try:
            body = await asyncio.wait_for(_body(stream), PROBE_TIMEOUT_SECONDS)
        finally:
            stream.close()
    except TimeoutError:
        return "timeout"
    except (OSError, asyncio.IncompleteReadError):
        return "refused"
    if stream.status == 200:
        return str(json.loads(body).get("status", "?"))
    return str(stream.status)


class Chaos:
    def __init__(self, port: int, phases: list[Phase], args: argparse.Namespace) -> None:
        self.port = port
        self.phases = phases
        self.args = args
        self.current = 0
        self.stopping = False

    async def client(self, worker: int) -> None:
        rng = random.Random(self.args.seed * 1000 + worker)
        weights = [0.3 * (1 - self.args.openai_share), 0.3 * self.args.openai_share,
                   0.2 * (1 - self.args.openai_share), 0.2 * self.args.openai_share, 0.25, 0.25]
        while not self.stopping:
            kind = rng.choices(KINDS, weights)[0]
            began_in = self.current
            outcome = Outcome(kind, time.monotonic())
            try:
                await asyncio.wait_for(_request(kind, rng)(self.port, outcome), self.args.request_timeout)
            except TimeoutError:
                outcome.errors += 1
                outcome.clean = outcome.success = False
                outcome.unfinished = kind.startswith(("stream", "resume"))
                outcome.notes.append(f"{kind}: no end within {self.args.request_timeout:g} s, at {outcome.at}")
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                outcome.errors += 1
                outcome.clean = outcome.success = False
                outcome.notes.append(f"{kind}: {exc!r}")
            outcome.ended = time.monotonic()
            if began_in != self.current:
                outcome.notes = [f"{note} (started in {self.phases[began_in].name})" for note in outcome.notes]
            self.phases[self.current].outcomes.append(outcome)
            if not outcome.success:
                await asyncio.sleep(0.2)  # a failing client backs off a little, as a real one would
            await asyncio.sleep(self.args.think)

    async def poll_readyz(self) -> None:
        while not self.stopping:
            asked = time.monotonic()
            state = await readyz(self.port)
            phase = self.phases[self.current]
            phase.readyz.append((time.monotonic(), state))
            phase.slowest_readyz = max(phase.slowest_readyz, time.monotonic() - asked)
            await asyncio.sleep(READYZ_EVERY_SECONDS)

    async def run(self) -> None:
        clients = [asyncio.create_task(self.client(w)) for w in range(self.args.concurrency)]
        poller = asyncio.create_task(self.poll_readyz())
        before = await scrape(self.port)
        for index, phase in enumerate(self.phases):
            began = time.monotonic()
            self.current = index
            if phase.fault is not None:
                await asyncio.to_thread(phase.fault)
            if phase.recovery:
                phase.returned_at = time.monotonic()
            print(f"  {phase.name}: {time.monotonic() - began:.1f} s to inject", flush=True)
            await asyncio.sleep(max(0.0, self.args.phase_seconds - (time.monotonic() - began)))
            after = await scrape(self.port)
            if before is not None and after is not None:
                phase.metrics_seen = True
                phase.metrics_delta = {k: v - before.get(k, 0.0) for k, v in after.items()
                                       if v - before.get(k, 0.0) > 0}
            before = after
        self.stopping = True
        await asyncio.wait(clients, timeout=self.args.request_timeout + 5)
        poller.cancel()
        for task in clients:
            task.cancel()


# -- the table --------------------------------------------------------------------------------------------

def _readyz_states(phase: Phase) -> str:
    states: list[str] = []
    for _, state in phase.readyz:
        if not states or states[-1] != state:
            states.append(state)
    return ">".join(states) or "-"


def _first_clean(phase: Phase) -> dict[str, float]:
    """Per request kind, seconds from the dependency's return to the end of the first request started after
    it that fully succeeded (no fallback, no error on the way)."""
    assert phase.returned_at is not None
    firsts: dict[str, float] = {}
    for o in phase.outcomes:
        if o.started >= phase.returned_at and o.success and o.clean:
            firsts[o.kind] = min(firsts.get(o.kind, o.ended - phase.returned_at), o.ended - phase.returned_at)
    return firsts


def _recovery(phase: Phase) -> tuple[str, str, str]:
    """Seconds from the dependency's return to /readyz ok, to the first fully successful request, and to one
    of every kind ("-" when some kind never fully succeeded in the phase)."""
    if phase.returned_at is None:
        return "", "", ""
    ready = next((f"{at - phase.returned_at:.1f}" for at, state in phase.readyz
                  if at >= phase.returned_at and state == "ok"), "never")
    firsts = _first_clean(phase)
    first = f"{min(firsts.values()):.1f}" if firsts else "never"
    every = f"{max(firsts.values()):.1f}" if len(firsts) == len(KINDS) else f"- ({len(KINDS) - len(firsts)} kinds)"
    return ready, first, every


def report(phases: list[Phase]) -> None:
    header = ("phase", "req", "ok", "fb m/e", "503", "5xx", "4xx", "err", "streams", "failed", "lost", "dup",
              "unfin", "brk", "usage", "readyz", "ready s", "1st ok s", "all ok s")
    rows = []
    for p in phases:
        outs = p.outcomes
        debates = [o for o in outs if o.kind.startswith(("stream", "resume"))]
        fb_metrics = (f"{sum(v for (n, _), v in p.metrics_delta.items() if n == 'arena_fallbacks'):g}"
                      if p.metrics_seen else "?")
        transitions = (f"{sum(v for (n, _), v in p.metrics_delta.items() if n == 'arena_breaker_transitions'):g}"
                       if p.metrics_seen else "?")
        ready, first, every = _recovery(p)
        rows.append((
            p.name, len(outs), sum(o.success for o in outs), f"{fb_metrics}/{sum(o.fallbacks for o in outs)}",
            sum(o.declared_503 for o in outs), sum(o.other_5xx for o in outs), sum(o.other_4xx for o in outs),
            sum(o.errors for o in outs), f"{sum(o.completed for o in debates)}/{len(debates)}",
            sum(o.failed_code is not None for o in debates), sum(o.lost for o in debates),
            sum(o.duplicated for o in debates), sum(o.unfinished for o in debates), transitions,
            f"{'?' if p.usage_found is None else p.usage_found}/{sum(o.debate_id is not None for o in outs)}",
            _readyz_states(p) + (f" ({p.slowest_readyz:.0f} s)" if p.slowest_readyz >= 1 else ""),
            ready, first, every,
        ))
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    print()
    for row in [header, *rows]:
        print("  ".join(str(v).ljust(w) if i in (0, 15, 18) else str(v).rjust(w)
                        for i, (v, w) in enumerate(zip(row, widths, strict=True))).rstrip())
    print(LEGEND)
    print("\nrecovery by request kind (seconds from the dependency's return to the first full success):")
    for p in phases:
        if p.returned_at is not None:
            firsts = _first_clean(p)
            print(f"  {p.name}: " + ", ".join(f"{k} {firsts[k]:.1f}" if k in firsts else f"{k} never"
                                             for k in KINDS))
    print("\nfallbacks and breaker transitions by label (from /metrics):")
    for p in phases:
        labels = [f"{'fallback' if n == 'arena_fallbacks' else 'breaker'} "
                  f"{','.join(v for _, v in key)} +{value:g}" for (n, key), value in sorted(p.metrics_delta.items())]
        quiet = "none" if p.metrics_seen else "/metrics did not answer"
        print(f"  {p.name}: {'; '.join(labels) if labels else quiet}")
    print("\nwhat went wrong, by phase (up to a few examples each):")
    for p in phases:
        codes = Counter(o.failed_code for o in p.outcomes if o.failed_code)
        notes = Counter(DEBATE_ID.sub("{id}", note) for o in p.outcomes for note in o.notes)
        statuses = Counter(s for o in p.outcomes for s in o.statuses)
        if not (codes or notes or statuses):
            continue
        answers = ", ".join(f"{n}x {s}" for s, n in statuses.most_common())
        print(f"  {p.name}: answers other than 2xx: {answers or 'none'}; debates ended by error events "
              f"{dict(codes) or 'none'}")
        for note, n in notes.most_common(EXAMPLES_PER_PHASE):
            print(f"    {n}x {note}")


async def count_usage(phases: list[Phase], database_url: str, wait_seconds: float) -> None:
    """How many of the debates started have their usage record stored, waiting for the buffered ones (a
    debate a client left keeps going for the grace period, and records are written in batches)."""
    wanted = {o.debate_id for p in phases for o in p.outcomes if o.debate_id}
    found: set[str] = set()
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            async with await psycopg.AsyncConnection.connect(database_url, connect_timeout=5) as connection:
                cursor = await connection.execute("SELECT debate_id FROM usage WHERE debate_id = ANY(%s)",
                                                  (list(wanted),))
                found = {row[0] for row in await cursor.fetchall()}
        except psycopg.Error as exc:
            print(f"usage records could not be read: {exc}")
            return
        if found >= wanted or time.monotonic() > deadline:
            break
        await asyncio.sleep(2.0)
    for p in phases:
        p.usage_found = sum(o.debate_id in found for o in p.outcomes if o.debate_id)


# -- the servers ------------------------------------------------------------------------------------------

def import_data(database_url: str, env: dict[str, str], source_dir: str | None) -> float:
    started = time.monotonic()
    arena = Path(sys.executable).with_name("arena")
    command = [str(arena), "data", "import", *(["--source-dir", source_dir] if source_dir else [])]
    done = subprocess.run(command, env={**env, "ARENA_DATABASE_URL": database_url}, capture_output=True,
                          text=True, timeout=1800, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"arena data import failed ({done.returncode}):\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return time.monotonic() - started


def serve(port: int, workers: int, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    arena = Path(sys.executable).with_name("arena")
    with log.open("wb") as out:
        return subprocess.Popen([str(arena), "serve", "--port", str(port), "--workers", str(workers)], env=env,
                                stdout=out, stderr=subprocess.STDOUT)


async def warm_up(port: int) -> None:
    """One debate per question with each writer (the stat cache warm, as a running server's would be)."""
    rng = random.Random(0)
    for question in QUESTIONS:
        for writer in ("template", "openai"):
            outcome = Outcome("warm-up", time.monotonic())
            stream = await open_stream(port, "POST", "/v1/debates/stream",
                                       body={"question": question, "writer": writer, "seed": 0})
            if not await _answer(outcome, stream, "warm-up"):
                raise RuntimeError(f"warm-up debate failed: {outcome.notes}")
            await _follow(port, outcome, urlsplit(stream.headers["location"]).path + "/events", stream, rng,
                          hang_up=False)
            if not outcome.success:
                raise RuntimeError(f"warm-up debate {question!r} ({writer}) failed: {outcome.notes}")


def _log_findings(log: Path) -> None:
    lines = log.read_text(errors="replace").splitlines()
    tracebacks = sum("Traceback (most recent call last)" in line for line in lines)
    # The last line of each traceback names the exception; ids and ports vary, so they are blanked.
    raised = Counter(re.sub(r"\d+", "#", DEBATE_ID.sub("{id}", line))[:160] for line in lines
                     if re.match(r"[A-Za-z_][\w.]*(Error|Exception|Open|Unavailable|Expired|Timeout)\b", line))
    print(f"\narena serve log ({log}): {len(lines)} lines, {tracebacks} tracebacks; exceptions raised:")
    for line, n in raised.most_common(8):
        print(f"  {n}x {line}")


async def _run(args: argparse.Namespace) -> None:
    began = time.monotonic()
    redis = RedisProcess().start()
    postgres = PostgresProcess().start()
    llm = SlowChatServer(delay=args.pace).start()
    data_dir = Path(tempfile.mkdtemp(prefix="arena-chaos-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARENA_")}
    env.update({"ARENA_DATA_DIR": str(data_dir), "ARENA_LOG_LEVEL": "WARNING"})
    process: subprocess.Popen[bytes] | None = None
    try:
        source_dir = args.source_dir or os.environ.get("ARENA_SOURCE_DIR")
        print(f"redis-server on {redis.port}, PostgreSQL on {postgres.port}, LLM server at {llm.base_url}")
        print(f"imported the stat data into PostgreSQL in {import_data(postgres.url, env, source_dir):.0f} s",
              flush=True)
        port = spare_port()
        env.update({"ARENA_DATABASE_URL": postgres.url, "ARENA_REDIS_URL": redis.url,
                    "ARENA_LLM_BASE_URL": llm.base_url, "ARENA_LLM_API_KEY": "bench"})
        log = Path(args.log)
        process = serve(port, args.workers, env, log)
        await wait_until_serving(port, process)
        await warm_up(port)
        print(f"arena serve on 127.0.0.1:{port} ({args.workers} worker(s), pid {process.pid}, log {log}); "
              f"{args.concurrency} clients, {args.phase_seconds:g} s per phase", flush=True)
        phases = _phases(redis, postgres, llm)
        chaos = Chaos(port, phases, args)
        await chaos.run()
        await count_usage(phases, postgres.url, args.usage_wait)
        report(phases)
        alive = process.poll() is None
        print(f"\narena serve {'still running' if alive else f'exited with {process.returncode}'}; "
              f"whole run {time.monotonic() - began:.0f} s")
    finally:
        if process is not None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            _log_findings(Path(args.log))
        redis.stop()
        postgres.remove()
        llm.gate.set()
        llm.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phase-seconds", type=float, default=20.0, help="how long each phase lasts")
    parser.add_argument("--concurrency", type=int, default=4, help="clients looping over requests")
    parser.add_argument("--workers", type=int, choices=(1, 2), default=1, help="arena serve workers")
    parser.add_argument("--openai-share", type=float, default=0.35, help="share of debates with writer openai")
    parser.add_argument("--pace", type=float, default=0.01, help="seconds per word from the LLM server")
    parser.add_argument("--think", type=float, default=0.05, help="seconds a client waits between requests")
    parser.add_argument("--request-timeout", type=float, default=45.0, help="seconds before a client gives up")
    parser.add_argument("--usage-wait", type=float, default=60.0,
                        help="seconds to wait at the end for every debate's usage record")
    parser.add_argument("--source-dir", help="upstream data for arena data import (else ARENA_SOURCE_DIR)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--log", default="/tmp/arena-bench-chaos.log", help="arena serve's output")
    args = parser.parse_args()
    _raise_file_limit()
    asyncio.run(_run(args))


if __name__ == "__main__":
    main()
