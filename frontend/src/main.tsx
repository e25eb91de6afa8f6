import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadLandingPage } from './routes';
import 'antd/dist/antd.css';
import './styles.css';

performance.mark('jixiao:main');
// The first render waits for the code of the page the browser opened on
// (which the start-up script preloads, so it is usually there by now): the
// shell and the page then appear in one render, with the start-up answers
// that have arrived already in it (useStartupQuery), instead of the shell
// with a spinner first and the page one render and a fetch later.
void preloadLandingPage(window.location.pathname).finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
