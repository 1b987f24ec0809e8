import { useState } from 'react';
import { BrandBar } from '../shared/BrandBar';
import { ErrorState } from '../shared/ErrorState';
import { GuideLibraryProvider } from '../shared/GuideLibraryProvider';
import { useTabClosed, useTabJob } from '../shared/use-tab-job';
import { JobPanel } from './JobPanel';
import { LoadingState } from '../shared/LoadingState';
import { StorageNotice } from './StorageNotice';
import { TabClosedState } from './TabClosedState';
import './sidepanel.css';

/**
 * The side panel: the job recognised on its tab (the pinned one, or the active one) and
 * the guide that matches it. When the pinned tab closes, the user may follow the active tab.
 */
export function SidePanelApp({ fixedTabId }: { fixedTabId?: number }) {
  return (
    <GuideLibraryProvider>
      <SidePanel fixedTabId={fixedTabId} />
    </GuideLibraryProvider>
  );
}

function SidePanel({ fixedTabId }: { fixedTabId?: number }) {
  const [pinnedTab, setPinnedTab] = useState(fixedTabId);
  const tab = useTabJob(pinnedTab);
  const closed = useTabClosed(pinnedTab);
  const followActiveTab = () => {
    // A reload of this page follows the active tab too.
    history.replaceState(null, '', location.pathname);
    setPinnedTab(undefined);
  };
  return (
    <div className="app app-panel">
      <BrandBar />
      <main className="app-main">
        <StorageNotice />
        {closed ? (
          <TabClosedState onFollowActive={followActiveTab} />
        ) : tab.status === 'loading' ? (
          <LoadingState />
        ) : tab.status === 'error' ? (
          <ErrorState message={tab.message} />
        ) : (
          // A new tab or a new listing starts afresh (no guide left open from the list).
          <JobPanel
            key={`${tab.tabId ?? 'none'}|${tab.state?.job?.url ?? ''}`}
            job={tab.state?.job}
            match={tab.match}
            reason={tab.state?.reason}
          />
        )}
      </main>
    </div>
  );
}
