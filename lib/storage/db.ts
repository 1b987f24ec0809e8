import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type {
  Application,
  GuideAddition,
  GuidePin,
  PracticeRecord,
  ProgressRecord,
  Recording,
  Story,
  TailoringRecord,
  UserGuide,
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
  userGuides: {
    key: string;
    value: UserGuide;
  };
  additions: {
    key: string;
    value: GuideAddition;
    indexes: { 'by-guide': string };
  };
}

export type PrepDb = IDBPDatabase<PrepDbSchema>;
type UpgradeTransaction = IDBPTransaction<PrepDbSchema, StoreNames<PrepDbSchema>[], 'versionchange'>;

/**
 * One migration per database version, applied in order from the version found on disk.
 * A migration never drops user data: later versions transform records in place.
 */
export const MIGRATIONS: readonly ((db: PrepDb, tx: UpgradeTransaction) => void)[] = [
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
];

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
      for (let version = oldVersion; version < DB_VERSION; version++) MIGRATIONS[version]?.(db, tx);
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
