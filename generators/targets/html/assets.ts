/**
 * The inline style and script of the HTML reference: fixed text, no catalog
 * text (the script reads the page's data attributes), so nothing here needs
 * escaping. The pages' Content-Security-Policy allows exactly these two by
 * their sha256, and nothing else: no request leaves the page.
 */
import { createHash } from "node:crypto";

export const STYLE = [
  "body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:0 1rem;color:#1a1a1a;background:#fff}",
  "a{color:#0b57d0}",
  "a:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #b3261e;outline-offset:2px}",
  ".skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}",
  "nav ul{list-style:none;display:flex;gap:1rem;padding:0}",
  "form{display:flex;flex-wrap:wrap;gap:1rem;align-items:end}label{display:block;font-weight:600}",
  "input,select{font:inherit;padding:.25rem}input[type=search]{width:22rem;max-width:100%}",
  "table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.4rem;",
  "border-bottom:1px solid #ccc}dt{font-weight:600;margin-top:1rem}dd{margin-left:0}code{font-size:.95em}",
].join("");

/** Filters the rows of `#codes` by the search words (all must occur) and the three selects. */
export const SCRIPT = [
  "(() => {",
  '  const form = document.getElementById("filters");',
  '  const rows = Array.from(document.querySelectorAll("#codes tbody tr"));',
  '  const status = document.getElementById("shown");',
  "  const value = (id) => document.getElementById(id).value;",
  "  function apply() {",
  '    const words = value("q").toLowerCase().split(/\\s+/).filter(Boolean);',
  '    const category = value("category");',
  '    const errorClass = value("class");',
  '    const retryable = value("retryable");',
  "    let shown = 0;",
  "    for (const row of rows) {",
  "      const data = row.dataset;",
  "      const match =",
  "        words.every((word) => data.search.includes(word)) &&",
  "        (!category || data.category === category) &&",
  "        (!errorClass || data.class === errorClass) &&",
  "        (!retryable || data.retryable === retryable);",
  "      row.hidden = !match;",
  "      if (match) shown += 1;",
  "    }",
  '    status.textContent = status.dataset.template.replace("{count}", String(shown));',
  "  }",
  '  form.addEventListener("input", apply);',
  '  form.addEventListener("submit", (event) => event.preventDefault());',
  "  form.hidden = false;",
  "  apply();",
  "})();",
].join("\n");

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The policy of a page: its own inline style, its own inline script where it has one, nothing else. */
export function contentSecurityPolicy(withScript: boolean): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(STYLE)}`,
    ...(withScript ? [`script-src ${sha256(SCRIPT)}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
