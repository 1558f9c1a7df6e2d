// The floor of `npm run bench`, run as `npm run bench:floor` so that npm's own
// start counts too: node loading what the generator's libraries are (yaml,
// ajv, handlebars, ts-morph) and exiting, doing no work.
import "yaml";
import "ajv/dist/2020.js";
import "handlebars";
import "ts-morph";
