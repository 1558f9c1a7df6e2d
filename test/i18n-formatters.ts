/**
 * The mainstream translation formatters, each set up as its documentation
 * shows and reduced to one call: print these bundle messages in this locale
 * with these values. ICU ones read the bundles' ICU syntax; the others read a
 * message as their own syntax (i18next `{{name}}` and `$t()`, vue-i18n `{name}`
 * `@:key` `|`, typesafe-i18n `{name}`, Lingui's raw catalogs as plain text).
 * Used by test/i18n-formatters.test.ts.
 */
import { createIntl } from "@formatjs/intl";
import { I18n, setupI18n } from "@lingui/core";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import i18next from "i18next";
import ICU from "i18next-icu";
import { IntlMessageFormat } from "intl-messageformat";
import { i18nString } from "typesafe-i18n";
import { createI18n } from "vue-i18n";

export type Values = Record<string, string | number | Date>;

export interface Formatter {
  readonly name: string;
  /** Reads ICU MessageFormat (plurals, selects, typed arguments). */
  readonly icu: boolean;
  /** Interpolates a simple `{name}` argument. */
  readonly simpleArguments: boolean;
  /** Prints each message (one per key) in `locale`; a formatter that throws prints `threw <message>`. */
  readonly print: (locale: string, messages: readonly string[], values: readonly Values[]) => Promise<string[]>;
}

const keyed = <T>(messages: readonly T[]) => Object.fromEntries(messages.map((message, i) => [String(i), message]));
const attempt = (format: () => unknown): string => {
  try {
    return String(format());
  } catch (error) {
    return `threw ${(error as Error).message}`;
  }
};

/** i18next with codes as flat keys, as docs/consumers/i18n.md sets it up; `options` adds to the init options. */
function i18nextFormatter(name: string, icu: boolean, options: Record<string, unknown>): Formatter {
  return {
    name,
    icu,
    simpleArguments: icu || "interpolation" in options,
    async print(locale, messages, values) {
      const instance = i18next.createInstance();
      if (icu) instance.use(ICU);
      await instance.init({
        lng: locale,
        fallbackLng: false,
        keySeparator: false,
        nsSeparator: false,
        resources: { [locale]: { translation: keyed(messages) } },
        ...options,
      });
      return messages.map((_, i) => attempt(() => instance.t(String(i), values[i] ?? {})));
    },
  };
}

/** Lingui's I18n, either with messages compiled by compileMessage (what its CLI does) or raw, as production reads a
 * catalog that was never compiled (no runtime compiler). */
function linguiFormatter(compiled: boolean): Formatter {
  return {
    name: compiled ? "Lingui (compiled)" : "Lingui (raw catalog)",
    icu: compiled,
    simpleArguments: compiled,
    async print(locale, messages, values) {
      const i18n: I18n = setupI18n({
        locale,
        messages: { [locale]: compiled ? keyed(messages.map((m) => compileMessage(m))) : keyed(messages) },
      });
      if (compiled) return messages.map((_, i) => attempt(() => i18n._(String(i), values[i])));
      i18n.setMessagesCompiler(undefined as never);
      const warn = console.warn;
      console.warn = () => {}; // "Uncompiled message detected!", once per message
      try {
        return messages.map((_, i) => attempt(() => i18n._(String(i), values[i])));
      } finally {
        console.warn = warn;
      }
    },
  };
}

export const FORMATTERS: readonly Formatter[] = [
  {
    name: "IntlMessageFormat",
    icu: true,
    simpleArguments: true,
    print: async (locale, messages, values) =>
      messages.map((message, i) => attempt(() => new IntlMessageFormat(message, locale).format(values[i]))),
  },
  {
    name: "@formatjs/intl",
    icu: true,
    simpleArguments: true,
    async print(locale, messages, values) {
      const errors: string[] = [];
      const intl = createIntl({ locale, messages: keyed(messages), onError: (error) => errors.push(error.message) });
      return messages.map((_, i) => {
        errors.length = 0;
        const printed = attempt(() => intl.formatMessage({ id: String(i) }, values[i]));
        return errors.length > 0 ? `threw ${errors.join("; ")}` : printed;
      });
    },
  },
  i18nextFormatter("i18next with i18next-icu", true, {}),
  i18nextFormatter("i18next", false, {}),
  i18nextFormatter("i18next with {name} interpolation", false, {
    interpolation: { prefix: "{", suffix: "}", escapeValue: false },
  }),
  {
    name: "vue-i18n",
    icu: false,
    simpleArguments: true,
    async print(locale, messages, values) {
      const i18n = createI18n({
        legacy: false,
        locale,
        messages: { [locale]: keyed(messages) },
        missingWarn: false,
        fallbackWarn: false,
        warnHtmlMessage: false,
      });
      return messages.map((_, i) => attempt(() => i18n.global.t(String(i), values[i] as Record<string, unknown>)));
    },
  },
  {
    name: "typesafe-i18n",
    icu: false,
    simpleArguments: true,
    async print(locale, messages, values) {
      const LL = i18nString(locale);
      return messages.map((message, i) => attempt(() => LL(message, values[i] as Record<string, string>)));
    },
  },
  linguiFormatter(true),
  linguiFormatter(false),
];
