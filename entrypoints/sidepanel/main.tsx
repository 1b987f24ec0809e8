import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '../../components/SidePanelApp';
import { tabIdFromSearch } from '../../lib/pages';
import '../../components/styles.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(
  <StrictMode>
    <SidePanelApp fixedTabId={tabIdFromSearch(location.search)} />
  </StrictMode>,
);
