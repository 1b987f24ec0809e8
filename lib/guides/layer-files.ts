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

const files = (glob: Record<string, unknown>): LayerFile[] =>
  Object.entries(glob)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, data]) => ({ path: `lib/guides/${path.replace(/^\.\//, '')}`, data }));

export const LAYER_FILES: LayerFiles = {
  general: files(import.meta.glob('./data/general/*.json', { eager: true, import: 'default' })),
  companies: files(import.meta.glob('./data/companies/*.json', { eager: true, import: 'default' })),
  roles: files(import.meta.glob('./data/roles/*.json', { eager: true, import: 'default' })),
  specifics: files(import.meta.glob('./data/specifics/*.json', { eager: true, import: 'default' })),
};
