// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog demo 2.1.0, spec sha256 8497fe9ef15afc30f60e9ab99f6417b7094fcf59c70c1b3d5e5babb47087df3b.
/**
 * Demo API errors (catalog demo 2.1.0).
 *
 * <p>{@link DemoErrorCode} lists the codes, {@link DemoErrors} parses error bodies and looks
 * descriptions up, {@link DemoApiException} is the exception to throw.
 */
package demo.errorcodes;
