// GraphiQL served by the binary itself at /graphiql (no CDN: it must work on an
// intranet without internet access). A second Vite entry (vite.config.ts), so
// the SPA's bundle does not carry it.
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './examples';

type Params = { query: string; variables?: Record<string, unknown>; operationName?: string | null };

/** Same-origin POST with the session cookie; a bearer token typed into the headers tab is sent too. */
async function fetcher(params: Params, options?: { headers?: Record<string, string> }) {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return res.json();
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} defaultEditorToolsVisibility="variables">
      <GraphiQL.Logo>
        <a href="/docs/api-guide.md" target="_blank" rel="noreferrer" style={{ textDecoration: 'none' }}>
          Jixiao API · 指南 / guide
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
