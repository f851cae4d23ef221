/* The account page (/account, accounts on): sign up or log in; then the plan, the month's usage, upgrades
 * through Stripe Checkout, the billing portal, and API keys. */

import { $, problemText } from "./js/dom.js";
import { keys } from "./js/keys.js";
import { plans } from "./js/plans.js";
import { session } from "./js/session.js";

const status = $("account-status");
const problem = $("account-problem");

function showProblem(found) {
  problem.textContent = found ? problemText(found) : "";
  problem.hidden = !found;
}

async function show() {
  showProblem(null);
  const me = session.me;
  $("signed-out").hidden = Boolean(me);
  $("signed-in").hidden = !me;
  status.textContent = me ? `Signed in as ${me.account.email}.` : "";
  if (me) await Promise.all([plans.show(me, showProblem), keys.show(me, showProblem)]);
}

function submitted(form, action) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const refused = await action(form.elements.email.value.trim(), form.elements.password.value);
      if (refused) {
        showProblem(refused);
        return;
      }
      form.reset();
      await show();
      $("account-heading").focus();
    } catch (error) {
      showProblem({ detail: `Arena could not be reached (${error.message}).` });
    } finally {
      button.disabled = false;
    }
  });
}

submitted($("login-form"), (email, password) => session.login(email, password));
submitted($("signup-form"), (email, password) => session.signUp(email, password));
session.initNav(() => show());
plans.init(showProblem);
keys.init(showProblem);
session.restore().then(show, (error) => showProblem({ detail: error.message }));
