/** Types of scripts/precompiled-templates.mjs. */
export const FIRST_PARTY: string[];
/** The ES module text of the first-party templates, precompiled, below the repository `root`. */
export function precompiledTemplates(root: string): string;
