import { describe, expect, it } from 'vitest';
import { withoutInvisible } from '../../../../lib/job/page-text';

describe('page text without invisible characters', () => {
  it.each([
    ['bidi embeddings and overrides (U+202A–U+202E)', ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e']],
    ['bidi isolates (U+2066–U+2069)', ['\u2066', '\u2067', '\u2068', '\u2069']],
    ['bidi marks (U+200E, U+200F, U+061C)', ['\u200e', '\u200f', '\u061c']],
    ['zero-width spaces and joiners (U+200B–U+200D, U+2060, U+FEFF)', ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']],
    ['other invisible format characters (soft hyphen, invisible operators, Mongolian vowel separator, tags)', ['\u00ad', '\u2062', '\u180e', '\u{e0041}']],
    ['control characters', ['\u0000', '\u0007', '\u001b', '\u007f', '\u0090']],
  ])('drops %s', (_, characters) => {
    for (const character of characters) {
      expect(withoutInvisible(`Data${character} Scientist${character}`), `U+${character.codePointAt(0)!.toString(16)}`).toBe('Data Scientist');
    }
  });

  it('keeps visible text, right-to-left scripts and the whitespace that spacing deals with', () => {
    const text = 'Ingénieur·e, שלום, مرحبا, 数据科学家 – Data\tScientist\n🙂';
    expect(withoutInvisible(text)).toBe(text);
  });
});
