import { cleanText } from '../text';

/** What a page's summary tags say of it: Open Graph first, then the document title. */
export interface PageSummary {
  title?: string;
  siteName?: string;
}

function metaContent(doc: Document, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = cleanText(doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

export function readPageSummary(doc: Document): PageSummary {
  return {
    title: metaContent(doc, ['og:title', 'twitter:title']) ?? cleanText(doc.title),
    siteName: metaContent(doc, ['og:site_name', 'application-name']),
  };
}
