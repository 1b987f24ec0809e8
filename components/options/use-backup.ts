import { useCallback, useMemo, useState } from 'react';
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
import { storageFailureText } from '../../lib/storage/errors';
import { withDatabase } from '../../lib/storage/db';
import { useMounted } from '../shared/live-load';

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
