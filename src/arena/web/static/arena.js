/* Arena's page: ask a question, watch the debate stream in, see its numbers as charts, vote, share.
 * It talks only to Arena's public HTTP API on this host: POST /v1/debates, GET /v1/debates/{id}/events (SSE,
 * resumed with Last-Event-ID), GET /v1/players?q=, and the debate's votes; with accounts on, as the signed-in
 * account when there is one. */

import { ask } from "./js/ask.js";
import { session } from "./js/session.js";
import { watch } from "./js/watch.js";

session.restore();
session.initNav();
ask.init();
watch.init();
const permalinkId = document.body.dataset.debateId;
if (permalinkId) watch.start(permalinkId, "");
