/**
 * What every target returns and the writer takes: a path relative to the
 * output folder and the file's text. Targets, templates and plugins all
 * return plain objects of this shape; nothing else touches the disk.
 */
import { createHash } from "node:crypto";

export interface OutputFile {
  readonly path: string;
  readonly content: string;
}

/** Files in path order, so every run lists and writes them the same way. */
export function sortFiles(files: OutputFile[]): OutputFile[] {
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export const sha256 = (content: string | Uint8Array): string => createHash("sha256").update(content).digest("hex");
