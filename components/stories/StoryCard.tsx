import { useId, useRef, useState, type MouseEvent } from 'react';
import { STORY_PARTS, type Story } from '../../lib/storage/schema';
import { previewText, STORY_FIELD_LABELS } from '../../lib/stories/form';
import { ConfirmBox } from '../shared/ConfirmBox';
import { failureText } from '../shared/failure-text';
import { ErrorNotice } from '../shared/ErrorNotice';
import { Icon } from '../shared/Icon';
import { plural } from '../shared/wording';

/** How much of the outcome a closed card shows; the whole story is behind "Show all". */
const OUTCOME_PREVIEW = 240;

/**
 * One saved story: title, outcome and tags, the four parts behind "Show all" (in a box that
 * scrolls, so a very long story never stretches the panel), and Edit and Delete, where
 * Delete asks first, in place.
 */
export function StoryCard({
  story,
  guideQuestionCount,
  hasDraft,
  onEdit,
  onDelete,
}: {
  story: Story;
  /** How many of this guide's questions the story answers. */
  guideQuestionCount: number;
  /** The editor holds unsaved changes to this story. */
  hasDraft: boolean;
  onEdit: (event: MouseEvent<HTMLButtonElement>) => void;
  /** Resolves once deleted; rejects with the reason. */
  onDelete: () => Promise<void>;
}) {
  const ids = useId();
  const titleId = `${ids}-title`;
  const partsId = `${ids}-parts`;
  const [expanded, setExpanded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<string>();
  const deleteButton = useRef<HTMLButtonElement>(null);
  const outcome = previewText(story.outcome, OUTCOME_PREVIEW);
  const toldParts = STORY_PARTS.filter((part) => story[part].trim() !== '');
  const otherQuestions = story.questions.length - guideQuestionCount;

  const cancelDelete = () => {
    setConfirming(false);
    deleteButton.current?.focus();
  };

  const confirmDelete = () => {
    if (deleting) return;
    setDeleting(true);
    setFailure(undefined);
    onDelete().catch((reason: unknown) => {
      setDeleting(false);
      setFailure(`The story could not be deleted: ${failureText(reason)}`);
    });
  };

  return (
    <li>
      <article className="story-card" data-story={story.id} aria-labelledby={titleId} tabIndex={-1}>
        <h4 id={titleId} className="story-title">
          {story.title}
        </h4>
        {hasDraft ? (
          <p className="story-draft-flag">
            <Icon name="clock" />
            Unsaved changes: Edit to carry on
          </p>
        ) : null}
        {story.outcome.trim() ? (
          <p className="story-outcome">
            <strong>Outcome: </strong>
            {expanded ? story.outcome : outcome.text}
          </p>
        ) : (
          <p className="story-outcome muted">No outcome written yet.</p>
        )}
        {story.qualities.length > 0 ? (
          <ul className="chips" aria-label="Qualities">
            {story.qualities.map((quality, index) => (
              <li key={`${index}:${quality}`} className="chip chip-accent story-chip">
                {quality}
              </li>
            ))}
          </ul>
        ) : null}
        {story.questions.length > 0 ? (
          <p className="story-meta">
            Answers {plural(guideQuestionCount, 'question')} in this guide
            {otherQuestions > 0 ? ` and ${plural(otherQuestions, 'question')} in other guides` : ''}.
          </p>
        ) : null}

        {expanded && toldParts.length > 0 ? (
          <div id={partsId} className="story-parts" role="region" aria-label={`The whole story: ${story.title}`} tabIndex={0}>
            <dl>
              {toldParts.map((part) => (
                <div key={part} className="story-part">
                  <dt>{STORY_FIELD_LABELS[part]}</dt>
                  <dd>{story[part]}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}

        {failure ? <ErrorNotice>{failure}</ErrorNotice> : null}

        <div className="story-actions">
          {toldParts.length > 0 || outcome.truncated ? (
            <button
              type="button"
              className="disclosure-button"
              aria-expanded={expanded}
              aria-controls={expanded && toldParts.length > 0 ? partsId : undefined}
              aria-describedby={titleId}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? 'Show less' : 'Show all'}
              <Icon name="chevron" className="disclosure-chevron" />
            </button>
          ) : null}
          <span className="story-actions-end">
            <button type="button" className="button button-secondary button-small" aria-describedby={titleId} onClick={onEdit}>
              Edit
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-describedby={titleId}
              ref={deleteButton}
              onClick={() => setConfirming(true)}
            >
              Delete
            </button>
          </span>
        </div>

        {confirming ? (
          <ConfirmBox
            id={`${ids}-confirm`}
            question="Delete this story? It is removed from every guide."
            confirmLabel="Delete story"
            busy={deleting}
            onConfirm={confirmDelete}
            onKeep={cancelDelete}
          />
        ) : null}
      </article>
    </li>
  );
}
