// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog demo 2.1.0, spec sha256 f68fb6906b876380c4afc83a8f3d589293a2609712b5cbb3385643f91037107c.
package demo.errorcodes;

/**
 * Catalog entries 0 to 3 (active codes first, then the retired ones): the
 * constants of {@link DemoErrorCode}, which implements this interface, and the metadata. The
 * constants are spread over several interfaces so that no class initializer outgrows the
 * JVM's limit of 64 KiB of code per method.
 */
interface DemoErrorCodeChunk0 {
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
    DemoErrorCode PRICE_NOT_CORRECT = DemoErrorCode.at(0);

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
     * Use {@link DemoErrorCode#PRICE_NOT_CORRECT} instead.
     */
    @Deprecated(since = "2.0.0")
    DemoErrorCode PRICE_UNIT_WRONG = DemoErrorCode.at(1);

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
    DemoErrorCode SERVER_ERROR = DemoErrorCode.at(2);

    /** Builds the metadata of these entries; its own class, so that it runs without the constants. */
    final class Metadata {
        private Metadata() {}

        /**
         * Stores the metadata of entries 0 to 3.
         *
         * @param infos the metadata of every entry, by index
         */
        static void fill(DemoErrorInfo[] infos) {
            fill0(infos);
        }

        private static void fill0(DemoErrorInfo[] infos) {
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
