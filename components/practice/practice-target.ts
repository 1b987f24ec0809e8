import { practiceTarget, type PracticeTarget } from '../../lib/extension/pages';
import { BUNDLED_LIBRARY, guideLibrary } from '../../lib/guides/library';
import { STORES } from '../shared/stores';

/**
 * The question the practice page's address names: among the bundled guides at once, else
 * among the imported ones once they are read (without them, when the database cannot be
 * opened, it is not found).
 */
export async function findPracticeTarget(search: string): Promise<PracticeTarget> {
  const bundled = practiceTarget(search, BUNDLED_LIBRARY);
  if (bundled.status === 'found') return bundled;
  const imported = await STORES.importedGuides.list().then(
    ({ guides }) => guides.map((record) => record.guide),
    () => [],
  );
  return practiceTarget(search, guideLibrary(imported));
}
