import { z } from 'zod';
import { formatCount } from '../format';
import { GuideSchema } from '../guides/schema';
import { trimmedKeptAddress } from '../job/listing-address';

/** The lists of a guide whose items a user ticks off. */
export const ProgressListSchema = z.enum(['checklist', 'mistakes', 'questions']);

/**
 * One ticked (or unticked) item. Progress is keyed by guide, not by listing, so every
 * listing of the same role shares it.
 */
export const ProgressRecordSchema = z.object({
  guideId: z.string().min(1),
  /** `<list>/<item id>`, e.g. `checklist/map-requirements`. */
  item: z.string().regex(/^(checklist|mistakes|questions)\/[a-z0-9-]+$/),
  done: z.boolean(),
  updatedAt: z.number().int().nonnegative(),
});

export type ProgressList = z.infer<typeof ProgressListSchema>;
export type ProgressRecord = z.infer<typeof ProgressRecordSchema>;

export function itemKey(list: ProgressList, itemId: string): string {
  return `${list}/${itemId}`;
}

/** The longest text one part of a story may hold: far beyond any told story, and still cheap to store. */
export const STORY_PART_MAX = 100_000;
export const STORY_TITLE_MAX = 200;

/** The parts of a situation-action-result story, in the order they are told. */
export const STORY_PARTS = ['situation', 'task', 'action', 'result'] as const;

const storyPart = z.string().max(STORY_PART_MAX, `keep it under ${formatCount(STORY_PART_MAX)} characters`);

/**
 * A story from the user's own experience, written once and shared by every job and guide.
 * Qualities are stored by name ("Customer Obsession"), so a story keeps its tags when a
 * guide is updated or another company names the same quality.
 */
export const StorySchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1, 'give the story a title').max(STORY_TITLE_MAX),
  situation: storyPart,
  task: storyPart,
  action: storyPart,
  result: storyPart,
  /** The measurable outcome, e.g. "cut weekly reporting from 6 hours to 20 minutes". */
  outcome: z.string().max(2_000),
  qualities: z.array(z.string().trim().min(1).max(100)).max(50),
  /** Guide questions the story answers, as `<guide id>/<question id>`. */
  questions: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)).max(500),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});

/**
 * The user's work on one requirement of one listing: ticked when covered, with the story
 * or a short note that is the evidence. Requirements the user added by hand (for a
 * listing whose requirements could not be read) are kept here too.
 */
export const TailoringRecordSchema = z.object({
  jobKey: z.string().min(1).max(2_100),
  requirementId: z.string().regex(/^r-[a-z0-9]+$/),
  /** The requirement's text when it was last saved, so the record reads on its own. */
  text: z.string().min(1).max(400),
  addedByUser: z.boolean(),
  done: z.boolean(),
  storyId: z.string().min(1).max(64).optional(),
  note: z.string().max(2_000, `keep the note under ${formatCount(2_000)} characters`).optional(),
  updatedAt: z.number().int().nonnegative(),
});

export type Story = z.infer<typeof StorySchema>;
export type StoryPart = (typeof STORY_PARTS)[number];
export type TailoringRecord = z.infer<typeof TailoringRecordSchema>;

/** Where a job the user keeps stands, in the order an application usually moves. */
export const APPLICATION_STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn'] as const;
export const ApplicationStatusSchema = z.enum(APPLICATION_STATUSES);

/**
 * A job the user opened a guide for or saved from the popup, kept with what they did about
 * it. Keyed like a listing's tailoring (`lib/job/detected-job.ts` jobKey), so both meet.
 */
export const ApplicationSchema = z.object({
  jobKey: z.string().min(1).max(2_100),
  title: z.string().min(1).max(300),
  company: z.string().min(1).max(200),
  /** Trimmed as it is read: an address an older version or backup kept loses its search and tracking words. */
  url: z.url({ protocol: /^https?$/ }).transform((url) => trimmedKeptAddress(url) ?? url),
  location: z.string().min(1).max(300).optional(),
  /** The guide that matched the job, for its progress and the way back to it. */
  guideId: z.string().min(1).max(100).optional(),
  status: ApplicationStatusSchema,
  /** When each status was last set. */
  statusDates: z.partialRecord(ApplicationStatusSchema, z.number().int().nonnegative()),
  notes: z.string().max(10_000, `keep the notes under ${formatCount(10_000)} characters`),
  /** When PrepPanel first kept the job. */
  seenAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});

