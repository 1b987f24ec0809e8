import { Fragment, useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Guide } from '../../lib/guides/schema';
import { formatCount, formatDateTime } from '../../lib/format';
import { STORY_PARTS, type Story } from '../../lib/storage/schema';
import { clearStoryDraft, NEW_STORY_DRAFT, saveStoryDraft, type StoryDraft } from '../../lib/stories/drafts';
import {
  addQualityTag,
  emptyStoryForm,
  hasNumber,
  nearStoryLimit,
  otherQualities,
  sameStoryForm,
  STORY_FIELD_LABELS,
  STORY_FIELDS,
  storyFieldLimit,
  storyForm,
  storyFormErrors,
  storyFromForm,
  storyQuestions,
  toggleQuality,
  toggleQuestion,
  withStart,
  type StoryField,
  type StoryForm,
  type StoryStart,
  type StoryTextField,
} from '../../lib/stories/form';
import { questionRef, sameQuality } from '../../lib/stories/coverage';
import { failureText } from '../shared/failure-text';
import { ErrorNotice } from '../shared/ErrorNotice';
import { Icon } from '../shared/Icon';
import { plural } from '../shared/wording';

/** How long typing may pause before the draft is written (closing the panel writes it at once). */
const DRAFT_DELAY_MS = 400;

const PART_HINTS: Record<(typeof STORY_PARTS)[number], string> = {
  situation: 'Where and when: the context, in a sentence or two.',
  task: 'What you had to achieve, and why it fell to you.',
  action: 'What you did, step by step. Say “I”, not “we”.',
  result: 'What changed because of it, and what you learned.',
};

function joinIds(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(' ') : undefined;
}

/** "95,000 of 100,000 characters", shown only once a field nears its limit. */
function CharacterCount({ id, length, limit }: { id: string; length: number; limit: number }) {
  const over = length - limit;
  return (
    <p id={id} className={over > 0 ? 'story-count is-over' : 'story-count'}>
      {formatCount(length)} of {formatCount(limit)} characters
      {over > 0 ? `: ${formatCount(over)} too many` : ''}
    </p>
  );
}

function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="field-error story-field-error">
      <Icon name="alert" />
      {message}
    </p>
  );
}

/**
 * The story editor: title, the four parts, the outcome, and the qualities and questions the
 * story covers. It checks the story against the stored schema before saving, shows each
 * problem beside its field, and never drops what was typed: the words are kept in a draft
 * while the user writes, and stay in the form when a save fails.
 */
