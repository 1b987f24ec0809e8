import type { Extraction, SiteAdapter } from './adapter';
import { ADAPTERS } from './adapters';

/**
 * The job open on the page, or why there is none. The adapter of the site whose listing
 * address this is reads it; other pages are not listings.
 */
export function recognise(doc: Document, href: string, adapters: readonly SiteAdapter[] = ADAPTERS): Extraction {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { job: null, reason: 'The page address could not be read.' };
  }
  const adapter = adapters.find((candidate) => candidate.isListing(url));
  if (!adapter) return { job: null, reason: 'This page is not a job listing PrepPanel reads.' };
  return adapter.extract(doc, url);
}
