// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { recognise } from '../../../content/recognise-all';
import { cleanText } from '../../../content/text';
import { asExpected, pageFixtures } from '../../fixtures';

/** A bidi override, an isolate, marks and zero-width characters, as a hostile page adds them. */
const BEFORE = '\u202e\u2067\u200f';
const AFTER = '\u200b\u2069\u202e\u200d\ufeff';
const disguise = (text: string) => `${BEFORE}${text}${AFTER}`;

/** Every string of a JSON-LD value disguised, but the `@type`, `@context` and `@id` that structure it. */
function disguiseJson(value: unknown): unknown {
  if (typeof value === 'string') return disguise(value);
  if (Array.isArray(value)) return value.map(disguiseJson);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key.startsWith('@') ? item : disguiseJson(item)]));
}

/**
 * The page with invisible characters around every text it shows (document title included),
 * every attribute a reader takes text from, and every string of its JSON-LD.
 */
function disguisePage(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('script, style')) (node as Text).data = disguise((node as Text).data);
  }
  for (const attribute of ['content', 'alt', 'formattedaddress']) {
    for (const element of Array.from(doc.querySelectorAll(`[${attribute}]`))) {
      element.setAttribute(attribute, disguise(element.getAttribute(attribute)!));
    }
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      script.textContent = JSON.stringify(disguiseJson(JSON.parse(script.textContent ?? '')));
    } catch {
      // A broken block stays broken, as the fixture has it.
    }
  }
  return doc;
}

describe('invisible characters in page text', () => {
  it.each([
    ['a right-to-left override at the end', 'Data Scientist\u202e', 'Data Scientist'],
    ['a zero-width space inside a word', 'Con\u200btoso', 'Contoso'],
    ['marks and isolates around words', '\u200eData\u2066 Scientist\u2069\u200f', 'Data Scientist'],
    ['controls written as entities', 'Data Scientist&#x202E;&#8203;', 'Data Scientist'],
    ['nothing but invisible characters', '\u202e\u200b\ufeff', undefined],
  ])('are dropped when text is read: %s', (_, text, cleaned) => {
    expect(cleanText(text)).toBe(cleaned);
  });

  const listings = pageFixtures().filter((fixture) => fixture.expected.job);
  it.each(listings.map((fixture) => [`${fixture.site}/${fixture.name}`, fixture] as const))(
    'never reach a recognised job: %s with them in every text, attribute and JSON-LD value',
    (_, fixture) => {
      const { job } = recognise(disguisePage(fixture.html), fixture.expected.url);
      expect(asExpected(job)).toEqual({ job: fixture.expected.job, requirements: fixture.expected.requirements });
    },
  );
});
