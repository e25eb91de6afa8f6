// Measures what the daily e2e records as the cockpit's time to figures, on a
// running server, and shows where the time goes: each fresh browser context
// (no cache) gets the leader's session cookie, opens /cockpit and waits for
// the first key figure and the first drill-down row (scripts/cockpit-measure.mjs).
// Prints each run's phases and the medians, and the requests of the first run
// in order (start, end, encoded bytes), to find waterfalls. A tool for
// profiling, not a test: it asserts nothing.
// Usage: node scripts/cockpit-timing.mjs http://127.0.0.1:8080 [runs=5] [out.json]
import { writeFileSync } from 'node:fs';
import { launchBrowser } from '../e2e/support/browser.mjs';
import { measureCockpitLoad, summarise } from './cockpit-measure.mjs';

const url = (process.argv[2] ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const runs = Number(process.argv[3] ?? 5);
const out = process.argv[4];
const password = process.env.JIXIAO_DEMO_PASSWORD ?? 'Jixiao@2026';
const viewport = { width: 1440, height: 900 };

const browser = await launchBrowser();
const login = await browser.newContext({ viewport });
const lp = await login.newPage();
await lp.goto(`${url}/login`);
await lp.getByLabel(/用户名/).fill('leader');
await lp.getByLabel(/口令/).fill(password);
await lp.getByRole('button', { name: /登\s*录/ }).click();
await lp.waitForURL((u) => !u.pathname.startsWith('/login'));
const cookies = await login.cookies();
await login.close();

const results = [];
for (let i = 0; i < runs; i++) {
  const ctx = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await ctx.addCookies(cookies);
  const printRequests = async (page) => {
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({ name: e.name.replace(location.origin, ''), start: Math.round(e.startTime), end: Math.round(e.responseEnd), kb: +(e.encodedBodySize / 1024).toFixed(1) })),
    );
    for (const e of entries) console.log(`${String(e.start).padStart(6)} → ${String(e.end).padStart(6)} ms ${String(e.kb).padStart(7)} KB  ${e.name.slice(0, 110)}`);
  };
  const run = await measureCockpitLoad(ctx, url, { onPage: i === 0 ? printRequests : undefined });
  console.log(JSON.stringify(run));
  results.push(run);
  await ctx.close();
}
const summary = summarise(results);
console.log('median of each figure:', JSON.stringify(summary, null, 1));
if (out) writeFileSync(out, JSON.stringify({ summary, runs: results }, null, 2));
await browser.close();
