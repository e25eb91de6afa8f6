// Issue 13, the points daily.e2e and lists.e2e leave open: Excel exports read
// back (title row naming year, scope, filters and time; rows in the on-screen
// order), the ledgers' filters and sorting driven through the page, the phone
// menu with its badges, wide tables scrolled by keyboard, and print (A4 PDFs
// of the evaluation sheet, target table, monitoring table and cockpit: no
// menu, every column inside the page). Every page and state is checked with
// axe-core; screenshots at 1440×900 and 390×844 go to frontend/test-results/
// (see README-coverage.md for which test covers which point).
// Run `npm run build` first.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { gql, login } from './support/api.mjs';
import { screenshotAndAxe } from './support/axe.mjs';
import { DESKTOP, fillLogin, freshPage, launchBrowser, resultsDir, screenshot, scrollMarksDone } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

const PASSWORD = process.env.JIXIAO_DEMO_PASSWORD ?? 'Jixiao@2026';
const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [
  [DESKTOP, ''],
  [PHONE, '-phone'],
];
// A4 less the 12 mm side margins of styles.css' @page, in CSS pixels (96 per inch).
const A4_CONTENT_WIDTH = Math.floor(((210 - 2 * 12) / 25.4) * 96);

let server;
let browser;
const tokens = new Map();

async function tokenOf(user) {
  if (!tokens.has(user)) tokens.set(user, await login(server.url, user, PASSWORD));
  return tokens.get(user);
}

async function loggedIn(user, viewport = DESKTOP) {
  const { ctx, page, errors } = await freshPage(browser, { viewport, axe: true, acceptDownloads: true });
  await page.goto(`${server.url}/login`);
  await fillLogin(page, user, PASSWORD);
  await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
  return { ctx, page, errors };
}

/** Screenshot plus axe; a desktop window is also rendered and checked at 390×844 unless { phone: false }. */
async function check(page, name, options) {
  const found = await screenshotAndAxe(page, name, options);
  assert.deepEqual(found, [], `axe (WCAG 2.1 AA) on ${name}:\n${found.join('\n')}`);
}

/** Waits until the page's (first) table has rows and no spinner. */
async function tableReady(page, scope = page) {
  await scope.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.ant-table .ant-spin-spinning'));
}

/** Clicks the export button, reads the downloaded workbook back: { title, headers, rows } of its first sheet. */
async function exportAndRead(page, button = page.getByRole('button', { name: /导出 Excel/ })) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  mkdirSync(resultsDir, { recursive: true });
  const path = join(resultsDir, download.suggestedFilename());
  await download.saveAs(path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.worksheets[0];
  const values = (n) => (sheet.getRow(n).values ?? []).slice(1).map((v) => (v == null ? '' : String(v)));
  const rows = [];
  for (let n = 3; n <= sheet.rowCount; n++) rows.push(values(n));
  return { title: String(sheet.getCell('A1').value ?? ''), headers: values(2), rows, merged: sheet.getCell('A1').isMerged };
}

/** Today in Beijing as yyyy-mm-dd, the date an export names. */
const todayInBeijing = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * The page as printed on A4: print media at the paper's content width. The
 * menu, header and buttons are gone, the page header is there, and no table
 * (nor any of its header cells) is wider than the paper. Then the PDF.
 */
