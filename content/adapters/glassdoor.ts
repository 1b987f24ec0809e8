import { listingJob, noJob, type PageReading, type SiteAdapter } from '../adapter';
import { postingShown, readJobPostings, type JobPostingData } from '../readers/json-ld';
import { cleanText, firstOf, textOf } from '../text';

/**
 * Glassdoor: `https://www.glassdoor.com/…` and the country sites (`glassdoor.co.uk`,
 * `glassdoor.ca`, `glassdoor.de`, … listed in DOMAINS).
 *
 * - One job: `/job-listing/<title>-<company>-JV_IC<loc>_KO<a>,<b>_KE<c>,<d>.htm?jl=<id>`. The
 *   page carries a schema.org JobPosting (JSON-LD) and the job details block
 *   (`JobDetails_jobDetailsContainer__<hash>`): the title `h1#jd-job-title-<id>`, the
 *   employer in `EmployerProfile_employerNameHeading__<hash>` (older pages:
 *   `[data-test="employerName"]`, whose text ends with the rating), the location
 *   `[data-test="location"]`.
 * - A list and a detail pane: search pages `/Job/<place>-<keyword>-jobs-SRCH_….htm` (and
 *   `/Job/jobs.htm?sc.keyword=…`) with `jl=<id>` or `jobListingId=<id>` naming the open job.
 *   The list cards (`li[data-test="jobListing"][data-jobid]`, `a[data-test="job-title"]`,
 *   `EmployerProfile_compactEmployerName`) carry titles and employers like the pane's. Only
 *   the details block is read, and only once its header names that id (the title's
 *   `id="jd-job-title-<id>"`, a `data-jobid`, or a link with `jl=` / `jobListingId=`); until
 *   then it may still show the previous job. JSON-LD on these pages is not read.
 * - Not listings: search pages with no job named in the address, company overviews
 *   (`/Overview/…`), reviews and salaries.
 *
 * Class names are generated with a hash suffix (`JobDetails_location__mSg5h`), so they are
 * matched by prefix (`[class*="JobDetails_location"]`) after the `id` and `data-test` hooks.
 * Selectors as used by open-source job scrapers and job-capture extensions, 2024–2025
 * (`[id^="jd-job-title-"]`, `[data-test="location"]`, `EmployerProfile_employerNameHeading`,
 * the older `data-test="employerName"`), ending with a company-overview link whose result is
 * tied more loosely.
 */
const NAME = 'Glassdoor';
const DOMAINS = [
  'glassdoor.com',
  'glassdoor.co.uk',
  'glassdoor.ca',
  'glassdoor.com.au',
  'glassdoor.co.in',
  'glassdoor.co.nz',
  'glassdoor.ie',
  'glassdoor.sg',
  'glassdoor.com.hk',
  'glassdoor.de',
  'glassdoor.at',
  'glassdoor.ch',
  'glassdoor.fr',
  'glassdoor.be',
  'glassdoor.nl',
  'glassdoor.es',
  'glassdoor.it',
  'glassdoor.com.mx',
  'glassdoor.com.br',
] as const;
const LISTING_PATH = /^\/job-listing\/[^/]+\.htm$/i;
const SEARCH_PATH = /^\/Job\/[^/]+\.htm$/i;
const JOB_ID = /^\d{1,20}$/;
const TITLE_ID = /^jd-job-title-(\d{1,20})$/;
/** "Spotify 4.2 ★": the rating that older employer headings end with. */
const RATING = /\s*(?:\d(?:[.,]\d)?\s*)?★\s*$|\s+\d[.,]\d\s*$/;

