import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApplicationsApp } from '../../components/ApplicationsApp';
import { GuideLibraryProvider } from '../../components/GuideLibraryProvider';
import '../../components/styles.css';
import '../../components/applications.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(
  <StrictMode>
    <GuideLibraryProvider>
      <ApplicationsApp />
    </GuideLibraryProvider>
  </StrictMode>,
);
