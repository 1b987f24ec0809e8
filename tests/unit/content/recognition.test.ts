// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../content/adapters/index';
import { amazonJobs } from '../../../content/adapters/amazon-jobs';
import { recognise } from '../../../content/recognise-all';
import { GUIDES } from '../../../lib/guides/catalog';
import { matchGuide } from '../../../lib/guides/matching';
import { detectPage } from '../../../scripts/detect-page';
import { asExpected, pageFixtures } from '../../fixtures';

const fixtures = pageFixtures();

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('recognition on saved pages', () => {
  it.each(fixtures.map((fixture) => [`${fixture.site}/${fixture.name}`, fixture] as const))('%s', (_, fixture) => {
    const { job, reason } = recognise(parse(fixture.html), fixture.expected.url);
    expect(asExpected(job)).toEqual({ job: fixture.expected.job, requirements: fixture.expected.requirements });
    expect(reason).toBe(fixture.expected.reason);

    const match = job ? matchGuide(job, GUIDES) : undefined;
    expect(match?.kind === 'exact' ? match.guide.id : null).toBe(fixture.expected.guide);
    if (fixture.expected.canonical) {
      expect(match?.company?.name).toBe(fixture.expected.canonical.company);
      expect(match?.company?.unit).toBe(fixture.expected.canonical.unit);
      expect(match?.role?.family).toBe(fixture.expected.canonical.roleFamily);
      expect(match?.role?.level).toBe(fixture.expected.canonical.level);
    }

    // `npm run detect` prints the same recognition, normalised.
    const line = detectPage(fixture.htmlPath, fixture.html, fixture.expected.url);
    const canonical = fixture.expected.canonical;
    expect(line).toEqual({
      file: fixture.htmlPath,
      url: fixture.expected.url,
      ...(job
        ? {
            site: job.site,
            company: canonical?.company ?? job.company,
            ...(canonical?.unit ? { unit: canonical.unit } : {}),
            title: job.title,
            ...(canonical?.roleFamily ? { roleFamily: canonical.roleFamily } : {}),
            ...(canonical?.level ? { level: canonical.level } : {}),
            ...(job.location ? { location: job.location } : {}),
            ...(job.jobId ? { jobId: job.jobId } : {}),
            source: job.source,
            confidence: job.confidence,
            ...(fixture.expected.requirements ? { requirements: fixture.expected.requirements } : {}),
          }
        : { reason }),
    });
  });

  it('has listing and non-listing fixtures for every registered adapter', () => {
    for (const adapter of ADAPTERS) {
      const own = fixtures.filter((fixture) => fixture.site === adapter.id);
      expect(own.some((fixture) => fixture.expected.job), `${adapter.id} listing fixture`).toBe(true);
      expect(own.some((fixture) => !fixture.expected.job), `${adapter.id} non-listing fixture`).toBe(true);
    }
  });

  it('keeps markup in page text as text', () => {
    const fixture = fixtures.find((candidate) => candidate.name === 'markup-in-title');
    const { job } = recognise(parse(fixture!.html), fixture!.expected.url);
    expect(job?.title).toContain('<img src=x');
  });
});

describe('amazon.jobs listing addresses', () => {
  it.each([
    ['https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads', true],
    ['https://amazon.jobs/en-gb/jobs/2904411/sr-data-scientist-aws', true],
    ['https://www.amazon.jobs/jobs/2812345', true],
    ['https://www.amazon.jobs/en/search?base_query=data', false],
    ['https://www.amazon.jobs/en/teams/aws', false],
    ['https://www.amazon.jobs/content/en/job-categories/data-science', false],
    ['https://amazon.jobs.evil.example/en/jobs/2812345/data-scientist', false],
    ['https://evil-amazon.jobs/en/jobs/2812345/data-scientist', false],
  ])('%s is a listing: %s', (url, listing) => {
    expect(amazonJobs.isListing(new URL(url))).toBe(listing);
  });

  it('leaves lookalike hosts to the generic readers, which name the real host', () => {
    const listing = fixtures.find((fixture) => fixture.name === 'data-scientist-ii-amazon-ads')!;
    const { job } = recognise(parse(listing.html), 'https://amazon.jobs.evil.example/en/jobs/2812345/x');
    expect(job).toMatchObject({ site: 'amazon.jobs.evil.example', source: 'json-ld' });
    expect(recognise(parse(listing.html), 'not a url')).toEqual({ job: null, reason: 'The page address could not be read.' });
  });

  it('falls back to the company the site belongs to when the page names none', () => {
    const doc = parse('<h1 class="title">Data Scientist</h1>');
    expect(recognise(doc, 'https://www.amazon.jobs/en/jobs/1/data-scientist').job).toMatchObject({
      company: 'Amazon',
      title: 'Data Scientist',
      source: 'page-markup',
      confidence: 'medium',
    });
  });

  it('recognises nothing on a listing address without a title', () => {
    expect(recognise(parse('<p>Loading…</p>'), 'https://www.amazon.jobs/en/jobs/1/x')).toEqual({
      job: null,
      reason: 'The listing has no job title on it (yet).',
    });
  });
});
