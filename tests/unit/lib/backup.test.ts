import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_STORES,
  KEY_PATHS,
  backupFileName,
  backupToJson,
  describePreview,
  describeUnreadable,
  exportBackup,
  exportTooLargeReason,
  importBackup,
  importFailureText,
  parseBackup,
  previewImport,
  resetAll,
  type Backup,
  type BackupStore,
} from '../../../lib/backup';
import { listenForChanges } from '../../../lib/storage/changes';
import { isQuotaError } from '../../../lib/storage/errors';
import { openPrepDb, type PrepDb } from '../../../lib/storage/db';
import { guideById } from '../../../lib/guides/catalog';
import type { Application, PracticeRecord, ProgressRecord, Recording, Story, TailoringRecord } from '../../../lib/storage/schema';

const GUIDE = 'amazon-data-scientist';
const JOB = 'https://www.amazon.jobs/en/jobs/2812345';
const AUDIO_BYTES = [0, 1, 2, 250, 251, 252, 253, 254, 255, 26, 69, 223, 163];
const VIDEO_BYTES = Array.from({ length: 70_000 }, (_, index) => (index * 7) % 256);

let db: PrepDb;

beforeEach(async () => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
  db = await openPrepDb();
  return () => db.close();
});

function tick(item: string, done = true): ProgressRecord {
  return { guideId: GUIDE, item, done, updatedAt: 1_700_000_000_000 };
}

function story(id: string, title = `Story ${id}`): Story {
  return {
    id,
    title,
    situation: 'Weekly reports took a day.',
    task: 't',
    action: 'Automated them — “quoted” and ünïcode.',
    result: 'r',
    outcome: 'Saved 6 hours a week',
    qualities: ['Ownership'],
    questions: [`${GUIDE}/tell-me-about-yourself`],
    createdAt: 1,
    updatedAt: 2,
  };
}

function requirement(requirementId: string): TailoringRecord {
  return { jobKey: JOB, requirementId, text: `Requirement ${requirementId}`, addedByUser: false, done: true, storyId: 's1', updatedAt: 3 };
}

function application(jobKey: string, status: Application['status'] = 'applied'): Application {
  return {
    jobKey,
    title: 'Data Scientist II',
    company: 'Amazon',
    url: jobKey,
    location: 'Seattle, WA',
    guideId: GUIDE,
    status,
    statusDates: { saved: 10, [status]: 20 },
    notes: 'Recruiter call on Monday',
    seenAt: 10,
    updatedAt: 20,
  };
}

function practice(questionId: string, count = 2): PracticeRecord {
  return { guideId: GUIDE, questionId, count, lastAt: 30 };
}

function recording(id: string, bytes: number[], kind: Recording['kind'], mimeType: string): Recording {
  return {
    id,
    guideId: GUIDE,
    questionId: 'tell-me-about-yourself',
    kind,
    mimeType,
    durationMs: 4_000,
    size: bytes.length,
    createdAt: 40,
    data: new Blob([new Uint8Array(bytes)], { type: mimeType }),
  };
}

async function fill(target: PrepDb): Promise<void> {
  for (const record of [tick('checklist/map-requirements'), tick('questions/tell-me-about-yourself', false)]) await target.put('progress', record);
  for (const record of [story('s1'), story('s2')]) await target.put('stories', record);
  for (const record of [requirement('r-1'), requirement('r-2')]) await target.put('tailoring', record);
  await target.put('applications', application(JOB));
  await target.put('practice', practice('tell-me-about-yourself'));
  await target.put('recordings', recording('rec-audio', AUDIO_BYTES, 'audio', 'audio/webm;codecs=opus'));
  await target.put('recordings', recording('rec-video', VIDEO_BYTES, 'video', 'video/webm'));
  await target.put('pins', { jobKey: JOB, guideId: GUIDE, pinnedAt: 50 });
  const imported = { ...guideById(GUIDE)!, id: 'my-acme-guide', title: 'My Acme guide' };
  await target.put('importedGuides', { id: imported.id, guide: imported, fileName: 'acme.json', importedAt: 60 });
  await target.put('ownItems', { id: 'mine-abc123', guideId: GUIDE, list: 'questions', text: 'Why Seattle?', createdAt: 70 });
}

