/**
 * How targets hand over files (generators/output/made-files.ts): text, or
 * pieces never joined whole; kept as bytes, or sent to a sink (the spool)
 * as they are made. Whatever the way, the bytes and the hash are those of
 * the whole text encoded once.
 */
import { describe, expect, it } from "vitest";
import { encodedFile, isHashedOnly, sha256, sha256Of } from "../generators/output/hashes.ts";
import { keepHashes, piecesFile, sameBytes, sinkingFiles, textFile } from "../generators/output/made-files.ts";
import type { FileSink } from "../generators/output/made-files.ts";
import type { OutputFile } from "../generators/catalog/types.ts";

/** A sink that records each file's writes, in order. */
function recordingSink() {
  const files: { path: string; writes: Uint8Array[]; hash?: string }[] = [];
  const sink: FileSink = (path) => {
    const file: (typeof files)[number] = { path, writes: [] };
    files.push(file);
    return {
      write: (bytes) => void file.writes.push(new Uint8Array(bytes)),
      done: (hash) => {
        expect(file.hash, "done once").toBeUndefined();
        file.hash = hash;
        return encodedFile(path, Buffer.concat(file.writes), hash);
      },
    };
  };
  return { files, sink };
}

// Korean (two bytes a character in V8, three in UTF-8), an emoji (a surrogate pair) and ASCII.
const text = "가나다 🚨 abc\n".repeat(200_000);
const pieces = text.match(/[\s\S]{1,7}/gu) as string[];

describe("piecesFile", () => {
  it("makes the bytes and hash of the whole text, from a list, a generator or an emit function", () => {
    const expected = Buffer.from(text, "utf8");
    for (const made of [
      piecesFile("a.txt", pieces),
      piecesFile("a.txt", (function* () {
        yield* pieces;
      })()),
      piecesFile("a.txt", (emit) => pieces.forEach(emit)),
    ]) {
      expect(Buffer.from(made.bytes as Uint8Array).equals(expected)).toBe(true);
      expect(sha256Of(made)).toBe(sha256(expected));
      expect(made.content).toBe(text);
    }
  });

  it("encodes a surrogate pair split between two pieces whole, even where a batch ends", () => {
    // A high surrogate as the last character of the first million: the batch must carry it over.
    const before = "a".repeat((1 << 20) - 1);
    const split = [before, "\uD83D", "\uDEA8", "z"];
    const made = piecesFile("b.txt", split);
    expect(made.content).toBe(`${before}🚨z`);
    expect(Buffer.from(made.bytes as Uint8Array).equals(Buffer.from(split.join(""), "utf8"))).toBe(true);
  });

  it("gives an empty file for no pieces, and a buffer of its own that a worker can move", () => {
    expect(piecesFile("e.txt", []).bytes).toHaveLength(0);
    const small = piecesFile("s.txt", ["x"]);
    expect((small.bytes as Uint8Array).byteOffset).toBe(0);
    expect((small.bytes as Uint8Array).buffer.byteLength).toBe(1);
  });
});

describe("with a sink", () => {
  it("sends each file's bytes as they are made, in batches, then its hash once", async () => {
    const { files, sink } = recordingSink();
    const made: OutputFile[] = await sinkingFiles(sink, () => [piecesFile("big.txt", pieces), textFile("small.txt", "hello"), sameBytes("copy.txt", textFile("orig.txt", "same"))]);
    expect(files.map((file) => file.path)).toEqual(["big.txt", "small.txt", "orig.txt", "copy.txt"]);
    const big = files[0] as (typeof files)[number];
    // About a million characters a batch: the text is never whole.
    expect(big.writes.length).toBeGreaterThan(2);
    expect(Buffer.concat(big.writes).equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(big.hash).toBe(sha256(Buffer.from(text, "utf8")));
    expect(files[3]?.hash).toBe(sha256("same"));
    expect(made.map((file) => [file.path, file.content])).toEqual([["big.txt", text], ["small.txt", "hello"], ["copy.txt", "same"]]);
  });

  it("for --check keeps each file's hash and drops its bytes", async () => {
    const made = await sinkingFiles(keepHashes.sink, () => {
      const original = textFile("d.ts", "declare const x: 1;\n");
      return [piecesFile("big.txt", pieces), original, sameBytes("d.cts", original)];
    });
    expect(made.map((file) => [file.path, sha256Of(file)])).toEqual([
      ["big.txt", sha256(Buffer.from(text, "utf8"))],
      ["d.ts", sha256("declare const x: 1;\n")],
      ["d.cts", sha256("declare const x: 1;\n")],
    ]);
    for (const file of made) {
      expect(isHashedOnly(file)).toBe(true);
      expect(() => file.content).toThrow(`${file.path}: only its hash was kept`);
    }
  });

  it("is set only while the target runs, and restored after a failure", async () => {
    const { files, sink } = recordingSink();
    await expect(
      sinkingFiles(sink, () => {
        textFile("in.txt", "x");
        throw new Error("target failed");
      }),
    ).rejects.toThrow("target failed");
    textFile("after.txt", "y");
    expect(files.map((file) => file.path)).toEqual(["in.txt"]);
  });
});
