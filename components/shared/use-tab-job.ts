import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { readTabState, watchTabState, type TabState } from '../../lib/extension/tab-state';
import { matchGuide, type GuideMatch } from '../../lib/guides/matching';
import { useGuideLibrary } from './GuideLibraryProvider';

export type TabJob =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; tabId: number | undefined; state: TabState | undefined; match: GuideMatch | undefined };

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The job recognised on a tab: the pinned tab when given, otherwise the active tab of this
 * window, followed as the user switches tabs.
 */
export function useTabJob(fixedTabId?: number): TabJob {
  // `undefined`: not known yet; `null`: this window has no active tab.
  const [activeTab, setActiveTab] = useState<number | null | undefined>(undefined);
  const [failure, setFailure] = useState<string>();
  const [tabState, setTabState] = useState<{ tabId: number; state: TabState | undefined }>();
  const tabId = fixedTabId ?? activeTab;
  const { library } = useGuideLibrary();

  useEffect(() => {
    if (fixedTabId !== undefined) return;
    let live = true;
    const follow = () =>
      activeTabId().then(
        (id) => live && setActiveTab(id ?? null),
        (error: unknown) => live && setFailure(String(error)),
      );
    void follow();
    const onActivated = () => void follow();
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixedTabId]);

  useEffect(() => {
    if (typeof tabId !== 'number') return;
    let live = true;
    const show = (state: TabState | undefined) => live && setTabState({ tabId, state });
    const stop = watchTabState(tabId, show);
    readTabState(tabId).then(show, (error: unknown) => live && setFailure(String(error)));
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);

  return useMemo((): TabJob => {
    if (failure) return { status: 'error', message: failure };
    if (tabId === null) return { status: 'ready', tabId: undefined, state: undefined, match: undefined };
    if (tabId === undefined || tabState?.tabId !== tabId) return { status: 'loading' };
    const job = tabState.state?.job;
    return { status: 'ready', tabId, state: tabState.state, match: job ? matchGuide(job, library.guides, library.layersOf) : undefined };
  }, [failure, tabId, tabState, library]);
}

/**
 * Whether the pinned tab was closed (or was gone already when the panel opened or
 * reloaded): the panel then has nothing left to follow.
 */
export function useTabClosed(fixedTabId: number | undefined): boolean {
  const [closedTab, setClosedTab] = useState<number>();
  useEffect(() => {
    if (fixedTabId === undefined) return;
    let live = true;
    const onRemoved = (removed: number) => {
      if (live && removed === fixedTabId) setClosedTab(removed);
    };
    browser.tabs.onRemoved.addListener(onRemoved);
    browser.tabs.get(fixedTabId).catch(() => live && setClosedTab(fixedTabId));
    return () => {
      live = false;
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, [fixedTabId]);
  return fixedTabId !== undefined && closedTab === fixedTabId;
}
