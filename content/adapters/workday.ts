import { noJob, type PageReading, type SiteAdapter } from '../adapter';
import { postingShown, readJobPostings } from '../readers/json-ld';
import { readPageSummary } from '../readers/meta';
import { readRequirements } from '../readers/requirements';
import { cleanText, firstOf, textOf } from '../text';

/**
 * Workday career sites: `https://<tenant>.wd<N>.myworkdayjobs.com/[<locale>/]<site>/…`.
 *
 * - A job's own page: `/[<locale>/]<site>/job/<location>/<title-slug>_<REQ-ID>`. A
 *   single-page app: the posting is rendered inside `[data-automation-id="jobPostingPage"]`,
 *   and the server-rendered page carries a schema.org JobPosting (JSON-LD) that is not
 *   replaced when the app moves to another job in place.
 * - The search page with one job open in its right-hand pane:
 *   `/[<locale>/]<site>/details/<title-slug>_<REQ-ID>?q=…`. The list cards on its left carry
 *   the same `locations` fields as the pane; the pane (`jobDetails`) has no JSON-LD. Only the
 *   pane is read, and only once its `requisitionId` (or its Apply link) names the id in the
 *   address; until then the pane still shows the previous job.
 * - Not listings: the site's search page (`/<site>`, `/<site>/jobs`), the apply flow
 *   (`…/<REQ-ID>/apply`), sign-in and the candidate home.
 *
 * Every field carries a `data-automation-id`, which is stable across tenants, unlike the
 * generated `css-*` class names. Selectors as used by open-source job scrapers and
 * job-capture extensions (switzere/Job-Application-Plugin extractors/workday.js, a
 * "job fit" extension's workday reader that tells `jobPostingPage` from the search page's
 * `jobDetails` pane, and Selenium/BeautifulSoup scrapers that read the `<dd>` of each
 * `<dl>` field), 2024–2025.
 *
 * The company: the JobPosting's hiringOrganization, else `og:site_name`, else the tenant,
 * which is the first label of the host and not always the company's display name
 * (confidence `medium`). The page title is the job's title on Workday, not the company's.
 * The job id is the requisition id that ends the address (`…_JR1987654`).
 */
const HOST = /^([a-z0-9][a-z0-9-]*)\.(?:wd\d+\.)?myworkdayjobs\.com$/i;
/** Tenants are never a `wdN` cluster label (`wd5.myworkdayjobs.com` itself). */
const CLUSTER_LABEL = /^wd\d+$/i;
/** `[/<locale>]/<site>/job/[<location>/]<slug>_<REQ-ID>` or `…/details/<slug>_<REQ-ID>`. */
const LISTING_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?[^/]+\/(job|details)\/(?:[^/]+\/)?([^/]+?)\/?$/i;

const SELECTORS = {
  /** The job's own page, then the search page's detail pane. */
  jobPage: ['[data-automation-id="jobPostingPage"]', '[data-automation-id="job-posting-details"]'],
  pane: ['[data-automation-id="jobDetails"]', '[data-automation-id="jobPostingPage"]'],
  title: ['[data-automation-id="jobPostingHeader"] h2', '[data-automation-id="jobPostingHeader"]'],
  location: [
    '[data-automation-id="locations"] dd',
    '[data-automation-id="locations"]',
    '[data-automation-id="primaryLocation"] dd',
  ],
  requisitionId: ['[data-automation-id="requisitionId"] dd', '[data-automation-id="requisitionId"]'],
  /** The pane's Apply link, which carries the job's address (`…_<REQ-ID>/apply`). */
  links: ['a[data-automation-id="adventureButton"][href]', 'a[data-automation-id="applyButton"][href]'],
  /** The job's description, where its requirement lists are. */
  description: ['[data-automation-id="jobPostingDescription"]'],
} as const;

const REQUISITION_LABEL = /^(?:job\s+)?(?:requisition\s+)?id\s*:?\s*/i;
const NOT_A_COMPANY = /^workday$/i;
const NAME = 'Workday';

