import { announceChange, listenForChanges } from './changes';
import { PrepDbClient } from './client';
import { ProgressRecordSchema, itemKey, type ProgressList } from './schema';
import { readableRows } from './readable';

/** Done items of one guide, as a set of `<list>/<item id>` keys. */
export type DoneItems = ReadonlySet<string>;

export interface LoadedProgress {
  done: DoneItems;
  /** Stored records that failed their schema: left untouched, and counted so the user is told. */
  unreadable: number;
}

/**
 * Ticks stored in IndexedDB, shared by every view. A change made in one view is announced
 * to the others, which reload it.
 */
export class ProgressStore extends PrepDbClient {
  async load(guideId: string): Promise<LoadedProgress> {
    const db = await this.database();
    const { records, unreadable } = readableRows(await db.getAllFromIndex('progress', 'by-guide', guideId), ProgressRecordSchema);
    return { done: new Set(records.filter((record) => record.done).map((record) => record.item)), unreadable };
  }

  async setDone(guideId: string, list: ProgressList, itemId: string, done: boolean): Promise<void> {
    const record = ProgressRecordSchema.parse({ guideId, item: itemKey(list, itemId), done, updatedAt: Date.now() });
    const db = await this.database();
    await db.put('progress', record);
    announceChange('progress', guideId);
  }

  /** Calls `onChange` when another view changes this guide's progress. */
  subscribe(guideId: string, onChange: () => void): () => void {
    return listenForChanges('progress', guideId, onChange);
  }
}
