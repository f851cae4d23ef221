"""How bootstrap wires billing: only with accounts on, Stripe behind the billing breaker, and health probing
Stripe only where a secret key is set."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from arena.billing import BillingNotConfigured
from arena.bootstrap import build
from arena.errors import ConfigurationError
from arena.resilience.registry import BILLING, DEPENDENCIES
from arena.settings import Settings

JWT_SECRET = "wiring-secret-" + "x" * 32


def _settings(tmp_path: Path, **values: object) -> Settings:
    return Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'arena.db'}",
                    **values)  # type: ignore[arg-type]


def _health_names(settings: Settings) -> set[str]:
    services = build(settings)
    try:
        report = asyncio.run(services.health.check())
        return {dependency.name for dependency in report.dependencies}
    finally:
        services.close()


def test_billing_needs_accounts_and_health_shows_stripe_only_when_configured(tmp_path: Path) -> None:
    assert BILLING in DEPENDENCIES
    off = build(_settings(tmp_path))
    try:
        assert off.billing is None and off.stripe is None
    finally:
        off.close()
    accounts = _settings(tmp_path, accounts_enabled=True, jwt_secret=JWT_SECRET)
    assert BILLING not in _health_names(accounts)
    stripe = _settings(tmp_path, accounts_enabled=True, jwt_secret=JWT_SECRET, stripe_secret_key="sk_test_x",
                       stripe_webhook_secret="whsec_x", stripe_api_base="http://127.0.0.1:9")
    assert BILLING in _health_names(stripe)


def test_without_a_secret_key_checkout_is_unavailable_and_analytics_still_work(tmp_path: Path) -> None:
    services = build(_settings(tmp_path, accounts_enabled=True, jwt_secret=JWT_SECRET))
    try:
        assert services.billing is not None and services.accounts is not None
        account = services.accounts.sign_up("ops@example.com", "a long enough password")
        with pytest.raises(BillingNotConfigured):
            services.billing.checkout(account, "basic")
        assert services.billing.analytics().subscriptions_by_plan["free"] == 1
    finally:
        services.close()


def test_a_secret_key_without_the_webhook_secret_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="ARENA_STRIPE_WEBHOOK_SECRET"):
        build(_settings(tmp_path, accounts_enabled=True, jwt_secret=JWT_SECRET, stripe_secret_key="sk_test_x"))
