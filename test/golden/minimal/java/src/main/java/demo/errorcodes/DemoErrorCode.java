// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
package demo.errorcodes;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Demo API errors (catalog demo 2.1.0).
 *
 * <p>Every active error code, in code order; deprecated codes are marked {@link Deprecated}.
 * Look a wire code up with {@link #resolve(String)}; retired codes are never constants
 * (see {@link DemoErrors#reservedCodes()}).
 */
public enum DemoErrorCode {
    /**
     * The price is not valid.
     *
     * <p>ko: 올바르지 않은 가격입니다.
     *
     * <p>Code: 105
     *
     * <p>Message: Price is not correct
     *
     * <p>Category: order (Orders)
     */
    PRICE_NOT_CORRECT("105"),

    /**
     * The price does not fit the tick size.
     *
     * <p>ko: 호가 단위가 맞지 않습니다.
     *
     * <p>Code: 106
     *
     * <p>Message: Price unit is wrong
     *
     * <p>Category: order (Orders)
     *
     * @deprecated Since 2.0.0: Merged into 105.
     * Use {@link #PRICE_NOT_CORRECT} instead.
     */
    @Deprecated(since = "2.0.0")
    PRICE_UNIT_WRONG("106"),

    /**
     * A server error occurred; try again in {seconds} seconds.
     *
     * <p>ko: 서버 에러가 발생하였습니다. {seconds}초 후 다시 시도하세요.
     *
     * <p>Code: 405
     *
     * <p>Message: Server error
     *
     * <p>Category: server (Server)
     */
    SERVER_ERROR("405");

    private final String wireCode;

    DemoErrorCode(String wireCode) {
        this.wireCode = wireCode;
    }

    /**
     * The code as the API sends it, e.g. in the error body's code field.
     *
     * @return the wire code, never null
     */
    public String wireCode() {
        return wireCode;
    }

    /**
     * Everything the catalog says about this code.
     *
     * @return the metadata, never null
     */
    public DemoErrorInfo info() {
        return Metadata.INFOS[ordinal()];
    }

    /**
     * Whether the catalog deprecates this code.
     *
     * @return true for a deprecated code
     */
    public boolean isDeprecated() {
        return info().deprecation().isPresent();
    }

    /**
     * The constant for a wire code, in the style of Spring's {@code HttpStatus.resolve}.
     *
     * @param wireCode the code as sent, may be null
     * @return the constant, or null when the catalog does not know the code
     */
    public static DemoErrorCode resolve(String wireCode) {
        return wireCode == null ? null : Lookup.BY_WIRE_CODE.get(wireCode);
    }

    /**
     * The constant for a wire code.
     *
     * @param wireCode the code as sent, may be null
     * @return the constant, or empty when the catalog does not know the code
     */
    public static Optional<DemoErrorCode> fromWireCode(String wireCode) {
        return Optional.ofNullable(resolve(wireCode));
    }

    /** The retired codes, for {@link DemoErrors#reservedCodes()}. */
    static Map<String, DemoErrorInfo> retired() {
        return Metadata.RETIRED_BY_CODE;
    }

    /** Built on first use, after every constant exists. */
    private static final class Lookup {
        static final Map<String, DemoErrorCode> BY_WIRE_CODE;

        static {
            Map<String, DemoErrorCode> byWireCode = new HashMap<>();
            for (DemoErrorCode code : values()) {
                byWireCode.put(code.wireCode(), code);
            }
            BY_WIRE_CODE = Collections.unmodifiableMap(byWireCode);
        }

        private Lookup() {}
    }

    /**
     * Built on first use: the metadata of every entry, active codes (by ordinal) then retired
     * ones. Not in the enum's own initializer, which the JVM limits to 64 KiB of code: each
     * class below fills at most 100 entries.
     */
    private static final class Metadata {
        static final DemoErrorInfo[] INFOS = new DemoErrorInfo[3 + 1];

        static final Map<String, DemoErrorInfo> RETIRED_BY_CODE;

        static {
            Rows0.fill(INFOS);
            Map<String, DemoErrorInfo> retired = new LinkedHashMap<>();
            for (int i = 3; i < INFOS.length; i++) {
                retired.put(INFOS[i].code(), INFOS[i]);
            }
            RETIRED_BY_CODE = Collections.unmodifiableMap(retired);
        }

        private Metadata() {}

        private static final class Rows0 {
            private Rows0() {}

            static void fill(DemoErrorInfo[] infos) {
                infos[0] = DemoErrorInfo.builder("105", "PRICE_NOT_CORRECT", "order", "Price is not correct")
                    .description("en", "The price is not valid.")
                    .description("ko", "올바르지 않은 가격입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .notes("Keep \"price\" generic; it covers limit and stop prices.")
                    .build();
                infos[1] = DemoErrorInfo.builder("106", "PRICE_UNIT_WRONG", "order", "Price unit is wrong")
                    .description("en", "The price does not fit the tick size.")
                    .description("ko", "호가 단위가 맞지 않습니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .deprecated("2.0.0", "Merged into 105.", "105")
                    .build();
                infos[2] = DemoErrorInfo.builder("405", "SERVER_ERROR", "server", "Server error")
                    .description("en", "A server error occurred; try again in {seconds} seconds.")
                    .description("ko", "서버 에러가 발생하였습니다. {seconds}초 후 다시 시도하세요.")
                    .retryable(true)
                    .errorClass("exchange-unavailable")
                    .userAction("retry-later")
                    .httpStatus(500)
                    .build();
                infos[3] = DemoErrorInfo.builder("110", "ORDER_TYPE_RETIRED", "order", "Order type is not supported")
                    .description("en", "This order type is no longer supported.")
                    .description("ko", "더 이상 지원하지 않는 주문 유형입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .removed("2.1.0", "The order type no longer exists.")
                    .build();
            }
        }
    }
}
