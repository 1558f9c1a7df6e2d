/**
 * The HTML reference (generators/targets/html/) in a real browser: Debian's
 * headless Chromium, driven by playwright-core, loads the site built from the
 * real catalog from disk (`file://`). Searching finds the codes whose texts
 * hold the words, the filters narrow the list, a Korean code page shows the
 * Korean text under `lang="ko"`, the keyboard reaches the search field and
 * the results, no request leaves `file://`, and axe-core reports no
 * violation on the index and a code page in every locale. Screenshots go to
 * test-output/html/ (gitignored); their paths, sizes and the page weights are printed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./consumers/chromium.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateHtmlReference } from "../generators/targets/html/index.ts";
import { loadFile, ROOT } from "./helpers.ts";

const SCREENSHOTS = join(ROOT, "test-output", "html");
const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

let site: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];

const url = (path: string) => pathToFileURL(join(site, path)).href;
/** The codes of the rows the page shows. */
const shownCodes = () =>
  page.$$eval("#codes tbody tr:not([hidden]) td:first-child", (cells) => cells.map((cell) => cell.textContent));

/** The codes whose code, name, message, class, or description or category title in any locale hold every word. */
function codesMatching(...words: string[]): string[] {
  return catalog.errors
    .filter((error) => {
      const category = catalog.categories.find((c) => c.id === error.category)!;
      const texts = [error.code, error.name, error.message, error.errorClass];
      const text = [...texts, ...Object.values(error.description), ...Object.values(category.title)]
        .join(" ")
        .toLowerCase();
      return words.every((word) => text.includes(word));
    })
    .map((error) => error.code);
}

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "coinone-html-"));
  for (const file of generateHtmlReference(catalog)) {
    const path = join(site, file.path.replace(/^html\//, ""));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on("request", (request) => requests.push(request.url()));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(site, { recursive: true, force: true });
});

async function axeViolations(): Promise<string[]> {
  await page.evaluate(AXE);
  // A string, evaluated in the page: the tests are type-checked without the DOM library.
  const result = (await page.evaluate("axe.run()")) as { violations: { id: string; nodes: unknown[] }[] };
  return result.violations.map((violation) => `${violation.id} (${violation.nodes.length} nodes)`);
}

describe("the HTML reference in Chromium, from file://", () => {
  it("lists every code, then the codes whose texts hold the search words", async () => {
    await page.goto(url("index.html"));
    expect(await shownCodes()).toEqual(catalog.errors.map((error) => error.code));
    await page.fill("#q", "nonce");
    const nonce = codesMatching("nonce");
    expect(nonce).toEqual(expect.arrayContaining(["131", "132"]));
    expect(await shownCodes()).toEqual(nonce);
    expect(await page.textContent("#shown")).toBe(`${nonce.length} codes shown`);
    // Korean text, searched from the English index.
    await page.fill("#q", "잔고");
    expect(await shownCodes()).toEqual(codesMatching("잔고"));
    expect(codesMatching("잔고").length).toBeGreaterThan(0);
  });

  it("filters by error class and retryability", async () => {
    await page.goto(url("index.html"));
    await page.selectOption("#class", "rate-limit");
    await page.selectOption("#retryable", "yes");
    const expected = catalog.errors.filter((e) => e.errorClass === "rate-limit" && e.retryable).map((e) => e.code);
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownCodes()).toEqual(expected);
    await page.selectOption("#class", "");
    await page.selectOption("#retryable", "");
    await page.selectOption("#category", "signature");
    expect(await shownCodes()).toEqual(catalog.errors.filter((e) => e.category === "signature").map((e) => e.code));
  });

  it("reaches the search field and then the results with the keyboard", async () => {
    await page.goto(url("index.html"));
    const focused: string[] = [];
    for (let i = 0; i < 8 && focused.at(-1) !== "q"; i += 1) {
      await page.keyboard.press("Tab");
      focused.push(String(await page.evaluate("document.activeElement.id || document.activeElement.tagName")));
    }
    expect(focused.at(-1)).toBe("q");
    await page.keyboard.type("nonce");
    for (let i = 0; i < 3; i += 1) await page.keyboard.press("Tab"); // the three filters
    await page.keyboard.press("Tab");
    const first = codesMatching("nonce")[0];
    expect(await page.evaluate('document.activeElement.getAttribute("href")')).toBe(`errors/${first}.html`);
    await page.keyboard.press("Enter");
    await page.waitForURL(url(`errors/${first}.html`));
  });

  it('shows the Korean text of a code page under lang="ko", and its language switch leads back', async () => {
    const error = catalog.errors.find((e) => e.code === "131")!;
    await page.goto(url("ko/errors/131.html"));
    expect(await page.getAttribute("html", "lang")).toBe("ko");
    const description = await page.$eval("#description", (element) => ({
      text: element.textContent,
      lang: element.closest("[lang]")?.getAttribute("lang"),
    }));
    expect(description).toEqual({ text: error.description.ko, lang: "ko" });
    expect(await page.textContent("#advice")).toBe("더 큰 새 Nonce로 요청을 다시 서명하여 보내세요.");
    await page.click('a[hreflang="en"]');
    await page.waitForURL(url("errors/131.html"));
    expect(await page.textContent("#description")).toBe(error.description.en);
  });

  it.each(["index.html", "ko/index.html", "errors/105.html", "ko/errors/105.html"])(
    "%s: axe-core reports no violation",
    async (path) => {
      await page.goto(url(path));
      expect(await axeViolations()).toEqual([]);
    },
  );

  it("makes no request outside file://, and writes screenshots of the index and a code page", async () => {
    await page.goto(url("index.html"));
    await page.fill("#q", "nonce");
    const shots: Record<string, string> = {
      "index-nonce.png": "index.html",
      "code-131-ko.png": "ko/errors/131.html",
    };
    await page.screenshot({ path: join(SCREENSHOTS, "index-nonce.png"), fullPage: false });
    await page.goto(url(shots["code-131-ko.png"] as string));
    await page.screenshot({ path: join(SCREENSHOTS, "code-131-ko.png"), fullPage: true });
    for (const name of Object.keys(shots)) {
      const size = statSync(join(SCREENSHOTS, name)).size;
      expect(size).toBeGreaterThan(1000);
      console.log(`screenshot ${join(SCREENSHOTS, name)}: ${size} bytes`);
    }
    for (const path of ["index.html", "ko/index.html", "errors/105.html", "ko/errors/105.html"]) {
      const bytes = readFileSync(join(site, path));
      console.log(`page ${path}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} bytes gzip -9`);
    }
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((request) => !request.startsWith("file://"))).toEqual([]);
  });
});
