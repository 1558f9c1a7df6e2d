// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
package demo.errorcodes;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the catalog says about one error code: the documented message, the category,
 * the description per locale, and every optional field (empty when the catalog leaves it out).
 * Instances are immutable.
 */
public final class DemoErrorInfo {
    private final String code;
    private final String name;
    private final String category;
    private final String message;
    private final Map<String, String> descriptions;
    private final Boolean retryable;
    private final Duration retryAfter;
    private final String errorClass;
    private final String userAction;
    private final Deprecation deprecation;
    private final Removal removal;
    private final String notes;
    private final Integer httpStatus;

    private DemoErrorInfo(Builder builder) {
        this.code = builder.code;
        this.name = builder.name;
        this.category = builder.category;
        this.message = builder.message;
        this.descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(builder.descriptions));
        this.retryable = builder.retryable;
        this.retryAfter = builder.retryAfter;
        this.errorClass = builder.errorClass;
        this.userAction = builder.userAction;
        this.deprecation = builder.deprecation;
        this.removal = builder.removal;
        this.notes = builder.notes;
        this.httpStatus = builder.httpStatus;
    }

    static Builder builder(String code, String name, String category, String message) {
        return new Builder(code, name, category, message);
    }

    /**
     * The wire code.
     *
     * @return the code as the API sends it
     */
    public String code() {
        return code;
    }

    /**
     * The stable UPPER_SNAKE name of the code.
     *
     * @return the catalog name
     */
    public String name() {
        return name;
    }

    /**
     * The category id.
     *
     * @return the id of the code's category
     */
    public String category() {
        return category;
    }

    /**
     * The documented English return message, verbatim; the server may send other text.
     *
     * @return the documented message
     */
    public String message() {
        return message;
    }

    /**
     * The description per locale, in the catalog's locale order.
     *
     * @return an unmodifiable map from locale to text
     */
    public Map<String, String> descriptions() {
        return descriptions;
    }

    /**
     * The description in {@code locale}: {@code ko-KR} falls back to {@code ko}, then to the
     * catalog's source locale.
     *
     * @param locale a locale tag such as {@code ko-KR}, may be null
     * @return the description, never null
     */
    public String description(String locale) {
        if (locale != null) {
            String exact = descriptions.get(locale);
            if (exact != null) {
                return exact;
            }
            int dash = locale.indexOf('-');
            String language = descriptions.get(dash < 0 ? locale : locale.substring(0, dash));
            if (language != null) {
                return language;
            }
        }
        return descriptions.get(DemoErrors.SOURCE_LOCALE);
    }

    /**
     * Whether the same request may succeed later without any change.
     *
     * @return the flag, or empty when the catalog does not say
     */
    public Optional<Boolean> retryable() {
        return Optional.ofNullable(retryable);
    }

    /**
     * The documented wait before the same request may succeed (code 4, the rate limit: one minute).
     *
     * @return the wait, or empty where none is documented
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * The exchange-neutral error class.
     *
     * @return the class, or empty when the catalog does not say
     */
    public Optional<String> errorClass() {
        return Optional.ofNullable(errorClass);
    }

    /**
     * What the user can do about the error, e.g. {@code retry-later}.
     *
     * @return the hint, or empty when the catalog does not say
     */
    public Optional<String> userAction() {
        return Optional.ofNullable(userAction);
    }

    /**
     * The deprecation, for a deprecated code.
     *
     * @return the deprecation, or empty
     */
    public Optional<Deprecation> deprecation() {
        return Optional.ofNullable(deprecation);
    }

    /**
     * The removal, for a retired (reserved) code.
     *
     * @return the removal, or empty for an active code
     */
    public Optional<Removal> removal() {
        return Optional.ofNullable(removal);
    }

    /**
     * Notes for translators.
     *
     * @return the notes, or empty
     */
    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    /**
     * The HTTP status observed with this code (only where observed; HTTP 200 is common).
     *
     * @return the status, or empty
     */
    public Optional<Integer> httpStatus() {
        return Optional.ofNullable(httpStatus);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }

    /** Why and since when a code is deprecated, and what replaces it. */
    public static final class Deprecation {
        private final String since;
        private final String reason;
        private final String replacedBy;

        Deprecation(String since, String reason, String replacedBy) {
            this.since = since;
            this.reason = reason;
            this.replacedBy = replacedBy;
        }

        /**
         * The catalog version that deprecated the code.
         *
         * @return the version
         */
        public String since() {
            return since;
        }

        /**
         * Why the code is deprecated.
         *
         * @return the reason
         */
        public String reason() {
            return reason;
        }

        /**
         * The code to use instead.
         *
         * @return the replacement's wire code, or empty
         */
        public Optional<String> replacedBy() {
            return Optional.ofNullable(replacedBy);
        }
    }

    /** Why and since when a code is retired; a retired code is never reused. */
    public static final class Removal {
        private final String since;
        private final String reason;

        Removal(String since, String reason) {
            this.since = since;
            this.reason = reason;
        }

        /**
         * The catalog version that retired the code.
         *
         * @return the version
         */
        public String since() {
            return since;
        }

        /**
         * Why the code is retired.
         *
         * @return the reason
         */
        public String reason() {
            return reason;
        }
    }

    /** Collects the fields of one code; used by the generated tables only. */
    static final class Builder {
        private final String code;
        private final String name;
        private final String category;
        private final String message;
        private final Map<String, String> descriptions = new LinkedHashMap<>();
        private Boolean retryable;
        private Duration retryAfter;
        private String errorClass;
        private String userAction;
        private Deprecation deprecation;
        private Removal removal;
        private String notes;
        private Integer httpStatus;

        private Builder(String code, String name, String category, String message) {
            this.code = code;
            this.name = name;
            this.category = category;
            this.message = message;
        }

        Builder description(String locale, String text) {
            descriptions.put(locale, text);
            return this;
        }

        Builder retryable(boolean value) {
            retryable = value;
            return this;
        }

        Builder retryAfterSeconds(long seconds) {
            retryAfter = Duration.ofSeconds(seconds);
            return this;
        }

        Builder errorClass(String value) {
            errorClass = value;
            return this;
        }

        Builder userAction(String value) {
            userAction = value;
            return this;
        }

        Builder deprecated(String since, String reason, String replacedBy) {
            deprecation = new Deprecation(since, reason, replacedBy);
            return this;
        }

        Builder removed(String since, String reason) {
            removal = new Removal(since, reason);
            return this;
        }

        Builder notes(String value) {
            notes = value;
            return this;
        }

        Builder httpStatus(int value) {
            httpStatus = value;
            return this;
        }

        DemoErrorInfo build() {
            return new DemoErrorInfo(this);
        }
    }
}
