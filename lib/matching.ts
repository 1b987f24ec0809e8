import { canonicalCompany, unitNamedIn, type CanonicalCompany } from './companies';
import type { Guide } from './guides/schema';
import type { DetectedJob } from './job';
import { matchRole, type RoleMatch } from './roles';

/** What the side panel and the badge need to know about a recognised job. */
export type GuideMatch =
  | { kind: 'exact'; guide: Guide; company: CanonicalCompany; role: RoleMatch }
  | { kind: 'none'; reason: 'unknown-company' | 'unknown-role' | 'no-guide'; company?: CanonicalCompany; role?: RoleMatch };

/** The company of a job, with the unit its name gives or, failing that, its title. */
export function companyOfJob(job: Pick<DetectedJob, 'company' | 'title'>): CanonicalCompany | undefined {
  const company = canonicalCompany(job.company);
  if (!company || company.unit) return company;
  const unit = unitNamedIn(job.title, company.id);
  return unit ? { ...company, unit } : company;
}

export function matchGuide(
  job: Pick<DetectedJob, 'company' | 'title'>,
  guides: readonly Guide[],
): GuideMatch {
  const company = companyOfJob(job);
  const role = matchRole(job.title);
  if (!company) return { kind: 'none', reason: 'unknown-company', ...(role ? { role } : {}) };
  if (!role) return { kind: 'none', reason: 'unknown-role', company };
  const guide = guides.find((candidate) => candidate.company.id === company.id && candidate.role.family === role.family);
  return guide ? { kind: 'exact', guide, company, role } : { kind: 'none', reason: 'no-guide', company, role };
}
