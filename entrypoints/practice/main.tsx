import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PracticeApp } from '../../components/PracticeApp';
import { practiceTarget } from '../../components/practice-hooks';
import { guideLibrary } from '../../lib/guides/library';
import { UserGuideStore } from '../../lib/storage/user-guides';
import '../../components/styles.css';
import '../../components/practice.css';

const root = document.getElementById('root');
// A question of an imported guide is found once the imported guides are read; without them
// (the database cannot be opened) the bundled guides still are.
const imported = new UserGuideStore().list().then(
  ({ guides }) => guides.map((record) => record.guide),
  () => [],
);
if (root) {
  void imported.then((guides) =>
    createRoot(root).render(
      <StrictMode>
        <PracticeApp target={practiceTarget(location.search, guideLibrary(guides))} />
      </StrictMode>,
    ),
  );
}