/** Every record of every store, with each recording's Blob read out as its type and bytes. */
async function dump(target: PrepDb): Promise<Record<BackupStore, unknown[]>> {
  const result = {} as Record<BackupStore, unknown[]>;
  for (const store of BACKUP_STORES) {
    result[store] = await Promise.all(
      (await target.getAll(store)).map(async (row: object) => {
        const data = (row as { data?: unknown }).data;
        return data instanceof Blob ? { ...row, data: { type: data.type, bytes: [...new Uint8Array(await data.arrayBuffer())] } } : row;
      }),
    );
  }
  return result;
}

/** The database as it was, then `attempt`, then a check that it is exactly as it was. */
async function expectUnchangedBy(attempt: () => Promise<unknown>): Promise<void> {
  const before = await dump(db);
  await attempt();
  expect(await dump(db)).toEqual(before);
}

async function exported(includeRecordings: boolean): Promise<Backup> {
  return (await exportBackup(db, { includeRecordings }, new Date('2026-03-14T09:30:00Z'))).backup;
}

type BackupFile = Record<string, unknown> & { version: number; data: Record<string, Record<string, unknown>[]> };

/**
 * The database exported as a file made before the stores were renamed: the own items in
 * 'additions', the imported guides in 'userGuides'.
 */
async function olderFile(): Promise<BackupFile> {
  const file = JSON.parse(backupToJson(await exported(true))) as BackupFile;
  const { ownItems, importedGuides, ...data } = file.data;
  return { ...file, data: { ...data, additions: ownItems!, userGuides: importedGuides! } };
}

/** A second browser's database, empty, beside the first. */
async function otherDatabase(): Promise<PrepDb> {
  return openPrepDb('preppanel-other-browser');
}

