/**
 * An output file's sha256, computed once per run: the manifest records it
 * and the writer compares it with the file on disk. The text's UTF-8 bytes
 * are made for the hash and dropped at once; keeping them for the write as
 * well would hold every output twice (text and bytes) until the run ends.
 */
import { createHash } from "node:crypto";
import type { OutputFile } from "../catalog/types.ts";

const hashes = new WeakMap<OutputFile, string>();

export const sha256 = (content: string | Uint8Array): string => createHash("sha256").update(content).digest("hex");

/** Records a hash computed elsewhere (the worker thread hashes the files it makes). */
export function rememberSha256(file: OutputFile, hash: string): void {
  hashes.set(file, hash);
}

export function sha256Of(file: OutputFile): string {
  let hash = hashes.get(file);
  if (hash === undefined) {
    hash = sha256(file.bytes ?? Buffer.from(file.content, "utf8"));
    hashes.set(file, hash);
  }
  return hash;
}
