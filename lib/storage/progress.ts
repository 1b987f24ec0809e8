import { announceChange, listenForChanges } from './changes';
import { openPrepDb, type PrepDb } from './db';
import { ProgressRecordSchema, itemKey, type ProgressList } from './schema';

/** Done items of one guide, as a set of `<list>/<item id>` keys. */
export type DoneItems = ReadonlySet<string>;

/**
 * Ticks stored in IndexedDB, shared by every view. A change made in one view is announced
 * to the others, which reload it.
 */
export class ProgressStore {
  private db: Promise<PrepDb> | undefined;

  constructor(private readonly open: () => Promise<PrepDb> = () => openPrepDb()) {}

  private database(): Promise<PrepDb> {
    this.db ??= this.open();
    return this.db;
  }

  async load(guideId: string): Promise<DoneItems> {
    const db = await this.database();
    const rows = await db.getAllFromIndex('progress', 'by-guide', guideId);
    const done = new Set<string>();
    for (const row of rows) {
      const record = ProgressRecordSchema.safeParse(row);
      if (record.success && record.data.done) done.add(record.data.item);
    }
    return done;
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