describe('export, then import into an empty database', () => {
  it('gives records equal to the original, recordings with their bytes and types', async () => {
    await fill(db);
    const backup = await exported(true);
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: '2026-03-14T09:30:00.000Z', includesRecordings: true });

    const parsed = parseBackup(backupToJson(backup));
    if (!parsed.ok) throw new Error(parsed.reason);
    const other = await otherDatabase();
    await importBackup(other, parsed.backup);
    expect(await dump(other)).toEqual(await dump(db));
    const video = await other.get('recordings', 'rec-video');
    expect(video?.data.type).toBe('video/webm');
    expect(video?.data.size).toBe(VIDEO_BYTES.length);
    other.close();
  });

  it('leaves the recordings out when they are not included', async () => {
    await fill(db);
    const backup = await exported(false);
    expect(backup.includesRecordings).toBe(false);
    expect(backup.data.recordings).toBeUndefined();

    const parsed = parseBackup(backupToJson(backup));
    if (!parsed.ok) throw new Error(parsed.reason);
    const other = await otherDatabase();
    await importBackup(other, parsed.backup);
    const [original, copy] = [await dump(db), await dump(other)];
    expect(copy.recordings).toEqual([]);
    expect({ ...copy, recordings: original.recordings }).toEqual(original);
    other.close();
  });

  it('reads a file made before guides could be pinned, which has no pins', async () => {
    await fill(db);
    const { pins, ...olderData } = (await exported(false)).data;
    expect(pins).toHaveLength(1);
    const parsed = parseBackup(JSON.stringify({ ...(await exported(false)), data: olderData }));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.backup.data.pins).toEqual([]);
  });

  it("writes the user's own items in the section 'ownItems'", async () => {
    await fill(db);
    const file = JSON.parse(backupToJson(await exported(false))) as { data: Record<string, unknown> };
    expect(file.data.ownItems).toEqual([{ id: 'mine-abc123', guideId: GUIDE, list: 'questions', text: 'Why Seattle?', createdAt: 70 }]);
    expect(file.data).not.toHaveProperty('additions');
  });

  it("writes the imported guides in the section 'importedGuides'", async () => {
    await fill(db);
    const file = JSON.parse(backupToJson(await exported(false))) as { data: Record<string, unknown> };
    expect(file.data.importedGuides).toEqual([expect.objectContaining({ id: 'my-acme-guide', fileName: 'acme.json', importedAt: 60 })]);
    expect(file.data).not.toHaveProperty('userGuides');
  });

  it('reads a file made while own items were called additions, into the own items', async () => {
    await fill(db);
    // The same version 1, with the own items in 'additions' and no 'ownItems' section.
    const older = await olderFile();
    expect(older.version).toBe(1);
    expect(Object.keys(older.data)).toContain('additions');
    expect(Object.keys(older.data)).not.toContain('ownItems');

    const parsed = parseBackup(JSON.stringify(older));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.backup.data.ownItems).toEqual([{ id: 'mine-abc123', guideId: GUIDE, list: 'questions', text: 'Why Seattle?', createdAt: 70 }]);
    expect(parsed.backup.data).not.toHaveProperty('additions');
    const other = await otherDatabase();
    expect((await previewImport(other, parsed.backup)).ownItems).toEqual({ added: 1, replaced: 0, unchanged: 0 });
    await importBackup(other, parsed.backup);
    expect(await dump(other)).toEqual(await dump(db));
    other.close();
  });

  it('reads a file made while imported guides were called user guides, into the imported guides', async () => {
    await fill(db);
    // The same version 1, with the imported guides in 'userGuides' and no 'importedGuides' section.
    const older = await olderFile();
    expect(older.version).toBe(1);
    expect(Object.keys(older.data)).toContain('userGuides');
    expect(Object.keys(older.data)).not.toContain('importedGuides');
    expect(older.data.userGuides).toEqual([expect.objectContaining({ id: 'my-acme-guide', fileName: 'acme.json' })]);

    const parsed = parseBackup(JSON.stringify(older));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.backup.data.importedGuides).toEqual(await db.getAll('importedGuides'));
    expect(parsed.backup.data.importedGuides).toMatchObject([{ id: 'my-acme-guide', fileName: 'acme.json', importedAt: 60 }]);
    expect(parsed.backup.data).not.toHaveProperty('userGuides');
    const other = await otherDatabase();
    expect((await previewImport(other, parsed.backup)).importedGuides).toEqual({ added: 1, replaced: 0, unchanged: 0 });
    await importBackup(other, parsed.backup);
    expect(await other.getAll('importedGuides')).toEqual(await db.getAll('importedGuides'));
    other.close();
  });

  it('leaves out stored records that fail their schema, and counts them', async () => {
    await fill(db);
    await db.put('stories', { ...story('broken'), title: '' });
    await db.put('applications', { ...application('https://example.com/job'), status: 'ghosted' } as unknown as Application);
    const { backup, unreadable } = await exportBackup(db, { includeRecordings: false });
    expect(backup.data.stories.map((entry) => entry.id)).toEqual(['s1', 's2']);
    expect(backup.data.applications).toHaveLength(1);
    expect(unreadable).toEqual({ progress: 0, stories: 1, tailoring: 0, applications: 1, practice: 0, recordings: 0, pins: 0, importedGuides: 0, ownItems: 0 });
    expect(describeUnreadable(unreadable)).toBe('2 stored records could not be read and were left out of the file: 1 story and 1 application.');
    // The file it makes is one PrepPanel reads back.
    expect(parseBackup(backupToJson(backup)).ok).toBe(true);
  });

  it("leaves out a stored guide with a bundled guide's id (an older PrepPanel kept one), so the file can be imported again", async () => {
    await fill(db);
    await db.put('importedGuides', { id: GUIDE, guide: guideById(GUIDE)!, fileName: 'copy.json', importedAt: 61 });
    const { backup, unreadable } = await exportBackup(db, { includeRecordings: false });
    expect(backup.data.importedGuides.map((record) => record.id)).toEqual(['my-acme-guide']);
    expect(unreadable.importedGuides).toBe(1);
    expect(parseBackup(backupToJson(backup)).ok).toBe(true);
  });

  it('names the file after the day it was made', () => {
    expect(backupFileName(new Date(2026, 2, 4, 23, 59))).toBe('preppanel-backup-2026-03-04.json');
  });
});

