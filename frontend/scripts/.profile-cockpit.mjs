import { launchBrowser } from '../e2e/support/browser.mjs';
const url = process.argv[2];
const browser = await launchBrowser();
const login = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const lp = await login.newPage();
await lp.goto(`${url}/login`);
await lp.getByLabel(/用户名/).fill('leader');
await lp.getByLabel(/口令/).fill('Jixiao@2026');
await lp.getByRole('button', { name: /登\s*录/ }).click();
await lp.waitForURL((u) => !u.pathname.startsWith('/login'));
const cookies = await login.cookies();
await login.close();
const agg = new Map();
for (let i = 0; i < 3; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await ctx.addCookies(cookies);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${url}/cockpit`);
  await page.locator('.ant-statistic-content-value').first().waitFor();
  await page.locator('[data-testid=drilldown] tbody tr.ant-table-row').first().waitFor();
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas; let total = 0;
  const self = new Map();
  profile.samples.forEach((id, k) => { self.set(id, (self.get(id) ?? 0) + dt[k] / 1000); total += dt[k] / 1000; });
  for (const [id, ms] of self) {
    const n = byId.get(id); const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    agg.set(key, (agg.get(key) ?? 0) + ms / 3);
  }
  await ctx.close();
}
const top = [...agg].sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [k, ms] of top) console.log(ms.toFixed(1).padStart(7), k);
await browser.close();
