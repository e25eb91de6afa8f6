// End-to-end for public disclosure (信息公开): the /public page opened in a
// fresh browser without logging in shows the published results of a year,
// filters live in the URL, the CSV download holds the same rows, a
// department picked shows its results and, in their own tab, its targets,
// whose open data (CSV, JSON) and evidence finance marked public download
// without logging in.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gql, login } from './support/api.mjs';
import { screenshotAndAxe } from './support/axe.mjs';
import { choose, launchBrowser, newContext, screenshot, watchErrors } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

const PASSWORD = process.env.JIXIAO_DEMO_PASSWORD ?? 'Jixiao@2026';
const work = mkdtempSync(join(tmpdir(), 'jixiao-public-e2e-'));
process.env.JIXIAO_FILES_DIR ??= join(work, 'files'); // the server started below inherits it
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

  test('anonymous: the targets tab downloads its open data and a public evidence file; an unmarked file stays closed', async () => {
    // A monitoring period of an approved project target of the demo department.
    const deptToken = await login(server.url, 'dept', PASSWORD);
    const { monitorings } = await gql(
      server.url,
      deptToken,
      `{ monitorings(first: 1, where: { hasTargetWith: [{ status: APPROVED, projectIDNotNil: true }] }) {
        edges { node { id target { id fiscalYear } department { id code name } project { code name } } } } }`,
    );
    const mon = monitorings.edges[0]?.node;
    assert.ok(mon, 'the demo department has no monitoring of an approved project target');
    const content = Buffer.from(`%PDF-1.4\n% public e2e ${Date.now()}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
    const upload = async (name) => {
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: 'mutation($to: ID!, $f: Upload!) { uploadEvidence(attachTo: $to, file: $f) { id name url } }', variables: { to: mon.id, f: null } }));
      form.set('map', JSON.stringify({ 0: ['variables.f'] }));
      form.set('0', new Blob([content], { type: 'application/pdf' }), name);
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${deptToken}`, 'GraphQL-Preflight': '1' }, body: form });
      const body = await res.json();
      assert.ok(!body.errors, JSON.stringify(body.errors));
      return body.data.uploadEvidence;
    };
    const disclosed = await upload('公开的监控报告.pdf');
    const internal = await upload('内部的监控材料.pdf');
    const adminToken = await login(server.url, 'admin', PASSWORD);
    await gql(server.url, adminToken, 'mutation($id: ID!) { setEvidencePublic(id: $id, public: true) { id public } }', { id: disclosed.id });

    // Anonymous: the public file downloads, the other asks to log in.
    const open = await fetch(`${server.url}${disclosed.url}`);
    assert.equal(open.status, 200);
    assert.deepEqual(Buffer.from(await open.arrayBuffer()), content);
    assert.equal((await fetch(`${server.url}${internal.url}`)).status, 401);

    // The open data of the targets holds the public file, never the other.
    const year = mon.target.fiscalYear;
    const filter = `fiscalYear=${year}&departmentId=${mon.department.id}&search=${encodeURIComponent(mon.project.code)}`;
    const json = await (await fetch(`${server.url}/public/targets.json?${filter}`)).json();
    const listed = json.targets.find((t) => t.id === mon.target.id);
    assert.ok(listed, 'the approved target is in /public/targets.json');
    assert.ok(listed.evidence.some((f) => f.url === disclosed.url && f.sha256.length === 64 && f.size === content.length));
    assert.ok(!JSON.stringify(json).includes(internal.url), 'an unmarked file is not in the open data');

    const context = await newContext(browser, { acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/public?${filter}&view=targets`);
    const row = page.getByTestId('public-targets').locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: mon.project.name }).first();
    await row.waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('public-download-csv').click()]);
    assert.match(csv.suggestedFilename(), new RegExp(`绩效目标公开-${year}\\.csv$`));
    await csv.saveAs(join(work, 'targets.csv'));
    const rows = parseCsv(readFileSync(join(work, 'targets.csv'), 'utf8').replace(/^\uFEFF/, ''));
    assert.equal(rows[0][0], '目标ID id');
    assert.ok(rows.slice(1).some((r) => r[0] === mon.target.id && r.at(-1).includes(disclosed.url)), 'the CSV rows of the target carry the public file');

    await row.getByRole('button', { name: /展开/ }).click();
    const link = page.getByTestId('public-evidence').getByRole('link', { name: disclosed.name });
    await link.waitFor();
    assert.equal(await page.getByTestId('public-evidence').getByRole('link', { name: internal.name }).count(), 0);
    await screenshot(page, 'public-target-evidence');
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    await file.saveAs(join(work, 'evidence.pdf'));
    assert.deepEqual(readFileSync(join(work, 'evidence.pdf')), content);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
