// Issue 15 items 7 and 8 in the SPA: the cockpit's 覆盖率 card shows what the
// API answers for the same scope and year (and the year before), and the
// comparison page ranks departments by the gap between self-evaluation and
// finance's evaluation, 市能源局 flagged by the server and expandable to its
// projects, the table's shown/hidden state and sort kept in the URL; loading
// the comparison asks for one table page, the top 15 bars and the chart's
// counted cells, never every department.
// Screenshots at 1440×900 and 390×844; axe (serious/critical) on each state.
// Debian's Chromium against the real server (demo data). Run `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gql, login } from './support/api.mjs';
import { screenshotAndAxe } from './support/axe.mjs';
import { DESKTOP, fillLogin, freshPage, launchBrowser } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

const PASSWORD = process.env.JIXIAO_DEMO_PASSWORD ?? 'Jixiao@2026';
const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [
  [DESKTOP, ''],
  [PHONE, '-phone'],
];
const YEAR = 2025;

const COVERAGE = `totalBudget targetBudget targetBudgetShare selfEvaluationDueCount selfEvaluatedCount selfEvaluationShare keyEvaluationBudget keyEvaluationBudgetShare`;

let server;
let browser;

async function loggedIn(user, viewport) {
  const { ctx, page, errors } = await freshPage(browser, { viewport, axe: true });
  await page.goto(`${server.url}/login`);
  await fillLogin(page, user, PASSWORD);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return { ctx, page, errors };
}

/** Screenshot plus axe; a desktop window is also rendered and checked at 390×844 unless { phone: false }. */
async function check(page, name, options) {
  const found = await screenshotAndAxe(page, name, options);
  assert.deepEqual(found, [], `axe (WCAG 2.1 AA) on ${name}:\n${found.join('\n')}`);
}

