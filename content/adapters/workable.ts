import { noJob, type PageReading, type SiteAdapter } from '../adapter';
import { postingShown, readJobPostings } from '../readers/json-ld';
import { readPageSummary } from '../readers/meta';
import { readRequirements } from '../readers/requirements';
import { cleanText, sameText, textOf } from '../text';

/**
 * Workable job pages:
 * - `https://apply.workable.com/<account>/j/<shortcode>/` and its application tab
 *   `…/j/<shortcode>/apply`: a single-page app; the job's header carries `data-ui`
 *   attributes (`h1[data-ui="job-title"]`, `[data-ui="job-location"]`,
 *   `[data-ui="job-workplace"]`, `[data-ui="job-type"]`), and the page usually carries a
 *   schema.org JobPosting (JSON-LD).
 * - `https://<account>.workable.com/jobs/<id>` and `…/j/<shortcode>`: the older per-account
 *   career pages, same idea.
 *
 * Not listings: the account's list of jobs (`apply.workable.com/<account>/`, whose cards
 * are `li[data-ui="job"]` holding `h3[data-ui="job-title"]` and `[data-ui="job-location"]`
 * of other jobs), and Workable's own hosts (`www`, `jobs`, `help`, …).
 *
 * Selectors as used by open-source job scrapers and job-capture/auto-apply extensions
 * (chromedp and cheerio scrapers reading `h1[data-ui="job-title"]`,
 * `[data-ui="job-location"]`, `section[data-ui="job-description"]`; ATS adapter tables
 * noting that Workable's `data-ui` hooks are stable), 2024–2025.
 *
 * The company: the JobPosting's hiringOrganization, else `og:site_name`, else the page
 * title around the job title ("<role> - <company>", confidence `medium`), else the account
 * slug of the address (confidence `medium`). The job id is the shortcode.
 */
const APPLY_HOST = 'apply.workable.com';
const APPLY_PATH = /^\/([a-z0-9_-]+)\/j\/([a-z0-9]{4,20})(?:\/apply)?\/?$/i;
const ACCOUNT_HOST = /^([a-z0-9][a-z0-9-]*)\.workable\.com$/i;
const ACCOUNT_PATH = /^\/(?:jobs\/(\d{3,12})|j\/([a-z0-9]{4,20}))(?:\/apply)?\/?$/i;
/** Subdomains that are Workable's own, not an account's career page. */
const RESERVED_SUBDOMAINS = new Set([
  'www', 'apply', 'jobs', 'help', 'resources', 'api', 'app', 'blog', 'developers', 'engage', 'marketplace', 'status',
]);
const NOT_A_COMPANY = /^workable$/i;
const TITLE_SEPARATORS = /^\s*(?:[-–—|:@]|at)\s+/i;
const NAME = 'Workable';

const SELECTORS = {
  /** The job page shows one job; list cards (`li[data-ui="job"]`) use `h3` and `span`. */
  title: ['h1[data-ui="job-title"]', '[data-ui="overview"] [data-ui="job-title"]', 'main h1'],
  location: [
    'div[data-ui="job-location"] [data-ellipsis-element]',
    'div[data-ui="job-location"]',
    '[data-ui="overview"] [data-ui="job-location"]',
  ],
} as const;

interface WorkableAddress {
  account: string;
  jobId: string;
}

function parseAddress(url: URL): WorkableAddress | undefined {
  if (url.protocol !== 'https:') return undefined;
  if (url.hostname === APPLY_HOST) {
    const match = APPLY_PATH.exec(url.pathname);
    return match?.[1] && match[2] ? { account: match[1], jobId: match[2] } : undefined;
  }
  const account = ACCOUNT_HOST.exec(url.hostname)?.[1];
  if (!account || RESERVED_SUBDOMAINS.has(account.toLowerCase())) return undefined;
  const match = ACCOUNT_PATH.exec(url.pathname);
  const jobId = match?.[1] ?? match?.[2];
  return jobId ? { account, jobId } : undefined;
}

/** "Senior Data Analyst - Kestrel Health" (or "Kestrel Health - Senior Data Analyst") → the company. */
function companyFromPageTitle(pageTitle: string | undefined, jobTitle: string): string | undefined {
  if (!pageTitle) return undefined;
  const lower = pageTitle.toLowerCase();
  const role = jobTitle.toLowerCase();
  if (lower.startsWith(role)) {
    const rest = pageTitle.slice(jobTitle.length);
    return TITLE_SEPARATORS.test(rest) ? cleanText(rest.replace(TITLE_SEPARATORS, ''), 200) : undefined;
  }
  if (lower.endsWith(role)) {
    const rest = pageTitle.slice(0, pageTitle.length - jobTitle.length);
    const trimmed = rest.replace(/\s+(?:[-–—|:])\s*$/, '');
    return trimmed !== rest ? cleanText(trimmed, 200) : undefined;
  }
  return undefined;
}

export const workable: SiteAdapter = {
  id: 'workable',
  name: NAME,
  matches: ['https://apply.workable.com/*', 'https://*.workable.com/jobs/*', 'https://*.workable.com/j/*'],
  jobParameters: [],

  isListing(url) {
    return parseAddress(url) !== undefined;
  },

  extract(doc, url): PageReading {
    const address = parseAddress(url);
    if (!address) return noJob('This Workable page is not a job listing.');

    const shownTitle = textOf(doc, SELECTORS.title);
    const posting = postingShown(readJobPostings(doc), shownTitle, (identifier) => sameText(identifier, address.jobId));
    const title = posting?.title ?? shownTitle;
    if (!title) return noJob('The listing has no job title on it (yet).');

    const siteName = readPageSummary(doc).siteName;
    const named = posting?.company ?? (siteName && !NOT_A_COMPANY.test(siteName) ? siteName : undefined);
    const fromTitle = named ? undefined : companyFromPageTitle(cleanText(doc.title), title);
    const location = posting?.location ?? textOf(doc, SELECTORS.location);
    // The job page shows one job: its description and requirements are sections of the page.
    const requirements = readRequirements(doc, posting);
    return {
      job: {
        site: NAME,
        title,
        company: named ?? fromTitle ?? address.account,
        ...(location ? { location } : {}),
        jobId: address.jobId,
        source: posting?.title ? 'json-ld' : 'page-markup',
        confidence: named ? 'high' : 'medium',
        ...(requirements ? { requirements } : {}),
      },
    };
  },
};
