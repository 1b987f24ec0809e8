import type { ReactNode } from 'react';
import type { CanonicalCompany } from '../../lib/job/companies';
import type { DetectedJob } from '../../lib/job/detected-job';
import type { RoleMatch } from '../../lib/job/roles';
import { Icon } from '../shared/Icon';
import { JobMeta } from '../shared/JobMeta';

/**
 * The job recognised on the tab. Everything from the page is rendered as text: a title
 * with markup in it shows the markup, it never runs; and isolated (`<bdi>`; the company and
 * location by base.css), so its direction cannot reorder the words around it.
 */
export function JobHeader({
  job,
  company,
  role,
  children,
}: {
  job: DetectedJob;
  company?: CanonicalCompany;
  role?: RoleMatch;
  /** A line under the job, e.g. which guide is shown. */
  children?: ReactNode;
}) {
  return (
    <header className="card job-header" data-testid="job-header">
      <p className="eyebrow">Recognised on {job.site}</p>
      <h1 className="job-title" data-testid="job-title">
        <bdi>{job.title}</bdi>
      </h1>
      <JobMeta job={job} company={company} level={role?.level} />
      <a className="job-link external-link" href={job.url} target="_blank" rel="noreferrer">
        View the listing
        <Icon name="external" className="external-icon" />
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      {children}
    </header>
  );
}
