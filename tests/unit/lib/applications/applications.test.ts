import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  companyKey,
  companyOptions,
  filterApplications,
  isCorrection,
  newApplication,
  preparationProgress,
  refreshedApplication,
  sortApplications,
  statusCounts,
  statusHistory,
  withStatus,
  type KeptJob,
} from '../../../../lib/applications/applications';
import { guideById } from '../../../../lib/guides/catalog';
import { ApplicationStore } from '../../../../lib/applications/store';
import { listenForChanges } from '../../../../lib/storage/changes';
import type { OpenDb } from '../../../../lib/storage/client';
import { DB_NAME, openPrepDb } from '../../../../lib/storage/db';
import { isQuotaError } from '../../../../lib/storage/errors';
import { APPLICATION_STATUSES, type Application, type TailoringRecord } from '../../../../lib/storage/schema';

const DAY = 24 * 60 * 60 * 1000;
const SEEN = Date.UTC(2025, 10, 20, 12);
const guide = guideById('amazon-data-scientist')!;

const ADS: KeptJob = {
  site: 'amazon.jobs',
  url: 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads',
  jobId: '2812345',
  title: 'Data Scientist II, Amazon Ads',
  company: 'Amazon.com Services LLC',
  location: 'Seattle, WA, US',
};
const AWS: KeptJob = {
  site: 'amazon.jobs',
  url: 'https://www.amazon.jobs/en-gb/jobs/2904411/sr-data-scientist-aws',
  jobId: '2904411',
  title: 'Sr. Data Scientist - AWS',
  company: 'Amazon Web Services, Inc.',
  location: 'GB, London',
};
const SPOTIFY: KeptJob = {
  site: 'Lever',
  url: 'https://jobs.lever.co/spotify/3f9c2a7e',
  jobId: '3f9c2a7e',
  title: 'Data Scientist - Personalization',
  company: 'Spotify',
};

function kept(job: KeptJob, change: Partial<Application> = {}): Application {
  return { ...newApplication(job, undefined, SEEN), ...change };
}

describe('a new application', () => {
  it('is saved, seen now, with the listing details and no notes', () => {
    expect(newApplication(ADS, 'amazon-data-scientist', SEEN)).toEqual({
      jobKey: 'amazon.jobs:2812345',
      title: ADS.title,
      company: ADS.company,
      url: ADS.url,
      location: ADS.location,
      guideId: 'amazon-data-scientist',
      status: 'saved',
      statusDates: { saved: SEEN },
      notes: '',
      seenAt: SEEN,
      updatedAt: SEEN,
    });
    expect(newApplication(SPOTIFY, undefined, SEEN)).not.toHaveProperty('location');
    expect(newApplication(SPOTIFY, undefined, SEEN)).not.toHaveProperty('guideId');
  });
});

describe('refreshing a kept job from its listing', () => {
  const stored = withStatus({ ...kept(ADS), notes: 'Referred by Sam' }, 'applied', SEEN + DAY);

  it('takes the new details and keeps status, dates and notes', () => {
    const refreshed = refreshedApplication(stored, { ...ADS, title: 'Data Scientist II (Ads)' }, 'amazon-data-scientist', SEEN + 2 * DAY)!;
    expect(refreshed).toMatchObject({ title: 'Data Scientist II (Ads)', guideId: 'amazon-data-scientist', updatedAt: SEEN + 2 * DAY });
    expect(refreshed).toMatchObject({ status: 'applied', statusDates: stored.statusDates, notes: 'Referred by Sam', seenAt: SEEN });
  });

  it('keeps a location and a guide the listing no longer gives', () => {
    const withGuide = { ...stored, guideId: 'amazon-data-scientist' };
    const refreshed = refreshedApplication(withGuide, { ...ADS, location: undefined, title: 'New title' }, undefined, SEEN + 2 * DAY)!;
    expect(refreshed.location).toBe(ADS.location);
    expect(refreshed.guideId).toBe('amazon-data-scientist');
  });

  it('is no change when the listing reads as before', () => {
    expect(refreshedApplication(stored, ADS, undefined, SEEN + 2 * DAY)).toBeUndefined();
  });
});

