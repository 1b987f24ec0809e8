import type { IDBPTransaction } from 'idb';
import { newApplication, refreshedApplication, withStatus, type KeptJob } from './applications';
import { jobKey } from '../job/detected-job';
import { announceChange, listenForChanges } from '../storage/changes';
import { PrepDbClient } from '../storage/client';
import type { PrepDbSchema } from '../storage/db';
import { ApplicationSchema, type Application, type ApplicationStatus } from '../storage/schema';
import { readableRows } from '../storage/readable';

const SCOPE = 'all';

export interface LoadedApplications {
  applications: Application[];
  /** Stored records that failed their schema: left untouched, and counted so the user is told. */
  unreadable: number;
}

/** What keeping a job did: `added` when it was new, `updated` when its details changed. */
export interface KeepResult {
  application: Application;
  outcome: 'added' | 'updated' | 'unchanged';
}

/** The first problem of a record that fails its schema, in words ("keep the notes under 10,000 characters"). */
function firstProblem(record: unknown): string | undefined {
  const parsed = ApplicationSchema.safeParse(record);
  return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'That change does not fit the stored job.');
}

/**
 * The jobs the user keeps, in IndexedDB. Every change reads and writes the stored record in
 * one transaction, so two views changing one job at once keep both changes.
 */
export class ApplicationStore extends PrepDbClient {
  async list(): Promise<LoadedApplications> {
    const db = await this.database();
    const { records: applications, unreadable } = readableRows(await db.getAll('applications'), ApplicationSchema);
    return { applications, unreadable };
  }

  /** The kept job under `key`, or `undefined` when it is not kept (or cannot be read). */
  async get(key: string): Promise<Application | undefined> {
    const db = await this.database();
    const application = ApplicationSchema.safeParse(await db.get('applications', key));
    return application.success ? application.data : undefined;
  }

  /**
   * Keeps the job: a new one as `saved`, seen now; one already kept gets the listing's
   * details as they read now, and keeps its status, dates and notes.
   */
  async keep(job: KeptJob, guideId?: string): Promise<KeepResult> {
    const key = jobKey(job);
    const result = await this.inTransaction(async (store): Promise<KeepResult> => {
      const now = Date.now();
      const row: unknown = await store.get(key);
      if (row === undefined) return write(store, { application: newApplication(job, guideId, now), outcome: 'added' });
      const stored = ApplicationSchema.safeParse(row);
      if (!stored.success) throw new Error('This job is kept already, but its saved record could not be read; it was left untouched.');
      const refreshed = refreshedApplication(stored.data, job, guideId, now);
      if (!refreshed) return { application: stored.data, outcome: 'unchanged' };
      return write(store, { application: refreshed, outcome: 'updated' });
    });
    if (result.outcome !== 'unchanged') announceChange('applications', SCOPE);
    return result;
  }

  /** (Not `setStatus`: the base class has a private method of that name.) */
  setJobStatus(key: string, status: ApplicationStatus): Promise<Application> {
    return this.change(key, (application, now) => withStatus(application, status, now));
  }

  setNotes(key: string, notes: string): Promise<Application> {
    return this.change(key, (application, now) => (application.notes === notes ? application : { ...application, notes, updatedAt: now }));
  }

  async remove(key: string): Promise<void> {
    const db = await this.database();
    await db.delete('applications', key);
    announceChange('applications', SCOPE);
  }

  /** Calls `onChange` when another view changes the kept jobs. */
  subscribe(onChange: () => void): () => void {
    return listenForChanges('applications', SCOPE, onChange);
  }

  /** Applies `edit` to the stored job in one transaction; throws, in words, when it cannot. */
  private async change(key: string, edit: (application: Application, now: number) => Application): Promise<Application> {
    const { application, outcome } = await this.inTransaction(async (store): Promise<KeepResult> => {
      const row: unknown = await store.get(key);
      const stored = ApplicationSchema.safeParse(row);
      if (!stored.success) {
        throw new Error(
          row === undefined
            ? 'This job is no longer kept: it was removed in another window.'
            : 'The saved record of this job could not be read; it was left untouched.',
        );
      }
      const edited = edit(stored.data, Date.now());
      if (edited === stored.data) return { application: edited, outcome: 'unchanged' };
      return write(store, { application: edited, outcome: 'updated' });
    });
    if (outcome !== 'unchanged') announceChange('applications', SCOPE);
    return application;
  }

  /**
   * Runs `body` in one readwrite transaction of the applications store. When it fails
   * (a record that does not fit, a full disk) nothing is written and the failure is thrown.
   */
  private async inTransaction<T>(body: (store: ApplicationsTransaction['store']) => Promise<T>): Promise<T> {
    const db = await this.database();
    const tx = db.transaction('applications', 'readwrite');
    try {
      const result = await body(tx.store);
      await tx.done;
      return result;
    } catch (reason) {
      // The transaction's own rejection on abort is this same failure, thrown below.
      tx.done.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // It had finished (or aborted itself) already: nothing was written.
      }
      throw reason;
    }
  }
}

type ApplicationsTransaction = IDBPTransaction<PrepDbSchema, ['applications'], 'readwrite'>;

/** Puts the result's application, after checking it against the schema (the first problem in words). */
async function write(store: ApplicationsTransaction['store'], result: KeepResult): Promise<KeepResult> {
  const problem = firstProblem(result.application);
  if (problem) throw new Error(problem);
  await store.put(result.application);
  return result;
}
