import '../../lib/zod-jitless';
import '../../components/shared/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { tabIdFromSearch } from '../../lib/extension/pages';

const root = document.getElementById('root');
if (root) createRoot(root).render(
  <StrictMode>
    <SidePanelApp fixedTabId={tabIdFromSearch(location.search)} />
  </StrictMode>,
);
