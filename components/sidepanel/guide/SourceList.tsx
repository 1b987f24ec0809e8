import type { Source } from '../../../lib/guides/schema';
import { Icon } from '../../shared/Icon';

/** Where the guide's facts come from; sources with a public address link to it. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ol className="sources">
      {sources.map((source) => (
        <li key={source.id} id={`source-${source.id}`} className="source" tabIndex={-1}>
          <p className="source-title">
            {source.url ? (
              <a href={source.url} target="_blank" rel="noreferrer" className="external-link">
                {source.title}
                <Icon name="external" className="external-icon" />
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              source.title
            )}
          </p>
          <p className="source-use">{source.usedFor}</p>
        </li>
      ))}
    </ol>
  );
}
