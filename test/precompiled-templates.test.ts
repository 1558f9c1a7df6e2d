/**
 * The build's precompiled first-party templates
 * (scripts/precompiled-templates.mjs) are the code the sources compile at
 * run time (generators/targets/template.ts), template by template.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { precompileTemplate } from "../generators/targets/template.ts";
import { FIRST_PARTY, precompiledTemplates } from "../scripts/precompiled-templates.mjs";
import { ROOT } from "./helpers.ts";

const module = precompiledTemplates(ROOT);
const built = new Map(
  [...module.matchAll(/^ {2}("[^"]+"): (".*"),$/gm)].map((m) => [
    JSON.parse(m[1]!) as string,
    JSON.parse(m[2]!) as string,
  ]),
);
const templates = FIRST_PARTY.flatMap((folder) =>
  readdirSync(join(ROOT, "templates", folder))
    .filter((name) => name.endsWith(".hbs"))
    .map((name) => `${folder}/${name}`),
);

describe("the precompiled first-party templates", () => {
  it("are every template of the language targets", () => {
    expect([...built.keys()].sort()).toEqual([...templates].sort());
  });

  it.each(templates.map((name) => [name]))("%s: the same code as the sources compile", (name) => {
    const source = readFileSync(join(ROOT, "templates", name), "utf8");
    expect(built.get(name)).toBe(precompileTemplate(source, Object.freeze({})));
  });
});
