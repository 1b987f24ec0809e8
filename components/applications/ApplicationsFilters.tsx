import { APPLICATION_SORTS, SORT_LABELS, STATUS_LABELS, type ApplicationSort, type CompanyOption, type StatusFilter } from '../../lib/applications/applications';
import { withoutInvisible } from '../../lib/job/page-text';
import { APPLICATION_STATUSES } from '../../lib/storage/schema';

/** The list's filters (status with its counts, company) and its order. */
export function ApplicationsFilters({
  status,
  company,
  sort,
  counts,
  companies,
  onStatus,
  onCompany,
  onSort,
}: {
  status: StatusFilter;
  /** A company key, or empty for every company. */
  company: string;
  sort: ApplicationSort;
  counts: Record<StatusFilter, number>;
  companies: readonly CompanyOption[];
  onStatus(status: StatusFilter): void;
  onCompany(key: string): void;
  onSort(sort: ApplicationSort): void;
}) {
  return (
    <div className="card applications-filters" role="group" aria-label="Filter and sort">
      <label className="field">
        <span className="field-label">Status</span>
        <select
          className="input"
          value={status}
          data-testid="filter-status"
          onChange={(event) => onStatus(APPLICATION_STATUSES.find((option) => option === event.target.value) ?? 'all')}
        >
          <option value="all">All ({counts.all})</option>
          {APPLICATION_STATUSES.map((option) => (
            <option key={option} value={option}>
              {STATUS_LABELS[option]} ({counts[option]})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Company</span>
        <select className="input" value={company} data-testid="filter-company" onChange={(event) => onCompany(event.target.value)}>
          <option value="">Every company</option>
          {/* An option holds text only and cannot isolate a name: a name kept before page text
              was cleaned loses its bidi controls here instead. */}
          {companies.map((option) => (
            <option key={option.key} value={option.key}>
              {withoutInvisible(option.name)} ({option.count})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Sort by</span>
        <select className="input" value={sort} data-testid="sort" onChange={(event) => onSort(APPLICATION_SORTS.find((option) => option === event.target.value) ?? 'seen-newest')}>
          {APPLICATION_SORTS.map((option) => (
            <option key={option} value={option}>
              {SORT_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
