import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { trimmedKeptAddress } from '../job/listing-address';
import type {
  Application,
  GuidePin,
  ImportedGuide,
  OwnItem,
  PracticeRecord,
  ProgressRecord,
  Recording,
  Story,
  TailoringRecord,
} from './schema';

export const DB_NAME = 'preppanel';

export interface PrepDbSchema extends DBSchema {
  progress: {
    key: [string, string];
    value: ProgressRecord;
    indexes: { 'by-guide': string };
  };
  stories: {
    key: string;
    value: Story;
  };
  tailoring: {
    key: [string, string];
    value: TailoringRecord;
    indexes: { 'by-job': string };
  };
  applications: {
    key: string;
    value: Application;
    indexes: { 'by-status': string };
  };
  practice: {
    key: [string, string];
    value: PracticeRecord;
    indexes: { 'by-guide': string };
  };
  recordings: {
    key: string;
    value: Recording;
    indexes: { 'by-question': [string, string] };
  };
  pins: {
    key: string;
    value: GuidePin;
  };
  /** The guides the user imported from files. */
  importedGuides: {
    key: string;
    value: ImportedGuide;
  };
  /** The questions and checklist items the user added to guides. */
  ownItems: {
    key: string;
    value: OwnItem;
    indexes: { 'by-guide': string };
  };
}

export type PrepDb = IDBPDatabase<PrepDbSchema>;

/** The stores of earlier versions, gone from the current schema: only migrations name them. */
interface RetiredStores {
  /** Version 5: the own items, under their first name (moved to `ownItems` in version 6). */
  additions: {
    key: string;
    value: unknown;
    indexes: { 'by-guide': string };
  };
  /** Version 5: the imported guides, under their first name (moved to `importedGuides` in version 6). */
  userGuides: {
    key: string;
    value: unknown;
  };
}

/** The database as the migrations see it: the current stores and the retired ones. */
interface UpgradeSchema extends PrepDbSchema, RetiredStores {}
type UpgradeDb = IDBPDatabase<UpgradeSchema>;
type UpgradeTransaction = IDBPTransaction<UpgradeSchema, StoreNames<UpgradeSchema>[], 'versionchange'>;

/**
 * One migration per database version, applied in order from the version found on disk.
 * A migration never drops user data: later versions transform records in place.
 */
export const MIGRATIONS: readonly ((db: UpgradeDb, tx: UpgradeTransaction) => void)[] = [
  // Version 1: ticks per guide item.
  (db) => {
    const progress = db.createObjectStore('progress', { keyPath: ['guideId', 'item'] });
    progress.createIndex('by-guide', 'guideId');
  },
  // Version 2: the story bank, and each listing's requirements mapped to evidence.
  (db) => {
    db.createObjectStore('stories', { keyPath: 'id' });
    const tailoring = db.createObjectStore('tailoring', { keyPath: ['jobKey', 'requirementId'] });
    tailoring.createIndex('by-job', 'jobKey');
  },
  // Version 3: the jobs the user keeps, practice counts per question, and recorded answers.
  (db) => {
    db.createObjectStore('applications', { keyPath: 'jobKey' }).createIndex('by-status', 'status');
    db.createObjectStore('practice', { keyPath: ['guideId', 'questionId'] }).createIndex('by-guide', 'guideId');
    db.createObjectStore('recordings', { keyPath: 'id' }).createIndex('by-question', ['guideId', 'questionId']);
  },
  // Version 4: guides the user pinned to a job by hand.
  (db) => {
    db.createObjectStore('pins', { keyPath: 'jobKey' });
  },
  // Version 5: guides the user imported, and the questions and checklist items they added to guides.
  (db) => {
    db.createObjectStore('userGuides', { keyPath: 'id' });
    db.createObjectStore('additions', { keyPath: 'id' }).createIndex('by-guide', 'guideId');
  },
  // Version 6: the user's own items move from 'additions' to 'ownItems', and the imported guides
  // from 'userGuides' to 'importedGuides', the names they have everywhere else. Every row is
  // copied as it is (also one that fails its schema), then the old store is deleted, all in the
  // upgrade transaction: a failure leaves the database as it was.
  (db, tx) => {
    db.createObjectStore('ownItems', { keyPath: 'id' }).createIndex('by-guide', 'guideId');
    db.createObjectStore('importedGuides', { keyPath: 'id' });
    moveRows(db, tx, 'additions', 'ownItems');
    moveRows(db, tx, 'userGuides', 'importedGuides');
  },
  // Version 7: the addresses of kept jobs lose their search words, tracking parameters and
  // fragments, as addresses are kept since; a row whose address cannot be read stays as it is.
  (_db, tx) => {
    const rows = unwrap(tx.objectStore('applications')).openCursor();
    rows.onsuccess = () => {
      const row = rows.result;
      if (!row) return;
      const value = row.value as Record<string, unknown>;
      const trimmed = typeof value.url === 'string' ? trimmedKeptAddress(value.url) : undefined;
      if (trimmed !== undefined && trimmed !== value.url) row.update({ ...value, url: trimmed });
      row.continue();
    };
  },
];

/** Copies every row of the retired store `from`, as it is, into `to`, then deletes `from`. */
function moveRows(db: UpgradeDb, tx: UpgradeTransaction, from: keyof RetiredStores, to: StoreNames<PrepDbSchema>): void {
  // Plain requests, not promises: their handlers run while the transaction is surely active,
  // and a failed write aborts it (and the open) without a rejection nobody awaits.
  const target = unwrap(tx.objectStore(to));
  const rows = unwrap(tx.objectStore(from)).getAll();
  rows.onsuccess = () => {
    for (const row of rows.result) target.put(row);
    db.deleteObjectStore(from);
  };
}

export const DB_VERSION = MIGRATIONS.length;

/** What opening the database may need to tell the user while it waits. */
export interface OpenEvents {
  /**
   * The upgrade to this version waits for an older PrepPanel window that keeps the database
   * open at its version. The open completes when that window closes.
   */
  blocked?(): void;
  /** This connection was closed so that a newer PrepPanel could upgrade the database. */
  closedForUpgrade?(): void;
}

export function openPrepDb(name = DB_NAME, events: OpenEvents = {}): Promise<PrepDb> {
  return openDB<PrepDbSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // The migrations may name retired stores too, which the current schema no longer has.
      const upgrading = db as unknown as UpgradeDb;
      const upgradeTx = tx as unknown as UpgradeTransaction;
      for (let version = oldVersion; version < DB_VERSION; version++) MIGRATIONS[version]?.(upgrading, upgradeTx);
    },
    blocked() {
      events.blocked?.();
    },
    blocking(_current, _blocked, event) {
      // A newer version of the extension wants to upgrade: let it.
      (event.target as IDBDatabase).close();
      events.closedForUpgrade?.();
    },
  });
}

/** Runs `work` on a connection of its own, closed afterwards (the page keeps none open between actions). */
export async function withDatabase<T>(work: (db: PrepDb) => Promise<T>): Promise<T> {
  const db = await openPrepDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}