export function StoryEditor({
  guide,
  story,
  start,
  draft,
  onSave,
  onClose,
}: {
  guide: Guide;
  /** The story to edit; none for a new story. */
  story?: Story;
  /** What a new story starts tagged with. */
  start: StoryStart;
  /** Unsaved work from before, restored in place of the saved story. */
  draft?: StoryDraft;
  /** Resolves once saved; rejects with the reason (e.g. storage is full). */
  onSave: (story: Story) => Promise<void>;
  /** Called after a save, with the saved story, or after a cancel. */
  onClose: (saved?: Story) => void;
}) {
  const ids = useId();
  const fieldId = (field: StoryField) => `${ids}-${field}`;
  const draftTarget = story?.id ?? NEW_STORY_DRAFT;
  const [baseline] = useState(() => (story ? storyForm(story) : emptyStoryForm(start)));
  const [form, setForm] = useState(() => (draft ? withStart(draft.form, start) : baseline));
  const [attempted, setAttempted] = useState(false);
  const [otherProblems, setOtherProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [saveFailure, setSaveFailure] = useState<string>();
  const [draftFailure, setDraftFailure] = useState<string>();
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [newTag, setNewTag] = useState('');
  const [tagError, setTagError] = useState<string>();

  const fields = useRef<Partial<Record<StoryField, HTMLElement | null>>>({});
  const cancelButton = useRef<HTMLButtonElement>(null);
  const newTagInput = useRef<HTMLInputElement>(null);
  const newStoryId = useRef<string>(undefined);
  const draftTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const unwrittenDraft = useRef<StoryForm | null>(null);

  // Errors are worked out from the form once the user has tried to save, so each one
  // goes away as soon as its field is fixed.
  const errors = attempted ? storyFormErrors(form) : {};
  const errorEntries = STORY_FIELDS.flatMap((field) => {
    const message = errors[field];
    return message ? [{ field, message }] : [];
  });
  const problemCount = errorEntries.length + otherProblems.length;
  const guideQualityNames = guide.qualities.map((quality) => quality.name);
  const extraTags = otherQualities(form.qualities, guideQualityNames);
  const questions = storyQuestions(guide.questions);
  const listedRefs = new Set(questions.map((question) => questionRef(guide.id, question.id)));
  const unlistedQuestions = form.questions.filter((ref) => !listedRefs.has(ref)).length;

  const writeDraft = useCallback(() => {
    clearTimeout(draftTimer.current);
    const unwritten = unwrittenDraft.current;
    if (!unwritten) return;
    unwrittenDraft.current = null;
    saveStoryDraft(draftTarget, { form: unwritten, savedAt: Date.now() }).then(
      () => setDraftFailure(undefined),
      (reason: unknown) => setDraftFailure(`Your draft could not be kept while you write (${failureText(reason)}). Save the story to keep it.`),
    );
  }, [draftTarget]);

  /** Forgets the draft once the story is saved or the user chose to discard it. */
  const discardDraft = () => {
    clearTimeout(draftTimer.current);
    unwrittenDraft.current = null;
    // A draft that could not be cleared only brings back the user's own words next time.
    return clearStoryDraft(draftTarget).catch(() => undefined);
  };

  useLayoutEffect(() => {
    fields.current.title?.focus();
  }, []);

  // The panel can close at any moment: write the draft then rather than after the delay.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') writeDraft();
    };
    window.addEventListener('pagehide', writeDraft);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', writeDraft);
      document.removeEventListener('visibilitychange', onHidden);
      writeDraft();
    };
  }, [writeDraft]);

  const update = (next: StoryForm) => {
    setForm(next);
    unwrittenDraft.current = next;
    clearTimeout(draftTimer.current);
    draftTimer.current = setTimeout(writeDraft, DRAFT_DELAY_MS);
  };

  const focusField = (field: StoryField) => {
    const element = fields.current[field];
    if (element instanceof HTMLFieldSetElement) element.querySelector('input')?.focus();
    else element?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setAttempted(true);
    setSaveFailure(undefined);
    setConfirmingCancel(false);
    newStoryId.current ??= crypto.randomUUID();
    const parsed = storyFromForm(form, { id: story?.id ?? newStoryId.current, createdAt: story?.createdAt });
    if (!parsed.ok) {
      setOtherProblems(parsed.problems.other);
      const first = STORY_FIELDS.find((field) => parsed.problems.fields[field]);
      if (first) focusField(first);
      return;
    }
    setOtherProblems([]);
    setSaving(true);
    try {
      await onSave(parsed.story);
    } catch (reason) {
      setSaving(false);
      setSaveFailure(`Your story was not saved: ${failureText(reason)}. Everything you wrote is still here; try again.`);
      return;
    }
    await discardDraft();
    onClose(parsed.story);
  };

  const missingNumber = form.outcome.trim() !== '' && !hasNumber(form.outcome);
  const dirty = !sameStoryForm(form, baseline);

  const cancel = () => {
    void discardDraft();
    onClose();
  };

  /** Cancel, or Escape: changes are only thrown away once the user says so. */
  const requestCancel = () => (dirty ? setConfirmingCancel(true) : cancel());

  const keepEditing = () => {
    setConfirmingCancel(false);
    cancelButton.current?.focus();
  };

  const addTag = () => {
    const added = addQualityTag(form, newTag, guideQualityNames);
    if (!added.ok) {
      setTagError(added.error);
      return;
    }
    update(added.form);
    setNewTag('');
    setTagError(undefined);
  };

  const textField = (field: StoryTextField, options: { hint?: string; multiline?: boolean; children?: ReactNode; extraIds?: string }) => {
    const id = fieldId(field);
    const value = form[field];
    const limit = storyFieldLimit(field);
    const showCount = nearStoryLimit(value.length, limit);
    const error = errors[field];
    const describedBy = joinIds(
      options.hint ? `${id}-hint` : undefined,
      showCount && `${id}-count`,
      error && `${id}-error`,
      options.extraIds,
    );
    const common = {
      id,
      className: 'input',
      value,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy,
    };
    return (
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {STORY_FIELD_LABELS[field]}
        </label>
        {options.hint ? (
          <p id={`${id}-hint`} className="field-hint">
            {options.hint}
          </p>
        ) : null}
        {options.multiline ? (
          <textarea
            {...common}
            rows={4}
            ref={(element) => {
              fields.current[field] = element;
            }}
            onChange={(event) => update({ ...form, [field]: event.currentTarget.value })}
          />
        ) : (
          <input
            {...common}
            type="text"
            ref={(element) => {
              fields.current[field] = element;
            }}
            onChange={(event) => update({ ...form, [field]: event.currentTarget.value })}
          />
        )}
        {showCount ? <CharacterCount id={`${id}-count`} length={value.length} limit={limit} /> : null}
        {error ? <FieldError id={`${id}-error`} message={error} /> : null}
        {options.children}
      </div>
    );
  };

  const headingId = `${ids}-heading`;
  const restoredId = `${ids}-restored`;
  const outcomeWarningId = `${ids}-outcome-warning`;

  return (
    <form
      className="story-editor"
      data-testid="story-editor"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        // Escape leaves the editor as Cancel does, or answers "Keep editing" when that is asked.
        if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
        event.preventDefault();
        if (confirmingCancel) keepEditing();
        else requestCancel();
      }}
    >
      <h3 id={headingId} className="story-editor-title">
        {story ? 'Edit story' : 'Write a new story'}
      </h3>

      {draft ? (
        <p id={restoredId} className="notice notice-info story-restored" role="status">
          <Icon name="clock" />
          <span>Draft restored: your unsaved words from {formatDateTime(draft.savedAt)} are back.</span>
        </p>
      ) : null}

      {attempted && problemCount > 0 ? (
        <div className="notice notice-error story-summary" role="alert">
          <Icon name="alert" />
          <div>
            <p>
              <strong>Not saved yet: fix {problemCount === 1 ? 'this' : `these ${problemCount}`} first.</strong>
            </p>
            <ul className="story-summary-list">
              {errorEntries.map(({ field, message }) => (
                <li key={field}>
                  <a
                    href={`#${fieldId(field)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(field);
                    }}
                  >
                    {STORY_FIELD_LABELS[field]}
                  </a>
                  : {message}
                </li>
              ))}
              {otherProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}

      {saveFailure ? <ErrorNotice>{saveFailure}</ErrorNotice> : null}

      {textField('title', { extraIds: draft ? restoredId : undefined })}
      {STORY_PARTS.map((part) => (
        <Fragment key={part}>{textField(part, { hint: PART_HINTS[part], multiline: true })}</Fragment>
      ))}
      {textField('outcome', {
        hint: 'With a number, e.g. “cut weekly reporting from 6 hours to 20 minutes”.',
        multiline: true,
        extraIds: missingNumber ? outcomeWarningId : undefined,
        children: missingNumber ? (
          <p id={outcomeWarningId} className="story-warning">
            <Icon name="alert" />
            No number yet. A figure (time saved, a percentage, people reached) makes the outcome concrete. You can still save it.
          </p>
        ) : null,
      })}

      <fieldset
        className="story-fieldset"
        ref={(element) => {
          fields.current.qualities = element;
        }}
        aria-describedby={joinIds(errors.qualities && `${fieldId('qualities')}-error`)}
      >
        <legend className="field-label">{STORY_FIELD_LABELS.qualities}</legend>
        <ul className="story-options">
          {guide.qualities.map((quality) => {
            const boxId = `${ids}-quality-${quality.id}`;
            return (
              <li key={quality.id} className="story-option">
                <input
                  type="checkbox"
                  className="check-box"
                  id={boxId}
                  checked={form.qualities.some((tag) => sameQuality(tag, quality.name))}
                  onChange={(event) => update(toggleQuality(form, quality.name, event.currentTarget.checked))}
                />
                <label htmlFor={boxId}>{quality.name}</label>
              </li>
            );
          })}
        </ul>
        {extraTags.length > 0 ? (
          <div className="story-extra-tags">
            <p className="field-hint">Other tags, kept from other guides or added here:</p>
            <ul className="chips">
              {extraTags.map((tag) => (
                <li key={tag} className="chip story-tag">
                  {tag}
                  <button
                    type="button"
                    className="story-tag-remove"
                    aria-label={`Remove tag ${tag}`}
                    onClick={() => {
                      update(toggleQuality(form, tag, false));
                      newTagInput.current?.focus();
                    }}
                  >
                    <Icon name="cross" />
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="story-add-tag">
          <label className="field-hint" htmlFor={`${ids}-new-tag`}>
            Add another quality
          </label>
          <div className="inline-field">
            <input
              ref={newTagInput}
              id={`${ids}-new-tag`}
              className="input"
              type="text"
              value={newTag}
              aria-invalid={tagError ? true : undefined}
              aria-describedby={tagError ? `${ids}-new-tag-error` : undefined}
              onChange={(event) => {
                setNewTag(event.currentTarget.value);
                setTagError(undefined);
              }}
              onKeyDown={(event) => {
                // Enter adds the tag rather than saving the whole story.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addTag();
                }
              }}
            />
            <button type="button" className="button button-secondary button-small" onClick={addTag}>
              Add tag
            </button>
          </div>
          {tagError ? <FieldError id={`${ids}-new-tag-error`} message={tagError} /> : null}
        </div>
        {errors.qualities ? <FieldError id={`${fieldId('qualities')}-error`} message={errors.qualities} /> : null}
      </fieldset>

      <fieldset
        className="story-fieldset"
        ref={(element) => {
          fields.current.questions = element;
        }}
        aria-describedby={joinIds(errors.questions && `${fieldId('questions')}-error`)}
      >
        <legend className="field-label">{STORY_FIELD_LABELS.questions}</legend>
        <ul className="story-options">
          {questions.map((question) => {
            const ref = questionRef(guide.id, question.id);
            const boxId = `${ids}-question-${question.id}`;
            return (
              <li key={question.id} className="story-option">
                <input
                  type="checkbox"
                  className="check-box"
                  id={boxId}
                  checked={form.questions.includes(ref)}
                  onChange={(event) => update(toggleQuestion(form, ref, event.currentTarget.checked))}
                />
                <label htmlFor={boxId}>{question.text}</label>
              </li>
            );
          })}
        </ul>
        {unlistedQuestions > 0 ? (
          <p className="field-hint">Also answers {plural(unlistedQuestions, 'question')} not listed here (from other guides); they are kept.</p>
        ) : null}
        {errors.questions ? <FieldError id={`${fieldId('questions')}-error`} message={errors.questions} /> : null}
      </fieldset>

      {draftFailure ? (
        <p className="story-warning" role="status">
          <Icon name="alert" />
          {draftFailure}
        </p>
      ) : null}

      <div className="form-actions story-form-actions">
        <button type="submit" className="button button-primary" aria-disabled={saving}>
          Save story
        </button>
        <button
          type="button"
          ref={cancelButton}
          className="button button-secondary"
          onClick={requestCancel}
        >
          Cancel
        </button>
        {saving ? (
          <span className="muted" role="status">
            Saving…
          </span>
        ) : null}
      </div>

      {confirmingCancel ? (
        <div className="confirm-box" role="group" aria-labelledby={`${ids}-discard`}>
          <p id={`${ids}-discard`}>Discard your changes? What you wrote here since the last save will be lost.</p>
          <div className="form-actions">
            <button type="button" className="button button-danger button-small" onClick={cancel}>
              Discard changes
            </button>
            <button type="button" className="button button-secondary button-small" autoFocus onClick={keepEditing}>
              Keep editing
            </button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
