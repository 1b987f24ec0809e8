import { z } from 'zod';

/** How a field of a recognised job was read off the page. */
export const JobSourceSchema = z.enum(['json-ld', 'microdata', 'page-markup', 'meta', 'url']);

/**
 * How sure the recognition is: `high` when the site's own markup or structured data names
 * the title and the company; `medium` when the company comes from the address (a board's
 * slug, a Workday tenant) or a loosely tied element; `low` from meta tags alone.
 */
export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);

/**
 * What a content script recognised on a job listing page. Every string is page text: it is
 * displayed as text and never interpreted as markup.
 */
export const DetectedJobSchema = z.object({
  site: z.string().min(1).max(64),
  /** Only web addresses: the panel links back to it. */
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().min(1).max(300),
  /** The company as the page names it (e.g. "Amazon Web Services, Inc."); lib/ normalises it. */
  company: z.string().min(1).max(200),
  location: z.string().min(1).max(300).optional(),
  jobId: z.string().min(1).max(100).optional(),
  source: JobSourceSchema,
  confidence: ConfidenceSchema,
});

export type DetectedJob = z.infer<typeof DetectedJobSchema>;
export type JobSource = z.infer<typeof JobSourceSchema>;
export type Confidence = z.infer<typeof ConfidenceSchema>;
