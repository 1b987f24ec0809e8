import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { BACKUP_MAX_BYTES } from '../../lib/backup';
import { formatBytes, formatDateTime } from '../../lib/format';
import { ErrorNotice } from '../shared/ErrorNotice';
import { JsonFileField } from '../shared/JsonFileField';
import { Icon } from '../shared/Icon';
import { useBackupExport, useBackupImport, useReset, type ExportState } from './use-backup';

/** The recordings kept now, for the export's choice; undefined while they are counted. */
export interface RecordingTotals {
  count: number;
  bytes: number;
}

/**
 * Export everything to one file, import such a file (after a preview of what it adds and
 * replaces), and delete everything (after asking). `onDataChanged` recounts the page.
 */
export function BackupSection({ recordings, onDataChanged }: { recordings: RecordingTotals | undefined; onDataChanged: () => void }) {
  const [includeRecordings, setIncludeRecordings] = useState(false);
  const exporter = useBackupExport();
  const reset = useReset(onDataChanged);
  return (
    <section className="card options-section" aria-labelledby="options-backup" data-testid="options-backup">
      <h2 id="options-backup" className="section-title">
        Back up and restore
      </h2>
      <p className="section-intro">
        Save everything PrepPanel keeps to one file, to keep it safe or to move it to another browser. The file stays
        wherever you save it: PrepPanel sends it nowhere.
      </p>
      <ExportPart
        recordings={recordings}
        includeRecordings={includeRecordings}
        setIncludeRecordings={setIncludeRecordings}
        exporter={exporter}
        showStatus={reset.status !== 'confirming'}
      />
      <ImportPart onImported={onDataChanged} />
      <ResetPart reset={reset} exportFirst={() => exporter.run(includeRecordings)} exporter={exporter} />
    </section>
  );
}

function ExportStatus({ exporter }: { exporter: ExportState }) {
  if (exporter.status === 'error') return <ErrorNotice>{exporter.message}</ErrorNotice>;
  return (
    <div role="status" className="backup-status">
      {exporter.status === 'busy' ? (
        <p>Preparing the backup file…</p>
      ) : exporter.status === 'done' ? (
        <>
          <p className="backup-success">
            <Icon name="check" />
            <span>
              Saved <strong>{exporter.fileName}</strong> ({formatBytes(exporter.size)}) to your downloads.
            </span>
          </p>
          {exporter.unreadable ? <p className="muted">{exporter.unreadable}</p> : null}
        </>
      ) : null}
    </div>
  );
}

function ExportPart({
  recordings,
  includeRecordings,
  setIncludeRecordings,
  exporter,
  showStatus,
}: {
  recordings: RecordingTotals | undefined;
  includeRecordings: boolean;
  setIncludeRecordings(include: boolean): void;
  exporter: ReturnType<typeof useBackupExport>;
  showStatus: boolean;
}) {
  const checkbox = useId();
  const hasRecordings = recordings !== undefined && recordings.count > 0;
  return (
    <div className="backup-part" data-testid="backup-export">
      <h3 className="backup-heading">Export</h3>
      <p className="muted">Your ticks, stories, requirement notes, applications and practice counts, in one JSON file.</p>
      <label className="backup-check" htmlFor={checkbox}>
        <input
          id={checkbox}
          type="checkbox"
          className="check-box"
          checked={includeRecordings && hasRecordings}
          disabled={!hasRecordings}
          onChange={(event) => setIncludeRecordings(event.target.checked)}
        />
        <span>
          {recordings === undefined
            ? 'Include recordings'
            : recordings.count === 0
              ? 'Include recordings (none kept yet)'
              : `Include recordings (${recordings.count}, ${formatBytes(recordings.bytes)})`}
        </span>
      </label>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={exporter.status === 'busy'}
          onClick={() => exporter.run(includeRecordings && hasRecordings)}
        >
          {exporter.status === 'busy' ? 'Exporting…' : 'Export backup'}
        </button>
      </div>
      {showStatus ? <ExportStatus exporter={exporter} /> : null}
    </div>
  );
}

