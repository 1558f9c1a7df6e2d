/**
 * The published package.json (issue 27, item 5): installing the package runs
 * nothing. npm runs `preinstall`, `install`, `postinstall` and `prepare` on a
 * consumer's install (npm 11 lists them among install scripts), so none exists.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

it("has no install script", () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> };
  const install = ["preinstall", "install", "postinstall", "prepare", "preprepare", "postprepare"];
  expect(Object.keys(manifest.scripts ?? {}).filter((name) => install.includes(name))).toEqual([]);
});
