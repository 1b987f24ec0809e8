import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { disableSite } from '../lib/site-access';
import { openPrepDb } from '../lib/storage/db';
import { ProgressRecordSchema } from '../lib/storage/schema';

function describe(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

/** A company career site the user enabled: its host permission, e.g. `https://careers.example.com/*`. */
export interface EnabledSite {
  pattern: string;
  host: string;
  /** Plain http: worth showing, as the page is not encrypted. */
  insecure: boolean;
}

export type EnabledSites =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry(): void }
  | { status: 'ready'; sites: EnabledSite[]; error?: string; remove(site: EnabledSite): Promise<void> };

/** The single-site patterns that lib/site-access.ts asks for; not the manifest's wildcards. */
const SITE_PATTERN = /^(https?):\/\/([^*/]+)\/\*$/;

function toSite(pattern: string): EnabledSite | undefined {
  const [, scheme, host] = SITE_PATTERN.exec(pattern) ?? [];
  return scheme && host ? { pattern, host, insecure: scheme === 'http' } : undefined;
}

/** The sites the user has enabled, kept in step with permissions granted or removed elsewhere. */
export function useEnabledSites(): EnabledSites {
  const [sites, setSites] = useState<EnabledSite[]>();
  const [loadError, setLoadError] = useState<string>();
  const [removeError, setRemoveError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const load = () =>
      browser.permissions.getAll().then(
        ({ origins = [] }) => {
          if (!live) return;
          // Chrome lists the job sites' content-script matches among the origins: not the user's doing.
          const covered = new Set(browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []));
          const found = origins.flatMap((origin) => (covered.has(origin) ? [] : (toSite(origin) ?? [])));
          found.sort((a, b) => a.host.localeCompare(b.host));
          setSites(found);
          setLoadError(undefined);
        },
        (reason: unknown) => live && setLoadError(`The enabled sites could not be read: ${describe(reason)}`),
      );
    void load();
    const reload = () => void load();
    browser.permissions.onAdded.addListener(reload);
    browser.permissions.onRemoved.addListener(reload);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(reload);
      browser.permissions.onRemoved.removeListener(reload);
    };
  }, [attempt]);

  const remove = useCallback(async (site: EnabledSite) => {
    setRemoveError(undefined);
    try {
      await disableSite(site.pattern);
      setSites((current) => current?.filter((entry) => entry.pattern !== site.pattern));
    } catch (reason) {
      setRemoveError(`${site.host} could not be removed: ${describe(reason)}`);
    }
  }, []);

  return useMemo((): EnabledSites => {
    if (loadError) return { status: 'error', message: loadError, retry: () => setAttempt((n) => n + 1) };
    if (!sites) return { status: 'loading' };
    return { status: 'ready', sites, error: removeError, remove };
  }, [sites, loadError, removeError, remove]);
}

export interface DataCounts {
  /** Items ticked off in the guides (unticked records are not counted). */
  ticks: number;
  stories: number;
  /** Requirements with the user's work on them: ticked, evidence or added by hand. */
  requirementNotes: number;
}

export interface StorageUse {
  usage: number;
  quota: number;
}

export type StoredData =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry(): void }
  | { status: 'ready'; counts: DataCounts; storage: StorageUse | undefined; refresh(): void };

async function countData(): Promise<DataCounts> {
  const db = await openPrepDb();
  try {
    const progress = await db.getAll('progress');
    const ticks = progress.filter((row) => {
      const record = ProgressRecordSchema.safeParse(row);
      return record.success && record.data.done;
    }).length;
    return { ticks, stories: await db.count('stories'), requirementNotes: await db.count('tailoring') };
  } finally {
    db.close();
  }
}

async function storageUse(): Promise<StorageUse | undefined> {
  if (!navigator.storage?.estimate) return undefined;
  const { usage, quota } = await navigator.storage.estimate();
  return usage === undefined || quota === undefined ? undefined : { usage, quota };
}

/** What PrepPanel keeps on this device, counted again whenever the page is shown. */
export function useStoredData(): StoredData {
  const [data, setData] = useState<{ counts: DataCounts; storage: StorageUse | undefined }>();
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const load = () =>
      Promise.all([countData(), storageUse().catch(() => undefined)]).then(
        ([counts, storage]) => {
          if (!live) return;
          setData({ counts, storage });
          setError(undefined);
        },
        (reason: unknown) => live && setError(`Your data could not be read: ${describe(reason)}`),
      );
    void load();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [attempt]);

  return useMemo((): StoredData => {
    const again = () => setAttempt((n) => n + 1);
    if (error) return { status: 'error', message: error, retry: again };
    if (!data) return { status: 'loading' };
    return { status: 'ready', counts: data.counts, storage: data.storage, refresh: again };
  }, [data, error]);
}
