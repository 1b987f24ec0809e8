import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StorageStatus } from '../../../../lib/storage/client';
import { DB_NAME, DB_VERSION, MIGRATIONS, openPrepDb } from '../../../../lib/storage/db';
import { isQuotaError, QUOTA_MESSAGE, storageFailureText } from '../../../../lib/storage/errors';
import { ProgressStore } from '../../../../lib/storage/progress';
import type { Story, TailoringRecord } from '../../../../lib/storage/schema';
import { StoryStore } from '../../../../lib/stories/store';
import { TailoringStore } from '../../../../lib/tailoring/store';
import { openWithFullDisk } from '../../full-disk';

const GUIDE = 'amazon-data-scientist';
const JOB = 'https://www.amazon.jobs/en/jobs/2812345';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

function story(id: string, updatedAt = 1): Story {
  return {
    id,
    title: `Story ${id}`,
    situation: 's',
    task: 't',
    action: 'a',
    result: 'r',
    outcome: 'Saved 3 hours a week',
    qualities: ['Ownership'],
    questions: [],
    createdAt: 1,
    updatedAt,
  };
}

function requirement(requirementId: string, change: Partial<TailoringRecord> = {}): TailoringRecord {
  return { jobKey: JOB, requirementId, text: `Requirement ${requirementId}`, addedByUser: false, done: false, updatedAt: 1, ...change };
}

/**
 * A database as the first release left it (version 1, with a tick), held open by an older
 * PrepPanel window that does not close for an upgrade.
 */
async function oldWindowWithTick() {
  const old = await openDB(DB_NAME, 1, {
    upgrade(db, _old, _new, tx) {
      MIGRATIONS[0]?.(db as never, tx as never);
    },
  });
  await old.put('progress', { guideId: GUIDE, item: 'checklist/map-requirements', done: true, updatedAt: 1 });
  return old;
}

function nextStatus(store: ProgressStore | StoryStore): Promise<StorageStatus> {
  return new Promise((resolve) => {
    const stop = store.onStatus((status) => {
      stop();
      resolve(status);
    });
  });
}

/** Whether `promise` has settled by the time everything already queued has run. */
async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  // A macrotask: every pending IndexedDB event of the fake has fired by then.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return settled;
}

describe('an upgrade blocked by an older window', () => {
  it('waits, says so, and loads with the old data intact once that window closes', async () => {
    const old = await oldWindowWithTick();
    const store = new ProgressStore();
    expect(store.status).toBe('ready');

    const waiting = nextStatus(store);
    const loading = store.load(GUIDE);
    expect(await waiting).toBe('waiting-for-old-window');
    expect(store.status).toBe('waiting-for-old-window');
    expect(await hasSettled(loading)).toBe(false);

    const ready = nextStatus(store);
    old.close();
    expect(await ready).toBe('ready');
    const loaded = await loading;
    expect([...loaded.done]).toEqual(['checklist/map-requirements']);
    expect(loaded.unreadable).toBe(0);

    const upgraded = await openPrepDb();
    expect(upgraded.version).toBe(DB_VERSION);
    upgraded.close();
  });

  it('queues a write made meanwhile and saves it after the upgrade', async () => {
    const old = await oldWindowWithTick();
    const stories = new StoryStore();
    const waiting = nextStatus(stories);
    const saving = stories.save(story('written-while-waiting'));
    expect(await waiting).toBe('waiting-for-old-window');
    expect(await hasSettled(saving)).toBe(false);

    old.close();
    await saving;
    expect((await new StoryStore().load()).stories.map((saved) => saved.id)).toEqual(['written-while-waiting']);
    expect([...(await new ProgressStore().load(GUIDE)).done]).toEqual(['checklist/map-requirements']);
  });

  it('closes its own connection for a newer version, which then upgrades', async () => {
    const store = new ProgressStore();
    await store.setDone(GUIDE, 'checklist', 'map-requirements', true);
    // A newer PrepPanel opens the database at the next version: this view steps aside.
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(await newer.getAll('progress')).toHaveLength(1);
    newer.close();
  });
});

describe('records that fail their schema', () => {
  it('are kept in the database and counted, and the other stories load', async () => {
    const db = await openPrepDb();
    await db.put('stories', story('good'));
    await db.put('stories', { ...story('no-title'), title: '' });
    await db.put('stories', { id: 'half-written', title: 7 } as never);
    db.close();

    const loaded = await new StoryStore().load();
    expect(loaded.stories.map((saved) => saved.id)).toEqual(['good']);
    expect(loaded.unreadable).toBe(2);

    const again = await openPrepDb();
    expect((await again.getAllKeys('stories')).sort()).toEqual(['good', 'half-written', 'no-title']);
    again.close();
  });

  it('are kept in the database and counted, and the other requirement notes load', async () => {
    const db = await openPrepDb();
    await db.put('tailoring', requirement('r-1', { done: true }));
    await db.put('tailoring', { ...requirement('r-2'), note: 'n'.repeat(2_001) });
    db.close();

    const loaded = await new TailoringStore().load(JOB);
    expect(loaded.records.map((record) => record.requirementId)).toEqual(['r-1']);
    expect(loaded.unreadable).toBe(1);

    const again = await openPrepDb();
    expect(await again.count('tailoring')).toBe(2);
    again.close();
  });

  it('are left as they were when the user saves another record beside them', async () => {
    const db = await openPrepDb();
    const broken = { guideId: GUIDE, item: 'checklist/broken', done: 'yes', updatedAt: 1 };
    await db.put('progress', broken as never);
    db.close();

    const store = new ProgressStore();
    await store.setDone(GUIDE, 'checklist', 'map-requirements', true);
    expect(await store.load(GUIDE)).toEqual({ done: new Set(['checklist/map-requirements']), unreadable: 1 });

    const again = await openPrepDb();
    expect(await again.get('progress', [GUIDE, 'checklist/broken'])).toEqual(broken);
    again.close();
  });
});

