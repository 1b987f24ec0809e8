// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { recognise } from '../../content/recognise-all';
import { DetectedJobSchema } from '../../lib/job';
import { hostilePages } from '../hostile-pages';

const pages = hostilePages();
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const byName = (name: string) => pages.find((page) => page.name === name)!;

describe('hostile pages', () => {
  it.each(pages.map((page) => [page.name, page] as const))('%s: recognition finishes and returns page text', (_, page) => {
    const { job } = recognise(parse(page.html), page.url);
    if (job) {
      expect(typeof job.title).toBe('string');
      expect(job.title.length).toBeLessThanOrEqual(300);
      // What the background accepts from a content script.
      expect(DetectedJobSchema.parse(job)).toEqual(job);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads the first of many JSON-LD blocks and ignores the rest', () => {
    expect(recognise(parse(byName('1,000 JSON-LD blocks').html), byName('1,000 JSON-LD blocks').url).job?.title).toBe(
      'Data Scientist 0',
    );
  });

  it('skips JSON nested deeper than any real JobPosting and falls back to the markup', () => {
    const page = byName('deeply nested JSON');
    expect(recognise(parse(page.html), page.url).job).toMatchObject({ title: 'Data Scientist', source: 'page-markup' });
  });

  it('does not let __proto__ keys change what is read', () => {
    const page = byName('__proto__ and constructor keys');
    expect(recognise(parse(page.html), page.url).job).toMatchObject({ title: 'Data Scientist', company: 'Amazon' });
  });

  it('keeps markup in a title as text', () => {
    const page = byName('a title full of markup');
    expect(recognise(parse(page.html), page.url).job?.title).toBe(
      "<script>document.title='pwned'</script><img src=x onerror=alert(1)>Data Scientist",
    );
  });
});
