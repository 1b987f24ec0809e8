import { useEffect, useRef } from 'react';
import type { DetectedJob } from '../../lib/job/detected-job';
import type { GuideMatch } from '../../lib/guides/matching';
import { useSaveJob } from '../applications/use-applications';
import { ApplicationsLink } from '../applications/ApplicationsLink';
import { ErrorNotice } from '../shared/ErrorNotice';
import { Icon } from '../shared/Icon';
import { JobMeta } from '../shared/JobMeta';
import { guideLabel } from '../shared/wording';

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
      <h1 className="popup-title">
        <bdi>{job.title}</bdi>
      </h1>
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
      <SaveJob job={job} guideId={match?.kind === 'exact' ? match.guide.id : undefined} />
    </div>
  );
}

/** Keeps the job among the user's applications, with or without a guide for it. */
function SaveJob({ job, guideId }: { job: DetectedJob; guideId: string | undefined }) {
  const { state, save } = useSaveJob(job, guideId);
  const link = useRef<HTMLAnchorElement>(null);
  const pressed = useRef(false);

  // The button pressed is gone once saved: the focus moves on to the link that follows.
  useEffect(() => {
    if (state.status === 'saved' && pressed.current) link.current?.focus();
  }, [state.status]);

  return (
    <>
      {/* Always present, so the change to "Saved" is announced. */}
      <p role="status" className={state.status === 'saved' ? 'match match-yes' : 'visually-hidden'} data-testid="popup-saved">
        {state.status === 'saved' ? (
          <>
            <Icon name="check" />
            <span>Saved to your applications</span>
          </>
        ) : null}
      </p>
      {state.status === 'saved' ? (
        <ApplicationsLink className="button button-quiet button-small" linkRef={link} />
      ) : (
        <>
          {state.error ? <ErrorNotice>{state.error}</ErrorNotice> : null}
          <button
            type="button"
            className="button button-secondary button-block"
            disabled={state.status === 'saving'}
            onClick={() => {
              pressed.current = true;
              save();
            }}
          >
            {state.status === 'saving' ? 'Saving…' : 'Save job'}
          </button>
        </>
      )}
    </>
  );
}
