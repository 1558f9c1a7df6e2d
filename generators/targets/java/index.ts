/**
 * Emits `java/`: a Maven project (`pom.xml`, `src/main/java/<package>/`) with
 * the code class and the interfaces holding its constants and metadata
 * (view.ts says why they are split), the metadata class, the catalog class
 * (locales, retired codes, locale fallback, body parser) and the exception,
 * rendered from templates/java/ with the view model of view.ts. No
 * dependencies; Java 11+.
 */
import { renderFile } from "../render-template.ts";
import { generatedNotice } from "../../text/header.ts";
import { xmlText } from "../../text/languages/java.ts";
import { javaView } from "./view.ts";
import type { Catalog } from "../../catalog/types.ts";
import type { OutputFile } from "../../output/files.ts";

export function generateJava(catalog: Catalog): OutputFile[] {
  const view = javaView(catalog);
  const dir = `java/src/main/java/${view.package.replace(/\./g, "/")}`;
  const source = (template: string, className: string, model: object = view): OutputFile =>
    renderFile(`${dir}/${className}.java`, `java/${template}.java.hbs`, model);
  const pomView = {
    ...view,
    xmlHeader: generatedNotice(catalog).map((line) => xmlText(line).replace(/--/g, "- -")),
    artifactId: `${catalog.name}-error-codes`,
    pomVersion: xmlText(catalog.version),
    pomDescription: xmlText(catalog.title),
  };
  const codeView = { ...view, implementsList: view.chunks.map((chunk) => chunk.name).join(", ") };
  return [
    renderFile("java/pom.xml", "java/pom.xml.hbs", pomView),
    source("ErrorCode", view.classes.code, codeView),
    ...view.chunks.map((chunk) => source("ErrorCodeChunk", chunk.name, { ...view, ...chunk })),
    source("ErrorInfo", view.classes.info),
    source("Errors", view.classes.errors),
    source("ApiException", view.classes.exception),
    source("package-info", "package-info"),
  ];
}