describe('import onto a database that has data', () => {
  it('previews what is added, replaced and unchanged, then adds and replaces exactly that', async () => {
    await fill(db);
    const backup = await exported(true);
    const other = await otherDatabase();
    // The other browser has s1 as exported, s2 edited since, the application at another status, and its own story.
    await other.put('stories', story('s1'));
    await other.put('stories', story('s2', 'An older title'));
    await other.put('stories', story('s-own'));
    await other.put('applications', application(JOB, 'interviewing'));
    await other.put('recordings', recording('rec-audio', AUDIO_BYTES.slice(1), 'audio', 'audio/webm;codecs=opus'));

    const preview = await previewImport(other, backup);
    expect(preview).toEqual({
      progress: { added: 2, replaced: 0, unchanged: 0 },
      stories: { added: 0, replaced: 1, unchanged: 1 },
      tailoring: { added: 2, replaced: 0, unchanged: 0 },
      applications: { added: 0, replaced: 1, unchanged: 0 },
      practice: { added: 1, replaced: 0, unchanged: 0 },
      // Same fields, other bytes: replaced.
      recordings: { added: 1, replaced: 1, unchanged: 0 },
      pins: { added: 1, replaced: 0, unchanged: 0 },
      importedGuides: { added: 1, replaced: 0, unchanged: 0 },
      ownItems: { added: 1, replaced: 0, unchanged: 0 },
    });
    expect(describePreview(preview)).toEqual([
      'Adds progress on 2 guide items, 2 requirement notes, practice counts of 1 question, 1 recording, 1 guide pinned to a job, 1 imported guide and 1 question or checklist item of your own.',
      'Replaces 1 story, 1 application and 1 recording.',
      '1 record is the same here already.',
    ]);

    await importBackup(other, backup);
    const copy = await dump(other);
    const original = await dump(db);
    // In key order: the other browser's own story stays.
    expect(copy.stories).toEqual([story('s-own'), ...original.stories]);
    expect(copy.applications).toEqual(original.applications);
    expect(copy.recordings).toEqual(original.recordings);
    // Everything is now as in the file: a second preview finds nothing to do.
    const again = await previewImport(other, backup);
    expect(BACKUP_STORES.every((store) => again[store].added === 0 && again[store].replaced === 0)).toBe(true);
    expect(describePreview(again)).toEqual(['Everything in this file is here already: importing changes nothing.']);
    other.close();
  });

  it('writes nothing while previewing', async () => {
    await fill(db);
    const backup = await exported(true);
    await db.clear('stories');
    await expectUnchangedBy(() => previewImport(db, backup));
  });
});

