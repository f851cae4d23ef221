/* The verdict region: winner, confidence, summary, scorecard and what would flip it. */

import { $, el, percent } from "./dom.js";

export const verdict = {
  show(event) {
    const region = $("verdict");
    const players = event.scorecard.length ? Object.keys(event.scorecard[0].scores) : [];
    region.replaceChildren(
      el("h3", { text: "Verdict" }),
      // No confidence: the question got no verdict (it cannot be settled on the data), which is no tie.
      el("p", { class: "winner",
        text: event.winner ? `${event.winner} wins` : event.confidence == null ? "No verdict" : "A tie" }),
      ...(event.confidence == null ? [] : [el("p", { text: `Confidence: ${percent(event.confidence)}` })]),
      el("p", { text: event.summary }),
      el("div", { class: "table-scroll", role: "region", "aria-label": "Scorecard", tabindex: "0" },
        el("table", { class: "scorecard" },
        el("caption", { text: "Scorecard: each side's score out of 1" }),
        el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Criterion" }),
          el("th", { scope: "col", class: "num", text: "Weight" }),
          ...players.map((name) => el("th", { scope: "col", class: "num", text: name })),
          el("th", { scope: "col", text: "Leader" }))),
        el("tbody", {}, ...event.scorecard.map((line) => el("tr", {},
          el("th", { scope: "row", text: line.label }),
          el("td", { class: "num", text: String(line.weight) }),
          ...players.map((name) => el("td", { class: "num", text: (line.scores[name] ?? 0).toFixed(2) })),
          el("td", { text: line.leader || "even" })))))),
      el("div", { class: "flip" }, el("h4", { text: "What would flip it" }),
        el("p", { text: event.flip || "Nothing on this scorecard: the margins are too wide." })));
    region.hidden = false;
  },
};
