/**
 * Reads the indentation of block YAML text line by line, as Python reads
 * its blocks, to name the line behind a YAML syntax error when that error is
 * an indentation mistake: a key indented deeper than its siblings, one that
 * lines up with no enclosing level, or a list entry whose `- ` is missing.
 * The yaml library reports such mistakes at a place near them, often the
 * line before, with a message about compact mappings; this says which line
 * and how to indent it. Flow collections, quoted text over several lines and
 * block scalars are skipped, so only block structure is judged.
 */
export interface IndentProblem {
  /** 1-based line and column of the line's first character. */
  readonly line: number;
  readonly col: number;
  readonly rule: "bad-indent" | "missing-dash";
  readonly message: string;
  readonly hint: string;
}

/** One open block: a mapping's keys or a list's dashes all start at `indent`. */
interface Level {
  readonly indent: number;
  readonly kind: "map" | "seq";
  /** A list at the same indent as the key that holds it (`key:` then `- item`). */
  readonly compact: boolean;
  /** The last line seen at this level, and how it starts (`name:`, `- code:`). */
  line: number;
  label: string;
  /** The level's first line, when it opened right under a key with nothing after its `:`. */
  readonly opened?: { readonly line: number; readonly text: string };
}

/** A key at the start of a line: plain, or quoted, followed by `:` and a space or the end. */
const KEY = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#?:,[\]{}](?:[^#:]|:(?!\s|$))*?)\s*:(?=\s|$)/;

const spaces = (n: number) => `${n} space${n === 1 ? "" : "s"}`;
const show = (label: string) => `\`${label}\``;

/**
 * The first indentation problem in the lines up to `line + 1`, when it lies
 * at most `before` lines ahead of `line` (the place the parser reported);
 * undefined when the indentation there is consistent.
 */