describe('a refused file leaves the database exactly as it was', () => {
  async function expectRefused(text: string, reason: string | RegExp, maxBytes?: number): Promise<void> {
    await expectUnchangedBy(async () => {
      const parsed = parseBackup(text, maxBytes);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(reason);
    });
  }

  async function validJson(): Promise<Record<string, unknown> & { data: Record<string, Record<string, unknown>[]> }> {
    return JSON.parse(backupToJson(await exported(true))) as never;
  }

  beforeEach(async () => {
    await fill(db);
  });

  it('not JSON', async () => {
    await expectRefused('PK\u0003\u0004 this is a zip', 'This file is not a PrepPanel backup: it is not JSON.');
  });

  it('JSON from elsewhere', async () => {
    await expectRefused(JSON.stringify({ name: 'my-app', version: '1.0.0' }), /not a PrepPanel backup: it does not say "format": "preppanel-backup"/);
    await expectRefused(JSON.stringify([1, 2, 3]), /not a PrepPanel backup/);
    await expectRefused('null', /not a PrepPanel backup/);
  });

  it('another format name', async () => {
    await expectRefused(JSON.stringify({ ...(await validJson()), format: 'preppanel-settings' }), /not a PrepPanel backup/);
  });

  it('a newer version', async () => {
    await expectRefused(
      JSON.stringify({ ...(await validJson()), version: 2 }),
      'This backup was made by a newer PrepPanel (backup version 2; this one reads version 1). Update PrepPanel, then import it again.',
    );
  });

  it('a wrong field, named by its path', async () => {
    const file = await validJson();
    file.data.stories![1]!.title = '   ';
    await expectRefused(JSON.stringify(file), 'This backup cannot be imported: data.stories[1].title: give the story a title.');
    const missing = await validJson();
    delete missing.data.applications![0]!.company;
    await expectRefused(JSON.stringify(missing), /^This backup cannot be imported: data\.applications\[0\]\.company: /);
    const twice = await validJson();
    twice.data.stories!.push(twice.data.stories![0]!);
    await expectRefused(JSON.stringify(twice), 'data.stories[2]: another record in this file has the same key');
  });

  it('an own item of an older file that does not fit, named by its section', async () => {
    const older = await olderFile();
    older.data.additions![0]!.text = 'x'.repeat(501);
    await expectRefused(JSON.stringify(older), 'This backup cannot be imported: data.additions[0].text: keep it under 500 characters.');
    const twice = await olderFile();
    twice.data.additions!.push(twice.data.additions![0]!);
    await expectRefused(JSON.stringify(twice), 'data.additions[1]: another record in this file has the same key');
  });

  it('an imported guide of an older file that does not fit, named by its section', async () => {
    const older = await olderFile();
    older.data.userGuides![0]!.fileName = '';
    await expectRefused(JSON.stringify(older), /^This backup cannot be imported: data\.userGuides\[0\]\.fileName: /);
    const twice = await olderFile();
    twice.data.userGuides!.push(twice.data.userGuides![0]!);
    await expectRefused(
      JSON.stringify(twice),
      'data.userGuides[1]: the guide "My Acme guide" (id "my-acme-guide") is in this file twice: another imported guide has the same id',
    );
  });

  describe('imported guides that break the rules of a guide import, each named', () => {
    it('a guide kept under another id than its own', async () => {
      const file = await validJson();
      file.data.importedGuides![0]!.id = 'someone-else';
      await expectRefused(
        JSON.stringify(file),
        'This backup cannot be imported: data.importedGuides[0].id: the guide "My Acme guide" (id "my-acme-guide") is kept under another id, "someone-else"; a guide is kept under its own id.',
      );
    });

    it('two guides with one id, in one section or across the old and new ones', async () => {
      const file = await validJson();
      const [guide] = file.data.importedGuides!;
      file.data.importedGuides!.push({ ...guide, fileName: 'acme-copy.json' });
      await expectRefused(
        JSON.stringify(file),
        'This backup cannot be imported: data.importedGuides[1]: the guide "My Acme guide" (id "my-acme-guide") is in this file twice: another imported guide has the same id.',
      );
      const both = await validJson();
      both.data.userGuides = both.data.importedGuides!;
      await expectRefused(JSON.stringify(both), /^This backup cannot be imported: data\.userGuides\[0\]: the guide "My Acme guide" \(id "my-acme-guide"\) is in this file twice/);
    });

    it("a guide that takes a bundled guide's id", async () => {
      const file = await validJson();
      const record = file.data.importedGuides![0]! as { id: string; guide: { id: string } };
      record.id = record.guide.id = GUIDE;
      await expectRefused(
        JSON.stringify(file),
        `This backup cannot be imported: data.importedGuides[0].guide.id: the guide "My Acme guide" (id "${GUIDE}") has the id of a guide that comes with PrepPanel; an imported guide needs an id of its own.`,
      );
    });

    it('a guide with a source link that is not https', async () => {
      const file = await validJson();
      const { guide } = file.data.importedGuides![0]! as { guide: { sources: { url?: string }[] } };
      guide.sources[0]!.url = 'javascript:alert(document.cookie)';
      await expectRefused(
        JSON.stringify(file),
        /^This backup cannot be imported: data\.importedGuides\[0\]\.guide\.sources\[0\]\.url: use a public web address that starts with https:\/\/ /,
      );
    });
  });

  it('a recording whose data is not base64', async () => {
    const file = await validJson();
    file.data.recordings![1]!.data = 'not*base64!';
    await expectRefused(JSON.stringify(file), 'data.recordings[1].data: the recording is not valid base64 data');
  });

  it('a file over the size limit, which it states', async () => {
    const text = backupToJson(await exported(true));
    await expectRefused(text, /^This file is [\d.]+ KB; PrepPanel imports backups of up to 1 KB\./, 1_000);
    expect(exportTooLargeReason(text.length, 1_000)).toMatch(/^The backup would be [\d.]+ KB, more than the 1 KB PrepPanel can import again\./);
    expect(exportTooLargeReason(text.length)).toBeUndefined();
  });
});

