/* The account's API keys: make one (name and scopes; the key shown once, with a copy button), list them
 * (prefix, name, scopes, created, last used) and revoke one. */

import { $, el, problemOf } from "./dom.js";
import { session } from "./session.js";

const USER_SCOPES = ["debates:write", "debates:read", "chat"];
const CHECKED = new Set(["debates:write", "debates:read"]);
const when = (iso) => (iso ? new Date(iso).toLocaleString() : "never");

export const keys = {
  init(showProblem) {
    $("key-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.create(showProblem);
    });
    $("copy-key").addEventListener("click", () => this.copy());
  },

  async show(me, showProblem) {
    const scopes = me.account.is_admin ? [...USER_SCOPES, "admin"] : USER_SCOPES;
    $("key-scopes").replaceChildren(...scopes.map((scope) => el("label", { class: "scope" },
      el("input", { type: "checkbox", name: "scope", value: scope, checked: CHECKED.has(scope) }), ` ${scope}`)));
    $("new-key").hidden = true;
    await this.list(showProblem);
  },

  async list(showProblem) {
    const response = await session.fetch("/v1/api-keys");
    if (!response.ok) {
      showProblem(await problemOf(response));
      return;
    }
    const rows = (await response.json()).map((key) => {
      const revoke = el("button", { type: "button", class: "secondary", "aria-label": `Revoke ${key.name}`,
                                    text: "Revoke" });
      revoke.addEventListener("click", () => this.revoke(key, showProblem));
      return el("tr", {},
        el("th", { scope: "row", text: key.name }),
        el("td", {}, el("code", { text: `${key.prefix}…` })),
        el("td", { text: key.scopes.join(", ") }),
        el("td", { text: when(key.created_at) }),
        el("td", { text: when(key.last_used_at) }),
        el("td", {}, revoke));
    });
    $("key-rows").replaceChildren(...(rows.length ? rows
      : [el("tr", {}, el("td", { colspan: "6", text: "No keys yet." }))]));
  },

  async create(showProblem) {
    showProblem(null);
    const form = $("key-form");
    const name = form.elements.name.value.trim();
    const scopes = [...form.querySelectorAll("input[name=scope]:checked")].map((box) => box.value);
    if (!name || !scopes.length) {
      showProblem({ detail: "Give the key a name and at least one scope." });
      return;
    }
    const response = await session.fetch("/v1/api-keys", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name, scopes }),
    });
    if (response.status !== 201) {
      showProblem(await problemOf(response));
      return;
    }
    const created = await response.json();
    form.elements.name.value = "";
    $("new-key-value").textContent = created.key;
    $("copy-key-status").textContent = "";
    $("new-key").hidden = false;
    $("new-key-heading").focus();
    await this.list(showProblem);
  },

  async copy() {
    const status = $("copy-key-status");
    try {
      await navigator.clipboard.writeText($("new-key-value").textContent);
      status.textContent = "Copied.";
    } catch {
      getSelection().selectAllChildren($("new-key-value"));
      status.textContent = "Selected: copy it with your keyboard or menu.";
    }
  },

  async revoke(key, showProblem) {
    if (!confirm(`Revoke the key “${key.name}”? Anything using it is refused from now on.`)) return;
    const response = await session.fetch(`/v1/api-keys/${encodeURIComponent(key.id)}`, { method: "DELETE" });
    if (response.status !== 204) {
      showProblem(await problemOf(response));
      return;
    }
    $("account-status").textContent = `Key “${key.name}” revoked.`;
    if ($("new-key-value").textContent.startsWith(key.prefix)) $("new-key").hidden = true;
    await this.list(showProblem);
  },
};
