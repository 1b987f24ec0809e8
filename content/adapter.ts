import type { DetectedJob } from '../lib/job';

/**
 * One job site. `matches` are the content-script match patterns it needs; `isListing`
 * tells a listing from the site's other pages; `extract` reads the open listing.
 */
export interface SiteAdapter {
  id: string;
  matches: readonly string[];
  isListing(url: URL): boolean;
  extract(doc: Document, url: URL): DetectedJob | null;
}
