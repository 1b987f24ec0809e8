import { listingJob, noJob, type PageReading, type SiteAdapter } from '../adapter';
import { postingShown, readJobPostings, type JobPostingData } from '../readers/json-ld';
import { cleanText, firstOf, textOf } from '../text';

/**
 * Indeed: `https://www.indeed.com/…` and the country hosts (`uk.indeed.com`,
 * `ca.indeed.com`, `de.indeed.com`, …).
 *
 * - One job: `/viewjob?jk=<job key>` (also `/m/viewjob` and `/m/basecamp/viewjob`, which the
 *   search page loads for its pane with `viewtype=embedded`). The header
 *   (`.jobsearch-InfoHeaderContainer`) carries `data-testid` hooks: the title
 *   `jobsearch-JobInfoHeader-title` (its text ends with a hidden " - job post"), the company
 *   `inlineHeader-companyName`, the location `inlineHeader-companyLocation` or
 *   `job-location`. JSON-LD is read first where a page has it.
 * - A list and a detail pane: search pages (`/jobs?q=…`, localised paths such as
 *   `/emplois`, `/q-…-jobs.html`, the home page's feed) with `vjk=<job key>` name the job open
 *   in the right-hand pane (`#jobsearch-ViewjobPaneWrapper`). The list cards
 *   (`.job_seen_beacon`, `a.jcs-JobTitle[data-jk]`) carry titles and company names like the
 *   pane's. Only the pane is read, and only once its header links to that job
 *   (`/viewjob?jk=<vjk>`, the apply link's `jk=`) or carries `data-jk="<vjk>"`; until then it
 *   may still show the previous job. JSON-LD on these pages (the results' postings) is
 *   not read.
 * - Not listings: search pages without `vjk`, company pages (`/cmp/…`), the apply flow.
 *
 * Selectors as used by open-source job scrapers and job-capture extensions, 2024–2025
 * (`data-testid` hooks first, as they outlive the generated `css-*` classes, then the older
 * `jobsearch-*` classes and `[data-company-name="true"]`, then a `/cmp/` company link, whose
 * result is tied more loosely).
 */
const NAME = 'Indeed';
const VIEW_PATH = /^\/(?:m\/(?:basecamp\/)?)?viewjob\/?$/i;
/** Indeed job keys are 16 hex digits; a little room in case the form grows. */
const JOB_KEY = /^[0-9a-z]{8,40}$/i;
const JOB_POST_SUFFIX = /\s*-\s*job post\s*$/i;

const SELECTORS = {
  /** The right-hand pane of a search page. */
  pane: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '.jobsearch-ViewJobLayout--embedded', '#vjs-container'],
  /** The job's own page. */
  page: ['#viewJobSSRRoot', '.jobsearch-ViewJobLayout--standalone', '.jobsearch-JobComponent'],
  /** The pane's header: title, company, apply button. */
  header: [
    '.jobsearch-InfoHeaderContainer',
    '[data-testid="jobsearch-InfoHeaderContainer"]',
    '.jobsearch-JobInfoHeader-title-container',
  ],
  title: [
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    'h1.jobsearch-JobInfoHeader-title',
    'h2.jobsearch-JobInfoHeader-title',
    '[data-testid="simpler-jobTitle"]',
    '[data-testid="vj-job-title"]',
    '.jobsearch-JobInfoHeader-title-container h1',
    '.jobsearch-JobInfoHeader-title-container h2',
  ],
  company: [
    '[data-testid="inlineHeader-companyName"] a',
    '[data-testid="inlineHeader-companyName"]',
    '[data-testid="jobsearch-CompanyInfoContainer"] [data-company-name="true"]',
    '.jobsearch-CompanyInfoContainer [data-company-name="true"]',
    '[data-company-name="true"]',
    '[data-testid="vj-company-name"]',
    '.jobsearch-JobInfoHeader-companyNameSimple',
    '.jobsearch-InlineCompanyRating-companyHeader',
  ],
  /** Generic hook when the ones above are gone: the company is then tied loosely. */
  companyLoose: ['.jobsearch-CompanyInfoContainer a[href*="/cmp/"]', 'a[href*="/cmp/"]'],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="job-location"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    '.jobsearch-JobInfoHeader-subtitle > div:nth-child(2)',
  ],
  /** Inside the pane's header: what names the job it shows (the apply control is often a
   * `<button href="…/applystart?jk=…">`, hence any element with an href). */
  jobRefs: ['[href*="jk="]', '[data-jk]'],
} as const;

