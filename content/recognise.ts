import type { Extraction, SiteAdapter } from './adapter';

export type Recogniser = (doc: Document, href: string) => Extraction;
export type PageReader = (doc: Document, url: URL) => Extraction;

/**
 * Recognition with a set of adapters: a site's adapter reads its listings; any other page
 * goes to `otherPages` when there is one. Each content script is built with only the
 * adapters it needs and runs only on their sites, so without `otherPages` a page that is
 * no listing is one of those sites' other pages.
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
    if (otherPages) return otherPages(doc, url);
    return { job: null, reason: `This ${adapters.map((site) => site.name).join(' or ')} page is not a job listing.` };
  };
}
