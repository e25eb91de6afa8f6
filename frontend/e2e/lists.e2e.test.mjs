// Lists that scale and the rest of issue 13: numbered pages with jump and
// size in the URL (Back returns to the page), 结果应用台账 with its filters in
// the URL, the work calendar from the server's rule set, the focus moved to
// the heading after navigation, every chart's data as a table, and 部门比较's
// table sorted, paged and searched by the server. Each page is checked with
// axe-core. Run `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gql, login } from './support/api.mjs';
import { screenshotAndAxe } from './support/axe.mjs';
import { DESKTOP, fillLogin, freshPage, launchBrowser, screenshot } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

const PASSWORD = process.env.JIXIAO_DEMO_PASSWORD ?? 'Jixiao@2026';

let server;
let browser;

async function loggedIn(user, viewport = DESKTOP) {
  const { ctx, page, errors } = await freshPage(browser, { viewport, axe: true });
  await page.goto(`${server.url}/login`);
  await fillLogin(page, user, PASSWORD);
  try {
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
  } catch (err) {
    // What the page showed instead, for the one reading the failure.
    await screenshot(page, `login-failed-${user}`).catch(() => undefined);
    throw new Error(`${user} did not reach the workbench (at ${page.url()}; errors: ${errors.join('; ') || 'none'}): ${err.message}`);
  }
  return { ctx, page, errors };
}

const PHONE = { width: 390, height: 844 };

/** Screenshot plus axe; a desktop window is also rendered and checked at 390×844 unless { phone: false }. */
async function check(page, name, options) {
  const found = await screenshotAndAxe(page, name, options);
  assert.deepEqual(found, [], `axe (WCAG 2.1 AA) on ${name}:\n${found.join('\n')}`);
}

const search = (page) => new URL(page.url()).searchParams;
const firstRow = async (page) => (await page.locator('.ant-table-tbody tr.ant-table-row').first().textContent()).replace(/\s+/g, '');
const activePage = async (page) => (await page.locator('.ant-pagination-item-active').innerText()).trim();

/** Waits until the table shows rows other than `before` (a new page arrived). */
async function rowsChangedFrom(page, before) {
  await page.waitForFunction((text) => {
    const row = document.querySelector('.ant-table-tbody tr.ant-table-row');
    return row && row.textContent.replace(/\s+/g, '') !== text && !document.querySelector('.ant-table .ant-spin-spinning');
  }, before);
}

