import type { Extraction, SiteAdapter } from './adapter';
import { matchesPattern } from './match-pattern';

export type Recogniser = (doc: Document, href: string) => Extraction;
export type PageReader = (doc: Document, url: URL) => Extraction;

/**
 * Recognition with a set of adapters: a site's adapter reads its listings and knows which
 * of its pages are not listings; any other page goes to `otherPages` (the generic readers)
 * when there is one. Each content script is built with only the adapters it needs.
 */
export function recogniserFor(adapters: readonly SiteAdapter[], otherPages?: PageReader): Recogniser {
  return (doc, href) => {
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
    return otherPages ? otherPages(doc, url) : { job: null, reason: 'This page is not a job listing PrepPanel reads.' };
  };
}
