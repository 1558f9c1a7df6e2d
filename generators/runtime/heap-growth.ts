/**
 * How far V8 lets a heap grow before its next full collection. By default
 * the old generation may grow to up to four times what survived the last
 * one, and for a large catalog most of what accumulates is dead: text and
 * view models of targets already written. At 100,000 codes the main thread's
 * heap reached 1,274 MB with 190 MB alive, and with the worker's the process
 * peaked at 2.4 GiB. Growing by at most twice what survived keeps the peak
 * at 1.4 GiB in the same time (`npm run bench` measures both). V8 reads the
 * flag at each collection, for every isolate, so setting it before the
 * catalog is read covers the main thread and the worker. Set for large
 * catalogs only (generate.ts): a small run's heap never grows far.
 */
import { setFlagsFromString } from "node:v8";

export const HEAP_GROWING_PERCENT = 100;

export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
