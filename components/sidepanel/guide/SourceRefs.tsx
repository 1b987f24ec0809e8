import type { Source } from '../../../lib/guides/schema';

/** "Sources: [1] [3]" under a section, each a jump to the entry in the Sources section. */
export function SourceRefs({ ids, sources }: { ids: readonly string[]; sources: readonly Source[] }) {
  const refs = ids
    .map((id) => ({ id, index: sources.findIndex((source) => source.id === id) }))
    .filter((ref) => ref.index >= 0)
    .sort((a, b) => a.index - b.index);
  if (refs.length === 0) return null;
  return (
    <p className="source-refs">
      <span>{refs.length === 1 ? 'Source' : 'Sources'}:</span>{' '}
      {refs.map((ref) => (
        <a
          key={ref.id}
          className="source-ref"
          href={`#source-${ref.id}`}
          title={sources[ref.index]?.title}
          aria-label={`Source ${ref.index + 1}: ${sources[ref.index]?.title ?? ''}`}
        >
          {ref.index + 1}
        </a>
      ))}
    </p>
  );
}
