import { announceChange, listenForChanges } from './changes';
import { PrepDbClient } from './client';
import { TailoringRecordSchema, type TailoringRecord } from './schema';

export interface LoadedTailoring {
  records: TailoringRecord[];
  /** Stored records that failed their schema: left untouched, and counted so the user is told. */
  unreadable: number;
}

/** Each listing's requirements mapped to the user's evidence, in IndexedDB. */
export class TailoringStore extends PrepDbClient {
  async load(jobKey: string): Promise<LoadedTailoring> {
    const db = await this.database();
    const records: TailoringRecord[] = [];
    let unreadable = 0;
    for (const row of await db.getAllFromIndex('tailoring', 'by-job', jobKey)) {
      const record = TailoringRecordSchema.safeParse(row);
      if (record.success) records.push(record.data);
      else unreadable++;
    }
    return { records, unreadable };
  }

  async save(record: TailoringRecord): Promise<void> {
    const valid = TailoringRecordSchema.parse(record);
    const db = await this.database();
    await db.put('tailoring', valid);
    announceChange('tailoring', valid.jobKey);
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
