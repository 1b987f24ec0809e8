import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PracticeApp } from '../../components/PracticeApp';
import { STORES } from '../../components/stores';
import { BUNDLED_LIBRARY, guideLibrary } from '../../lib/guides/library';
import { practiceTarget } from '../../lib/pages';
import '../../components/styles.css';
import '../../components/practice.css';

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
