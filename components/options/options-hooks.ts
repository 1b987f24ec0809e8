import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  backupFileName,
  backupToJson,
  BACKUP_MAX_BYTES,
  describePreview,
  describeUnreadable,
  exportBackup,
  exportTooLargeReason,
  importBackup,
  importFailureText,
  parseBackup,
  previewImport,
  resetAll,
  tooLargeReason,
  type Backup,
  type ImportPreview,
} from '../../lib/backup';
import { disableSite } from '../../lib/extension/site-access';
import { openPrepDb, type PrepDb } from '../../lib/storage/db';
import { storageFailureText } from '../../lib/storage/errors';
import { PracticeRecordSchema, ProgressRecordSchema } from '../../lib/storage/schema';
import { failureText } from '../shared/failure-text';
import { useMounted } from '../shared/live-load';


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

/** The single-site patterns that lib/extension/site-access.ts asks for; not the manifest's wildcards. */
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
        (reason: unknown) => live && setLoadError(`The enabled sites could not be read: ${failureText(reason)}`),
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

  const mounted = useMounted();
  const remove = useCallback(
    async (site: EnabledSite) => {
      setRemoveError(undefined);
      try {
        await disableSite(site.pattern);
        if (mounted()) setSites((current) => current?.filter((entry) => entry.pattern !== site.pattern));
      } catch (reason) {
        if (mounted()) setRemoveError(`${site.host} could not be removed: ${failureText(reason)}`);
      }
    },
    [mounted],
  );

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
  applications: number;
  /** Questions practised out loud at least once. */
  practisedQuestions: number;
  recordings: number;
  /** What the recorded answers take up. */
  recordingBytes: number;
  importedGuides: number;
  /** Questions and checklist items the user added to guides. */
  ownItems: number;
}

export interface StorageUse {
  usage: number;
  quota: number;
}

export type StoredData =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry(): void }
  | { status: 'ready'; counts: DataCounts; storage: StorageUse | undefined; refresh(): void };

