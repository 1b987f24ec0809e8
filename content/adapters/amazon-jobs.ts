import { noJob, type SiteAdapter } from '../adapter';
import { readJobPostings } from '../readers/json-ld';
import { readRequirements } from '../readers/requirements';
import { cleanText, firstOf, textOf } from '../text';

/**
 * amazon.jobs listing pages: `/<lang>/jobs/<id>/<slug>`. Search, team and content pages on
 * the same host are not listings. JSON-LD first; then the page's own markup.
 */
const HOSTS = new Set(['amazon.jobs', 'www.amazon.jobs']);
const LISTING_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?jobs\/(\d+)(?:\/|$)/i;

const SELECTORS = {
  title: ['#job-detail h1.title', '.details-line h1.title', 'h1.title', 'main h1', 'h1'],
  /** "Job ID: 2812345 | Amazon Web Services, Inc." */
  meta: ['.details-line .meta', '#job-detail .meta', '.job-detail-header .meta'],
  location: ['.location-icon .association-content li', '.location-icon li', '[data-test="job-location"]'],
  /** The description's sections: "Basic Qualifications" and "Preferred Qualifications" among them. */
  description: ['#job-detail-body', '#job-detail'],
} as const;

const META_LINE = /job id:\s*([a-z0-9-]+)\s*(?:\|\s*(.+))?$/i;

export const amazonJobs: SiteAdapter = {
  id: 'amazon-jobs',
  name: 'amazon.jobs',
  matches: ['https://amazon.jobs/*', 'https://www.amazon.jobs/*'],
  jobParameters: [],

  isListing(url) {
    return HOSTS.has(url.hostname) && LISTING_PATH.test(url.pathname);
  },

  extract(doc, url) {
    const idFromUrl = LISTING_PATH.exec(url.pathname)?.[1];
    if (!HOSTS.has(url.hostname) || !idFromUrl) return noJob('This amazon.jobs page is not a job listing.');

    const posting = readJobPostings(doc).find((candidate) => candidate.title);
    const meta = META_LINE.exec(textOf(doc, SELECTORS.meta) ?? '');
    const title = posting?.title ?? textOf(doc, SELECTORS.title);
    if (!title) return noJob('The listing has no job title on it (yet).');

    const location = posting?.location ?? textOf(doc, SELECTORS.location);
    const company = posting?.company ?? cleanText(meta?.[2], 200);
    const requirements = readRequirements(firstOf(doc, SELECTORS.description) ?? doc, posting);
    return {
      job: {
        site: 'amazon.jobs',
        title,
        // The site is Amazon's own: a page that names no entity is still Amazon's.
        company: company ?? 'Amazon',
        ...(location ? { location } : {}),
        jobId: idFromUrl,
        source: posting?.title ? 'json-ld' : 'page-markup',
        confidence: company ? 'high' : 'medium',
        ...(requirements ? { requirements } : {}),
      },
    };
  },
};
