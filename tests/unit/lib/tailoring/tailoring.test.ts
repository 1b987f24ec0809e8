import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { guideById } from '../../../../lib/guides/catalog';
import type { DetectedJob } from '../../../../lib/job/detected-job';
import { openPrepDb } from '../../../../lib/storage/db';
import type { Story, TailoringRecord } from '../../../../lib/storage/schema';
import { TailoringStore } from '../../../../lib/tailoring/store';
import { applicationSummary, summaryText } from '../../../../lib/applications/before-applying';
import { jobKey } from '../../../../lib/job/detected-job';
import { cleanChange, requirementCoverage, requirementId, requirementRows, typedRequirement } from '../../../../lib/tailoring/requirements';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const JOB: DetectedJob = {
  site: 'amazon.jobs',
  url: 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads',
  title: 'Data Scientist II, Amazon Ads',
  company: 'Amazon.com Services LLC',
  jobId: '2812345',
  source: 'json-ld',
  confidence: 'high',
  requirements: {
    items: [
      { text: '3+ years of data scientist experience', kind: 'required' },
      { text: 'Experience with data querying languages (e.g. SQL)', kind: 'required' },
      { text: 'Experience designing and analysing A/B tests', kind: 'preferred' },
    ],
    omitted: 0,
    source: 'page-markup',
  },
};
const KEY = jobKey(JOB);

function record(text: string, change: Partial<TailoringRecord> = {}): TailoringRecord {
  return { jobKey: KEY, requirementId: requirementId(text), text, addedByUser: false, done: false, updatedAt: 1, ...change };
}

describe('listing keys and requirement ids', () => {
  it('keys a listing by site and job id, or by its address without query and fragment', () => {
    expect(KEY).toBe('amazon.jobs:2812345');
    expect(jobKey({ site: JOB.site, url: 'https://boards.example/acme/jobs/42?gh_src=x#apply' })).toBe(
      'amazon.jobs:https://boards.example/acme/jobs/42',
    );
  });

  it('gives the same id to the same statement however it is spaced or cased, and different ids otherwise', () => {
    expect(requirementId('Experience with  SQL')).toBe(requirementId('experience with sql'));
    expect(requirementId('Experience with SQL')).not.toBe(requirementId('Experience with Python'));
    expect(requirementId('Experience with SQL')).toMatch(/^r-[a-z0-9]+$/);
  });
});

describe('requirement rows', () => {
  it('lists the listing in page order, with what the user recorded, then the requirements they added', () => {
    const rows = requirementRows(JOB.requirements, [
      record('Experience designing and analysing A/B tests', { done: true, storyId: 'story-1' }),
      record('Can travel to Seattle twice a year', { addedByUser: true, note: 'Yes, and have before' }),
    ]);
    expect(rows.map((row) => [row.kind, row.done, row.storyId ?? null, row.note ?? null])).toEqual([
      ['required', false, null, null],
      ['required', false, null, null],
      ['preferred', true, 'story-1', null],
      ['added', false, null, 'Yes, and have before'],
    ]);
    expect(requirementCoverage(rows)).toEqual({ covered: 1, total: 4 });
  });

  it('has no rows for a listing without requirements until the user adds one', () => {
    expect(requirementRows(undefined, [])).toEqual([]);
    expect(requirementRows(undefined, [record('Own laptop', { addedByUser: true })]).map((row) => row.text)).toEqual(['Own laptop']);
  });

  it('does not list a requirement twice when the user added one the listing already states', () => {
    const rows = requirementRows(JOB.requirements, [record('3+ years of data scientist experience', { addedByUser: true })]);
    expect(rows).toHaveLength(3);
  });
});

