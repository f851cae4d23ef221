"""The billing store on SQLAlchemy Core (PostgreSQL or SQLite): an event is applied in the transaction that
records its id, so a delivery seen again changes nothing, and a subscription row keeps the time of the event
that last changed it, so an older event arriving later changes nothing either."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from arena.accounts import AccountsUnavailable
from arena.accounts.adapters import accounts, subscriptions
from arena.billing.adapters.sql_analytics import read_figures
from arena.billing.adapters.tables import billing_events, billing_payments
from arena.billing.analytics import AnalyticsFigures
from arena.billing.model import Change, CustomerLinked, EventChanges, InvoicePaid, PaymentFailed, SubscriptionChanged
from arena.clock import Clock, utc_now
from arena.telemetry import get_logger

_INSERTS: dict[str, Any] = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}
_RENEWABLE = ("active", "trialing", "past_due")
_log = get_logger(__name__)


def _utc(value: datetime) -> datetime:
    # SQLite hands back naive datetimes for timezone-aware columns; they were written as UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class SqlBillingStore:
    """A :class:`arena.billing.ports.BillingStore` in the migrated database.

    >>> SqlBillingStore(engine).apply(EventReader(plans, grace=timedelta(days=7)).changes(event))  # True
    """

    def __init__(self, engine: Engine, *, clock: Clock = utc_now) -> None:
        self._engine = engine
        self._insert = _INSERTS[engine.dialect.name]
        self._clock = clock

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        try:
            with self._engine.begin() as conn:
                yield conn
        except (DBAPIError, PoolTimeout) as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip() or type(exc).__name__
            raise AccountsUnavailable(f"the billing database is unavailable: {reason.splitlines()[0]}") from exc

    def customer_of(self, account_id: str) -> str | None:
        with self._begin() as conn:
            return conn.execute(select(accounts.c.stripe_customer_id).where(accounts.c.id == account_id)).scalar()

    def link_customer(self, account_id: str, customer_id: str) -> None:
        with self._begin() as conn:
            self._link(conn, account_id, customer_id)

    @staticmethod
    def _link(conn: Connection, account_id: str, customer_id: str) -> None:
        taken = conn.execute(select(accounts.c.id).where(accounts.c.stripe_customer_id == customer_id)).scalar()
        if taken is None:
            conn.execute(update(accounts).where(accounts.c.id == account_id, accounts.c.stripe_customer_id.is_(None))
                         .values(stripe_customer_id=customer_id))

    def apply(self, changes: EventChanges) -> bool:
        event = changes.event
        with self._begin() as conn:
            recorded = conn.execute(
                self._insert(billing_events)
                .values(id=event.id, type=event.type, created_at=event.created, received_at=self._clock())
                .on_conflict_do_nothing(index_elements=["id"]).returning(billing_events.c.id)).scalar()
            if recorded is None:
                return False
            for change in changes.changes:
                self._apply(conn, change, event.created)
        return True

    def _apply(self, conn: Connection, change: Change, at: datetime) -> None:
        if isinstance(change, CustomerLinked):
            self._link(conn, change.account_id, change.customer_id)
        elif isinstance(change, SubscriptionChanged):
            self._subscription(conn, change, at)
        elif isinstance(change, InvoicePaid):
            self._paid(conn, change, at)
        elif isinstance(change, PaymentFailed):
            self._failed(conn, change, at)

    def _account_of(self, conn: Connection, customer_id: str, named: str | None) -> str | None:
        found = conn.execute(select(accounts.c.id).where(accounts.c.stripe_customer_id == customer_id)).scalar()
        if found is None and named is not None:
            found = conn.execute(select(accounts.c.id).where(accounts.c.id == named)).scalar()
            if found is not None:
                self._link(conn, found, customer_id)
        return found

    @staticmethod
    def _newer(at: datetime) -> Any:
        return or_(subscriptions.c.event_at.is_(None), subscriptions.c.event_at <= at)

    def _subscription(self, conn: Connection, change: SubscriptionChanged, at: datetime) -> None:
        account = self._account_of(conn, change.customer_id, change.account_id)
        if account is None:
            _log.warning("subscription of a customer no account has: ignored", subscription=change.subscription_id,
                         customer=change.customer_id)
            return
        period_end = change.period_end
        current = conn.execute(select(subscriptions.c.status, subscriptions.c.period_end)
                               .where(subscriptions.c.id == change.subscription_id).with_for_update()).first()
        if current is not None and change.status == "past_due" and current.status == "past_due":
            # Stripe describes a past-due subscription with its full period; its grace, cut short when the
            # payment failed, stays as it was.
            period_end = min(period_end, _utc(current.period_end))
        values = {"account_id": account, "plan": change.plan, "status": change.status,
                  "period_start": change.period_start, "period_end": period_end,
                  "cancel_at_period_end": change.cancel_at_period_end, "updated_at": self._clock(),
                  "started_at": change.started_at, "ended_at": change.ended_at, "event_at": at}
        statement = self._insert(subscriptions).values(id=change.subscription_id, **values)
        conn.execute(statement.on_conflict_do_update(index_elements=["id"], set_=values, where=self._newer(at)))

    def _paid(self, conn: Connection, change: InvoicePaid, at: datetime) -> None:
        account = self._account_of(conn, change.customer_id, None)
        conn.execute(self._insert(billing_payments).values(
            invoice_id=change.invoice_id, account_id=account, subscription_id=change.subscription_id,
            plan=change.plan, amount_cents=change.amount_cents, currency=change.currency, paid_at=change.paid_at,
        ).on_conflict_do_nothing(index_elements=["invoice_id"]))
        if change.subscription_id is None:
            return
        row = conn.execute(select(subscriptions.c.period_end).where(
            subscriptions.c.id == change.subscription_id, subscriptions.c.status.in_(_RENEWABLE),
            self._newer(at)).with_for_update()).first()
        if row is None:
            return
        ends = max(_utc(row.period_end), change.period_end) if change.period_end else _utc(row.period_end)
        conn.execute(update(subscriptions).where(subscriptions.c.id == change.subscription_id)
                     .values(status="active", period_end=ends, event_at=at, updated_at=self._clock()))

    def _failed(self, conn: Connection, change: PaymentFailed, at: datetime) -> None:
        row = conn.execute(select(subscriptions.c.period_end).where(
            subscriptions.c.id == change.subscription_id, subscriptions.c.status.in_(_RENEWABLE),
            self._newer(at)).with_for_update()).first()
        if row is None:
            return
        conn.execute(update(subscriptions).where(subscriptions.c.id == change.subscription_id)
                     .values(status="past_due", period_end=min(_utc(row.period_end), change.grace_until),
                             event_at=at, updated_at=self._clock()))

    def figures(self, start: date, end: date) -> AnalyticsFigures:
        with self._begin() as conn:
            return read_figures(conn, start, end)
