import { useId, useState } from 'react';
import { summaryText, type ApplicationSummary } from '../../../lib/applications/before-applying';
import { type Coverage } from '../../../lib/tailoring/requirements';
import { failureText } from '../../shared/failure-text';

type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'failed'; reason: string };

function Tally({ label, coverage, testId }: { label: string; coverage: Coverage; testId: string }) {
  const complete = coverage.total > 0 && coverage.covered >= coverage.total;
  return (
    <div className={complete ? 'tally is-complete' : 'tally'} data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        {coverage.covered} <span className="tally-total">of {coverage.total}</span>
      </dd>
    </div>
  );
}

/**
 * Where the user stands on this listing before applying, and the same as text to copy.
 * When the clipboard refuses, the text is shown to select by hand.
 */
export function BeforeApplying({ summary }: { summary: ApplicationSummary }) {
  const [copy, setCopy] = useState<CopyState>({ status: 'idle' });
  const textId = useId();
  const text = summaryText(summary);
  const gaps = summary.qualities.filter((quality) => quality.stories.length === 0);

  const copyText = () => {
    navigator.clipboard.writeText(text).then(
      () => setCopy({ status: 'copied' }),
      (reason: unknown) => setCopy({ status: 'failed', reason: failureText(reason) }),
    );
  };

  return (
    <div className="before-applying" data-testid="before-applying">
      <dl className="tallies">
        <Tally label="Requirements covered" coverage={summary.requirements} testId="summary-requirements" />
        <Tally
          label="Qualities with a story"
          coverage={{ covered: summary.qualities.length - gaps.length, total: summary.qualities.length }}
          testId="summary-qualities"
        />
        <Tally label="Questions practised" coverage={summary.questions} testId="summary-questions" />
        <Tally label="Mistakes checked" coverage={summary.mistakes} testId="summary-mistakes" />
      </dl>

      {gaps.length > 0 ? (
        <p className="summary-gaps">
          <strong>No story yet for:</strong> {gaps.map((gap) => gap.name).join(', ')}.
        </p>
      ) : null}
      {summary.requirements.open.length > 0 ? (
        <p className="summary-gaps">
          <strong>{summary.requirements.open.length} requirements</strong> still need evidence.
        </p>
      ) : null}

      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={copyText}>
          Copy summary
        </button>
        <span role="status" className="copy-status">
          {copy.status === 'copied' ? 'Copied to the clipboard.' : ''}
        </span>
      </div>
      {copy.status === 'failed' ? (
        <div className="field">
          <p className="field-error" role="alert">
            The clipboard refused the text ({copy.reason}). Select it below and copy it yourself.
          </p>
          <label className="visually-hidden" htmlFor={textId}>
            Summary text
          </label>
          <textarea id={textId} className="input summary-text" readOnly rows={10} value={text} />
        </div>
      ) : null}
    </div>
  );
}
