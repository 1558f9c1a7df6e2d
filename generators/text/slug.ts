/**
 * Heading ids as GitHub makes them (the algorithm of github-slugger, which
 * rehype-slug uses too): lower case, every character that is not a letter,
 * mark, number, connector punctuation, space or hyphen dropped, spaces turned
 * into hyphens, and a repeated slug suffixed `-1`, `-2`, ... in document
 * order. The Markdown reference links its contents to these ids, and names
 * each code's heading so that its id is `error-<code>` in every renderer.
 */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");
}

/** Assigns slugs to headings in document order, as a renderer does. */
export class Slugger {
  private readonly seen = new Map<string, number>();

  slug(text: string): string {
    const base = githubSlug(text);
    let slug = base;
    while (this.seen.has(slug)) {
      const count = (this.seen.get(base) ?? 0) + 1;
      this.seen.set(base, count);
      slug = `${base}-${count}`;
    }
    this.seen.set(slug, 0);
    return slug;
  }
}
