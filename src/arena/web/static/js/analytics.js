/* The dashboard's analytics for a date range: the headline figures, debates per day (a uPlot line), revenue
 * and subscriptions by plan (bars), each chart a role="img" with an accessible name and a data table; and
 * the top players and questions as tables. */

import { charts } from "./charts.js";
import { $, el, percent, problemOf } from "./dom.js";
import { session } from "./session.js";

const money = (cents) => new Intl.NumberFormat(undefined, { style: "currency", currency: "USD" }).format(cents / 100);

export const analytics = {
  init() {
    $("analytics-range").addEventListener("submit", (event) => {
      event.preventDefault();
      this.load();
    });
  },

  async load() {
    const query = new URLSearchParams();
    for (const bound of ["from", "to"]) {
      const value = $(`analytics-${bound}`).value;
      if (value) query.set(bound, value);
    }
    const status = $("analytics-status");
    status.textContent = "Loading…";
    const response = await session.fetch(`/v1/admin/analytics${query.size ? `?${query}` : ""}`);
    if (!response.ok) {
      status.textContent = response.status === 404 ? "Analytics are not available on this server."
        : (await problemOf(response)).detail || "Analytics cannot be shown.";
      return;
    }
    const report = await response.json();
    $("analytics-from").value = report.from;
    $("analytics-to").value = report.to;
    status.textContent = `From ${report.from} to ${report.to}.`;
    this.show(report);
  },

  show(report) {
    const figures = [["Monthly recurring revenue", money(report.mrr_cents)], ["Daily active accounts", report.dau],
      ["Monthly active accounts", report.mau], ["Conversion, free to paid", percent(report.conversion_free_to_paid)],
      ["Churn", percent(report.churn)]];
    $("analytics-figures").replaceChildren(...figures.flatMap(([term, value]) =>
      [el("dt", { text: term }), el("dd", { text: String(value) })]));
    const container = $("analytics-charts");
    container.replaceChildren();
    this.perDay(report, container);
    this.byPlan("Revenue by plan", report.revenue_by_plan, money, container);
    this.byPlan("Subscriptions by plan", report.subscriptions_by_plan, String, container);
    container.append(
      this.list("Top players", ["Player", "Debates"], report.top_players.map((p) => [p.name, String(p.debates)])),
      this.list("Top questions", ["Question", "Asked"], report.top_questions.map((q) => [q.question, String(q.count)])));
  },

  perDay(report, container) {
    const days = report.debates_per_day;
    const title = "Debates per day";
    const total = days.reduce((sum, d) => sum + d.debates, 0);
    const busiest = days.reduce((top, d) => (top && top.debates >= d.debates ? top : d), null);
    const label = `Line chart, ${title} from ${report.from} to ${report.to}: ${total} in all` +
      (busiest ? `, most on ${busiest.date} (${busiest.debates}).` : ".");
    const table = charts.table(title, ["Date", "Debates"], days.map((d) => [d.date, String(d.debates)]));
    charts.lines({ title, label, table, container, xLabel: "Date", x: days.map((d, i) => i),
                   xText: (i) => days[i]?.date ?? "", axisText: (i) => (days[i]?.date ?? "").slice(5),
                   series: [{ label: "Debates", values: days.map((d) => d.debates), format: (v) => String(v ?? "–") }] });
  },

  byPlan(title, values, format, container) {
    const names = Object.keys(values);
    const numbers = names.map((name) => values[name]);
    const top = Math.max(1, ...numbers);
    const texts = numbers.map(format);
    const label = `Bar chart, ${title}: ` +
      (names.length ? names.map((name, i) => `${name} ${texts[i]}`).join(", ") : "none") + ".";
    const plot = el("div", { class: "bars" }, ...charts.barRows(names, numbers, texts, top));
    charts.figure(title, label, plot, charts.table(title, ["Plan", title.split(" ")[0]],
      names.map((name, i) => [name, texts[i]])), container);
  },

  list(title, head, rows) {
    return el("section", { class: "chart", "aria-label": title }, el("h3", { text: title }),
      rows.length ? charts.table(title, head, rows) : el("p", { text: "None in this range." }));
  },
};
