/* Charts from the stream: per-season lines (uPlot) and the era-relative bars, each a role="img" named by
 * what it shows, with its data as a table; the operator dashboard draws its analytics with the same parts. */

import { $, el } from "./dom.js";

export const charts = {
  colour(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#0b57d0";
  },

  /** A figure with role="img" named by what it shows, and its data as a table behind a disclosure. */
  figure(title, label, plot, table, container = $("charts")) {
    const figure = el("figure", {},
      el("figcaption", { text: title }),
      el("div", { class: "chart-plot", role: "img", "aria-label": label }, plot),
      el("details", {}, el("summary", { text: `Data table: ${title}` }), table));
    const wrapper = el("section", { class: "chart", "aria-label": title }, figure);
    container.append(wrapper);
    return wrapper;
  },

  table(caption, head, rows) {
    return el("table", { class: "chart-table" }, el("caption", { class: "visually-hidden", text: caption }),
      el("thead", {}, el("tr", {}, ...head.map((text, i) => el("th", { scope: "col", class: i ? "num" : "", text })))),
      el("tbody", {}, ...rows.map((cells) => el("tr", {},
        el("th", { scope: "row", text: cells[0] }), ...cells.slice(1).map((text) => el("td", { class: "num", text }))))));
  },

  /** Per-season lines of one stat, one per player (uPlot, x by season). */
  line(event) {
    const format = (value) => (value === null || value === undefined ? "–" : Number(value).toFixed(1));
    const seasons = [...new Set(event.series.flatMap((s) => s.points.map((p) => p.season)))].sort((a, b) => a - b);
    const labels = new Map(event.series.flatMap((s) => s.points.map((p) => [p.season, p.label])));
    const values = event.series.map((s) => {
      const bySeason = new Map(s.points.map((p) => [p.season, p.value]));
      return seasons.map((season) => (bySeason.has(season) ? bySeason.get(season) : null));
    });
    const described = event.series.map((s) => {
      const points = s.points.filter((p) => p.value !== null);
      if (!points.length) return `${s.player}: no seasons`;
      const best = points.reduce((top, p) => (p.value > top.value ? p : top));
      return `${s.player} from ${points[0].label} to ${points[points.length - 1].label}, highest ${format(best.value)} in ${best.label}`;
    });
    const table = this.table(event.title, ["Season", ...event.series.map((s) => s.player)],
      seasons.map((season, i) => [labels.get(season), ...values.map((v) => format(v[i]))]));
    this.lines({ title: event.title, label: `Line chart, ${event.title}: ${described.join("; ")}.`, table,
                 xLabel: "Season", x: seasons, xText: (v) => labels.get(v) || v,
                 series: event.series.map((s, i) => ({ label: s.player, values: values[i], format })) });
  },

  /** A uPlot line chart of ``series`` over the numbers ``x`` (named by ``xText``, on the axis by
   * ``axisText``), in a figure. */
  lines({ title, label, table, xLabel, x, xText, series, container, axisText = String }) {
    const plot = el("div");
    const wrapper = this.figure(title, label, plot, table, container);
    if (typeof uPlot !== "function") return;
    const colours = [this.colour("--side-a"), this.colour("--side-b")];
    const text = this.colour("--text");
    const axis = { stroke: text, grid: { stroke: this.colour("--border"), width: 1 }, ticks: { stroke: this.colour("--border") } };
    const width = () => Math.max(260, wrapper.clientWidth - 24);
    const chart = new uPlot({
      width: width(), height: 240,
      series: [{ label: xLabel, value: (u, v) => (v === null ? "–" : xText(v)) },
        ...series.map((s, i) => ({ label: s.label, stroke: colours[i % 2], width: 2, spanGaps: false,
                                   value: (u, v) => s.format(v), points: { show: true, size: 5 } }))],
      axes: [{ ...axis, values: (u, splits) => splits.map((v) => axisText(v)) }, { ...axis }],
      scales: { x: { time: false } },
      legend: { live: true },
    }, [x, ...series.map((s) => s.values)], plot);
    new ResizeObserver(() => chart.setSize({ width: width(), height: 240 })).observe(wrapper);
  },

  /** One bar per name, as wide as its number against ``top``, its text beside it. */
  barRows(names, numbers, texts, top) {
    return names.map((name, i) => el("div", { class: "bar-row" },
      el("span", { text: name }),
      el("div", { class: `bar ${i % 2 ? "side-b" : "side-a"}`, style: `width: ${Math.max(2, (numbers[i] / top) * 100)}%` }),
      el("span", { class: "num", text: texts[i] })));
  },

  /** The era-relative comparison: each side's figure against its league, each row on its own scale (a "+"
   *  stat, a multiple of the average player's or a percentage better than it: the row's label says which). */
  era(card) {
    const rows = card.rows.filter((row) => row.criterion === "era_dominance" || row.stat.startsWith("era:"));
    if (!rows.length) return;
    const names = card.players.map((player) => player.name);
    const numbers = rows.map((row) => row.values.map((value) => Number(String(value).replace(/[^0-9.-]/g, ""))));
    const title = "Against their era";
    const plot = el("div", { class: "bars" }, ...rows.flatMap((row, r) => [
      el("p", { class: "bar-baseline", text: row.label }),
      ...this.barRows(names, numbers[r], row.values,
                      Math.max(Number.MIN_VALUE, ...numbers[r].filter(Number.isFinite).map(Math.abs))),
    ]));
    const label = `Bar chart, ${title}: ` + rows.map((row, r) =>
      `${row.label}: ${names.map((name, i) => `${name} ${row.values[i]}`).join(", ")}`)
      .join("; ") + ".";
    const table = this.table(title, ["Measure", ...names], rows.map((row) => [row.label, ...row.values]));
    this.figure(title, label, plot, table);
  },
};
