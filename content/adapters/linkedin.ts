import { listingJob, noJob, type PageReading, type SiteAdapter } from '../adapter';
import { postingShown, readJobPostings, type JobPostingData } from '../readers/json-ld';
import { cleanText, firstOf, textOf } from '../text';

/**
 * LinkedIn Jobs: `https://www.linkedin.com/jobs/…` (and country hosts such as
 * `uk.linkedin.com`, which serve the public job pages).
 *
 * - One job: `/jobs/view/<id>/` or `/jobs/view/<title-slug>-at-<company-slug>-<id>/`. The
 *   public (signed-out) page carries a schema.org JobPosting (JSON-LD) and the "top card"
 *   (`h1.top-card-layout__title`, `a.topcard__org-name-link`, `.topcard__flavor--bullet`);
 *   the signed-in page carries the "unified top card"
 *   (`.job-details-jobs-unified-top-card__job-title`, `…__company-name`,
 *   `…__tertiary-description-container`) and usually no JSON-LD.
 * - A list and a detail pane: `/jobs/search/`, `/jobs/search-results/` and
 *   `/jobs/collections/<name>/` with `?currentJobId=<id>`. The list cards on the left carry
 *   the same labels and links as the open job; the pane on the right
 *   (`.jobs-search__job-details--container`) shows the open job. Only the pane is read, and
 *   only once its top card's title links to `/jobs/view/<currentJobId>/` (or the pane
 *   carries `data-job-id="<currentJobId>"`); until then the pane may still show the previous
 *   job after an in-page navigation. The page's JSON-LD, where there is one, may describe
 *   another job and is not read on these pages.
 * - Not listings: search and collections pages without `currentJobId`, the jobs home,
 *   company pages.
 *
 * Selectors as used by open-source job scrapers and job-capture extensions, 2024–2025
 * (the `job-details-jobs-unified-top-card__*` classes of the signed-in pane, the guest
 * page's `topcard__*` classes, and one extension's check that the pane's `/jobs/view/<id>`
 * link matches `currentJobId` before reading it). Class names change often and some are
 * hashed: each list runs from the current class to older ones, and ends with a generic hook
 * (the pane's `h1`, a `/company/` link) whose result is tied more loosely.
 */
const NAME = 'LinkedIn';
const VIEW_PATH = /^\/jobs\/view\/(?:[^/]*-)?(\d{1,20})(?:\/|$)/;
const PANE_PATH = /^\/jobs\/(?:search|search-results|collections(?:\/[\w-]+)?)\/?$/;
const JOB_ID = /^\d{1,20}$/;

const SELECTORS = {
  /** The detail pane of a list-and-pane page. */
  pane: [
    '.jobs-search__job-details--container',
    '.jobs-search__job-details',
    '.jobs-search-two-pane__details',
    '.scaffold-layout__detail',
    '.jobs-details',
  ],
  /** The job's header: the signed-in top card, then the guest page's. */
  topCard: [
    '.job-details-jobs-unified-top-card__container--two-pane',
    '.job-details-jobs-unified-top-card',
    '.jobs-unified-top-card',
    '.top-card-layout',
  ],
  title: [
    '.job-details-jobs-unified-top-card__job-title h1',
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    'h1.top-card-layout__title',
    '.top-card-layout__title',
    '.topcard__title',
    'h1',
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name a',
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name a',
    '.jobs-unified-top-card__company-name',
    'a.topcard__org-name-link',
    '.topcard__org-name-link',
  ],
  /** Generic hooks when the classes above are gone: the company is then tied loosely. */
  companyLoose: ['.topcard__flavor a', 'a[href*="/company/"]'],
  /** "Stockholm, Sweden · Reposted 2 days ago · 87 applicants": the first part. */
  location: [
    '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text:first-child',
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text:first-child',
    '.job-details-jobs-unified-top-card__bullet',
    '.jobs-unified-top-card__bullet',
    '.topcard__flavor--bullet',
  ],
  /** Inside the pane's top card: the title's link, which names the job the pane shows. */
  jobLinks: [
    '.job-details-jobs-unified-top-card__job-title a[href]',
    '.jobs-unified-top-card__job-title a[href]',
    'h1 a[href]',
  ],
} as const;

