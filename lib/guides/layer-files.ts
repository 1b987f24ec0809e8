/**
 * The layer data files, unparsed, by path: the catalog parses them, and `npm run guides:check`
 * reports every problem in them rather than stopping at the first.
 */
export interface LayerFile {
  path: string;
  data: unknown;
}

export interface LayerFiles {
  /** The general process (data/general/process.json): absent, no general guides are made. */
  general?: LayerFile[];
  companies: LayerFile[];
  roles: LayerFile[];
  specifics: LayerFile[];
}

// The files are read as text and parsed with JSON.parse: browsers read a few hundred KB of
// data far faster that way than as the object literals a JSON import becomes.
const files = (glob: Record<string, string>): LayerFile[] =>
  Object.entries(glob)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => ({ path: `lib/guides/${path.replace(/^\.\//, '')}`, data: JSON.parse(text) as unknown }));

export const LAYER_FILES: LayerFiles = {
  general: files(import.meta.glob<string>('./data/general/*.json', { eager: true, query: '?raw', import: 'default' })),
  companies: files(import.meta.glob<string>('./data/companies/*.json', { eager: true, query: '?raw', import: 'default' })),
  roles: files(import.meta.glob<string>('./data/roles/*.json', { eager: true, query: '?raw', import: 'default' })),
  specifics: files(import.meta.glob<string>('./data/specifics/*.json', { eager: true, query: '?raw', import: 'default' })),
};
