// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../content/adapters/index';
import { recognise } from '../../../content/recognise-all';
import { DetectedJobSchema, MAX_SITE_LENGTH } from '../../../lib/job/detected-job';
import { MAX_COMPANY_LENGTH } from '../../../lib/job/page-text';
import { pageFixtures } from '../../fixtures';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const fixtures = pageFixtures();
const listings = fixtures.filter((fixture) => fixture.expected.job);

/** The fixture's address as a search or a campaign link opens it. */
function withTracking(address: string): string {
  const url = new URL(address);
  url.searchParams.append('utm_source', 'x');
  url.searchParams.append('keywords', 'my secret');
  url.hash = 'frag';
  return url.href;
}

describe('the address kept for a recognised job', () => {
  it.each(listings.map((fixture) => [`${fixture.site}/${fixture.name}`, fixture] as const))(
    '%s: origin, path and the parameters that name the job, and it still opens that job',
    (_, fixture) => {
      const { job } = recognise(parse(fixture.html), withTracking(fixture.expected.url));
      // Each listing fixture states the address kept for it.
      expect(job?.url).toBe(fixture.expected.job?.url);
      const kept = new URL(job!.url);
      expect(kept.hash).toBe('');
      expect(kept.searchParams.has('utm_source') || kept.searchParams.has('keywords')).toBe(false);
      const adapter = ADAPTERS.find((candidate) => candidate.id === fixture.site);
      const allowed = adapter ? adapter.jobParameters : ['gh_jid', 'ashby_jid'];
      expect([...kept.searchParams.keys()].every((name) => allowed.includes(name))).toBe(true);
      // The kept address is one the site's reader recognises as the same job.
      expect(recognise(parse(fixture.html), job!.url).job).toEqual(job);
    },
  );

  it.each([
    ['LinkedIn', 'linkedin/search-pane-senior-data-engineer-spotify', 'https://www.linkedin.com/jobs/search/?currentJobId=4023456789'],
    ['Indeed, a job of its own', 'indeed/viewjob-software-engineer-stripe-uk', 'https://uk.indeed.com/viewjob?jk=8c1f2a9b3d4e5f60'],
    ['Indeed, a job in the pane', 'indeed/search-pane-data-scientist-ii-aws', 'https://www.indeed.com/jobs?vjk=3f9e1d2c4b5a6978'],
    ['Glassdoor', 'glassdoor/search-pane-ml-engineer-startup-uk', 'https://www.glassdoor.co.uk/Job/london-machine-learning-engineer-jobs-SRCH_IL.0,6_IC2671300_KO7,32.htm?jl=1009623456789'],
    ['Greenhouse, an embedded form', 'greenhouse/embed-job-app', 'https://boards.greenhouse.io/embed/job_app?for=quillhealth&token=4587123006'],
    ['Lever', 'lever/fernhill-apply', 'https://jobs.eu.lever.co/fernhill/c41d8e27-6b3a-4f95-a0d2-93e7b5f16c08/apply'],
    ['Workday', 'workday/search-pane-ml-engineer', 'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/details/Machine-Learning-Engineer--Autonomous-Vehicles_JR1991122'],
  ])('keeps what %s needs', (_, name, kept) => {
    const fixture = fixtures.find((candidate) => `${candidate.site}/${candidate.name}` === name)!;
    expect(recognise(parse(fixture.html), withTracking(fixture.expected.url)).job?.url).toBe(kept);
  });

  it("keeps a company career site's embedded-board job parameter, and nothing else", () => {
    const fixture = fixtures.find((candidate) => candidate.site === 'generic' && candidate.name === 'careers-page-json-ld')!;
    const url = new URL(fixture.expected.url);
    url.search = '?gh_src=linkedin&gh_jid=4587123006&utm_campaign=spring';
    expect(recognise(parse(fixture.html), url.href).job?.url).toBe(`${url.origin}${url.pathname}?gh_jid=4587123006`);
  });
});

/** A host name of `length` characters, in labels of at most 63 as DNS allows. */
function hostOfLength(length: number): string {
  const labels: string[] = [];
  for (let left = length - '.test'.length; left > 0; left -= 64) labels.push('c'.repeat(Math.min(63, left)));
  return `${labels.join('.')}.test`;
}

describe('a company career site with a long host name', () => {
  const fixture = fixtures.find((candidate) => candidate.site === 'generic' && candidate.name === 'careers-page-json-ld')!;

  it.each([65, 120, MAX_SITE_LENGTH])('is recognised at a host of %i characters, in a job the extension accepts', (length) => {
    const host = hostOfLength(length);
    expect(host).toHaveLength(length);
    const { job, reason } = recognise(parse(fixture.html), `https://${host}/careers/data-scientist`);
    expect(reason).toBeUndefined();
    expect(job?.site).toBe(host);
    expect(DetectedJobSchema.safeParse(job).success).toBe(true);
  });
});

describe('a listing whose company name is longer than PrepPanel keeps', () => {
  const fixture = fixtures.find((candidate) => candidate.site === 'generic' && candidate.name === 'careers-page-json-ld')!;

  it('is recognised with the name cut to its first 200 characters, in a job the extension accepts', () => {
    const longName = `Contoso ${'Holdings '.repeat(40)}`.trim();
    const html = fixture.html.replace(/"hiringOrganization"\s*:\s*\{[^}]*\}/, `"hiringOrganization": { "@type": "Organization", "name": "${longName}" }`);
    expect(html).toContain(longName);
    const { job } = recognise(parse(html), fixture.expected.url);
    expect(job?.company).toBe(longName.slice(0, MAX_COMPANY_LENGTH));
    expect(DetectedJobSchema.safeParse(job).success).toBe(true);
  });
});
