import '../../lib/zod-jitless';
import '../../components/shared/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PracticeApp } from '../../components/practice/PracticeApp';
import { findPracticeTarget } from '../../components/practice/practice-target';

const root = document.getElementById('root');
if (root) {
  void findPracticeTarget(location.search).then((found) =>
    createRoot(root).render(
      <StrictMode>
        <PracticeApp target={found} />
      </StrictMode>,
    ),
  );
}
