/* Votes: a "Vote for" button per side and the tally, long-polled so every viewer sees each vote at once. */

import { $, el, problemOf, problemText, sleep } from "./dom.js";
import { session } from "./session.js";

const VOTES_WAIT_SECONDS = 25;

export const votes = {
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
    // Signed in, the vote is the account's (one per account, whatever the browser); else this browser's.
    const response = await session.fetch(`/v1/debates/${this.debateId}/votes`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ choice }),
    });
    if (response.ok) this.show(await response.json());
    else $("tally").textContent = problemText(await problemOf(response), "The vote was not counted.");
  },

  /** Long-polls the tally: each answer comes as soon as anyone's vote changes it. */
  async follow(debateId) {
    while (this.debateId === debateId) {
      const query = this.total < 0 ? "" : `?seen=${this.total}&wait=${VOTES_WAIT_SECONDS}`;
      try {
        const response = await session.fetch(`/v1/debates/${debateId}/votes${query}`);
        if (response.status === 404) return;
        if (!response.ok) throw new Error(String(response.status));
        if (this.debateId === debateId) this.show(await response.json());
      } catch {
        await sleep(2000);
      }
    }
  },
};
