"""The account screens and the operator dashboard in a real Chromium against a server with accounts on:
sign up, log out and in, an API key shown once then revoked, the usage meter moving after a debate, the
upgrade link past the quota, the dashboard's health, live streams and analytics for an operator and a 403
for anyone else; keyboard, axe-core and phone widths as on the debate page; nothing asked of another host."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import httpx
import pytest
from browser_contexts import ARTIFACTS, DEBATE_SECONDS, INSTALL, OfflineContexts, serious_violations, tab_to

from accounts.gateway_servers import PASSWORD, QUESTION, Clock, GatewayServer, make_service, subscribe, unique_email
from api_servers import SlowChatServer
from arena.accounts.adapters.sql_accounts import SqlAccountStore
from arena.db import make_engine

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = [pytest.mark.browser, pytest.mark.integration]

expect = pytest.importorskip("playwright.sync_api", reason=f"needs Playwright: {INSTALL}").expect

KEY_REVOKED_SECONDS = 5.0  # ARENA_API_KEY_CACHE_SECONDS at most


def _account(server: GatewayServer, *, admin: bool = False) -> tuple[str, str]:
    """A new account made directly in the server's database: (id, email)."""
    engine = make_engine(server.database_url)
    try:
        email = unique_email()
        account = make_service(SqlAccountStore(engine), Clock()).sign_up(email, PASSWORD, is_admin=admin)
        return account.id, email
    finally:
        engine.dispose()


def _log_in(page: Page, email: str) -> None:
    page.goto("/account")
    form = page.get_by_role("region", name="Log in")
    form.get_by_label("Email").fill(email)
    form.get_by_label("Password").fill(PASSWORD)
    form.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("status").filter(has_text="Signed in as")).to_have_text(f"Signed in as {email}.")


def _debate(page: Page) -> None:
    page.goto("/")
    page.get_by_label("Question", exact=True).fill(QUESTION)
    page.get_by_role("button", name="Debate", exact=True).click()
    page.get_by_role("button", name="Show all text now").click()
    expect(page.get_by_role("region", name="Verdict")).to_be_visible(timeout=DEBATE_SECONDS)


def _me(server: GatewayServer, key: str) -> int:
    return httpx.get(f"{server.base_url}/v1/me", headers={"Authorization": f"Bearer {key}"}).status_code


def test_sign_up_log_in_a_key_shown_once_then_revoked_and_usage_that_moves(
    account_pages: OfflineContexts, accounts_web_server: GatewayServer
) -> None:
    page = account_pages.new(reduced_motion="reduce").new_page()
    page.goto("/account")
    email = unique_email()
    # Sign up by keyboard alone.
    tab_to(page, page.get_by_role("region", name="Sign up").get_by_label("Email"))
    page.keyboard.type(email)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").filter(has_text="Signed in as")).to_have_text(f"Signed in as {email}.")
    expect(page.get_by_role("link", name=f"Account ({email})")).to_be_visible()
    expect(page.get_by_role("link", name="Dashboard")).to_be_hidden()
    assert page.locator("#usage-text").inner_text().startswith("0 of 5 debates used this month; 5 left")

    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("region", name="Log in")).to_be_visible()
    _log_in(page, email)

    keys = page.get_by_role("region", name="API keys")
    keys.get_by_label("Key name").fill("laptop")
    keys.get_by_role("checkbox", name="chat").check()
    keys.get_by_role("button", name="Create key").click()
    shown = page.get_by_role("region", name="Your new key")
    expect(shown).to_be_visible()
    key = page.locator("#new-key-value").inner_text()
    assert key.startswith("arena_live_")  # ARENA_API_KEY_MODE=live, the default
    row = keys.get_by_role("row", name="laptop")
    expect(row).to_contain_text("debates:write, debates:read, chat")
    expect(row).to_contain_text("never")
    assert key[:12] in row.inner_text() and key not in row.inner_text()
    shown.get_by_role("button", name="Copy key").click()
    expect(page.locator("#copy-key-status")).not_to_be_empty()
    assert _me(accounts_web_server, key) == 200

    page.reload()  # shown once: never again, not even to its owner
    expect(keys.get_by_role("row", name="laptop")).to_be_visible()
    assert key not in page.content()

    page.once("dialog", lambda dialog: dialog.accept())
    keys.get_by_role("button", name="Revoke laptop").click()
    expect(page.locator("#account-status")).to_have_text("Key “laptop” revoked.")
    expect(keys.get_by_role("row", name="laptop")).to_have_count(0)
    deadline = time.monotonic() + KEY_REVOKED_SECONDS + 1
    while _me(accounts_web_server, key) != 401 and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    assert _me(accounts_web_server, key) == 401

    _debate(page)  # as the signed-in account: the nav says so, the debate takes from its allowance
    expect(page.get_by_role("link", name=f"Account ({email})")).to_be_visible()
    page.goto("/account")
    expect(page.locator("#usage-text")).to_contain_text("1 of 5 debates used this month; 4 left")


def test_past_the_quota_the_page_offers_the_upgrade(
    account_pages: OfflineContexts, accounts_web_server: GatewayServer
) -> None:
    account_id, email = _account(accounts_web_server)
    subscribe(accounts_web_server.database_url, account_id, "free", used=5)
    page = account_pages.new().new_page()
    _log_in(page, email)
    assert page.locator("#usage-text").inner_text().startswith("5 of 5 debates used this month; 0 left")

    page.goto("/")
    page.get_by_label("Question", exact=True).fill(QUESTION)
    page.get_by_role("button", name="Debate", exact=True).click()

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("for more debates a month")
    assert alert.get_by_role("link", name="Upgrade your plan").get_attribute("href") == "/account#plans"


