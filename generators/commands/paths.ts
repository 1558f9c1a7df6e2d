/**
 * Path rules of the generate command: the output folder may never contain
 * the spec (a JSON catalog is valid YAML, so `--spec build/catalog.json
 * --out build` would overwrite its own input). Symbolic links are resolved
 * where the paths exist, so a link cannot hide the overlap.
 */
import { realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/** The real path of `path`, resolving the deepest part that exists. */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}

/** A usage error when the spec lies inside the output folder (or is it), else undefined. */
export function specInsideOutput(
  specPath: string,
  outDir: string,
  shownSpec: string,
  shownOut: string,
): string | undefined {
  const spec = realPath(resolve(specPath));
  const out = realPath(resolve(outDir));
  const inside = relative(out, spec);
  // `..spec/errors.yaml` is inside: only `..` itself as the first part leaves the folder.
  const outside = inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  if (!outside) {
    return (
      `error: the catalog ${shownSpec} lies inside the output folder ${shownOut}, ` +
      "where generated files would overwrite it (pass another --out)\n"
    );
  }
  return undefined;
}
