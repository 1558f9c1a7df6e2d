// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog demo 2.1.0, spec sha256 f68fb6906b876380c4afc83a8f3d589293a2609712b5cbb3385643f91037107c.
/**
 * Demo API errors (catalog demo 2.1.0).
 *
 * <p>{@link DemoErrorCode} lists the codes, {@link DemoErrors} parses error bodies and looks
 * descriptions up, {@link DemoApiException} is the exception to throw.
 */
package demo.errorcodes;
