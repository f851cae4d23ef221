"""Errors of accounts, keys, plans, quotas and rate limits.

    AccountsError
    ├── EmailTaken             (an account with that email exists)
    ├── WeakPassword           (shorter than the minimum)
    ├── InvalidEmail           (not an address)
    ├── NotAuthenticated       (a credential that is wrong, expired, revoked or forged; never anonymous)
    │   └── InvalidLogin       (email and password do not match)
    ├── MissingScope           (the credential lacks the scope the request needs)
    ├── UnknownScope           (a key asked for a scope that does not exist)
    ├── AccountNotFound
    ├── ApiKeyNotFound         (no such key of this account)
    ├── UnknownPlan
    ├── IdempotencyKeyReused   (an Idempotency-Key sent again with a different request)
    ├── LimitExceeded          (carries ``retry_after`` seconds)
    │   ├── QuotaExceeded      (the month's debates are used up; carries the upgrade link)
    │   ├── RateLimited        (the plan's API calls per hour are used up)
    │   └── LoginThrottled     (too many failed logins for the account or the address)
    ├── AccountsRefusedValue   (the accounts database refused a value of the request as data)
    └── AccountsUnavailable    (the accounts database cannot be reached)
"""

from __future__ import annotations

from arena.errors import AboutOne, ArenaError


class AccountsError(ArenaError, code="accounts-error"): ...


class EmailTaken(AboutOne, AccountsError, code="email-taken"):
    template = "an account with email {id} already exists"


class WeakPassword(AccountsError, code="weak-password"):
    def __init__(self, minimum: int) -> None:
        super().__init__(f"the password must be at least {minimum} characters long")


class InvalidEmail(AboutOne, AccountsError, code="invalid-email"):
    template = "{id} is not an email address"


class NotAuthenticated(AccountsError, code="not-authenticated"): ...


class InvalidLogin(NotAuthenticated, code="invalid-login"):
    def __init__(self) -> None:
        super().__init__("the email or the password is wrong")


class MissingScope(AboutOne, AccountsError, code="missing-scope"):
    template = "this credential lacks the {id} scope"


class UnknownScope(AboutOne, AccountsError, code="unknown-scope"):
    template = "no scope {id}; the scopes are debates:write, debates:read, chat and admin"


class AccountNotFound(AboutOne, AccountsError, code="account-not-found"):
    template = "no account {id}"


class ApiKeyNotFound(AboutOne, AccountsError, code="api-key-not-found"):
    template = "no API key {id}"


class UnknownPlan(AboutOne, AccountsError, code="unknown-plan"):
    template = "no plan {id}"


class IdempotencyKeyReused(AboutOne, AccountsError, code="idempotency-key-reused"):
    template = ("the Idempotency-Key {id} was sent before with a different request; "
                "use a new key for a new request")


class LimitExceeded(AccountsError, code="limit-exceeded"):
    """A limit was reached; ``retry_after`` says in how many seconds it lifts."""

    def __init__(self, message: str, *, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class QuotaExceeded(LimitExceeded, code="quota-exceeded"):
    def __init__(self, plan: str, allowance: int, *, retry_after: float, upgrade_url: str) -> None:
        super().__init__(f"the {plan} plan's {allowance} debates this month are used up; upgrade at {upgrade_url}",
                         retry_after=retry_after)
        self.upgrade_url = upgrade_url


class RateLimited(LimitExceeded, code="rate-limited"):
    def __init__(self, allowance: str, limit: int, *, retry_after: float) -> None:
        super().__init__(f"{allowance} allows {limit} API calls per hour", retry_after=retry_after)
        self.limit = limit


class LoginThrottled(LimitExceeded, code="login-throttled"):
    def __init__(self, *, retry_after: float) -> None:
        super().__init__("too many failed logins; wait before trying again", retry_after=retry_after)


class AccountsRefusedValue(AccountsError, code="accounts-refused-value",
                           public_message="the accounts database refused a value of this request as data"):
    """Text with NUL, a number out of a column's range: asking again gets the same answer, so it is the
    request's fault (a 422), never the database being unavailable."""


class AccountsUnavailable(AccountsError, code="accounts-unavailable",
                          public_message="account data is unavailable for now"): ...
