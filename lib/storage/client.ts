import { DB_NAME, openPrepDb, type OpenEvents, type PrepDb } from './db';

/**
 * Whether a view can use the database now (`ready`), or its upgrade waits for an older
 * PrepPanel window that keeps the database open at the version before.
 */
export type StorageStatus = 'ready' | 'waiting-for-old-window';

/** Opens PrepPanel's database, telling `events` what happens meanwhile. */
export type OpenDb = (events: OpenEvents) => Promise<PrepDb>;

const openDefault: OpenDb = (events) => openPrepDb(DB_NAME, events);

/**
 * One view's connection to the database, opened on first use and shared by a store's
 * calls. An open that failed is tried again on the next call, and a connection closed so
 * that a newer PrepPanel could upgrade is opened again when next needed.
 */
export class PrepDbClient {
  private db: Promise<PrepDb> | undefined;
  private current: StorageStatus = 'ready';
  private readonly listeners = new Set<(status: StorageStatus) => void>();

  constructor(private readonly open: OpenDb = openDefault) {}

  protected database(): Promise<PrepDb> {
    if (this.db) return this.db;
    const opening: Promise<PrepDb> = this.open({
      blocked: () => this.setStatus('waiting-for-old-window'),
      closedForUpgrade: () => {
        if (this.db === opening) this.db = undefined;
      },
    }).then(
      (db) => {
        this.setStatus('ready');
        return db;
      },
      (error: unknown) => {
        if (this.db === opening) this.db = undefined;
        this.setStatus('ready');
        throw error;
      },
    );
    this.db = opening;
    return opening;
  }

  get status(): StorageStatus {
    return this.current;
  }

  /** Calls `listener` whenever the status changes; returns the unsubscribe. */
  onStatus(listener: (status: StorageStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setStatus(status: StorageStatus): void {
    if (status === this.current) return;
    this.current = status;
    for (const listener of this.listeners) listener(status);
  }
}
