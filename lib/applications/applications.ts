import { canonicalCompany, simplifyCompanyName } from '../job/companies';
import type { Guide } from '../guides/schema';
import type { DetectedJob } from '../job/detected-job';
import type { DoneItems } from '../storage/progress';
import { APPLICATION_STATUSES, itemKey, type Application, type ApplicationStatus, type TailoringRecord } from '../storage/schema';
import { jobKey } from '../job/detected-job';
import { type Coverage } from '../tailoring/requirements';

/** What a job needs for PrepPanel to keep it: what the listing said, and where it is. */
export type KeptJob = Pick<DetectedJob, 'site' | 'url' | 'jobId' | 'title' | 'company' | 'location'>;

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/**
 * How far along an application a status is. Rejected and withdrawn are outcomes that can
 * follow any step, so they share the last rank.
 */
const STATUS_RANK: Record<ApplicationStatus, number> = {
  saved: 0,
  applied: 1,
  interviewing: 2,
  offer: 3,
  rejected: 4,
  withdrawn: 4,
};

/** A job the user keeps for the first time: saved, seen and updated now. */
export function newApplication(job: KeptJob, guideId: string | undefined, now: number): Application {
  return {
    jobKey: jobKey(job),
    title: job.title,
    company: job.company,
    url: job.url,
    ...(job.location ? { location: job.location } : {}),
    ...(guideId ? { guideId } : {}),
    status: 'saved',
    statusDates: { saved: now },
    notes: '',
    seenAt: now,
    updatedAt: now,
  };
}

/**
 * A kept job with the listing's details as they read now. What the user did (status,
 * dates, notes) is theirs and never changes here; a location or guide the listing no
 * longer gives is kept rather than lost. `undefined` when nothing changed.
 */
export function refreshedApplication(stored: Application, job: KeptJob, guideId: string | undefined, now: number): Application | undefined {
  const location = job.location ?? stored.location;
  const guide = guideId ?? stored.guideId;
  const unchanged =
    stored.title === job.title && stored.company === job.company && stored.url === job.url && stored.location === location && stored.guideId === guide;
  if (unchanged) return undefined;
  return {
    ...stored,
    title: job.title,
    company: job.company,
    url: job.url,
    ...(location ? { location } : {}),
    ...(guide ? { guideId: guide } : {}),
    updatedAt: now,
  };
}

/**
 * Whether moving from `from` to `to` goes back to an earlier step (or swaps one outcome for
 * the other): the user is correcting a mistake, not recording a new event.
 */
export function isCorrection(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return from !== to && STATUS_RANK[to] <= STATUS_RANK[from];
}

/**
 * The application with its status set to `status` at `now`. The user may set any status
 * from any other, since people correct mistakes; the dates stay honest:
 * - the status set gets `now`, the latest time it was set;
 * - moving forward keeps every earlier date (applied on the 25th, interviewing on the 2nd);
 * - a correction (back to an earlier step, or rejected ↔ withdrawn) drops the dates of
 *   every status ranked after the new one, as the user says those did not happen;
 * - setting the status it already has changes nothing.
 */
export function withStatus(application: Application, status: ApplicationStatus, now: number): Application {
  if (application.status === status) return application;
  const correcting = isCorrection(application.status, status);
  const statusDates: Application['statusDates'] = {};
  for (const kept of APPLICATION_STATUSES) {
    const at = application.statusDates[kept];
    if (at === undefined || kept === status) continue;
    if (correcting && STATUS_RANK[kept] >= STATUS_RANK[status]) continue;
    statusDates[kept] = at;
  }
  statusDates[status] = now;
  return { ...application, status, statusDates, updatedAt: now };
}

/** Each status the application has a date for, oldest first: "Saved 20 Nov · Applied 25 Nov". */
export function statusHistory(application: Application): { status: ApplicationStatus; at: number }[] {
  return APPLICATION_STATUSES.flatMap((status) => {
    const at = application.statusDates[status];
    return at === undefined ? [] : [{ status, at }];
  }).sort((a, b) => a.at - b.at || STATUS_RANK[a.status] - STATUS_RANK[b.status]);
}

