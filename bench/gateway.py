"""The commercial gateway's cost: what authentication, the quota charge and the rate limit add to a request,
and debates per second through the API with accounts on (an API key per request) against accounts off.

    python bench/gateway.py [--requests 2000] [--seconds 5] [--concurrency 8]

Uses the configured store (``ARENA_DATABASE_URL``; its accounts tables take the bench's account) and
``ARENA_REDIS_URL`` for rate limits when set. The account is on the enterprise plan (unlimited debates,
10,000 calls an hour), so nothing is refused. Targets: under 2 ms p99 added per request; debates per second
with authentication at least 90% of without.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import threading
import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime

import httpx
import uvicorn
from sqlalchemy import insert

from arena.accounts.adapters.tables import subscriptions
from arena.accounts.model import calendar_month
from arena.api.app import create_app
from arena.api.gateway import request_digest
from arena.api.schemas.debates import DebateCreate
from arena.bootstrap import Services, build
from arena.settings import Settings
from debate_questions import TIMED

JWT_SECRET = "bench-gateway-secret-" + "b" * 32
PASSWORD = "bench gateway password"
QUESTIONS = list(TIMED.values())


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _enterprise_key(services: Services) -> tuple[str, str]:
    """A new account on the enterprise plan and an API key of it: (account id, key)."""
    accounts = services.accounts
    assert accounts is not None
    account = accounts.sign_up(f"bench-{uuid.uuid4().hex[:12]}@example.com", PASSWORD)
    period = calendar_month(datetime.now(UTC))
    with services.engine.begin() as conn:
        conn.execute(insert(subscriptions).values(
            id=f"bench_{uuid.uuid4().hex}", account_id=account.id, plan="enterprise", status="active",
            period_start=period.start, period_end=period.end, cancel_at_period_end=False,
            updated_at=datetime.now(UTC)))
    key = accounts.create_key(accounts.as_account(account), name="bench", scopes=["debates:write", "chat"])
    return account.id, key.secret


def measure_added(services: Services, key: str, requests: int) -> None:
    """The gateway's own work per request, as the dependency and the route do it: authenticate, meter, and
    charge a debate for the request's digest (with an idempotency key, as careful clients send one)."""
    accounts = services.accounts
    assert accounts is not None
    header = f"Bearer {key}"
    body = DebateCreate(question=QUESTIONS[0])
    accounts.authenticate(header, address="198.51.100.1")  # warm the key cache, as a steady stream would
    debate_ms, read_ms = [], []
    for _ in range(requests):
        started = time.perf_counter()
        principal = accounts.authenticate(header, address="198.51.100.1")
        accounts.meter(principal, address="198.51.100.1")
        read_ms.append((time.perf_counter() - started) * 1000)
        accounts.charge_debate(principal, idempotency_key=uuid.uuid4().hex, debate_id=uuid.uuid4().hex,
                               request_digest=request_digest("/v1/debates", body))
        debate_ms.append((time.perf_counter() - started) * 1000)
    for label, values in (("debate creation (auth + rate limit + quota charge)", debate_ms),
                          ("metered read (auth + rate limit)", read_ms)):
        print(f"added per request, {label}: p50 {statistics.median(values):.3f} ms, "
              f"p99 {_percentile(values, 0.99):.3f} ms over {len(values)} requests")


