import { Icon } from './Icon';

/** The tab shows no job listing PrepPanel can read. */
export function NoJobState() {
  return (
    <div className="card empty-state" data-testid="state-no-job">
      <span className="empty-icon" aria-hidden="true">
        <Icon name="search" />
      </span>
      <h1 className="empty-title">No job listing recognised on this page</h1>
      <p>
        PrepPanel works on single job listings at <strong>amazon.jobs</strong>. Open a listing there, such as a Data
        Scientist role, and this panel shows its interview guide next to it.
      </p>
      <p className="muted">Search results and other pages are not listings, so nothing is shown for them.</p>
    </div>
  );
}
