import type { DetectedJob } from '../lib/job';
import type { SiteAdapter } from './adapter';
import { ADAPTERS } from './adapters';

/** The job open on the page, or `null` when the page is not a listing an adapter reads. */
export function recognise(doc: Document, href: string, adapters: readonly SiteAdapter[] = ADAPTERS): DetectedJob | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const adapter = adapters.find((candidate) => candidate.isListing(url));
  return adapter?.extract(doc, url) ?? null;
}
