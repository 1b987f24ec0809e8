import type { Question } from '../../../lib/guides/schema';
import { itemKey, type ProgressList } from '../../../lib/storage/schema';
import { useOpenSet } from '../../shared/use-open-set';
import { QuestionCard } from './QuestionCard';
import { CATEGORY_ORDER, categoryLabel } from '../../shared/wording';

/** The guide's questions, grouped by category, numbered in guide order. */
export function QuestionList({
  guideId,
  questions,
  done,
  disabled,
  onToggle,
}: {
  guideId: string;
  questions: readonly Question[];
  done: ReadonlySet<string>;
  disabled: boolean;
  onToggle: (list: ProgressList, itemId: string, done: boolean) => void;
}) {
  const { open, setOpen, toggle: toggleTips } = useOpenSet();
  const allOpen = questions.length > 0 && questions.every((question) => open.has(question.id));
  const numbered = questions.map((question, index) => ({ question, number: index + 1 }));
  const groups = CATEGORY_ORDER.map((category) => ({
    category,
    entries: numbered.filter((entry) => entry.question.category === category),
  })).filter((group) => group.entries.length > 0);

  return (
    <div className="questions">
      <div className="section-tools">
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => setOpen(allOpen ? new Set() : new Set(questions.map((question) => question.id)))}
        >
          {allOpen ? 'Hide all tips' : 'Show all tips'}
        </button>
      </div>
      {groups.map((group) => {
        const prepared = group.entries.filter((entry) => done.has(itemKey('questions', entry.question.id))).length;
        return (
          <div key={group.category} className="question-group">
            <h3 className="group-heading">
              <span>{categoryLabel(group.category)}</span>
              <span className="group-count">
                {prepared} of {group.entries.length} prepared
              </span>
            </h3>
            <ul className="question-list">
              {group.entries.map(({ question, number }) => (
                <QuestionCard
                  key={question.id}
                  guideId={guideId}
                  question={question}
                  number={number}
                  prepared={done.has(itemKey('questions', question.id))}
                  disabled={disabled}
                  tipsOpen={open.has(question.id)}
                  onToggleTips={() => toggleTips(question.id)}
                  onToggle={onToggle}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