describe('status transitions', () => {
  it('lets the user set any status from any other', () => {
    for (const from of APPLICATION_STATUSES) {
      for (const to of APPLICATION_STATUSES) {
        const set = withStatus(withStatus(kept(ADS), from, SEEN + DAY), to, SEEN + 2 * DAY);
        expect(set.status, `${from} → ${to}`).toBe(to);
        expect(set.statusDates[to], `${from} → ${to}`).toBeDefined();
      }
    }
  });

  it('records the date of each step moving forward, and keeps the earlier ones', () => {
    const applied = withStatus(kept(ADS), 'applied', SEEN + 5 * DAY);
    const interviewing = withStatus(applied, 'interviewing', SEEN + 12 * DAY);
    expect(interviewing.statusDates).toEqual({ saved: SEEN, applied: SEEN + 5 * DAY, interviewing: SEEN + 12 * DAY });
    expect(interviewing.updatedAt).toBe(SEEN + 12 * DAY);
    // An outcome after an offer keeps the offer's date: the offer did happen.
    const withdrawn = withStatus(withStatus(interviewing, 'offer', SEEN + 20 * DAY), 'withdrawn', SEEN + 21 * DAY);
    expect(Object.keys(withdrawn.statusDates)).toEqual(['saved', 'applied', 'interviewing', 'offer', 'withdrawn']);
  });

  it('records the latest time a status was set', () => {
    const again = withStatus(withStatus(withStatus(kept(ADS), 'applied', SEEN + DAY), 'rejected', SEEN + 2 * DAY), 'applied', SEEN + 3 * DAY);
    expect(again.statusDates.applied).toBe(SEEN + 3 * DAY);
  });

  it('drops the dates of steps a correction says did not happen', () => {
    const interviewing = withStatus(withStatus(kept(ADS), 'applied', SEEN + DAY), 'interviewing', SEEN + 2 * DAY);
    const corrected = withStatus(interviewing, 'applied', SEEN + 3 * DAY);
    expect(corrected.statusDates).toEqual({ saved: SEEN, applied: SEEN + 3 * DAY });
    // Swapping one outcome for the other keeps the steps before it.
    const rejected = withStatus(interviewing, 'rejected', SEEN + 4 * DAY);
    const withdrawn = withStatus(rejected, 'withdrawn', SEEN + 5 * DAY);
    expect(withdrawn.statusDates).toEqual({ saved: SEEN, applied: SEEN + DAY, interviewing: SEEN + 2 * DAY, withdrawn: SEEN + 5 * DAY });
  });

  it('tells a correction from a step forward', () => {
    expect(isCorrection('interviewing', 'applied')).toBe(true);
    expect(isCorrection('rejected', 'withdrawn')).toBe(true);
    expect(isCorrection('rejected', 'interviewing')).toBe(true);
    expect(isCorrection('applied', 'rejected')).toBe(false);
    expect(isCorrection('saved', 'offer')).toBe(false);
    expect(isCorrection('applied', 'applied')).toBe(false);
  });

  it('changes nothing when the status is set again', () => {
    const applied = withStatus(kept(ADS), 'applied', SEEN + DAY);
    expect(withStatus(applied, 'applied', SEEN + 9 * DAY)).toBe(applied);
  });

  it('lists the dated statuses oldest first', () => {
    const application = withStatus(withStatus(kept(ADS), 'applied', SEEN + 5 * DAY), 'interviewing', SEEN + 12 * DAY);
    expect(statusHistory(application)).toEqual([
      { status: 'saved', at: SEEN },
      { status: 'applied', at: SEEN + 5 * DAY },
      { status: 'interviewing', at: SEEN + 12 * DAY },
    ]);
  });
});