const PANE_LOADING = 'The job pane is still loading.';

interface OpenJob {
  jobId: string;
  /** A list-and-pane page (`currentJobId`) rather than the job's own page. */
  pane: boolean;
}

function isLinkedInHost(host: string): boolean {
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

function openJob(url: URL): OpenJob | undefined {
  if (!isLinkedInHost(url.hostname)) return undefined;
  const view = VIEW_PATH.exec(url.pathname)?.[1];
  if (view) return { jobId: view, pane: false };
  const current = url.searchParams.get('currentJobId');
  if (current && JOB_ID.test(current) && PANE_PATH.test(url.pathname)) return { jobId: current, pane: true };
  return undefined;
}

/** The LinkedIn job id a link points at: `/jobs/view/[<slug>-]<id>/` or `?currentJobId=<id>`. */
function jobIdOfLink(href: string, base: URL): string | undefined {
  let target: URL;
  try {
    target = new URL(href, base);
  } catch {
    return undefined;
  }
  if (!isLinkedInHost(target.hostname)) return undefined;
  const current = target.searchParams.get('currentJobId');
  return VIEW_PATH.exec(target.pathname)?.[1] ?? (current && JOB_ID.test(current) ? current : undefined);
}

/** Whether the pane shows the job whose id is in the address, and not the previous one. */
function paneShows(pane: Element, card: Element | undefined, jobId: string, url: URL): boolean {
  for (const holder of [pane, card]) {
    if (holder?.closest('[data-job-id]')?.getAttribute('data-job-id') === jobId) return true;
  }
  for (const selector of SELECTORS.jobLinks) {
    for (const link of Array.from((card ?? pane).querySelectorAll(selector))) {
      if (jobIdOfLink(link.getAttribute('href') ?? '', url) === jobId) return true;
    }
  }
  return false;
}

function locationIn(scope: ParentNode): string | undefined {
  return cleanText(textOf(scope, SELECTORS.location)?.split('·')[0]);
}

/** Reads the job from its top card (`scope`), and its requirements from `page`: the pane, or the job's own page. */
function read(scope: ParentNode, page: ParentNode, jobId: string, posting?: JobPostingData): PageReading {
  return listingJob({
    site: NAME,
    jobId,
    posting,
    title: textOf(scope, SELECTORS.title),
    company: textOf(scope, SELECTORS.company),
    looseCompany: textOf(scope, SELECTORS.companyLoose),
    location: locationIn(scope),
    description: page,
  });
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: NAME,
  matches: ['https://*.linkedin.com/jobs/*'],
  // "My jobs": the user's saved and applied jobs.
  excludeMatches: ['https://*.linkedin.com/jobs/tracker/*'],
  jobParameters: ['currentJobId'],

  isListing(url) {
    return openJob(url) !== undefined;
  },

  extract(doc, url): PageReading {
    const open = openJob(url);
    if (!open) return noJob('This LinkedIn page is not a job listing.');

    if (open.pane) {
      // The pane only, never the list cards or a JSON-LD block that may describe another job.
      const pane = firstOf(doc, SELECTORS.pane);
      if (!pane) return noJob(PANE_LOADING);
      const card = firstOf(pane, SELECTORS.topCard);
      if (!paneShows(pane, card, open.jobId, url)) return noJob(PANE_LOADING);
      return read(card ?? pane, pane, open.jobId);
    }

    // The job's own page: its JSON-LD, when its title is the one on the page (a block left
    // from another job is not), then the top card.
    const scope = firstOf(doc, SELECTORS.topCard) ?? doc;
    const posting = postingShown(readJobPostings(doc), textOf(scope, SELECTORS.title));
    return read(scope, doc, open.jobId, posting);
  },
};
