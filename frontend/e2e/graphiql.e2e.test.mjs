// GraphiQL is served by the binary itself: it loads and runs a query with
// every address outside the server blocked (an intranet without internet),
// under a Content-Security-Policy that names no outside host.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newContext, screenshot, watchErrors } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('GraphiQL loads from the server alone and runs a query', async () => {
  const context = await newContext(browser);
  const outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === server.url || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const res = await page.goto(`${server.url}/graphiql`);
  assert.equal(res.status(), 200);
  const csp = res.headers()['content-security-policy'];
  assert.ok(csp && !/https?:|\*/.test(csp), `CSP names no outside host: ${csp}`);
  assert.match(csp, /script-src 'self';/);

  // The schema was introspected: the documentation explorer knows Query.
  await page.locator('.graphiql-container').waitFor({ timeout: 300_000 });
  await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
  await page.evaluate(() => {
    document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('{ gradeFor(score: "91.5") regions { name } }');
  });
  // GraphiQL reads the operation's name from the editor after a debounce: until
  // the tab is renamed, a click would still send the previous tab's operation.
  await page.locator('.graphiql-tab-active', { hasText: '<untitled>' }).waitFor();
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.graphiql-response .CodeMirror-code', { hasText: 'EXCELLENT' }).waitFor({ timeout: 300_000 });
  const answer = await page.locator('.graphiql-response .CodeMirror-code').innerText();
  assert.match(answer, /"gradeFor": "EXCELLENT"/);
  assert.match(answer, /"regions"/);
  await screenshot(page, 'graphiql');

  // The guide it links to is served too.
  const guide = await page.request.get(`${server.url}/docs/api-guide.md`);
  assert.equal(guide.status(), 200);
  assert.match(await guide.text(), /Jixiao API/);

  assert.deepEqual(outside, [], 'no request left the server');
  assert.deepEqual(errors.filter((e) => !e.includes('favicon')), [], 'no page errors');
  await context.close();
});
