// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
/**
 * Demo API errors (catalog demo 2.1.0).
 *
 * <p>{@link DemoErrorCode} lists the codes, {@link DemoErrors} parses error bodies and looks
 * descriptions up, {@link DemoApiException} is the exception to throw.
 */
package demo.errorcodes;
