import type { Extraction, SiteAdapter } from './adapter';
import { ADAPTERS } from './adapters';
import { readGenericPage } from './generic';
import { matchesPattern } from './match-pattern';

/**
 * The job open on the page, or why there is none. A site's adapter reads its listings and
 * knows which of its pages are not listings; any other page goes to the generic readers.
 */
export function recognise(doc: Document, href: string, adapters: readonly SiteAdapter[] = ADAPTERS): Extraction {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { job: null, reason: 'The page address could not be read.' };
  }
  const adapter = adapters.find((candidate) => candidate.isListing(url));
  if (adapter) return adapter.extract(doc, url);
  const site = adapters.find((candidate) => candidate.matches.some((pattern) => matchesPattern(url, pattern)));
  if (site) return { job: null, reason: `This ${site.name} page is not a job listing.` };
  return readGenericPage(doc, url);
}
