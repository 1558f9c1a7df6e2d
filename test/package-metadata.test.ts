/**
 * The packages' metadata comes from one place, the catalog header
 * (`repository`, `license`, `author` in spec/errors.yaml): package.json agrees
 * with it, and no language target writes any of those values itself. The
 * schema takes each field optionally and refuses a malformed one with a
 * located diagnostic.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { formatDiagnostic } from "../generators/catalog/diagnostics.ts";
import { licenseFile } from "../generators/targets/package-metadata.ts";
import { fixture, loadFile, ROOT } from "./helpers.ts";

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

  it("the packages' LICENSE holds the license's full text: the repository's own LICENSE, less its year", () => {
    const shipped = licenseFile(catalog) ?? "";
    const own = readFileSync(join(ROOT, "LICENSE"), "utf8").replace(/^(Copyright \(c\)) \d{4} /m, "$1 ");
    const words = (text: string) => text.split(/\s+/).filter(Boolean).join(" ");
    expect(words(shipped)).toContain(words(own));
    expect(licenseFile({ ...catalog, license: "LicenseRef-Coinone" })).toContain(
      "LicenseRef-Coinone: https://spdx.org/licenses/LicenseRef-Coinone.html",
    );
    expect(licenseFile({ ...catalog, license: "MIT OR Apache-2.0" })).toContain("Apache License");
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

  /** The minimal fixture with `lines` added to its `catalog:` header. */
  const withHeader = (...lines: string[]) =>
    loadCatalog(
      readFileSync(fixture("minimal.yaml"), "utf8").replace(
        "  locales: [en, ko]\n",
        `  locales: [en, ko]\n${lines.join("\n")}\n`,
      ),
      "minimal.yaml",
    );

  it("takes the three fields as written, and leaves out of the catalog a field the header leaves out", () => {
    const { catalog } = withHeader(
      "  repository: https://example.com/a/b",
      "  license: MIT OR Apache-2.0",
      "  author: A B",
    );
    expect(catalog).toMatchObject({
      repository: "https://example.com/a/b",
      license: "MIT OR Apache-2.0",
      author: "A B",
    });
    expect(Object.keys(withHeader().catalog ?? {})).not.toContain("repository");
  });

  it.each([
    ["repository", "  repository: http://example.com/a", 8],
    ["repository", "  repository: https://example.com/a/", 8],
    ["license", "  license: MIT or Apache", 8],
    ["author", '  author: "A\\tB"', 8],
  ])("refuses a malformed %s at its line: %s", (field, line, lineNumber) => {
    const { catalog, diagnostics } = withHeader(line);
    expect(catalog).toBeUndefined();
    const shown = diagnostics.map(formatDiagnostic).join("\n");
    expect(shown).toMatch(new RegExp(`^minimal\\.yaml:${lineNumber}:\\d+ error [\\w-]+: .*${field}`, "m"));
  });
});
