// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../content/adapters/index';
import { amazonJobs } from '../../../content/adapters/amazon-jobs';
import { matchesPattern } from '../../../content/match-pattern';
import { recognise } from '../../../content/recognise-all';
import { pageFixtures } from '../../fixtures';
import { DetectedJobSchema } from '../../../lib/job/detected-job';
import { ATTACK_FLAG, LOOKALIKE_URLS, attack, hostilePages, parseHostile } from '../../hostile-pages';

const pages = hostilePages();
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const byName = (name: string) => pages.find((page) => page.name === name)!;

describe('hostile pages', () => {
  it.each(pages.map((page) => [page.name, page] as const))('%s: recognition finishes and returns page text', (_, page) => {
    const { job } = recognise(parseHostile(page), page.url);
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
    expect(recognise(parseHostile(page), page.url).job).toMatchObject({ title: 'Data Scientist', source: 'page-markup' });
  });

  it('does not let __proto__ keys change what is read', () => {
    const page = byName('__proto__ and constructor keys');
    expect(recognise(parseHostile(page), page.url).job).toMatchObject({ title: 'Data Scientist', company: 'Amazon' });
  });

  it('keeps markup in a title as text', () => {
    const page = byName('a title full of markup');
    expect(recognise(parseHostile(page), page.url).job?.title).toBe(
      "<script>document.title='pwned'</script><img src=x onerror=alert(1)>Data Scientist",
    );
  });

  it('keeps markup in every field of the page as text', () => {
    const page = byName('markup in every field of the page');
    const job = recognise(parseHostile(page), page.url).job;
    expect(job).toMatchObject({
      site: 'amazon.jobs',
      title: `${attack('title')}Data Scientist`,
      company: `${attack('company')}Amazon`,
      location: `${attack('location')}Seattle, WA, US`,
      source: 'page-markup',
    });
    expect(job?.requirements?.items.map((item) => item.text)).toEqual([`${attack('requirement')}Python`, `${attack('second requirement')}SQL`]);
  });

  it('keeps markup in JSON-LD names as text, and reads HTML fields without running them', () => {
    const page = byName('markup in every JSON-LD field');
    const job = recognise(parseHostile(page), page.url).job;
    expect(job).toMatchObject({ site: 'amazon.jobs', title: `${attack('title')}Data Scientist`, company: `${attack('company')}Amazon`, source: 'json-ld' });
    expect(job?.location?.startsWith(attack('location').slice(0, 50))).toBe(true);
    // Statements are HTML by schema.org's convention: their text is read, their markup dropped.
    expect(job?.requirements?.items.map((item) => item.text)).toEqual(['SQL', '3+ years', 'Statistics']);
    expect((globalThis as Record<string, unknown>)[ATTACK_FLAG]).toBeUndefined();
  });

  it.each(LOOKALIKE_URLS)('does not take %s for amazon.jobs', (url) => {
    const page = pages.find((candidate) => candidate.url === url)!;
    expect(amazonJobs.isListing(new URL(url))).toBe(false);
    // No site's content script is declared for it: only a site the user enables reads it, as itself.
    expect(ADAPTERS.filter((adapter) => adapter.matches.some((pattern) => matchesPattern(new URL(url), pattern)))).toEqual([]);
    expect(recognise(parse(page.html), url).job?.site).toBe(new URL(url).hostname);
  });

  it('reads the restless page as it was served', () => {
    const page = byName('a page that rewrites its DOM every 10 ms');
    expect(recognise(parseHostile(page), page.url).job).toMatchObject({ title: 'Data Scientist', company: 'Amazon.com Services LLC' });
  });

  describe("the sites' account, résumé and application pages", () => {
    const readBy = (url: string) =>
      ADAPTERS.filter(
        (adapter) =>
          adapter.matches.some((pattern) => matchesPattern(new URL(url), pattern)) &&
          !adapter.excludeMatches?.some((pattern) => matchesPattern(new URL(url), pattern)),
      ).map((adapter) => adapter.id);

    it.each([
      'https://profile.indeed.com/resume',
      'https://smartapply.indeed.com/beta/indeedapply/form/resume',
      'https://my.indeed.com/myjobs',
      'https://secure.indeed.com/settings/account',
      'https://uk.indeed.com/account/login',
      'https://www.linkedin.com/jobs/tracker/saved/',
      'https://acme.wd5.myworkdayjobs.com/en-US/External/userHome',
      'https://acme.wd5.myworkdayjobs.com/External/login',
    ])('%s: no content script runs there', (url) => {
      expect(readBy(url)).toEqual([]);
    });

    it('leave every saved page of those sites to its script', () => {
      for (const page of pageFixtures()) {
        if (page.site === 'generic') continue;
        expect(readBy(page.expected.url), page.name).toEqual([page.site]);
      }
    });
  });
});
