import { noJob, type SiteAdapter } from '../adapter';
import { postingShown, readJobPostings } from '../readers/json-ld';
import { readRequirements } from '../readers/requirements';
import { attributeOf, cleanText, firstOf, sameText, textOf } from '../text';
import type { Confidence, JobSource } from '../../lib/job/detected-job';

/**
 * Lever hosted postings, one job per page:
 * - `https://jobs.lever.co/<company>/<uuid>` and its application form `/<uuid>/apply`;
 * - the same on `https://jobs.eu.lever.co`.
 * A posting page has `.posting-headline` holding the title (`h2`) and `.posting-categories`
 * (location, team, commitment, workplace; older markup lacks the `location` class and keeps
 * only `.sort-by-time.posting-category`); the page title is "<Company> - <Title>" and the
 * header logo's alt text is "<Company> logo". A closed posting answers at the same address
 * with a "couldn't find anything here" page. The board index `/<company>` is not a listing.
 * A JobPosting block, where a posting carries one, is read first.
 *
 * Selectors as used by open-source job scrapers and job-capture extensions (2023–2025):
 * `.posting-headline h2`, `.posting-categories .location`, `.sort-by-time.posting-category`,
 * `.main-header-logo img[alt]`, and the "<Company> - <Title>" page title.
 */
const HOSTS = new Set(['jobs.lever.co', 'jobs.eu.lever.co']);
const LISTING_PATH =
  /^\/([a-z0-9][\w.-]{0,99})\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/apply)?\/?$/i;

const SELECTORS = {
  title: ['.posting-headline h2', '.posting-header h2', '.posting-headline h1'],
  location: [
    '.posting-categories .location',
    '.posting-categories .sort-by-time.posting-category',
    '.posting-category.location',
  ],
  /** Alt text of the header logo: "Acme logo". Read as an attribute. */
  logo: ['.main-header-logo img[alt]', '.main-header img[alt]'],
  /** The posting's body: its description and its `h3` + `ul.posting-requirements` sections. */
  description: ['.posting-page'],
} as const;

interface Listing {
  company: string;
  jobId: string;
}

function listingOf(url: URL): Listing | undefined {
  if (!HOSTS.has(url.hostname)) return undefined;
  const match = LISTING_PATH.exec(url.pathname);
  return match?.[1] && match[2] ? { company: match[1], jobId: match[2] } : undefined;
}

/** The company from the page title "<Company> - <Title>", when it ends with this title. */
function companyFromPageTitle(doc: Document, title: string): string | undefined {
  const text = cleanText(doc.title) ?? '';
  const suffix = ` - ${title}`;
  const at = text.length - suffix.length;
  return at > 0 && sameText(text.slice(at), suffix) ? cleanText(text.slice(0, at), 200) : undefined;
}

/** The company the logo's alt text names, and whether it is the alt Lever writes ("Acme logo"). */
function companyFromLogo(doc: Document): { company: string; generated: boolean } | undefined {
  const alt = attributeOf(doc, SELECTORS.logo, 'alt');
  const company = cleanText(alt?.replace(/\s*logo$/i, ''), 200);
  return alt && company ? { company, generated: company !== alt } : undefined;
}

export const lever: SiteAdapter = {
  id: 'lever',
  name: 'Lever',
  matches: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  jobParameters: [],

  isListing(url) {
    return listingOf(url) !== undefined;
  },

  extract(doc, url) {
    const listing = listingOf(url);
    if (!listing) return noJob('This Lever page is not a job listing.');

    const heading = textOf(doc, SELECTORS.title);
    const posting = postingShown(readJobPostings(doc), heading);
    // A page title alone does not show that the posting is still open: only structured
    // data or the headline count.
    const title = posting?.title ?? heading;
    if (!title) return noJob('The Lever page shows no job posting: it may have closed, or the page is still loading.');

    const named = posting?.company ?? companyFromPageTitle(doc, title);
    const logo = companyFromLogo(doc);
    const company = named ?? logo?.company ?? listing.company;
    const source: JobSource = posting?.title ? 'json-ld' : 'page-markup';
    // A logo whose alt text is not the one Lever writes, and the address's slug, tie the
    // company to the job loosely.
    const confidence: Confidence = named || logo?.generated ? 'high' : 'medium';
    const location = posting?.location ?? cleanText(textOf(doc, SELECTORS.location)?.replace(/\s*\/\s*$/, ''));
    const requirements = readRequirements(firstOf(doc, SELECTORS.description) ?? doc, posting);
    return {
      job: {
        site: 'Lever',
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
