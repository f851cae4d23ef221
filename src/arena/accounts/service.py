"""The accounts service: sign-up, login and tokens, API keys, who a request is, and what it may spend."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import timedelta
from typing import Generic, TypeVar

from arena.accounts import errors
from arena.accounts.api_keys import display_prefix, is_well_formed, key_digest, looks_like_api_key, new_api_key
from arena.accounts.model import (
    FREE_PLAN,
    SCOPES,
    USER_SCOPES,
    Account,
    ApiKey,
    Charge,
    ChargeRequest,
    Period,
    Plan,
    Principal,
    Scope,
    UsageSummary,
    calendar_month,
)
from arena.accounts.page_passes import PagePasses
from arena.accounts.passwords import MIN_PASSWORD_CHARS, hash_password, needs_rehash, verify_password
from arena.accounts.ports import AccountStore, NewApiKey, RateLimiter, RateLimitState
from arena.accounts.tokens import AccessTokens, new_refresh_token, refresh_digest
from arena.clock import Clock, utc_now

HOUR_SECONDS = 3600
_LOGIN_WINDOWS = ((1, 60), (4, HOUR_SECONDS))  # (multiple of the per-minute limit, window): a longer wait
_KEY_TOUCH_SECONDS = 60.0  # how often a key's "last used" is written, at most
_CACHE_MAX_ENTRIES = 10_000

K = TypeVar("K")
V = TypeVar("V")


class _TtlCache(Generic[K, V]):
    """Answers for ``ttl`` seconds, so a hot key or account costs one lookup per ``ttl``, not per request."""

    def __init__(self, ttl: float, clock: Callable[[], float]) -> None:
        self._ttl = ttl
        self._clock = clock
        self._entries: dict[K, tuple[float, V]] = {}
        self._lock = threading.Lock()

    def get(self, key: K, load: Callable[[], V]) -> V:
        now = self._clock()
        with self._lock:
            entry = self._entries.get(key)
        if entry is not None and now - entry[0] < self._ttl:
            return entry[1]
        value = load()
        with self._lock:
            if len(self._entries) >= _CACHE_MAX_ENTRIES:
                self._entries.clear()
            self._entries[key] = (now, value)
        return value


@dataclass(frozen=True, slots=True)
class TokenPair:
    """What a login or a refresh hands out; ``expires_in`` is the access token's lifetime in seconds."""

    access_token: str
    refresh_token: str
    expires_in: int


@dataclass(frozen=True, slots=True)
class IssuedKey:
    """A new API key: ``secret`` is the key itself, shown this once and never stored."""

    key: ApiKey
    secret: str


def normalise_email(email: str) -> str:
    """Trimmed and lower-cased (mailbox names are case-insensitive in practice); raises :class:`InvalidEmail`."""
    normalised = email.strip().lower()
    local, at, domain = normalised.partition("@")
    if not at or not local or "." not in domain or any(c.isspace() for c in normalised) or len(normalised) > 320:
        raise errors.InvalidEmail(email)
    return normalised


