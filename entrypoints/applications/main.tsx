import '../../lib/zod-jitless';
import '../../components/shared/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApplicationsApp } from '../../components/applications/ApplicationsApp';
import { GuideLibraryProvider } from '../../components/shared/GuideLibraryProvider';

const root = document.getElementById('root');
if (root) createRoot(root).render(
  <StrictMode>
    <GuideLibraryProvider>
      <ApplicationsApp />
    </GuideLibraryProvider>
  </StrictMode>,
);
