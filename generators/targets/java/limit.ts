/**
 * The largest catalog the Java target makes a package for. Every enum
 * constant is created in the enum's class initializer, one method that the
 * JVM limits to 64 KiB of code (about 19 bytes per constant), so javac
 * stops with "code too large" past a few thousand codes. Measured with
 * javac 17 (`--release 11`, the lint flags of test/language-builds.ts) on
 * catalogs from scripts/synthetic-catalog.ts with names as long as the real
 * catalog's (39 characters): MEASURED_MAX codes compile, one more does not
 * (retired codes and the number of locales do not count there: metadata is
 * built by nested classes of 100 rows each). The target refuses a catalog
 * with more active and retired codes than JAVA_MAX_CODES, a round number
 * safely below, before anything is written, rather than write a package
 * that does not compile. test/java-target.test.ts compiles one at the limit.
 */
import { quote } from "../../catalog/diagnostics.ts";
import type { Catalog } from "../../catalog/types.ts";

/** The largest catalog (active and retired codes) that compiled in the measurement. */
export const MEASURED_MAX = 3455;

/** Active and retired codes the Java target accepts. */
export const JAVA_MAX_CODES = 3000;

/** Why the target refuses a catalog, in the shape run-targets reports (generators/targets/builtins.ts). */
export interface JavaRefusal {
  readonly rule: "java-too-many-codes";
  readonly message: string;
  readonly hint: string;
}

/** A refusal for a catalog over JAVA_MAX_CODES, naming the first code past the limit; undefined otherwise. */
export function javaCatalogRefusal(catalog: Catalog): JavaRefusal | undefined {
  const count = catalog.errors.length;
  if (count <= JAVA_MAX_CODES) return undefined;
  const first = catalog.errors[JAVA_MAX_CODES];
  const retired = catalog.errors.filter((e) => e.removed).length;
  return {
    rule: "java-too-many-codes",
    message:
      `the catalog has ${count} codes (${count - retired} active, ${retired} retired), over the Java target's ` +
      `limit of ${JAVA_MAX_CODES}; code ${quote(first?.code)} (${first?.name}) is the first past it`,
    hint:
      `javac cannot compile an enum much larger ("code too large"); leave the java target out of ` +
      `spec/targets.yaml for catalogs this large, or split the catalog`,
  };
}
