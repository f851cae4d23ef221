/* Small DOM and fetch helpers shared by the page's modules. */

export const $ = (id) => document.getElementById(id);
export const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "text") node.textContent = value;
    else if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
};
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const percent = (value) => `${Math.round(value * 100)}%`;

export async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return { detail: `${response.status} ${response.statusText}` };
  }
}

// What the page calls the fields a request's problem can name (its loc after "body", "query" or "path").
const FIELD_NAMES = {
  question: "Your question", writer: "The writer", criteria: "A criteria weight", seed: "The seed",
  email: "The email", password: "The password", name: "The name", scopes: "The scopes", choice: "Your vote",
  q: "The search", debate_id: "The debate link",
};

function fieldText(error) {
  const loc = (error.loc || []).filter((part) => !["body", "query", "path"].includes(part));
  const label = FIELD_NAMES[loc[0]] || (loc.length ? `The field “${loc.join(".")}”` : "The request");
  // Pydantic prefixes the message of a validator's ValueError; a reader needs none of it.
  const message = String(error.msg || "is not valid").replace(/^(Value|Assertion) error, /, "");
  const control = /control character (U\+[0-9A-F]{4,6}) at position (\d+)/.exec(message);
  if (control) {
    return `${label} contains an invisible control character (${control[1]}) at character ${Number(control[2]) + 1}. `
      + "Delete it (it often comes along with pasted text) and try again.";
  }
  const surrogate = /lone surrogate at position (\d+)/.exec(message);
  if (surrogate) {
    return `${label} contains a broken character at character ${Number(surrogate[1]) + 1}. Delete it and try again.`;
  }
  return `${label}: ${message.charAt(0).toLowerCase()}${message.slice(1)}.`.replace(/\.\.$/, ".");
}

/** A problem in words for the page: each invalid field by the name the page gives it, else the problem's detail. */
export function problemText(problem, fallback = "That did not work.") {
  if (problem && problem.code === "invalid-request" && Array.isArray(problem.errors) && problem.errors.length) {
    return problem.errors.map(fieldText).join(" ");
  }
  return (problem && (problem.detail || problem.title)) || fallback;
}
