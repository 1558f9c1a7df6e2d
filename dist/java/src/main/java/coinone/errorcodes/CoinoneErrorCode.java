// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog coinone 3.0.0, spec sha256 3611363e008c0d63fcdc5a75afbfbebc16223b2368391225491f743deddb0dc5.
package coinone.errorcodes;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Coinone Open API errors (catalog coinone 3.0.0).
 *
 * <p>Every active error code, in code order, is a constant of this class; deprecated codes are
 * marked {@link Deprecated}. Each code has exactly one instance, so {@code ==} compares codes.
 * Look a wire code up with {@link #resolve(String)}; retired codes are never constants (see
 * {@link CoinoneErrors#reservedCodes()}). A class rather than an {@code enum}: the JVM
 * limits a class initializer to 64 KiB of code, which an {@code enum} of a few thousand codes
 * exceeds, so the constants are declared in the interfaces this class implements.
 */
public final class CoinoneErrorCode implements CoinoneErrorCodeChunk0 {
    /** The number of active codes, then of retired codes. */
    private static final int ACTIVE = 90;

    private static final int RETIRED = 0;

    private final int index;

    private CoinoneErrorCode(int index) {
        this.index = index;
    }

    /** The constant at {@code index} in code order; used by the constants' initializers. */
    static CoinoneErrorCode at(int index) {
        return Table.CODES[index];
    }

    /**
     * The catalog's stable name of the code, which is also the name of its constant.
     *
     * @return the name, e.g. {@code PRICE_NOT_CORRECT}
     */
    public String name() {
        return info().name();
    }

    /**
     * The code as the API sends it, e.g. in the error body's code field.
     *
     * @return the wire code, never null
     */
    public String wireCode() {
        return info().code();
    }

    /**
     * Everything the catalog says about this code.
     *
     * @return the metadata, never null
     */
    public CoinoneErrorInfo info() {
        return Table.INFOS[index];
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
     * The name of the code, as an enum constant prints.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name();
    }

    /**
     * Every active code, in code order, as an enum's {@code values()}.
     *
     * @return a new array of the constants
     */
    public static CoinoneErrorCode[] values() {
        return Table.CODES.clone();
    }

    /**
     * The constant for a wire code, in the style of Spring's {@code HttpStatus.resolve}.
     *
     * @param wireCode the code as sent, may be null
     * @return the constant, or null when the catalog does not know the code
     */
    public static CoinoneErrorCode resolve(String wireCode) {
        return wireCode == null ? null : Table.BY_WIRE_CODE.get(wireCode);
    }

    /**
     * The constant for a wire code.
     *
     * @param wireCode the code as sent, may be null
     * @return the constant, or empty when the catalog does not know the code
     */
    public static Optional<CoinoneErrorCode> fromWireCode(String wireCode) {
        return Optional.ofNullable(resolve(wireCode));
    }

    /** The retired codes, for {@link CoinoneErrors#reservedCodes()}. */
    static Map<String, CoinoneErrorInfo> retired() {
        return Table.RETIRED_BY_CODE;
    }

    /** Built on first use: the metadata of every entry, one instance per active code, the lookups. */
    private static final class Table {
        static final CoinoneErrorInfo[] INFOS = new CoinoneErrorInfo[ACTIVE + RETIRED];

        static final CoinoneErrorCode[] CODES = new CoinoneErrorCode[ACTIVE];

        static final Map<String, CoinoneErrorCode> BY_WIRE_CODE;

        static final Map<String, CoinoneErrorInfo> RETIRED_BY_CODE;

        static {
            CoinoneErrorCodeChunk0.Metadata.fill(INFOS);
            Map<String, CoinoneErrorCode> byWireCode = new HashMap<>();
            for (int i = 0; i < ACTIVE; i++) {
                CODES[i] = new CoinoneErrorCode(i);
                byWireCode.put(INFOS[i].code(), CODES[i]);
            }
            BY_WIRE_CODE = Collections.unmodifiableMap(byWireCode);
            Map<String, CoinoneErrorInfo> retired = new LinkedHashMap<>();
            for (int i = ACTIVE; i < ACTIVE + RETIRED; i++) {
                retired.put(INFOS[i].code(), INFOS[i]);
            }
            RETIRED_BY_CODE = Collections.unmodifiableMap(retired);
        }

        private Table() {}
    }
}
