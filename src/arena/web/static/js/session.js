/* Who is signed in on this tab, while accounts are on (the body's data-accounts="on"); the masthead's
 * Account nav; and fetch with the account's bearer token, so what the page does counts for the account.
 *
 * The access token (15 minutes) lives only in this module's memory. The refresh token is kept in
 * sessionStorage, not in an HttpOnly cookie: the account pages and the debate page are separate documents,
 * so it must outlive a page load, and Arena's API takes it in the JSON body of /v1/auth/refresh and
 * /v1/auth/logout, the same contract for every client. A cookie would be sent by the browser on its own,
 * so those routes would then need CSRF defences; sessionStorage is sent only when this code sends it, is
 * scoped to this origin and this tab, and is gone when the tab closes. What it costs is exposure to a
 * script injected into the page, which the page guards against by loading scripts only from Arena and
 * writing every server-provided string as text (dom.js's el), never as HTML; and a stolen refresh token
 * works once: reusing a rotated one revokes its whole login. */

import { $, problemOf } from "./dom.js";

const REFRESH_KEY = "arena.refresh_token";
const EARLY_REFRESH_MS = 30_000; // refresh a little before the access token lapses

export const session = {
  enabled: document.body.dataset.accounts === "on",
  access: null,
  expiresAt: 0,
  me: null,
  pending: null,
  ready: Promise.resolve(null),

  /** Picks up this tab's login (a new access token for the stored refresh token) and the account. */
  restore() {
    this.ready = this.enabled && sessionStorage.getItem(REFRESH_KEY)
      ? this.refresh().then((ok) => (ok ? this.loadMe() : null)).catch(() => null)
      : Promise.resolve(null);
    this.ready.then(() => this.renderNav());
    return this.ready;
  },

  keep(tokens) {
    this.access = tokens.access_token;
    this.expiresAt = Date.now() + tokens.expires_in * 1000 - EARLY_REFRESH_MS;
    sessionStorage.setItem(REFRESH_KEY, tokens.refresh_token);
  },

  forget() {
    this.access = null;
    this.me = null;
    sessionStorage.removeItem(REFRESH_KEY);
  },

  /** Logs in: null when it worked, else the problem (wrong password, throttled...). */
  async login(email, password) {
    const response = await fetch("/v1/auth/token", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password }),
    });
    if (!response.ok) return problemOf(response);
    this.keep(await response.json());
    await this.loadMe();
    this.renderNav();
    return null;
  },

  /** Creates the account, then logs in: null when both worked, else the problem. A sign-up answers alike
   * whether or not the email has an account (so no one learns which do); if it had one, the log-in that
   * follows works only with that account's password, and the page says so. */
  async signUp(email, password) {
    const response = await fetch("/v1/accounts", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password }),
    });
    if (!response.ok) return problemOf(response);
    const refused = await this.login(email, password);
    if (refused && refused.code === "invalid-login") {
      return { ...refused, detail: "If this email already has an account, log in with its password; "
        + "otherwise sign up with another email." };
    }
    return refused;
  },

  async logout() {
    const refreshToken = sessionStorage.getItem(REFRESH_KEY);
    this.forget();
    this.renderNav();
    if (refreshToken) {
      await fetch("/v1/auth/logout", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ refresh_token: refreshToken }),
      });
    }
  },

  /** New tokens for the stored refresh token (which is then used up); one request at a time. */
  refresh() {
    if (!this.pending) this.pending = this.rotate().finally(() => { this.pending = null; });
    return this.pending;
  },

  async rotate() {
    const refreshToken = sessionStorage.getItem(REFRESH_KEY);
    if (!refreshToken) return false;
    const response = await fetch("/v1/auth/refresh", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ refresh_token: refreshToken }),
    });
    if (!response.ok) {
      this.forget();
      this.renderNav();
      return false;
    }
    this.keep(await response.json());
    return true;
  },

  /** fetch, with the access token while signed in (refreshed when it has lapsed, and once on a 401). */
  async fetch(url, options = {}) {
    if (this.access && Date.now() > this.expiresAt) await this.refresh();
    const send = () => fetch(url, this.access
      ? { ...options, headers: { ...options.headers, Authorization: `Bearer ${this.access}` } } : options);
    const response = await send();
    if (response.status === 401 && this.access && await this.refresh()) return send();
    return response;
  },

  async loadMe() {
    const response = await this.fetch("/v1/me");
    this.me = response.ok ? await response.json() : null;
    return this.me;
  },

  get isAdmin() {
    return Boolean(this.me && this.me.account.is_admin);
  },

  renderNav() {
    const link = $("account-link");
    if (!link) return;
    link.textContent = this.me ? `Account (${this.me.account.email})` : "Log in or sign up";
    $("dashboard-item").hidden = !this.isAdmin;
    $("logout-item").hidden = !this.me;
  },

  /** The masthead's Log out button: ends the login, then shows the page signed out. */
  initNav(onChange = () => {}) {
    const button = $("logout-button");
    if (!button) return;
    button.addEventListener("click", async () => {
      await this.logout();
      onChange();
    });
  },
};
