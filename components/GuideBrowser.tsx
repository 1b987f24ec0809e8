import type { CanonicalCompany } from '../lib/companies';
import { GUIDES } from '../lib/guides/catalog';
import type { Guide } from '../lib/guides/schema';
import type { RoleMatch } from '../lib/roles';
import { Icon } from './Icon';
import { plural } from './wording';

function relation(guide: Guide, company?: CanonicalCompany, role?: RoleMatch): string | undefined {
  if (company && guide.company.id === company.id) return `Same company: ${guide.company.name}`;
  if (role && guide.role.family === role.family) return `Same role: ${guide.role.name}`;
  return undefined;
}

/**
 * Every bundled guide, any of which the user can open in the panel. Guides for the same
 * company or role as the recognised job come first and say so: they are the closest help.
 */
export function GuideBrowser({
  onOpen,
  company,
  role,
}: {
  onOpen: (guideId: string) => void;
  company?: CanonicalCompany;
  role?: RoleMatch;
}) {
  const entries = GUIDES.map((guide) => ({ guide, related: relation(guide, company, role) })).sort(
    (a, b) => Number(Boolean(b.related)) - Number(Boolean(a.related)),
  );
  return (
    <section className="guide-browser" data-testid="guide-browser" aria-labelledby="guide-browser-title">
      <h2 id="guide-browser-title" className="browser-title">
        <Icon name="book" />
        Browse guides
      </h2>
      <p className="muted">Open any guide to read it and track your preparation.</p>
      <ul className="browser-list">
        {entries.map(({ guide, related }) => (
          <li key={guide.id}>
            <button
              type="button"
              className="card guide-card"
              data-guide={guide.id}
              onClick={() => onOpen(guide.id)}
            >
              <span className="guide-card-company">{guide.company.name}</span>
              <span className="guide-card-role">{guide.role.name}</span>
              <span className="guide-card-counts" id={`browser-${guide.id}-counts`}>
                {plural(guide.stages.length, 'stage')} · {plural(guide.questions.length, 'question')} ·{' '}
                {plural(guide.checklist.length, 'checklist item')}
              </span>
              {related ? <span className="chip chip-accent">{related}</span> : null}
              <span className="guide-card-open">
                Open guide <Icon name="back" className="icon-forward" />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
