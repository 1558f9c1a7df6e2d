/**
 * An output file's UTF-8 bytes, encoded once: the manifest hashes them, the
 * writer compares them with the file on disk and writes them. Encoding a
 * large file's text (a rope of many pieces) three times cost more than the
 * hashing and writing together.
 */
import type { OutputFile } from "../catalog/types.ts";

const encoded = new WeakMap<OutputFile, Buffer>();

export function bytesOf(file: OutputFile): Buffer {
  let bytes = encoded.get(file);
  if (bytes === undefined) {
    bytes = Buffer.from(file.content, "utf8");
    encoded.set(file, bytes);
  }
  return bytes;
}