def test_operators_see_health_live_streams_and_analytics(
    account_pages: OfflineContexts, accounts_web_server: GatewayServer, held_writer: SlowChatServer
) -> None:
    _, email = _account(accounts_web_server, admin=True)
    held_writer.gate.clear()  # the debate below stays live while the dashboard shows it
    try:
        watcher = account_pages.new().new_page()
        response = httpx.post(f"{accounts_web_server.base_url}/v1/debates",
                              json={"question": QUESTION, "writer": "openai"}, timeout=60)
        assert response.status_code == 201, response.text
        watcher.goto(f"/debates/{response.json()['id']}")
        expect(watcher.locator("#viewers")).to_have_text("1 watching")

        page = account_pages.new().new_page()
        _log_in(page, email)
        page.get_by_role("link", name="Dashboard").click()
        expect(page.get_by_role("heading", name="Operator dashboard")).to_be_visible()

        health = page.get_by_role("table", name="Dependencies and their circuit breakers")
        expect(health.get_by_role("row", name="database (required)")).to_contain_text("up")
        expect(health.get_by_role("row", name="database (required)")).to_contain_text("closed")
        expect(page.locator("#health-status")).to_contain_text("Arena is")
        streams = page.get_by_role("table", name="Debates being written now")
        expect(streams.get_by_role("row", name=QUESTION)).to_contain_text("openai")
        expect(page.locator("#streams-summary")).to_contain_text("1 viewer")
    finally:
        held_writer.gate.set()

    expect(page.get_by_role("img", name="Debates per day")).to_be_visible()
    # No one has paid on this server: the revenue bars are empty, and their accessible name says so.
    expect(page.locator("[role=img][aria-label^='Bar chart, Revenue by plan']")).to_have_count(1)
    expect(page.locator("[role=img][aria-label^='Bar chart, Subscriptions by plan']")).to_have_count(1)
    assert page.locator("#analytics-charts canvas").count() == 1  # uPlot drew debates per day

    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert serious_violations(page) == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-1280.png"), full_page=True)
    page.set_viewport_size({"width": 375, "height": 812})
    page.screenshot(path=str(ARTIFACTS / "dashboard-375.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_anyone_but_an_operator_is_refused_the_dashboard(account_pages: OfflineContexts,
                                                         accounts_web_server: GatewayServer) -> None:
    _, email = _account(accounts_web_server)
    page = account_pages.new().new_page()
    page.goto("/admin")
    expect(page.get_by_role("alert")).to_contain_text("The dashboard is for operators: log in")

    _log_in(page, email)
    page.goto("/admin")

    expect(page.get_by_role("alert")).to_have_text(
        f"Not allowed (403): this dashboard is for operators, and {email} is not one.")
    assert page.locator("#dashboard").is_hidden()


def _sign_up(page: Page, email: str, password: str) -> None:
    page.goto("/account")
    form = page.get_by_role("region", name="Sign up")
    form.get_by_label("Email").fill(email)
    form.get_by_label("Password").fill(password)
    form.get_by_role("button", name="Sign up").click()


def test_signing_up_with_a_taken_email_says_to_log_in_and_leaks_nothing(account_pages: OfflineContexts,
                                                                        accounts_web_server: GatewayServer) -> None:
    _, email = _account(accounts_web_server)
    page = account_pages.new().new_page()

    _sign_up(page, email, "not the account's password")
    expect(page.get_by_role("alert")).to_have_text(
        "If this email already has an account, log in with its password; otherwise sign up with another email.")
    expect(page.get_by_role("region", name="Log in")).to_be_visible()

    _sign_up(page, email, PASSWORD)  # its owner, who forgot signing up: the account's own password signs in
    expect(page.get_by_role("status").filter(has_text="Signed in as")).to_have_text(f"Signed in as {email}.")


def test_a_control_character_in_the_email_is_named_in_words(account_pages: OfflineContexts) -> None:
    page = account_pages.new().new_page()
    _sign_up(page, "fan\u0007@example.com", PASSWORD)

    alert = page.get_by_role("alert")
    expect(alert).to_have_text("The email contains an invisible control character (U+0007) at character 4. "
                               "Delete it (it often comes along with pasted text) and try again.")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_account_screens_pass_axe_and_fit_a_phone(account_pages: OfflineContexts,
                                                       accounts_web_server: GatewayServer, scheme: str) -> None:
    page = account_pages.new(color_scheme=scheme).new_page()
    page.goto("/account")
    assert serious_violations(page) == []

    _log_in(page, _account(accounts_web_server)[1])
    page.get_by_role("region", name="API keys").get_by_label("Key name").fill("ci")
    page.get_by_role("button", name="Create key").click()
    expect(page.get_by_role("region", name="Your new key")).to_be_visible()
    assert serious_violations(page) == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"account-1280-{scheme}.png"), full_page=True)
    page.set_viewport_size({"width": 375, "height": 812})
    page.screenshot(path=str(ARTIFACTS / f"account-375-{scheme}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
