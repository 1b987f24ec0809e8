import { BrandBar } from './BrandBar';
import { ErrorState } from './ErrorState';
import { useTabJob } from './hooks';
import { JobPanel } from './JobPanel';
import { LoadingState } from './LoadingState';

/**
 * The side panel: the job recognised on its tab (the pinned one, or the active one) and
 * the guide that matches it.
 */
export function SidePanelApp({ fixedTabId }: { fixedTabId?: number }) {
  const tab = useTabJob(fixedTabId);
  return (
    <div className="app app-panel">
      <BrandBar />
      <main className="app-main">
        {tab.status === 'loading' ? (
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
