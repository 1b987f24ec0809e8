import { jumpToSection } from './GuideSection';
import { ProgressBar } from '../../shared/ProgressBar';

export interface ListProgress {
  /** The section the count jumps to. */
  section: 'checklist' | 'mistakes' | 'questions';
  label: string;
  /** A short name for the summary tiles. */
  shortLabel: string;
  done: number;
  total: number;
}

/** The summary near the top: everything ticked so far, and each list's count as a jump link. */
export function OverallProgress({ lists, loading }: { lists: readonly ListProgress[]; loading: boolean }) {
  const done = lists.reduce((sum, list) => sum + list.done, 0);
  const total = lists.reduce((sum, list) => sum + list.total, 0);
  return (
    <div className="card overall" aria-busy={loading}>
      <ProgressBar label="Your preparation" done={done} total={total} size="large" testId="progress-overall" />
      <ul className="overall-lists">
        {lists.map((list) => (
          <li key={list.section}>
            <a
              className={list.total > 0 && list.done >= list.total ? 'overall-link is-complete' : 'overall-link'}
              href={`#section-${list.section}`}
              onClick={(event) => {
                if (jumpToSection(list.section)) event.preventDefault();
              }}
            >
              {/* The name is what the tile shows (WCAG 2.5.3, label in name), then the list's full name. */}
              <span className="overall-count">
                {list.done}
                <span className="overall-total">/{list.total}</span>
              </span>{' '}
              <span className="overall-label">{list.shortLabel}</span>
              <span className="visually-hidden"> ({list.label})</span>
            </a>
          </li>
        ))}
      </ul>
      <p className="overall-note">Your ticks are saved on this device only.</p>
    </div>
  );
}
