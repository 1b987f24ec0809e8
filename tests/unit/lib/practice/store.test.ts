import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openPrepDb } from '../../../../lib/storage/db';
import { isQuotaError } from '../../../../lib/storage/errors';
import { PracticeStore, RecordingStore } from '../../../../lib/practice/store';
import type { Recording } from '../../../../lib/storage/schema';
import type { DataChanged } from '../../../../lib/extension/messages';
import { openWithFullDisk } from '../../full-disk';

const GUIDE = 'amazon-data-scientist';
const QUESTION = 'tell-me-about-yourself';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

function recording(id: string, createdAt: number, change: Partial<Recording> = {}): Recording {
  const data = new Blob([`answer ${id}`], { type: 'audio/webm' });
  return {
    id,
    guideId: GUIDE,
    questionId: QUESTION,
    kind: 'audio',
    mimeType: 'audio/webm;codecs=opus',
    durationMs: 2_000,
    size: data.size,
    createdAt,
    data,
    ...change,
  };
}

/** Collects the change announcements other views would receive. */
function announcements(): { received: DataChanged[]; stop(): void } {
  const channel = new BroadcastChannel('preppanel-data');
  const received: DataChanged[] = [];
  channel.onmessage = (event: MessageEvent) => received.push(event.data as DataChanged);
  return { received, stop: () => channel.close() };
}

async function settleMessages(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('PracticeStore', () => {
  it('counts each practice of a question and keeps the last time', async () => {
    const store = new PracticeStore();
    expect((await store.load(GUIDE)).records.size).toBe(0);
    await store.recordPractice(GUIDE, QUESTION, 1_000);
    const second = await store.recordPractice(GUIDE, QUESTION, 5_000);
    expect(second).toEqual({ guideId: GUIDE, questionId: QUESTION, count: 2, lastAt: 5_000 });
    await store.recordPractice(GUIDE, 'why-amazon', 3_000);
    await store.recordPractice('another-guide', QUESTION, 4_000);

    const loaded = await new PracticeStore().load(GUIDE);
    expect(loaded.unreadable).toBe(0);
    expect(Object.fromEntries(loaded.records)).toEqual({
      [QUESTION]: { guideId: GUIDE, questionId: QUESTION, count: 2, lastAt: 5_000 },
      'why-amazon': { guideId: GUIDE, questionId: 'why-amazon', count: 1, lastAt: 3_000 },
    });
  });

  it('counts both practices of two windows at once', async () => {
    const windows = [new PracticeStore(), new PracticeStore(), new PracticeStore()];
    await Promise.all(windows.flatMap((store) => [store.recordPractice(GUIDE, QUESTION), store.recordPractice(GUIDE, QUESTION)]));
    expect((await new PracticeStore().load(GUIDE)).records.get(QUESTION)?.count).toBe(6);
  });

  it('starts again from a record it cannot read, counts it as unreadable until then, and refuses a bad id', async () => {
    const db = await openPrepDb();
    await db.put('practice', { guideId: GUIDE, questionId: QUESTION, count: -4, lastAt: 1 } as never);
    db.close();
    const store = new PracticeStore();
    expect((await store.load(GUIDE)).unreadable).toBe(1);
    expect((await store.recordPractice(GUIDE, QUESTION, 9)).count).toBe(1);
    await expect(store.recordPractice(GUIDE, 'Not An Id')).rejects.toThrow(/cannot be counted/);
    expect((await store.load(GUIDE)).records.size).toBe(1);
  });

  it('announces a practice to the other views of the guide', async () => {
    const listened: string[] = [];
    const store = new PracticeStore();
    const stop = store.subscribe(GUIDE, () => listened.push('guide'));
    const stopOther = store.subscribe('another-guide', () => listened.push('other'));
    await new PracticeStore().recordPractice(GUIDE, QUESTION);
    await settleMessages();
    stop();
    stopOther();
    expect(listened).toEqual(['guide']);
  });
});

describe('RecordingStore', () => {
  it('keeps recordings with their data, lists a question’s newest first, and removes one', async () => {
    const store = new RecordingStore();
    await store.save(recording('old', 1_000));
    await store.save(recording('new', 3_000));
    await store.save(recording('other-question', 2_000, { questionId: 'why-amazon' }));

    const listed = await new RecordingStore().list(GUIDE, QUESTION);
    expect(listed.unreadable).toBe(0);
    expect(listed.recordings.map((saved) => saved.id)).toEqual(['new', 'old']);
    const [newest] = listed.recordings;
    expect(newest?.data).toBeInstanceOf(Blob);
    expect(await newest?.data.text()).toBe('answer new');
    expect(newest?.data.type).toBe('audio/webm');

    await store.remove('new');
    expect((await store.list(GUIDE, QUESTION)).recordings.map((saved) => saved.id)).toEqual(['old']);
    await store.remove('never-saved');
    expect((await store.list(GUIDE, 'why-amazon')).recordings).toHaveLength(1);
  });

  it('refuses a recording that fails its schema, and stores nothing', async () => {
    const store = new RecordingStore();
    await expect(store.save(recording('bad', 1, { mimeType: 'text/html' }))).rejects.toThrow();
    await expect(store.save({ ...recording('no-blob', 1), data: 'not a blob' as never })).rejects.toThrow();
    expect((await store.usage()).count).toBe(0);
  });

  it('counts every recording and its bytes, across questions', async () => {
    const store = new RecordingStore();
    expect(await store.usage()).toEqual({ count: 0, bytes: 0 });
    await store.save(recording('a', 1, { size: 1_500 }));
    await store.save(recording('b', 2, { size: 2_500, questionId: 'why-amazon' }));
    expect(await store.usage()).toEqual({ count: 2, bytes: 4_000 });
  });

  it('rejects with the quota error when the browser refuses to store more, and keeps what was saved', async () => {
    await new RecordingStore().save(recording('kept', 1));
    const full = new RecordingStore(openWithFullDisk);
    await expect(full.save(recording('too-many', 2))).rejects.toSatisfy(isQuotaError);
    const listed = await new RecordingStore().list(GUIDE, QUESTION);
    expect(listed.recordings.map((saved) => saved.id)).toEqual(['kept']);
    expect(await listed.recordings[0]?.data.text()).toBe('answer kept');
  });

  it('counts a stored record it cannot read and leaves it in place', async () => {
    const db = await openPrepDb();
    await db.put('recordings', { ...recording('broken', 1), data: 'gone' } as never);
    db.close();
    const listed = await new RecordingStore().list(GUIDE, QUESTION);
    expect(listed).toEqual({ recordings: [], unreadable: 1 });
  });

  it('announces saves and removals to the views of that question only', async () => {
    const heard = announcements();
    const store = new RecordingStore();
    const listened: string[] = [];
    const stop = store.subscribe(GUIDE, QUESTION, () => listened.push('question'));
    await new RecordingStore().save(recording('one', 1));
    await new RecordingStore().save(recording('two', 2, { questionId: 'why-amazon' }));
    await new RecordingStore().remove('one');
    await settleMessages();
    stop();
    heard.stop();
    expect(listened).toEqual(['question', 'question']);
    expect(heard.received).toEqual([
      { type: 'data-changed', store: 'recordings', scope: `${GUIDE}/${QUESTION}` },
      { type: 'data-changed', store: 'recordings', scope: `${GUIDE}/why-amazon` },
      { type: 'data-changed', store: 'recordings', scope: `${GUIDE}/${QUESTION}` },
    ]);
  });
});
