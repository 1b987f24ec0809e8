import { listingAddress } from '../lib/job/listing-address';
import { MAX_COMPANY_LENGTH } from '../lib/job/page-text';
import { noJob, type Extraction, type PageReading, type SiteAdapter } from './adapter';

export type Recogniser = (doc: Document, href: string) => Extraction;
export type PageReader = (doc: Document, url: URL) => PageReading;

/**
 * The query parameters that name a job on pages no adapter reads: company career sites that
 * embed a Greenhouse or Ashby board open one of its jobs with `?gh_jid=` or `?ashby_jid=`.
 */
const OTHER_PAGES_JOB_PARAMETERS = ['gh_jid', 'ashby_jid'];

/**
 * Recognition with a set of adapters: a site's adapter reads its listings; any other page
 * goes to `otherPages` when there is one. Each content script is built with only the
 * adapters it needs and runs only on their sites, so without `otherPages` a page that is
 * no listing is one of those sites' other pages. The job's address is made here, once for
 * every reader: only what names the job is kept (lib/job/listing-address.ts).
 */
export function recogniserFor(adapters: readonly SiteAdapter[], otherPages?: PageReader): Recogniser {
  return (doc, href) => {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return noJob('The page address could not be read.');
    }
    const adapter = adapters.find((candidate) => candidate.isListing(url));
    const reading = adapter
      ? adapter.extract(doc, url)
      : otherPages
        ? otherPages(doc, url)
        : noJob(`This ${adapters.map((site) => site.name).join(' or ')} page is not a job listing.`);
    if (!reading.job) return reading;
    return {
      job: {
        ...reading.job,
        // A longer name would make the whole report fail its schema, and the job vanish.
        company: reading.job.company.slice(0, MAX_COMPANY_LENGTH),
        url: listingAddress(url, adapter?.jobParameters ?? OTHER_PAGES_JOB_PARAMETERS),
      },
    };
  };
}
