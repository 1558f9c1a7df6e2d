// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
/**
 * Coinone Open API errors (catalog coinone 4.0.0).
 *
 * <p>{@link CoinoneErrorCode} lists the codes, {@link CoinoneErrors} parses error bodies and looks
 * descriptions up, {@link CoinoneApiException} is the exception to throw.
 */
package coinone.errorcodes;
