import { cleanText } from '../text';
import type { JobPostingData } from './json-ld';

/** The JobPosting items a page marks up with schema.org microdata. */
export function readMicrodataPostings(doc: Document): JobPostingData[] {
  const items = doc.querySelectorAll('[itemscope][itemtype$="schema.org/JobPosting"]');
  return Array.from(items, (item) => {
    // Properties of this item only: not those of a JobPosting nested inside it.
    const prop = (name: string, within: Element = item) =>
      Array.from(within.querySelectorAll(`[itemprop~="${name}"]`)).find(
        (element) => element.parentElement?.closest('[itemscope]') === within,
      );
    const valueOf = (element: Element | undefined) =>
      element ? cleanText(element.getAttribute('content') ?? element.textContent) : undefined;

    const organization = prop('hiringOrganization');
    const place = prop('jobLocation');
    const address = place && (prop('address', place) ?? place);
    const locationParts = address
      ? ['addressLocality', 'addressRegion', 'addressCountry'].map((name) => valueOf(prop(name, address)))
      : [];
    return {
      title: valueOf(prop('title')),
      company: organization?.hasAttribute('itemscope') ? valueOf(prop('name', organization)) : valueOf(organization),
      location: cleanText(locationParts.filter(Boolean).join(', ')),
      identifier: valueOf(prop('identifier')),
    };
  }).filter((posting) => posting.title);
}
