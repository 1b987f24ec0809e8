import { noJob, type SiteAdapter } from '../adapter';
import { postingShown, readJobPostings } from '../readers/json-ld';
import { readRequirements } from '../readers/requirements';
import { cleanText, firstOf, sameText, textOf } from '../text';
import type { Confidence, JobSource } from '../../lib/job/detected-job';

/**
 * Ashby hosted job boards: `https://jobs.ashbyhq.com/<company>/<uuid>` and the posting's
 * application tab `/<uuid>/application`. The page is a single-page app: the server sends
 * the page title "<Role> @ <Company>" and often a schema.org JobPosting; the app
 * then renders `h1.ashby-job-posting-heading` and a left pane
 * (`.ashby-job-posting-left-pane`) of labelled sections ("Location", "Employment Type",
 * "Department": an `h2` label and a `p` value). The class names beside the `ashby-*` ones
 * are hashed CSS modules (`_title_1a2b3_4`) and are matched by prefix only. The board index
 * `/<company>` is not a listing.
 *
 * Selectors as used by open-source job scrapers and job-capture extensions (2024–2025):
 * `h1.ashby-job-posting-heading`, `h1[class*="_title_"]`, the left pane's "Location"
 * section, and the "<Role> @ <Company>" page title.
 */
const HOST = 'jobs.ashbyhq.com';
const LISTING_PATH =
  /^\/([^/]{1,100})\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/application)?\/?$/i;

const SELECTORS = {
  title: [
    'h1.ashby-job-posting-heading',
    'h1[class*="ashby-job-posting-heading"]',
    '.ashby-job-posting-header h1',
    'h1[class*="_title_"]',
  ],
  /** The left pane's sections; the one whose label says "Location" holds it. */
  detailSection: ['.ashby-job-posting-left-pane > div', '.ashby-job-posting-left-pane section'],
  detailLabel: ['h2', 'h3'],
  detailValue: ['p'],
  /** The right pane's description, where its requirement lists are. */
  description: ['[class*="_descriptionText_"]', '.ashby-job-posting-right-pane'],
} as const;

/** The role and company in the page title "<Role> @ <Company>". */
const PAGE_TITLE_SEPARATOR = ' @ ';
const LOCATION_LABEL = /^location$/i;

interface Listing {
  company: string;
  jobId: string;
}

function listingOf(url: URL): Listing | undefined {
  if (url.hostname !== HOST) return undefined;
  const match = LISTING_PATH.exec(url.pathname);
  if (!match?.[1] || !match[2]) return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  const company = cleanText(slug, 100);
  return company ? { company, jobId: match[2] } : undefined;
}

/**
 * Role and company from the page title. With a known role, the page title must start with
 * it (else it is stale) and the company is what follows; without one, the title splits at
 * its last " @ ".
 */
function fromPageTitle(doc: Document, role: string | undefined): { title: string; company: string } | undefined {
  const text = cleanText(doc.title) ?? '';
  if (role) {
    const prefix = `${role}${PAGE_TITLE_SEPARATOR}`;
    if (!sameText(text.slice(0, prefix.length), prefix)) return undefined;
    const company = cleanText(text.slice(prefix.length), 200);
    return company ? { title: role, company } : undefined;
  }
  const at = text.lastIndexOf(PAGE_TITLE_SEPARATOR);
  const title = at > 0 ? cleanText(text.slice(0, at)) : undefined;
  const company = at > 0 ? cleanText(text.slice(at + PAGE_TITLE_SEPARATOR.length), 200) : undefined;
  return title && company ? { title, company } : undefined;
}

/** The value of the left pane's "Location" section. */
function locationOf(doc: Document): string | undefined {
  for (const selector of SELECTORS.detailSection) {
    for (const section of Array.from(doc.querySelectorAll(selector))) {
      const label = textOf(section, SELECTORS.detailLabel);
      if (label && LOCATION_LABEL.test(label)) return textOf(section, SELECTORS.detailValue);
    }
  }
  return undefined;
}

export const ashby: SiteAdapter = {
  id: 'ashby',
  name: 'Ashby',
  matches: ['https://jobs.ashbyhq.com/*'],
  jobParameters: [],

  isListing(url) {
    return listingOf(url) !== undefined;
  },

  extract(doc, url) {
    const listing = listingOf(url);
    if (!listing) return noJob('This Ashby page is not a job listing.');

    const heading = textOf(doc, SELECTORS.title);
    const posting = postingShown(readJobPostings(doc), heading);
    const pageTitle = fromPageTitle(doc, heading ?? posting?.title);
    const title = posting?.title ?? heading ?? pageTitle?.title;
    if (!title) return noJob('The Ashby page has not shown a job yet: it may be loading, or the job has closed.');

    const source: JobSource = posting?.title ? 'json-ld' : heading ? 'page-markup' : 'meta';
    const named = posting?.company ?? pageTitle?.company;
    const company = named ?? listing.company;
    // The address's slug, or a role and company read from the page title alone, tie the
    // company to the job loosely.
    const confidence: Confidence = named && source !== 'meta' ? 'high' : 'medium';
    const location = posting?.location ?? locationOf(doc);
    const requirements = readRequirements(firstOf(doc, SELECTORS.description) ?? doc, posting);
    return {
      job: {
        site: 'Ashby',
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
