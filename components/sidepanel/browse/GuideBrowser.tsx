import { useRef } from 'react';
import type { CanonicalCompany } from '../../../lib/job/companies';
import { guideFacets, isEmptyQuery, matchedWhere, searchGuides, EVERY_GUIDE, type GuideQuery } from '../../../lib/guides/search';
import { layersLabel, type GuideLayers } from '../../../lib/guides/layers';
import type { Guide } from '../../../lib/guides/schema';
import type { RoleMatch } from '../../../lib/job/roles';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { useGuideLibrary } from '../../shared/GuideLibraryProvider';
import { GuideImport } from './GuideImport';
import { Icon } from '../../shared/Icon';
import { guideLabel, plural } from '../../shared/wording';
import './browse.css';

function relation(guide: Guide, company?: CanonicalCompany, role?: RoleMatch): string | undefined {
  if (company && guide.company.id === company.id) return `Same company: ${guide.company.name}`;
  if (role && guide.role.family === role.family) return `Same role: ${guide.role.name}`;
  return undefined;
}

/** Offered when the list is browsed from a listing: any guide can be pinned to that job. */
export interface PinChoice {
  /** The guide already pinned to the job, if any. */
  pinnedGuideId?: string;
  onUse(guideId: string): void;
}

/**
 * Every guide, bundled or imported, searchable by words and filtered by company and role, any of which the
 * user can open in the panel (or, from a listing, use for that job). Guides for the same company
 * or role as the recognised job come first and say so: they are the closest help.
 */
export function GuideBrowser({
  onOpen,
  query,
  onQuery,
  company,
  role,
  pinChoice,
  ...shown
}: {
  onOpen: (guideId: string) => void;
  query: GuideQuery;
  onQuery: (query: GuideQuery) => void;
  company?: CanonicalCompany;
  role?: RoleMatch;
  pinChoice?: PinChoice;
  /** The guides to list, when not every guide of the library. */
  guides?: readonly Guide[];
  layersOf?: ReadonlyMap<string, GuideLayers>;
}) {
  const { library, notice } = useGuideLibrary();
  const { guides = library.guides, layersOf = library.layersOf } = shown;
  const searchBox = useRef<HTMLInputElement>(null);
  const facets = guideFacets(guides);
  const entries = searchGuides(guides, query)
    .map((hit) => ({ hit, related: relation(hit.guide, company, role) }))
    .sort((a, b) => Number(Boolean(b.related)) - Number(Boolean(a.related)));
  const clear = () => {
    onQuery(EVERY_GUIDE);
    searchBox.current?.focus();
  };
  const count = isEmptyQuery(query)
    ? plural(guides.length, 'guide')
    : entries.length === 0
      ? 'No guide matches'
      : `${entries.length} of ${plural(guides.length, 'guide')} ${entries.length === 1 ? 'matches' : 'match'}`;

  return (
    <section className="guide-browser" data-testid="guide-browser" aria-labelledby="guide-browser-title">
      <h2 id="guide-browser-title" className="browser-title">
        <Icon name="book" />
        Browse guides
      </h2>
      <p className="muted">Open any guide to read it and track your preparation.</p>
      <div role="search" className="card guide-search" aria-label="Search guides">
        <label className="field guide-search-text">
          <span className="field-label">Search guides</span>
          <input
            ref={searchBox}
            type="search"
            className="input"
            value={query.text}
            placeholder="Company, role or a word from a question"
            onChange={(event) => onQuery({ ...query, text: event.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">Company</span>
          <select className="input" value={query.company} onChange={(event) => onQuery({ ...query, company: event.target.value })}>
            <option value="">Every company</option>
            {facets.companies.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Role</span>
          <select className="input" value={query.role} onChange={(event) => onQuery({ ...query, role: event.target.value })}>
            <option value="">Every role</option>
            {facets.roles.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted guide-search-count" role="status" data-testid="guide-search-count">
        {count}
      </p>
      {entries.length === 0 ? (
        <div className="card guide-search-empty" data-testid="guide-search-empty">
          <p>
            No guide matches {query.text.trim() ? <span className="quoted">{query.text.trim()}</span> : 'these filters'}
            {query.text.trim() && (query.company || query.role) ? ' with these filters' : ''}.
          </p>
          <button type="button" className="button button-secondary button-small" onClick={clear}>
            Clear the search
          </button>
        </div>
      ) : (
        <ul className="browser-list">
          {entries.map(({ hit, related }) => {
            const { guide } = hit;
            const layers = layersOf.get(guide.id);
            const where = matchedWhere(hit);
            const pinned = pinChoice?.pinnedGuideId === guide.id;
            return (
              <li key={guide.id} className="guide-entry">
                <button
                  type="button"
                  className="card guide-card"
                  data-guide={guide.id}
                  onClick={() => onOpen(guide.id)}
                >
                  <span className="guide-card-company">{guide.company.name}</span>
                  <span className="guide-card-role">{guide.role.name}</span>
                  <span className="guide-card-counts">
                    {plural(guide.stages.length, 'stage')} · {plural(guide.questions.length, 'question')} ·{' '}
                    {plural(guide.checklist.length, 'checklist item')}
                  </span>
                  {layers ? (
                    <span className="guide-card-layers">
                      {layersLabel(guide, layers)}
                    </span>
                  ) : null}
                  {where ? <span className="guide-card-where">{where}</span> : null}
                  {layers?.imported ? <span className="chip chip-quiet">Imported by you</span> : null}
                  {related ? <span className="chip chip-accent">{related}</span> : null}
                  {pinned ? <span className="chip chip-accent">Pinned to this job</span> : null}
                  <span className="guide-card-open">
                    Open guide <Icon name="back" className="icon-forward" />
                  </span>
                </button>
                {pinChoice && !pinned ? (
                  <button
                    type="button"
                    className="button button-quiet button-small guide-use"
                    data-use-guide={guide.id}
                    onClick={() => pinChoice.onUse(guide.id)}
                  >
                    Use for this job<span className="visually-hidden">: {guideLabel(guide)}</span>
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {notice ? <ErrorNotice>{notice}</ErrorNotice> : null}
      <GuideImport onOpen={onOpen} />
    </section>
  );
}
