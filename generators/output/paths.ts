/**
 * Paths inside the output folder, and the one-line errors the writer reports
 * about them. Every path the writer touches is checked component by
 * component with `lstat`: a symbolic link anywhere below the output folder,
 * a file where a folder should be, or a folder where a file should be is
 * refused before anything is written, so no write can leave the folder.
 */
import { lstat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

/** A file-system problem at one place in the output folder: printed as `path: error rule: message (hint)`. */
export class OutputError extends Error {
  constructor(
    readonly where: string,
    readonly rule: string,
    readonly reason: string,
    readonly hint: string,
  ) {
    super(`${where}: error ${rule}: ${reason} (${hint})`);
    this.name = "OutputError";
  }
}

/** Resolves a generated path inside `outDir`, refusing any path that would leave it. */
export function targetPath(outDir: string, path: string): string {
  const root = resolve(outDir);
  const target = resolve(root, path);
  const inside = relative(root, target);
  if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new OutputError(path, "output-outside", `refusing to write ${JSON.stringify(path)} outside ${root}`, "a generated path must stay inside --out");
  }
  return target;
}

/** Names a path for messages: the output folder as the user wrote it, then the `/`-separated path. */
export type Shown = (path: string) => string;

/** Turns a Node.js file-system error at `path` into a located OutputError. */
export function fsError(error: unknown, shown: string): OutputError {
  if (error instanceof OutputError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const known: Record<string, [string, string, string]> = {
    EISDIR: ["output-is-folder", "is a folder where a generated file should be", "remove or rename the folder"],
    ENOTDIR: ["output-not-folder", "a file stands where a folder of the output should be", "remove or rename the file"],
    ELOOP: ["output-symlink", "is a loop of symbolic links", "remove the link"],
    EACCES: ["output-permission", "permission denied", "check the permissions of the output folder"],
    EPERM: ["output-permission", "operation not permitted", "check the permissions of the output folder"],
    EROFS: ["output-permission", "read-only file system", "write to another --out"],
    ENOSPC: ["output-no-space", "no space left on the device", "free some space and run again"],
    EEXIST: ["output-exists", "exists already", "remove it and run again"],
  };
  const [rule, reason, hint] = known[code] ?? ["output-io", `${(error as Error).message ?? String(error)}`, "check the output folder"];
  return new OutputError(shown, rule, `${reason}${code && !reason.includes(code) ? ` (${code})` : ""}`, hint);
}

/**
 * Checks every component of `path` below `root` with lstat. Returns the kind
 * of the last component ("missing" when it or a parent does not exist) and
 * throws an OutputError for a symbolic link, a non-folder parent, or (when
 * `expect` is "file") a folder or special file at the path itself.
 */
export async function checkComponents(root: string, path: string, show: Shown, expect: "file" | "any" = "file"): Promise<"file" | "missing"> {
  const parts = path.split("/");
  let current = root;
  for (let index = 0; index < parts.length; index += 1) {
    current = join(current, parts[index] as string);
    const here = parts.slice(0, index + 1).join("/");
    let info;
    try {
      info = await lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
      throw fsError(error, show(here));
    }
    if (info.isSymbolicLink()) {
      throw new OutputError(show(here), "output-symlink", "is a symbolic link; generate never writes through a link, so nothing outside the output folder can change", "remove the link and run again");
    }
    const last = index === parts.length - 1;
    if (!last && !info.isDirectory()) {
      throw new OutputError(show(here), "output-not-folder", "is a file where a folder of the output should be", "remove or rename it and run again");
    }
    if (last && expect === "file" && !info.isFile()) {
      const what = info.isDirectory() ? "a folder" : "a special file";
      throw new OutputError(show(here), info.isDirectory() ? "output-is-folder" : "output-special-file", `is ${what} where a generated file should be`, "remove or rename it and run again");
    }
  }
  return "file";
}
