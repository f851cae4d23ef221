/* The dashboard's live state: each dependency's health and circuit breaker, and the debates being written
 * with their viewers. */

import { $, el, problemOf } from "./dom.js";
import { session } from "./session.js";

const cells = (...texts) => texts.map((text) => el("td", { text: String(text) }));

export const operations = {
  init() {
    $("refresh-dashboard").addEventListener("click", () => this.refresh());
  },

  async refresh() {
    const streams = await session.fetch("/v1/admin/streams");
    if (streams.ok) this.showStreams(await streams.json());
    else $("streams-summary").textContent = (await problemOf(streams)).detail || "Live streams cannot be shown.";
    await this.showHealth();
  },

  async showHealth() {
    const report = await (await fetch("/healthz")).json();
    $("health-status").textContent = `Arena is ${report.status}` +
      (report.breaker_state_shared ? "; breaker states are shared through Redis." : "; breaker states are per process.");
    $("health-rows").replaceChildren(...Object.entries(report.dependencies).map(([name, dependency]) => el("tr", {},
      el("th", { scope: "row", text: `${name}${dependency.required ? " (required)" : ""}` }),
      el("td", { class: `state ${dependency.status}`, text: dependency.status }),
      ...cells(dependency.breaker || "none"),
      el("td", { class: "num", text: dependency.latency_ms === null ? "–" : dependency.latency_ms.toFixed(1) }),
      ...cells(dependency.detail || ""))));
    $("degraded-features").textContent = report.degraded_features.length
      ? `Degraded: ${report.degraded_features.join("; ")}.` : "Nothing is degraded.";
  },

  showStreams({ streams, viewers }) {
    $("streams-summary").textContent = `${streams.length} ${streams.length === 1 ? "debate" : "debates"} being ` +
      `written in this process, ${viewers} ${viewers === 1 ? "viewer" : "viewers"}.`;
    $("stream-rows").replaceChildren(...(streams.length ? streams.map((stream) => el("tr", {},
      el("th", { scope: "row" }, el("a", { href: `/debates/${stream.id}`, text: stream.question })),
      ...cells(stream.writer, new Date(stream.created_at).toLocaleTimeString()),
      el("td", { class: "num", text: String(stream.events) }),
      el("td", { class: "num", text: String(stream.viewers) })))
      : [el("tr", {}, el("td", { colspan: "5", text: "No debate is being written now." }))]));
  },
};
