"""Where accounts live and how request rates are counted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from arena.accounts.model import Account, ApiKey, Charge, ChargeRequest, Plan, Subscription


@dataclass(frozen=True, slots=True)
class NewApiKey:
    """A key to store: only its SHA-256 ``digest`` and display ``prefix``, never the key."""

    id: str
    account_id: str
    name: str
    prefix: str
    digest: str
    scopes: tuple[str, ...]
    created_at: datetime


class AccountStore(Protocol):
    """Accounts, plans, subscriptions, keys, refresh tokens, quota counters and the usage ledger.

    Every method raises :class:`arena.accounts.errors.AccountsUnavailable` when the store cannot be reached.
    """

    def add_account(self, account: Account, password_hash: str) -> None:
        """Raises :class:`arena.accounts.errors.EmailTaken` if the (normalised) email is taken."""
        ...

    def account(self, account_id: str) -> Account | None: ...

    def login_record(self, email: str) -> tuple[Account, str] | None:
        """The account with this normalised email and its password hash."""
        ...

    def set_password_hash(self, account_id: str, password_hash: str) -> None: ...

    def plans(self) -> list[Plan]:
        """Every plan, cheapest first."""
        ...

    def subscription(self, account_id: str, at: datetime) -> Subscription | None:
        """The account's subscription that entitles it at ``at``: active, trialing, past due (in its grace) or
        canceled (paid to its period's end), with ``at`` in its period."""
        ...

    def add_key(self, key: NewApiKey) -> None: ...

    def key_by_digest(self, digest: str) -> ApiKey | None:
        """The key with this SHA-256 digest, revoked or not."""
        ...

    def keys(self, account_id: str) -> list[ApiKey]:
        """The account's keys not revoked, oldest first."""
        ...

    def revoke_key(self, account_id: str, key_id: str, at: datetime) -> bool:
        """Revoke the account's key; False when it has no such key (another account's is no such key)."""
        ...

    def touch_key(self, key_id: str, at: datetime) -> None:
        """Note the key's last use."""
        ...

    def add_refresh_token(self, digest: str, family: str, account_id: str, expires_at: datetime) -> None: ...

    def rotate_refresh_token(self, digest: str, new_digest: str, at: datetime, expires_at: datetime) -> str | None:
        """Replace a live, unexpired refresh token with ``new_digest`` in its family; returns the account id.

        A token already rotated or revoked is reuse: its whole family is revoked and None returned, as for a
        token never issued or expired."""
        ...

    def revoke_refresh_family(self, digest: str, at: datetime) -> None:
        """Revoke every token of the family this token belongs to (logout)."""
        ...

    def charge(self, request: ChargeRequest) -> Charge:
        """Take one from the allowance atomically, writing a ledger row; a repeated idempotency key of the
        same subject returns the first charge, replayed, taking nothing."""
        ...

    def refund(self, ledger_id: int) -> None:
        """Undo a charge whose debate never started: its ledger row goes, the counter goes down by one."""
        ...

    def debates_used(self, subject: str, period_start: datetime) -> int: ...


@dataclass(frozen=True, slots=True)
class RateLimitState:
    """One counted request: ``allowed`` or not, the window's ``limit``, what is ``remaining`` and when it
    resets (seconds from now, at least 1)."""

    allowed: bool
    limit: int
    remaining: int
    reset_seconds: int


class RateLimiter(Protocol):
    def hit(self, key: str, *, limit: int, window_seconds: int) -> RateLimitState:
        """Count one request of ``key`` against ``limit`` per window (refused ones count too)."""
        ...

    def peek(self, key: str, *, limit: int, window_seconds: int) -> RateLimitState:
        """The state of ``key`` without counting a request."""
        ...
