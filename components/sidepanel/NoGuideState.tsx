import type { CanonicalCompany } from '../../lib/job/companies';
import type { DetectedJob } from '../../lib/job/detected-job';
import type { RoleMatch } from '../../lib/job/roles';
import { Icon } from '../shared/Icon';
import { companyLabel, levelLabel } from '../shared/wording';

type Reason = 'unknown-company' | 'unknown-role' | 'no-guide';

function explanation(reason: Reason, company?: CanonicalCompany, role?: RoleMatch): string {
  switch (reason) {
    case 'unknown-company':
      return 'PrepPanel does not know this company yet, so it cannot pick a guide for it.';
    case 'unknown-role':
      return `PrepPanel knows ${company?.name ?? 'the company'}, but not the role in this job title yet.`;
    case 'no-guide':
      return `PrepPanel recognised both ${company?.name ?? 'the company'} and the role${role ? ` (${role.name})` : ''}, but no guide covers them together yet.`;
  }
}

/**
 * A job was recognised, but no bundled guide matches it: say so, and what was recognised.
 * Page text is isolated (`<bdi>`), so a title's direction cannot reorder the words after it.
 */
export function NoGuideState({
  job,
  reason,
  company,
  role,
}: {
  job: DetectedJob;
  reason: Reason;
  company?: CanonicalCompany;
  role?: RoleMatch;
}) {
  const companyName = company?.name ?? job.company;
  return (
    <div className="card empty-state" data-testid="state-no-guide">
      <span className="empty-icon" aria-hidden="true">
        <Icon name="book" />
      </span>
      <h1 className="empty-title">
        We don't have a guide for <bdi className="quoted">{job.title}</bdi> at <bdi>{companyName}</bdi> yet
      </h1>
      <p>{explanation(reason, company, role)}</p>
      <ul className="recognition">
        <li className={company ? 'is-known' : 'is-unknown'}>
          <Icon name={company ? 'check' : 'cross'} />
          <span className="recognition-label">Company</span>
          <span>
            {company ? (
              companyLabel(company)
            ) : (
              <>
                Not recognised (“<bdi>{job.company}</bdi>”)
              </>
            )}
          </span>
        </li>
        <li className={role ? 'is-known' : 'is-unknown'}>
          <Icon name={role ? 'check' : 'cross'} />
          <span className="recognition-label">Role</span>
          <span>{role ? `${role.name}${role.level ? `, ${levelLabel(role.level).toLowerCase()}` : ''}` : 'Not recognised'}</span>
        </li>
        <li className="is-unknown">
          <Icon name="cross" />
          <span className="recognition-label">Guide</span>
          <span>Not written yet</span>
        </li>
      </ul>
      {job.location ? (
        <p className="muted">
          <Icon name="location" /> <bdi>{job.location}</bdi>
        </p>
      ) : null}
      <p className="muted">The guides below may still help, especially one for the same company or role, and you can use any of them for this job.</p>
    </div>
  );
}
