import { withoutInvisible } from '../lib/job/page-text';

/** Text helpers for page content. Everything read from a page stays a plain string. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
};

/** Decodes the HTML entities that structured data often carries, without parsing markup. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Drops invisible characters (bidi controls, zero-width spaces: lib/job/page-text.ts, also
 * when written as entities), collapses whitespace and trims; `undefined` for empty text.
 * Caps the length.
 */
export function cleanText(value: unknown, maxLength = 300): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = withoutInvisible(decodeEntities(String(value))).replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, maxLength) : undefined;
}

/** The text of the first element that one of the selectors finds, in order. */
export function textOf(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const text = cleanText(root.querySelector(selector)?.textContent ?? undefined);
    if (text) return text;
  }
  return undefined;
}

/** The first element that one of the selectors finds, in order. */
export function firstOf(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const element = root.querySelector(selector);
    if (element) return element;
  }
  return undefined;
}

/** An attribute (e.g. a logo's `alt`, a meta tag's `content`) of the first element that has it. */
export function attributeOf(root: ParentNode, selectors: readonly string[], name: string): string | undefined {
  for (const selector of selectors) {
    const value = cleanText(root.querySelector(selector)?.getAttribute(name) ?? undefined, 200);
    if (value) return value;
  }
  return undefined;
}

/** Whether two pieces of page text say the same thing, ignoring case. */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  return Boolean(a && b && a.toLowerCase() === b.toLowerCase());
}