const PANE_LOADING = 'The job pane is still loading.';

interface OpenJob {
  jobId: string;
  pane: boolean;
}

function isIndeedHost(host: string): boolean {
  return host === 'indeed.com' || host.endsWith('.indeed.com');
}

function openJob(url: URL): OpenJob | undefined {
  if (!isIndeedHost(url.hostname)) return undefined;
  if (VIEW_PATH.test(url.pathname)) {
    const jk = url.searchParams.get('jk');
    return jk && JOB_KEY.test(jk) ? { jobId: jk, pane: false } : undefined;
  }
  const vjk = url.searchParams.get('vjk');
  return vjk && JOB_KEY.test(vjk) ? { jobId: vjk, pane: true } : undefined;
}

/** The job key an element names: `data-jk`, or a link's `jk` / `vjk` parameter. */
function jobKeyOf(element: Element, base: URL): string | undefined {
  const attribute = element.getAttribute('data-jk');
  if (attribute) return attribute;
  const href = element.getAttribute('href');
  if (!href) return undefined;
  try {
    const target = new URL(href, base);
    if (!isIndeedHost(target.hostname)) return undefined;
    return target.searchParams.get('jk') ?? target.searchParams.get('vjk') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whether the pane shows the job whose key is in the address, and not the previous one. */
function paneShows(pane: Element, header: Element | undefined, jobId: string, url: URL): boolean {
  const wanted = jobId.toLowerCase();
  if (pane.getAttribute('data-jk')?.toLowerCase() === wanted) return true;
  return SELECTORS.jobRefs.some((selector) =>
    Array.from((header ?? pane).querySelectorAll(selector)).some((element) => jobKeyOf(element, url)?.toLowerCase() === wanted),
  );
}

/** The job's heading, without the hidden " - job post" that Indeed appends for screen readers. */
function headingIn(scope: ParentNode): string | undefined {
  return cleanText(textOf(scope, SELECTORS.title)?.replace(JOB_POST_SUFFIX, ''));
}

function read(scope: ParentNode, jobId: string, posting?: JobPostingData): PageReading {
  return listingJob({
    site: NAME,
    jobId,
    posting,
    title: headingIn(scope),
    company: textOf(scope, SELECTORS.company),
    looseCompany: textOf(scope, SELECTORS.companyLoose),
    location: textOf(scope, SELECTORS.location),
    description: scope,
  });
}

export const indeed: SiteAdapter = {
  id: 'indeed',
  name: NAME,
  // Search paths are localised (`/jobs`, `/emplois`, `/q-…-jobs.html`, the home page's feed)
  // and the pane opens in place, so the script runs on every page of the job-seeker hosts.
  matches: ['https://*.indeed.com/*'],
  excludeMatches: [
    'https://secure.indeed.com/*', // sign-in and account settings
    'https://profile.indeed.com/*', // the résumé and profile
    'https://my.indeed.com/*', // saved and applied jobs
    'https://smartapply.indeed.com/*', // the application form, with the résumé
    'https://employers.indeed.com/*',
    'https://*.indeed.com/account/*',
  ],
  jobParameters: ['jk', 'vjk'],

  isListing(url) {
    return openJob(url) !== undefined;
  },

  extract(doc, url): PageReading {
    const open = openJob(url);
    if (!open) return noJob('This Indeed page is not a job listing.');

    if (open.pane) {
      // The pane only, never the list cards or the results' JSON-LD.
      const pane = firstOf(doc, SELECTORS.pane);
      if (!pane) return noJob(PANE_LOADING);
      const header = firstOf(pane, SELECTORS.header);
      if (!paneShows(pane, header, open.jobId, url)) return noJob(PANE_LOADING);
      return read(pane, open.jobId);
    }

    // The job's own page: JSON-LD where it has one and its title is the one on the page.
    const scope = firstOf(doc, SELECTORS.page) ?? doc;
    const posting = postingShown(readJobPostings(doc), headingIn(scope));
    return read(scope, open.jobId, posting);
  },
};