describe('tailoring storage', () => {
  it('keeps what the user recorded per listing, across a reopened store', async () => {
    await new TailoringStore().save(record('3+ years of data scientist experience', { done: true, note: 'Five years at Acme' }));
    await new TailoringStore().save({ ...record('Other job'), jobKey: 'linkedin:1' });
    const loaded = await new TailoringStore().load(KEY);
    expect(loaded.unreadable).toBe(0);
    expect(loaded.records.map((row) => [row.text, row.done, row.note])).toEqual([
      ['3+ years of data scientist experience', true, 'Five years at Acme'],
    ]);
  });

  it('refuses a note over the limit and stores nothing', async () => {
    await expect(new TailoringStore().save(record('SQL', { note: 'x'.repeat(2_001) }))).rejects.toThrow(/2,000/);
    expect((await new TailoringStore().load(KEY)).records).toEqual([]);
  });

  it('keeps markup in a note as text', async () => {
    const note = '<img src=x onerror=alert(1)> shipped it';
    await new TailoringStore().save(record('SQL', { note }));
    expect((await new TailoringStore().load(KEY)).records[0]?.note).toBe(note);
  });

  it('counts records that fail the schema, leaves them in the database and loads the rest', async () => {
    await new TailoringStore().save(record('SQL', { done: true }));
    const db = await openPrepDb();
    await db.put('tailoring', { ...record('Python'), done: 'yes' } as never);
    const loaded = await new TailoringStore().load(KEY);
    expect(loaded.records.map((row) => row.text)).toEqual(['SQL']);
    expect(loaded.unreadable).toBe(1);
    expect(await db.count('tailoring')).toBe(2);
    db.close();
  });

  it('tells other views of the same listing about a change', async () => {
    const heard = new Promise<void>((resolve) => {
      const stop = new TailoringStore().subscribe(KEY, () => {
        stop();
        resolve();
      });
    });
    await new TailoringStore().save(record('SQL'));
    await heard;
  });
});

describe('the summary before applying', () => {
  const guide = guideById('amazon-data-scientist');
  if (!guide) throw new Error('the bundled guide is missing');
  const story: Story = {
    id: 'story-1',
    title: 'Rebuilt the churn model',
    situation: 's',
    task: 't',
    action: 'a',
    result: 'r',
    outcome: 'Churn down 4%',
    qualities: ['customer obsession'],
    questions: [],
    createdAt: 1,
    updatedAt: 1,
  };

  it('counts requirements, stories per quality, questions practised and mistakes checked', () => {
    const rows = requirementRows(JOB.requirements, [record('3+ years of data scientist experience', { done: true })]);
    const done = new Set(['questions/tell-me-about-yourself', `mistakes/${guide.mistakes[0]?.id ?? ''}`]);
    const summary = applicationSummary(JOB, guide, rows, [story], done);
    expect(summary.requirements).toMatchObject({ covered: 1, total: 3 });
    expect(summary.questions).toEqual({ covered: 1, total: guide.questions.length });
    expect(summary.mistakes).toEqual({ covered: 1, total: guide.mistakes.length });
    expect(summary.qualities.find((quality) => quality.name === 'Customer Obsession')?.stories).toEqual([
      'Rebuilt the churn model',
    ]);

    const text = summaryText(summary);
    expect(text).toContain('Before applying: Data Scientist II, Amazon Ads at Amazon.com Services LLC');
    expect(text).toContain('Requirements covered: 1 of 3');
    expect(text).toContain('  [ ] Experience designing and analysing A/B tests');
    expect(text).toContain('  Customer Obsession: Rebuilt the churn model');
    expect(text).toContain('  Ownership Mentality: no story yet');
    expect(text).toContain(`Questions practised: 1 of ${guide.questions.length}`);
  });
});

describe('a requirement the user types in', () => {
  it('is kept with its spaces made single', () => {
    expect(typedRequirement('  Five years of\n  SQL\t ')).toBe('Five years of SQL');
  });

  it('is refused, in words, when empty or longer than a stored requirement', () => {
    expect(() => typedRequirement(' \n ')).toThrow('Write the requirement first.');
    expect(typedRequirement('x'.repeat(400))).toHaveLength(400);
    expect(() => typedRequirement('x'.repeat(401))).toThrow('Keep a requirement under 400 characters.');
  });

  it('keeps a note of only spaces as no note, and other changes as they are', () => {
    expect(cleanChange({ note: '   ' })).toEqual({ note: undefined });
    expect(cleanChange({ note: ' Led the A/B platform ' })).toEqual({ note: 'Led the A/B platform' });
    expect(cleanChange({ done: true })).toEqual({ done: true });
  });
});