describe('filtering and sorting the list', () => {
  const ads = withStatus(kept(ADS, { seenAt: SEEN, updatedAt: SEEN }), 'applied', SEEN + 9 * DAY);
  const aws = kept(AWS, { seenAt: SEEN + DAY, updatedAt: SEEN + DAY });
  const spotify = kept(SPOTIFY, { seenAt: SEEN + 2 * DAY, updatedAt: SEEN + 2 * DAY });
  const all = [aws, spotify, ads];

  it('counts each status and all', () => {
    expect(statusCounts(all)).toEqual({ all: 3, saved: 2, applied: 1, interviewing: 0, offer: 0, rejected: 0, withdrawn: 0 });
  });

  it('filters by status', () => {
    expect(filterApplications(all, { status: 'saved', company: '' })).toEqual([aws, spotify]);
    expect(filterApplications(all, { status: 'applied', company: '' })).toEqual([ads]);
    expect(filterApplications(all, { status: 'offer', company: '' })).toEqual([]);
    expect(filterApplications(all, { status: 'all', company: '' })).toEqual(all);
  });

  it('filters by company, case-insensitively and by the company the names mean', () => {
    expect(companyKey('Amazon Web Services, Inc.')).toBe(companyKey('amazon.com services llc'));
    expect(filterApplications(all, { status: 'all', company: 'AMAZON' })).toEqual([aws, ads]);
    expect(filterApplications(all, { status: 'all', company: 'spotify' })).toEqual([spotify]);
    expect(filterApplications(all, { status: 'saved', company: 'Amazon' })).toEqual([aws]);
    expect(filterApplications(all, { status: 'all', company: 'Spot' })).toEqual([]);
  });

  it('offers each company once, A to Z, with its count', () => {
    expect(companyOptions(all)).toEqual([
      { key: 'amazon', name: 'Amazon', count: 2 },
      { key: 'spotify', name: 'Spotify', count: 1 },
    ]);
  });

  it('sorts by date seen either way, and by last update', () => {
    expect(sortApplications(all, 'seen-newest')).toEqual([spotify, aws, ads]);
    expect(sortApplications(all, 'seen-oldest')).toEqual([ads, aws, spotify]);
    expect(sortApplications(all, 'updated')).toEqual([ads, spotify, aws]);
    // A copy: the list given stays as it was.
    expect(all).toEqual([aws, spotify, ads]);
  });
});

describe('preparation progress', () => {
  const record = (requirementId: string, done: boolean): TailoringRecord => ({
    jobKey: 'amazon.jobs:2812345',
    requirementId,
    text: 'SQL',
    addedByUser: false,
    done,
    updatedAt: 1,
  });

  it("counts the guide's ticks across its lists and the requirements covered", () => {
    const done = new Set([`checklist/${guide.checklist[0]!.id}`, `questions/${guide.questions[0]!.id}`, `mistakes/${guide.mistakes[1]!.id}`]);
    const progress = preparationProgress(guide, done, [record('r-a', true), record('r-b', false), record('r-c', true)]);
    expect(progress).toEqual({
      ticks: { covered: 3, total: guide.checklist.length + guide.mistakes.length + guide.questions.length },
      requirementsCovered: 2,
    });
  });

  it('ignores ticks of items the guide no longer has, and has no ticks without a guide', () => {
    expect(preparationProgress(guide, new Set(['checklist/gone-item']), []).ticks?.covered).toBe(0);
    expect(preparationProgress(undefined, new Set(), [record('r-a', true)])).toEqual({ requirementsCovered: 1 });
  });
});

