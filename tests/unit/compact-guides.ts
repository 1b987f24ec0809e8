import type * as Catalog from '../../lib/guides/catalog';
import { GuideSchema, type Guide } from '../../lib/guides/schema';

/** How many items of each list a compact guide keeps, besides those a test names. */
const KEPT_PER_LIST = 2;

/**
 * A bundled guide with each list cut to its first items, plus the items a test names
 * (`'checklist/map-requirements'`), and the sources they cite. A test that renders a whole
 * guide in jsdom spends nearly all its time making and searching nodes for items it never
 * looks at; a compact guide keeps the real ids, wording and layers, and stays a valid guide.
 */
export function compactGuide(guide: Guide, keep: readonly string[] = []): Guide {
  const cut = <T extends { id: string }>(list: 'stages' | 'qualities' | 'questions' | 'checklist' | 'mistakes' | 'faqs', items: readonly T[]) =>
    items.filter((item, index) => index < KEPT_PER_LIST || keep.includes(`${list}/${item.id}`));
  const stages = cut('stages', guide.stages);
  const questions = cut('questions', guide.questions);
  const lists = {
    stages,
    qualities: cut('qualities', guide.qualities),
    questions,
    checklist: cut('checklist', guide.checklist),
    mistakes: cut('mistakes', guide.mistakes),
    faqs: cut('faqs', guide.faqs),
  };
  const cited = new Set([
    ...guide.overview.sources,
    ...guide.work.sources,
    ...guide.howToApply.sources,
    ...(guide.compensation?.sources ?? []),
    ...Object.values(lists).flatMap((items) => items.flatMap((item) => item.sources)),
  ]);
  return GuideSchema.parse({
    ...guide,
    ...lists,
    sources: guide.sources.filter((source) => cited.has(source.id)),
    overview: { ...guide.overview, stageCount: stages.length, questionCount: questions.length },
  });
}

/**
 * The catalog module with every bundled guide compact, for `vi.mock('…/lib/guides/catalog')`:
 * the side panel then renders and matches the real guides' ids and layers, at a fraction of
 * the cost. `keep` names items (by `list/id`) that the test uses.
 */
export async function compactCatalog(importActual: <T>() => Promise<T>, keep: readonly string[] = []): Promise<typeof Catalog> {
  const actual = await importActual<typeof Catalog>();
  const GUIDES = actual.GUIDES.map((guide) => compactGuide(guide, keep));
  return { ...actual, GUIDES, guideById: (id: string) => GUIDES.find((guide) => guide.id === id) };
}