const SELECTORS = {
  /** The job details block: the search page's pane, or the body of a job's own page. */
  details: ['[class*="JobDetails_jobDetailsContainer"]', '[data-test="jobDetails"]', '[data-test="job-details"]', '#JDCol'],
  /** The block's header: employer, title, location, apply button. */
  header: ['[class*="JobDetails_jobDetailsHeader"]', 'header'],
  title: [
    'h1[id^="jd-job-title-"]',
    '[id^="jd-job-title-"]',
    '[data-test="job-title"]',
    '[data-test="jobTitle"]',
    '[class*="JobDetails_jobTitle"]',
  ],
  company: [
    '[class*="EmployerProfile_employerNameHeading"] h4',
    '[class*="EmployerProfile_employerNameHeading"]',
    '[data-test="employer-name"]',
    '[data-test="employerName"]',
    '[class*="EmployerProfile_employerName"]',
  ],
  /** Generic hook when the ones above are gone: the company is then tied loosely. */
  companyLoose: ['a[href*="/Overview/Working-at-"]'],
  location: ['[data-test="location"]', '[class*="JobDetails_location"]'],
  /** The title's `id="jd-job-title-<id>"`, which names the job the block shows. */
  titleWithId: ['[id^="jd-job-title-"]'],
  /** Inside the block's header: what names the job it shows. */
  jobRefs: ['[id^="jd-job-title-"]', '[data-jobid]', '[data-job-id]', 'a[href*="jl="]', 'a[href*="jobListingId="]'],
} as const;

const PANE_LOADING = 'The job pane is still loading.';

interface OpenJob {
  jobId?: string;
  pane: boolean;
}

function isGlassdoorHost(host: string): boolean {
  return DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

function idInQuery(params: URLSearchParams): string | undefined {
  const id = params.get('jl') ?? params.get('jobListingId');
  return id && JOB_ID.test(id) ? id : undefined;
}

function openJob(url: URL): OpenJob | undefined {
  if (!isGlassdoorHost(url.hostname)) return undefined;
  const jobId = idInQuery(url.searchParams);
  if (LISTING_PATH.test(url.pathname)) return { ...(jobId ? { jobId } : {}), pane: false };
  if (SEARCH_PATH.test(url.pathname) && jobId) return { jobId, pane: true };
  return undefined;
}

/** The job listing id an element names: its title id, a data attribute or a link. */
function jobIdOf(element: Element, base: URL): string | undefined {
  const fromTitle = TITLE_ID.exec(element.id)?.[1];
  if (fromTitle) return fromTitle;
  const attribute = element.getAttribute('data-jobid') ?? element.getAttribute('data-job-id');
  if (attribute) return attribute;
  const href = element.getAttribute('href');
  if (!href) return undefined;
  try {
    const target = new URL(href, base);
    return isGlassdoorHost(target.hostname) ? idInQuery(target.searchParams) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the pane shows the job whose id is in the address, and not the previous one. */
function paneShows(pane: Element, jobId: string, url: URL): boolean {
  if (jobIdOf(pane, url) === jobId) return true;
  const scope = firstOf(pane, SELECTORS.header) ?? pane;
  return SELECTORS.jobRefs.some((selector) =>
    Array.from(scope.querySelectorAll(selector)).some((element) => jobIdOf(element, url) === jobId),
  );
}

function read(scope: ParentNode, jobId: string | undefined, posting?: JobPostingData): PageReading {
  return listingJob({
    site: NAME,
    jobId,
    posting,
    title: textOf(scope, SELECTORS.title),
    // The employer heading carries its rating ("4.4★"): not part of the name.
    company: cleanText(textOf(scope, SELECTORS.company)?.replace(RATING, ''), 200),
    looseCompany: textOf(scope, SELECTORS.companyLoose),
    location: textOf(scope, SELECTORS.location),
    description: scope,
  });
}

export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  name: NAME,
  matches: DOMAINS.flatMap((domain) => [`https://*.${domain}/job-listing/*`, `https://*.${domain}/Job/*`]),
  jobParameters: ['jl', 'jobListingId'],

  isListing(url) {
    return openJob(url) !== undefined;
  },

  extract(doc, url): PageReading {
    const open = openJob(url);
    if (!open) return noJob('This Glassdoor page is not a job listing.');

    if (open.pane && open.jobId) {
      // The details pane only, never the list cards or a JSON-LD block about another job.
      const pane = firstOf(doc, SELECTORS.details);
      if (!pane || !paneShows(pane, open.jobId, url)) return noJob(PANE_LOADING);
      return read(pane, open.jobId);
    }

    // The job's own page: its JSON-LD, when its title is the one on the page, then the
    // details block.
    const scope = firstOf(doc, SELECTORS.details) ?? doc;
    const posting = postingShown(readJobPostings(doc), textOf(scope, SELECTORS.title));
    const titleId = TITLE_ID.exec(firstOf(scope, SELECTORS.titleWithId)?.id ?? '')?.[1];
    return read(scope, open.jobId ?? titleId, posting);
  },
};
