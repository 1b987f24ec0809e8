import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, MIGRATIONS, openPrepDb } from '../../../../lib/storage/db';
import { ProgressStore } from '../../../../lib/storage/progress';
import { StoryStore } from '../../../../lib/stories/store';

const GUIDE = 'amazon-data-scientist';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

function nextMessage(store: ProgressStore, guideId: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = store.subscribe(guideId, () => {
      stop();
      resolve();
    });
  });
}

describe('progress storage', () => {
  it('keeps ticks across a reopened database', async () => {
    const first = new ProgressStore();
    await first.setDone(GUIDE, 'checklist', 'map-requirements', true);
    await first.setDone(GUIDE, 'mistakes', 'generic-cv', true);
    await first.setDone(GUIDE, 'mistakes', 'generic-cv', false);

    const reopened = new ProgressStore();
    expect([...(await reopened.load(GUIDE)).done]).toEqual(['checklist/map-requirements']);
    expect((await reopened.load('another-guide')).done.size).toBe(0);
  });

  it('tells the other open views when a tick changes', async () => {
    const panel = new ProgressStore();
    const secondPanel = new ProgressStore();
    const heard = nextMessage(secondPanel, GUIDE);
    await panel.setDone(GUIDE, 'questions', 'tell-me-about-yourself', true);
    await heard;
    expect((await secondPanel.load(GUIDE)).done.has('questions/tell-me-about-yourself')).toBe(true);
  });

  it('does not disturb views of other guides', async () => {
    const panel = new ProgressStore();
    let otherHeard = false;
    const stop = new ProgressStore().subscribe('another-guide', () => (otherHeard = true));
    const heard = nextMessage(new ProgressStore(), GUIDE);
    await panel.setDone(GUIDE, 'checklist', 'map-requirements', true);
    await heard;
    stop();
    expect(otherHeard).toBe(false);
  });

  it('refuses to store an item key outside the schema', async () => {
    await expect(new ProgressStore().setDone(GUIDE, 'checklist', 'Not A Slug', true)).rejects.toThrow();
  });

  it('skips stored records that fail the schema and loads the rest', async () => {
    const db = await openPrepDb();
    await db.put('progress', { guideId: GUIDE, item: 'checklist/map-requirements', done: true, updatedAt: 1 });
    await db.put('progress', { guideId: GUIDE, item: 'checklist/broken', done: 'yes', updatedAt: 1 } as never);
    db.close();
    const loaded = await new ProgressStore().load(GUIDE);
    expect([...loaded.done]).toEqual(['checklist/map-requirements']);
    expect(loaded.unreadable).toBe(1);
    // Kept aside, not deleted: the record is still in the database.
    const again = await openPrepDb();
    expect(await again.getAll('progress')).toHaveLength(2);
    again.close();
  });
});

describe('database versions', () => {
  it('creates the current schema from nothing', async () => {
    const db = await openPrepDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'applications',
      'importedGuides',
      'ownItems',
      'pins',
      'practice',
      'progress',
      'recordings',
      'stories',
      'tailoring',
    ]);
    expect([...db.transaction('progress').store.indexNames]).toEqual(['by-guide']);
    expect([...db.transaction('tailoring').store.indexNames]).toEqual(['by-job']);
    expect([...db.transaction('applications').store.indexNames]).toEqual(['by-status']);
    expect([...db.transaction('practice').store.indexNames]).toEqual(['by-guide']);
    expect([...db.transaction('recordings').store.indexNames]).toEqual(['by-question']);
    expect([...db.transaction('ownItems').store.indexNames]).toEqual(['by-guide']);
    db.close();
  });

  it('upgrades a version 1 database with its ticks intact', async () => {
    // A database as the first release left it: version 1, with ticks in it.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db, _old, _new, tx) {
        MIGRATIONS[0]?.(db as never, tx as never);
      },
    });
    await v1.put('progress', { guideId: GUIDE, item: 'checklist/map-requirements', done: true, updatedAt: 1 });
    await v1.put('progress', { guideId: GUIDE, item: 'questions/tell-me-about-yourself', done: false, updatedAt: 2 });
    v1.close();

    const upgraded = await openPrepDb();
    expect(upgraded.version).toBe(DB_VERSION);
    expect(await upgraded.getAll('stories')).toEqual([]);
    upgraded.close();
    expect([...(await new ProgressStore().load(GUIDE)).done]).toEqual(['checklist/map-requirements']);
    await new StoryStore().save({
      id: 'first',
      title: 'Cut reporting time',
      situation: 's',
      task: 't',
      action: 'a',
      result: 'r',
      outcome: 'From 6 hours to 20 minutes',
      qualities: ['Ownership Mentality'],
      questions: [],
      createdAt: 3,
      updatedAt: 3,
    });
    expect((await new StoryStore().load()).stories.map((story) => story.id)).toEqual(['first']);
  });

  it('upgrades a version 2 database with its ticks, stories and requirement notes intact', async () => {
    // A database as the story bank's release left it: version 2, with a record in each store.
    const v2 = await openDB(DB_NAME, 2, {
      upgrade(db, _old, _new, tx) {
        for (const migrate of MIGRATIONS.slice(0, 2)) migrate(db as never, tx as never);
      },
    });
    const tick = { guideId: GUIDE, item: 'checklist/map-requirements', done: true, updatedAt: 1 };
    const story = {
      id: 'kept',
      title: 'Cut reporting time',
      situation: 's',
      task: 't',
      action: 'a',
      result: 'r',
      outcome: 'From 6 hours to 20 minutes',
      qualities: ['Ownership'],
      questions: [],
      createdAt: 2,
      updatedAt: 2,
    };
    const note = { jobKey: 'amazon.jobs:2812345', requirementId: 'r-1', text: 'SQL', addedByUser: false, done: true, note: 'Daily', updatedAt: 3 };
    await v2.put('progress', tick);
    await v2.put('stories', story);
    await v2.put('tailoring', note);
    v2.close();

    const upgraded = await openPrepDb();
    expect(upgraded.version).toBe(DB_VERSION);
    expect(await upgraded.getAll('progress')).toEqual([tick]);
    expect(await upgraded.getAll('stories')).toEqual([story]);
    expect(await upgraded.getAll('tailoring')).toEqual([note]);
    expect(await upgraded.count('applications')).toBe(0);
    upgraded.close();
  });

  it('lets a newer version upgrade while an older view is open', async () => {
    const old = await openPrepDb();
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    old.close();
  });
});
