/**
 * The shape of the pipeline, checked by dependency-cruiser (`npm run lint:deps`):
 * no import cycles, and every import goes down the layers
 *
 *   commands -> targets-file -> targets -> text, catalog (and output's file type)
 *   commands -> output, diff, catalog
 *
 * so the catalog never knows its targets, and targets never reach the writer
 * or the command line.
 */
/** The one table of special characters (text/languages/characters.ts) imports nothing: every layer may use it. */
const SHARED = "^generators/text/languages/characters\\.ts$";

const layer = (name, mayNotImport) => ({
  name: `${name}-imports-down`,
  severity: "error",
  comment: `generators/${name}/ is below ${mayNotImport.join(", ")}`,
  from: { path: `^generators/${name}/` },
  to: { path: `^generators/(${mayNotImport.join("|")})/`, pathNot: SHARED },
});

module.exports = {
  forbidden: [
    { name: "no-cycles", severity: "error", from: {}, to: { circular: true } },
    layer("catalog", ["targets", "targets-file", "output", "commands", "diff", "text"]),
    layer("text", ["targets", "targets-file", "output", "commands", "diff"]),
    layer("targets", ["targets-file", "commands", "diff"]),
    layer("targets-file", ["commands", "diff"]),
    layer("output", ["catalog", "targets", "targets-file", "commands", "diff", "text"]),
    layer("diff", ["targets", "targets-file", "output", "commands"]),
    {
      name: "targets-use-only-the-file-type-of-output",
      severity: "error",
      comment: "targets are pure: of the output layer they know only what a file is",
      from: { path: "^generators/targets/" },
      to: { path: "^generators/output/", pathNot: "^generators/output/files\\.ts$" },
    },
    {
      name: "the-targets-file-reads-as-the-writer-does",
      severity: "error",
      comment:
        "the targets file's entries read templates and check output paths by the writer's rules, nothing else of it",
      from: { path: "^generators/targets-file/" },
      to: { path: "^generators/output/", pathNot: "^generators/output/(files|regular-file|paths)\\.ts$" },
    },
    {
      name: "the-character-table-is-a-leaf",
      severity: "error",
      from: { path: SHARED },
      to: { path: "^generators/" },
    },
    {
      name: "generators-do-not-import-scripts-or-tests",
      severity: "error",
      from: { path: "^generators/" },
      to: { path: "^(scripts|test)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
  },
};
