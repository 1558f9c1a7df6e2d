// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
package coinone.errorcodes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog as a whole: its locales, the retired codes, the description lookup with locale
 * fallback, and the parser of an error body.
 */
public final class CoinoneErrors {
    /** The catalog's name. */
    public static final String CATALOG_NAME = "coinone";

    /** The catalog's version. */
    public static final String CATALOG_VERSION = "4.0.0";

    /** The locale every description exists in; the last fallback. */
    public static final String SOURCE_LOCALE = "en";

    /** Every locale of the catalog, in the catalog's order. */
    public static final List<String> LOCALES = List.of("en", "ko");

    /** The body field that marks an error, and its error value. */
    static final String RESULT_FIELD = "result";

    static final String ERROR_RESULT = "error";

    /** The fields read for the code and for the message, current shape first. */
    static final List<String> CODE_FIELDS = List.of("error_code", "errorCode");

    static final List<String> MESSAGE_FIELDS = List.of("error_msg", "errorMsg");

    private CoinoneErrors() {}

    /**
     * The retired codes: never constants, never reused.
     *
     * @return an unmodifiable map from wire code to metadata, in code order
     */
    public static Map<String, CoinoneErrorInfo> reservedCodes() {
        return CoinoneErrorCode.retired();
    }

    /**
     * Whether a wire code is retired.
     *
     * @param code the wire code
     * @return true for a retired code
     */
    public static boolean isReserved(String code) {
        return code != null && CoinoneErrorCode.retired().containsKey(code);
    }

    /**
     * The description of an active code in {@code locale} ({@code ko-KR} falls back to
     * {@code ko}, then to {@link #SOURCE_LOCALE}).
     *
     * @param code the wire code
     * @param locale a locale tag, may be null
     * @return the description, or empty for a code the catalog does not know
     */
    public static Optional<String> describe(String code, String locale) {
        return CoinoneErrorCode.fromWireCode(code).map(known -> known.info().description(locale));
    }

    /**
     * Reads an error body that a JSON library already decoded into a map. The code comes from
     * the first of {@link #CODE_FIELDS} present, as a string or a number; the message from the
     * first string of {@link #MESSAGE_FIELDS}, and may be missing. An unknown code is kept as
     * unknown. Never throws.
     *
     * @param body the decoded body, may be null
     * @return the error, or empty when the body is not an error body (a success body, a result
     *     field other than the error value, no code and no result field)
     */
    public static Optional<CoinoneApiException> parse(Map<String, ?> body) {
        if (body == null) {
            return Optional.empty();
        }
        Object result;
        String code;
        String message;
        try {
            result = body.get(RESULT_FIELD);
            code = first(body, CODE_FIELDS, true);
            message = first(body, MESSAGE_FIELDS, false);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        if (result != null ? !ERROR_RESULT.equals(result) : code == null) {
            return Optional.empty();
        }
        return Optional.of(new CoinoneApiException(code, message));
    }

    private static String first(Map<String, ?> body, List<String> fields, boolean numbers) {
        for (String field : fields) {
            String text = text(body.get(field), numbers);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** A string as is; an integral number as its digits ({@code 105.0} reads as {@code 105}). */
    private static String text(Object value, boolean numbers) {
        if (value instanceof String) {
            return (String) value;
        }
        if (!numbers || !(value instanceof Number)) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal) {
            BigDecimal decimal = ((BigDecimal) value).stripTrailingZeros();
            return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
        }
        double number = ((Number) value).doubleValue();
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return null;
        }
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return Double.toString(number);
    }
}
