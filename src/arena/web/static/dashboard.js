/* The operator dashboard (/admin, accounts on, the admin scope): health and breaker states (GET /healthz),
 * the debates being written now (GET /v1/admin/streams) and the analytics (GET /v1/admin/analytics). */

import { analytics } from "./js/analytics.js";
import { $, el, problemOf } from "./js/dom.js";
import { operations } from "./js/operations.js";
import { session } from "./js/session.js";

const REFRESH_MS = 15_000;

function refuse(...content) {
  $("dashboard").hidden = true;
  $("dashboard-problem").replaceChildren(...content);
  $("dashboard-problem").hidden = false;
}

async function open() {
  await session.restore();
  if (!session.me) {
    refuse(el("p", {}, "The dashboard is for operators: ", el("a", { href: "/account", text: "log in" }),
                " with an operator account first."));
    return;
  }
  const streams = await session.fetch("/v1/admin/streams");
  if (!streams.ok) {
    const problem = await problemOf(streams);
    refuse(el("p", { text: streams.status === 403
      ? `Not allowed (403): this dashboard is for operators, and ${session.me.account.email} is not one.`
      : problem.detail || "The dashboard cannot be shown." }));
    return;
  }
  $("dashboard-problem").hidden = true;
  $("dashboard").hidden = false;
  operations.showStreams(await streams.json());
  await Promise.all([operations.showHealth(), analytics.load()]);
  setInterval(() => { if (!document.hidden) operations.refresh(); }, REFRESH_MS);
}

session.initNav(() => open());
operations.init();
analytics.init();
open().catch((error) => refuse(el("p", { text: `Arena could not be reached (${error.message}).` })));
