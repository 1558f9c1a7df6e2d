// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog coinone 2.0.1, spec sha256 b172569f3f7bd3dad210e105ae2872d17bb095a6bfe986f65b460cd390deb0da.
/**
 * Coinone Open API errors (catalog coinone 2.0.1).
 *
 * <p>{@link CoinoneErrorCode} lists the codes, {@link CoinoneErrors} parses error bodies and looks
 * descriptions up, {@link CoinoneApiException} is the exception to throw.
 */
package coinone.errorcodes;
