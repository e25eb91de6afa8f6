// The GraphQL-over-HTTP conformance audit (graphql-http's serverAudits), run
// against the real server: every audit must pass without a warning or error
// (notices are allowed: the spec says MAY there).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serverAudits } from 'graphql-http';
import { startServer } from './support/server.mjs';

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

test('graphql-http audit: no warnings, no errors', async () => {
  const results = [];
  for (const audit of serverAudits({ url: `${server.url}/graphql` })) {
    results.push(await audit.fn());
  }
  const failed = results.filter((r) => r.status === 'warn' || r.status === 'error');
  const describe = (r) => `${r.status} ${r.name}: ${r.reason}`;
  const counts = results.reduce((m, r) => ({ ...m, [r.status]: (m[r.status] ?? 0) + 1 }), {});
  console.log(`graphql-http ${results.length} audits:`, JSON.stringify(counts));
  for (const r of results.filter((r) => r.status !== 'ok')) console.log(describe(r));
  assert.deepEqual(failed.map(describe), []);
});
