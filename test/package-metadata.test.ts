/**
 * The packages' metadata comes from one place, the catalog header
 * (`repository`, `license`, `author` in spec/errors.yaml): package.json agrees
 * with it, and no language target writes any of those values itself.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFile, ROOT } from "./helpers.ts";

const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

describe("package metadata", () => {
  it("the catalog header names the repository, the license and the author", () => {
    expect(catalog.repository).toMatch(/^https:\/\//);
    expect(catalog.license).toBeDefined();
    expect(catalog.author).toBeDefined();
  });

  it("package.json's repository, homepage and license agree with the catalog header", () => {
    expect(pkg.repository).toEqual({ type: "git", url: `git+${catalog.repository}.git` });
    expect(pkg.homepage).toBe(`${catalog.repository}#readme`);
    expect(pkg.license).toBe(catalog.license);
  });

  it.each(["python", "rust", "java", "go"])(
    "the %s target's templates and generator hold none of the header's values: they read the catalog",
    (language) => {
      const folders = [join(ROOT, "templates", language), join(ROOT, "generators", "targets", language)];
      const sources = folders.flatMap((folder) =>
        readdirSync(folder).map((file) => readFileSync(join(folder, file), "utf8")),
      );
      expect(sources.length).toBeGreaterThan(1);
      for (const value of [catalog.repository, catalog.author, `"${catalog.license}"`, `>${catalog.license}<`])
        for (const source of sources) expect(source).not.toContain(value);
    },
  );
});
