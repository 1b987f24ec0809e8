import { matchRole } from '../lib/job/roles';
import { noJob, type PageReading } from './adapter';
import { readJobPostings, type JobPostingData } from './readers/json-ld';
import { readPageSummary } from './readers/meta';
import { readMicrodataPostings } from './readers/microdata';
import { readRequirements } from './readers/requirements';

/**
 * Any other page (a company's own careers site the user enabled): schema.org JobPosting in
 * JSON-LD, then microdata, then, as the last resort, the page's summary tags when they
 * name a role PrepPanel knows. A page that describes several jobs is not guessed at, so a
 * page read here shows one job: its requirements are read from the whole page, then from
 * the JSON-LD posting.
 */
export function readGenericPage(doc: Document, url: URL): PageReading {
  for (const [source, postings] of [
    ['json-ld', readJobPostings(doc)],
    ['microdata', readMicrodataPostings(doc)],
  ] as const) {
    const distinct = uniquePostings(postings);
    if (distinct.length > 1) return noJob('This page describes several jobs: open one of them.');
    const [posting] = distinct;
    if (posting?.title) {
      const company = posting.company ?? readPageSummary(doc).siteName;
      if (!company) return noJob('The job posting on this page names no company.');
      const requirements = readRequirements(doc, posting);
      return {
        job: {
          site: url.hostname,
          title: posting.title,
          company,
          ...(posting.location ? { location: posting.location } : {}),
          ...(posting.identifier ? { jobId: posting.identifier } : {}),
          source,
          confidence: posting.company ? 'high' : 'medium',
          ...(requirements ? { requirements } : {}),
        },
      };
    }
  }
  return readSummaryTags(doc, url);
}

function uniquePostings(postings: JobPostingData[]): JobPostingData[] {
  const seen = new Map<string, JobPostingData>();
  for (const posting of postings) if (posting.title) seen.set(`${posting.title}\u0000${posting.company ?? ''}`, posting);
  return [...seen.values()];
}

/** "Data Scientist - Contoso", "Data Scientist at Contoso | Careers": the role comes first. */
const TITLE_SEPARATOR = /\s+(?:[-–—|@·]|at)\s+/i;

function readSummaryTags(doc: Document, url: URL): PageReading {
  const { title, siteName } = readPageSummary(doc);
  const role = title?.split(TITLE_SEPARATOR)[0]?.trim();
  if (!role || !siteName || !matchRole(role)) return noJob('No job posting was found on this page.');
  const requirements = readRequirements(doc);
  return {
    job: {
      site: url.hostname,
      title: role,
      company: siteName,
      source: 'meta',
      confidence: 'low',
      ...(requirements ? { requirements } : {}),
    },
  };
}
