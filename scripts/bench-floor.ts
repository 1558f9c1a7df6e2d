/**
 * The dependency-loading floor for the benchmark: loads what `npm run
 * generate` loads (yaml, ajv, commander, handlebars, ts-morph) and exits,
 * doing no work.
 */
import "yaml";
import "ajv/dist/2020.js";
import "commander";
import "handlebars";
import "ts-morph";