describe('Lists that scale, ledgers, calendar, focus and chart tables', { timeout: 2_400_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('evaluations open on the page named in the URL, page by number, jump, size, and Back returns to the page', async () => {
    const { ctx, page, errors } = await loggedIn('admin');
    // Straight to page 3: the server finds the row before it (evaluationsCursorAt), not the client walking pages 1 and 2.
    const cursorQuestions = [];
    page.on('request', (r) => {
      // Persisted queries may travel as GET with only the operation name and a hash.
      if (r.url().includes('/graphql') && `${decodeURIComponent(r.url())} ${r.postData() ?? ''}`.includes('EvaluationsCursorAt')) cursorQuestions.push(r.url());
    });
    await page.goto(`${server.url}/evaluations?page=3`);
    await page.getByRole('heading', { level: 1, name: '绩效评价' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    assert.equal(await activePage(page), '3');
    const total = Number((await page.locator('.ant-pagination-total-text').innerText()).match(/共\s*(\d+)\s*条/)[1]);
    assert.ok(total > 60, `only ${total} evaluations`);
    assert.ok(cursorQuestions.length >= 1, 'page 3 was opened without asking for its cursor');
    const page3 = await firstRow(page);
    await check(page, 'evaluations-page-3');

    await page.locator('.ant-pagination-item[title="4"]').click();
    await page.waitForURL((u) => u.searchParams.get('page') === '4');
    await rowsChangedFrom(page, page3);
    assert.equal(await activePage(page), '4');
    const page4 = await firstRow(page);

    // Open an evaluation and come back: still page 4, same rows.
    await page.locator('.ant-table-tbody tr.ant-table-row').first().getByRole('link').first().click();
    await page.waitForURL((u) => /^\/evaluations\/\w+/.test(u.pathname));
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/evaluations' && u.searchParams.get('page') === '4');
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await page.waitForFunction((text) => document.querySelector('.ant-table-tbody tr.ant-table-row')?.textContent.replace(/\s+/g, '') === text, page4);
    assert.equal(await activePage(page), '4');
    assert.equal(await firstRow(page), page4);

    // Back once more: page 3.
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('page') === '3');
    await page.waitForFunction(() => document.querySelector('.ant-pagination-item-active')?.textContent.trim() === '3');

    // Page size 50: back to page 1, size in the URL, 50 rows.
    await page.locator('.ant-pagination-options .ant-select').click();
    await page.locator('.ant-select-item-option', { hasText: '50' }).first().click();
    await page.waitForURL((u) => u.searchParams.get('size') === '50' && !u.searchParams.has('page'));
    await page.waitForFunction(() => document.querySelectorAll('.ant-table-tbody tr.ant-table-row').length === 50);

    // Jump to page 2 by typing it.
    const jumper = page.locator('.ant-pagination-options-quick-jumper input');
    await jumper.fill('2');
    await jumper.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('page') === '2' && u.searchParams.get('size') === '50');
    await page.waitForFunction(() => document.querySelector('.ant-pagination-item-active')?.textContent.trim() === '2');
    assert.equal(await activePage(page), '2');

    // A filter starts again at page 1 and keeps the size.
    await page.getByLabel('等级').click();
    await page.locator('.ant-select-item-option[title="优"]').click();
    await page.waitForURL((u) => u.searchParams.get('grade') === 'EXCELLENT' && !u.searchParams.has('page') && u.searchParams.get('size') === '50');
    await check(page, 'evaluations-filtered');
    assert.deepEqual(errors, [], errors.join('\n'));
    await ctx.close();
  });

  test('projects keep their page in the URL too', async () => {
    const { ctx, page } = await loggedIn('admin');
    await page.goto(`${server.url}/projects?page=2&size=10`);
    await page.getByRole('heading', { level: 1, name: '项目' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    assert.equal(await activePage(page), '2');
    assert.equal(await page.locator('.ant-table-tbody tr.ant-table-row').count(), 10);
    await check(page, 'projects-page-2');
    await ctx.close();
  });

  test('after a menu link the focus is on the new page heading', async () => {
    const { ctx, page } = await loggedIn('leader');
    await page.getByRole('navigation').getByRole('link', { name: '项目' }).click();
    await page.getByRole('heading', { level: 1, name: '项目' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.matches('h1[data-page-heading]') && document.activeElement.textContent.includes('项目'));
    await page.getByRole('navigation').getByRole('link', { name: '绩效评价' }).click();
    await page.waitForFunction(() => document.activeElement?.matches('h1[data-page-heading]') && document.activeElement.textContent.includes('绩效评价'));
    await ctx.close();
  });

  test('结果应用台账 lists the budget links with filters in the URL', async () => {
    const { ctx, page, errors } = await loggedIn('admin');
    await page.getByRole('navigation').getByRole('link', { name: '结果应用台账' }).click();
    await page.getByRole('heading', { level: 1, name: '结果应用台账' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await check(page, 'budget-links');
    await page.goto(`${server.url}/budget-links?suggestion=CUT&sort=amount.desc`);
    await page.getByRole('heading', { level: 1, name: '结果应用台账' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.ant-table .ant-spin-spinning'));
    const suggestions = await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(6)').allInnerTexts();
    for (const s of suggestions) assert.equal(s.trim(), '压减预算');
    assert.ok(await page.getByText('压减预算').first().isVisible(), 'the suggestion filter shows its choice');
    await check(page, 'budget-links-cut');
    assert.deepEqual(errors, [], errors.join('\n'));
    await ctx.close();
  });

  test('the workbench shows the year\'s calendar from the rule set in force', async () => {
    const { ctx, page } = await loggedIn('dept');
    const calendar = page.getByTestId('work-calendar');
    await page.getByRole('heading', { level: 2, name: '工作日历' }).waitFor();
    await page.getByText(/期限依据：/).waitFor();
    await page.getByText('显示已过期限').click();
    await calendar.getByText('单位自评').first().waitFor();
    await calendar.getByText(/月度绩效监控（\d+ 月）/).first().waitFor();
    await calendar.getByText(/二下/).first().waitFor();
    await check(page, 'workbench-calendar');
    await ctx.close();
  });

  test('every chart of the cockpit has its data as a table', async () => {
    const { ctx, page } = await loggedIn('leader');
    await page.goto(`${server.url}/cockpit`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.locator('[data-chart="echarts"]').first().waitFor();
    const charts = await page.locator('figure[aria-label]').count();
    const tables = await page.locator('figure details.chart-data').count();
    assert.ok(charts > 0, 'no chart on the cockpit');
    assert.equal(tables, charts, `${charts} charts, ${tables} data tables`);
    await page.locator('details.chart-data summary').first().click();
    const rows = await page.locator('details.chart-data[open] tbody tr').count();
    assert.ok(rows > 0, 'the opened data table is empty');
    await check(page, 'cockpit-chart-table');
    await ctx.close();
  });
  test('users and the indicator library page by number too: total, size, jump, filters and page in the URL', async () => {
    const token = await login(server.url, 'admin', PASSWORD);
    const api = await gql(server.url, token, '{ users(first: 21, orderBy: { field: USERNAME, direction: ASC }) { totalCount edges { node { username } } } }');
    const { ctx, page, errors } = await loggedIn('admin');
    await page.getByRole('navigation').getByRole('link', { name: '用户管理' }).click();
    await page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
    await page.locator('.ant-pagination-total-text').waitFor();
    assert.equal((await page.locator('.ant-pagination-total-text').innerText()).trim(), `共 ${api.users.totalCount} 条`);
    // Straight to page 3 of 10 by the URL: its first row is the 21st user by name.
    await page.goto(`${server.url}/users?page=3&size=10`);
    await page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
    await page.waitForFunction((name) => document.querySelector('.ant-table-tbody tr.ant-table-row td')?.textContent.trim() === name, api.users.edges[20].node.username);
    assert.equal(await activePage(page), '3');
    assert.equal(await page.locator('.ant-table-tbody tr.ant-table-row').count(), 10);
    await check(page, 'users-page-3');
    // Jump to page 2: the 11th user first; Back returns to page 3.
    const jumper = page.locator('.ant-pagination-options-quick-jumper input');
    await jumper.fill('2');
    await jumper.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('page') === '2' && u.searchParams.get('size') === '10');
    await page.waitForFunction((name) => document.querySelector('.ant-table-tbody tr.ant-table-row td')?.textContent.trim() === name, api.users.edges[10].node.username);
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('page') === '3');
    await page.waitForFunction((name) => document.querySelector('.ant-table-tbody tr.ant-table-row td')?.textContent.trim() === name, api.users.edges[20].node.username);

    // The indicator library: filter, page and size in the URL, the total the server counts.
    const lib = await gql(server.url, token, '{ indicatorTemplates(first: 11, where: { category: OUTPUT }, orderBy: { field: CODE, direction: ASC }) { totalCount edges { node { code } } } }');
    assert.ok(lib.indicatorTemplates.totalCount > 10, `only ${lib.indicatorTemplates.totalCount} output indicators in the library`);
    await page.goto(`${server.url}/indicator-library?category=OUTPUT&page=2&size=10`);
    await page.getByRole('heading', { level: 1, name: '指标库' }).waitFor();
    await page.waitForFunction((code) => document.querySelector('.ant-table-tbody tr.ant-table-row td')?.textContent.trim() === code, lib.indicatorTemplates.edges[10].node.code);
    assert.equal(await activePage(page), '2');
    assert.equal((await page.locator('.ant-pagination-total-text').innerText()).trim(), `共 ${lib.indicatorTemplates.totalCount} 条`);
    await check(page, 'indicator-library-page-2');
    // A search starts again at page 1 and keeps the category and the size.
    await page.getByLabel('搜索指标').fill('数量');
    await page.getByLabel('搜索指标').press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === '数量' && u.searchParams.get('category') === 'OUTPUT' && !u.searchParams.has('page') && u.searchParams.get('size') === '10');
    assert.deepEqual(errors, [], errors.join('\n'));
    await ctx.close();

    const phone = await loggedIn('admin', PHONE);
    await phone.page.goto(`${server.url}/users?page=2&size=10`);
    await phone.page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
    await phone.page.locator('.ant-pagination-item-active').waitFor();
    await check(phone.page, 'users-page-2-phone');
    await phone.ctx.close();
  });

  test('部门比较 sorts, pages and searches on the server: sort in the URL through a reload, page 2 = rows 21–40, the search finds a department past page 1, the chart from executionScoreGrid', async () => {
    const token = await login(server.url, 'admin', PASSWORD);
    const YEAR = 2025;
    /** The server's ordering: the names of `first` rows after `skip` (one request), and the total. */
    const serverRows = async (orderBy, where = null, first = 1000, search = null) => {
      const data = await gql(
        server.url,
        token,
        'query($y: Int!, $n: Int, $o: DepartmentStatsOrder, $w: DepartmentStatsWhereInput, $s: String) { departmentStats(fiscalYear: $y, first: $n, orderBy: $o, where: $w, search: $s) { totalCount edges { node { rank department { name } } } } }',
        { y: YEAR, n: first, o: orderBy, w: where, s: search },
      );
      return { total: data.departmentStats.totalCount, names: data.departmentStats.edges.map((e) => e.node.department.name), ranks: data.departmentStats.edges.map((e) => e.node.rank) };
    };
    const byScore = await serverRows({ field: 'AVERAGE_SCORE', direction: 'DESC' });
    assert.ok(byScore.total > 40, `the demo has ${byScore.total} departments, fewer than three pages`);
    const { ctx, page, errors } = await loggedIn('admin');
    const asked = [];
    page.on('request', (r) => {
      if (!r.url().includes('/graphql') || r.method() !== 'GET') return;
      const u = new URL(r.url());
      const name = (u.searchParams.get('query') ?? '').match(/\bquery\s+(\w+)/)?.[1];
      if (name) asked.push({ name, variables: JSON.parse(u.searchParams.get('variables') ?? '{}') });
    });
    const table = page.getByTestId('departments');
    const names = () => table.locator('.ant-table-tbody tr.ant-table-row > td:nth-child(2)').allInnerTexts();
    const ranks = async () => (await table.locator('.ant-table-tbody tr.ant-table-row > td:nth-child(1)').allInnerTexts()).map((t) => Number(t.trim().split(/\s/)[0]));
    /** Waits until the table shows `want` (the server's rows for the URL) and no spinner. */
    const shows = async (want) => {
      await page.waitForFunction(
        (w) => {
          const cells = [...document.querySelectorAll('[data-testid="departments"] .ant-table-tbody tr.ant-table-row > td:nth-child(2)')].map((td) => td.textContent.trim());
          return JSON.stringify(cells) === JSON.stringify(w) && !document.querySelector('[data-testid="departments"] .ant-spin-spinning');
        },
        want,
        { timeout: 60_000 },
      );
    };

    await page.goto(`${server.url}/comparison?year=${YEAR}`);
    await page.getByRole('heading', { level: 1, name: '部门比较' }).waitFor();
    await shows(byScore.names.slice(0, 20));
    assert.equal((await table.locator('.ant-pagination-total-text').innerText()).trim(), `共 ${byScore.total} 条`);
    await table.getByRole('columnheader', { name: /名次（按平均得分）/ }).waitFor();

    // The chart: the server's counted cells, one bubble each (its data table lists them), the count of scored departments beside it.
    const { executionScoreGrid: grid } = await gql(server.url, token, 'query($y: Int!) { executionScoreGrid(fiscalYear: $y) { departmentCount cells { departmentCount } } }', { y: YEAR });
    assert.ok(grid.cells.length > 0);
    assert.ok(asked.some((o) => o.name === 'ExecutionScoreGrid' && o.variables.fiscalYear === YEAR), 'executionScoreGrid was not asked');
    assert.equal((await page.getByTestId('grid-count').innerText()).trim(), `共 ${grid.departmentCount} 个已评分部门`);
    const chart = page.locator('figure[aria-label^="执行率与得分分布图"]');
    await chart.locator('[data-chart="echarts"] canvas').first().waitFor();
    assert.equal(await chart.locator('details.chart-data tbody tr').count(), grid.cells.length);
    const cellTexts = await chart.locator('details.chart-data tbody th').allTextContents();
    assert.deepEqual(
      cellTexts.map((x) => Number(x.match(/· (\d+) 个部门$/)?.[1])),
      grid.cells.map((c) => c.departmentCount),
    );

    // Sorted by a column header: on the server, in the URL, the same after a reload.
    const byExecution = await serverRows({ field: 'EXECUTION_RATE', direction: 'DESC' });
    await table.getByRole('columnheader', { name: /^执行率/ }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === 'executionRate.descend');
    await shows(byExecution.names.slice(0, 20));
    const byExecutionUp = await serverRows({ field: 'EXECUTION_RATE', direction: 'ASC' });
    await table.getByRole('columnheader', { name: /^执行率/ }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === 'executionRate.ascend');
    await shows(byExecutionUp.names.slice(0, 20));
    await page.reload();
    await shows(byExecutionUp.names.slice(0, 20));
    assert.equal(search(page).get('sort'), 'executionRate.ascend');
    assert.equal(await table.getByRole('columnheader', { name: /^执行率/ }).getAttribute('aria-sort'), 'ascending');
    await table.getByRole('columnheader', { name: /名次（按执行率，从低到高）/ }).waitFor();
    assert.deepEqual(await ranks(), byExecutionUp.ranks.slice(0, 20));
    await check(page, 'comparison-sorted');

    // Page 2 by its number: rows 21–40 of that ordering, the page in the URL; page 3 straight from the URL (the cursor of row 40).
    await table.locator('.ant-pagination-item[title="2"]').click();
    await page.waitForURL((u) => u.searchParams.get('page') === '2');
    await shows(byExecutionUp.names.slice(20, 40));
    assert.deepEqual(await ranks(), byExecutionUp.ranks.slice(20, 40));
    assert.equal((await table.locator('.ant-pagination-item-active').innerText()).trim(), '2');
    asked.length = 0;
    await page.goto(`${server.url}/comparison?year=${YEAR}&sort=executionRate.ascend&page=3`);
    await shows(byExecutionUp.names.slice(40, 60));
    assert.deepEqual(
      asked.filter((o) => o.name === 'DepartmentStatsCursorAt').map((o) => o.variables),
      [{ position: 40 }],
    );
    assert.deepEqual(
      asked.filter((o) => o.name === 'DepartmentStats').map((o) => o.variables.first),
      [20],
    );
    // Past the end (a shared link after the list shrank): page 1.
    await page.goto(`${server.url}/comparison?year=${YEAR}&sort=executionRate.ascend&page=99`);
    await page.waitForURL((u) => !u.searchParams.has('page'));
    await shows(byExecutionUp.names.slice(0, 20));

    // The name search finds a department that is not on page 1, from page 1, by the server, keeping its rank in the whole ranking.
    await page.goto(`${server.url}/comparison?year=${YEAR}&page=2`);
    await shows(byScore.names.slice(20, 40));
    const wanted = byScore.names.find((n, i) => i >= 20 && !byScore.names.slice(0, 20).some((m) => m.includes(n)));
    assert.ok(wanted, 'no department past page 1 to search for');
    asked.length = 0;
    const box = page.getByRole('searchbox', { name: '按部门名称查找' });
    await box.fill(wanted);
    await box.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === wanted && !u.searchParams.has('page'));
    const found = await serverRows({ field: 'AVERAGE_SCORE', direction: 'DESC' }, null, 1000, wanted);
    assert.ok(found.names.includes(wanted));
    await shows(found.names.slice(0, 20));
    await table.getByRole('columnheader', { name: /^名次（按平均得分）/ }).waitFor();
    // Its rank is the one it has in the whole ranking, not 1 among the names found.
    const wantedRank = byScore.ranks[byScore.names.indexOf(wanted)];
    assert.ok(wantedRank > 20, `${wanted} ranks ${wantedRank}`);
    assert.deepEqual(await ranks(), found.ranks.slice(0, 20));
    assert.ok(found.ranks.includes(wantedRank), `${wanted}: ranks found ${found.ranks}, whole ranking ${wantedRank}`);
    assert.ok(asked.some((o) => o.name === 'DepartmentStats' && o.variables.search === wanted), 'the table was not asked with the search');
    for (const name of ['RankingBars', 'ExecutionScoreGrid']) {
      assert.ok(!asked.some((o) => o.name === name && o.variables.search != null), `${name} was asked with the search: it is the table's find, not a filter`);
    }
    assert.equal(await box.inputValue(), wanted);
    await check(page, 'comparison-search');
    assert.deepEqual(errors, [], errors.join('\n'));
    await ctx.close();
  });

  test('the menu carries one badge per kind of to-do, on the entry where it is done', async () => {
    const where = { TARGETS_TO_REVIEW: '/reviews', TARGETS_TO_REVISE: '/reviews', TARGETS_TO_SUBMIT: '/reviews', MONITORING_DUE: '/projects', EVALUATIONS_TO_SCORE: '/evaluations', EVALUATIONS_TO_REVIEW: '/evaluations', RECTIFICATIONS_PENDING: '/rectifications' };
    let kinds = 0;
    for (const user of ['dept', 'reviewer']) {
      const { myTasks } = await gql(server.url, await login(server.url, user, PASSWORD), '{ myTasks { kind count overdue } }');
      const { ctx, page, errors } = await loggedIn(user);
      await page.getByTestId('menu-task-badge').waitFor();
      for (const task of myTasks.filter((x) => x.count > 0)) {
        kinds++;
        const badge = page.locator(`nav a[href="${where[task.kind]}"] [data-testid="menu-task-${task.kind}"]`);
        assert.equal((await badge.innerText()).trim(), task.count > 99 ? '99+' : String(task.count), `${user}: ${task.kind}`);
        // Screen readers hear what the number counts, not a bare number.
        const name = await page.locator(`nav a[href="${where[task.kind]}"]`).innerText();
        assert.match(name, new RegExp(`${task.count} 项`), `${user}: the ${task.kind} badge has no words`);
      }
      assert.equal(await page.locator('nav [data-testid^="menu-task-"]').count(), myTasks.filter((x) => x.count > 0).length + 1);
      await check(page, `menu-badges-${user}`);
      assert.deepEqual(errors, [], errors.join('\n'));
      await ctx.close();
    }
    assert.ok(kinds >= 2, `the demo users have only ${kinds} kinds of to-do`);
  });

  test('工作日历 has a menu entry; finance sets a region\'s deadlines for a year and its departments see them', async () => {
    const deptToken = await login(server.url, 'dept', PASSWORD);
    const { viewer } = await gql(server.url, deptToken, '{ viewer { department { region } } }');
    const region = viewer.department.region;
    const { ctx, page, errors } = await loggedIn('admin');
    await page.getByRole('navigation').getByRole('link', { name: '工作日历' }).click();
    await page.getByRole('heading', { level: 1, name: '工作日历' }).waitFor();
    await page.getByTestId('work-calendar').locator('tbody tr.ant-table-row').first().waitFor();
    await check(page, 'calendar-admin');

    await page.goto(`${server.url}/calendar?region=${encodeURIComponent(region)}&year=2027`);
    const editor = page.getByTestId('calendar-editor');
    await editor.getByText(/当前生效：/).waitFor();
    const row = editor.locator('tr.ant-table-row', { hasText: '单位自评' });
    const deadline = row.locator('.ant-picker input').nth(1);
    await deadline.waitFor();
    assert.equal(await deadline.inputValue(), '2028-04-30', 'the national self-evaluation deadline of FY 2027');
    await deadline.click();
    await deadline.fill('2028-05-20');
    await deadline.press('Enter');
    await page.keyboard.press('Escape');
    await editor.getByRole('button', { name: /保存日历/ }).click();
    await editor.getByText(/已保存为/).waitFor();
    const calendar = page.getByTestId('work-calendar');
    await calendar.locator('tr', { hasText: '单位自评' }).getByText('2028-05-20').waitFor();
    await check(page, 'calendar-admin-saved');
    assert.deepEqual(errors, [], errors.join('\n'));
    await ctx.close();

    // A department of that region sees the new deadline; nobody but finance gets the editor.
    for (const viewport of [{ width: 1440, height: 900 }, PHONE]) {
      const dept = await loggedIn('dept', viewport);
      await dept.page.goto(`${server.url}/calendar?year=2027`);
      await dept.page.getByRole('heading', { level: 1, name: '工作日历' }).waitFor();
      await dept.page.getByTestId('work-calendar').locator('tr', { hasText: '单位自评' }).getByText('2028-05-20').waitFor();
      assert.equal(await dept.page.getByTestId('calendar-editor').count(), 0);
      await check(dept.page, viewport === PHONE ? 'calendar-dept-phone' : 'calendar-dept', { phone: false });
      await dept.ctx.close();
    }
  });
});
