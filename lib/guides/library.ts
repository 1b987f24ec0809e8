import { GUIDES, GUIDE_LAYERS } from './catalog';
import type { GuideLayers } from './layers';
import type { Guide } from './schema';

/**
 * Every guide a view can show: the bundled ones, then those the user imported. An imported
 * guide is written whole for its company and role, so it counts as level-free specifics.
 */
export interface GuideLibrary {
  guides: readonly Guide[];
  layersOf: ReadonlyMap<string, GuideLayers>;
  byId(id: string): Guide | undefined;
}

/** The ids of the bundled guides, which an imported guide may not take. */
export const BUNDLED_IDS: ReadonlySet<string> = new Set(GUIDES.map((guide) => guide.id));

export function importedLayers(guide: Pick<Guide, 'id' | 'company'>): GuideLayers {
  return { company: guide.company.id, specifics: guide.id, imported: true };
}

export function guideLibrary(imported: readonly Guide[] = []): GuideLibrary {
  // A stored guide that took a bundled id (only possible from an older file) never shadows it.
  const own = imported.filter((guide) => !BUNDLED_IDS.has(guide.id));
  const guides = [...GUIDES, ...own];
  const layersOf = new Map(GUIDE_LAYERS);
  for (const guide of own) layersOf.set(guide.id, importedLayers(guide));
  const byId = new Map(guides.map((guide) => [guide.id, guide]));
  return { guides, layersOf, byId: (id) => byId.get(id) };
}

/** The bundled guides alone: what a view shows before (or without) the imported ones. */
export const BUNDLED_LIBRARY: GuideLibrary = guideLibrary();
