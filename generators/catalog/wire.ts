/**
 * The body fields an error's code and message may arrive in, in the order
 * every generated client reads them: the current field, then the legacy one
 * of older endpoints when the catalog names it.
 */
import type { WireFields } from "./types.ts";

export const codeFields = (wire: WireFields): string[] => [
  wire.codeField,
  ...(wire.legacyCodeField === undefined ? [] : [wire.legacyCodeField]),
];

export const messageFields = (wire: WireFields): string[] => [
  wire.messageField,
  ...(wire.legacyMessageField === undefined ? [] : [wire.legacyMessageField]),
];
