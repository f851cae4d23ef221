/* Arena's page: ask a question, watch the debate stream in, see its numbers as charts, vote, share.
 * It talks only to Arena's public HTTP API on this host: POST /v1/debates, GET /v1/debates/{id}/events (SSE,
 * resumed with Last-Event-ID), GET /v1/players?q=, and the debate's votes. */
"use strict";

(() => {
  // Reading pace: the template writer finishes a debate in milliseconds, so the page, not the stream, sets
  // the pace. Each round is revealed word by word over at least MIN_ROUND_MS.
  const CHARS_PER_SECOND = 90;
  const MIN_ROUND_MS = 1200;
  const RECONNECT_MS = [250, 500, 1000, 2000, 5000];
  const VOTES_WAIT_SECONDS = 25;
  const SUGGEST_DELAY_MS = 150;

  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (name === "text") node.textContent = value;
      else if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? "" : value);
    }
    node.append(...children.filter((child) => child !== null && child !== undefined));
    return node;
  };
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const percent = (value) => `${Math.round(value * 100)}%`;

  async function problemOf(response) {
    try {
      return await response.json();
    } catch {
      return { detail: `${response.status} ${response.statusText}` };
    }
  }

  /* ---- Ask --------------------------------------------------------------------------------------- */

  const ask = {
    form: $("ask"),
    input: $("question"),
    button: $("debate-button"),
    problem: $("ask-problem"),
    clarify: $("clarify"),
    suggestions: $("player-suggestions"),
    criteriaChanged: false,
    suggestTimer: 0,
    suggestFor: "",

    init() {
      this.form.addEventListener("submit", (event) => {
        event.preventDefault();
        this.submit(this.input.value);
      });
      this.input.addEventListener("input", () => this.scheduleSuggestions());
      for (const button of document.querySelectorAll(".example")) {
        button.addEventListener("click", () => {
          this.input.value = button.dataset.question;
          this.submit(this.input.value);
        });
      }
      for (const input of document.querySelectorAll("[data-criterion]")) {
        input.addEventListener("change", () => { this.criteriaChanged = true; });
      }
      this.clarify.addEventListener("submit", (event) => {
        event.preventDefault();
        this.submitClarified();
      });
    },

    /** The name being typed (what follows the question's last "," "or" "vs"..., at most two words), and
     * what comes before it. */
    fragment(text) {
      const split = /^(.*(?:,|\b(?:or|vs\.?|versus|and|than|between|better)\b)\s*)?(.*)$/isu.exec(text);
      let before = split[1] || "";
      let partial = split[2];
      const words = partial.split(/(?<=\s)(?=\S)/u);
      if (words.length > 2) {
        before += words.slice(0, -2).join("");
        partial = words.slice(-2).join("");
      }
      return /\p{L}{3,}$/u.test(partial) ? { before, partial } : null;
    },

    scheduleSuggestions() {
      clearTimeout(this.suggestTimer);
      this.suggestTimer = setTimeout(() => this.suggest(this.input.value), SUGGEST_DELAY_MS);
    },

    async suggest(text) {
      const fragment = this.fragment(text);
      if (!fragment || text === this.suggestFor) return;
      this.suggestFor = text;
      const response = await fetch(`/v1/players?q=${encodeURIComponent(fragment.partial)}&limit=6`);
      if (!response.ok || this.input.value !== text) return;
      const matches = await response.json();
      this.suggestions.replaceChildren(...matches.map(({ player }) => el("option", {
        value: `${fragment.before}${player.name}`,
        label: `${player.name} (${player.league.toUpperCase()} ${player.first_season}-${player.last_season})`,
      })));
    },

    body(question) {
      const body = { question: question.trim() };
      const writer = $("writer");
      if (writer && writer.value && !writer.selectedOptions[0].defaultSelected) body.writer = writer.value;
      if (this.criteriaChanged) {
        body.criteria = {};
        for (const input of document.querySelectorAll("[data-criterion]")) {
          const weight = Number(input.value);
          if (Number.isFinite(weight) && weight > 0) body.criteria[input.dataset.criterion] = weight;
        }
      }
      return body;
    },

    showProblem(message) {
      this.problem.replaceChildren(el("p", { text: message }));
      this.problem.hidden = false;
    },

    async submit(question) {
      this.problem.hidden = true;
      this.clarify.hidden = true;
      if (!question.trim()) {
        this.showProblem("Type a question first, for example “Who's better, LeBron or Jordan?”.");
        this.input.focus();
        return;
      }
      this.button.disabled = true;
      this.button.textContent = "Starting…";
      try {
        const response = await fetch("/v1/debates", {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify(this.body(question)),
        });
        if (response.status === 201) {
          const created = await response.json();
          history.pushState({ debate: created.id }, "", `/debates/${created.id}`);
          watch.start(created.id, created.question);
          return;
        }
        const problem = await problemOf(response);
        if (problem.candidates && problem.candidates.length) this.showCandidates(question, problem.candidates);
        else this.showRefusal(problem);
      } catch (error) {
        this.showProblem(`Arena could not be reached (${error.message}). Try again in a moment.`);
      } finally {
        this.button.disabled = false;
        this.button.textContent = "Debate";
      }
    },

    showRefusal(problem) {
      const parts = [problem.detail || problem.title || "Arena could not debate that question."];
      if (problem.code === "question-not-understood" || problem.code === "player-not-found") {
        parts.push($("coverage").textContent);
      }
      this.problem.replaceChildren(...parts.map((text) => el("p", { text })));
      this.problem.hidden = false;
    },

    showCandidates(question, mentions) {
      this.clarifying = question;
      const groups = mentions.map((mention, index) => el("fieldset", {},
        el("legend", { text: `“${mention.mention}” could be` }),
        ...mention.candidates.map((candidate, choice) => el("label", {},
          el("input", { type: "radio", name: `mention-${index}`, value: candidate.name,
                        "data-mention": mention.mention, checked: choice === 0 }),
          el("span", {}, `${candidate.name} (${candidate.league.toUpperCase()} ${candidate.years})`,
             el("span", { class: "summary", text: candidate.summary }))))));
      $("clarify-mentions").replaceChildren(...groups);
      this.clarify.hidden = false;
      $("clarify-heading").focus();
    },

    submitClarified() {
      let question = this.clarifying || this.input.value;
      for (const chosen of this.clarify.querySelectorAll("input[type=radio]:checked")) {
        const mention = chosen.dataset.mention.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        question = question.replace(new RegExp(`(?<![\\p{L}])${mention}(?![\\p{L}])`, "iu"), chosen.value);
      }
      this.input.value = question;
      this.submit(question);
    },
  };

  /* ---- Watch ------------------------------------------------------------------------------------- */

  /** Server-Sent Events from a fetch body: yields {id, event, data} per event; comments are skipped. */
  async function* readEvents(body) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, "");
        const event = { id: null, event: "message", data: [] };
        for (const line of block.split(/\r?\n/)) {
          if (!line || line.startsWith(":")) continue;
          const colon = line.indexOf(":");
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
          if (field === "data") event.data.push(text);
          else if (field === "id") event.id = text;
          else if (field === "event") event.event = text;
        }
        if (event.data.length) yield { ...event, data: JSON.parse(event.data.join("\n")) };
      }
    }
  }

  const watch = {
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

  /* ---- Charts ------------------------------------------------------------------------------------ */

  const charts = {
    colour(name) {
      return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#0b57d0";
    },

    /** A figure with role="img" named by what it shows, and its data as a table behind a disclosure. */
    figure(title, label, plot, table) {
      const figure = el("figure", {},
        el("figcaption", { text: title }),
        el("div", { class: "chart-plot", role: "img", "aria-label": label }, plot),
        el("details", {}, el("summary", { text: `Data table: ${title}` }), table));
      const wrapper = el("section", { class: "chart", "aria-label": title }, figure);
      $("charts").append(wrapper);
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
      const plot = el("div");
      const table = this.table(event.title, ["Season", ...event.series.map((s) => s.player)],
        seasons.map((season, i) => [labels.get(season), ...values.map((v) => format(v[i]))]));
      const wrapper = this.figure(event.title, `Line chart, ${event.title}: ${described.join("; ")}.`, plot, table);
      if (typeof uPlot !== "function") return;
      const colours = [this.colour("--side-a"), this.colour("--side-b")];
      const text = this.colour("--text");
      const axis = { stroke: text, grid: { stroke: this.colour("--border"), width: 1 }, ticks: { stroke: this.colour("--border") } };
      const width = () => Math.max(260, wrapper.clientWidth - 24);
      const chart = new uPlot({
        width: width(), height: 240,
        series: [{ label: "Season", value: (u, v) => (v === null ? "–" : labels.get(v) || v) },
          ...event.series.map((s, i) => ({ label: s.player, stroke: colours[i % 2], width: 2, spanGaps: false,
                                           value: (u, v) => format(v), points: { show: true, size: 5 } }))],
        axes: [{ ...axis, values: (u, splits) => splits.map((v) => String(v)) }, { ...axis }],
        scales: { x: { time: false } },
        legend: { live: true },
      }, [seasons, ...values], plot);
      new ResizeObserver(() => chart.setSize({ width: width(), height: 240 })).observe(wrapper);
    },

    /** The era-relative comparison: each side's index against its league (100 = league average). */
    era(card) {
      const rows = card.rows.filter((row) => row.criterion === "era_dominance" || row.stat.startsWith("era:"));
      if (!rows.length) return;
      const names = card.players.map((player) => player.name);
      const numbers = rows.map((row) => row.values.map((value) => Number(String(value).replace(/[^0-9.-]/g, ""))));
      const top = Math.max(100, ...numbers.flat().filter(Number.isFinite));
      const title = "Against their era (100 = league average)";
      const plot = el("div", { class: "bars" }, ...rows.flatMap((row, r) => [
        el("p", { class: "bar-baseline", text: row.label.replace(/ \(100 = league average\)$/, "") }),
        ...names.map((name, i) => el("div", { class: "bar-row" },
          el("span", { text: name }),
          el("div", { class: `bar ${i ? "side-b" : "side-a"}`, style: `width: ${Math.max(2, (numbers[r][i] / top) * 100)}%` }),
          el("span", { class: "num", text: row.values[i] }))),
      ]));
      const label = `Bar chart, ${title}: ` + rows.map((row, r) =>
        `${row.label.replace(/ \(100 = league average\)$/, "")}: ${names.map((name, i) => `${name} ${row.values[i]}`).join(", ")}`)
        .join("; ") + ".";
      const table = this.table(title, ["Measure", ...names], rows.map((row) => [row.label, ...row.values]));
      this.figure(title, label, plot, table);
    },
  };

  /* ---- Verdict ----------------------------------------------------------------------------------- */

  const verdict = {
    show(event) {
      const region = $("verdict");
      const players = event.scorecard.length ? Object.keys(event.scorecard[0].scores) : [];
      region.replaceChildren(
        el("h3", { text: "Verdict" }),
        el("p", { class: "winner", text: event.winner ? `${event.winner} wins` : "A tie" }),
        el("p", { text: `Confidence: ${percent(event.confidence)}` }),
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

  /* ---- Votes ------------------------------------------------------------------------------------- */

  const votes = {
    section: $("votes"),
    debateId: null,
    players: [],
    total: -1,
    mine: null,

    reset(debateId) {
      this.debateId = debateId;
      this.players = [];
      this.total = -1;
      this.mine = null;
      this.section.hidden = true;
      $("vote-buttons").replaceChildren();
      $("tally").textContent = "";
    },

    offer(players) {
      this.players = players;
      $("vote-buttons").replaceChildren(...players.map((player) => {
        const button = el("button", { type: "button", class: "secondary", "data-choice": player.id,
                                      text: `Vote for ${player.name}` });
        button.addEventListener("click", () => this.cast(player.id));
        return button;
      }));
      this.section.hidden = false;
      this.follow(this.debateId);
    },

    show(tally) {
      this.total = tally.total;
      // A long poll sent before this browser's first vote carries no cookie, so it cannot say whose vote.
      this.mine = tally.your_choice || this.mine;
      const counts = this.players.map((p) => `${p.name} ${tally.counts[p.id] || 0}`).join(" · ");
      const mine = this.players.find((p) => p.id === this.mine);
      $("tally").textContent = `${counts} (${tally.total} ${tally.total === 1 ? "vote" : "votes"})` +
        (mine ? `. You voted for ${mine.name}.` : "");
      for (const button of $("vote-buttons").querySelectorAll("button")) {
        button.disabled = Boolean(this.mine);
        button.setAttribute("aria-pressed", String(button.dataset.choice === this.mine));
      }
    },

    async cast(choice) {
      const response = await fetch(`/v1/debates/${this.debateId}/votes`, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ choice }),
      });
      if (response.ok) this.show(await response.json());
      else $("tally").textContent = (await problemOf(response)).detail || "The vote was not counted.";
    },

    /** Long-polls the tally: each answer comes as soon as anyone's vote changes it. */
    async follow(debateId) {
      while (this.debateId === debateId) {
        const query = this.total < 0 ? "" : `?seen=${this.total}&wait=${VOTES_WAIT_SECONDS}`;
        try {
          const response = await fetch(`/v1/debates/${debateId}/votes${query}`);
          if (response.status === 404) return;
          if (!response.ok) throw new Error(String(response.status));
          if (this.debateId === debateId) this.show(await response.json());
        } catch {
          await sleep(2000);
        }
      }
    },
  };

  ask.init();
  watch.init();
  const permalinkId = document.body.dataset.debateId;
  if (permalinkId) watch.start(permalinkId, "");
})();
