import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { CanonicalCompany } from '../../lib/job/companies';
import { EVERY_GUIDE, type GuideQuery } from '../../lib/guides/search';
import { layersLabel, type GuideLayers } from '../../lib/guides/layers';
import type { Guide } from '../../lib/guides/schema';
import type { DetectedJob } from '../../lib/job/detected-job';
import type { GuideMatch } from '../../lib/guides/matching';
import type { RoleMatch } from '../../lib/job/roles';
import { BrowsedGuideHeader } from './browse/BrowsedGuideHeader';
import { useKeepShownJob } from '../applications/use-applications';
import { ApplicationsLink } from '../applications/ApplicationsLink';
import { useTailoring } from '../tailoring/use-tailoring';
import { GuideBrowser } from './browse/GuideBrowser';
import { useGuideLibrary } from '../shared/GuideLibraryProvider';
import { GuideView } from './guide/GuideView';
import { Icon } from '../shared/Icon';
import { JobHeader } from './JobHeader';
import { NoGuideState } from './NoGuideState';
import { NoJobState } from './NoJobState';
import { usePin } from './browse/use-pin';
import { guideLabel, sourceLabel } from '../shared/wording';

/**
 * What the panel shows for one tab's job: the guide the user pinned to it or the matching
 * guide, or an explanation and the guide list, from which any guide can be opened (and
 * closed again) or, on a listing, used for the job; above it, the way to the user's applications.
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

/** Where the keyboard focus goes once the view it belongs to shows. */
const FOCUS_AFTER = {
  browse: '[data-testid="browse-guides"]',
  unpin: '[data-testid="unpin-guide"]',
  listBack: '[data-testid="guide-list-back"]',
} as const;

function JobContent({ job, match, reason }: JobPanelProps) {
  const [browsing, setBrowsing] = useState<string>();
  const [listOpen, setListOpen] = useState(false);
  const [query, setQuery] = useState<GuideQuery>(EVERY_GUIDE);
  const opened = useRef<string | undefined>(undefined);
  const focusNext = useRef<keyof typeof FOCUS_AFTER | undefined>(undefined);
  const [focusRequest, setFocusRequest] = useState(0);
  const backButton = useRef<HTMLButtonElement>(null);
  const pin = usePin(job);
  const { library } = useGuideLibrary();

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

  // ...and on the control that follows from opening or closing the list, pinning or unpinning,
  // once the view it belongs to shows.
  useEffect(() => {
    const target = focusNext.current && document.querySelector<HTMLElement>(FOCUS_AFTER[focusNext.current]);
    if (!target) return;
    focusNext.current = undefined;
    window.scrollTo(0, 0);
    target.focus();
  }, [focusRequest]);
  const requestFocus = (target: keyof typeof FOCUS_AFTER) => {
    focusNext.current = target;
    setFocusRequest((count) => count + 1);
  };

  const open = (guideId: string) => {
    opened.current = guideId;
    setBrowsing(guideId);
  };
  const showList = (show: boolean) => {
    opened.current = undefined;
    setListOpen(show);
    requestFocus(show ? 'listBack' : 'browse');
  };
  const pinToJob = async (guideId: string) => {
    if (!(await pin.pin(guideId))) return;
    opened.current = undefined;
    setListOpen(false);
    requestFocus('unpin');
  };
  const unpin = async () => {
    // Without a recognised guide, the list shows again: the focus stays put.
    if ((await pin.unpin()) && match?.kind === 'exact') requestFocus('browse');
  };

  const browsed = browsing ? library.byId(browsing) : undefined;
  if (browsed) {
    return (
      <GuideView
        key={browsed.id}
        guide={browsed}
        header={<BrowsedGuideHeader guide={browsed} onBack={() => setBrowsing(undefined)} backRef={backButton} />}
      />
    );
  }

  const pinned = job && pin.guideId ? library.byId(pin.guideId) : undefined;
  const company = match?.company;
  const role = match?.role;
  const browser = (
    <GuideBrowser
      onOpen={open}
      query={query}
      onQuery={setQuery}
      company={company}
      role={role}
      pinChoice={job ? { pinnedGuideId: pinned?.id, onUse: (guideId) => void pinToJob(guideId) } : undefined}
    />
  );
  const pinError = pin.error ? (
    <p className="keep-failure" role="alert" data-testid="pin-failure">
      {pin.error}
    </p>
  ) : null;

  if (job && listOpen) {
    return (
      <div className="stack">
        <header className="card browsed-header">
          <button
            type="button"
            className="button button-quiet button-small back-button"
            data-testid="guide-list-back"
            onClick={() => showList(false)}
          >
            <Icon name="back" />
            Back to this job&rsquo;s guide
          </button>
          <p className="eyebrow">Guides</p>
          <h1 className="job-title">
            Choose a guide for <bdi>{job.title}</bdi>
          </h1>
          <p className="muted">Open any guide to read it, or use one for this job instead of the one shown.</p>
          {pinError}
        </header>
        {browser}
      </div>
    );
  }

  const shown = pinned
    ? { guide: pinned, layers: library.layersOf.get(pinned.id), pinned: true }
    : match?.kind === 'exact'
      ? { guide: match.guide, layers: match.layers, pinned: false }
      : undefined;
  if (job && shown) {
    return (
      <ListingGuide
        key={shown.guide.id}
        job={job}
        guide={shown.guide}
        company={company}
        role={role}
        provenance={
          shown.pinned
            ? `Guide pinned by you for this job: ${guideLabel(shown.guide)}${shown.layers ? ` (${layersLabel(shown.guide, shown.layers)})` : ''}.`
            : recognisedProvenance(job, shown.guide, shown.layers, company)
        }
        unpin={shown.pinned ? { label: match?.kind === 'exact' ? 'Unpin (use the recognised guide)' : 'Unpin this guide', onUnpin: () => void unpin() } : undefined}
        onBrowse={() => showList(true)}
        notice={pinError}
      />
    );
  }

  return (
    <div className="stack">
      {job && match?.kind === 'none' ? (
        <NoGuideState job={job} reason={match.reason} company={match.company} role={match.role} />
      ) : (
        <NoJobState reason={reason} />
      )}
      {pinError}
      {browser}
    </div>
  );
}

