/**
 * The HTML reference target (generators/targets/html/) without a browser:
 * its paths, its size budget (gzip, deterministic), and hostile catalog text
 * (test/fixtures/hostile.yaml) read back by parse5 (the WHATWG HTML parsing
 * algorithm): no element, attribute or script comes from the catalog,
 * every text reads back as written (bidi and control characters shown), and
 * each page's Content-Security-Policy allows exactly its own inline script.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { generateHtmlReference } from "../generators/targets/html/index.ts";
import { fixture, loadFile, ROOT } from "./helpers.ts";

// parse5 5.1.1, hoisted from cli-highlight's dependencies: a transitive devDependency that ships no types.
const { parse } = createRequire(import.meta.url)("parse5") as { parse: (html: string) => unknown };

/** The index page's budget, gzip -9 (the issue asks for about 100 KB). */
const INDEX_BUDGET = 100 * 1024;

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
  if (node.content) yield* walk(node.content);
}
const text = (node: Node): string =>
  [...walk(node)].map((n) => (n.nodeName === "#text" ? (n.value ?? "") : "")).join("");
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const byId = (root: Node, id: string) => [...walk(root)].find((node) => attr(node, "id") === id) as Node;

/** U+0000 as "␀", DEL as "␡": how the pages show a control character. */
const controlPicture = (char: string) => String.fromCharCode(char === "\u007F" ? 0x2421 : 0x2400 + char.charCodeAt(0));

const real = loadFile(join(ROOT, "spec", "errors.yaml"));
const hostile = loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml");

describe("the HTML reference", () => {
  it("writes per locale an index and one page per code, the source locale at the root", () => {
    const paths = generateHtmlReference(real).map((file) => file.path);
    const expected = real.locales.flatMap((locale) => {
      const folder = locale === real.sourceLocale ? "html/" : `html/${locale}/`;
      return [`${folder}index.html`, ...real.errors.map((error) => `${folder}errors/${error.code}.html`)];
    });
    expect(paths).toEqual(expected);
  });

  it.each(["html/index.html", "html/ko/index.html"])("%s stays within the size budget", (path) => {
    const file = generateHtmlReference(real).find((f) => f.path === path)!;
    const gzip = gzipSync(file.content, { level: 9 }).length;
    console.log(`${path}: ${Buffer.byteLength(file.content)} bytes, ${gzip} bytes gzip -9`);
    expect(gzip).toBeLessThan(INDEX_BUDGET);
  });

  describe("with hostile catalog text", () => {
    const files = generateHtmlReference(hostile);

    it.each(files.map((file) => [file.path, file.content]))(
      "%s: no markup, script or link from the catalog",
      (path, html) => {
        const nodes = [...walk(parse(html) as unknown as Node)];
        const elements = new Set(nodes.map((node) => node.nodeName).filter((name) => !name.startsWith("#")));
        const allowed = ["html", "head", "body", "meta", "title", "style", "script", "a", "header", "nav", "ul", "li"];
        allowed.push("main", "form", "div", "label", "input", "select", "option", "p", "table", "thead", "tbody");
        allowed.push("tr", "th", "td", "code", "h1", "dl", "dt", "dd", "q", "strong");
        expect([...elements].filter((name) => !allowed.includes(name))).toEqual([]);
        expect(nodes.flatMap((node) => node.attrs ?? []).filter((a) => a.name.startsWith("on"))).toEqual([]);
        for (const link of nodes.filter((node) => node.nodeName === "a"))
          expect(attr(link, "href")).toMatch(
            /^(https:\/\/|#codes$|(\.\.\/)*([a-zA-Z-]+\/)?(errors\/[A-Za-z0-9_-]+\.html|index\.html)$)/,
          );
        const scripts = nodes.filter((node) => node.nodeName === "script");
        expect(scripts.length).toBe(path.endsWith("index.html") ? 1 : 0);
        const csp = attr(
          nodes.find((node) => attr(node, "http-equiv") === "Content-Security-Policy")!,
          "content",
        )!;
        for (const script of scripts) {
          const hash = createHash("sha256").update(text(script)).digest("base64");
          expect(csp).toContain(`script-src 'sha256-${hash}'`);
        }
        expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; (script-src 'sha256-[^']+'; )?base-uri/);
      },
    );

    it("reads every text back as written, with bidi and control characters shown", () => {
      for (const error of hostile.errors) {
        const page = files.find((file) => file.path === `html/errors/${error.code}.html`)!;
        const root = parse(page.content) as unknown as Node;
        const message = [...walk(root)].find((node) => node.nodeName === "q")!;
        for (const [node, written] of [
          [message, error.message],
          [byId(root, "description"), error.description.en ?? ""],
        ] as const) {
          const shown = text(node);
          expect(shown).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
          expect(
            shown.replace(/\u2039U\+([0-9A-F]{4})\u203A/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          ).toBe(written.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, controlPicture));
        }
      }
    });
  });
});