/** The company as the user thinks of it: the canonical name when PrepPanel knows it ("Amazon"). */
export function companyName(company: string): string {
  return canonicalCompany(company)?.name ?? company.replace(/\s+/g, ' ').trim();
}

/** A company compared case-insensitively, with punctuation and legal suffixes set aside. */
export function companyKey(company: string): string {
  const name = companyName(company);
  return simplifyCompanyName(name) || name.toLowerCase();
}

export interface CompanyOption {
  key: string;
  name: string;
  count: number;
}

/** The companies of the kept jobs, A to Z, each with how many jobs it has. */
export function companyOptions(applications: readonly Application[]): CompanyOption[] {
  const byKey = new Map<string, CompanyOption>();
  for (const application of applications) {
    const key = companyKey(application.company);
    const option = byKey.get(key) ?? { key, name: companyName(application.company), count: 0 };
    option.count++;
    byKey.set(key, option);
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

export type StatusFilter = ApplicationStatus | 'all';

/** How many kept jobs have each status, and all of them. */
export function statusCounts(applications: readonly Application[]): Record<StatusFilter, number> {
  const counts = { all: applications.length } as Record<StatusFilter, number>;
  for (const status of APPLICATION_STATUSES) counts[status] = 0;
  for (const application of applications) counts[application.status]++;
  return counts;
}

export interface ApplicationFilter {
  status: StatusFilter;
  /** A company key (see `companyKey`), or a company as typed; empty for every company. */
  company: string;
}

export function filterApplications(applications: readonly Application[], filter: ApplicationFilter): Application[] {
  const company = filter.company.trim() ? companyKey(filter.company) : undefined;
  return applications.filter(
    (application) =>
      (filter.status === 'all' || application.status === filter.status) && (company === undefined || companyKey(application.company) === company),
  );
}

export const APPLICATION_SORTS = ['seen-newest', 'seen-oldest', 'updated'] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];

export const SORT_LABELS: Record<ApplicationSort, string> = {
  'seen-newest': 'Date seen, newest first',
  'seen-oldest': 'Date seen, oldest first',
  updated: 'Last updated',
};

/** A sorted copy; ties keep a stable order by title, so the list does not jump about. */
export function sortApplications(applications: readonly Application[], sort: ApplicationSort): Application[] {
  const byTitle = (a: Application, b: Application) => a.title.localeCompare(b.title, 'en') || a.jobKey.localeCompare(b.jobKey);
  const compare: Record<ApplicationSort, (a: Application, b: Application) => number> = {
    'seen-newest': (a, b) => b.seenAt - a.seenAt,
    'seen-oldest': (a, b) => a.seenAt - b.seenAt,
    updated: (a, b) => b.updatedAt - a.updatedAt,
  };
  return [...applications].sort((a, b) => compare[sort](a, b) || byTitle(a, b));
}

/**
 * How far the user has prepared for a kept job: the ticks of its guide (every list the
 * user ticks), and the listing's requirements they marked covered. The number of
 * requirements a listing states is not kept with the job, so only the covered ones count.
 */
export interface PreparationProgress {
  /** Absent when the job has no guide (or the guide is no longer bundled). */
  ticks?: Coverage;
  requirementsCovered: number;
}

export function preparationProgress(guide: Guide | undefined, done: DoneItems, tailoring: readonly TailoringRecord[]): PreparationProgress {
  const requirementsCovered = tailoring.filter((record) => record.done).length;
  if (!guide) return { requirementsCovered };
  const lists = [
    ['checklist', guide.checklist],
    ['mistakes', guide.mistakes],
    ['questions', guide.questions],
  ] as const;
  let covered = 0;
  let total = 0;
  for (const [list, items] of lists) {
    total += items.length;
    covered += items.filter((item) => done.has(itemKey(list, item.id))).length;
  }
  return { ticks: { covered, total }, requirementsCovered };
}
