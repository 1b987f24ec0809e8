import type { Question } from '../../lib/guides/schema';

/** Why a question is asked and how to answer it. */
export function AnswerTips({ question }: { question: Pick<Question, 'whyAsked' | 'howToAnswer'> }) {
  return (
    <dl className="tips">
      <dt>Why they ask it</dt>
      <dd>{question.whyAsked}</dd>
      <dt>How to answer</dt>
      <dd>{question.howToAnswer}</dd>
    </dl>
  );
}
