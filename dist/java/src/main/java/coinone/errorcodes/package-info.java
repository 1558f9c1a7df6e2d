// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog coinone 1.0.0, spec sha256 87622cee4668e9039eb25d2e7e723bc484cbce7a6be63b30bd5f7a22a3f33b8a.
/**
 * Coinone Open API errors (catalog coinone 1.0.0).
 *
 * <p>{@link CoinoneErrorCode} lists the codes, {@link CoinoneErrors} parses error bodies and looks
 * descriptions up, {@link CoinoneApiException} is the exception to throw.
 */
package coinone.errorcodes;
