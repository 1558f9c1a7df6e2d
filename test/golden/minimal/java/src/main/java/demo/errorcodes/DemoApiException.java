// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog demo 2.1.0, spec sha256 f68fb6906b876380c4afc83a8f3d589293a2609712b5cbb3385643f91037107c.
package demo.errorcodes;

import java.util.Optional;

/**
 * An error the API returned, ready to throw. The message reads like
 * {@code [105 PRICE_NOT_CORRECT] Price is not correct}. Build one from a decoded body with
 * {@link DemoErrors#parse(java.util.Map)}.
 */
public class DemoApiException extends RuntimeException {
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
    public DemoApiException(String code, String serverMessage) {
        super(describe(code, serverMessage));
        this.code = code;
        this.serverMessage = serverMessage;
    }

    private static String describe(String code, String serverMessage) {
        DemoErrorCode known = DemoErrorCode.resolve(code);
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
        return DemoErrorCode.resolve(code) != null;
    }

    /**
     * The constant for a known code.
     *
     * @return the constant, or empty for an unknown or missing code
     */
    public Optional<DemoErrorCode> knownCode() {
        return DemoErrorCode.fromWireCode(code);
    }

    /**
     * The catalog's metadata for a known code.
     *
     * @return the metadata, or empty
     */
    public Optional<DemoErrorInfo> info() {
        return knownCode().map(DemoErrorCode::info);
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
