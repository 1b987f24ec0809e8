/**
 * "3 of 8" with a bar. The bar is a real progressbar for assistive technology; its value is
 * the number of items done, so tests and screen readers read the same count.
 */
export function ProgressBar({
  label,
  ariaLabel = label,
  done,
  total,
  testId,
  size = 'regular',
}: {
  label: string;
  /** The bar's name for assistive technology, when the visible label leans on its section. */
  ariaLabel?: string;
  done: number;
  total: number;
  testId?: string;
  size?: 'regular' | 'large';
}) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  const complete = total > 0 && done >= total;
  return (
    <div className={`progress progress-${size}${complete ? ' is-complete' : ''}`}>
      <div className="progress-text">
        <span className="progress-label">{label}</span>
        <span className="progress-count">
          {done} of {total}
        </span>
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={ariaLabel}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total}`}
        data-testid={testId}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
