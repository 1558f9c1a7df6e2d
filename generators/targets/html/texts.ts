/**
 * The fixed texts of the HTML reference and of `coinone-errors explain`
 * (templates/html/texts.json), per locale, with en for a locale that has
 * none; `advice` is the one table of what to do about an error, per error class.
 */
import texts from "../../../templates/html/texts.json" with { type: "json" };
import type { ErrorClass } from "../../catalog/types.ts";

export type SiteTexts = (typeof texts)["en"];

const byLocale = texts as unknown as Readonly<Record<string, SiteTexts | undefined>>;

/** The texts of `locale`, or en's. */
export function siteTexts(locale: string): SiteTexts {
  return Object.hasOwn(byLocale, locale) && locale !== "$comment" ? (byLocale[locale] as SiteTexts) : texts.en;
}

/** What to do about an error of `errorClass`, in `locale`. */
export function adviceFor(errorClass: ErrorClass, locale: string): string {
  return siteTexts(locale).advice[errorClass];
}

/** The locales with texts of their own, in file order. */
export const TEXT_LOCALES: readonly string[] = Object.keys(texts).filter((key) => key !== "$comment");
