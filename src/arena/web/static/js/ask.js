/* Asking: the question box with player suggestions, examples, More options, the clarification picker and
 * the refusals that say what Arena covers. */

import { $, el, problemOf, problemText } from "./dom.js";
import { session } from "./session.js";
import { watch } from "./watch.js";

const SUGGEST_DELAY_MS = 150;

export const ask = {
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
    const response = await session.fetch(`/v1/players?q=${encodeURIComponent(fragment.partial)}&limit=6`);
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
      await session.ready; // signed in, the debate is the account's: its quota, its control
      const response = await session.fetch("/v1/debates", {
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
    const parts = [problemText(problem, "Arena could not debate that question.")];
    if (problem.code === "question-not-understood" || problem.code === "player-not-found") {
      parts.push($("coverage").textContent);
    }
    const paragraphs = parts.map((text) => el("p", { text }));
    if (problem.code === "quota-exceeded") {
      paragraphs.push(el("p", {}, el("a", { href: "/account#plans", text: "Upgrade your plan" }),
                         session.me ? " for more debates a month." : " (log in or sign up first)."));
    }
    this.problem.replaceChildren(...paragraphs);
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
