import { z } from 'zod';

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