interface WorkdayAddress {
  tenant: string;
  kind: 'job' | 'details';
  jobId: string;
}

function parseAddress(url: URL): WorkdayAddress | undefined {
  if (url.protocol !== 'https:') return undefined;
  const tenant = HOST.exec(url.hostname)?.[1];
  if (!tenant || CLUSTER_LABEL.test(tenant)) return undefined;
  const path = LISTING_PATH.exec(url.pathname);
  const kind = path?.[1]?.toLowerCase();
  const last = path?.[2];
  if ((kind !== 'job' && kind !== 'details') || !last) return undefined;
  // The requisition id follows the slug's last underscore; a bare segment is the id itself.
  let jobId: string | undefined;
  try {
    jobId = cleanText(decodeURIComponent(last.slice(last.lastIndexOf('_') + 1)), 100);
  } catch {
    return undefined;
  }
  return jobId ? { tenant: tenant.toLowerCase(), kind, jobId } : undefined;
}

/** `JR1987654` matches `…_JR1987654` and `…_JR1987654-1` (a re-posting of one requisition). */
function sameRequisition(fromUrl: string, fromPage: string): boolean {
  const a = fromUrl.toLowerCase();
  const b = fromPage.toLowerCase();
  return a === b || a.startsWith(`${b}-`);
}

/** Whether the pane shows the job whose id is in the address (not the previous one). */
function paneShows(root: Element, jobId: string): boolean | undefined {
  const requisition = textOf(root, SELECTORS.requisitionId)?.replace(REQUISITION_LABEL, '');
  if (requisition) return sameRequisition(jobId, requisition);
  for (const selector of SELECTORS.links) {
    for (const link of Array.from(root.querySelectorAll(selector))) {
      const last = (link.getAttribute('href') ?? '').split(/[?#]/)[0]?.replace(/\/(?:apply\/?.*)?$/, '') ?? '';
      if (last.toLowerCase().endsWith(`_${jobId.toLowerCase()}`)) return true;
    }
  }
  return undefined;
}

export const workday: SiteAdapter = {
  id: 'workday',
  name: NAME,
  matches: ['https://*.myworkdayjobs.com/*'],
  // The candidate's home (applications, profile) and sign-in on each company's site.
  excludeMatches: ['https://*.myworkdayjobs.com/*/userHome*', 'https://*.myworkdayjobs.com/*/login*'],
  jobParameters: [],

  isListing(url) {
    return parseAddress(url) !== undefined;
  },

  extract(doc, url): PageReading {
    const address = parseAddress(url);
    if (!address) return noJob('This Workday page is not a job listing.');

    const root = firstOf(doc, address.kind === 'details' ? SELECTORS.pane : SELECTORS.jobPage);
    if (address.kind === 'details') {
      // Read the open pane only, and only once it shows the job the address names.
      if (!root || paneShows(root, address.jobId) !== true) return noJob('The job pane is still loading.');
    } else if (root && paneShows(root, address.jobId) === false) {
      return noJob('The job page is still loading.');
    }

    // A job's own page shows one job, wherever its markup puts it.
    const scope: ParentNode = root ?? doc;
    const shownTitle = textOf(scope, SELECTORS.title);
    const posting = postingShown(readJobPostings(doc), shownTitle, (identifier) => sameRequisition(address.jobId, identifier));
    const title = posting?.title ?? shownTitle;
    if (!title) return noJob('The listing has no job title on it (yet).');

    const siteName = readPageSummary(doc).siteName;
    const named = posting?.company ?? (siteName && !NOT_A_COMPANY.test(siteName) ? siteName : undefined);
    const location = posting?.location ?? textOf(scope, SELECTORS.location);
    const requirements = readRequirements(firstOf(scope, SELECTORS.description) ?? scope, posting);
    return {
      job: {
        site: NAME,
        title,
        company: named ?? address.tenant,
        ...(location ? { location } : {}),
        jobId: address.jobId,
        source: posting?.title ? 'json-ld' : 'page-markup',
        confidence: named ? 'high' : 'medium',
        ...(requirements ? { requirements } : {}),
      },
    };
  },
};
