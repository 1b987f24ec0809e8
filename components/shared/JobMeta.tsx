import type { CanonicalCompany } from '../../lib/job/companies';
import type { DetectedJob } from '../../lib/job/detected-job';
import type { Level } from '../../lib/job/roles';
import { Icon } from './Icon';
import { companyLabel, levelLabel } from './wording';

/** The company (canonical, with its unit, when known), location and level of a job. */
export function JobMeta({ job, company, level }: { job: DetectedJob; company?: CanonicalCompany; level?: Level }) {
  return (
    <ul className="job-meta">
      <li>
        <Icon name="building" />
        <span>{company ? companyLabel(company) : job.company}</span>
      </li>
      {job.location ? (
        <li>
          <Icon name="location" />
          <span>{job.location}</span>
        </li>
      ) : null}
      {level ? (
        <li>
          <span className="chip chip-quiet">{levelLabel(level)}</span>
        </li>
      ) : null}
    </ul>
  );
}
