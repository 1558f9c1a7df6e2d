/**
 * The one way the tool reads a file: only a regular file, never more than a
 * limit. A FIFO, a device, a socket or a folder is refused before a byte is
 * read (the file is opened non-blocking, so a FIFO without a writer cannot
 * hang the open, and the opened file is checked with fstat, so nothing can
 * be swapped in between). Reading stops one byte past the limit whatever
 * `stat` says (files in /proc report 0 bytes). Used for the catalog, the
 * package.json, the targets file, templates, and every file of the output
 * folder the writer reads (outputs, the inventory, the journal, the lock).
 */
import { constants } from "node:fs";
import { open } from "node:fs/promises";

/** What the tool reads at most of any one input file: the catalog's limit. */
export const READ_LIMIT = 64 * 1024 * 1024;

export type RegularRead =
  | { readonly kind: "ok"; readonly bytes: Buffer }
  | { readonly kind: "too-large"; readonly size: number }
  | { readonly kind: "unusable"; readonly reason: string; readonly code?: string };

interface Kind {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}

/** What a non-regular file is, for messages: "a folder", "a FIFO (named pipe)", ... */
export function kindOf(info: Kind): string {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * Reads at most `limit` bytes of the regular file at `path`; more is
 * reported as too large. `noun` names what the file should be ("a catalog
 * file"). `unusable` carries the reason and a code: ENOENT (reason "no
 * such file"), EISDIR for a folder, ESPECIAL or ENXIO for a FIFO, device or socket.
 */
export async function readRegularFile(path: string, limit = READ_LIMIT, noun = "a regular file"): Promise<RegularRead> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code === "ENOENT") return { kind: "unusable", reason: "no such file", code };
    if (code === "EISDIR") return { kind: "unusable", reason: `it is a folder, not ${noun}`, code };
    if (code === "ENXIO") return { kind: "unusable", reason: `it is a socket or device, not ${noun}`, code };
    return { kind: "unusable", reason: (error as Error).message, code };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile())
      return {
        kind: "unusable",
        reason: `it is ${kindOf(info)}, not ${noun}`,
        code: info.isDirectory() ? "EISDIR" : "ESPECIAL",
      };
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
    return { kind: "unusable", reason: (error as Error).message, code: (error as NodeJS.ErrnoException).code ?? "" };
  } finally {
    await handle.close();
  }
}

/** The reason a read failed, as one phrase ("it is a FIFO (named pipe), not ...", "it is over 64 MiB"). */
export function readProblem(read: Exclude<RegularRead, { kind: "ok" }>, limit = READ_LIMIT): string {
  if (read.kind !== "too-large") return read.reason;
  return `it is over ${limit >= 1024 * 1024 ? `${Math.floor(limit / 1024 / 1024)} MiB` : `${limit} bytes`}`;
}
