/**
 * Issue 12, item 3 (full tier: needs python3 with PyYAML, Debian's
 * python3-yaml): the hostile catalog's OpenAPI YAML files read by PyYAML, a
 * YAML 1.1 loader, must give the JSON documents exactly. The other readers of
 * issue 12 are in test/hostile-readers.test.ts (fast tier).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateOpenApi } from "../generators/targets/openapi.ts";
import { YAML_UNSAFE } from "../generators/text/escape.ts";
import { fixture, loadFile } from "./helpers.ts";
import { pyYamlLoad } from "./readers.ts";

const hostile = loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml");
const scratch = mkdtempSync(join(tmpdir(), "hostile-readers-pyyaml-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("item 3: OpenAPI YAML, loaded by PyYAML (YAML 1.1)", () => {
  it("reads every file back to the JSON document, exact to the code unit, with no raw unsafe character", () => {
    const files = generateOpenApi(hostile);
    const yamlFiles = files.filter((f) => f.path.endsWith(".yaml"));
    const paths = yamlFiles.map((f) => {
      const path = join(scratch, "pyyaml", f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
      expect(new RegExp(YAML_UNSAFE.source, "u").test(f.content), f.path).toBe(false);
      return path;
    });
    const loaded = pyYamlLoad(paths) as any[];
    expect(yamlFiles.map((f) => f.path)).toContain("openapi/3.1/example.bundled.yaml");
    yamlFiles.forEach((file, i) => {
      const json = files.find((f) => f.path === file.path.replace(/\.yaml$/, ".json"));
      expect(loaded[i], file.path).toEqual(JSON.parse(json?.content ?? ""));
    });
    const enumOf = loaded[0].components.schemas.HostileErrorCode;
    expect(enumOf["x-enum-descriptions"][enumOf.enum.indexOf("7")]).toBe(
      hostile.errors.find((e) => e.code === "7")?.description.en,
    );
  });
});
