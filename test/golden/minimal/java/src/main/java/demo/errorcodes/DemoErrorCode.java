// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog demo 2.1.0, spec sha256 f68fb6906b876380c4afc83a8f3d589293a2609712b5cbb3385643f91037107c.
package demo.errorcodes;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Demo API errors (catalog demo 2.1.0).
 *
 * <p>Every active error code, in code order, is a constant of this class; deprecated codes are
 * marked {@link Deprecated}. Each code has exactly one instance, so {@code ==} compares codes.
 * Look a wire code up with {@link #resolve(String)}; retired codes are never constants (see
 * {@link DemoErrors#reservedCodes()}). A class rather than an {@code enum}: the JVM
 * limits a class initializer to 64 KiB of code, which an {@code enum} of a few thousand codes
 * exceeds, so the constants are declared in the interfaces this class implements.
 */
public final class DemoErrorCode implements DemoErrorCodeChunk0 {
    /** The number of active codes, then of retired codes. */
    private static final int ACTIVE = 3;

    private static final int RETIRED = 1;

    private final int index;

    private DemoErrorCode(int index) {
        this.index = index;
    }

    /** The constant at {@code index} in code order; used by the constants' initializers. */
    static DemoErrorCode at(int index) {
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
    public DemoErrorInfo info() {
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
    public static DemoErrorCode[] values() {
        return Table.CODES.clone();
    }

    /**
     * The constant for a wire code, in the style of Spring's {@code HttpStatus.resolve}.
     *
     * @param wireCode the code as sent, may be null
     * @return the constant, or null when the catalog does not know the code
     */
    public static DemoErrorCode resolve(String wireCode) {
        return wireCode == null ? null : Table.BY_WIRE_CODE.get(wireCode);
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
        return Table.RETIRED_BY_CODE;
    }

    /** Built on first use: the metadata of every entry, one instance per active code, the lookups. */
    private static final class Table {
        static final DemoErrorInfo[] INFOS = new DemoErrorInfo[ACTIVE + RETIRED];

        static final DemoErrorCode[] CODES = new DemoErrorCode[ACTIVE];

        static final Map<String, DemoErrorCode> BY_WIRE_CODE;

        static final Map<String, DemoErrorInfo> RETIRED_BY_CODE;

        static {
            DemoErrorCodeChunk0.Metadata.fill(INFOS);
            Map<String, DemoErrorCode> byWireCode = new HashMap<>();
            for (int i = 0; i < ACTIVE; i++) {
                CODES[i] = new DemoErrorCode(i);
                byWireCode.put(INFOS[i].code(), CODES[i]);
            }
            BY_WIRE_CODE = Collections.unmodifiableMap(byWireCode);
            Map<String, DemoErrorInfo> retired = new LinkedHashMap<>();
            for (int i = ACTIVE; i < ACTIVE + RETIRED; i++) {
                retired.put(INFOS[i].code(), INFOS[i]);
            }
            RETIRED_BY_CODE = Collections.unmodifiableMap(retired);
        }

        private Table() {}
    }
}