class _Servers:
    """API servers over ``services``, all on one event loop in one thread: they share one debate service,
    whose async Redis clients (with ``ARENA_REDIS_URL``) belong to the loop that first used them."""

    def __init__(self, *services: Services) -> None:
        self._sockets = [socket.socket() for _ in services]
        for sock in self._sockets:
            sock.bind(("127.0.0.1", 0))
        self.base_urls = [f"http://127.0.0.1:{sock.getsockname()[1]}" for sock in self._sockets]
        self._servers = [uvicorn.Server(uvicorn.Config(create_app(one), log_level="warning", lifespan="on",
                                                       proxy_headers=False)) for one in services]
        self._thread = threading.Thread(target=asyncio.run, args=(self._serve(),), daemon=True)

    async def _serve(self) -> None:
        await asyncio.gather(*(server.serve(sockets=[sock])
                               for server, sock in zip(self._servers, self._sockets, strict=True)))

    def __enter__(self) -> list[str]:
        self._thread.start()
        while not all(server.started for server in self._servers):
            if not self._thread.is_alive():
                raise RuntimeError("the API servers did not start")
            time.sleep(0.05)
        return self.base_urls

    def __exit__(self, *_: object) -> None:
        for server in self._servers:
            server.should_exit = True
        self._thread.join(timeout=30)
        for sock in self._sockets:
            sock.close()


async def _debates_per_second(base_url: str, headers: dict[str, str], seconds: float, concurrency: int) -> float:
    done = 0
    deadline = time.perf_counter() + seconds

    async def client(index: int) -> None:
        nonlocal done
        async with httpx.AsyncClient(base_url=base_url, timeout=60) as http:
            while time.perf_counter() < deadline:
                question = QUESTIONS[(index + done) % len(QUESTIONS)]
                async with http.stream("POST", "/v1/debates/stream", json={"question": question},
                                       headers=headers) as response:
                    if response.status_code != 200:
                        raise RuntimeError(f"debate refused: {response.status_code} {await response.aread()!r}")
                    async for _ in response.aiter_bytes():
                        pass
                done += 1

    started = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(concurrency)))
    return done / (time.perf_counter() - started)


def measure_throughput(on: Services, key: str, seconds: float, concurrency: int, rounds: int) -> None:
    """Closed-loop debates through each server in turn, ``rounds`` times (alternating, so a busy moment of
    the machine does not land on one side only); each side's best round is reported. Both servers run
    throughout, on one loop, over one debate engine."""
    headers = {"without authentication": {}, "with authentication": {"Authorization": f"Bearer {key}"}}
    rates: dict[str, list[float]] = {label: [] for label in headers}
    with _Servers(_without_accounts(on), on) as (plain, gated):
        servers = {"without authentication": plain, "with authentication": gated}
        for label, base_url in servers.items():  # warm-up: the stat cache, connections
            asyncio.run(_debates_per_second(base_url, headers[label], min(1.0, seconds), concurrency))
        for _ in range(rounds):
            for label, base_url in servers.items():
                rates[label].append(asyncio.run(_debates_per_second(base_url, headers[label], seconds,
                                                                    concurrency)))
    for label, values in rates.items():
        print(f"debates per second through the API, {label}: {max(values):.1f} (best of {rounds} rounds: "
              f"{', '.join(f'{v:.1f}' for v in values)}; {concurrency} clients)")
    ratio = max(rates["with authentication"]) / max(rates["without authentication"])
    print(f"debates per second with authentication / without: {ratio:.0%} (target at least 90%)")


def _without_accounts(services: Services) -> Services:
    """The same services, gateway off: shares the debate engine (and its parser), built once."""
    settings = services.settings.model_copy(update={"accounts_enabled": False})
    plain = replace(services, settings=settings, accounts=None, rate_limits=None)
    plain.__dict__["debates"] = services.debates  # the built engine: its parser read every player once
    return plain


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="gateway calls timed in process")
    parser.add_argument("--seconds", type=float, default=5.0, help="seconds of debates per server")
    parser.add_argument("--concurrency", type=int, default=8, help="clients debating at once")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of each side")
    args = parser.parse_args()
    settings = Settings(accounts_enabled=True, jwt_secret=JWT_SECRET, writer="template")
    services = build(settings)
    shared = "Redis" if settings.redis_url else "this process's memory"
    print(f"accounts in {services.engine.dialect.name}; rate limits and debate events in {shared}")
    try:
        _, key = _enterprise_key(services)
        measure_added(services, key, args.requests)
        measure_throughput(services, key, args.seconds, args.concurrency, args.rounds)
    finally:
        services.close()


if __name__ == "__main__":
    main()
