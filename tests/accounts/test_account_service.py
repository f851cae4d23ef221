"""The accounts service on real databases (SQLite and PostgreSQL): sign-up, logins and refresh tokens, API
keys and their revocation, who a request is, quotas with idempotency, and tenancy."""

from __future__ import annotations

import pytest
from gateway_servers import PASSWORD, Clock, make_service, unique_email

from arena.accounts import (
    AccountService,
    AccountsRefusedValue,
    ApiKeyNotFound,
    EmailTaken,
    InvalidEmail,
    InvalidLogin,
    LoginThrottled,
    MissingScope,
    NotAuthenticated,
    QuotaExceeded,
    UnknownScope,
    WeakPassword,
)
from arena.accounts.adapters.sql_accounts import SqlAccountStore


def test_sign_up_normalises_the_email_and_refuses_it_twice(service: AccountService) -> None:
    email = unique_email()
    account = service.sign_up(f"  {email.upper()} ", PASSWORD)
    assert account.email == email
    with pytest.raises(EmailTaken):
        service.sign_up(email.capitalize(), PASSWORD)


def test_a_quiet_sign_up_answers_a_taken_email_as_a_new_one_and_changes_nothing(service: AccountService) -> None:
    email = unique_email()
    first = service.sign_up_quietly(email, PASSWORD)
    again = service.sign_up_quietly(f" {email.upper()}", "another password entirely")
    assert (again.email, again.is_admin, type(again.id)) == (first.email, first.is_admin, str)
    assert again.id != first.id and again.created_at >= first.created_at
    # The account is the first one, with its own password; the second sign-up stored nothing.
    assert service.login(email, PASSWORD, address="192.0.2.1").access_token
    with pytest.raises(InvalidLogin):
        service.login(email, "another password entirely", address="192.0.2.1")
    with pytest.raises(EmailTaken):
        service.sign_up(email, PASSWORD)  # the operator's sign-up (the CLI) still says so


def test_a_quiet_sign_up_still_refuses_what_a_client_must_fix(service: AccountService) -> None:
    with pytest.raises(WeakPassword):
        service.sign_up_quietly(unique_email(), "123456789")
    with pytest.raises(InvalidEmail):
        service.sign_up_quietly("not-an-address", PASSWORD)


def test_sign_up_refuses_short_passwords_and_non_addresses(service: AccountService) -> None:
    with pytest.raises(WeakPassword):
        service.sign_up(unique_email(), "123456789")
    with pytest.raises(InvalidEmail):
        service.sign_up("not-an-address", PASSWORD)


def test_password_is_stored_as_argon2id(service: AccountService, store: SqlAccountStore) -> None:
    email = unique_email()
    service.sign_up(email, PASSWORD)
    record = store.login_record(email)
    assert record is not None
    assert record[1].startswith("$argon2id$") and PASSWORD not in record[1]


def test_login_gives_an_access_token_that_authenticates(service: AccountService) -> None:
    email = unique_email()
    account = service.sign_up(email, PASSWORD)
    tokens = service.login(email.upper(), PASSWORD, address="192.0.2.1")
    principal = service.authenticate(f"Bearer {tokens.access_token}", address="192.0.2.1")
    assert principal.account == account
    assert principal.subject == account.id
    assert principal.plan.name == "free"
    assert "admin" not in principal.scopes
    with pytest.raises(InvalidLogin):
        service.login(email, "wrong password!", address="192.0.2.1")


def test_access_token_expires_after_its_lifetime(service: AccountService, clock: Clock) -> None:
    email = unique_email()
    service.sign_up(email, PASSWORD)
    tokens = service.login(email, PASSWORD, address="192.0.2.1")
    clock.advance(15 * 60)
    with pytest.raises(NotAuthenticated, match="expired"):
        service.authenticate(f"Bearer {tokens.access_token}", address="192.0.2.1")


