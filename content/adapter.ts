import type { DetectedJob } from '../lib/job/detected-job';
import type { JobPostingData } from './readers/json-ld';
import { readRequirements } from './readers/requirements';

/** Why a page shows no job, in words a user can read. */
export interface NoJob {
  job: null;
  reason: string;
}

/** What recognising one page gave: the job open on it, with the address kept for it, or why there is none. */
export type Extraction = { job: DetectedJob; reason?: undefined } | NoJob;

/** A job as a reader finds it on the page: content/recognise.ts adds the address that is kept. */
export type JobOnPage = Omit<DetectedJob, 'url'>;
export type PageReading = { job: JobOnPage; reason?: undefined } | NoJob;

/**
 * One job site. `matches` are the content-script match patterns it needs; `isListing`
 * tells the addresses it reads a job from; `extract` reads the job that is open on the
 * page (on a list-and-pane page, the pane only), or says why it cannot.
 */
export interface SiteAdapter {
  id: string;
  /** The site's name as users know it, e.g. "LinkedIn". */
  name: string;
  matches: readonly string[];
  /**
   * Pages on those hosts that hold the user's account, résumé or applications, not
   * listings: the script never runs there (the manifest's `exclude_matches`).
   */
  excludeMatches?: readonly string[];
  /**
   * The query parameters that name the job in the site's addresses (Indeed's `jk`): the
   * address kept for a job has these and no others.
   */
  jobParameters: readonly string[];
  isListing(url: URL): boolean;
  extract(doc: Document, url: URL): PageReading;
}

export function noJob(reason: string): NoJob {
  return { job: null, reason };
}

/** What an adapter read off the open job, before it is judged (page text, cleaned). */
export interface ListingFields {
  site: string;
  jobId?: string;
  /** The JSON-LD posting that the page shows, when it has one: it wins over the markup. */
  posting?: JobPostingData;
  title?: string;
  /** The company as the site's own company element names it. */
  company?: string;
  /** The company from a looser element (a link, a logo): a guess with medium confidence. */
  looseCompany?: string;
  location?: string;
  /** Where the job's description is: the pane on a list-and-pane page, else the job's page. */
  description: ParentNode;
}

/** The job an adapter read, with its source and confidence, or why it is not complete yet. */
export function listingJob(fields: ListingFields): PageReading {
  const { posting } = fields;
  const title = posting?.title ?? fields.title;
  if (!title) return noJob('The listing has no job title on it (yet).');
  const named = posting?.company ?? fields.company;
  const company = named ?? fields.looseCompany;
  if (!company) return noJob('The listing names no company (yet).');
  const location = posting?.location ?? fields.location;
  const requirements = readRequirements(fields.description, posting);
  return {
    job: {
      site: fields.site,
      title,
      company,
      ...(location ? { location } : {}),
      ...(fields.jobId ? { jobId: fields.jobId } : {}),
      source: posting?.title ? 'json-ld' : 'page-markup',
      confidence: named ? 'high' : 'medium',
      ...(requirements ? { requirements } : {}),
    },
  };
}
