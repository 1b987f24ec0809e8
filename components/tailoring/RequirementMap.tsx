import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatCount } from '../../lib/format';
import type { ListingRequirements } from '../../lib/job/detected-job';
import type { Story } from '../../lib/storage/schema';
import { type RequirementRow } from '../../lib/tailoring/requirements';
import { AddTextForm } from '../shared/AddTextForm';
import { failureText } from '../shared/failure-text';
import { type Tailoring } from './use-tailoring';
import { ErrorNotice } from '../shared/ErrorNotice';
import { Icon } from '../shared/Icon';
import { ProgressBar } from '../shared/ProgressBar';
import './tailoring.css';

const GROUPS: readonly { kind: RequirementRow['kind']; title: string }[] = [
  { kind: 'required', title: 'Required' },
  { kind: 'preferred', title: 'Preferred' },
  { kind: 'listed', title: 'Listed' },
  { kind: 'added', title: 'Added by you' },
];

/**
 * The listing's requirements as a checklist: each one ticked when covered, with the story
 * or note that is the evidence. Requirements the page did not give can be added by hand.
 */
export function RequirementMap({
  requirements,
  tailoring,
  stories,
  skills,
}: {
  requirements: ListingRequirements | undefined;
  tailoring: Tailoring;
  stories: readonly Story[];
  /** The skills the requirements name, from the skill vocabulary. */
  skills: readonly string[];
}) {
  const { rows } = tailoring;
  const covered = rows.filter((row) => row.done).length;
  const busy = tailoring.status === 'loading';

  return (
    <div className="requirements" data-testid="requirement-map" aria-busy={busy}>
      {tailoring.notice ? <ErrorNotice>{tailoring.notice}</ErrorNotice> : null}

      {rows.length > 0 ? (
        <ProgressBar label="Listing covered" ariaLabel="Listing requirements covered" done={covered} total={rows.length} testId="progress-requirements" />
      ) : null}

      {skills.length > 0 ? (
        <div className="requirement-skills">
          <h3 className="subheading">Skills it names</h3>
          <ul className="chips" aria-label="Skills the listing names">
            {skills.map((skill) => (
              <li key={skill} className="chip chip-skill">
                {skill}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {requirements && requirements.omitted > 0 ? (
        <p className="notice notice-info" role="note">
          <Icon name="alert" />
          <span>
            The listing states {requirements.items.length + requirements.omitted} requirement lines; the first{' '}
            {requirements.items.length} are listed here. Add any other that matters with the field below.
          </span>
        </p>
      ) : null}

      {rows.length === 0 && tailoring.status !== 'loading' ? (
        <p className="muted" data-testid="no-requirements">
          PrepPanel found no requirements on this listing. Add the ones you see, one at a time, to map each to your
          evidence.
        </p>
      ) : null}

      {GROUPS.map(({ kind, title }) => {
        const group = rows.filter((row) => row.kind === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind} className="requirement-group">
            <h3 className="subheading">
              {title} <span className="group-count">{group.length}</span>
            </h3>
            <ul className="checklist">
              {group.map((row) => (
                <RequirementItem key={row.id} row={row} tailoring={tailoring} stories={stories} disabled={busy} />
              ))}
            </ul>
          </div>
        );
      })}

      <AddTextForm label="Add a requirement" submitLabel="Add requirement" onAdd={tailoring.add} />
    </div>
  );
}

function RequirementItem({
  row,
  tailoring,
  stories,
  disabled,
}: {
  row: RequirementRow;
  tailoring: Tailoring;
  stories: readonly Story[];
  disabled: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string>();
  const editButton = useRef<HTMLButtonElement>(null);
  const boxId = useId();
  const story = row.storyId ? stories.find((candidate) => candidate.id === row.storyId) : undefined;
  const hasEvidence = Boolean(row.storyId ?? row.note);

  const save = (change: Parameters<Tailoring['update']>[1]) =>
    tailoring.update(row, change).then(
      () => setError(undefined),
      (reason: unknown) => setError(`Not saved: ${failureText(reason)}`),
    );

  const close = () => {
    setEditing(false);
    editButton.current?.focus();
  };

  return (
    <li className={row.done ? 'check-item requirement is-done' : 'check-item requirement'} data-requirement={row.id}>
      <input
        type="checkbox"
        className="check-box"
        id={boxId}
        data-item={`requirements/${row.id}`}
        checked={row.done}
        disabled={disabled}
        onChange={(event) => void save({ done: event.currentTarget.checked })}
      />
      <div className="check-body">
        <label htmlFor={boxId} className="check-text">
          {/* A listing's statement is page text: isolated, so its direction cannot reorder what follows. */}
          <bdi>{row.text}</bdi>
        </label>
        {hasEvidence ? (
          <div className="evidence">
            {row.storyId ? (
              <span className="chip chip-accent evidence-story">
                Story: {story ? story.title : 'a deleted story'}
              </span>
            ) : null}
            {row.note ? <p className="evidence-note">{row.note}</p> : null}
          </div>
        ) : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="requirement-actions">
          <button
            ref={editButton}
            type="button"
            className="button button-quiet button-small"
            aria-expanded={editing}
            aria-describedby={boxId}
            onClick={() => setEditing(!editing)}
          >
            {hasEvidence ? 'Edit evidence' : 'Add evidence'}
          </button>
          {row.kind === 'added' ? (
            <button
              type="button"
              className="button button-quiet button-small"
              aria-describedby={boxId}
              onClick={() => tailoring.remove(row).catch((reason: unknown) => setError(failureText(reason)))}
            >
              Remove
            </button>
          ) : null}
        </div>
        {editing ? (
          <EvidenceEditor
            row={row}
            stories={stories}
            onSave={(change) =>
              tailoring.update(row, change).then(() => {
                setError(undefined);
                close();
              })
            }
            onCancel={close}
          />
        ) : null}
      </div>
    </li>
  );
}

const NOTE_MAX = 2_000;

/** Picks the story and writes the note that show the user meets one requirement. */
function EvidenceEditor({
  row,
  stories,
  onSave,
  onCancel,
}: {
  row: RequirementRow;
  stories: readonly Story[];
  onSave: (change: { storyId?: string; note?: string; done: boolean }) => Promise<void>;
  onCancel: () => void;
}) {
  const [storyId, setStoryId] = useState(row.storyId ?? '');
  const [note, setNote] = useState(row.note ?? '');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const id = useId();
  const tooLong = note.length > NOTE_MAX;
  const firstField = useRef<HTMLSelectElement>(null);

  // The editor opens on the user's request: take them into it.
  useEffect(() => firstField.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooLong) return setError(`Keep the note under ${formatCount(NOTE_MAX)} characters (it has ${formatCount(note.length)}).`);
    setSaving(true);
    // Evidence makes the requirement covered; clearing it leaves the tick as the user set it.
    const evidence = Boolean(storyId || note.trim());
    onSave({ storyId: storyId || undefined, note: note.trim() || undefined, done: evidence || row.done }).catch(
      (reason: unknown) => {
        setSaving(false);
        setError(`Not saved: ${failureText(reason)}`);
      },
    );
  };

  return (
    <form
      className="evidence-editor"
      onSubmit={submit}
      aria-label={`Evidence for: ${row.text}`}
      onKeyDown={(event) => {
        // Escape cancels, as the Cancel button does (the focus goes back to the button that opened it).
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor={`${id}-story`}>
          Story
        </label>
        <select
          id={`${id}-story`}
          className="input"
          value={storyId}
          onChange={(event) => setStoryId(event.currentTarget.value)}
          ref={firstField}
        >
          <option value="">No story</option>
          {stories.map((story) => (
            <option key={story.id} value={story.id}>
              {story.title}
            </option>
          ))}
        </select>
        {stories.length === 0 ? (
          <p className="field-hint">Write stories under “Your stories”, then link them here.</p>
        ) : null}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-note`}>
          Note
        </label>
        <textarea
          id={`${id}-note`}
          className="input"
          rows={3}
          value={note}
          aria-invalid={tooLong}
          aria-describedby={`${id}-note-hint`}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <p id={`${id}-note-hint`} className={tooLong ? 'field-error' : 'field-hint'}>
          A line of evidence, e.g. a project or a figure. {formatCount(note.length)} / {formatCount(NOTE_MAX)}
        </p>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={saving}>
          Save evidence
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
