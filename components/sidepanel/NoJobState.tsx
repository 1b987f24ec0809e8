import { Icon } from '../shared/Icon';

/** The tab shows no job listing PrepPanel can read. */
export function NoJobState({ reason }: { reason?: string }) {
  return (
    <div className="card empty-state" data-testid="state-no-job">
      <span className="empty-icon" aria-hidden="true">
        <Icon name="search" />
      </span>
      <h1 className="empty-title">No job listing recognised on this page</h1>
      {reason ? <p data-testid="no-job-reason">{reason}</p> : null}
      <p>
        PrepPanel reads job listings on amazon.jobs, LinkedIn, Indeed and Glassdoor, and on career sites that run on
        Greenhouse, Lever, Workday, Ashby, SmartRecruiters or Workable. Open a listing, such as a Data Scientist role,
        and this panel shows its interview guide next to it.
      </p>
      <p className="muted">
        On a company&rsquo;s own careers site, turn PrepPanel on for that site from the toolbar button.
      </p>
    </div>
  );
}
