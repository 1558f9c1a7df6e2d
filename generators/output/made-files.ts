/**
 * How a built-in target hands over the files it makes: as text
 * (`textFile`), or as pieces of text (`piecesFile`) when the whole text
 * would be the largest thing in memory. Either way the file becomes UTF-8
 * bytes with their sha256 at once, and while a target runs with a sink
 * (`sinkingFiles`: the run's spool, spool.ts) the bytes go to disk as they
 * are made instead of staying in memory until the target returns. At
 * 100,000 codes the TypeScript target's five files are 370 MB of bytes, and
 * a language file's text 90 million characters, which V8 keeps at two bytes
 * each when they hold Korean.
 */
import { createHash } from "node:crypto";
import type { OutputFile } from "../catalog/types.ts";
import { encoded, encodedFile, hashedFile, isHashedOnly, sha256, sha256Of, utf8 } from "./hashes.ts";

/** Takes one file's bytes, in order, then its hash; returns the file that stands for them. */
export interface FileWriter {
  write(bytes: Uint8Array): void;
  done(hash: string): OutputFile;
}

/** Where the files of a target go as they are made: a writer per file. */
export type FileSink = (path: string) => FileWriter;

/**
 * What a run keeps of a target's files: the sink they go to as they are
 * made, and what becomes of a file the target returns that the sink never
 * saw (a template's or plugin's, or one made without textFile/piecesFile).
 * The main thread and the worker keep the same way.
 */
export interface Keeper {
  readonly sink: FileSink | undefined;
  readonly take: (file: OutputFile) => OutputFile;
}

/** Files kept in memory as bytes with their hash. */
export const keepBytes: Keeper = { sink: undefined, take: encoded };

/** `--check`: each file's hash is kept, its bytes are dropped as they are made. */
export const keepHashes: Keeper = {
  sink: (path) => ({ write: () => undefined, done: (hash) => hashedFile(path, hash) }),
  take: (file) => (isHashedOnly(file) ? file : hashedFile(file.path, sha256Of(file))),
};

let sink: FileSink | undefined;

/** Runs a target with its files going to `to` as they are made. One target at a time per thread (run-targets.ts, worker/thread.ts). */
export async function sinkingFiles<T>(to: FileSink | undefined, work: () => T | Promise<T>): Promise<T> {
  const previous = sink;
  sink = to;
  try {
    return await work();
  } finally {
    sink = previous;
  }
}

function whole(path: string, bytes: Uint8Array, hash: string): OutputFile {
  if (sink === undefined) return encodedFile(path, bytes, hash);
  const writer = sink(path);
  writer.write(bytes);
  return writer.done(hash);
}

/** A file made from text, held as its bytes (or handed to the sink): the text can be dropped at once. */
export function textFile(path: string, text: string): OutputFile {
  const bytes = utf8(text);
  return whole(path, bytes, sha256(bytes));
}

/** Another file with the same bytes as `file`, in a buffer of its own (or handed to the sink), reusing its hash. */
export function sameBytes(path: string, file: OutputFile): OutputFile {
  if (isHashedOnly(file)) return hashedFile(path, sha256Of(file));
  return whole(path, new Uint8Array(encoded(file).bytes as Uint8Array), sha256Of(file));
}

/** Characters encoded at a time: big enough that encoding costs no more than whole, small next to a large file. */
const BATCH = 1 << 20;

/** Pieces of text in order: a list or generator, or a function that hands each to `emit`. */
export type Pieces = Iterable<string> | ((emit: (piece: string) => void) => void);

/**
 * A file made of pieces of text, in order, never joined whole: each batch of
 * about a million characters becomes bytes, is hashed and goes to the sink
 * (or, without one, into the file's one buffer).
 */
export function piecesFile(path: string, pieces: Pieces): OutputFile {
  const hash = createHash("sha256");
  const writer = sink?.(path);
  const held: Uint8Array[] = [];
  let batch: string[] = [];
  let size = 0;
  const flush = (last: boolean) => {
    let text = batch.join("");
    batch = [];
    size = 0;
    // A surrogate pair split between two pieces is encoded whole, with the next batch.
    const code = text.charCodeAt(text.length - 1);
    if (!last && code >= 0xd800 && code <= 0xdbff) {
      batch.push(text.slice(-1));
      size = 1;
      text = text.slice(0, -1);
    }
    if (text === "") return;
    const bytes = Buffer.from(text, "utf8");
    hash.update(bytes);
    if (writer === undefined) held.push(bytes);
    else writer.write(bytes);
  };
  const emit = (piece: string) => {
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH) flush(false);
  };
  if (typeof pieces === "function") pieces(emit);
  else for (const piece of pieces) emit(piece);
  flush(true);
  const digest = hash.digest("hex");
  if (writer !== undefined) return writer.done(digest);
  // One buffer of the file's own (Buffer.concat may hand out a slice of the shared pool).
  const bytes = new Uint8Array(held.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of held) {
    bytes.set(part, at);
    at += part.length;
  }
  return encodedFile(path, bytes, digest);
}
