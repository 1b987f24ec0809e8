import { useId, useRef, useState } from 'react';
import { STATUS_LABELS, statusHistory, type PreparationProgress } from '../../lib/applications/applications';
import { formatDay } from '../../lib/format';
import { canonicalCompany } from '../../lib/job/companies';
import { useGuideLibrary } from '../shared/GuideLibraryProvider';
import { APPLICATION_STATUSES, type Application } from '../../lib/storage/schema';
import { ConfirmBox } from '../shared/ConfirmBox';
import { openGuideFor } from '../../lib/extension/browser-ui';
import { type ApplicationsState } from './use-applications';
import { ErrorNotice } from '../shared/ErrorNotice';
import { Icon } from '../shared/Icon';
import { companyLabel, plural } from '../shared/wording';
import { failureText } from '../shared/failure-text';

/** "7/26 ticked · 3 requirements covered": how far the user has prepared for the job. */
function preparationText(preparation: PreparationProgress): string {
  const ticks = preparation.ticks ? `${preparation.ticks.covered}/${preparation.ticks.total} ticked` : 'No guide';
  return `${ticks} · ${plural(preparation.requirementsCovered, 'requirement')} covered`;
}

/**
 * One kept job: its listing, where it stands, the user's notes and preparation, and its
 * actions. The listing's title, company and location are page text, isolated (`<bdi>`) so
 * that even a record kept before page text was cleaned cannot flip the words or icons beside them.
 */
export function ApplicationsItem({
  application,
  preparation,
  now,
  actions,
  onRemoved,
}: {
  application: Application;
  preparation: PreparationProgress | undefined;
  now: number;
  actions: Pick<ApplicationsState, 'setStatus' | 'setNotes' | 'remove'>;
  onRemoved(): void;
}) {
  const id = useId();
  const [statusError, setStatusError] = useState<string>();
  const [actionError, setActionError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const company = canonicalCompany(application.company);
  const { library } = useGuideLibrary();
  const guide = application.guideId ? library.byId(application.guideId) : undefined;
  const history = statusHistory(application);

  const cancelRemove = () => {
    setConfirming(false);
    // After the confirmation closes, the focus goes back to the button that opened it.
    requestAnimationFrame(() => removeButton.current?.focus());
  };

  return (
    <article className="card application" aria-labelledby={`${id}-title`} data-job={application.jobKey}>
      <div className="application-main">
        <h2 className="application-title" id={`${id}-title`}>
          <a href={application.url} target="_blank" rel="noopener noreferrer" data-testid="application-link">
            <bdi>{application.title}</bdi>
            <Icon name="external" className="external-icon" />
            <span className="visually-hidden"> (opens the listing in a new tab)</span>
          </a>
        </h2>
        <ul className="job-meta application-meta">
          <li>
            <Icon name="building" />
            <bdi data-testid="application-company">{company ? companyLabel(company) : application.company}</bdi>
          </li>
          {application.location ? (
            <li>
              <Icon name="location" />
              <bdi>{application.location}</bdi>
            </li>
          ) : null}
          <li>
            <Icon name="clock" />
            <span>Seen {formatDay(application.seenAt, now)}</span>
          </li>
        </ul>
        <p className="application-progress" data-testid="application-progress">
          {preparation ? preparationText(preparation) : <span className="muted">Reading your preparation…</span>}
        </p>
        <div className="application-actions">
          {guide ? (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                setActionError(undefined);
                openGuideFor(application).catch((reason: unknown) => setActionError(`The guide could not be opened: ${failureText(reason)}`));
              }}
            >
              <Icon name="panel" />
              Open guide
            </button>
          ) : null}
          {confirming ? null : (
            <button type="button" className="button button-quiet button-small" ref={removeButton} onClick={() => setConfirming(true)}>
              Remove
            </button>
          )}
        </div>
        {confirming ? (
          <ConfirmBox
            id={`${id}-confirm`}
            question="Remove this job from your applications? Its status and notes go with it; your ticks stay."
            confirmLabel="Remove job"
            onConfirm={() => {
              setActionError(undefined);
              actions.remove(application.jobKey).then(onRemoved, (reason: unknown) => {
                setConfirming(false);
                setActionError(`The job was not removed: ${failureText(reason)}`);
              });
            }}
            onKeep={cancelRemove}
          />
        ) : null}
        {actionError ? <ErrorNotice>{actionError}</ErrorNotice> : null}
      </div>

      <div className="application-work">
        <label className="field">
          <span className="field-label">Status</span>
          <select
            className="input"
            value={application.status}
            data-testid="application-status"
            onChange={(event) => {
              const status = APPLICATION_STATUSES.find((option) => option === event.target.value);
              if (!status) return;
              setStatusError(undefined);
              actions.setStatus(application.jobKey, status).catch((reason: unknown) => setStatusError(`The status was not saved: ${failureText(reason)}`));
            }}
          >
            {APPLICATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <p className="application-dates" data-testid="application-dates">
          {history.map(({ status, at }) => `${STATUS_LABELS[status]} ${formatDay(at, now)}`).join(' · ')}
        </p>
        {statusError ? <ErrorNotice>{statusError}</ErrorNotice> : null}
        <NotesEditor notes={application.notes} onSave={(notes) => actions.setNotes(application.jobKey, notes)} />
      </div>
    </article>
  );
}

/**
 * The job's notes, saved when the field loses the focus and with the Save button. What is
 * typed stays in the field until it is saved: a failure says why and loses nothing, and a
 * change made in another window does not overwrite unsaved typing.
 */
function NotesEditor({ notes, onSave }: { notes: string; onSave(notes: string): Promise<void> }) {
  const id = useId();
  const [draft, setDraft] = useState(notes);
  const [stored, setStored] = useState(notes);
  const [state, setState] = useState<{ status: 'idle' | 'saving' | 'saved' } | { status: 'error'; message: string }>({ status: 'idle' });
  const saving = useRef<string | undefined>(undefined);

  // Notes changed elsewhere show here, unless the user has typed something not yet saved.
  if (notes !== stored) {
    setStored(notes);
    if (draft === stored) setDraft(notes);
  }

  const save = () => {
    if (draft === notes || saving.current === draft) return;
    const text = draft;
    saving.current = text;
    setState({ status: 'saving' });
    onSave(text).then(
      () => setState({ status: 'saved' }),
      (reason: unknown) => setState({ status: 'error', message: `Your notes were not saved: ${failureText(reason)}` }),
    ).finally(() => {
      saving.current = undefined;
    });
  };

  return (
    <div className="field application-notes">
      <label className="field-label" htmlFor={`${id}-notes`}>
        Notes
      </label>
      <textarea
        id={`${id}-notes`}
        className="input"
        rows={3}
        value={draft}
        aria-invalid={state.status === 'error'}
        aria-describedby={`${id}-notes-state`}
        onChange={(event) => {
          setDraft(event.target.value);
          if (state.status === 'saved') setState({ status: 'idle' });
        }}
        onBlur={save}
      />
      <div className="form-actions">
        <button type="button" className="button button-secondary button-small" onClick={save}>
          Save notes
        </button>
        <span id={`${id}-notes-state`} className="notes-state" role="status">
          {state.status === 'saving' ? 'Saving…' : state.status === 'saved' && draft === notes ? 'Notes saved' : ''}
        </span>
      </div>
      {state.status === 'error' ? <ErrorNotice>{state.message}</ErrorNotice> : null}
    </div>
  );
}