/**
 * Which guide recognition chose and how: an exact match of specifics, the company's process with
 * the general role questions, or the general role guide when the company has none.
 */
function recognisedProvenance(job: DetectedJob, guide: Guide, layers: GuideLayers | undefined, company?: CanonicalCompany): ReactNode {
  const source = sourceLabel(job.source, job.confidence);
  if (!layers || layers.specifics) {
    return `Guide: ${guideLabel(guide)}${layers ? ` (${layersLabel(guide, layers)})` : ''} — exact match, ${source}.`;
  }
  if (!layers.company || (company && layers.company !== company.id)) {
    // The company as the page names it is page text: isolated, so it cannot reorder the words after it.
    return (
      <>
        Guide: the general {guide.role.name} guide: no guide for <bdi>{company?.name ?? job.company}</bdi> yet — {source}.
      </>
    );
  }
  return `Guide: ${layersLabel(guide, layers)} — ${source}.`;
}

/**
 * The guide shown for a recognised listing, with the user's tailoring of that listing. The
 * job is kept among the user's applications as it is shown; a failure to keep it is said
 * quietly and never stands in the guide's way.
 */
function ListingGuide({
  job,
  guide,
  company,
  role,
  provenance,
  unpin,
  onBrowse,
  notice,
}: {
  job: DetectedJob;
  guide: Guide;
  company?: CanonicalCompany;
  role?: RoleMatch;
  provenance: ReactNode;
  /** Offered when the user pinned the guide. */
  unpin?: { label: string; onUnpin: () => void };
  onBrowse: () => void;
  notice?: ReactNode;
}) {
  const tailoring = useTailoring(job);
  const keepFailure = useKeepShownJob(job, guide.id);
  return (
    <GuideView
      guide={guide}
      listing={{ job, tailoring }}
      header={
        <JobHeader job={job} company={company} role={role}>
          <p className="provenance" data-testid="guide-provenance">
            {provenance}
          </p>
          <div className="guide-choice">
            {unpin ? (
              <button type="button" className="button button-secondary button-small" data-testid="unpin-guide" onClick={unpin.onUnpin}>
                {unpin.label}
              </button>
            ) : null}
            <button type="button" className="button button-quiet button-small" data-testid="browse-guides" onClick={onBrowse}>
              <Icon name="book" />
              Browse guides
            </button>
          </div>
          {notice}
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
