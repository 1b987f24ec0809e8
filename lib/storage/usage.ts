import { withDatabase } from './db';
import { PracticeRecordSchema, ProgressRecordSchema } from './schema';

export interface DataCounts {
  /** Items ticked off in the guides (unticked records are not counted). */
  ticks: number;
  stories: number;
  /** Requirements with the user's work on them: ticked, evidence or added by hand. */
  requirementNotes: number;
  applications: number;
  /** Questions practised out loud at least once. */
  practisedQuestions: number;
  recordings: number;
  /** What the recorded answers take up. */
  recordingBytes: number;
  importedGuides: number;
  /** Questions and checklist items the user added to guides. */
  ownItems: number;
}

export interface StorageUse {
  usage: number;
  quota: number;
}

/** How many records of each kind PrepPanel keeps on this device, and the bytes its recordings take. */
export function countStoredData(): Promise<DataCounts> {
  return withDatabase(async (db) => {
    const ticks = (await db.getAll('progress')).filter((row) => {
      const record = ProgressRecordSchema.safeParse(row);
      return record.success && record.data.done;
    }).length;
    const practisedQuestions = (await db.getAll('practice')).filter((row) => {
      const record = PracticeRecordSchema.safeParse(row);
      return record.success && record.data.count > 0;
    }).length;
    // Reading a recording's Blob handle does not read its bytes: its size is free.
    const recordings = await db.getAll('recordings');
    const recordingBytes = recordings.reduce((sum, row) => sum + ((row as { data?: unknown }).data instanceof Blob ? row.data.size : 0), 0);
    return {
      ticks,
      stories: await db.count('stories'),
      requirementNotes: await db.count('tailoring'),
      applications: await db.count('applications'),
      practisedQuestions,
      recordings: recordings.length,
      recordingBytes,
      importedGuides: await db.count('importedGuides'),
      ownItems: await db.count('ownItems'),
    };
  });
}

/** The browser's estimate of the space PrepPanel uses and may use; `undefined` where it gives none. */
export async function storageUse(): Promise<StorageUse | undefined> {
  if (!navigator.storage?.estimate) return undefined;
  const { usage, quota } = await navigator.storage.estimate();
  return usage === undefined || quota === undefined ? undefined : { usage, quota };
}
