import type { DetectedJob } from '../lib/job';

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