describe('a full disk', () => {
  it('is recognised by the names browsers give it, and said in words', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(storageFailureText(quota)).toBe(QUOTA_MESSAGE);
    expect(storageFailureText(new DOMException('Gone', 'InvalidStateError'))).toBe('Gone');
  });

  it('refuses a write with the quota error, and what was saved before stays', async () => {
    const before = new ProgressStore();
    await before.setDone(GUIDE, 'checklist', 'map-requirements', true);
    await new StoryStore().save(story('kept'));

    const full = new ProgressStore(openWithFullDisk);
    const refused = full.setDone(GUIDE, 'mistakes', 'generic-cv', true);
    await expect(refused).rejects.toSatisfy(isQuotaError);
    await expect(new StoryStore(openWithFullDisk).save(story('too-many'))).rejects.toSatisfy(isQuotaError);
    await expect(new TailoringStore(openWithFullDisk).save(requirement('r-1'))).rejects.toSatisfy(isQuotaError);

    expect([...(await full.load(GUIDE)).done]).toEqual(['checklist/map-requirements']);
    expect((await new StoryStore().load()).stories.map((saved) => saved.id)).toEqual(['kept']);
  });
});

describe('two panels writing at once', () => {
  const ITEMS = Array.from({ length: 40 }, (_, index) => `item-${index}`);

  it('lose no tick: every item either panel ticked is saved', async () => {
    const [first, second] = [new ProgressStore(), new ProgressStore()];
    await Promise.all(
      ITEMS.map((item, index) => (index % 2 === 0 ? first : second).setDone(GUIDE, 'questions', item, true)),
    );
    const loaded = await new ProgressStore().load(GUIDE);
    expect([...loaded.done].sort()).toEqual(ITEMS.map((item) => `questions/${item}`).sort());
  });

  it('keep one of two answers for the same tick: the last write wins, whole', async () => {
    const [first, second] = [new ProgressStore(), new ProgressStore()];
    await Promise.all([first.setDone(GUIDE, 'checklist', 'map-requirements', true), second.setDone(GUIDE, 'checklist', 'map-requirements', false)]);
    const db = await openPrepDb();
    const rows = await db.getAll('progress');
    db.close();
    expect(rows).toHaveLength(1);
    expect(typeof rows[0]?.done).toBe('boolean');
    // Both views reload on the change, so they agree on whichever write landed last.
    expect((await first.load(GUIDE)).done).toEqual((await second.load(GUIDE)).done);
  });

  it('lose no story and no requirement note: each is a record of its own', async () => {
    const [firstStories, secondStories] = [new StoryStore(), new StoryStore()];
    const [firstNotes, secondNotes] = [new TailoringStore(), new TailoringStore()];
    await Promise.all([
      ...ITEMS.map((item, index) => (index % 2 === 0 ? firstStories : secondStories).save(story(item, index))),
      ...ITEMS.map((_, index) =>
        (index % 2 === 0 ? firstNotes : secondNotes).save(requirement(`r-${index}`, { done: true, note: `note ${index}` })),
      ),
    ]);
    expect((await new StoryStore().load()).stories.map((saved) => saved.id).sort()).toEqual([...ITEMS].sort());
    const notes = (await new TailoringStore().load(JOB)).records;
    expect(notes.map((record) => record.note).sort()).toEqual(ITEMS.map((_, index) => `note ${index}`).sort());
    expect(notes.every((record) => record.done)).toBe(true);
  });

  it('keep both edits of one requirement: a tick in one panel and a note in the other', async () => {
    const base = requirement('r-1');
    await new TailoringStore().save(base);
    // Each panel still shows the requirement as it was loaded: unticked, without a note.
    await Promise.all([new TailoringStore().update(base, { done: true }), new TailoringStore().update(base, { note: 'Led the churn model' })]);
    const [record] = (await new TailoringStore().load(JOB)).records;
    expect(record).toMatchObject({ done: true, note: 'Led the churn model' });

    await new TailoringStore().update(base, { note: undefined });
    const [cleared] = (await new TailoringStore().load(JOB)).records;
    expect(cleared).not.toHaveProperty('note');
    expect(cleared?.done).toBe(true);
  });

  it('refuse an edit that breaks the schema, in words, and keep the stored record', async () => {
    const base = requirement('r-1', { note: 'kept' });
    await new TailoringStore().save(base);
    await expect(new TailoringStore().update(base, { note: 'x'.repeat(2_001) })).rejects.toThrow('keep the note under 2,000 characters');
    expect((await new TailoringStore().load(JOB)).records[0]?.note).toBe('kept');
  });

  it('lose no removal racing a save of another story', async () => {
    const stories = new StoryStore();
    await stories.save(story('old'));
    await Promise.all([new StoryStore().remove('old'), stories.save(story('new'))]);
    expect((await new StoryStore().load()).stories.map((saved) => saved.id)).toEqual(['new']);
  });
});
