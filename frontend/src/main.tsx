import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bootClient } from './api/bootClient';
import { prefetchCockpit } from './pages/cockpit/prefetchCockpit';
import { preloadLandingPage } from './routes';
import './styles.css';

// The page's code and, for the cockpit, its first figures are asked for now,
// beside the viewer query, instead of one after the other.
preloadLandingPage(window.location.pathname);
if (window.location.pathname === '/cockpit') prefetchCockpit(bootClient(), window.location.search);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
