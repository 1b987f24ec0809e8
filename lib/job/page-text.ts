/**
 * Characters that change how the text around them is ordered or joined without showing
 * themselves: bidi embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069,
 * U+200E, U+200F, U+061C), zero-width spaces and joiners (U+200B–U+200D, U+2060, U+FEFF),
 * the other invisible format characters (soft hyphen, invisible operators, tag characters)
 * and control characters. Whitespace controls are left to the caller's spacing.
 */
// eslint-disable-next-line no-control-regex -- control characters are among what it removes
const INVISIBLE = /[\0-\x08\x0e-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

/**
 * Page text without invisible characters: a page cannot reverse or hide the extension's
 * own words around its text (a title ending in U+202E), nor make two names that read the
 * same differ.
 */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * The longest company name kept. Page text is read up to 300 characters, so the content
 * scripts cut a company to this (here, not with the schema, so they carry no zod).
 */
export const MAX_COMPANY_LENGTH = 200;