class AccountService:
    """Accounts over an :class:`AccountStore` and a :class:`RateLimiter`.

    >>> service = AccountService(store, limiter, tokens, key_mode="live", key_cache_seconds=2, ...)
    >>> principal = service.authenticate("Bearer arena_live_...", address="203.0.113.7")
    >>> service.charge_debate(principal, idempotency_key=None)   # raises QuotaExceeded when spent

    ``page_passes`` and ``browser_calls_per_hour``: the web page's own requests (see :mod:`.page_passes`).

    ``clock`` gives the time as an aware UTC datetime; caches read it too, so tests can move it.
    """

    def __init__(self, store: AccountStore, limiter: RateLimiter, tokens: AccessTokens, *,
                 refresh_lifetime: timedelta, key_mode: str, key_cache_seconds: float,
                 login_failures_per_account: int, login_failures_per_address: int, upgrade_url: str,
                 page_passes: PagePasses, browser_calls_per_hour: int,
                 clock: Clock = utc_now) -> None:
        self._store = store
        self._limiter = limiter
        self._tokens = tokens
        self._refresh_lifetime = refresh_lifetime
        self._key_mode = key_mode
        self._login_limits = {"account": login_failures_per_account, "address": login_failures_per_address}
        self._upgrade_url = upgrade_url
        self._page_passes = page_passes
        self._browser_calls_per_hour = browser_calls_per_hour
        self._clock = clock
        seconds: Callable[[], float] = lambda: clock().timestamp()  # noqa: E731
        self._keys: _TtlCache[str, tuple[ApiKey, Account] | None] = _TtlCache(key_cache_seconds, seconds)
        self._accounts: _TtlCache[str, Account | None] = _TtlCache(key_cache_seconds, seconds)
        self._entitlements: _TtlCache[str, tuple[Plan, Period]] = _TtlCache(key_cache_seconds, seconds)
        self._plans: _TtlCache[None, dict[str, Plan]] = _TtlCache(key_cache_seconds, seconds)
        self._touched: dict[str, float] = {}

    # -- accounts and logins ------------------------------------------------------------------------------

    def sign_up(self, email: str, password: str, *, is_admin: bool = False) -> Account:
        """A new account on the free plan; raises ``InvalidEmail``, ``WeakPassword`` or ``EmailTaken``."""
        normalised = normalise_email(email)
        if len(password) < MIN_PASSWORD_CHARS:
            raise errors.WeakPassword(MIN_PASSWORD_CHARS)
        account = Account(id=str(uuid.uuid4()), email=normalised, is_admin=is_admin, created_at=self._clock())
        self._store.add_account(account, hash_password(password))
        return account

    def sign_up_quietly(self, email: str, password: str) -> Account:
        """As :meth:`sign_up` for anyone on the internet: an email that already has an account answers an
        account that is never stored, shaped as a new one is (a fresh id, the time now), and the existing
        account is left as it was. So a sign-up tells no one which emails have accounts; only logging in with
        the password does, and failed logins are throttled. Raises ``InvalidEmail`` or ``WeakPassword``."""
        try:
            return self.sign_up(email, password)
        except errors.EmailTaken as taken:
            # The password was hashed before the store refused it: a taken email costs the time a new one does.
            return Account(id=str(uuid.uuid4()), email=taken.subject_id, is_admin=False, created_at=self._clock())

    def login(self, email: str, password: str, *, address: str) -> TokenPair:
        """Tokens for the account; raises :class:`InvalidLogin`, or :class:`LoginThrottled` after too many
        failures for this account or from this address (checked before the password, so a throttled
        guesser learns nothing)."""
        normalised = email.strip().lower()
        throttles = [(f"login:account:{normalised}", self._login_limits["account"]),
                     (f"login:address:{address}", self._login_limits["address"])]
        waits = [state.reset_seconds for key, limit in throttles for state in self._login_states(key, limit)
                 if not state.allowed]
        if waits:
            raise errors.LoginThrottled(retry_after=max(waits))
        record = self._store.login_record(normalised)
        if record is None or not verify_password(record[1], password):
            for key, limit in throttles:
                for multiple, window in _LOGIN_WINDOWS:
                    self._limiter.hit(key, limit=limit * multiple, window_seconds=window)
            raise errors.InvalidLogin
        account, password_hash = record
        if needs_rehash(password_hash):
            self._store.set_password_hash(account.id, hash_password(password))
        return self._issue(account.id, family=str(uuid.uuid4()))

    def _login_states(self, key: str, limit: int) -> list[RateLimitState]:
        return [self._limiter.peek(key, limit=limit * multiple, window_seconds=window)
                for multiple, window in _LOGIN_WINDOWS]

    def _issue(self, account_id: str, *, family: str) -> TokenPair:
        now = self._clock()
        refresh = new_refresh_token()
        self._store.add_refresh_token(refresh_digest(refresh), family, account_id, now + self._refresh_lifetime)
        return TokenPair(access_token=self._tokens.issue(account_id, now), refresh_token=refresh,
                         expires_in=int(self._tokens.lifetime.total_seconds()))

    def refresh(self, refresh_token: str) -> TokenPair:
        """New tokens for a live refresh token, which is used up; a used-up one revokes its whole family
        (someone holds a copy) and, like an unknown or expired one, raises :class:`NotAuthenticated`."""
        now = self._clock()
        new = new_refresh_token()
        account_id = self._store.rotate_refresh_token(refresh_digest(refresh_token), refresh_digest(new), now,
                                                      now + self._refresh_lifetime)
        if account_id is None:
            raise errors.NotAuthenticated("the refresh token is invalid, expired or already used")
        return TokenPair(access_token=self._tokens.issue(account_id, now), refresh_token=new,
                         expires_in=int(self._tokens.lifetime.total_seconds()))

    def logout(self, refresh_token: str) -> None:
        """Revoke the refresh token and every token rotated from the same login."""
        self._store.revoke_refresh_family(refresh_digest(refresh_token), self._clock())

    def account_by_email(self, email: str) -> Account:
        record = self._store.login_record(normalise_email(email))
        if record is None:
            raise errors.AccountNotFound(email)
        return record[0]

    # -- who is calling -----------------------------------------------------------------------------------

    def authenticate(self, authorization: str | None, *, address: str) -> Principal:
        """The caller of a request from its ``Authorization`` header: an API key or an access token after
        ``Bearer``, or nobody (anonymous, counted by ``address``). A credential that is present but wrong,
        expired or revoked raises :class:`NotAuthenticated`: it never falls back to anonymous."""
        if authorization is None:
            return self._anonymous(address)
        scheme, _, token = authorization.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise errors.NotAuthenticated("the Authorization header must be 'Bearer <API key or access token>'")
        if looks_like_api_key(token):
            return self._by_key(token)
        account_id = self._tokens.verify(token, self._clock())
        account = self._accounts.get(account_id, lambda: self._store.account(account_id))
        if account is None:
            raise errors.NotAuthenticated("the access token's account no longer exists")
        return self.as_account(account)

    def as_account(self, account: Account) -> Principal:
        """The account acting for itself (signed in, or its operator at the CLI): every user scope, and
        ``admin`` for an admin account."""
        admin: frozenset[Scope] = frozenset({"admin"}) if account.is_admin else frozenset()
        return self._principal(account, USER_SCOPES | admin, key_id=None)

    def _by_key(self, key: str) -> Principal:
        if not is_well_formed(key):
            raise errors.NotAuthenticated("the API key is malformed")
        digest = key_digest(key)
        found = self._keys.get(digest, lambda: self._key_and_account(digest))
        if found is None:
            raise errors.NotAuthenticated("the API key is unknown or revoked")
        api_key, account = found
        self._touch(api_key.id)
        return self._principal(account, frozenset(api_key.scopes), key_id=api_key.id)

    def _key_and_account(self, digest: str) -> tuple[ApiKey, Account] | None:
        api_key = self._store.key_by_digest(digest)
        if api_key is None or api_key.revoked_at is not None:
            return None
        account = self._store.account(api_key.account_id)
        return (api_key, account) if account is not None else None

    def _touch(self, key_id: str) -> None:
        now = self._clock().timestamp()
        if now - self._touched.get(key_id, float("-inf")) >= _KEY_TOUCH_SECONDS:
            self._touched[key_id] = now
            self._store.touch_key(key_id, self._clock())

    def _anonymous(self, address: str) -> Principal:
        return Principal(subject=f"address:{address}", plan=self.plan(FREE_PLAN),
                         period=calendar_month(self._clock()), scopes=USER_SCOPES)

    def _principal(self, account: Account, scopes: frozenset[Scope], *, key_id: str | None) -> Principal:
        plan, period = self._entitlements.get(account.id, lambda: self._entitlement(account.id))
        return Principal(subject=account.id, plan=plan, period=period, scopes=scopes, account=account,
                         key_id=key_id)

    def _entitlement(self, account_id: str) -> tuple[Plan, Period]:
        now = self._clock()
        subscription = self._store.subscription(account_id, now)
        if subscription is None:
            return self.plan(FREE_PLAN), calendar_month(now)
        return self.plan(subscription.plan), Period(subscription.period_start, subscription.period_end)

    @staticmethod
    def require(principal: Principal, scope: Scope) -> None:
        """Raises :class:`MissingScope` unless ``principal`` holds ``scope``."""
        if scope not in principal.scopes:
            raise errors.MissingScope(scope)

    # -- plans, quotas, rate limits -----------------------------------------------------------------------

    def plans(self) -> list[Plan]:
        """Every plan, cheapest first (read again after the cache's few seconds: plans are data)."""
        return list(self._plans.get(None, lambda: {p.name: p for p in self._store.plans()}).values())

    def plan(self, name: str) -> Plan:
        plans = self._plans.get(None, lambda: {p.name: p for p in self._store.plans()})
        if name not in plans:
            raise errors.UnknownPlan(name)
        return plans[name]

    def charge_debate(self, principal: Principal, *, idempotency_key: str | None, action: str = "debate",
                      debate_id: str | None = None, request_digest: str | None = None) -> Charge:
        """Take one debate (``debate_id``, asked by a request whose SHA-256 is ``request_digest``) from the
        principal's allowance for this period, atomically. The same ``idempotency_key`` again takes nothing
        and answers with the first charge (``replayed``, its ``debate_id``); sent with another request it
        raises :class:`IdempotencyKeyReused`. Raises :class:`QuotaExceeded` when the allowance is spent."""
        now = self._clock()
        plan = principal.plan
        charge = self._store.charge(ChargeRequest(
            subject=principal.subject, account_id=principal.account.id if principal.account else None,
            key_id=principal.key_id, action=action, idempotency_key=idempotency_key,
            period_start=principal.period.start, allowance=plan.debates_per_month, at=now, debate_id=debate_id,
            request_digest=request_digest))
        if charge.replayed and charge.request_digest != request_digest:
            assert idempotency_key is not None
            raise errors.IdempotencyKeyReused(idempotency_key)
        if not charge.accepted:
            assert plan.debates_per_month is not None
            raise errors.QuotaExceeded(plan.name, plan.debates_per_month, upgrade_url=self._upgrade_url,
                                       retry_after=max(1.0, (principal.period.end - now).total_seconds()))
        return charge

    def refund(self, charge: Charge) -> None:
        """Give back a charge taken now (not a replay) whose debate never started."""
        if charge.ledger_id is not None and not charge.replayed:
            self._store.refund(charge.ledger_id)

    def meter(self, principal: Principal, *, address: str, page_pass: str | None = None) -> RateLimitState:
        """Count one metered API call from ``address``: against the plan's calls per hour, or, for the web
        page's own request (a valid ``page_pass`` for ``address``, and no API key), against the browser limit
        of that address. Raises :class:`RateLimited` (its ``limit`` and ``retry_after`` say the window) when
        they are used up."""
        if page_pass is not None and principal.key_id is None and self._page_passes.is_valid(page_pass, address):
            key, limit, allowance = f"browser:{address}", self._browser_calls_per_hour, "the web page"
        else:
            plan = principal.plan
            key, limit, allowance = f"calls:{principal.subject}", plan.calls_per_hour, f"the {plan.name} plan"
        state = self._limiter.hit(key, limit=limit, window_seconds=HOUR_SECONDS)
        if not state.allowed:
            raise errors.RateLimited(allowance, limit, retry_after=state.reset_seconds)
        return state

    def issue_page_pass(self, address: str) -> str:
        """A page pass for a page rendered for ``address``, valid :attr:`page_pass_lifetime` from there."""
        return self._page_passes.issue(address)

    @property
    def page_pass_lifetime(self) -> timedelta:
        return self._page_passes.lifetime

    def summary(self, principal: Principal) -> UsageSummary:
        if principal.account is None:
            raise errors.NotAuthenticated("sign in or send an API key to see your account")
        used = self._store.debates_used(principal.subject, principal.period.start)
        return UsageSummary(account=principal.account, plan=principal.plan, period=principal.period,
                            debates_used=used, subscription=self._store.subscription(principal.subject, self._clock()))

    # -- API keys -----------------------------------------------------------------------------------------

    def create_key(self, principal: Principal, *, name: str, scopes: Collection[str]) -> IssuedKey:
        """A new key for the principal's account with ``scopes``: ``admin`` only for an admin account, and
        when the principal is itself a key, only scopes that key holds (a key never mints a stronger one)."""
        account = principal.account
        if account is None:
            raise errors.NotAuthenticated("only an account can have API keys")
        unknown = sorted(set(scopes) - set(SCOPES))
        if unknown:
            raise errors.UnknownScope(unknown[0])
        beyond = sorted(set(scopes) - principal.scopes) if principal.key_id is not None else []
        if beyond:
            raise errors.MissingScope(beyond[0])
        if "admin" in scopes and not account.is_admin:
            raise errors.MissingScope("admin")
        secret = new_api_key(self._key_mode)
        ordered = tuple(s for s in SCOPES if s in scopes)
        record = NewApiKey(id=str(uuid.uuid4()), account_id=account.id, name=name, prefix=display_prefix(secret),
                           digest=key_digest(secret), scopes=ordered, created_at=self._clock())
        self._store.add_key(record)
        key = ApiKey(id=record.id, account_id=account.id, name=name, prefix=record.prefix, scopes=ordered,
                     created_at=record.created_at, last_used_at=None)
        return IssuedKey(key=key, secret=secret)

    def keys(self, account: Account) -> list[ApiKey]:
        return self._store.keys(account.id)

    def revoke_key(self, account: Account, key_id: str) -> None:
        """Revoke one of the account's keys; it stops working within the key cache's seconds everywhere.
        Raises :class:`ApiKeyNotFound` for a key it does not own."""
        if not self._store.revoke_key(account.id, key_id, self._clock()):
            raise errors.ApiKeyNotFound(key_id)