export function findIndentProblem(text: string, line: number, before = 5): IndentProblem | undefined {
  const lines = text.split("\n");
  const last = Math.min(lines.length, line + 1);
  const stack: Level[] = [];
  let opener: { indent: number; dash: boolean } | undefined;
  let blockScalarParent: number | undefined;
  let open = ""; // unclosed flow brackets and quotes carried to the next line
  for (let n = 1; n <= last; n++) {
    const raw = lines[n - 1] ?? "";
    const indent = raw.length - raw.trimStart().length;
    const content = raw.slice(indent);
    if (content === "" || content.startsWith("#")) continue;
    if (/^[ ]*\t/.test(raw)) return undefined;
    if (blockScalarParent !== undefined && indent > blockScalarParent) continue;
    blockScalarParent = undefined;
    if (open !== "") {
      open = scan(content, open);
      continue;
    }
    const dash = /^-(?:\s|$)/.test(content);
    const inner = dash ? content.replace(/^-\s*/, "") : content;
    const innerIndent = indent + (content.length - inner.length);
    const key = KEY.exec(inner)?.[0].replace(/\s*:$/, ":");
    const label = dash ? `- ${key ?? inner.slice(0, 24)}`.trimEnd() : (key ?? inner.slice(0, 24));
    const problem = (found: Omit<IndentProblem, "line" | "col"> & Partial<IndentProblem>) =>
      n >= line - before ? { line: n, col: indent + 1, ...found } : undefined;

    let popped: Level | undefined;
    if (opener !== undefined && (indent > opener.indent || (indent === opener.indent && dash && !opener.dash))) {
      const opened = { line: n, text: content };
      stack.push({ indent, kind: dash ? "seq" : "map", compact: indent === opener.indent, line: n, label, opened });
    } else {
      // A deeper line under no opener is either a continued plain scalar (not judged) or a mistake.
      if (key === undefined && !dash && indent > (stack.at(-1)?.indent ?? 0)) continue;
      while ((stack.at(-1)?.indent ?? -1) > indent) popped = stack.pop();
      let top = stack.at(-1);
      if (top?.kind === "seq" && top.indent === indent && !dash && top.compact) {
        stack.pop();
        top = stack.at(-1);
      }
      if (top === undefined) {
        stack.push({ indent, kind: dash ? "seq" : "map", compact: false, line: n, label });
      } else if (top.indent === indent) {
        if (top.kind === "seq" && !dash) {
          const fix = `${" ".repeat(indent)}- ${content.replace(/^-/, "")}`;
          return problem({
            rule: "missing-dash",
            message: `${show(label)} is at the column of the list's dashes but has no "- ", so it starts no new entry`,
            hint:
              `write the line as \`${fix.trimEnd()}\`, with its dash in column ${indent + 1} ` +
              `like ${show(top.label)} on line ${top.line}`,
          });
        }
        top.line = n;
        top.label = label;
      } else if (popped?.opened !== undefined && dash && popped.kind === "map" && popped.indent === indent + 2) {
        // A list whose first entry lost its `- `: the entry's keys opened a mapping where the item's keys would be.
        const first = popped.opened;
        const fix = `${" ".repeat(indent)}- ${first.text}`;
        return problem({
          line: first.line,
          col: popped.indent + 1,
          rule: "missing-dash",
          message: `the list's first entry has no "- ", so its keys make a mapping instead of an entry`,
          hint:
            `write its first line as \`${fix.trimEnd()}\`, with the dash in column ${indent + 1} ` +
            `like ${show(label)} on line ${n}`,
        });
      } else if (popped !== undefined) {
        const [inner, outer] = [popped, top];
        // A key continues a mapping, a `- ` item a list: offer only the levels this line can continue.
        const fits = [inner, outer].filter((level) => (level.kind === "seq") === dash);
        const options = fits.length > 0 ? fits : [inner, outer];
        return problem({
          rule: "bad-indent",
          message:
            `${show(label)} is indented ${spaces(indent)}, which matches neither ` +
            `${show(inner.label)} on line ${inner.line} (${spaces(inner.indent)}) ` +
            `nor ${show(outer.label)} on line ${outer.line} (${spaces(outer.indent)})`,
          hint:
            "indentation error: " +
            options
              .map((level) => `indent it by ${level.indent} like ${show(level.label)} on line ${level.line}`)
              .join(", or ") +
            "; the lines of one block start at the same column",
        });
      } else {
        return problem({
          rule: "bad-indent",
          message:
            `${show(label)} is indented ${spaces(indent)}, deeper than ${show(top.label)} on line ${top.line}` +
            ` (${spaces(top.indent)}), which opens no block`,
          hint:
            `indentation error: indent it by ${top.indent} like ${show(top.label)} on line ${top.line}; ` +
            "only a key with nothing after " +
            "its `:` may have deeper lines under it",
        });
      }
    }
    // `- key: value` opens the entry's mapping at the key's column.
    if (dash && key !== undefined) {
      stack.push({ indent: innerIndent, kind: "map", compact: false, line: n, label: key });
    }
    const value = key === undefined ? inner : inner.slice(KEY.exec(inner)?.[0].length ?? 0).trim();
    const opens = value === "" || value.startsWith("#");
    opener = opens ? { indent: key !== undefined ? innerIndent : indent, dash: dash && key === undefined } : undefined;
    if (/^[|>][-+0-9]*\s*(?:#.*)?$/.test(value)) blockScalarParent = indent;
    else open = scan(value, "");
  }
  return undefined;
}

/**
 * What stays open after reading `text`, starting with `open` still open:
 * flow brackets and quotes, innermost last. Only a value that starts with a
 * quote or bracket is read, and a quote opens text only where a scalar
 * starts, so a plain scalar's `it's` or `a]` changes nothing.
 */
function scan(text: string, open: string): string {
  if (open === "" && !/^["'[{]/.test(text)) return "";
  let state = open;
  let previous = state === "" ? "" : "[";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const inQuote = state.at(-1);
    if (inQuote === '"' || inQuote === "'") {
      if (inQuote === '"' && c === "\\") i++;
      else if (c === inQuote && inQuote === "'" && text[i + 1] === "'") i++;
      else if (c === inQuote) state = state.slice(0, -1);
      previous = c;
      continue;
    }
    if (c === "#" && (i === 0 || /\s/.test(text[i - 1] ?? ""))) break;
    if ((c === '"' || c === "'") && (previous === "" || "[{,:".includes(previous))) state += c;
    else if (c === "[" || c === "{") state += c;
    else if ((c === "]" && state.endsWith("[")) || (c === "}" && state.endsWith("{"))) state = state.slice(0, -1);
    if (!/\s/.test(c)) previous = c;
  }
  return state;
}
