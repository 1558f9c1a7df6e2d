// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog coinone 3.0.0, spec sha256 3611363e008c0d63fcdc5a75afbfbebc16223b2368391225491f743deddb0dc5.
package coinone.errorcodes;

import java.util.Optional;

/**
 * An error the API returned, ready to throw. The message reads like
 * {@code [105 PRICE_NOT_CORRECT] Price is not correct}. Build one from a decoded body with
 * {@link CoinoneErrors#parse(java.util.Map)}.
 */
public class CoinoneApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The wire code as sent, or null when the body had none. */
    private final String code;

    /** The message the server sent, or null. */
    private final String serverMessage;

    /**
     * An error with a wire code and the server's message.
     *
     * @param code the wire code as sent, may be null
     * @param serverMessage the message the server sent, may be null
     */
    public CoinoneApiException(String code, String serverMessage) {
        super(describe(code, serverMessage));
        this.code = code;
        this.serverMessage = serverMessage;
    }

    private static String describe(String code, String serverMessage) {
        CoinoneErrorCode known = CoinoneErrorCode.resolve(code);
        String shown = serverMessage != null ? serverMessage
                : known != null ? known.info().message() : "unknown error";
        return "[" + (code == null ? "no code" : code) + (known == null ? "" : " " + known.info().name()) + "] " + shown;
    }

    /**
     * The wire code, as sent.
     *
     * @return the code, or empty when the body had none
     */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /**
     * Whether the catalog knows the code.
     *
     * @return true for a known code
     */
    public boolean isKnown() {
        return CoinoneErrorCode.resolve(code) != null;
    }

    /**
     * The constant for a known code.
     *
     * @return the constant, or empty for an unknown or missing code
     */
    public Optional<CoinoneErrorCode> knownCode() {
        return CoinoneErrorCode.fromWireCode(code);
    }

    /**
     * The catalog's metadata for a known code.
     *
     * @return the metadata, or empty
     */
    public Optional<CoinoneErrorInfo> info() {
        return knownCode().map(CoinoneErrorCode::info);
    }

    /**
     * The message the server sent; it may differ from the documented one.
     *
     * @return the message, or empty when the body had none
     */
    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }
}
