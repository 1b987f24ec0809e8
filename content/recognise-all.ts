import { noJob, type PageReading } from './adapter';
import { ADAPTERS } from './adapters';
import { readGenericPage } from './generic';
import { matchesPattern } from './match-pattern';
import { recogniserFor } from './recognise';

/** A page of a supported site that is no listing is that site's; any other goes to the generic readers. */
function otherPages(doc: Document, url: URL): PageReading {
  const site = ADAPTERS.find((candidate) => candidate.matches.some((pattern) => matchesPattern(url, pattern)));
  if (site) return noJob(`This ${site.name} page is not a job listing.`);
  return readGenericPage(doc, url);
}

/** Every adapter, then the generic readers: what `npm run detect`, the tests and the bench run. */
export const recognise = recogniserFor(ADAPTERS, otherPages);
