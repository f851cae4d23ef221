"""``arena admin analytics``: the operator's analytics from the database, as tables or the route's JSON."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from arena.billing.adapters.sql_billing import SqlBillingStore
from arena.billing.model import StripeEvent
from arena.billing.webhooks import EventReader
from arena.bootstrap import build
from arena.settings import Settings
from arena_command import ArenaCommand, ArenaInProcess

JWT_SECRET = "analytics-secret-" + "x" * 32


@pytest.fixture
def arena(tmp_path: Path) -> ArenaCommand:
    database = f"sqlite:///{tmp_path / 'arena.db'}"
    env = {"ARENA_DATA_DIR": str(tmp_path), "ARENA_DATABASE_URL": database, "ARENA_ACCOUNTS_ENABLED": "true",
           "ARENA_JWT_SECRET": JWT_SECRET}
    services = build(Settings(data_dir=tmp_path, database_url=database, accounts_enabled=True,  # type: ignore[arg-type]
                              jwt_secret=JWT_SECRET))
    try:
        accounts = services.accounts
        assert accounts is not None
        account = accounts.sign_up("payer@example.com", "a long enough password")
        accounts.charge_debate(accounts.as_account(account), idempotency_key=None)
        store = SqlBillingStore(services.engine)
        store.link_customer(account.id, "cus_payer")
        now = int(time.time())
        subscription = {"id": "sub_payer", "customer": "cus_payer", "status": "active", "start_date": now,
                        "cancel_at_period_end": False, "current_period_start": now,
                        "current_period_end": now + 30 * 86_400,
                        "items": {"data": [{"price": {"id": "arena-basic-2999-usd-month"}}]}}
        created = StripeEvent(id="evt_1", type="customer.subscription.created", created=datetime.now(UTC),
                              object=subscription)
        assert store.apply(EventReader(accounts.plans(), grace=timedelta(days=7)).changes(created))
    finally:
        services.close()
    return ArenaInProcess(cwd=tmp_path, env=env)


def test_the_analytics_as_json_and_as_tables(arena: ArenaCommand) -> None:
    today = datetime.now(UTC).date().isoformat()
    report = arena.json("admin", "analytics", "--from", today, "--to", today, "--json")
    assert report["from"] == report["to"] == today and report["mrr_cents"] == 2999
    assert report["subscriptions_by_plan"] == {"free": 0, "basic": 1, "premium": 0, "enterprise": 0}
    assert report["debates_per_day"] == [{"date": today, "debates": 1}] and report["dau"] == report["mau"] == 1
    assert report["conversion_free_to_paid"] == 1.0 and report["churn"] == 0.0
    shown = arena("admin", "analytics")
    assert shown.returncode == 0, shown.stderr
    assert "$29.99" in shown.stdout and "Debates per day" in shown.stdout


def test_a_backwards_range_or_accounts_off_is_one_line_and_exit_2(arena: ArenaCommand) -> None:
    assert "starts (2026-12-02) after it ends (2026-12-01)" in arena.error(
        "admin", "analytics", "--from", "2026-12-02", "--to", "2026-12-01")
    off = replace(arena, env={**arena.env, "ARENA_ACCOUNTS_ENABLED": "false"})
    assert "ARENA_ACCOUNTS_ENABLED" in off.error("admin", "analytics")
