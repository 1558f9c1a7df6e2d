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
    throw new OutputError(
      path,
      "output-outside",
      `refusing to write ${JSON.stringify(path)} outside ${root}`,
      "a generated path must stay inside --out",
    );
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
  const [rule, reason, hint] = known[code] ?? [
    "output-io",
    `${(error as Error).message ?? String(error)}`,
    "check the output folder",
  ];
  return new OutputError(shown, rule, `${reason}${code && !reason.includes(code) ? ` (${code})` : ""}`, hint);
}

/** Why `path` cannot name a file below an output folder, or undefined; reserved names aside (see reservedProblem). */
export function pathProblem(path: string): string | undefined {
  if (path === "") return "is empty";
  if (/[\n\r\u2028\u2029]/.test(path))
    return "holds a line break: it would forge lines of the inventory (.coinone-files)";
  if (/\p{Cc}/u.test(path)) return "holds a control character";
  // With the u flag, \p{Cs} matches only a surrogate that is not part of a pair.
  if (/\p{Cs}/u.test(path))
    return "holds a lone surrogate: not valid Unicode, the file system would store another name";
  if (path.includes("\\")) return "holds a backslash; use `/` between folders";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "is absolute: it would be written outside --out";
  const segments = path.split("/");
  if (segments.includes("..")) return "holds `..`: it would be written outside --out";
  if (segments.some((segment) => segment === "" || segment === ".")) return "has an empty or `.` folder name";
  return undefined;
}

/** Whether a top-level name is the writer's own (the lock, the inventory, the journal, staging), ignoring case. */
export function isReservedName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === ".lock" || lower.startsWith(".lock.") || lower.startsWith(".coinone-");
}

/** Why a generated path cannot be written because the writer keeps its name, or undefined. */
export function reservedProblem(path: string): string | undefined {
  return isReservedName(path.split("/")[0] as string)
    ? "is a name the writer keeps for its own files (.lock, .lock.*, .coinone-*)"
    : undefined;
}

/** A path as messages show it: JSON-quoted when it holds a character that would break the line. */
export const printable = (path: string): string =>
  /[\p{Cc}\p{Cs}\u2028\u2029]/u.test(path) ? JSON.stringify(path) : path;

/** What lstat finds along a path: the first part that is missing, a link or not a folder, else the path itself. */
export interface Found {
  /** The `/`-separated part of the path where the walk stopped. */
  readonly at: string;
  readonly kind: "missing" | "link" | "file" | "folder" | "special";
}

/** Walks `path` below `root` with lstat, stopping at the first part that is missing, a link or not a folder. */
export async function inspectPath(root: string, path: string, show: Shown): Promise<Found> {
  const parts = path.split("/");
  for (let index = 1; ; index += 1) {
    const at = parts.slice(0, index).join("/");
    let info;
    try {
      info = await lstat(join(root, at));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { at, kind: "missing" };
      throw fsError(error, show(at));
    }
    const kind = info.isSymbolicLink() ? "link" : info.isDirectory() ? "folder" : info.isFile() ? "file" : "special";
    if (kind !== "folder" || index === parts.length) return { at, kind };
  }
}

/**
 * The error for writing at `path` where `found` stands, or undefined: a
 * symbolic link anywhere, a non-folder where a folder should be, or (when
 * `expect` is "file") a folder or special file at the path itself.
 */
export function foundError(
  found: Found,
  path: string,
  show: Shown,
  expect: "file" | "any" = "file",
): OutputError | undefined {
  const here = show(found.at);
  if (found.kind === "missing") return undefined;
  if (found.kind === "link") {
    return new OutputError(
      here,
      "output-symlink",
      "is a symbolic link; generate never writes through a link, so nothing outside the output folder can change",
      "remove the link and run again",
    );
  }
  if (found.at !== path)
    return new OutputError(
      here,
      "output-not-folder",
      "is a file where a folder of the output should be",
      "remove or rename it and run again",
    );
  if (expect === "any" || found.kind === "file") return undefined;
  const folder = found.kind === "folder";
  return new OutputError(
    here,
    folder ? "output-is-folder" : "output-special-file",
    `is ${folder ? "a folder" : "a special file"} where a generated file should be`,
    "remove or rename it and run again",
  );
}

/**
 * Checks every component of `path` below `root` with lstat. Returns
 * "missing" when it or a parent does not exist, else "file", and throws an
 * OutputError where foundError finds one.
 */
export async function checkComponents(
  root: string,
  path: string,
  show: Shown,
  expect: "file" | "any" = "file",
): Promise<"file" | "missing"> {
  const found = await inspectPath(root, path, show);
  const error = foundError(found, path, show, expect);
  if (error) throw error;
  return found.kind === "missing" ? "missing" : "file";
}
