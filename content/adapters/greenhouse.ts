import { noJob, type SiteAdapter } from '../adapter';
import { type JobPostingData, postingShown, readJobPostings } from '../readers/json-ld';
import { readRequirements } from '../readers/requirements';
import { attributeOf, cleanText, firstOf, sameText, textOf } from '../text';
import type { Confidence, JobSource } from '../../lib/job/detected-job';

/**
 * Greenhouse hosted job boards, one job per page:
 * - `https://boards.greenhouse.io/<board>/jobs/<id>` (the older boards: `#app_body` with a
 *   `#header` holding `h1.app-title`, `span.company-name` ("at Acme") and `div.location`);
 * - `https://job-boards.greenhouse.io/<board>/jobs/<id>` and `job-boards.eu.greenhouse.io`
 *   (the newer boards: `.job__title h1.section-header`, `.job__location`, the company only in
 *   the logo's alt text, `og:site_name` or the page title "Job Application for <title> at
 *   <company>", which some boards leave as the placeholder "page_title");
 * - `https://boards.greenhouse.io/embed/job_app?for=<board>&token=<id>`, the page a company
 *   site frames (old markup).
 * Boards may carry a schema.org JobPosting; it is read first. The board's index
 * (`/<board>`, `/embed/job_board`) lists jobs and is not a listing. Company sites that embed
 * a board and link jobs with `?gh_jid=` are not Greenhouse's pages: the generic readers
 * take them.
 *
 * Selectors as used by open-source job scrapers and job-capture extensions (2024–2025):
 * `.app-title` / `#header .company-name` / `#header .location` on the old boards;
 * `.job__title h1`, `h1.section-header`, `.job__location`, `img.logo[alt]` on the new ones.
 */
const HOSTS = new Set(['boards.greenhouse.io', 'job-boards.greenhouse.io', 'job-boards.eu.greenhouse.io']);
const JOB_PATH = /^\/([a-z0-9][\w.-]{0,99})\/jobs\/(\d{1,20})\/?$/i;
const EMBED_PATH = /^\/embed\/job_app\/?$/;
const BOARD = /^[a-z0-9][\w.-]{0,99}$/i;
const JOB_ID = /^\d{1,20}$/;

const SELECTORS = {
  /** New boards first, then the old `#header`. */
  title: [
    '.job__title h1',
    '.job__title .section-header',
    'h1.section-header',
    '#header h1.app-title',
    '.app-title',
  ],
  /** Old boards and embeds: "at Acme". */
  company: ['#header .company-name', '.company-name'],
  location: ['.job__location', '#header .location', '.app-title ~ .location'],
  /** Alt text of the board's logo: "Acme Logo". Read as an attribute. */
  logo: [
    '.job__header .logo-container img[alt]',
    'img.logo[alt]',
    '.logo-container img[alt]',
    '#header #logo img[alt]',
  ],
  /** Read as the `content` attribute. */
  siteName: ['meta[property="og:site_name"]'],
  /** The job's description (new boards, then old), where its requirement lists are. */
  description: ['.job__description', '#content'],
} as const;

/** "Job Application for <title> at <company>", the page title Greenhouse writes. */
const PAGE_TITLE = /^job application for (.+) at (.+)$/i;

interface Listing {
  board: string;
  jobId: string;
}

function listingOf(url: URL): Listing | undefined {
  if (!HOSTS.has(url.hostname)) return undefined;
  const path = JOB_PATH.exec(url.pathname);
  if (path?.[1] && path[2] && path[1].toLowerCase() !== 'embed') return { board: path[1], jobId: path[2] };
  if (EMBED_PATH.test(url.pathname)) {
    const board = url.searchParams.get('for') ?? '';
    const jobId = url.searchParams.get('token') ?? '';
    if (BOARD.test(board) && JOB_ID.test(jobId)) return { board, jobId };
  }
  return undefined;
}

/**
 * Title and company from the page title. With a heading on the page, the page title must
 * name that role (else it is stale), and the company is what follows it.
 */
function fromPageTitle(doc: Document, heading: string | undefined): { title: string; company: string } | undefined {
  const match = PAGE_TITLE.exec(cleanText(doc.title) ?? '');
  if (!match?.[1] || !match[2]) return undefined;
  const named = `${match[1]} at ${match[2]}`;
  if (heading) {
    const prefix = `${heading} at `;
    if (!sameText(named.slice(0, prefix.length), prefix)) return undefined;
    const company = cleanText(named.slice(prefix.length), 200);
    return company ? { title: heading, company } : undefined;
  }
  const title = cleanText(match[1]);
  const company = cleanText(match[2], 200);
  return title && company ? { title, company } : undefined;
}

/** The company and how firmly the page ties it to the job, best source first. */
function companyOf(
  doc: Document,
  posting: JobPostingData | undefined,
  pageTitle: { company: string } | undefined,
  board: string,
): { company: string; tied: boolean } {
  const named =
    posting?.company ??
    cleanText(textOf(doc, SELECTORS.company)?.replace(/^at\s+/i, ''), 200) ??
    pageTitle?.company ??
    attributeOf(doc, SELECTORS.siteName, 'content');
  if (named && !/^greenhouse$/i.test(named)) return { company: named, tied: true };
  // Greenhouse writes the logo's alt as "<Company> Logo"; other alt text is a loose tie.
  const alt = attributeOf(doc, SELECTORS.logo, 'alt');
  const logo = cleanText(alt?.replace(/\s*logo$/i, ''), 200);
  if (alt && logo) return { company: logo, tied: logo !== alt };
  return { company: board, tied: false };
}

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: [
    'https://boards.greenhouse.io/*',
    'https://job-boards.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
  ],
  // The embedded application form names its board and job in the query.
  jobParameters: ['for', 'token'],

  isListing(url) {
    return listingOf(url) !== undefined;
  },

  extract(doc, url) {
    const listing = listingOf(url);
    if (!listing) return noJob('This Greenhouse page is not a job listing.');

    const heading = textOf(doc, SELECTORS.title);
    const posting = postingShown(readJobPostings(doc), heading);
    const pageTitle = fromPageTitle(doc, heading ?? posting?.title);
    const title = posting?.title ?? heading ?? pageTitle?.title;
    if (!title) {
      return noJob('The Greenhouse page shows no job title: the job may have closed, or the page is still loading.');
    }

    const source: JobSource = posting?.title ? 'json-ld' : heading ? 'page-markup' : 'meta';
    const { company, tied } = companyOf(doc, posting, pageTitle, listing.board);
    const confidence: Confidence = tied && source !== 'meta' ? 'high' : 'medium';
    const location = posting?.location ?? textOf(doc, SELECTORS.location);
    const requirements = readRequirements(firstOf(doc, SELECTORS.description) ?? doc, posting);
    return {
      job: {
        site: 'Greenhouse',
        title,
        company,
        ...(location ? { location } : {}),
        jobId: listing.jobId,
        source,
        confidence,
        ...(requirements ? { requirements } : {}),
      },
    };
  },
};
