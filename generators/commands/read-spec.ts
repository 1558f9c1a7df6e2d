/**
 * Reads the catalog file for the generate command, and names it for the
 * artifacts. Only a regular file is a catalog: a FIFO, a device or a folder
 * is refused before it is read (opening is non-blocking, and the opened file
 * is checked again, so nothing can swap it in between). Reading stops one
 * byte past the size limit whatever `stat` says (files in /proc report 0).
 *
 * The provenance written into artifacts is the spec's path relative to the
 * project: the nearest folder above the spec holding a package.json, or the
 * spec's own folder when there is none. It never depends on the working
 * folder, and never holds an absolute path.
 */
import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

export type SpecRead =
  | { readonly kind: "ok"; readonly bytes: Buffer }
  | { readonly kind: "too-large"; readonly size: number }
  | { readonly kind: "unusable"; readonly reason: string };

function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}

/** Reads at most `limit` bytes of a regular file; more is reported as too large. `noun` names what the file should be. */
export async function readSpec(path: string, limit: number, noun = "a catalog file"): Promise<SpecRead> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { kind: "unusable", reason: "no such file" };
    if (code === "EISDIR") return { kind: "unusable", reason: `it is a folder, not ${noun}` };
    if (code === "ENXIO") return { kind: "unusable", reason: `it is a socket or device, not ${noun}` };
    return { kind: "unusable", reason: (error as Error).message };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { kind: "unusable", reason: `it is ${kindOf(info)}, not ${noun}` };
    if (info.size > limit) return { kind: "too-large", size: info.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return { kind: "too-large", size: total };
    }
    return { kind: "ok", bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { kind: "unusable", reason: (error as Error).message };
  } finally {
    await handle.close();
  }
}

/** The folder whose package.json is nearest above `specPath` (absolute), or the spec's own folder. */
export async function projectRoot(specPath: string): Promise<string> {
  for (let dir = dirname(specPath); ; dir = dirname(dir)) {
    const info = await stat(join(dir, "package.json")).catch(() => undefined);
    if (info?.isFile()) return dir;
    if (dirname(dir) === dir) return dirname(specPath);
  }
}

/** The spec's path as artifacts record it: relative to its project, with `/` separators. */
export async function provenancePath(specPath: string): Promise<string> {
  const shown = relative(await projectRoot(specPath), specPath);
  return sep === "/" ? shown : shown.split(sep).join("/");
}
