import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/PopupApp';
import { tabIdFromSearch } from '../../lib/pages';
import '../../components/styles.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(
  <StrictMode>
    <PopupApp fixedTabId={tabIdFromSearch(location.search)} />
  </StrictMode>,
);
