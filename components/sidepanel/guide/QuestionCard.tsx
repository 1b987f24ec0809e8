import { useState } from 'react';
import type { Question } from '../../../lib/guides/schema';
import { itemKey, type ProgressList } from '../../../lib/storage/schema';
import { Disclosure } from '../../shared/Disclosure';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { openPracticePage } from '../../../lib/extension/browser-ui';
import { practisedLine } from '../../practice/practice-words';
import { usePracticeCount } from '../../practice/use-practice-count';
import { failureText } from '../../shared/failure-text';
import { AnswerTips } from '../../practice/AnswerTips';
import './QuestionCard.css';

/**
 * One interview question: its text, a "Prepared" tick (named by the question itself, so a
 * screen reader says which question it marks), a button that opens the practice page in a
 * new tab, how often it was practised, and the tips behind a disclosure button.
 */
export function QuestionCard({
  guideId,
  question,
  number,
  prepared,
  disabled,
  tipsOpen,
  onToggleTips,
  onToggle,
}: {
  guideId: string;
  question: Question;
  number: number;
  prepared: boolean;
  disabled: boolean;
  tipsOpen: boolean;
  onToggleTips: () => void;
  onToggle: (list: ProgressList, itemId: string, done: boolean) => void;
}) {
  const key = itemKey('questions', question.id);
  const boxId = `pp-questions-${question.id}`;
  const textId = `${boxId}-text`;
  // Read once the panel's own stores have opened the database (`disabled` until then): they
  // wait for, and tell of, an upgrade that an older PrepPanel window holds up.
  const practice = usePracticeCount(disabled ? undefined : guideId, question.id);
  const practised = practisedLine(practice.record);
  const [openError, setOpenError] = useState<string>();
  const practise = () => {
    setOpenError(undefined);
    openPracticePage(guideId, question.id).catch((reason: unknown) =>
      setOpenError(`The practice page could not be opened: ${failureText(reason)}`),
    );
  };
  return (
    <li className={prepared ? 'question is-done' : 'question'}>
      <div className="question-head">
        <span className="question-number" aria-hidden="true">
          {number}
        </span>
        <p id={textId} className="question-text">
          {question.text}
        </p>
      </div>
      <div className="chips question-chips">
        <span className="chip chip-quiet">{question.fromSource ? 'Asked in the source' : 'Practice question'}</span>
      </div>
      {practised ? (
        <p className="muted question-practised" data-practised={question.id}>
          {practised}
        </p>
      ) : null}
      <div className="question-actions">
        <div className="prepared">
          <input
            type="checkbox"
            className="check-box"
            id={boxId}
            data-item={key}
            checked={prepared}
            disabled={disabled}
            aria-labelledby={textId}
            aria-describedby={`${boxId}-hint`}
            onChange={(event) => onToggle('questions', question.id, event.currentTarget.checked)}
          />
          <label htmlFor={boxId} id={`${boxId}-hint`} className="prepared-label">
            Prepared
          </label>
        </div>
        <button
          type="button"
          className="button button-secondary button-small"
          aria-describedby={textId}
          data-practise={question.id}
          onClick={practise}
        >
          Practise
        </button>
        <Disclosure
          className="question-tips"
          label="Answer tips"
          open={tipsOpen}
          onToggle={onToggleTips}
        >
          <AnswerTips question={question} />
        </Disclosure>
      </div>
      {openError ? <ErrorNotice>{openError}</ErrorNotice> : null}
      {practice.error ? <ErrorNotice>{practice.error}</ErrorNotice> : null}
    </li>
  );
}