/** How often one question of a guide was practised out loud, and when last. */
export const PracticeRecordSchema = z.object({
  guideId: z.string().min(1).max(100),
  questionId: z.string().regex(/^[a-z0-9-]+$/),
  count: z.number().int().nonnegative(),
  lastAt: z.number().int().nonnegative(),
});

/** The longest answer kept: the answer countdown is two minutes; a little over is tolerated. */
export const RECORDING_MAX_MS = 10 * 60_000;

/** A recorded answer to one question, kept only in this browser. */
export const RecordingSchema = z.object({
  id: z.string().min(1).max(64),
  guideId: z.string().min(1).max(100),
  questionId: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['audio', 'video']),
  mimeType: z.string().regex(/^(audio|video)\/[a-z0-9.+-]+(;.*)?$/i).max(200),
  durationMs: z.number().int().nonnegative().max(RECORDING_MAX_MS),
  size: z.number().int().nonnegative(),
  createdAt: z.number().int().nonnegative(),
  data: z.instanceof(Blob),
});

export type ApplicationStatus = z.infer<typeof ApplicationStatusSchema>;
export type Application = z.infer<typeof ApplicationSchema>;
export type PracticeRecord = z.infer<typeof PracticeRecordSchema>;
export type Recording = z.infer<typeof RecordingSchema>;

/** A guide the user chose by hand for one job, when recognition picked the wrong one (or none). */
export const GuidePinSchema = z.object({
  jobKey: z.string().min(1).max(2_100),
  guideId: z.string().min(1).max(100),
  pinnedAt: z.number().int().nonnegative(),
});

export type GuidePin = z.infer<typeof GuidePinSchema>;

/**
 * A guide the user imported from a file in the published schema, kept as it was parsed. The
 * guide's own id is the key: importing a file with the same id again replaces it. A record
 * whose key is another id would be listed under one id and removed under the other.
 */
export const ImportedGuideSchema = z
  .object({
    id: z.string().min(1).max(100),
    guide: GuideSchema,
    /** The file it came from, so the user can tell two versions apart. */
    fileName: z.string().min(1).max(300),
    importedAt: z.number().int().nonnegative(),
  })
  .superRefine((record, context) => {
    if (record.id !== record.guide.id) {
      context.addIssue({
        code: 'custom',
        path: ['id'],
        message: `the guide "${record.guide.title}" (id "${record.guide.id}") is kept under another id, "${record.id}"; a guide is kept under its own id`,
      });
    }
  });

export type ImportedGuide = z.infer<typeof ImportedGuideSchema>;

/** The lists of a guide to which the user may add items of their own. */
export const OWN_ITEM_LISTS = ['questions', 'checklist'] as const;
export const OwnItemListSchema = z.enum(OWN_ITEM_LISTS);

/** The longest text of a question or checklist item the user adds. */
export const OWN_ITEM_TEXT_MAX = 500;

/**
 * An own item: a question or checklist item the user added to a guide. Kept apart from the
 * guide, keyed by its own id (`mine-…`, which no bundled item uses), so an update of the
 * bundled guide never touches it, and ticked like the guide's items.
 */
export const OwnItemSchema = z.object({
  id: z.string().regex(/^mine-[a-z0-9]+$/),
  guideId: z.string().min(1).max(100),
  list: OwnItemListSchema,
  text: z
    .string()
    .trim()
    .min(1, 'write the text first')
    .max(OWN_ITEM_TEXT_MAX, `keep it under ${OWN_ITEM_TEXT_MAX} characters`),
  createdAt: z.number().int().nonnegative(),
});

export type OwnItemList = z.infer<typeof OwnItemListSchema>;
export type OwnItem = z.infer<typeof OwnItemSchema>;