async function checkPrint(page, name, requiredHeaders = [], requiredTexts = []) {
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1100 });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.ant-layout-sider').isVisible(), false, `${name}: the menu prints`);
  assert.equal(await page.locator('.app-header').isVisible(), false, `${name}: the header prints`);
  assert.equal(await page.locator('main .ant-btn:visible').count(), 0, `${name}: buttons print`);
  assert.equal(await page.locator('.print-only').first().isVisible(), true, `${name}: no page header on paper`);
  assert.match(await page.locator('.print-only').first().innerText(), /打印日期：\d{4}-\d{2}-\d{2}/);
  const overflow = await page.evaluate((width) => {
    const out = [];
    for (const table of document.querySelectorAll('main table')) {
      const r = table.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.right > width + 1) out.push(`a table ends at ${Math.round(r.right)}px of ${width}`);
      for (const cell of table.querySelectorAll('th, td')) {
        const c = cell.getBoundingClientRect();
        if (c.width === 0) continue;
        if (c.right > width + 1) out.push(`cell "${cell.textContent.trim().slice(0, 20)}" ends at ${Math.round(c.right)}px of ${width}`);
        // Text cut off inside its cell (a column too narrow for a word).
        if (cell.scrollWidth > cell.clientWidth + 1) out.push(`cell "${cell.textContent.trim().slice(0, 20)}" cuts its text (${cell.scrollWidth}px in ${cell.clientWidth}px)`);
      }
    }
    return [...new Set(out)].slice(0, 10);
  }, A4_CONTENT_WIDTH);
  assert.deepEqual(overflow, [], `${name}: something does not fit the A4 width`);
  for (const header of requiredHeaders) {
    // Visible ones only: the charts' data tables (folded away in <details>) name 得分 too.
    const th = page.locator('main .ant-table th:visible', { hasText: header }).first();
    assert.equal(await th.isVisible(), true, `${name}: the ${header} column does not print`);
  }
  for (const text of requiredTexts) assert.equal(await page.locator('main').getByText(text, { exact: true }).first().isVisible(), true, `${name}: ${text} does not print`);
  await screenshot(page, `${name}-print`);
  mkdirSync(resultsDir, { recursive: true });
  await page.pdf({ path: join(resultsDir, `${name}-a4.pdf`), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
}

describe('Every day: exports, ledgers, phone menu, keyboard, print', { timeout: 2_400_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('整改台账 export: a title row naming the scope, year, filters and time; the rows as shown (dept)', async () => {
    const token = await tokenOf('dept');
    const { viewer, years } = await gql(server.url, token, '{ viewer { department { name } } years: rectifications(first: 100, orderBy: { field: DEADLINE, direction: DESC }) { edges { node { evaluation { fiscalYear } } } } }');
    const year = years.edges.map((e) => e.node.evaluation?.fiscalYear).find(Boolean);
    assert.ok(year, 'the department has no rectification from an evaluation');
    for (const [viewport, suffix] of VIEWPORTS) {
      const { ctx, page, errors } = await loggedIn('dept', viewport);
      await page.goto(`${server.url}/rectifications?year=${year}&sort=deadline.desc`);
      await page.getByRole('heading', { level: 1, name: '整改台账' }).waitFor();
      await tableReady(page);
      const shown = Number((await page.locator('.ant-pagination-total-text').innerText()).match(/共\s*(\d+)\s*条/)[1]);
      const firstShown = (await page.locator('.ant-table-tbody tr.ant-table-row').first().locator('td').nth(1).innerText()).trim();
      const book = await exportAndRead(page);
      assert.ok(book.merged, 'the title row is not merged across the columns');
      assert.match(book.title, /^整改台账/);
      assert.ok(book.title.includes(`统计范围：${viewer.department.name}（含所属单位）`), `the title does not name the scope: ${book.title}`);
      assert.ok(book.title.includes(`${year} 年度`), `the title does not name the year: ${book.title}`);
      assert.ok(book.title.includes('按期限降序'), `the title does not name the sort: ${book.title}`);
      assert.ok(book.title.includes(`导出时间 ${todayInBeijing()}`), `the title does not name the time: ${book.title}`);
      assert.equal(book.headers[0], '责任单位');
      assert.equal(book.rows.length, shown, 'the export holds other rows than the table');
      assert.equal(book.rows[0][1], firstShown, 'the export is not in the on-screen order');
      await check(page, `rectification-export${suffix}`, { phone: false });
      assert.deepEqual(errors, [], errors.join('\n'));
      await ctx.close();
    }
  });

  test('整改台账 filters through the page: status and sort go to the URL, the rows follow (dept)', async () => {
    const token = await tokenOf('dept');
    const counts = await gql(server.url, token, '{ OPEN: rectifications(first: 1, where: { status: OPEN }) { totalCount } IN_PROGRESS: rectifications(first: 1, where: { status: IN_PROGRESS }) { totalCount } DONE: rectifications(first: 1, where: { status: DONE }) { totalCount } }');
    const labels = { OPEN: '待整改', IN_PROGRESS: '整改中', DONE: '已完成' };
    // The status with the most rows, so that the filter has something to show.
    const [status] = Object.keys(labels).sort((a, b) => counts[b].totalCount - counts[a].totalCount);
    assert.ok(counts[status].totalCount > 0, 'the department has no rectification');
    for (const [viewport, suffix] of VIEWPORTS) {
      const { ctx, page, errors } = await loggedIn('dept', viewport);
      await page.goto(`${server.url}/rectifications`);
      await tableReady(page);
      await page.getByLabel('状态').click();
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${labels[status]}"]`).click();
      await page.waitForURL((u) => u.searchParams.get('status') === status);
      await page.locator('.ant-pagination-total-text', { hasText: `共 ${counts[status].totalCount} 条` }).waitFor();
      await tableReady(page);
      for (const s of await page.locator('.ant-table-tbody tr.ant-table-row').allInnerTexts()) assert.ok(s.includes(labels[status]), `a row of another status: ${s}`);
      await page.getByLabel('排序').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '期限由远及近' }).click();
      await page.waitForURL((u) => u.searchParams.get('sort') === 'deadline.desc' && u.searchParams.get('status') === status);
      await check(page, `rectification-filtered${suffix}`, { phone: false });
      assert.deepEqual(errors, [], errors.join('\n'));
      await ctx.close();
    }
  });

  test('结果应用台账: a header click sorts (URL), the export follows that order and names scope and filters (admin)', async () => {
    for (const [viewport, suffix] of VIEWPORTS) {
      const { ctx, page, errors } = await loggedIn('admin', viewport);
      await page.goto(`${server.url}/budget-links?suggestion=CUT`);
      await page.getByRole('heading', { level: 1, name: '结果应用台账' }).waitFor();
      await tableReady(page);
      await page.locator('th', { hasText: '调整金额（万元）' }).click();
      await page.waitForURL((u) => u.searchParams.get('sort') === 'amount.asc' && u.searchParams.get('suggestion') === 'CUT');
      // The URL changes before React renders the new order: wait for the rendered sort.
      await page.locator('th[aria-sort="ascending"]', { hasText: '调整金额（万元）' }).waitFor();
      await tableReady(page);
      const book = await exportAndRead(page);
      assert.match(book.title, /^结果应用台账/);
      assert.ok(book.title.includes('统计范围：全市'), `the title does not name the scope: ${book.title}`);
      assert.ok(book.title.includes('压减预算'), `the title does not name the filter: ${book.title}`);
      assert.ok(book.title.includes('按调整金额升序'), `the title does not name the sort: ${book.title}`);
      assert.ok(book.title.includes(`导出时间 ${todayInBeijing()}`), `the title does not name the time: ${book.title}`);
      const amountAt = book.headers.indexOf('调整金额（万元）');
      const amounts = book.rows.map((r) => r[amountAt]).filter((a) => a !== '').map((a) => Number(a.replace(/,/g, '')));
      assert.ok(amounts.length > 1, 'no amounts to compare');
      assert.deepEqual(amounts, [...amounts].sort((a, b) => a - b), 'the export is not in the on-screen order');
      for (const r of book.rows) assert.equal(r[book.headers.indexOf('预算建议')], '压减预算');
      await check(page, `budget-links-export${suffix}`, { phone: false });
      assert.deepEqual(errors, [], errors.join('\n'));
      await ctx.close();
    }
  });

  test('部门比较 export: year, scope, filters and time in the title, rows in the table\'s order (leader)', async () => {
    const token = await tokenOf('leader');
    const latest = await gql(server.url, token, '{ evaluations(first: 1, where: { totalScoreNotNil: true }, orderBy: { field: FISCAL_YEAR, direction: DESC }) { edges { node { fiscalYear } } } regions { name departmentCount } }');
    const year = latest.evaluations.edges[0].node.fiscalYear;
    const region = latest.regions.find((r) => r.departmentCount > 0).name;
    for (const [viewport, suffix] of VIEWPORTS) {
      const { ctx, page, errors } = await loggedIn('leader', viewport);
      await page.goto(`${server.url}/comparison?year=${year}&region=${encodeURIComponent(region)}`);
      await page.getByRole('heading', { level: 1, name: '部门比较' }).waitFor();
      await tableReady(page);
      const firstShown = (await page.locator('.ant-table-tbody tr.ant-table-row').first().innerText()).replace(/\s+/g, '');
      const book = await exportAndRead(page);
      assert.ok(book.title.includes(`${year} 年度`), `the title does not name the year: ${book.title}`);
      assert.ok(book.title.includes('统计范围：'), `the title does not name the scope: ${book.title}`);
      assert.ok(book.title.includes(region), `the title does not name the region: ${book.title}`);
      assert.ok(book.title.includes(`导出时间 ${todayInBeijing()}`), `the title does not name the time: ${book.title}`);
      const nameAt = book.headers.indexOf('部门/单位');
      assert.ok(firstShown.includes(book.rows[0][nameAt].replace(/\s+/g, '')), `the export starts with ${book.rows[0][nameAt]}, the table with ${firstShown}`);
      await check(page, `comparison-export${suffix}`, { phone: false });
      assert.deepEqual(errors, [], errors.join('\n'));
      await ctx.close();
    }

    // The table shows one page; the export is every department the filters leave, in the table's (server's) order.
    const all = await gql(server.url, token, 'query($y: Int!) { departmentStats(fiscalYear: $y, first: 1000, orderBy: { field: EXECUTION_RATE, direction: ASC }) { totalCount edges { node { rank department { name } } } } }', { y: year });
    assert.ok(all.departmentStats.totalCount > 20, 'the demo has more departments than a page');
    const { ctx, page, errors } = await loggedIn('leader');
    await page.goto(`${server.url}/comparison?year=${year}&sort=executionRate.ascend`);
    await tableReady(page, page.getByTestId('departments'));
    assert.equal(await page.getByTestId('departments').locator('.ant-table-tbody tr.ant-table-row').count(), 20);
    const book = await exportAndRead(page);
    await page.locator('.ant-message').getByText(`已导出 ${all.departmentStats.totalCount} 个部门`).waitFor();
    assert.ok(book.title.includes('按表格当前排序（执行率，从低到高）'), `the title does not name the order: ${book.title}`);
    assert.ok(book.title.includes('全部领域'), `the title does not name the sector filter: ${book.title}`);
    assert.equal(book.headers[0], '名次（按执行率，从低到高）');
    const nameAt = book.headers.indexOf('部门/单位');
    assert.deepEqual(
      book.rows.map((r) => r[nameAt]),
      all.departmentStats.edges.map((e) => e.node.department.name),
    );
    assert.deepEqual(
      book.rows.map((r) => Number(r[0])),
      all.departmentStats.edges.map((e) => e.node.rank),
    );
    assert.deepEqual(errors, [], errors.join('\n'));
    await ctx.close();
  });

  test('phone: the menu opens from a named button (keyboard), shows the to-do badges, and folds after a choice (dept)', async () => {
    const { myTasks } = await gql(server.url, await tokenOf('dept'), '{ myTasks { kind count overdue } }');
    const total = myTasks.reduce((n, x) => n + x.count, 0);
    assert.ok(total > 0, 'the demo department has nothing to do');
    const { ctx, page, errors } = await loggedIn('dept', PHONE);
    const toggle = page.getByRole('button', { name: /菜单/ });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.match(await toggle.innerText(), new RegExp(`${total > 99 ? '99\\+' : total}`), 'the folded menu hides that there are to-dos');
    await check(page, 'phone-menu-closed');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[aria-controls="app-menu"]')?.getAttribute('aria-expanded') === 'true');
    const nav = page.getByRole('navigation', { name: '主菜单' });
    await nav.getByRole('link', { name: /整改台账/ }).waitFor();
    // The menu slides open: measure it once its transitions have ended, not mid-way.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
    const box = await nav.boundingBox();
    assert.ok(box && box.width > 150 && box.x >= 0, `the opened menu is not on screen (${JSON.stringify(box)})`);
    assert.equal((await page.getByTestId('menu-task-badge').innerText()).trim(), total > 99 ? '99+' : String(total));
    await check(page, 'phone-menu-open');
    await nav.getByRole('link', { name: /整改台账/ }).click();
    await page.getByRole('heading', { level: 1, name: '整改台账' }).waitFor();
    await page.waitForFunction(() => document.querySelector('[aria-controls="app-menu"]')?.getAttribute('aria-expanded') === 'false');
    assert.deepEqual(errors, [], errors.join('\n'));
    await ctx.close();

    // On a desktop the menu stays open with its badges.
    const desk = await loggedIn('dept');
    await desk.page.getByTestId('menu-task-badge').waitFor();
    assert.equal(await desk.page.getByRole('navigation', { name: '主菜单' }).isVisible(), true);
    await check(desk.page, 'desktop-menu-badges');
    await desk.ctx.close();
  });

  test('phone: a wide table scrolls sideways from the keyboard (leader, 部门比较 and the drill-down)', async () => {
    const { regions } = await gql(server.url, await tokenOf('leader'), '{ regions { name departmentCount } }');
    const region = regions.find((r) => r.departmentCount > 0)?.name;
    const { ctx, page, errors } = await loggedIn('leader', PHONE);
    // The drill-down's department level is the wide one (the city's regions fit a phone).
    for (const path of ['/comparison', `/cockpit?region=${encodeURIComponent(region)}`]) {
      await page.goto(`${server.url}${path}`);
      await tableReady(page);
      const scroller = page.locator('.ant-table-content').last();
      await scroller.scrollIntoViewIfNeeded();
      const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      assert.ok(scrollWidth > clientWidth, `${path}: the table fits a phone, nothing to scroll`);
      await scrollMarksDone(page);
      // Tab until the focus is inside (or on) the scrolling table, then the arrow keys scroll it.
      let inside = false;
      for (let i = 0; i < 80 && !inside; i++) {
        await page.keyboard.press('Tab');
        inside = await scroller.evaluate((el) => el.contains(document.activeElement));
      }
      assert.ok(inside, `${path}: the table cannot be reached with Tab`);
      const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await page.waitForFunction((el) => el.scrollLeft > 0, await scroller.elementHandle());
      assert.ok((await scroller.evaluate((el) => el.scrollLeft)) > 0, `${path}: arrow keys on ${focused} do not scroll the table`);
      await check(page, `keyboard-scroll-${path.slice(1).split('?')[0]}-phone`);
    }
    assert.deepEqual(errors, [], errors.join('\n'));
    await ctx.close();
  });

  test('phone: the pager\'s total and page numbers each stay on one line inside the screen (admin, 202 evaluations)', async () => {
    const { ctx, page, errors } = await loggedIn('admin', PHONE);
    await page.goto(`${server.url}/evaluations?page=3`);
    await tableReady(page);
    const pager = page.locator('.ant-pagination').first();
    await pager.locator('.ant-pagination-item-active').waitFor();
    const boxes = await pager.locator(':scope > li:visible').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), left: r.left, right: r.right })));
    for (const b of boxes) assert.ok(b.left >= 0 && b.right <= PHONE.width, `a pager item sticks out (${b.left}–${b.right})`);
    // The total reads on one line ("共 202 条"), not one character under the other.
    const total = await pager.locator('.ant-pagination-total-text').evaluate((el) => ({ height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) || 32 }));
    assert.ok(total.height < total.line * 1.5, `the total wraps: ${total.height}px high for ${total.line}px lines`);
    // The page numbers themselves share one line.
    const tops = [...new Set(boxes.slice(1).map((b) => b.top))];
    assert.ok(Math.max(...tops) - Math.min(...tops) < 8, `the page numbers wrap onto ${tops.length} lines (${tops.join(', ')})`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'the page scrolls sideways');
    await check(page, 'evaluations-pager-phone');
    // The next page is still one tap away.
    await pager.locator('.ant-pagination-next').click();
    await page.waitForURL((u) => u.searchParams.get('page') === '4');
    assert.deepEqual(errors, [], errors.join('\n'));
    await ctx.close();
  });

  test('print A4: the evaluation sheet keeps 得分 and 得分说明 on the page, no menu (dept)', async () => {
    const token = await tokenOf('dept');
    const any = await gql(server.url, token, '{ evaluations(first: 1, where: { totalScoreNotNil: true }, orderBy: { field: FISCAL_YEAR, direction: DESC }) { edges { node { id } } } }');
    const id = any.evaluations.edges[0].node.id;
    for (const [viewport, suffix] of VIEWPORTS) {
      const { ctx, page, errors } = await loggedIn('dept', viewport);
      await page.goto(`${server.url}/evaluations/${id}`);
      await page.getByTestId('scoring-sheet').locator('tr.ant-table-row').first().waitFor();
      await page.getByRole('button', { name: /打\s*印/ }).waitFor();
      await check(page, `evaluation-sheet${suffix}`, { phone: false });
      if (viewport === DESKTOP) await checkPrint(page, 'evaluation', ['得分', '得分说明']);
      assert.deepEqual(errors, [], errors.join('\n'));
      await ctx.close();
    }
  });

  test('print A4: the target with its indicator table (dept)', async () => {
    const token = await tokenOf('dept');
    const data = await gql(server.url, token, '{ targets(first: 1, where: { status: APPROVED }, orderBy: { field: FISCAL_YEAR, direction: DESC }) { edges { node { id } } } }');
    const id = data.targets.edges[0].node.id;
    for (const [viewport, suffix] of VIEWPORTS) {
      const { ctx, page, errors } = await loggedIn('dept', viewport);
      await page.goto(`${server.url}/targets/${id}`);
      await tableReady(page);
      await page.getByRole('button', { name: /打\s*印/ }).waitFor();
      await check(page, `target-detail${suffix}`, { phone: false });
      if (viewport === DESKTOP) await checkPrint(page, 'target', ['指标值']);
      assert.deepEqual(errors, [], errors.join('\n'));
      await ctx.close();
    }
  });

  test('print A4: the monitoring table (dept)', async () => {
    const token = await tokenOf('dept');
    const data = await gql(server.url, token, '{ targets(first: 1, where: { status: APPROVED, projectIDNotNil: true }, orderBy: { field: FISCAL_YEAR, direction: DESC }) { edges { node { project { id } } } } }');
    const projectId = data.targets.edges[0].node.project.id;
    for (const [viewport, suffix] of VIEWPORTS) {
      const { ctx, page, errors } = await loggedIn('dept', viewport);
      await page.goto(`${server.url}/projects/${projectId}/monitoring/new`);
      await tableReady(page);
      await page.getByRole('button', { name: /打\s*印/ }).waitFor();
      await check(page, `monitoring-form${suffix}`, { phone: false });
      if (viewport === DESKTOP) await checkPrint(page, 'monitoring');
      assert.deepEqual(errors, [], errors.join('\n'));
      await ctx.close();
    }
  });

  test('print A4: the cockpit, its key figures and drill-down table inside the page (leader)', async () => {
    for (const [viewport, suffix] of VIEWPORTS) {
      const { ctx, page, errors } = await loggedIn('leader', viewport);
      await page.goto(`${server.url}/cockpit`);
      await tableReady(page, page.getByTestId('drilldown'));
      await page.locator('.ant-statistic-content-value').first().waitFor();
      await page.getByRole('button', { name: /打\s*印/ }).waitFor();
      await check(page, `cockpit-printable${suffix}`, { phone: false });
      if (viewport === DESKTOP) await checkPrint(page, 'cockpit', [], ['平均得分', '预算执行率']);
      assert.deepEqual(errors, [], errors.join('\n'));
      await ctx.close();
    }
  });
});
