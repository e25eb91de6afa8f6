import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadLandingPage } from './routes';
import 'antd/dist/antd.css';
import './styles.css';

performance.mark('jixiao:main');
// The page's code is asked for now, beside the viewer query (which the
// start-up script, src/startup.ts, has already sent), instead of after it.
preloadLandingPage(window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
