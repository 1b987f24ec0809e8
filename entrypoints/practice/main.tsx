import '../../components/shared/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PracticeApp } from '../../components/practice/PracticeApp';
import { STORES } from '../../components/shared/stores';
import { BUNDLED_LIBRARY, guideLibrary } from '../../lib/guides/library';
import { practiceTarget } from '../../lib/extension/pages';

/**
 * The question the address names: among the bundled guides at once, else among the imported
 * ones once they are read (without them, when the database cannot be opened, it is not found).
 */
async function target() {
  const bundled = practiceTarget(location.search, BUNDLED_LIBRARY);
  if (bundled.status === 'found') return bundled;
  const imported = await STORES.userGuides.list().then(
    ({ guides }) => guides.map((record) => record.guide),
    () => [],
  );
  return practiceTarget(location.search, guideLibrary(imported));
}

const root = document.getElementById('root');
if (root) {
  void target().then((found) =>
    createRoot(root).render(
      <StrictMode>
        <PracticeApp target={found} />
      </StrictMode>,
    ),
  );
}
