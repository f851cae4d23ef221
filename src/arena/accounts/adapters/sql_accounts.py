"""The account store on SQLAlchemy Core (PostgreSQL or SQLite), over the tables of :mod:`.tables`.

A quota charge is one transaction: ``INSERT ... ON CONFLICT DO UPDATE SET used = used + 1 WHERE used <
allowance RETURNING used`` on the period's counter row (its row lock makes concurrent charges queue, and
each sees the count the one before left), then the ledger row, whose unique (subject, idempotency key)
turns a repeated key into a rollback and a replay (the first charge's debate and request digest).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from arena.accounts.adapters.tables import (
    accounts,
    api_keys,
    plans,
    quota_counters,
    refresh_tokens,
    subscriptions,
    usage_ledger,
)
from arena.accounts.errors import AccountsRefusedValue, AccountsUnavailable, EmailTaken
from arena.accounts.model import Account, ApiKey, Charge, ChargeRequest, Plan, Subscription
from arena.accounts.ports import NewApiKey
from arena.db import data_errors

_INSERTS: dict[str, Any] = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}
# A canceled subscription was paid to the end of its period, which still bounds it (so does a past-due one's
# grace, which billing writes as its period's end).
ENTITLING_STATUSES = ("active", "trialing", "past_due", "canceled")


class _Replayed(Exception):
    """The idempotency key was charged by a concurrent request: roll this charge back."""


def _utc(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes for timezone-aware columns; they were written as UTC.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _account(row: Row[Any]) -> Account:
    created = _utc(row.created_at)
    assert created is not None
    return Account(id=row.id, email=row.email, is_admin=row.is_admin, created_at=created,
                   stripe_customer_id=row.stripe_customer_id)


def _key(row: Row[Any]) -> ApiKey:
    created = _utc(row.created_at)
    assert created is not None
    return ApiKey(id=row.id, account_id=row.account_id, name=row.name, prefix=row.prefix, scopes=tuple(row.scopes),
                  created_at=created, last_used_at=_utc(row.last_used_at), revoked_at=_utc(row.revoked_at))


class SqlAccountStore:
    """An :class:`arena.accounts.ports.AccountStore` in the migrated database.

    >>> store = SqlAccountStore(make_engine(url))
    >>> store.charge(request)   # Charge(accepted=True, replayed=False, used=1, ledger_id=1)
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._insert = _INSERTS[engine.dialect.name]
        self._build_charge_statements()

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        try:
            with self._engine.begin() as conn:
                yield conn
        except IntegrityError:
            raise
        except data_errors() as exc:
            raise AccountsRefusedValue(f"the accounts database refused a value: {_reason(exc)}") from exc
        except (DBAPIError, PoolTimeout) as exc:
            raise AccountsUnavailable(f"the accounts database is unavailable: {_reason(exc)}") from exc

    # -- accounts -----------------------------------------------------------------------------------------

    def add_account(self, account: Account, password_hash: str) -> None:
        try:
            with self._begin() as conn:
                conn.execute(accounts.insert().values(id=account.id, email=account.email, is_admin=account.is_admin,
                                                      created_at=account.created_at, password_hash=password_hash,
                                                      stripe_customer_id=account.stripe_customer_id))
        except IntegrityError as exc:
            raise EmailTaken(account.email) from exc

    def account(self, account_id: str) -> Account | None:
        with self._begin() as conn:
            row = conn.execute(select(accounts).where(accounts.c.id == account_id)).first()
        return _account(row) if row else None

    def login_record(self, email: str) -> tuple[Account, str] | None:
        with self._begin() as conn:
            row = conn.execute(select(accounts).where(accounts.c.email == email)).first()
        return (_account(row), row.password_hash) if row else None

    def set_password_hash(self, account_id: str, password_hash: str) -> None:
        with self._begin() as conn:
            conn.execute(update(accounts).where(accounts.c.id == account_id).values(password_hash=password_hash))

    # -- plans and subscriptions --------------------------------------------------------------------------

    def plans(self) -> list[Plan]:
        with self._begin() as conn:
            rows = conn.execute(select(plans).order_by(plans.c.price_cents, plans.c.name)).all()
        return [Plan(name=r.name, debates_per_month=r.debates_per_month, calls_per_hour=r.calls_per_hour,
                     price_cents=r.price_cents, features=tuple(r.features), stripe_price_id=r.stripe_price_id,
                     title=r.title, currency=r.currency)
                for r in rows]

    def subscription(self, account_id: str, at: datetime) -> Subscription | None:
        query = (select(subscriptions)
                 .where(subscriptions.c.account_id == account_id,
                        subscriptions.c.status.in_(ENTITLING_STATUSES),
                        subscriptions.c.period_start <= at, subscriptions.c.period_end > at)
                 .order_by(subscriptions.c.updated_at.desc()).limit(1))
        with self._begin() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        start, end = _utc(row.period_start), _utc(row.period_end)
        assert start is not None and end is not None
        return Subscription(account_id=row.account_id, plan=row.plan, status=row.status, period_start=start,
                            period_end=end, cancel_at_period_end=row.cancel_at_period_end)

    # -- API keys -----------------------------------------------------------------------------------------

    def add_key(self, key: NewApiKey) -> None:
        with self._begin() as conn:
            conn.execute(api_keys.insert().values(id=key.id, account_id=key.account_id, name=key.name,
                                                  prefix=key.prefix, digest=key.digest, scopes=list(key.scopes),
                                                  created_at=key.created_at))

    def key_by_digest(self, digest: str) -> ApiKey | None:
        with self._begin() as conn:
            row = conn.execute(select(api_keys).where(api_keys.c.digest == digest)).first()
        return _key(row) if row else None

    def keys(self, account_id: str) -> list[ApiKey]:
        query = (select(api_keys).where(api_keys.c.account_id == account_id, api_keys.c.revoked_at.is_(None))
                 .order_by(api_keys.c.created_at, api_keys.c.id))
        with self._begin() as conn:
            return [_key(row) for row in conn.execute(query)]

    def revoke_key(self, account_id: str, key_id: str, at: datetime) -> bool:
        statement = (update(api_keys).where(api_keys.c.id == key_id, api_keys.c.account_id == account_id,
                                            api_keys.c.revoked_at.is_(None)).values(revoked_at=at))
        with self._begin() as conn:
            return conn.execute(statement).rowcount == 1

    def touch_key(self, key_id: str, at: datetime) -> None:
        with self._begin() as conn:
            conn.execute(update(api_keys).where(api_keys.c.id == key_id).values(last_used_at=at))

    # -- refresh tokens -----------------------------------------------------------------------------------

    def add_refresh_token(self, digest: str, family: str, account_id: str, expires_at: datetime) -> None:
        with self._begin() as conn:
            conn.execute(refresh_tokens.insert().values(digest=digest, family=family, account_id=account_id,
                                                        expires_at=expires_at))

    def rotate_refresh_token(self, digest: str, new_digest: str, at: datetime, expires_at: datetime) -> str | None:
        with self._begin() as conn:
            row = conn.execute(select(refresh_tokens).where(refresh_tokens.c.digest == digest)).first()
            if row is None:
                return None
            # Only one of two concurrent refreshes with the same token wins this update; the other is reuse.
            rotated = conn.execute(
                update(refresh_tokens)
                .where(refresh_tokens.c.digest == digest, refresh_tokens.c.rotated_at.is_(None),
                       refresh_tokens.c.revoked_at.is_(None), refresh_tokens.c.expires_at > at)
                .values(rotated_at=at)).rowcount == 1
            if not rotated:
                expired_only = row.rotated_at is None and row.revoked_at is None
                if not expired_only:
                    self._revoke_family(conn, row.family, at)
                return None
            conn.execute(refresh_tokens.insert().values(digest=new_digest, family=row.family,
                                                        account_id=row.account_id, expires_at=expires_at))
            return str(row.account_id)

    def revoke_refresh_family(self, digest: str, at: datetime) -> None:
        with self._begin() as conn:
            family = conn.execute(select(refresh_tokens.c.family).where(refresh_tokens.c.digest == digest)).scalar()
            if family is not None:
                self._revoke_family(conn, family, at)

    @staticmethod
    def _revoke_family(conn: Connection, family: str, at: datetime) -> None:
        conn.execute(update(refresh_tokens)
                     .where(refresh_tokens.c.family == family, refresh_tokens.c.revoked_at.is_(None))
                     .values(revoked_at=at))

    # -- quotas and the ledger ----------------------------------------------------------------------------

    def charge(self, request: ChargeRequest) -> Charge:
        # A repeated idempotency key is rare: rather than a read before every charge, the ledger's unique
        # (subject, key) finds it (its insert does nothing and the counter's step is rolled back). A spent
        # allowance looks for a replay too, so a repeat still answers once the last debate is taken.
        values = {"p_subject": request.subject, "p_period_start": request.period_start,
                  "p_allowance": request.allowance}
        try:
            with self._begin() as conn:
                spent = request.allowance is not None and request.allowance <= 0
                statement = self._charge_unlimited if request.allowance is None else self._charge_limited
                used = None if spent else conn.execute(statement, values).scalar()
                if used is None:
                    refused = Charge(accepted=False, replayed=False, used=max(0, request.allowance or 0),
                                     ledger_id=None)
                    return self._replay(conn, request) or refused
                ledger_id = conn.execute(self._add_ledger_row, {
                    "p_subject": request.subject, "p_account_id": request.account_id,
                    "p_api_key_id": request.key_id, "p_action": request.action,
                    "p_idempotency_key": request.idempotency_key, "p_period_start": request.period_start,
                    "p_created_at": request.at, "p_debate_id": request.debate_id,
                    "p_request_digest": request.request_digest}).scalar()
                if ledger_id is None:
                    raise _Replayed
                return Charge(accepted=True, replayed=False, used=used, ledger_id=ledger_id,
                              debate_id=request.debate_id, request_digest=request.request_digest)
        except _Replayed:
            with self._begin() as conn:
                replay = self._replay(conn, request)
            assert replay is not None, "a conflicting ledger row vanished"
            return replay

    def _build_charge_statements(self) -> None:
        """The charge's statements, built once (building them cost more than running them on SQLite)."""
        # One statement: the first charge of a period inserts the row, later ones update it while under the
        # allowance (an update refused by its WHERE returns no row).
        upsert = self._insert(quota_counters).values(subject=bindparam("p_subject"),
                                                     period_start=bindparam("p_period_start"), used=1)
        step = {"index_elements": ["subject", "period_start"], "set_": {"used": quota_counters.c.used + 1}}
        self._charge_unlimited = upsert.on_conflict_do_update(**step).returning(quota_counters.c.used)
        self._charge_limited = upsert.on_conflict_do_update(
            **step, where=quota_counters.c.used < bindparam("p_allowance")).returning(quota_counters.c.used)
        columns = ("subject", "account_id", "api_key_id", "action", "idempotency_key", "period_start", "created_at",
                   "debate_id", "request_digest")
        self._add_ledger_row = (self._insert(usage_ledger).values({c: bindparam(f"p_{c}") for c in columns})
                                .on_conflict_do_nothing(index_elements=["subject", "idempotency_key"])
                                .returning(usage_ledger.c.id))

    def _replay(self, conn: Connection, request: ChargeRequest) -> Charge | None:
        if request.idempotency_key is None:
            return None
        row = conn.execute(select(usage_ledger.c.id, usage_ledger.c.debate_id, usage_ledger.c.request_digest).where(
            usage_ledger.c.subject == request.subject,
            usage_ledger.c.idempotency_key == request.idempotency_key)).first()
        if row is None:
            return None
        used = self._used(conn, request.subject, request.period_start)
        return Charge(accepted=True, replayed=True, used=used, ledger_id=row.id, debate_id=row.debate_id,
                      request_digest=row.request_digest)

    def refund(self, ledger_id: int) -> None:
        with self._begin() as conn:
            row = conn.execute(delete(usage_ledger).where(usage_ledger.c.id == ledger_id)
                               .returning(usage_ledger.c.subject, usage_ledger.c.period_start)).first()
            if row is not None:
                conn.execute(update(quota_counters)
                             .where(quota_counters.c.subject == row.subject,
                                    quota_counters.c.period_start == row.period_start, quota_counters.c.used > 0)
                             .values(used=quota_counters.c.used - 1))

    def debates_used(self, subject: str, period_start: datetime) -> int:
        with self._begin() as conn:
            return self._used(conn, subject, period_start)

    @staticmethod
    def _used(conn: Connection, subject: str, period_start: datetime) -> int:
        used = conn.execute(select(func.coalesce(func.max(quota_counters.c.used), 0)).where(
            quota_counters.c.subject == subject, quota_counters.c.period_start == period_start)).scalar()
        return int(used or 0)


def _reason(exc: BaseException) -> str:
    reason = str(getattr(exc, "orig", None) or exc).strip() or type(exc).__name__
    return reason.splitlines()[0]
