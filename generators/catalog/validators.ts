/**
 * The compiled validators of spec/errors.schema.json and
 * spec/targets.schema.json. From source (tsx, the tests) they are compiled
 * with ajv on first use; the build (scripts/run-built.mjs) replaces this
 * module with ajv's standalone code for the same schemas and options
 * (scripts/standalone-validators.mjs), so the built command never compiles
 * a schema at run time. test/standalone-validators.test.ts checks that both
 * agree.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv/dist/2020.js";
import catalogSchema from "../../spec/errors.schema.json" with { type: "json" };
import targetsSchema from "../../spec/targets.schema.json" with { type: "json" };
import options from "./validator-options.json" with { type: "json" };

/** ajv's options per schema (validator-options.json), read by the standalone build too. */
export const CATALOG_OPTIONS = options.catalog;
export const TARGETS_OPTIONS = options.targets;

let catalog: ValidateFunction | undefined;
let targets: ValidateFunction | undefined;

/** `enumDescriptions` (one text per enum value, as editors read it) is an annotation, not a check. */
export const catalogValidator = (): ValidateFunction =>
  (catalog ??= new Ajv2020({ ...CATALOG_OPTIONS, keywords: [...CATALOG_OPTIONS.keywords] }).compile(catalogSchema));

export const targetsValidator = (): ValidateFunction =>
  (targets ??= new Ajv2020(TARGETS_OPTIONS).compile(targetsSchema));
