import { JSDOM } from 'jsdom';
import { recognise } from '../content/recognise-all';
import type { ListingRequirements, RequirementKind } from '../lib/job/detected-job';
import { companyOfJob } from '../lib/guides/matching';
import { matchRole } from '../lib/job/roles';
import { skillsIn } from '../lib/job/skills';

/**
 * A listing's requirements as `npm run detect` prints them, and as the fixtures state them:
 * the statements of each kind in page order, how many more the listing has, and the
 * skills they name (lib/job/skills.ts, in vocabulary order).
 */
export interface RequirementsSummary extends Record<RequirementKind, string[]> {
  source: ListingRequirements['source'];
  /** Present when the listing states more than were kept. */
  omitted?: number;
  skills: string[];
}

export function summariseRequirements({ items, omitted, source }: ListingRequirements): RequirementsSummary {
  const texts = (kind: RequirementKind) => items.filter((item) => item.kind === kind).map((item) => item.text);
  return {
    source,
    required: texts('required'),
    preferred: texts('preferred'),
    listed: texts('listed'),
    ...(omitted ? { omitted } : {}),
    skills: skillsIn(items.map((item) => item.text)).map((skill) => skill.name),
  };
}

/** One line of `npm run detect`: what recognition made of a saved page. */
export interface DetectLine {
  file: string;
  url: string;
  site?: string;
  company?: string;
  unit?: string;
  title?: string;
  roleFamily?: string;
  level?: string;
  location?: string;
  jobId?: string;
  source?: string;
  confidence?: string;
  requirements?: RequirementsSummary;
  reason?: string;
}

/**
 * Runs the content script's recognition on saved HTML, as if the page were open at `url`.
 * The page's scripts do not run.
 */
export function detectPage(file: string, html: string, url: string): DetectLine {
  const { document } = new JSDOM(html, { url }).window;
  const { job, reason } = recognise(document, url);
  if (!job) return { file, url, reason };
  const company = companyOfJob(job);
  const role = matchRole(job.title);
  return {
    file,
    url,
    site: job.site,
    company: company?.name ?? job.company,
    ...(company?.unit ? { unit: company.unit } : {}),
    title: job.title,
    ...(role ? { roleFamily: role.family, ...(role.level ? { level: role.level } : {}) } : {}),
    ...(job.location ? { location: job.location } : {}),
    ...(job.jobId ? { jobId: job.jobId } : {}),
    source: job.source,
    confidence: job.confidence,
    ...(job.requirements ? { requirements: summariseRequirements(job.requirements) } : {}),
  };
}
