import { useState } from 'react';
import { openSidePanel } from '../../lib/extension/browser-ui';
import { ApplicationsLink } from '../applications/ApplicationsLink';
import { BrandBar } from '../shared/BrandBar';
import { ErrorNotice } from '../shared/ErrorNotice';
import { GuideLibraryProvider } from '../shared/GuideLibraryProvider';
import { usePanelShortcut } from '../shared/use-panel-shortcut';
import { useSiteAccess } from './use-site-access';
import { useTabJob } from '../shared/use-tab-job';
import { Icon } from '../shared/Icon';
import { PopupJobSummary } from './PopupJobSummary';
import { ShortcutKeys } from '../shared/ShortcutKeys';
import { SiteAccessControl } from './SiteAccessControl';
import './popup.css';

/**
 * The toolbar popup: what PrepPanel recognised on the current tab (which the user may save
 * to their applications), and the way into the side panel (also reachable with the
 * keyboard shortcut). It matches the job against the imported guides too, as the badge and
 * the side panel do.
 */
export function PopupApp({ fixedTabId }: { fixedTabId?: number }) {
  return (
    <GuideLibraryProvider>
      <Popup fixedTabId={fixedTabId} />
    </GuideLibraryProvider>
  );
}

function Popup({ fixedTabId }: { fixedTabId?: number }) {
  const tab = useTabJob(fixedTabId);
  const shortcut = usePanelShortcut();
  // A page that one of our scripts has read (job or not) is on a site PrepPanel already covers.
  const siteAccess = useSiteAccess(tab.status === 'ready' ? tab.tabId : undefined, tab.status === 'ready' && Boolean(tab.state));
  const [error, setError] = useState<string>();

  const openPanel = () => {
    if (tab.status !== 'ready') return;
    // Straight from the click: the browser only opens the panel inside a user gesture.
    openSidePanel(tab.tabId).then(
      () => window.close(),
      (reason: unknown) => setError(`The side panel could not be opened: ${reason instanceof Error ? reason.message : String(reason)}`),
    );
  };

  return (
    <div className="app app-popup">
      <BrandBar />
      <main className="popup-main">
        <div className="card popup-card" aria-busy={tab.status === 'loading'}>
          {tab.status === 'loading' ? (
            <div role="status">
              <span className="visually-hidden">Reading the job on this tab…</span>
              <span className="skeleton skeleton-line short" aria-hidden="true" />
              <span className="skeleton skeleton-line title" aria-hidden="true" />
              <span className="skeleton skeleton-line medium" aria-hidden="true" />
            </div>
          ) : tab.status === 'error' ? (
            <div role="alert">
              <h1 className="popup-title">PrepPanel could not read this tab</h1>
              <p className="error-message">{tab.message}</p>
            </div>
          ) : tab.state?.job ? (
            <PopupJobSummary job={tab.state.job} match={tab.match} />
          ) : (
            <div data-testid="popup-no-job">
              <h1 className="popup-title">No job listing recognised on this tab</h1>
              <p className="muted">
                PrepPanel reads job listings on amazon.jobs, LinkedIn, Indeed, Glassdoor and the career sites that run
                on Greenhouse, Lever, Workday, Ashby, SmartRecruiters and Workable. You can still browse its guides in
                the side panel.
              </p>
              <SiteAccessControl access={siteAccess} />
              <ApplicationsLink className="button button-quiet button-small" />
            </div>
          )}
        </div>

        {error ? <ErrorNotice>{error}</ErrorNotice> : null}

        <button
          type="button"
          className="button button-primary button-block"
          disabled={tab.status === 'loading'}
          onClick={openPanel}
        >
          <Icon name="panel" />
          Open side panel
        </button>
        {shortcut === undefined ? null : (
          <p className="shortcut" data-testid="popup-shortcut">
            {shortcut ? (
              <>
                Shortcut:{' '}
                <ShortcutKeys shortcut={shortcut} />
              </>
            ) : (
              'No keyboard shortcut is set: you can choose one in your browser’s extension shortcuts settings.'
            )}
          </p>
        )}
      </main>
    </div>
  );
}
