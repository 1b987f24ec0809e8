import { useEffect, useRef, useState } from 'react';
import { guideById } from '../lib/guides/catalog';
import { layersLabel } from '../lib/guides/layers';
import type { DetectedJob } from '../lib/job';
import type { GuideMatch } from '../lib/matching';
import { BrowsedGuideHeader } from './BrowsedGuideHeader';
import { useKeepShownJob } from './applications-hooks';
import { ApplicationsLink } from './ApplicationsLink';
import { useTailoring } from './data-hooks';
import { GuideBrowser } from './GuideBrowser';
import { GuideView } from './GuideView';
import { JobHeader } from './JobHeader';
import { NoGuideState } from './NoGuideState';
import { NoJobState } from './NoJobState';
import { guideLabel, sourceLabel } from './wording';

/**
 * What the panel shows for one tab's job: the matching guide, or an explanation and the
 * guide list, from which any guide can be opened (and closed again); above it, the way to
 * the user's applications.
 */
interface JobPanelProps {
  job: DetectedJob | null | undefined;
  match: GuideMatch | undefined;
  /** Why the tab's page shows no job, when recognition said. */
  reason?: string;
}

export function JobPanel(props: JobPanelProps) {
  return (
    <>
      <nav className="panel-links" aria-label="PrepPanel pages">
        <ApplicationsLink />
      </nav>
      <JobContent {...props} />
    </>
  );
}

function JobContent({ job, match, reason }: JobPanelProps) {
  const [browsing, setBrowsing] = useState<string>();
  const opened = useRef<string | undefined>(undefined);
  const backButton = useRef<HTMLButtonElement>(null);

  // Keep keyboard focus where the user is: on "Back" after opening a guide, and on the
  // guide they opened after coming back.
  useEffect(() => {
    if (browsing) {
      window.scrollTo(0, 0);
      backButton.current?.focus();
    } else if (opened.current) {
      document.querySelector<HTMLElement>(`[data-guide="${opened.current}"]`)?.focus();
    }
  }, [browsing]);

  const open = (guideId: string) => {
    opened.current = guideId;
    setBrowsing(guideId);
  };

  const browsed = browsing ? guideById(browsing) : undefined;
  if (browsed) {
    return (
      <GuideView
        key={browsed.id}
        guide={browsed}
        header={<BrowsedGuideHeader guide={browsed} onBack={() => setBrowsing(undefined)} backRef={backButton} />}
      />
    );
  }

  if (job && match?.kind === 'exact') return <ListingGuide key={match.guide.id} job={job} match={match} />;

  return (
    <div className="stack">
      {job && match?.kind === 'none' ? (
        <NoGuideState job={job} reason={match.reason} company={match.company} role={match.role} />
      ) : (
        <NoJobState reason={reason} />
      )}
      <GuideBrowser
        onOpen={open}
        company={match?.kind === 'none' ? match.company : undefined}
        role={match?.kind === 'none' ? match.role : undefined}
      />
    </div>
  );
}

/**
 * The guide matched to a recognised listing, with the user's tailoring of that listing. The
 * job is kept among the user's applications as it is shown; a failure to keep it is said
 * quietly and never stands in the guide's way.
 */
function ListingGuide({ job, match }: { job: DetectedJob; match: Extract<GuideMatch, { kind: 'exact' }> }) {
  const tailoring = useTailoring(job);
  const keepFailure = useKeepShownJob(job, match.guide.id);
  return (
    <GuideView
      guide={match.guide}
      listing={{ job, tailoring }}
      header={
        <JobHeader job={job} company={match.company} role={match.role}>
          <p className="provenance">
            Guide: {guideLabel(match.guide)} ({layersLabel(match.guide, match.layers)}) — exact match,{' '}
            {sourceLabel(job.source, job.confidence)}.
          </p>
          {keepFailure ? (
            <p className="keep-failure" data-testid="keep-failure">
              This job could not be added to your applications: {keepFailure}
            </p>
          ) : null}
        </JobHeader>
      }
    />
  );
}
