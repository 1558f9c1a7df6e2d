/**
 * Emits `java/`: a Maven project (`pom.xml`, `src/main/java/<package>/`) with
 * the code enum, the metadata class, the catalog class (locales, retired
 * codes, locale fallback, body parser) and the exception, rendered from
 * templates/java/ with the view model of view.ts. No dependencies; Java 11+.
 * A catalog larger than limit.ts allows is refused before anything is made.
 */
import { renderFile } from "../render-template.ts";
import { generatedNotice } from "../../text/header.ts";
import { xmlText } from "../../text/languages/java.ts";
import { javaCatalogRefusal } from "./limit.ts";
import { javaView } from "./view.ts";
import { spdxLicenses } from "../package-metadata.ts";
import type { Catalog } from "../../catalog/types.ts";
import type { OutputFile } from "../../output/files.ts";

export function generateJava(catalog: Catalog): OutputFile[] {
  const refusal = javaCatalogRefusal(catalog);
  if (refusal !== undefined) throw new Error(`${refusal.rule}: ${refusal.message}`);
  const view = javaView(catalog);
  const dir = `java/src/main/java/${view.package.replace(/\./g, "/")}`;
  const source = (template: string, className: string): OutputFile =>
    renderFile(`${dir}/${className}.java`, `java/${template}.java.hbs`, view);
  const pomView = {
    ...view,
    xmlHeader: generatedNotice(catalog).map((line) => xmlText(line).replace(/--/g, "- -")),
    artifactId: `${catalog.name}-error-codes`,
    pomVersion: xmlText(catalog.version),
    pomDescription: xmlText(catalog.title),
    // What Maven Central requires beyond the above (url, licenses, developers, scm), from the catalog header.
    pomUrl: catalog.repository === undefined ? undefined : xmlText(catalog.repository),
    scmConnection: catalog.repository === undefined ? undefined : xmlText(`scm:git:${catalog.repository}.git`),
    licenses:
      catalog.license === undefined
        ? []
        : spdxLicenses(catalog.license).map(({ id, url }) => ({ id: xmlText(id), url: xmlText(url) })),
    developer: catalog.author === undefined ? undefined : xmlText(catalog.author),
  };
  return [
    renderFile("java/pom.xml", "java/pom.xml.hbs", pomView),
    source("ErrorCode", view.classes.code),
    source("ErrorInfo", view.classes.info),
    source("Errors", view.classes.errors),
    source("ApiException", view.classes.exception),
    source("package-info", "package-info"),
  ];
}
