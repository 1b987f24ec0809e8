import { useMemo, useRef, useState } from 'react';
import {
  companyOptions,
  filterApplications,
  sortApplications,
  statusCounts,
  type ApplicationFilter,
  type ApplicationSort,
} from '../../lib/applications/applications';
import type { ApplicationStore } from '../../lib/applications/store';
import { useApplications, usePreparation } from './use-applications';
import { ApplicationsFilters } from './ApplicationsFilters';
import { ApplicationsItem } from './ApplicationsItem';
import { BrandBar } from '../shared/BrandBar';
import { ErrorNotice } from '../shared/ErrorNotice';
import { Icon } from '../shared/Icon';
import { plural } from '../shared/wording';
import './applications.css';

const EVERYTHING: ApplicationFilter = { status: 'all', company: '' };

/**
 * The applications page: every job the user kept, with its status, notes and preparation,
 * filtered and sorted as they choose. One column of cards, from 360 px to a full tab.
 */
export function ApplicationsApp({ store }: { store?: ApplicationStore }) {
  const state = useApplications(store);
  const preparation = usePreparation(state.applications);
  const [filter, setFilter] = useState<ApplicationFilter>(EVERYTHING);
  const [sort, setSort] = useState<ApplicationSort>('seen-newest');
  const listHeading = useRef<HTMLHeadingElement>(null);

  const companies = useMemo(() => companyOptions(state.applications), [state.applications]);
  const counts = useMemo(() => statusCounts(state.applications), [state.applications]);
  // A company whose last job was removed is no longer a choice: the filter lets it go.
  const company = companies.some((option) => option.key === filter.company) ? filter.company : '';
  const shown = useMemo(
    () => sortApplications(filterApplications(state.applications, { status: filter.status, company }), sort),
    [state.applications, filter.status, company, sort],
  );
  // Dates show the year only when it is not this one: the year the page opened in will do.
  const [now] = useState(Date.now);

  return (
    <div className="app app-page app-page-wide app-applications">
      <BrandBar />
      <main className="page-main">
        <header className="page-header">
          <h1 className="page-title">Your applications</h1>
          <p className="muted">
            Every job you opened a guide for or saved from the popup, with where it stands. Kept in this browser only.
          </p>
        </header>

        {state.status === 'loading' ? (
          <div className="applications-loading" role="status">
            <span className="visually-hidden">Loading your applications…</span>
            {[0, 1].map((index) => (
              <div key={index} className="card skeleton-card" aria-hidden="true">
                <span className="skeleton skeleton-line title" />
                <span className="skeleton skeleton-line medium" />
                <span className="skeleton skeleton-line" />
              </div>
            ))}
          </div>
        ) : state.status === 'error' ? (
          <div className="card applications-error" role="alert">
            <ErrorNotice role={null}>{state.notice}</ErrorNotice>
            <p className="muted">Nothing was changed or lost.</p>
            <button type="button" className="button button-secondary" onClick={state.retry}>
              Try again
            </button>
          </div>
        ) : state.applications.length === 0 ? (
          <div className="card empty-state" data-testid="applications-empty">
            <span className="empty-icon" aria-hidden="true">
              <Icon name="layers" />
            </span>
            <p className="empty-title">No jobs kept yet: open a listing's guide or save a job from the popup</p>
            {state.notice ? <ErrorNotice>{state.notice}</ErrorNotice> : null}
          </div>
        ) : (
          <>
            {state.notice ? <ErrorNotice>{state.notice}</ErrorNotice> : null}
            <ApplicationsFilters
              status={filter.status}
              company={company}
              sort={sort}
              counts={counts}
              companies={companies}
              onStatus={(status) => setFilter({ status, company })}
              onCompany={(key) => setFilter({ status: filter.status, company: key })}
              onSort={setSort}
            />
            <section className="applications-results" aria-labelledby="applications-list-title">
              <h2 id="applications-list-title" className="visually-hidden" tabIndex={-1} ref={listHeading}>
                Kept jobs
              </h2>
              <p className="applications-count muted" role="status" data-testid="applications-count">
                {shown.length === state.applications.length
                  ? `${plural(shown.length, 'job')} kept`
                  : `Showing ${shown.length} of ${plural(state.applications.length, 'job')}`}
              </p>
              {shown.length === 0 ? (
                <div className="applications-none">
                  <p>No job matches these filters.</p>
                  <button type="button" className="button button-secondary button-small" onClick={() => setFilter(EVERYTHING)}>
                    Show every job
                  </button>
                </div>
              ) : (
                <ul className="applications-list">
                  {shown.map((application) => (
                    <li key={application.jobKey}>
                      <ApplicationsItem
                        application={application}
                        preparation={preparation.get(application.jobKey)}
                        now={now}
                        actions={state}
                        // The card and its Remove button are gone: the focus goes back to the list.
                        onRemoved={() => listHeading.current?.focus()}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </main>
    </div>
  );
}
