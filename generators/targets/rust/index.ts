/**
 * Emits `rust/`: a crate with no dependencies (`Cargo.toml`, `src/lib.rs`
 * and modules: the `#[non_exhaustive]` code enum, the metadata tables, the
 * body parser, the error type) and an integration test over every code
 * (`tests/catalog.rs`), rendered from templates/rust/ with view.ts's model.
 */
import { renderFile } from "../render-template.ts";
import { rustText, tomlString } from "../../text/languages/rust.ts";
import { generatedNotice } from "../../text/header.ts";
import { rustView } from "./view.ts";
import type { Catalog } from "../../catalog/types.ts";
import type { OutputFile } from "../../output/files.ts";

const MODULES = ["lib", "catalog", "code", "error", "info", "parse"];

/** The header fields the catalog sets, as TOML strings; a field it leaves out stays out of Cargo.toml. */
const optionalToml = (fields: Record<string, string | undefined>) =>
  Object.fromEntries(
    Object.entries(fields).flatMap(([key, value]) => (value === undefined ? [] : [[key, tomlString(value)]])),
  );

export function generateRust(catalog: Catalog): OutputFile[] {
  const view = rustView(catalog);
  const cargoView = {
    header: generatedNotice(catalog).map((line) => rustText.lineComment(line)),
    crateName: tomlString(view.crateName),
    version: tomlString(catalog.version),
    description: tomlString(catalog.title),
    ...optionalToml({ license: catalog.license, author: catalog.author, repository: catalog.repository }),
  };
  return [
    renderFile("rust/Cargo.toml", "rust/Cargo.toml.hbs", cargoView),
    ...MODULES.map((name) => renderFile(`rust/src/${name}.rs`, `rust/${name}.rs.hbs`, view)),
    renderFile("rust/tests/catalog.rs", "rust/catalog-test.rs.hbs", view),
  ];
}
