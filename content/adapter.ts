import type { DetectedJob } from '../lib/job/detected-job';
import type { JobPostingData } from './readers/json-ld';
import { readRequirements } from './readers/requirements';

/** What reading one page gave: the job open on it, or why there is none. */
export type Extraction = { job: DetectedJob; reason?: undefined } | { job: null; reason: string };

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
  isListing(url: URL): boolean;
  extract(doc: Document, url: URL): Extraction;
}

export function noJob(reason: string): Extraction {
  return { job: null, reason };
}

/** What an adapter read off the open job, before it is judged (page text, cleaned). */
export interface ListingFields {
  site: string;
  url: URL;
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
export function listingJob(fields: ListingFields): Extraction {
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
      url: fields.url.href,
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
