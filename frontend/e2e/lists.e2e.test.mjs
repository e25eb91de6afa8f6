// Lists that scale and the rest of issue 13: numbered pages with jump and
// size in the URL (Back returns to the page), 结果应用台账 with its filters in
// the URL, the work calendar from the server's rule set, the focus moved to
// the heading after navigation, and every chart's data as a table. Each page
// is checked with axe-core. Run `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { screenshotAndAxe } from './support/axe.mjs';
import { DESKTOP, fillLogin, freshPage, launchBrowser } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

const PASSWORD = process.env.JIXIAO_DEMO_PASSWORD ?? 'Jixiao@2026';

let server;
let browser;

async function loggedIn(user, viewport = DESKTOP) {
  const { ctx, page, errors } = await freshPage(browser, { viewport, axe: true });
  await page.goto(`${server.url}/login`);
  await fillLogin(page, user, PASSWORD);
  await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
  return { ctx, page, errors };
}

async function check(page, name) {
  const found = await screenshotAndAxe(page, name);
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

describe('Lists that scale, ledgers, calendar, focus and chart tables', { timeout: 900_000 }, () => {
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
});
