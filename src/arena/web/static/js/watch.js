/* Watching a debate: its event stream (resumed from the last event id after a drop) rendered in order, its
 * text revealed at reading pace. */

import { charts } from "./charts.js";
import { $, el, problemOf, sleep } from "./dom.js";
import { readEvents } from "./sse.js";
import { verdict } from "./verdict.js";
import { votes } from "./votes.js";

// Reading pace: the template writer finishes a debate in milliseconds, so the page, not the stream, sets
// the pace. Each round is revealed word by word over at least MIN_ROUND_MS.
const CHARS_PER_SECOND = 90;
const MIN_ROUND_MS = 1200;
const RECONNECT_MS = [250, 500, 1000, 2000, 5000];

export const watch = {
  section: $("watch"),
  log: $("debate-log"),
  typing: $("typing"),
  connection: $("connection"),
  debateId: null,
  lastSeq: 0,
  finished: false,
  controller: null,
  queue: [],
  wake: null,
  instant: false,
  sides: new Map(),
  turn: null,

  init() {
    $("show-all").addEventListener("click", () => {
      this.instant = true;
      if (this.wake) this.wake();
    });
    $("copy-link").addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText($("permalink").href);
        this.connection.textContent = "Link copied";
      } catch {
        this.connection.textContent = "Copy the permalink from the address bar";
      }
    });
    window.addEventListener("popstate", () => location.reload());
  },

  reset(debateId, question) {
    if (this.controller) this.controller.abort();
    Object.assign(this, { debateId, lastSeq: 0, finished: false, queue: [], instant: false, turn: null,
                          sides: new Map() });
    this.log.replaceChildren();
    this.typing.textContent = "";
    $("verdict").hidden = true;
    $("stat-card").hidden = true;
    $("charts").replaceChildren();
    $("debate-question").textContent = question || "";
    const link = $("permalink");
    link.href = `${location.origin}/debates/${debateId}`;
    link.textContent = `Permalink: /debates/${debateId}`;
    this.section.hidden = false;
    votes.reset(debateId);
  },

  start(debateId, question) {
    this.reset(debateId, question);
    $("watch-heading").focus();
    this.connect();
    this.play(debateId);
  },

  /** Follows the event stream until its last event, reconnecting after drops from the last event seen. */
  async connect() {
    const debateId = this.debateId;
    const controller = new AbortController();
    this.controller = controller;
    for (let attempt = 0; !this.finished && this.debateId === debateId; attempt++) {
      try {
        const headers = { Accept: "text/event-stream" };
        if (this.lastSeq) headers["Last-Event-ID"] = String(this.lastSeq);
        const response = await fetch(`/v1/debates/${debateId}/events`, { headers, signal: controller.signal });
        if (!response.ok) {
          const problem = await problemOf(response);
          this.fail(problem.detail || "This debate cannot be shown.");
          return;
        }
        this.connection.textContent = attempt ? "Reconnected" : "";
        for await (const event of readEvents(response.body)) {
          this.receive(event);
          attempt = 0;
        }
      } catch (error) {
        if (controller.signal.aborted) return;
      }
      if (this.finished || this.debateId !== debateId) return;
      this.connection.textContent = "Connection lost; reconnecting…";
      await sleep(RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)]);
    }
  },

  receive({ id, event, data }) {
    if (event === "viewers") {
      $("viewers").textContent = `${data.count} watching`;
      return;
    }
    const seq = Number(id);
    if (seq && seq <= this.lastSeq) return; // already had it before a reconnect
    if (seq) this.lastSeq = seq;
    if (event === "debate.completed" || event === "error") this.finished = true;
    this.queue.push(data);
    if (this.wake) this.wake();
  },

  /** Renders queued events in order; text is revealed at reading pace, everything else at once. */
  async play(debateId) {
    while (this.debateId === debateId) {
      const event = this.queue.shift();
      if (!event) {
        await new Promise((resolve) => { this.wake = resolve; });
        this.wake = null;
        continue;
      }
      if (event.type === "text.delta") await this.reveal(event);
      else this.render(event);
      if (event.type === "debate.completed" || event.type === "error") return;
    }
  },

  render(event) {
    switch (event.type) {
      case "debate.started":
        if (!$("debate-question").textContent) $("debate-question").textContent = event.query;
        break;
      case "stat_card": this.statCard(event); break;
      case "chart": charts.line(event); break;
      case "round.started": this.startTurn(event); break;
      case "speaker.typing":
        this.typing.replaceChildren(`${event.speaker === "moderator" ? "The moderator" : event.speaker} is writing`,
                                    el("span", { class: "dots", "aria-hidden": "true" }));
        break;
      case "writer.fallback":
        this.log.append(el("p", { class: "note", text: `(${event.writer} could not write this round; the template writer did.)` }));
        break;
      case "verdict": this.endTurn(); verdict.show(event, this.sides); break;
      case "debate.completed": this.endTurn(); this.connection.textContent = "Finished"; break;
      case "error": this.endTurn(); this.fail(event.message); break;
      default: break;
    }
  },

  startTurn(event) {
    this.endTurn();
    const side = event.speaker === "moderator" ? "moderator" : this.sides.get(event.speaker) || "side-a";
    const paragraph = el("p");
    const name = event.speaker === "moderator" ? "Moderator" : event.speaker;
    this.turn = { paragraph, chars: this.pendingChars(event.round, event.speaker), shown: 0, started: performance.now() };
    this.log.append(el("div", { class: `turn ${side}` }, el("span", { class: "speaker", text: `${name}:` }), paragraph));
    this.log.setAttribute("aria-busy", "true");
  },

  endTurn() {
    if (!this.turn) return;
    this.turn = null;
    this.typing.textContent = "";
    this.log.setAttribute("aria-busy", "false");
  },

  /** How many characters this round has queued: the reveal spreads them over the round's time. */
  pendingChars(round, speaker) {
    return this.queue.filter((e) => e.type === "text.delta" && e.round === round && e.speaker === speaker)
      .reduce((sum, e) => sum + e.text.length, 0);
  },

  async reveal(event) {
    if (!this.turn) this.startTurn(event);
    const turn = this.turn;
    const roundMs = Math.max(MIN_ROUND_MS, (Math.max(turn.chars, 1) / CHARS_PER_SECOND) * 1000);
    const msPerChar = roundMs / Math.max(turn.chars, event.text.length, 1);
    const words = event.text.match(/\S+\s*|\s+/g) || [];
    for (const word of words) {
      turn.paragraph.append(word);
      turn.shown += word.length;
      if (!this.instant) await sleep(word.length * msPerChar);
    }
  },

  statCard(event) {
    const [a, b] = event.players;
    this.sides = new Map([[a?.name, "side-a"], [b?.name, "side-b"]]);
    const card = $("stat-card");
    const names = event.players.map((player) => player.name);
    card.replaceChildren(
      el("h3", { id: "stat-card-heading", text: event.title }),
      el("table", { class: "stat-table" },
        el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Stat" }),
          ...names.map((name) => el("th", { scope: "col", class: "num", text: name })))),
        el("tbody", {}, ...event.rows.map((row) => el("tr", {},
          el("th", { scope: "row", text: row.label }),
          ...row.values.map((value, index) => el("td", {
            class: `num${row.leader === names[index] ? " leads" : ""}`,
            text: row.leader === names[index] ? `${value} (leads)` : value,
          })))))));
    card.hidden = false;
    charts.era(event);
    votes.offer(event.players);
  },

  fail(message) {
    this.finished = true;
    this.typing.textContent = "";
    this.connection.textContent = "Stopped";
    this.log.append(el("p", { class: "problem", role: "alert", text: message }));
  },
};