/** The database with its `put` failing as a full disk fails it, from the `failAt`-th call (1-based). */
function withFullDiskAt(target: PrepDb, failAt: number): PrepDb {
  let puts = 0;
  const bind = <T extends object>(object: T, override: (property: PropertyKey) => unknown): T =>
    new Proxy(object, {
      get(inner, property) {
        const replaced = override(property);
        if (replaced !== undefined) return replaced;
        const value: unknown = Reflect.get(inner, property, inner);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(inner) : value;
      },
    });
  return bind(target, (property) =>
    property === 'transaction'
      ? (...args: Parameters<PrepDb['transaction']>) => {
          const tx = target.transaction(...args);
          return bind(tx, (txProperty) =>
            txProperty === 'objectStore'
              ? (name: BackupStore) => {
                  const store = tx.objectStore(name);
                  const put = (value: unknown) => (store as unknown as { put(value: unknown): Promise<unknown> }).put(value);
                  return bind(store, (storeProperty) =>
                    storeProperty === 'put'
                      ? (value: unknown) =>
                          ++puts >= failAt ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : put(value)
                      : undefined,
                  );
                }
              : undefined,
          );
        }
      : undefined,
  );
}

describe('a transaction that fails midway', () => {
  it('leaves the database unchanged when the disk is full after some records were written', async () => {
    await fill(db);
    const backup = await exported(true);
    const other = await otherDatabase();
    await other.put('stories', story('s-own'));
    const before = await dump(other);
    const refused = importBackup(withFullDiskAt(other, 5), backup);
    await expect(refused).rejects.toSatisfy(isQuotaError);
    expect(await dump(other)).toEqual(before);
    expect(importFailureText(await refused.catch((error: unknown) => error))).toMatch(/^The backup was not imported: Your browser refused to store more.* Nothing was changed\.$/);
    other.close();
  });

  it('leaves the database unchanged when the very last write fails', async () => {
    await fill(db);
    const backup = await exported(true);
    const total = BACKUP_STORES.reduce((sum, store) => sum + (backup.data[store]?.length ?? 0), 0);
    await db.put('stories', story('s1', 'Edited after the export'));
    await expectUnchangedBy(() => expect(importBackup(withFullDiskAt(db, total), backup)).rejects.toSatisfy(isQuotaError));
  });
});

describe('reset', () => {
  it('clears every store', async () => {
    await fill(db);
    await resetAll(db);
    expect(await dump(db)).toEqual({ progress: [], stories: [], tailoring: [], applications: [], practice: [], recordings: [], pins: [], importedGuides: [], ownItems: [] });
  });
});

describe('open views', () => {
  /** Resolves once a view following `store` for `scope` hears of a change. */
  function heard(store: BackupStore, scope: string): Promise<void> {
    return new Promise((resolve) => {
      const stop = listenForChanges(store, scope, () => {
        stop();
        resolve();
      });
    });
  }

  const followed = () =>
    Promise.all([
      heard('progress', GUIDE),
      heard('stories', 'all'),
      heard('tailoring', JOB),
      heard('applications', 'all'),
      heard('practice', GUIDE),
      heard('recordings', `${GUIDE}/tell-me-about-yourself`),
    ]);

  it('hear of an import in every store they follow', async () => {
    await fill(db);
    const backup = await exported(true);
    const other = await otherDatabase();
    const told = followed();
    await importBackup(other, backup);
    await told;
    other.close();
  });

  it('hear of a reset in every store they follow', async () => {
    await fill(db);
    const told = followed();
    await resetAll(db);
    await told;
  });
});

it("knows every store's key path as the database defines it", () => {
  const tx = db.transaction(BACKUP_STORES);
  expect(Object.fromEntries(BACKUP_STORES.map((store) => [store, tx.objectStore(store).keyPath]))).toEqual(KEY_PATHS);
  expect([...db.objectStoreNames].sort()).toEqual([...BACKUP_STORES].sort());
});
