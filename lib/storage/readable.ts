import type { z } from 'zod';

/**
 * The stored rows that pass `schema`, and how many do not. A row that fails is counted so
 * the view can say so, and left in the database untouched: it is never deleted.
 */
export function readableRows<Schema extends z.ZodType>(
  rows: readonly unknown[],
  schema: Schema,
): { records: z.infer<Schema>[]; unreadable: number } {
  const records: z.infer<Schema>[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) records.push(parsed.data);
    else unreadable++;
  }
  return { records, unreadable };
}
