// The files the generator is made of: the build (scripts/run-built.mjs)
// hashes them to name build/<hash>/, which the up-to-date key
// (generators/commands/up-to-date.ts) includes.
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every file below `dir` of `root`, as sorted paths relative to the root. */
function filesBelow(root, dir) {
  return (
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      // A source that is a symbolic link counts by the file it points to (read through the link).
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"))
      .sort()
  );
}

/** The generator's sources, built-in templates, schemas and build scripts below `root`, in a fixed order. */
export function buildInputs(root) {
  const schemas = readdirSync(join(root, "spec"))
    .filter((name) => name.endsWith(".schema.json"))
    .sort()
    .map((name) => `spec/${name}`);
  return [
    ...filesBelow(root, "generators"),
    ...filesBelow(root, "templates"),
    ...schemas,
    "scripts/run-built.mjs",
    "scripts/build-inputs.mjs",
    "scripts/standalone-validators.mjs",
    "scripts/precompiled-templates.mjs",
  ];
}
