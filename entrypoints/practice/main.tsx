import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PracticeApp } from '../../components/PracticeApp';
import { practiceTarget } from '../../components/practice-hooks';
import '../../components/styles.css';
import '../../components/practice.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(
  <StrictMode>
    <PracticeApp target={practiceTarget(location.search)} />
  </StrictMode>,
);
