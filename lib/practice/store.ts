import { announceChange, listenForChanges } from '../storage/changes';
import { PrepDbClient } from '../storage/client';
import { PracticeRecordSchema, RecordingSchema, type PracticeRecord, type Recording } from '../storage/schema';
import { readableRows } from '../storage/readable';

export interface LoadedPractice {
  /** By question id. */
  records: Map<string, PracticeRecord>;
  /** Stored records that failed their schema: left untouched, and counted so the user is told. */
  unreadable: number;
}

/** How often each question of a guide was practised out loud, and when last. */
export class PracticeStore extends PrepDbClient {
  async load(guideId: string): Promise<LoadedPractice> {
    const db = await this.database();
    const { records, unreadable } = readableRows(await db.getAllFromIndex('practice', 'by-guide', guideId), PracticeRecordSchema);
    return { records: new Map(records.map((record) => [record.questionId, record])), unreadable };
  }

  /**
   * Counts one practice of the question. The count is read and written in one transaction,
   * so two windows practising at once both count.
   */
  async recordPractice(guideId: string, questionId: string, at = Date.now()): Promise<PracticeRecord> {
    // Checked before the transaction opens: a bad id fails alone, nothing half-written.
    const first = PracticeRecordSchema.safeParse({ guideId, questionId, count: 1, lastAt: at });
    if (!first.success) throw new Error(`That question cannot be counted: ${first.error.issues[0]?.message ?? 'its id is not valid'}.`);
    const db = await this.database();
    const tx = db.transaction('practice', 'readwrite');
    const stored = PracticeRecordSchema.safeParse(await tx.store.get([guideId, questionId]));
    const next: PracticeRecord = stored.success ? { ...first.data, count: stored.data.count + 1 } : first.data;
    await tx.store.put(next);
    await tx.done;
    announceChange('practice', guideId);
    return next;
  }

  subscribe(guideId: string, onChange: () => void): () => void {
    return listenForChanges('practice', guideId, onChange);
  }
}

export interface LoadedRecordings {
  /** Newest first. */
  recordings: Recording[];
  unreadable: number;
}

export interface RecordingUsage {
  count: number;
  bytes: number;
}

/** The scope a question's recordings are announced on. */
export function questionScope(guideId: string, questionId: string): string {
  return `${guideId}/${questionId}`;
}

/** Recorded answers, kept only in this browser, listed per question. */
export class RecordingStore extends PrepDbClient {
  /**
   * Keeps a recording. A browser that refuses to store more rejects with its quota error;
   * the recordings saved before are untouched.
   */
  async save(recording: Recording): Promise<Recording> {
    const valid = RecordingSchema.parse(recording);
    const db = await this.database();
    await db.put('recordings', valid);
    announceChange('recordings', questionScope(valid.guideId, valid.questionId));
    return valid;
  }

  async list(guideId: string, questionId: string): Promise<LoadedRecordings> {
    const db = await this.database();
    const { records: recordings, unreadable } = readableRows(
      await db.getAllFromIndex('recordings', 'by-question', [guideId, questionId]),
      RecordingSchema,
    );
    recordings.sort((a, b) => b.createdAt - a.createdAt);
    return { recordings, unreadable };
  }

  async remove(id: string): Promise<void> {
    const db = await this.database();
    const tx = db.transaction('recordings', 'readwrite');
    const stored = await tx.store.get(id);
    await tx.store.delete(id);
    await tx.done;
    if (stored) announceChange('recordings', questionScope(stored.guideId, stored.questionId));
  }

  /** How many recordings are kept, for every question, and their bytes. */
  async usage(): Promise<RecordingUsage> {
    const db = await this.database();
    let count = 0;
    let bytes = 0;
    for (let cursor = await db.transaction('recordings').store.openCursor(); cursor; cursor = await cursor.continue()) {
      count++;
      const size: unknown = (cursor.value as { size?: unknown }).size;
      if (typeof size === 'number' && Number.isFinite(size)) bytes += size;
    }
    return { count, bytes };
  }

  subscribe(guideId: string, questionId: string, onChange: () => void): () => void {
    return listenForChanges('recordings', questionScope(guideId, questionId), onChange);
  }
}
