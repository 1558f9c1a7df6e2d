/**
 * A scratch consumer project: `npm pack` of this repository, then an offline
 * install of the tarball into a fresh folder, as a user's project gets it.
 * Returns the folder; `linkDevDependency` makes one of this repository's
 * pinned devDependencies resolvable from it (for generated code that imports
 * zod, @zodios/core or axios) without a network install.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ROOT } from "../helpers.ts";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

export interface Scratch {
  readonly root: string;
  readonly tarball: string;
}

export function packToScratch(prefix: string, type: "module" | "commonjs" = "module"): Scratch {
  const root = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  const output = execFileSync(NPM, ["pack", "--json", "--pack-destination", root], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const tarball = join(root, JSON.parse(output)[0].filename as string);
  installTarball(join(root, "project"), tarball, type);
  return { root: join(root, "project"), tarball };
}

export function installTarball(dir: string, tarball: string, type: "module" | "commonjs"): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type }));
  execFileSync(NPM, ["install", "--offline", "--no-audit", "--no-fund", tarball], { cwd: dir, stdio: "ignore" });
}

export function linkDevDependency(project: string, name: string): void {
  const target = join(project, "node_modules", name);
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(join(ROOT, "node_modules", name), target, "dir");
}