// The card's texts, written here from the API's raw figures (not with the SPA's formatters).
const isZero = (money) => /^0(\.0+)?$/.test(money);
const percent = (share, base) => (base ? `${(share * 100).toFixed(1)}%` : '—');
function wan(money) {
  const [yuan, fen = ''] = money.split('.');
  const total = BigInt(yuan) * 100n + BigInt(fen.padEnd(2, '0'));
  const hundredths = (total + 5000n) / 10000n; // 0.01 万元 = 10,000 fen, half up (amounts are not negative)
  const whole = (hundredths / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}
function expectedCard(now, before) {
  return {
    target: { share: percent(now.targetBudgetShare, !isZero(now.totalBudget)), detail: `${wan(now.targetBudget)} / ${wan(now.totalBudget)} 万元`, previous: percent(before.targetBudgetShare, !isZero(before.totalBudget)) },
    self: { share: percent(now.selfEvaluationShare, now.selfEvaluationDueCount > 0), detail: `${now.selfEvaluatedCount} / ${now.selfEvaluationDueCount} 个项目`, previous: percent(before.selfEvaluationShare, before.selfEvaluationDueCount > 0) },
    key: { share: percent(now.keyEvaluationBudgetShare, !isZero(now.totalBudget)), detail: `${wan(now.keyEvaluationBudget)} / ${wan(now.totalBudget)} 万元`, previous: percent(before.keyEvaluationBudgetShare, !isZero(before.totalBudget)) },
  };
}

/**
 * The GraphQL operations a page sends, with their answers: { name, query, variables, status, body() }.
 * Queries travel as GET (query and variables in the URL), the rest as POST.
 */
function recordOperations(page) {
  const ops = [];
  page.on('response', (r) => {
    if (!r.url().includes('/graphql')) return;
    let sent = {};
    if (r.request().method() === 'GET') {
      const u = new URL(r.url());
      sent = { query: u.searchParams.get('query') ?? '', operationName: u.searchParams.get('operationName'), variables: JSON.parse(u.searchParams.get('variables') ?? '{}') };
    } else {
      try {
        sent = JSON.parse(r.request().postData() ?? '{}');
      } catch {
        // not JSON (an upload)
      }
    }
    const query = sent.query ?? '';
    const name = sent.operationName ?? query.match(/\b(?:query|mutation|subscription)\s+(\w+)/)?.[1] ?? '';
    ops.push({ name, query, variables: sent.variables ?? {}, status: r.status(), body: () => r.json() });
  });
  return ops;
}

async function cardTexts(page) {
  const out = {};
  for (const key of ['target', 'self', 'key']) {
    const cell = page.getByTestId(`coverage-${key}`);
    out[key] = {
      share: (await cell.getByTestId('share').innerText()).trim(),
      detail: (await cell.getByTestId('detail').innerText()).trim(),
      previous: (await cell.getByTestId('previous-share').innerText()).trim(),
    };
  }
  return out;
}

describe('coverage and self vs finance', () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('leader: the cockpit shows the coverage the API answers, with last year beside it', async () => {
    const token = await login(server.url, 'leader', PASSWORD);
    const api = await gql(
      server.url,
      token,
      `query($y: Int!, $p: Int!) { now: overview(fiscalYear: $y) { coverage { ${COVERAGE} } } before: overview(fiscalYear: $p) { coverage { ${COVERAGE} } } }`,
      { y: YEAR, p: YEAR - 1 },
    );
    const want = expectedCard(api.now.coverage, api.before.coverage);
    assert.ok(!isZero(api.now.coverage.totalBudget), 'the demo has a budget in 2025');
    for (const [viewport, suffix] of VIEWPORTS) {
      const { ctx, page, errors } = await loggedIn('leader', viewport);
      await page.goto(`${server.url}/cockpit?year=${YEAR}`);
      await page.getByTestId('coverage-target').getByTestId('share').waitFor();
      assert.deepEqual(await cardTexts(page), want);
      // Year over year in words, not only an arrow.
      const trends = await page.getByTestId('coverage').getByTestId('trend').allInnerTexts();
      for (const text of trends) assert.match(text, /较上年(上升|下降) \d+\.\d 个百分点|与上年持平/);
      await page.getByTestId('coverage').scrollIntoViewIfNeeded();
      await check(page, `coverage-cockpit${suffix}`, { phone: false });
      if (viewport === DESKTOP) {
        // A region of the drill-down: the card follows the cockpit's scope.
        const region = '靖边县';
        const scoped = await gql(
          server.url,
          token,
          `query($y: Int!, $p: Int!, $r: String) { now: overview(fiscalYear: $y, region: $r) { coverage { ${COVERAGE} } } before: overview(fiscalYear: $p, region: $r) { coverage { ${COVERAGE} } } }`,
          { y: YEAR, p: YEAR - 1, r: region },
        );
        await page.goto(`${server.url}/cockpit?year=${YEAR}&region=${encodeURIComponent(region)}`);
        await page.getByTestId('scope').filter({ hasText: region }).waitFor();
        await page.getByTestId('coverage-target').getByTestId('share').waitFor();
        assert.deepEqual(await cardTexts(page), expectedCard(scoped.now.coverage, scoped.before.coverage));
        assert.notDeepEqual(expectedCard(scoped.now.coverage, scoped.before.coverage), want, 'the region differs from the city');
      }
      assert.deepEqual(errors, []);
      await ctx.close();
    }
  });

  test('admin: 部门比较 ranks the self vs finance gap, 市能源局 flagged and expandable; state in the URL', async () => {
    const token = await login(server.url, 'admin', PASSWORD);
    const gaps = (await gql(server.url, token, `query($y: Int!) { selfFinanceGaps(fiscalYear: $y) { rank flagged gap selfAverage financeAverage department { name region } projects { project { name } } } }`, { y: YEAR })).selfFinanceGaps;
    const energy = gaps.find((g) => g.department.name === '市能源局');
    assert.ok(energy, '市能源局 has both evaluations in the demo');
    assert.equal(energy.flagged, true);
    const api = await gql(
      server.url,
      token,
      `query($y: Int!, $p: Int!) { now: overview(fiscalYear: $y) { coverage { ${COVERAGE} } } before: overview(fiscalYear: $p) { coverage { ${COVERAGE} } } }`,
      { y: YEAR, p: YEAR - 1 },
    );
    for (const [viewport, suffix] of VIEWPORTS) {
      const { ctx, page, errors } = await loggedIn('admin', viewport);
      // Loading the page costs O(page), not O(departments): one table page, the top 15 bars and the chart's counted cells.
      const ops = recordOperations(page);
      await page.goto(`${server.url}/comparison?year=${YEAR}`);
      await page.getByRole('heading', { level: 1, name: '部门比较' }).waitFor();
      const table = page.getByTestId('gap-table');
      const row = table.locator('tr.ant-table-row', { hasText: '市能源局' });
      await row.waitFor();
      // The flag is words, and only on the rows the server flags.
      assert.equal((await row.getByTestId('gap-flag').innerText()).trim(), '自评虚高');
      assert.equal(await table.getByTestId('gap-flag').count(), gaps.filter((g) => g.flagged).length);
      const cells = await row.locator('td').allInnerTexts();
      for (const figure of ['99.96', '84.90', '15.06']) assert.ok(cells.includes(figure), `${figure} in ${cells.join(' | ')}`);
      // The coverage card is there for the same scope (the whole city).
      await page.getByTestId('coverage-target').getByTestId('share').waitFor();
      assert.match(await page.getByTestId('coverage').locator('.ant-card-head-title').innerText(), /覆盖率（全市 · 2025 年度）/);
      assert.deepEqual(await cardTexts(page), expectedCard(api.now.coverage, api.before.coverage));
      // (the coverage card waits for the table's first answer; the bars and the chart are awaited here)
      await page.getByTestId('grid-count').waitFor();
      await page.locator('figure[aria-label="按平均得分排名"]').waitFor();
      const ranked = ops.filter((o) => /\bdepartmentStats\s*\(/.test(o.query));
      assert.deepEqual(ranked.map((o) => o.name).sort(), ['DepartmentStats', 'RankingBars'], `departmentStats asked by ${ranked.map((o) => o.name).join(', ')}`);
      const tableOp = ranked.find((o) => o.name === 'DepartmentStats');
      const barsOp = ranked.find((o) => o.name === 'RankingBars');
      assert.equal(tableOp.variables.first, 20, 'the table asks for one page of 20');
      assert.equal(tableOp.variables.after, null);
      assert.deepEqual(tableOp.variables.orderBy, { field: 'AVERAGE_SCORE', direction: 'DESC' });
      assert.equal(barsOp.variables.first, 15, 'the bars ask for the top 15');
      for (const o of ops.filter((x) => /departmentStats/i.test(x.query))) assert.ok(!(o.variables.first > 20), `${o.name} asks for ${o.variables.first} rows at load`);
      for (const o of [tableOp, barsOp]) {
        assert.equal(o.status, 200);
        const answer = await o.body();
        assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
        assert.ok(answer.data.departmentStats.edges.length <= o.variables.first && answer.data.departmentStats.edges.length > 10, `${o.name}: ${answer.data.departmentStats.edges.length} rows`);
      }
      const grids = ops.filter((o) => o.name === 'ExecutionScoreGrid');
      assert.equal(grids.length, 1, `executionScoreGrid asked ${grids.length} times`);
      const grid = (await grids[0].body()).data.executionScoreGrid;
      assert.ok(grid.cells.length > 0, 'the demo has scored departments');
      assert.equal((await page.getByTestId('grid-count').innerText()).trim(), `共 ${grid.departmentCount} 个已评分部门`);
      await page.getByTestId('gaps').scrollIntoViewIfNeeded();
      await check(page, `coverage-gaps${suffix}`, { phone: false });

      // Expanded: the department's projects.
      await row.getByRole('button', { name: /展开/ }).click();
      for (const p of energy.projects) await table.getByRole('link', { name: p.project.name }).first().waitFor();
      await check(page, `coverage-gaps-expanded${suffix}`, { phone: false });

      // Sorted by the finance average: in the URL, and still so after a reload.
      await table.getByRole('columnheader', { name: /财政评价平均分/ }).click();
      await page.waitForURL((u) => u.searchParams.get('gapSort') === 'financeAverage.ascend');
      await page.reload();
      await row.waitFor();
      const names = await table.locator('tr.ant-table-row > td:nth-child(3)').allInnerTexts();
      const wantOrder = [...gaps].sort((a, b) => Number(a.financeAverage) - Number(b.financeAverage) || a.rank - b.rank).map((g) => g.department.name);
      assert.deepEqual(names, wantOrder);

      // Hidden: gone from the page, remembered in the URL.
      await page.getByTestId('gaps-toggle').click();
      await page.waitForURL((u) => u.searchParams.get('gaps') === 'hidden');
      await table.waitFor({ state: 'detached' });
      assert.equal(await page.getByTestId('gaps-toggle').getAttribute('aria-expanded'), 'false');
      await check(page, `coverage-gaps-hidden${suffix}`, { phone: false });

      // A region without any department with both evaluations: the table says so, legibly.
      if (viewport === DESKTOP) {
        const { regions } = await gql(server.url, token, '{ regions { name departmentCount } }');
        const quiet = regions.find((r) => r.departmentCount > 0 && !gaps.some((g) => g.department.region === r.name));
        assert.ok(quiet, 'a region without score gaps in the demo');
        await page.goto(`${server.url}/comparison?year=${YEAR}&region=${encodeURIComponent(quiet.name)}`);
        await page.getByTestId('gap-table').getByText('本范围本年度尚无同时有自评和财政评价的项目').waitFor();
        await check(page, 'coverage-gaps-empty');
      }
      assert.deepEqual(errors, []);
      await ctx.close();
    }
  });
});
