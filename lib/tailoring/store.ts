import { announceChange, listenForChanges } from '../storage/changes';
import { PrepDbClient } from '../storage/client';
import { TailoringRecordSchema, type TailoringRecord } from '../storage/schema';
import { readableRows } from '../storage/readable';

/** The fields of a requirement the user edits; a key given as `undefined` clears that field. */
export type TailoringChange = Partial<Pick<TailoringRecord, 'done' | 'storyId' | 'note'>>;

export interface LoadedTailoring {
  records: TailoringRecord[];
  /** Stored records that failed their schema: left untouched, and counted so the user is told. */
  unreadable: number;
}

/** Each listing's requirements mapped to the user's evidence, in IndexedDB. */
export class TailoringStore extends PrepDbClient {
  async load(jobKey: string): Promise<LoadedTailoring> {
    const db = await this.database();
    return readableRows(await db.getAllFromIndex('tailoring', 'by-job', jobKey), TailoringRecordSchema);
  }

  async save(record: TailoringRecord): Promise<void> {
    const valid = TailoringRecordSchema.parse(record);
    const db = await this.database();
    await db.put('tailoring', valid);
    announceChange('tailoring', valid.jobKey);
  }

  /**
   * Applies `change` to the stored record (or to `base` when none is stored) in one
   * transaction: a field another panel changed meanwhile is kept, not overwritten.
   */
  async update(base: TailoringRecord, change: TailoringChange): Promise<void> {
    const db = await this.database();
    const tx = db.transaction('tailoring', 'readwrite');
    const stored = TailoringRecordSchema.safeParse(await tx.store.get([base.jobKey, base.requirementId]));
    const current = stored.success ? stored.data : base;
    const { storyId, note, ...rest } = { ...current, ...change, done: change.done ?? current.done, updatedAt: Date.now() };
    const valid = TailoringRecordSchema.safeParse({ ...rest, ...(storyId ? { storyId } : {}), ...(note ? { note } : {}) });
    if (!valid.success) {
      // Nothing written: the transaction ends with the record as it was.
      await tx.done;
      // The first problem in words (e.g. "keep the note under 2,000 characters"), not the schema's report.
      throw new Error(valid.error.issues[0]?.message ?? 'That change does not fit the stored record.');
    }
    await tx.store.put(valid.data);
    await tx.done;
    announceChange('tailoring', base.jobKey);
  }

  async remove(jobKey: string, requirementId: string): Promise<void> {
    const db = await this.database();
    await db.delete('tailoring', [jobKey, requirementId]);
    announceChange('tailoring', jobKey);
  }

  subscribe(jobKey: string, onChange: () => void): () => void {
    return listenForChanges('tailoring', jobKey, onChange);
  }
}
