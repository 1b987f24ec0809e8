import { formatDay } from '../../lib/format';
import { BUNDLED_IDS } from '../../lib/guides/library';
import type { ImportedGuideStore, StoredImportedGuide } from '../../lib/storage/imported-guides';
import { ErrorNotice } from '../shared/ErrorNotice';
import { RetryNotice, SectionSkeleton, useRowRemoval } from './section-states';
import { useImportedGuides } from './use-imported-guides';

/** Why a stored guide is missing from the side panel's guide list; undefined when it is there. */
function hiddenBecause(row: StoredImportedGuide): string | undefined {
  if (!row.record) return `It could not be read, so the guide list leaves it out (${row.problem ?? 'unknown problem'}).`;
  if (BUNDLED_IDS.has(row.key)) return 'It has the id of a guide that comes with PrepPanel, so the guide list leaves it out.';
  return undefined;
}

/**
 * Every guide the user imported, each with Remove: also one that the guide list cannot show
 * (unreadable, or holding a bundled guide's id, from an older PrepPanel), so none is stuck.
 */
export function ImportedGuidesSection({ onDataChanged, store }: { onDataChanged: () => void; store?: ImportedGuideStore }) {
  const guides = useImportedGuides(onDataChanged, store);
  const { heading, removing, removeRow } = useRowRemoval(
    (row: StoredImportedGuide) => row.key,
    guides.status === 'ready' ? guides.remove : undefined,
  );

  return (
    <section className="card options-section" aria-labelledby="options-imported-guides" data-testid="options-imported-guides">
      <h2 id="options-imported-guides" className="section-title" tabIndex={-1} ref={heading}>
        Imported guides
      </h2>
      <p className="section-intro">
        Guides you brought from files (&ldquo;Bring your own guide&rdquo; under the side panel&rsquo;s guide list).
        Removing one keeps your ticks on it: they come back if you import it again.
      </p>
      {guides.status === 'loading' ? (
        <SectionSkeleton label="Reading your imported guides…" />
      ) : guides.status === 'error' ? (
        <RetryNotice message={guides.message} retry={guides.retry} />
      ) : guides.rows.length === 0 ? (
        <p className="options-empty" data-testid="options-no-imported-guides">
          You have not imported any guide.
        </p>
      ) : (
        <ul className="site-list" aria-label="Imported guides">
          {guides.rows.map((row) => {
            const hidden = hiddenBecause(row);
            return (
              <li key={row.key} className="site-row" data-imported-guide={row.key}>
                <span className="imported-guide">
                  <bdi className="imported-guide-title">{row.title}</bdi>
                  {row.record ? (
                    <span className="muted">
                      From <bdi>{row.record.fileName}</bdi>, {formatDay(row.record.importedAt)}
                    </span>
                  ) : null}
                  {hidden ? <span className="imported-guide-hidden">{hidden}</span> : null}
                </span>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={removing === row.key}
                  aria-label={`Remove ${row.title}`}
                  onClick={() => removeRow(row)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {guides.status === 'ready' && guides.error ? <ErrorNotice>{guides.error}</ErrorNotice> : null}
    </section>
  );
}
