import { z } from 'zod';
import { MAX_COMPANY_LENGTH } from './page-text';

/** How a field of a recognised job was read off the page. */
export const JobSourceSchema = z.enum(['json-ld', 'microdata', 'page-markup', 'meta', 'url']);

/**
 * How sure the recognition is: `high` when the site's own markup or structured data names
 * the title and the company; `medium` when the company comes from the address (a board's
 * slug, a Workday tenant) or a loosely tied element; `low` from meta tags alone.
 */
export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);

/** Whether the listing asks for a requirement, would like it, or lists it without saying. */
export const RequirementKindSchema = z.enum(['required', 'preferred', 'listed']);

/** The most requirement statements kept from one listing; the rest are counted, not kept. */
export const MAX_REQUIREMENTS = 100;
/** The longest requirement statement kept; longer ones are cut with an ellipsis. */
export const MAX_REQUIREMENT_LENGTH = 400;

/** One statement of what the listing asks for, as page text. */
export const RequirementSchema = z.object({
  text: z.string().min(1).max(MAX_REQUIREMENT_LENGTH),
  kind: RequirementKindSchema,
});

/**
 * The requirements a listing states: its qualification lists (`page-markup`), or the
 * posting's structured data (`json-ld`: `qualifications`, `skills`,
 * `experienceRequirements`, else the bullet points of `description`).
 */
export const ListingRequirementsSchema = z.object({
  items: z.array(RequirementSchema).min(1).max(MAX_REQUIREMENTS),
  /** Statements beyond `MAX_REQUIREMENTS`, counted so the panel can say so. */
  omitted: z.number().int().nonnegative(),
  source: z.enum(['page-markup', 'json-ld']),
});

/**
 * The longest site name: a job site's name, or on a company's career site its host name,
 * which DNS allows up to 253 characters (a bound of 64 made such a site's jobs vanish).
 */
export const MAX_SITE_LENGTH = 253;

/**
 * What a content script recognised on a job listing page. Every string is page text: it is
 * displayed as text and never interpreted as markup.
 */
export const DetectedJobSchema = z.object({
  site: z.string().min(1).max(MAX_SITE_LENGTH),
  /**
   * Only web addresses: the panel links back to it. Origin and path, and only the query
   * parameters that name the job on its site (lib/job/listing-address.ts).
   */
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().min(1).max(300),
  /** The company as the page names it (e.g. "Amazon Web Services, Inc."); lib/ normalises it. */
  company: z.string().min(1).max(MAX_COMPANY_LENGTH),
  location: z.string().min(1).max(300).optional(),
  jobId: z.string().min(1).max(100).optional(),
  source: JobSourceSchema,
  confidence: ConfidenceSchema,
  /** Absent when the listing states no requirements PrepPanel could read. */
  requirements: ListingRequirementsSchema.optional(),
});

export type DetectedJob = z.infer<typeof DetectedJobSchema>;
export type JobSource = z.infer<typeof JobSourceSchema>;
export type Confidence = z.infer<typeof ConfidenceSchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
export type RequirementKind = z.infer<typeof RequirementKindSchema>;
export type ListingRequirements = z.infer<typeof ListingRequirementsSchema>;

/**
 * The key a listing's tailoring and its kept application are stored under: the site and its job id, or the address
 * without query and fragment, so the same listing opened from a search or a link is one job.
 */
export function jobKey(job: Pick<DetectedJob, 'site' | 'url' | 'jobId'>): string {
  if (job.jobId) return `${job.site}:${job.jobId}`;
  const url = new URL(job.url);
  return `${job.site}:${url.origin}${url.pathname}`;
}