/** Runs `work` on a connection of its own, closed afterwards (the page keeps none open between actions). */
async function withDatabase<T>(work: (db: PrepDb) => Promise<T>): Promise<T> {
  const db = await openPrepDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

function countData(): Promise<DataCounts> {
  return withDatabase(async (db) => {
    const ticks = (await db.getAll('progress')).filter((row) => {
      const record = ProgressRecordSchema.safeParse(row);
      return record.success && record.data.done;
    }).length;
    const practisedQuestions = (await db.getAll('practice')).filter((row) => {
      const record = PracticeRecordSchema.safeParse(row);
      return record.success && record.data.count > 0;
    }).length;
    // Reading a recording's Blob handle does not read its bytes: its size is free.
    const recordings = await db.getAll('recordings');
    const recordingBytes = recordings.reduce((sum, row) => sum + ((row as { data?: unknown }).data instanceof Blob ? row.data.size : 0), 0);
    return {
      ticks,
      stories: await db.count('stories'),
      requirementNotes: await db.count('tailoring'),
      applications: await db.count('applications'),
      practisedQuestions,
      recordings: recordings.length,
      recordingBytes,
      importedGuides: await db.count('userGuides'),
      ownItems: await db.count('additions'),
    };
  });
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
        (reason: unknown) => live && setError(`Your data could not be read: ${failureText(reason)}`),
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

/** Saves `text` as a file through the browser's download, as a link with `download` does. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own hold on the file once it starts; a moment later the URL can go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ExportState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; fileName: string; size: number; unreadable?: string }
  | { status: 'error'; message: string };

/** Builds the backup file and downloads it, saying how it went. */
export function useBackupExport(): ExportState & { run(includeRecordings: boolean): void } {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const mounted = useMounted();
  const run = useCallback((includeRecordings: boolean) => {
    setState({ status: 'busy' });
    withDatabase((db) => exportBackup(db, { includeRecordings })).then(
      ({ backup, unreadable }) => {
        if (!mounted()) return;
        const text = backupToJson(backup);
        const tooLarge = exportTooLargeReason(text.length);
        if (tooLarge) return setState({ status: 'error', message: tooLarge });
        const fileName = backupFileName();
        download(text, fileName);
        setState({ status: 'done', fileName, size: text.length, unreadable: describeUnreadable(unreadable) });
      },
      (reason: unknown) => mounted() && setState({ status: 'error', message: `The backup could not be made: ${storageFailureText(reason)}` }),
    );
  }, [mounted]);
  return useMemo(() => ({ ...state, run }), [state, run]);
}

export type ImportState =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; reason: string }
  | { step: 'preview'; fileName: string; backup: Backup; preview: ImportPreview; lines: string[] }
  | { step: 'importing'; fileName: string; lines: string[] }
  | { step: 'done'; fileName: string; lines: string[] }
  | { step: 'failed'; fileName: string; reason: string };

export interface BackupImport {
  state: ImportState;
  /** Reads and checks the file, then previews it; nothing is written. */
  choose(file: File): void;
  confirm(): void;
  cancel(): void;
}

/** Import in two steps, a preview and then the write; `onImported` runs once the data changed. */
export function useBackupImport(onImported: () => void): BackupImport {
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const mounted = useMounted();

  const choose = useCallback((file: File) => {
    const fileName = file.name;
    const tooLarge = tooLargeReason(file.size, BACKUP_MAX_BYTES);
    if (tooLarge) return setState({ step: 'refused', fileName, reason: tooLarge });
    setState({ step: 'reading', fileName });
    file
      .text()
      .then(async (text) => {
        const parsed = parseBackup(text);
        if (!parsed.ok) return mounted() && setState({ step: 'refused', fileName, reason: parsed.reason });
        const preview = await withDatabase((db) => previewImport(db, parsed.backup));
        if (mounted()) setState({ step: 'preview', fileName, backup: parsed.backup, preview, lines: describePreview(preview) });
      })
      .catch(
        (reason: unknown) => mounted() && setState({ step: 'failed', fileName, reason: `The file could not be read: ${storageFailureText(reason)}` }),
      );
  }, [mounted]);

  const confirm = useCallback(() => {
    if (state.step !== 'preview') return;
    const { fileName, backup, lines } = state;
    setState({ step: 'importing', fileName, lines });
    withDatabase((db) => importBackup(db, backup)).then(
      () => {
        if (!mounted()) return;
        setState({ step: 'done', fileName, lines });
        onImported();
      },
      (reason: unknown) => mounted() && setState({ step: 'failed', fileName, reason: importFailureText(reason) }),
    );
  }, [state, onImported, mounted]);

  const cancel = useCallback(() => setState({ step: 'choose' }), []);
  return useMemo(() => ({ state, choose, confirm, cancel }), [state, choose, confirm, cancel]);
}

export type ResetState = { status: 'idle' } | { status: 'confirming' } | { status: 'busy' } | { status: 'done' } | { status: 'error'; message: string };

/** Deleting everything, in two steps: asked, then done. */
export function useReset(onReset: () => void): ResetState & { ask(): void; cancel(): void; confirm(): void } {
  const [state, setState] = useState<ResetState>({ status: 'idle' });
  const mounted = useMounted();
  const ask = useCallback(() => setState({ status: 'confirming' }), []);
  const cancel = useCallback(() => setState({ status: 'idle' }), []);
  const confirm = useCallback(() => {
    setState({ status: 'busy' });
    withDatabase(resetAll).then(
      () => {
        if (!mounted()) return;
        setState({ status: 'done' });
        onReset();
      },
      (reason: unknown) => mounted() && setState({ status: 'error', message: `Nothing was deleted: ${storageFailureText(reason)}` }),
    );
  }, [onReset, mounted]);
  return useMemo(() => ({ ...state, ask, cancel, confirm }), [state, ask, cancel, confirm]);
}