describe('the application store', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('keeps a new job as saved, and keeping it again keeps status, dates and notes', async () => {
    const store = new ApplicationStore();
    const first = await store.keep(ADS, 'amazon-data-scientist');
    expect(first.outcome).toBe('added');
    await store.setJobStatus(first.application.jobKey, 'applied');
    await store.setNotes(first.application.jobKey, 'Referred by Sam');

    const again = await new ApplicationStore().keep({ ...ADS, title: 'Data Scientist II, Ads' });
    expect(again.outcome).toBe('updated');
    const { applications, unreadable } = await store.list();
    expect(unreadable).toBe(0);
    expect(applications).toHaveLength(1);
    expect(applications[0]).toMatchObject({
      title: 'Data Scientist II, Ads',
      guideId: 'amazon-data-scientist',
      status: 'applied',
      notes: 'Referred by Sam',
      seenAt: first.application.seenAt,
    });
    expect(Object.keys(applications[0]!.statusDates)).toEqual(['saved', 'applied']);
    expect((await store.keep({ ...ADS, title: 'Data Scientist II, Ads' })).outcome).toBe('unchanged');
  });

  it('announces a change to other views, and no change when nothing changed', async () => {
    let heard = 0;
    const stop = listenForChanges('applications', 'all', () => heard++);
    const store = new ApplicationStore();
    await store.keep(SPOTIFY);
    await store.keep(SPOTIFY);
    await store.setJobStatus('Lever:3f9c2a7e', 'applied');
    await store.remove('Lever:3f9c2a7e');
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(heard).toBe(3);
  });

  it('refuses notes that are too long, in words, and keeps the stored ones', async () => {
    const store = new ApplicationStore();
    const { application } = await store.keep(SPOTIFY);
    await store.setNotes(application.jobKey, 'First call on Monday');
    await expect(store.setNotes(application.jobKey, 'x'.repeat(10_001))).rejects.toThrow('keep the notes under 10,000 characters');
    expect((await store.get(application.jobKey))?.notes).toBe('First call on Monday');
  });

  it('says so when a job changed was removed in another window', async () => {
    const store = new ApplicationStore();
    const { application } = await store.keep(SPOTIFY);
    await new ApplicationStore().remove(application.jobKey);
    await expect(store.setJobStatus(application.jobKey, 'applied')).rejects.toThrow('no longer kept');
    expect((await store.list()).applications).toEqual([]);
  });

  it('counts a record that fails its schema, leaves it untouched and will not overwrite it', async () => {
    const db = await openPrepDb();
    const broken = { jobKey: 'amazon.jobs:2812345', title: '', status: 'hired' };
    await db.put('applications', broken as never);
    const store = new ApplicationStore();
    await store.keep(SPOTIFY);
    const loaded = await store.list();
    expect(loaded.unreadable).toBe(1);
    expect(loaded.applications.map((application) => application.company)).toEqual(['Spotify']);
    await expect(store.keep(ADS)).rejects.toThrow('left untouched');
    expect(await db.get('applications', 'amazon.jobs:2812345')).toEqual(broken);
    db.close();
  });

  it('keeps both changes when two windows keep and set the same job at once', async () => {
    const [first, second] = [new ApplicationStore(), new ApplicationStore()];
    await first.keep(ADS);
    await Promise.all([
      first.setJobStatus('amazon.jobs:2812345', 'applied'),
      second.setNotes('amazon.jobs:2812345', 'Recruiter: Jo'),
      second.keep({ ...ADS, location: 'Seattle, WA' }),
      first.keep(AWS),
      second.keep(SPOTIFY),
    ]);
    const { applications } = await new ApplicationStore().list();
    expect(applications.map((application) => application.jobKey).sort()).toEqual(['Lever:3f9c2a7e', 'amazon.jobs:2812345', 'amazon.jobs:2904411']);
    expect(applications.find((application) => application.jobKey === 'amazon.jobs:2812345')).toMatchObject({
      status: 'applied',
      notes: 'Recruiter: Jo',
      location: 'Seattle, WA',
    });
  });

  it('surfaces a full disk as the quota error, and what was kept before stays', async () => {
    await new ApplicationStore().keep(ADS);
    const quota = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    // Every write a transaction makes is refused, as a full disk refuses it.
    const withOverride = <T extends object>(target: T, name: string | symbol, replacement: unknown): T =>
      new Proxy(target, {
        get(inner, property) {
          if (property === name) return replacement;
          const value: unknown = Reflect.get(inner, property, inner);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(inner) : value;
        },
      });
    const fullDisk: OpenDb = async (events) => {
      const db = await openPrepDb(DB_NAME, events);
      // The store only opens readwrite transactions on its own object store.
      return withOverride(db, 'transaction', () => {
        const tx = db.transaction('applications', 'readwrite');
        return withOverride(tx, 'store', withOverride(tx.store, 'put', quota));
      });
    };
    const full = new ApplicationStore(fullDisk);
    await expect(full.keep(SPOTIFY)).rejects.toSatisfy(isQuotaError);
    await expect(full.setJobStatus('amazon.jobs:2812345', 'offer')).rejects.toSatisfy(isQuotaError);
    const { applications } = await new ApplicationStore().list();
    expect(applications.map((application) => [application.jobKey, application.status])).toEqual([['amazon.jobs:2812345', 'saved']]);
  });
});
