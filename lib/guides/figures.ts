/**
 * The "invents no figure" rule: every number a guide states must appear in the stored text of
 * one of its sources (lib/guides/sources/<source id>.txt).
 */

/** Every number written in a text, with thousands separators removed ("£50,000" is 50000). */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((match) => match[0].replace(/,(?=\d{3}\b)/g, '').replace(/,$/, ''));
}

/**
 * Keys whose numbers are not claims: ids and source ids are names, the schema version is
 * format, and the stage and question counts are derived from the lists.
 */
const NOT_FIGURES = new Set(['id', 'sources', 'schemaVersion', 'stageCount', 'questionCount']);

export interface UnsourcedFigure {
  path: string;
  figure: string;
}

/** The figures in `value` (a guide or a layer) that none of `sourceTexts` contains, with where they are. */
export function unsourcedFigures(value: unknown, sourceTexts: readonly string[]): UnsourcedFigure[] {
  const sourced = new Set(sourceTexts.flatMap(numbersIn));
  const found: UnsourcedFigure[] = [];
  const visit = (node: unknown, path: string): void => {
    const figures = typeof node === 'number' ? [String(node)] : typeof node === 'string' ? numbersIn(node) : [];
    for (const figure of figures) if (!sourced.has(figure)) found.push({ path, figure });
    if (Array.isArray(node)) node.forEach((child, index) => visit(child, path ? `${path}.${index}` : String(index)));
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (!NOT_FIGURES.has(key)) visit(child, path ? `${path}.${key}` : key);
      }
    }
  };
  visit(value, '');
  return found;
}

/** The stored texts of the sources a guide or layer declares. */
export function textsOfSources(sources: readonly { id: string }[], stored: ReadonlyMap<string, string>): string[] {
  return sources.flatMap((source) => stored.get(source.id) ?? []);
}
