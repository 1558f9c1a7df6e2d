// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog demo 2.1.0, spec sha256 b0c013d2487b8e3602654a1df503e935a74275eac7269da1ec8a06c8e496a86a.
/**
 * Demo API errors (catalog demo 2.1.0).
 *
 * <p>{@link DemoErrorCode} lists the codes, {@link DemoErrors} parses error bodies and looks
 * descriptions up, {@link DemoApiException} is the exception to throw.
 */
package demo.errorcodes;
