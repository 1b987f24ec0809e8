import type { DetectedJob } from '../lib/job';
import type { GuideMatch } from '../lib/matching';
import { Icon } from './Icon';
import { JobMeta } from './JobMeta';
import { guideLabel } from './wording';

const NO_GUIDE_REASON = {
  'unknown-company': 'The company is not one PrepPanel knows yet.',
  'unknown-role': 'The role in this title is not one PrepPanel knows yet.',
  'no-guide': 'The company and role are known, but there is no guide for them yet.',
} as const;

/** The popup's account of the tab: the job recognised there, and whether a guide matches. */
export function PopupJobSummary({ job, match }: { job: DetectedJob; match: GuideMatch | undefined }) {
  const company = match?.company;
  return (
    <div className="popup-job">
      <p className="eyebrow">On this tab</p>
      <h1 className="popup-title">{job.title}</h1>
      <JobMeta job={job} company={company} />
      {match?.kind === 'exact' ? (
        <p className="match match-yes">
          <Icon name="check" />
          <span>
            Guide ready: <strong>{guideLabel(match.guide)}</strong>
          </span>
        </p>
      ) : (
        <div className="match match-no">
          <Icon name="cross" />
          <span>
            <strong>No guide for this job yet.</strong> {match?.kind === 'none' ? NO_GUIDE_REASON[match.reason] : null}
          </span>
        </div>
      )}
    </div>
  );
}
