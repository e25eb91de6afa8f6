// One cockpit load on a fresh browser context, measured: when the figures
// are shown (ms after navigation start), the main thread's CPU time until
// then, and the phases on the way (document, scripts, queries, page chunk,
// charts). Shared by the daily e2e (which records, never asserts, these
// figures: the machine is shared) and scripts/cockpit-timing.mjs.

/** The cockpit's figures: the first key figure and the first drill-down row. */
export const FIGURES = ['.ant-statistic-content-value', '[data-testid=drilldown] tbody tr.ant-table-row'];

// Runs in the page before its scripts: notes when both figures are first in
// the DOM, and the animation frame that paints them.
function watchFigures(selectors) {
  const seen = () => selectors.every((s) => document.querySelector(s));
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    window.__cockpitFigures = { domMs: performance.now() };
    requestAnimationFrame(() => {
      window.__cockpitFigures.paintMs = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

const round = (ms) => (ms == null ? null : Math.round(ms));

// Runs in the page once the figures are there: the phases, from Resource and
// Navigation Timing and the app's own performance marks.
function readPhases() {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const named = (part) => resources.find((e) => e.name.includes(part));
  const entry = document.querySelector('script[type=module][src*="/assets/main-"]')?.getAttribute('src');
  const initialJs = resources.filter((e) => e.name.endsWith('.js') && e.startTime < (named(entry ?? '§')?.responseEnd ?? 0) + 1);
  const queries = {};
  const sent = {};
  for (const e of resources) {
    const op = /[?&]operationName=(\w+)/.exec(e.name)?.[1];
    if (!op) continue;
    sent[op] = (sent[op] ?? 0) + 1;
    queries[op] ??= { start: e.startTime, end: e.responseEnd };
  }
  const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
  const chunk = (part) => named(part) && { start: named(part).startTime, end: named(part).responseEnd };
  return {
    documentEnd: nav.responseEnd,
    initialJsEnd: Math.max(0, ...initialJs.map((e) => e.responseEnd)),
    domContentLoaded: nav.domContentLoadedEventEnd || null,
    bootScript: mark('jixiao:boot'),
    mainEvaluated: mark('jixiao:main'),
    viewer: queries.Viewer ?? null,
    cockpitStart: queries.CockpitStart ?? null,
    latestYear: queries.LatestFiscalYear ?? null,
    overview: queries.Overview ?? null,
    regions: queries.DrillRegions ?? null,
    cockpitChunk: chunk('/CockpitPage-'),
    chartsChunk: chunk('/EChart-'),
    jsKb: resources.filter((e) => e.name.endsWith('.js')).reduce((kb, e) => kb + e.encodedBodySize / 1024, 0),
    jsFiles: resources.filter((e) => e.name.endsWith('.js')).length,
    querySent: sent,
  };
}

function roundAll(value) {
  if (typeof value === 'number') return Math.round(value * 10) / 10;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundAll(v)]));
  return value;
}

/**
 * Opens `${url}/cockpit` in a new page of ctx (a fresh context: no cache,
 * the session cookie already added) and waits for the figures. Returns
 * { figuresMs, observedMs, cpuMs, phases }: figuresMs is the frame that
 * painted them, observedMs when the test saw them (Playwright's polling adds
 * to it), cpuMs the main thread's busy time (Chromium's TaskDuration).
 */
export async function measureCockpitLoad(ctx, url, { onPage } = {}) {
  await ctx.addInitScript(watchFigures, FIGURES);
  const page = await ctx.newPage();
  page.setDefaultTimeout(300_000);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${url}/cockpit`);
  for (const selector of FIGURES) await page.locator(selector).first().waitFor();
  const observedMs = round(await page.evaluate(() => performance.now()));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => round((metrics.find((m) => m.name === name)?.value ?? 0) * 1000);
  await page.waitForFunction(() => window.__cockpitFigures?.paintMs != null);
  const shown = await page.evaluate(() => window.__cockpitFigures);
  const phases = roundAll(await page.evaluate(readPhases));
  if (onPage) await onPage(page);
  await page.close();
  return {
    figuresMs: round(shown.paintMs),
    observedMs,
    cpuMs: { task: metric('TaskDuration'), script: metric('ScriptDuration'), layout: metric('LayoutDuration'), style: metric('RecalcStyleDuration') },
    phases: { ...phases, figuresInDom: round(shown.domMs), figuresPainted: round(shown.paintMs) },
  };
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};

/** The median of each figure over the runs (phases given as {start, end} keep their end). */
export function summarise(runs) {
  const flat = (run) => {
    const out = { figuresMs: run.figuresMs, observedMs: run.observedMs };
    for (const [k, v] of Object.entries(run.cpuMs)) out[`cpu.${k}`] = v;
    for (const [k, v] of Object.entries(run.phases)) if (k !== 'querySent') out[`phase.${k}`] = v && typeof v === 'object' ? v.end : v;
    return out;
  };
  const rows = runs.map(flat);
  return Object.fromEntries(Object.keys(rows[0]).map((k) => [k, median(rows.map((r) => r[k]))]));
}
