/** The stored source texts, by source id (the file name without `.txt`). */
export const SOURCE_TEXTS: ReadonlyMap<string, string> = new Map(
  Object.entries(import.meta.glob<string>('./sources/*.txt', { eager: true, query: '?raw', import: 'default' })).map(
    ([path, text]) => [path.replace(/^\.\/sources\/(.*)\.txt$/, '$1'), text],
  ),
);
