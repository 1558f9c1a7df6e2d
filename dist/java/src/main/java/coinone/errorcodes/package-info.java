// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog coinone 2.0.0, spec sha256 dfe5675f988598fabbb367c023ce16e5521cc40c6c78f6e6a7ddbda092cb93c5.
/**
 * Coinone Open API errors (catalog coinone 2.0.0).
 *
 * <p>{@link CoinoneErrorCode} lists the codes, {@link CoinoneErrors} parses error bodies and looks
 * descriptions up, {@link CoinoneApiException} is the exception to throw.
 */
package coinone.errorcodes;
