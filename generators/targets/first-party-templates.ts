/**
 * The first-party templates (templates/go, java, python, rust) as
 * Handlebars' precompiled code, keyed by their path below templates/. From
 * the sources there are none: each template compiles on first use
 * (render-template.ts). The build (scripts/run-built.mjs) puts
 * scripts/precompiled-templates.mjs's module in place of this one, so the
 * built command compiles no first-party template at run time;
 * test/precompiled-templates.test.ts checks that both give the same code.
 */
export const PRECOMPILED: Readonly<Record<string, string>> = {};
