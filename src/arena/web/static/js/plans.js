/* The account's plan and the month's usage (GET /v1/me), the plans to upgrade to (GET /v1/plans) through
 * Stripe Checkout (POST /v1/billing/checkout, then off to the session's url), and the billing portal. */

import { $, el, problemOf } from "./dom.js";
import { session } from "./session.js";

const day = (iso) => new Date(iso).toLocaleDateString(undefined, { day: "numeric", month: "long", year: "numeric" });

function price(plan) {
  if (!plan.price_cents) return "Free";
  const amount = new Intl.NumberFormat(undefined, { style: "currency", currency: (plan.currency || "usd").toUpperCase() })
    .format(plan.price_cents / 100);
  return `${amount} a month`;
}

const allowance = (perMonth) => (perMonth === null ? "unlimited debates" : `${perMonth} debates`);

/** A billing call's problem, with when to try again if Stripe is out of reach (503 with Retry-After). */
async function billingProblem(response) {
  const problem = await problemOf(response);
  const wait = response.headers.get("Retry-After");
  if (response.status === 503 && wait) problem.detail = `${problem.detail || "Billing is unavailable."} Try again in ${wait} s.`;
  return problem;
}

export const plans = {
  me: null,

  init(showProblem) {
    $("manage-billing").addEventListener("click", () => this.go("/v1/billing/portal", undefined, showProblem));
  },

  async show(me, showProblem) {
    this.me = me;
    const used = me.usage.debates;
    const limit = me.limits.debates_per_month;
    const until = day(me.period.end);
    $("plan-summary").textContent = `You are on the ${me.plan.name} plan: ${allowance(limit)} and ` +
      `${me.limits.calls_per_hour} API calls an hour.`;
    const meter = $("usage-meter");
    meter.hidden = limit === null;
    if (limit !== null) Object.assign(meter, { max: limit, value: used, high: limit * 0.8, optimum: 0 });
    $("usage-text").textContent = limit === null
      ? `${used} debates this month (unlimited); the period ends ${until}.`
      : `${used} of ${limit} debates used this month; ${me.usage.debates_remaining} left until ${until}.`;
    // Billing adds the subscription to /v1/me: with none, there is no billing account to manage yet.
    $("manage-billing").hidden = me.subscription === null;
    await this.list(showProblem);
  },

  async list(showProblem) {
    const response = await fetch("/v1/plans");
    if (!response.ok) {
      $("plan-list").replaceChildren(el("li", { text: "The plans cannot be shown right now." }));
      return;
    }
    const current = this.me.plan;
    $("plan-list").replaceChildren(...(await response.json()).plans.map((plan) => {
      const mine = plan.id === current.name;
      const item = el("li", { class: mine ? "plan current" : "plan" },
        el("h3", { text: plan.name }),
        el("p", { class: "price", text: price(plan) }),
        el("p", { text: `${allowance(plan.debates_per_month)} a month, ${plan.api_calls_per_hour} API calls an hour` }),
        el("ul", { class: "features" }, ...plan.features.map((feature) => el("li", { text: feature }))));
      if (mine) item.append(el("p", { class: "badge", text: "Your plan" }));
      else if (plan.price_cents > current.price_cents) {
        const button = el("button", { type: "button", text: `Upgrade to ${plan.name}` });
        button.addEventListener("click", () => this.go("/v1/billing/checkout", { plan: plan.id }, showProblem));
        item.append(button);
      }
      return item;
    }));
  },

  /** Asks Arena for a Stripe page (Checkout or the portal) and goes there. */
  async go(url, body, showProblem) {
    showProblem(null);
    const response = await session.fetch(url, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 201) {
      location.assign((await response.json()).url);
      return;
    }
    showProblem(await billingProblem(response));
  },
};
