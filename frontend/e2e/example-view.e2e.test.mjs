// The example custom view (docs/examples/county-dashboard.html), built from the
// API guide alone, served from another origin than the API: it logs in, lists
// the regions and shows a county's figures, through CORS (JIXIAO_CORS_ORIGINS).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gql, login } from './support/api.mjs';
import { launchBrowser, screenshot, watchErrors } from './support/browser.mjs';
import { freePort, repoRoot, startServer } from './support/server.mjs';

let server;
let viewServer;
let viewOrigin;
let browser;
before(async () => {
  const port = await freePort();
  viewOrigin = `http://127.0.0.1:${port}`;
  const page = readFileSync(join(repoRoot, 'docs/examples/county-dashboard.html'));
  viewServer = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise((r) => viewServer.listen(port, '127.0.0.1', r));
  server = await startServer({ env: { JIXIAO_CORS_ORIGINS: viewOrigin } });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((r) => viewServer?.close(r) ?? r());
});

test('a county dashboard on another origin shows the figures the API gives', async () => {
  if (process.env.JIXIAO_E2E_URL) return; // a reused server was not started with this origin listed
  const token = await login(server.url, 'leader', 'Jixiao@2026');
  const want = (await gql(server.url, token, `{ overview(fiscalYear: 2025, region: "靖边县", asOfMonth: 12) { projectCount paid } }`)).overview;

  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${viewOrigin}/?api=${encodeURIComponent(server.url)}`);
  await page.getByLabel('口令 / password').fill('Jixiao@2026');
  await page.getByRole('button', { name: '登录 / log in' }).click();
  await page.locator('#view').waitFor({ state: 'visible', timeout: 300_000 });
  await page.locator('#region').selectOption('靖边县');
  await page.locator('[data-figure="projectCount"]', { hasText: String(want.projectCount) }).waitFor({ timeout: 300_000 });
  assert.equal(await page.locator('[data-figure="paid"]').innerText(), want.paid);
  assert.equal(await page.locator('#error').innerText(), '');
  await screenshot(page, 'example-county-dashboard');
  assert.deepEqual(errors, []);
  await page.close();
});
