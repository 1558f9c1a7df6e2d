/**
 * The OpenAPI code generators of the consumer matrix, each run as its own CLI
 * (this repository's pinned devDependency) in the scratch project on
 * `test/fixtures/consumers/api.yaml`, writing to `out/<tool>/`. A tool whose
 * engines need Node 22 runs on the registry's Node 22 (node-runtime.ts).
 * `names` and `descriptions` say whether the tool emits member names and
 * per-member descriptions at all (a union type or `z.enum` has neither).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers.ts";
import { nodeBinary } from "./node-runtime.ts";

export interface Tool {
  readonly name: string;
  readonly node: 20 | 22;
  readonly names: boolean;
  readonly descriptions: boolean;
  /** CLI arguments after the script; config files are written by `setup`. */
  readonly args: (out: string) => string[];
  readonly bin: readonly [pkg: string, bin: string];
  readonly setup?: (project: string, out: string) => void;
  /** Undoes the tool's own escaping of comment text, where it adds some, before the text is compared. */
  readonly commentText?: (comment: string) => string;
}

const EXTERNAL = "./node_modules/coinone-error-codes/dist/openapi/3.1/errors.yaml";

export const TOOLS: readonly Tool[] = [
  {
    name: "openapi-typescript",
    node: 20,
    names: true,
    descriptions: true,
    bin: ["openapi-typescript", "openapi-typescript"],
    args: (out) => ["api.yaml", "--enum", "-o", join(out, "schema.ts")],
  },
  {
    name: "@hey-api/openapi-ts",
    node: 22,
    names: true,
    descriptions: true,
    bin: ["@hey-api/openapi-ts", "openapi-ts"],
    args: () => ["-f", "hey-api.config.mjs", "-s", "--no-log-file"],
    setup: (project, out) =>
      writeFileSync(
        join(project, "hey-api.config.mjs"),
        `export default ${JSON.stringify({
          input: "./api.yaml",
          output: out,
          plugins: [{ name: "@hey-api/typescript", enums: "typescript" }, "@hey-api/client-fetch", "@hey-api/sdk"],
        })};\n`,
      ),
  },
  {
    name: "openapi-typescript-codegen",
    node: 20,
    names: true,
    descriptions: true,
    bin: ["openapi-typescript-codegen", "openapi"],
    args: (out) => ["--input", "api.yaml", "--output", out],
  },
  {
    name: "swagger-typescript-api",
    node: 20,
    names: true,
    descriptions: true,
    bin: ["swagger-typescript-api", "swagger-typescript-api"],
    args: (out) => ["generate", "-p", "api.yaml", "-o", out, "-n", "api.ts"],
  },
  {
    name: "openapi-zod-client",
    node: 20,
    names: false,
    descriptions: false,
    bin: ["openapi-zod-client", "openapi-zod-client"],
    args: (out) => ["api.yaml", "-o", join(out, "client.ts")],
  },
  {
    name: "typed-openapi",
    node: 20,
    names: false,
    descriptions: false,
    bin: ["typed-openapi", "typed-openapi"],
    args: (out) => ["api.yaml", "-o", join(out, "api.ts")],
  },
  {
    name: "orval",
    node: 22,
    names: true,
    descriptions: true,
    bin: ["orval", "orval"],
    // orval backslash-escapes punctuation in JSDoc descriptions (`coin\'s`, `v2\/order`), as in a string literal.
    commentText: (comment) => comment.replace(/\\([^A-Za-z0-9\s])/g, "$1"),
    args: () => ["--config", "orval.config.mjs"],
    setup: (project, out) =>
      writeFileSync(
        join(project, "orval.config.mjs"),
        `export default ${JSON.stringify({
          consumer: {
            input: { target: "./api.yaml", parserOptions: { externalRefs: { allow: [EXTERNAL] } } },
            output: { target: join(out, "api.ts"), client: "fetch", mode: "single" },
          },
        })};\n`,
      ),
  },
];

export function versionOf(pkg: string): string {
  return JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")).version as string;
}

function binScript(pkg: string, bin: string): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8"));
  const path = typeof manifest.bin === "string" ? manifest.bin : manifest.bin[bin];
  return join(ROOT, "node_modules", pkg, path);
}

/** Runs `tool` in `project`; returns its output folder. Throws with the tool's output on failure. */
export function runTool(tool: Tool, project: string): string {
  // Relative to the project: typed-openapi joins `-o` onto the working folder.
  const out = join("out", tool.name.replace(/[@/]/g, "_"));
  mkdirSync(join(project, out), { recursive: true });
  tool.setup?.(project, `./${out}`);
  const node = tool.node === 20 ? process.execPath : nodeBinary(tool.node);
  const result = spawnSync(node, [binScript(...tool.bin), ...tool.args(out)], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "", NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: 300_000,
  });
  if (result.status !== 0) throw new Error(`${tool.name} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return join(project, out);
}