function ImportPart({ onImported }: { onImported: () => void }) {
  const { state, choose, confirm, cancel } = useBackupImport(onImported);
  const input = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The preview appears below the file field: the focus goes to it, so it is read and its buttons come next.
    if (state.step === 'preview') previewHeading.current?.focus();
    // A finished or abandoned import lets the same file be chosen again.
    if (state.step !== 'reading' && state.step !== 'preview' && state.step !== 'importing' && input.current) input.current.value = '';
  }, [state.step]);

  const back = () => {
    cancel();
    input.current?.focus();
  };

  return (
    <div className="backup-part" data-testid="backup-import">
      <h3 className="backup-heading">Import</h3>
      <JsonFileField
        label="Backup file to import"
        hint={`A .json file that PrepPanel exported, up to ${formatBytes(BACKUP_MAX_BYTES)}. You see what it changes before anything is imported.`}
        inputRef={input}
        disabled={state.step === 'importing'}
        onChoose={choose}
      />
      {state.step === 'reading' ? (
        <p role="status">Reading {state.fileName}…</p>
      ) : state.step === 'refused' || state.step === 'failed' ? (
        <div role="alert" className="backup-refused" data-testid="backup-refused">
          <ErrorNotice role={null}>
            <strong>{state.fileName}</strong> was not imported. {state.reason}
            {state.step === 'refused' ? ' Nothing was changed.' : null}
          </ErrorNotice>
        </div>
      ) : state.step === 'preview' || state.step === 'importing' ? (
        <div className="backup-preview" data-testid="backup-preview">
          <h4 className="backup-preview-title" tabIndex={-1} ref={previewHeading}>
            Importing {state.fileName}
          </h4>
          <ul className="bullets">
            {state.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {state.step === 'preview' ? (
            <p className="muted">
              Exported on {formatDateTime(Date.parse(state.backup.exportedAt))}
              {state.backup.includesRecordings ? ', with recordings. ' : ', without recordings. '}
              Nothing here is removed: what this browser keeps and the file does not hold stays.
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={state.step === 'importing'} onClick={confirm}>
              {state.step === 'importing' ? 'Importing…' : 'Import'}
            </button>
            <button type="button" className="button button-secondary" disabled={state.step === 'importing'} onClick={back}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <div role="status" className="backup-status">
        {state.step === 'done' ? (
          <p className="backup-success" data-testid="backup-imported">
            <Icon name="check" />
            <span>
              Imported {state.fileName}. {state.lines.join(' ')}
            </span>
          </p>
        ) : null}
      </div>
    </div>
  );
}

function ResetPart({
  reset,
  exportFirst,
  exporter,
}: {
  reset: ReturnType<typeof useReset>;
  exportFirst(): void;
  exporter: ExportState;
}) {
  const askButton = useRef<HTMLButtonElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef(false);
  const description = useId();

  useEffect(() => {
    if (reset.status === 'confirming') confirmHeading.current?.focus();
    else if (reset.status === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      askButton.current?.focus();
    }
  }, [reset.status]);

  const cancel = () => {
    returnFocus.current = true;
    reset.cancel();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    cancel();
  };

  return (
    <div className="backup-part" data-testid="backup-reset">
      <h3 className="backup-heading">Delete everything</h3>
      {reset.status === 'confirming' || reset.status === 'busy' ? (
        <div className="backup-confirm" role="group" aria-labelledby="backup-confirm-title" aria-describedby={description} onKeyDown={onKeyDown}>
          <h4 id="backup-confirm-title" className="backup-preview-title" tabIndex={-1} ref={confirmHeading}>
            Delete all your PrepPanel data?
          </h4>
          <p id={description}>
            Every tick, story, requirement note, application, practice count and recording in this browser is deleted. This
            cannot be undone: export a backup first if you may want them back.
          </p>
          <div className="form-actions">
            <button type="button" className="button button-secondary" disabled={exporter.status === 'busy'} onClick={exportFirst}>
              {exporter.status === 'busy' ? 'Exporting…' : 'Export a backup first'}
            </button>
            <button type="button" className="button button-danger" disabled={reset.status === 'busy'} onClick={reset.confirm}>
              {reset.status === 'busy' ? 'Deleting…' : 'Yes, delete everything'}
            </button>
            <button type="button" className="button button-secondary" disabled={reset.status === 'busy'} onClick={cancel}>
              Cancel
            </button>
          </div>
          <ExportStatus exporter={exporter} />
        </div>
      ) : (
        <>
          <p className="muted">Removes every record PrepPanel keeps in this browser. You are asked first.</p>
          <div className="form-actions">
            <button ref={askButton} type="button" className="button button-danger-quiet" onClick={reset.ask}>
              Delete all my PrepPanel data
            </button>
          </div>
        </>
      )}
      {reset.status === 'error' ? <ErrorNotice>{reset.message}</ErrorNotice> : null}
      <div role="status" className="backup-status">
        {reset.status === 'done' ? (
          <p className="backup-success" data-testid="backup-deleted">
            <Icon name="check" />
            <span>All your PrepPanel data in this browser was deleted.</span>
          </p>
        ) : null}
      </div>
    </div>
  );
}
