/**
 * Output files as the writer takes them: UTF-8 bytes and their sha256,
 * made once per file. The manifest records the hash, the writer compares it
 * with the file on disk and writes the bytes. A built-in target's files are
 * turned into bytes as soon as they are made (made-files.ts), and their text
 * is dropped: bytes take less memory than text that holds Korean (which V8
 * keeps at two bytes a character), and nothing encodes the text twice.
 * `--check` keeps no bytes at all (`hashedFile`): it compares hashes only.
 */
import { createHash } from "node:crypto";
import type { OutputFile } from "../catalog/types.ts";

const hashes = new WeakMap<OutputFile, string>();
const decoder = new TextDecoder();

export const sha256 = (content: string | Uint8Array): string => createHash("sha256").update(content).digest("hex");

/** A file held as its bytes, with their hash; its text is decoded only when something reads `content`. */
export function encodedFile(path: string, bytes: Uint8Array, hash: string = sha256(bytes)): OutputFile {
  const file: OutputFile = {
    path,
    bytes,
    get content() {
      return decoder.decode(bytes);
    },
  };
  return withHash(file, hash);
}

/** Records the hash of a file's bytes, made where the bytes were. */
export function withHash(file: OutputFile, hash: string): OutputFile {
  hashes.set(file, hash);
  return file;
}

/**
 * UTF-8 in a buffer of its own, so a worker thread can move it: Buffer.from
 * shares one pool among small results (and encodes faster than TextEncoder).
 */
export function utf8(text: string): Uint8Array {
  const bytes = Buffer.from(text, "utf8");
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? bytes : Uint8Array.prototype.slice.call(bytes);
}

const hashedOnly = new WeakSet<OutputFile>();

/** A file known by its path and hash alone, for `--check`, which compares nothing else: its bytes were not kept. */
export function hashedFile(path: string, hash: string): OutputFile {
  const dropped = (): never => {
    throw new Error(`${path}: only its hash was kept (generate --check compares hashes)`);
  };
  const file: OutputFile = {
    path,
    get bytes(): Uint8Array {
      return dropped();
    },
    get content(): string {
      return dropped();
    },
  };
  hashedOnly.add(file);
  return withHash(file, hash);
}

/** Whether a file is known by its hash alone (`hashedFile`). */
export const isHashedOnly = (file: OutputFile): boolean => hashedOnly.has(file);

/** The file as bytes (the same object when it already is). */
export function encoded(file: OutputFile): OutputFile {
  return file.bytes !== undefined ? file : encodedFile(file.path, utf8(file.content));
}

export function sha256Of(file: OutputFile): string {
  let hash = hashes.get(file);
  if (hash === undefined) {
    hash = sha256(file.bytes ?? Buffer.from(file.content, "utf8"));
    hashes.set(file, hash);
  }
  return hash;
}
