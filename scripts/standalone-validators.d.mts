/** Types of scripts/standalone-validators.mjs. */
/**
 * The ES module text of ajv's standalone validators for the catalog and
 * targets schemas, below the repository `root`.
 */
export function standaloneValidators(root: string): string;
