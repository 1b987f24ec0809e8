import { z } from 'zod';
import { DetectedJobSchema } from '../job/detected-job';

/**
 * Every message between the extension's contexts, in one place. Receivers parse with
 * these schemas; anything that does not parse is ignored.
 */
export const JobDetectedMessageSchema = z.object({
  type: z.literal('job-detected'),
  /** `null` when the page is not a job listing (or stopped being one). */
  job: DetectedJobSchema.nullable(),
  /** Why nothing was recognised, in words a user can read. */
  reason: z.string().max(300).optional(),
});

/** From the popup, once the user has enabled PrepPanel on the site open in a tab. */
export const SiteEnabledMessageSchema = z.object({
  type: z.literal('site-enabled'),
  tabId: z.number().int().nonnegative(),
});

export const RuntimeMessageSchema = z.discriminatedUnion('type', [JobDetectedMessageSchema, SiteEnabledMessageSchema]);

export type JobDetectedMessage = z.infer<typeof JobDetectedMessageSchema>;
export type SiteEnabledMessage = z.infer<typeof SiteEnabledMessageSchema>;
export type RuntimeMessage = z.infer<typeof RuntimeMessageSchema>;

/** The stores of `lib/storage` whose changes open views follow. */
export const DataStoreSchema = z.enum(['progress', 'stories', 'tailoring', 'applications', 'practice', 'recordings', 'pins', 'importedGuides', 'ownItems']);

/**
 * Broadcast between open views (side panels, popup) when stored data changes: `scope` is
 * the guide for progress, the job for tailoring, and `all` for the shared story bank.
 */
export const DataChangedSchema = z.object({
  type: z.literal('data-changed'),
  store: DataStoreSchema,
  scope: z.string().min(1),
});
export type DataStore = z.infer<typeof DataStoreSchema>;
export type DataChanged = z.infer<typeof DataChangedSchema>;
