import { useId, type MouseEvent } from 'react';
import type { Guide } from '../../lib/guides/schema';
import type { Story } from '../../lib/storage/schema';
import { storyQuestions, type StoryStart } from '../../lib/stories/form';
import { questionCoverage, questionRef, qualityCoverage } from '../../lib/stories/coverage';
import { Icon } from '../shared/Icon';
import { CATEGORY_ORDER, categoryLabel, plural } from '../shared/wording';

type OnWrite = (start: StoryStart, event: MouseEvent<HTMLButtonElement>) => void;

/** Whether a row has a story, said in words beside an icon (never by colour alone). */
function CoverageStatus({ count }: { count: number }) {
  if (count === 0) {
    return (
      <span className="coverage-status coverage-gap">
        <Icon name="alert" />
        No story yet
      </span>
    );
  }
  return (
    <span className="coverage-status">
      <Icon name="check" />
      {plural(count, 'story', 'stories')}
    </span>
  );
}

function CoveringStories({ stories }: { stories: readonly Story[] }) {
  return (
    <ul className="chips coverage-stories" aria-label="Stories">
      {stories.map((story) => (
        <li key={story.id} className="chip story-chip">
          {story.title}
        </li>
      ))}
    </ul>
  );
}

/**
 * Which of the guide's qualities and questions the user's stories cover, and where the gaps
 * are, each gap with a button that starts a story tagged to fill it.
 */
export function CoverageGrid({ guide, stories, onWrite }: { guide: Guide; stories: readonly Story[]; onWrite: OnWrite }) {
  const idPrefix = useId();
  const qualities = qualityCoverage(guide.qualities, stories);
  const questions = questionCoverage(guide.id, storyQuestions(guide.questions), stories);
  const coveredQualities = qualities.filter((row) => row.stories.length > 0).length;
  const coveredQuestions = questions.filter((row) => row.stories.length > 0).length;
  const groups = CATEGORY_ORDER.map((category) => ({
    category,
    rows: questions.filter((row) => row.question.category === category),
  })).filter((group) => group.rows.length > 0);

  return (
    <div className="coverage" data-testid="coverage-grid">
      <h3 className="coverage-title">What your stories cover</h3>

      <div className="coverage-block">
        <h4 className="group-heading">
          <span>Qualities</span>
          <span className="group-count" data-testid="coverage-summary">
            {coveredQualities} of {plural(qualities.length, 'quality', 'qualities')} {coveredQualities === 1 ? 'has' : 'have'} a story
          </span>
        </h4>
        <ul className="coverage-list">
          {qualities.map(({ quality, stories: covering }) => (
            <li
              key={quality.id}
              className={covering.length > 0 ? 'coverage-row is-covered' : 'coverage-row is-gap'}
              data-quality={quality.id}
              data-covered={covering.length > 0}
            >
              <div className="coverage-row-head">
                <span className="coverage-name">{quality.name}</span>
                <CoverageStatus count={covering.length} />
              </div>
              {covering.length > 0 ? (
                <CoveringStories stories={covering} />
              ) : (
                <button
                  type="button"
                  className="button button-quiet button-small coverage-write"
                  onClick={(event) => onWrite({ qualities: [quality.name] }, event)}
                >
                  Write a story{' '}
                  <span className="visually-hidden">for {quality.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>

      <div className="coverage-block">
        <h4 className="group-heading">
          <span>Questions</span>
          <span className="group-count" data-testid="coverage-questions-summary">
            {coveredQuestions} of {plural(questions.length, 'question')} {coveredQuestions === 1 ? 'has' : 'have'} a story
          </span>
        </h4>
        <p className="coverage-note">
          Questions answered from experience. SQL and theory questions are left out: they are answered with a query or an explanation.
        </p>
        {groups.map((group) => (
          <div key={group.category} className="coverage-group">
            <h5 className="coverage-group-title">{categoryLabel(group.category)}</h5>
            <ul className="coverage-list coverage-list-questions">
              {group.rows.map(({ question, stories: covering }) => {
                const textId = `${idPrefix}-${question.id}`;
                return (
                  <li
                    key={question.id}
                    className={covering.length > 0 ? 'coverage-row is-covered' : 'coverage-row is-gap'}
                    data-question={question.id}
                    data-covered={covering.length > 0}
                  >
                    <p id={textId} className="coverage-question">
                      {question.text}
                    </p>
                    <div className="coverage-row-foot">
                      <CoverageStatus count={covering.length} />
                      {covering.length === 0 ? (
                        <button
                          type="button"
                          className="button button-quiet button-small"
                          aria-describedby={textId}
                          onClick={(event) => onWrite({ questions: [questionRef(guide.id, question.id)] }, event)}
                        >
                          Write a story
                        </button>
                      ) : null}
                    </div>
                    {covering.length > 0 ? <CoveringStories stories={covering} /> : null}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}
