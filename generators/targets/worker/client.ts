/**
 * The target worker thread, for large catalogs: started before the catalog
 * is read, it loads ts-morph on the second core while the main thread parses
 * and checks the catalog, then runs the targets in WORKER_TARGETS (thread.ts)
 * while the main thread runs the rest. This module imports only node
 * built-ins and the compile cache, so the command can start the worker
 * before it loads anything else.
 */
import { Worker } from "node:worker_threads";
import { encodedFile, hashedFile } from "../../output/hashes.ts";
import type { Spool } from "../../output/spool.ts";
import { compileCacheFolder } from "../../runtime/compile-cache.ts";
import type { Catalog, OutputFile } from "../../catalog/types.ts";
import type { TargetOptions } from "../builtins.ts";

/**
 * Catalog files at least this large use the worker thread (about 2,700
 * Coinone-sized codes). For a small catalog the worker costs more than it
 * saves (its start competes with the main thread's). Measured when it was
 * introduced: for the 22 KB Coinone catalog the worker made `generate`
 * slower (2.3 s against 2.0 s); for a 10,000-code catalog (3.8 MB) it took
 * 10.3 s against 12.6 s for the same stages one after the other.
 */
export const PARALLEL_MIN_BYTES = 1024 * 1024;

/**
 * The built-in targets the worker runs (with their options). The TypeScript
 * target is the largest stage and needs ts-morph, which only the worker
 * loads. The others were chosen by measuring 10,000 codes end to end (median
 * of five, after the catalog parse fell from 1 s to 0.1 s): TypeScript,
 * OpenAPI and Rust 3.94 s (the worker finished last); TypeScript and OpenAPI
 * 3.86 s; TypeScript, OpenAPI and Java 3.10 to 3.40 s; TypeScript, Java and
 * Go 3.24 s; TypeScript, Rust and Python 3.09 to 3.20 s.
 */
export const WORKER_TARGETS = ["typescript", "rust", "python"] as const;
export type WorkerTarget = (typeof WORKER_TARGETS)[number];

/** The run's spool (output/spool.ts) and the output folder as shown in messages. */
export interface SpoolAt {
  readonly spool: Spool;
  readonly shown: string;
}

/** What is kept of the files as they are made: written to the spool, or (`--check`) only their hashes. */
export type Keep = SpoolAt | "hashes";

export interface TargetWorker {
  /**
   * Runs one target with its options on the catalog (sent once, with the
   * first request) and resolves with its files. With a spool, the worker
   * writes each file there as it is made and sends only its name; for
   * `--check`, only its hash.
   */
  generate(target: WorkerTarget, catalog: Catalog, options?: TargetOptions, keep?: Keep): Promise<OutputFile[]>;
  /** Ends the worker once its targets are done (it keeps its compile cache first); resolves when it has ended. */
  finish(): Promise<void>;
  /** Stops the worker at once (the catalog turned out invalid, or a run failed). */
  stop(): Promise<void>;
}

export type Request = {
  readonly id: number;
  readonly target: WorkerTarget;
  readonly options: TargetOptions;
  readonly catalog?: Catalog;
  readonly keep?: { readonly folder: string; readonly shown: string } | "hashes";
};
/** A file as UTF-8 bytes (the buffer moved to the main thread), as the name of the spool file holding them, or by its hash alone. */
export type SentFile = { readonly path: string } & ({ readonly bytes: Uint8Array } | { readonly spooled: string } | { readonly hashed: true });
/** The files with their sha256, both made in the worker; or the error. */
export type Reply = { readonly id: number } & ({ readonly files: SentFile[]; readonly hashes: string[] } | { readonly error: string });



export function startTargetWorker(): TargetWorker {
  // From the build, worker-boot.mjs is the built thread.ts next to this chunk; from source, it registers tsx first.
  const worker = new Worker(new URL("./worker-boot.mjs", import.meta.url), { workerData: { compileCacheFolder: compileCacheFolder() } });
  const pending = new Map<number, { resolve: (files: OutputFile[]) => void; reject: (error: Error) => void; spool: Spool | undefined }>();
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on("message", (reply: Reply) => {
    const request = pending.get(reply.id);
    pending.delete(reply.id);
    const received = (file: SentFile, hash: string): OutputFile =>
      "bytes" in file ? encodedFile(file.path, file.bytes, hash) : "spooled" in file ? (request?.spool as Spool).adopt(file.path, file.spooled, hash) : hashedFile(file.path, hash);
    if ("files" in reply) request?.resolve(reply.files.map((file, index) => received(file, reply.hashes[index] as string)));
    else request?.reject(new Error(`a target in the worker thread failed:\n${reply.error}`));
  });
  worker.on("error", failAll);
  const ended = new Promise<void>((resolve) =>
    worker.on("exit", (code) => {
      failAll(new Error(`the target worker stopped (exit code ${code})`));
      resolve();
    }),
  );
  let nextId = 0;
  let catalogSent: Catalog | undefined;
  return {
    generate(target, catalog, options = {}, keep) {
      const id = nextId++;
      const spool = keep === undefined || keep === "hashes" ? undefined : keep;
      const result = new Promise<OutputFile[]>((resolve, reject) => pending.set(id, { resolve, reject, spool: spool?.spool }));
      const request: Request = {
        id,
        target,
        options,
        ...(catalogSent !== catalog && { catalog }),
        ...(keep !== undefined && { keep: spool === undefined ? "hashes" : { folder: spool.spool.folder, shown: spool.shown } }),
      };
      catalogSent = catalog;
      worker.postMessage(request);
      return result;
    },
    async finish() {
      worker.postMessage("finish");
      await ended;
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/** The entries runTargets hands to the worker (its `overrides`): each target of WORKER_TARGETS, run there with its options. */
export function workerOverrides(worker: TargetWorker, keep?: Keep): Record<WorkerTarget, Override> {
  return Object.fromEntries(WORKER_TARGETS.map((target): [WorkerTarget, Override] => [target, (catalog, options) => worker.generate(target, catalog, options, keep)])) as Record<WorkerTarget, Override>;
}

type Override = (catalog: Catalog, options: TargetOptions) => Promise<OutputFile[]>;
