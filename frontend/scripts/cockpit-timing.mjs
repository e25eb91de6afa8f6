// Measures what the daily e2e records as the cockpit's time to figures, on a
// running server, and shows where the time goes: each fresh browser context
// (no cache) gets the leader's session cookie, opens /cockpit and waits for
// the first key figure and the first drill-down row; the time is
// performance.now() then (ms after navigation start). Also prints the
// requests of the first run in order (start, end, encoded bytes), to find
// waterfalls. A tool for profiling, not a test: it asserts nothing.
// Usage: node scripts/cockpit-timing.mjs http://127.0.0.1:8080 [runs=5]
import { launchBrowser } from '../e2e/support/browser.mjs';

const url = (process.argv[2] ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const runs = Number(process.argv[3] ?? 5);
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

const times = [];
for (let i = 0; i < runs; i++) {
  const ctx = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await ctx.addCookies(cookies);
  const page = await ctx.newPage();
  await page.goto(`${url}/cockpit`);
  await page.locator('[data-testid=drilldown] tbody tr.ant-table-row').first().waitFor({ timeout: 120_000 });
  await page.locator('.ant-statistic-content-value').first().waitFor({ timeout: 120_000 });
  times.push(Math.round(await page.evaluate(() => performance.now())));
  if (i === 0) {
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({ name: e.name.replace(location.origin, ''), start: Math.round(e.startTime), end: Math.round(e.responseEnd), kb: +(e.encodedBodySize / 1024).toFixed(1) })),
    );
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      return { responseEnd: Math.round(n.responseEnd), domContentLoaded: Math.round(n.domContentLoadedEventEnd) };
    });
    console.log(`document: response end ${nav.responseEnd} ms, DOMContentLoaded ${nav.domContentLoaded} ms`);
    let js = 0;
    for (const e of entries) {
      if (e.name.endsWith('.js')) js += e.kb;
      console.log(`${String(e.start).padStart(6)} → ${String(e.end).padStart(6)} ms ${String(e.kb).padStart(7)} KB  ${e.name.slice(0, 110)}`);
    }
    console.log(`JavaScript before the figures: ${js.toFixed(1)} KB (compressed, as sent)`);
  }
  await ctx.close();
}
times.sort((a, b) => a - b);
console.log(`cockpit figures: median ${times[Math.floor(times.length / 2)]} ms (${times.join(', ')})`);
await browser.close();