def test_refresh_rotates_and_reuse_revokes_the_whole_family(service: AccountService) -> None:
    email = unique_email()
    service.sign_up(email, PASSWORD)
    first = service.login(email, PASSWORD, address="192.0.2.1")
    second = service.refresh(first.refresh_token)
    assert second.refresh_token != first.refresh_token
    with pytest.raises(NotAuthenticated):
        service.refresh(first.refresh_token)  # reuse: someone holds a copy
    with pytest.raises(NotAuthenticated):
        service.refresh(second.refresh_token)  # so the live one of the family is gone too
    other_login = service.login(email, PASSWORD, address="192.0.2.1")
    assert service.refresh(other_login.refresh_token).access_token  # another login's family is untouched


def test_refresh_token_expires_and_logout_revokes(service: AccountService, clock: Clock) -> None:
    email = unique_email()
    service.sign_up(email, PASSWORD)
    tokens = service.login(email, PASSWORD, address="192.0.2.1")
    service.logout(tokens.refresh_token)
    with pytest.raises(NotAuthenticated):
        service.refresh(tokens.refresh_token)
    later = service.login(email, PASSWORD, address="192.0.2.1")
    clock.advance(30 * 24 * 3600)
    with pytest.raises(NotAuthenticated):
        service.refresh(later.refresh_token)


def test_failed_logins_are_throttled_per_account_with_a_wait(service: AccountService) -> None:
    email = unique_email()
    service.sign_up(email, PASSWORD)
    for attempt in range(5):
        with pytest.raises(InvalidLogin):
            service.login(email, f"wrong password {attempt}", address=f"192.0.2.{attempt}")
    with pytest.raises(LoginThrottled) as throttled:
        service.login(email, PASSWORD, address="192.0.2.99")  # even the right password waits
    assert 1 <= throttled.value.retry_after <= 60


def test_failed_logins_are_throttled_per_address(store: SqlAccountStore, clock: Clock) -> None:
    service = make_service(store, clock, login_failures_per_address=3)
    email = unique_email()
    service.sign_up(email, PASSWORD)
    for _ in range(3):
        with pytest.raises(InvalidLogin):
            service.login(unique_email(), PASSWORD, address="198.51.100.7")
    with pytest.raises(LoginThrottled):
        service.login(email, PASSWORD, address="198.51.100.7")
    assert service.login(email, PASSWORD, address="198.51.100.8").access_token


def test_api_key_is_shown_once_stored_hashed_and_listed_by_prefix(service: AccountService,
                                                                    store: SqlAccountStore) -> None:
    account = service.sign_up(unique_email(), PASSWORD)
    issued = service.create_key(service.as_account(account), name="ci", scopes=["debates:read", "debates:write"])
    assert issued.secret.startswith("arena_test_")
    assert issued.key.scopes == ("debates:write", "debates:read")
    [listed] = service.keys(account)
    assert listed.prefix == issued.secret[:19] and listed.name == "ci"
    assert store.key_by_digest(issued.secret) is None  # only the digest is stored
    principal = service.authenticate(f"Bearer {issued.secret}", address="192.0.2.1")
    assert principal.key_id == issued.key.id and principal.scopes == {"debates:write", "debates:read"}
    assert service.keys(account)[0].last_used_at is not None


def test_revoked_key_is_refused_once_the_cache_lapses(service: AccountService, clock: Clock) -> None:
    account = service.sign_up(unique_email(), PASSWORD)
    issued = service.create_key(service.as_account(account), name="ci", scopes=["chat"])
    service.authenticate(f"Bearer {issued.secret}", address="192.0.2.1")
    service.revoke_key(account, issued.key.id)
    assert service.keys(account) == []
    clock.advance(2)
    with pytest.raises(NotAuthenticated, match="revoked"):
        service.authenticate(f"Bearer {issued.secret}", address="192.0.2.1")


def test_bad_credentials_are_refused_never_anonymous(service: AccountService) -> None:
    account = service.sign_up(unique_email(), PASSWORD)
    good = service.create_key(service.as_account(account), name="ci", scopes=["chat"]).secret
    tampered = good[:-7] + ("A" if good[-7] != "A" else "B") + good[-6:]
    for header in (f"Bearer {tampered}", "Bearer arena_live_nope", "Bearer not.a.jwt", "Basic dXNlcjpwYXNz",
                   "Bearer "):
        with pytest.raises(NotAuthenticated):
            service.authenticate(header, address="192.0.2.1")
    anonymous = service.authenticate(None, address="192.0.2.1")
    assert anonymous.is_anonymous and anonymous.subject == "address:192.0.2.1" and anonymous.plan.name == "free"


