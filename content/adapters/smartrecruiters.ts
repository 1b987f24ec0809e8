import { noJob, type PageReading, type SiteAdapter } from '../adapter';
import { readJobPostings, type JobPostingData } from '../readers/json-ld';
import { readPageSummary } from '../readers/meta';
import { readMicrodataPostings } from '../readers/microdata';
import { readRequirements } from '../readers/requirements';
import { attributeOf, textOf } from '../text';

/**
 * SmartRecruiters job pages: `https://jobs.smartrecruiters.com/<Company>/<postingId>-<slug>`
 * (and the same path on `careers.smartrecruiters.com`). The posting id is numeric (15
 * digits today). One job per page, rendered on the server: the posting is marked up with
 * schema.org microdata (`itemtype="…/JobPosting"` around an `h1.job-title[itemprop=title]`,
 * `[itemprop="hiringOrganization"]` holding `meta[itemprop="name"]`, and a
 * `jobLocation` > `PostalAddress` of `meta` tags), and the visible location is the
 * `<spl-job-location formattedAddress="…">` web component inside `.job-details`.
 *
 * Not listings: a company's page (`/<Company>`, its list of `li.opening-job` cards), the
 * application form (`/oneclick-ui/…`), the candidate's applications (`/my-applications`).
 *
 * Selectors as used by open-source job scrapers (SmartRecruiters readers that take the
 * title from `itemprop="title"`, the company from `hiringOrganization`'s `meta
 * itemprop="name"` and the place from `spl-job-location`'s `formattedAddress`, or from
 * `.c-spl-job-location__place` once the component has rendered), 2024–2025.
 *
 * JSON-LD first where a page has it, then microdata, then the page's markup. The company
 * slug of the address is the last resort for the company (confidence `medium`).
 */
const HOSTS = new Set(['jobs.smartrecruiters.com', 'careers.smartrecruiters.com']);
const LISTING_PATH = /^\/([a-z0-9_.-]+)\/(\d{6,})(?:-[^/]*)?\/?$/i;
/** First path segments that are the site's own pages, not a company. */
const RESERVED = new Set(['my-applications', 'oneclick-ui', 'sr-jobs', 'api', 'static', 'public', 'ni']);
const NOT_A_COMPANY = /^smartrecruiters$/i;
const NAME = 'SmartRecruiters';

const SELECTORS = {
  /** The posting, not the "other jobs" block below it. */
  posting: ['main.jobad-main', '[itemtype$="schema.org/JobPosting"]', 'main'],
  title: ['h1.job-title', '[itemprop="title"]', '.job-title', 'h1'],
  /** Read from their `content` attribute. */
  companyMeta: ['[itemprop="hiringOrganization"] meta[itemprop="name"]', 'meta[itemprop="hiringOrganization"]'],
  /** Read from their `formattedaddress` attribute (the component may not have rendered). */
  locationAttribute: ['spl-job-location[formattedaddress]'],
  location: ['.c-spl-job-location__place', 'spl-job-location', '[itemprop="jobLocation"]'],
} as const;

interface SmartRecruitersAddress {
  companySlug: string;
  jobId: string;
}

function parseAddress(url: URL): SmartRecruitersAddress | undefined {
  if (url.protocol !== 'https:' || !HOSTS.has(url.hostname)) return undefined;
  const match = LISTING_PATH.exec(url.pathname);
  const companySlug = match?.[1];
  const jobId = match?.[2];
  if (!companySlug || !jobId || RESERVED.has(companySlug.toLowerCase())) return undefined;
  return { companySlug, jobId };
}

function firstOf(doc: Document, selectors: readonly string[]): ParentNode {
  for (const selector of selectors) {
    const element = doc.querySelector(selector);
    if (element) return element;
  }
  return doc;
}

/** The structured posting for this job: JSON-LD, else microdata. */
function structuredPosting(doc: Document, jobId: string): { posting: JobPostingData; source: 'json-ld' | 'microdata' } | undefined {
  const usable = (posting: JobPostingData) => Boolean(posting.title) && (!posting.identifier || posting.identifier === jobId);
  const fromJsonLd = readJobPostings(doc).find(usable);
  if (fromJsonLd) return { posting: fromJsonLd, source: 'json-ld' };
  const fromMicrodata = readMicrodataPostings(doc).find(usable);
  return fromMicrodata ? { posting: fromMicrodata, source: 'microdata' } : undefined;
}

export const smartRecruiters: SiteAdapter = {
  id: 'smartrecruiters',
  name: NAME,
  matches: ['https://jobs.smartrecruiters.com/*', 'https://careers.smartrecruiters.com/*'],
  jobParameters: [],

  isListing(url) {
    return parseAddress(url) !== undefined;
  },

  extract(doc, url): PageReading {
    const address = parseAddress(url);
    if (!address) return noJob('This SmartRecruiters page is not a job listing.');

    const root = firstOf(doc, SELECTORS.posting);
    const structured = structuredPosting(doc, address.jobId);
    const title = structured?.posting.title ?? textOf(root, SELECTORS.title);
    if (!title) return noJob('The listing has no job title on it (yet).');

    const siteName = readPageSummary(doc).siteName;
    const named =
      structured?.posting.company ??
      attributeOf(root, SELECTORS.companyMeta, 'content') ??
      (siteName && !NOT_A_COMPANY.test(siteName) ? siteName : undefined);
    const location =
      structured?.posting.location ??
      attributeOf(root, SELECTORS.locationAttribute, 'formattedaddress') ??
      textOf(root, SELECTORS.location);
    const requirements = readRequirements(root, structured?.posting);
    return {
      job: {
        site: NAME,
        title,
        company: named ?? address.companySlug,
        ...(location ? { location } : {}),
        jobId: address.jobId,
        source: structured?.source ?? 'page-markup',
        confidence: named ? 'high' : 'medium',
        ...(requirements ? { requirements } : {}),
      },
    };
  },
};
