import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { browser } from 'wxt/browser';
import { panelShortcut } from '../../lib/extension/browser-ui';
import { matchGuide, type GuideMatch } from '../../lib/guides/matching';
import type { SiteEnabledMessage } from '../../lib/extension/messages';
import { disableSite, isSiteEnabled, requestSite, sitePattern } from '../../lib/extension/site-access';
import type { PrepDbClient, StorageStatus } from '../../lib/storage/client';
import type { DoneItems, ProgressStore } from '../../lib/storage/progress';
import { itemKey, type ProgressList } from '../../lib/storage/schema';
import { readTabState, watchTabState, type TabState } from '../../lib/extension/tab-state';
import { failureText, unreadableNotice } from './data-hooks';
import { useGuideLibrary } from './GuideLibraryProvider';
import { useMounted } from './live-load';
import { STORES, WATCHED_STORES } from './stores';

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

const store = STORES.progress;

export interface Progress {
  status: 'loading' | 'ready' | 'error';
  done: DoneItems;
  /** A load or save failure, or stored ticks that failed their schema (left untouched). */
  error?: string;
  toggle(list: ProgressList, itemId: string, done: boolean): void;
}

/** A guide's ticks, kept in step with every other open view. */
export function useProgress(guideId: string | undefined, progressStore: ProgressStore = store): Progress {
  // What was last loaded, and for which guide: a different guide shows as loading.
  const [loaded, setLoaded] = useState<{ guideId: string; done: DoneItems; notice?: string }>();
  const [loadError, setLoadError] = useState<{ guideId: string; message: string }>();
  const [saveError, setSaveError] = useState<string>();
  // Ticks made here so far. A reload that began before the latest tick would bring back the
  // state before it: its result is dropped, and the reload the tick's own save announces wins.
  const ticks = useRef(0);
  const mounted = useMounted();

  useEffect(() => {
    if (!guideId) return;
    let live = true;
    const reload = () => {
      const ticksAtStart = ticks.current;
      const current = () => live && ticks.current === ticksAtStart;
      return progressStore.load(guideId).then(
        ({ done, unreadable }) => current() && setLoaded({ guideId, done, notice: unreadableNotice(unreadable, 'tick', 'ticks') }),
        (reason: unknown) => live && setLoadError({ guideId, message: `Your progress could not be loaded: ${failureText(reason)}` }),
      );
    };
    void reload();
    const unsubscribe = progressStore.subscribe(guideId, () => void reload());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [guideId, progressStore]);

  const toggle = useCallback(
    (list: ProgressList, itemId: string, value: boolean) => {
      if (!guideId) return;
      const key = itemKey(list, itemId);
      const apply = (on: boolean) =>
        setLoaded((previous) => {
          if (previous?.guideId !== guideId) return previous;
          const done = new Set(previous.done);
          if (on) done.add(key);
          else done.delete(key);
          return { ...previous, done };
        });
      ticks.current++;
      apply(value);
      setSaveError(undefined);
      progressStore.setDone(guideId, list, itemId, value).catch((reason: unknown) => {
        if (!mounted()) return;
        apply(!value);
        setSaveError(`That tick was not saved: ${failureText(reason)}`);
      });
    },
    [guideId, progressStore, mounted],
  );

  return useMemo((): Progress => {
    const error = (loadError?.guideId === guideId ? loadError?.message : undefined) ?? saveError;
    if (loaded && loaded.guideId === guideId) return { status: 'ready', done: loaded.done, error: error ?? loaded.notice, toggle };
    return { status: error ? 'error' : 'loading', done: NOTHING_DONE, error, toggle };
  }, [loaded, loadError, saveError, guideId, toggle]);
}

const NOTHING_DONE: DoneItems = new Set();

/**
 * `waiting-for-old-window` while any of the stores waits for an older PrepPanel window to
 * close before its database upgrade can run; `ready` otherwise.
 */
export function useStorageStatus(stores: readonly PrepDbClient[] = WATCHED_STORES): StorageStatus {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const stops = stores.map((client) => client.onStatus(onChange));
      return () => stops.forEach((stop) => stop());
    },
    [stores],
  );
  const waiting = () => stores.some((client) => client.status === 'waiting-for-old-window');
  return useSyncExternalStore(subscribe, () => (waiting() ? 'waiting-for-old-window' : 'ready'));
}

/** The keyboard shortcut that opens the panel, as the user has set it (`undefined` while unknown). */
export function usePanelShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    let live = true;
    panelShortcut().then(
      (keys) => live && setShortcut(keys),
      () => live && setShortcut(''),
    );
    return () => {
      live = false;
    };
  }, []);
  return shortcut;
}

export type SiteAccess =
  | { status: 'unknown' }
  | { status: 'enabled' | 'disabled'; pattern: string; host: string; error?: string; enable(): void; disable(): void };

/**
 * Whether PrepPanel may read the site open in a tab that no job-site script covers, and
 * the actions that change it. The tab's address is known from the toolbar click (activeTab).
 */
export function useSiteAccess(tabId: number | undefined, coveredBySiteScript: boolean): SiteAccess {
  const [site, setSite] = useState<{ pattern: string; host: string; enabled: boolean }>();
  const [error, setError] = useState<string>();
  const mounted = useMounted();

  useEffect(() => {
    if (tabId === undefined || coveredBySiteScript) return;
    let live = true;
    browser.tabs
      .get(tabId)
      .then(async (tab) => {
        const pattern = sitePattern(tab.url);
        if (!pattern || !live) return;
        const enabled = await isSiteEnabled(pattern);
        if (live) setSite({ pattern, host: new URL(tab.url ?? '').hostname, enabled });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [tabId, coveredBySiteScript]);

  return useMemo((): SiteAccess => {
    if (!site || tabId === undefined || coveredBySiteScript) return { status: 'unknown' };
    const fail = (reason: unknown) => mounted() && setError(reason instanceof Error ? reason.message : String(reason));
    return {
      status: site.enabled ? 'enabled' : 'disabled',
      pattern: site.pattern,
      host: site.host,
      error,
      // Straight from the click: the browser asks the user only inside a user gesture.
      enable: () => {
        requestSite(site.pattern).then((granted) => {
          if (!mounted()) return;
          if (!granted) return setError(`PrepPanel was not given access to ${site.host}.`);
          setSite({ ...site, enabled: true });
          const message: SiteEnabledMessage = { type: 'site-enabled', tabId };
          return browser.runtime.sendMessage(message);
        }, fail);
      },
      disable: () => {
        disableSite(site.pattern).then(() => mounted() && setSite({ ...site, enabled: false }), fail);
      },
    };
  }, [site, tabId, coveredBySiteScript, error, mounted]);
}
