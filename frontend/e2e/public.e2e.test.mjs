// End-to-end for public disclosure (信息公开): the /public page opened in a
// fresh browser without logging in shows the published results of a year,
// filters live in the URL, the CSV download holds the same rows, and a
// department picked shows its results and, in their own tab, its targets.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { screenshotAndAxe } from './support/axe.mjs';
import { choose, launchBrowser, newContext, screenshot, watchErrors } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

const work = mkdtempSync(join(tmpdir(), 'jixiao-public-e2e-'));
let server;
let browser;

async function anonymous(url, query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' }, // anonymous: no cookie, no token
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function publicResults(url, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' }, // anonymous: no cookie, no token
    body: JSON.stringify({
      query: `query($y: Int!, $search: String) { publicResults(fiscalYear: $y, first: 100, search: $search) { totalCount edges { node { id projectCode projectName departmentName grade } } } }`,
      variables,
    }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.publicResults;
}

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

describe('public disclosure', () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('anonymous: the public page lists the published results and downloads them', async () => {
    // The latest year of the demo data with published results.
    let year;
    let all;
    for (let y = new Date().getFullYear(); y >= 2018 && !year; y--) {
      const r = await publicResults(server.url, { y });
      if (r.totalCount > 0) [year, all] = [y, r];
    }
    assert.ok(year, 'the demo data has no published results');

    const context = await newContext(browser, { acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/public?fiscalYear=${year}`);
    await page.getByRole('heading', { name: '预算绩效信息公开' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/public', 'the public page does not ask to log in');
    const table = page.getByTestId('public-results');
    const first = all.edges[0].node;
    await table.getByText(first.departmentName).first().waitFor();

    // A search goes into the URL and narrows the rows to those the API gives for it.
    const term = first.projectName ?? first.departmentName;
    await page.getByLabel('搜索').fill(term);
    await page.getByLabel('搜索').press('Enter');
    await page.waitForURL((u) => u.searchParams.get('search') === term);
    const narrowed = await publicResults(server.url, { y: year, search: term });
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('.ant-table-tbody tr.ant-table-row').length === n, Math.min(narrowed.totalCount, 20));
    await screenshot(page, 'public-results');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('public-download-csv').click()]);
    assert.match(download.suggestedFilename(), new RegExp(`绩效评价结果公开-${year}\\.csv$`));
    const file = join(work, 'results.csv');
    await download.saveAs(file);
    const rows = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    assert.equal(rows[0][0], '评价ID id');
    assert.equal(rows.length - 1, narrowed.totalCount, 'the CSV holds the rows of the page’s filter');
    assert.deepEqual(rows.slice(1).map((r) => r[0]).sort(), narrowed.edges.map((e) => e.node.id).sort());
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('anonymous: a department picked shows its published results and its published targets', async () => {
    // A year and department of the demo data with both published results and approved targets.
    let year;
    let dept;
    for (let y = new Date().getFullYear(); y >= 2018 && !dept; y--) {
      const { publicDepartments } = await anonymous(server.url, `query($y: Int!) { publicDepartments(fiscalYear: $y) { id code name sector } }`, { y });
      for (const d of publicDepartments) {
        const counts = await anonymous(
          server.url,
          `query($y: Int!, $d: ID) { publicResults(fiscalYear: $y, departmentId: $d, first: 1) { totalCount } publicTargets(fiscalYear: $y, departmentId: $d, first: 1) { totalCount } }`,
          { y, d: d.id },
        );
        if (counts.publicResults.totalCount > 0 && counts.publicTargets.totalCount > 0) [year, dept] = [y, d];
        if (dept) break;
      }
    }
    assert.ok(dept, 'the demo data has no department with both published results and targets');
    const { publicResults: results, publicTargets: targets } = await anonymous(
      server.url,
      `query($y: Int!, $d: ID) {
        publicResults(fiscalYear: $y, departmentId: $d, first: 100) { totalCount edges { node { id departmentName } } }
        publicTargets(fiscalYear: $y, departmentId: $d, first: 100) { totalCount edges { node { id departmentName projectCode projectName indicators { name } } } }
      }`,
      { y: year, d: dept.id },
    );
    assert.ok(results.edges.every((e) => e.node.departmentName === dept.name), 'publicResults filtered by department gives only that department');
    assert.ok(targets.edges.every((e) => e.node.departmentName === dept.name), 'publicTargets filtered by department gives only that department');

    const context = await newContext(browser, { axe: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/public?fiscalYear=${year}`);
    await page.getByRole('heading', { name: '预算绩效信息公开' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();

    await choose(page, page.getByRole('combobox', { name: '部门', exact: true }), `${dept.code} ${dept.name}`);
    await page.waitForURL((u) => u.searchParams.get('departmentId') === dept.id);
    const rows = page.getByTestId('public-results').locator('.ant-table-tbody tr.ant-table-row');
    await page.waitForFunction(
      ([name, n]) => {
        const cells = [...document.querySelectorAll('[data-testid="public-results"] .ant-table-tbody tr.ant-table-row td:nth-child(3)')];
        return cells.length === n && cells.every((c) => c.textContent === name);
      },
      [dept.name, Math.min(results.totalCount, 20)],
    );
    assert.equal(await rows.count(), Math.min(results.totalCount, 20));
    assert.deepEqual(await screenshotAndAxe(page, 'public-department-results'), []);

    // The targets tab: the same department, in the URL too.
    await page.getByRole('tab', { name: '绩效目标' }).click();
    await page.waitForURL((u) => u.searchParams.get('view') === 'targets' && u.searchParams.get('departmentId') === dept.id);
    const targetRows = page.getByTestId('public-targets').locator('.ant-table-tbody tr.ant-table-row');
    await page.waitForFunction(
      ([name, n]) => {
        const cells = [...document.querySelectorAll('[data-testid="public-targets"] .ant-table-tbody tr.ant-table-row td:nth-child(3)')];
        return cells.length === n && cells.every((c) => c.textContent === name);
      },
      [dept.name, Math.min(targets.totalCount, 20)],
    );
    // A target opened shows its indicators.
    const first = targets.edges[0].node;
    const firstRow = targetRows.filter({ hasText: first.projectName ?? `${dept.name}（部门整体）` }).first();
    await firstRow.getByRole('button', { name: /展开/ }).click();
    if (first.indicators.length > 0) await page.getByTestId('public-targets').getByText(first.indicators[0].name, { exact: true }).first().waitFor();
    assert.deepEqual(await screenshotAndAxe(page, 'public-department-targets'), []);

    // The link holds the view: opened afresh it shows the same targets.
    await page.goto(page.url());
    await page.getByTestId('public-targets').locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    assert.equal(await page.getByRole('tab', { name: '绩效目标' }).getAttribute('aria-selected'), 'true');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
