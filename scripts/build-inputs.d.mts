/** Types of scripts/build-inputs.mjs. */
/**
 * The generator's sources, built-in templates, schemas and build scripts
 * below `root`, as paths relative to it, in a fixed order.
 */
export function buildInputs(root: string): string[];