def test_keys_get_no_scope_their_maker_lacks(service: AccountService) -> None:
    account = service.sign_up(unique_email(), PASSWORD)
    with pytest.raises(MissingScope):
        service.create_key(service.as_account(account), name="x", scopes=["admin"])
    with pytest.raises(UnknownScope):
        service.create_key(service.as_account(account), name="x", scopes=["debates:delete"])
    chat_only = service.create_key(service.as_account(account), name="x", scopes=["chat"]).secret
    as_key = service.authenticate(f"Bearer {chat_only}", address="192.0.2.1")
    with pytest.raises(MissingScope):
        service.create_key(as_key, name="y", scopes=["debates:write"])
    with pytest.raises(MissingScope):
        AccountService.require(as_key, "debates:write")
    admin = service.sign_up(unique_email(), PASSWORD, is_admin=True)
    assert service.create_key(service.as_account(admin), name="ops", scopes=["admin"]).key.scopes == ("admin",)


def test_quota_takes_one_debate_each_and_refuses_the_sixth(service: AccountService) -> None:
    principal = service.as_account(service.sign_up(unique_email(), PASSWORD))
    charges = [service.charge_debate(principal, idempotency_key=None) for _ in range(5)]
    assert [c.used for c in charges] == [1, 2, 3, 4, 5]
    with pytest.raises(QuotaExceeded) as refused:
        service.charge_debate(principal, idempotency_key=None)
    assert refused.value.upgrade_url == "/v1/plans" and refused.value.retry_after >= 1
    assert service.summary(principal).debates_used == 5


def test_idempotency_key_never_charges_twice_and_refund_gives_back(service: AccountService) -> None:
    principal = service.as_account(service.sign_up(unique_email(), PASSWORD))
    first = service.charge_debate(principal, idempotency_key="order-1")
    again = service.charge_debate(principal, idempotency_key="order-1")
    assert (first.accepted, first.replayed, again.accepted, again.replayed) == (True, False, True, True)
    assert again.ledger_id == first.ledger_id
    assert service.summary(principal).debates_used == 1
    service.refund(again)  # a replay gives nothing back
    assert service.summary(principal).debates_used == 1
    service.refund(first)
    assert service.summary(principal).debates_used == 0


def test_anonymous_callers_share_nothing_across_addresses(service: AccountService) -> None:
    first = service.authenticate(None, address="192.0.2.10")
    for _ in range(5):
        service.charge_debate(first, idempotency_key=None)
    with pytest.raises(QuotaExceeded):
        service.charge_debate(first, idempotency_key=None)
    assert service.charge_debate(service.authenticate(None, address="192.0.2.11"), idempotency_key=None).used == 1


def test_keys_and_usage_of_one_account_are_invisible_to_another(service: AccountService) -> None:
    alice = service.sign_up(unique_email(), PASSWORD)
    bob = service.sign_up(unique_email(), PASSWORD)
    alice_key = service.create_key(service.as_account(alice), name="alice", scopes=["chat"])
    service.charge_debate(service.as_account(alice), idempotency_key="shared-key")
    assert service.keys(bob) == []
    with pytest.raises(ApiKeyNotFound):
        service.revoke_key(bob, alice_key.key.id)
    assert service.summary(service.as_account(bob)).debates_used == 0
    bob_charge = service.charge_debate(service.as_account(bob), idempotency_key="shared-key")
    assert not bob_charge.replayed  # idempotency keys are per account
    assert service.authenticate(f"Bearer {alice_key.secret}", address="192.0.2.1").account == alice


def test_a_value_the_database_refuses_as_data_is_the_requests_fault_not_an_outage(service: AccountService) -> None:
    # PostgreSQL refuses text holding NUL (SQLite stores it, and finds no such key): asking again gets the same
    # answer, so it is a 422 for the caller, never "accounts unavailable, retry later" (503).
    account = service.sign_up(unique_email(), PASSWORD)
    with pytest.raises((AccountsRefusedValue, ApiKeyNotFound)):
        service.revoke_key(account, "key\x00")
