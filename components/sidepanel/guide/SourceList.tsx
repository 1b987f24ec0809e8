import type { Source } from '../../../lib/guides/schema';
import { Icon } from '../../shared/Icon';

/**
 * Where the guide's facts come from; sources with a public address link to it, with the
 * address's host beside the label, so where a link leads is plain whatever its label says.
 */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ol className="sources">
      {sources.map((source) => (
        <li key={source.id} id={`source-${source.id}`} className="source" tabIndex={-1}>
          <p className="source-title">{source.url ? <SourceLink title={source.title} url={source.url} /> : source.title}</p>
          <p className="source-use">{source.usedFor}</p>
        </li>
      ))}
    </ol>
  );
}

function SourceLink({ title, url }: { title: string; url: string }) {
  return (
    <>
      <a href={url} target="_blank" rel="noreferrer" className="external-link">
        {title}
        <Icon name="external" className="external-icon" />
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>{' '}
      <span className="source-host" data-testid="source-host">
        {new URL(url).hostname}
      </span>
    </>
  );
}
