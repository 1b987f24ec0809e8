import type { Question } from '../lib/guides/schema';
import { itemKey, type ProgressList } from '../lib/storage/schema';
import { Disclosure } from './Disclosure';

/**
 * One interview question: its text, a "Prepared" tick (named by the question itself, so a
 * screen reader says which question it marks) and the tips behind a disclosure button.
 */
export function QuestionCard({
  question,
  number,
  prepared,
  disabled,
  tipsOpen,
  onToggleTips,
  onToggle,
}: {
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
        <Disclosure
          className="question-tips"
          label="Answer tips"
          open={tipsOpen}
          onToggle={onToggleTips}
        >
          <dl className="tips">
            <dt>Why they ask it</dt>
            <dd>{question.whyAsked}</dd>
            <dt>How to answer</dt>
            <dd>{question.howToAnswer}</dd>
          </dl>
        </Disclosure>
      </div>
    </li>
  );
}
