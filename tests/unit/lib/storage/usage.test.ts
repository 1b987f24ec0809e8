import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { PracticeStore, RecordingStore } from '../../../../lib/practice/store';
import { ProgressStore } from '../../../../lib/storage/progress';
import { countStoredData } from '../../../../lib/storage/usage';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('what the settings page counts', () => {
  it('is nothing in a new database', async () => {
    expect(await countStoredData()).toEqual({
      ticks: 0,
      stories: 0,
      requirementNotes: 0,
      applications: 0,
      practisedQuestions: 0,
      recordings: 0,
      recordingBytes: 0,
      importedGuides: 0,
      ownItems: 0,
    });
  });

  it('counts ticks still ticked, questions practised and the bytes recordings take', async () => {
    const progress = new ProgressStore();
    await progress.setDone('amazon-data-scientist', 'checklist', 'map-requirements', true);
    await progress.setDone('amazon-data-scientist', 'questions', 'tell-me-about-yourself', true);
    await progress.setDone('amazon-data-scientist', 'mistakes', 'generic-cv', true);
    await progress.setDone('amazon-data-scientist', 'mistakes', 'generic-cv', false);
    await new PracticeStore().recordPractice('amazon-data-scientist', 'why-amazon', 1_700_000_000_000);
    const recordings = new RecordingStore();
    for (const [id, bytes] of [['first', 1_000], ['second', 24]] as const) {
      await recordings.save({
        id,
        guideId: 'amazon-data-scientist',
        questionId: 'why-amazon',
        kind: 'audio',
        mimeType: 'audio/webm',
        durationMs: 1_000,
        size: bytes,
        createdAt: 1_700_000_000_000,
        data: new Blob([new Uint8Array(bytes)], { type: 'audio/webm' }),
      });
    }

    const counts = await countStoredData();
    expect(counts).toMatchObject({ ticks: 2, practisedQuestions: 1, recordings: 2, recordingBytes: 1_024 });
  });
});
