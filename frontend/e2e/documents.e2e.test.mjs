// End-to-end for the documents: the 申报表 downloaded from a target page and
// imported back on the declaration page (results shown sheet by sheet), and an
// evidence file attached to a recorded monitoring period, in Debian's Chromium
// against the real server (demo data, throwaway SQLite and files directory).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gql, login } from './support/api.mjs';
import { choose, launchBrowser, logIn, newContext, screenshot, watchErrors } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

const PASSWORD = process.env.JIXIAO_DEMO_PASSWORD ?? 'Jixiao@2026';
const work = mkdtempSync(join(tmpdir(), 'jixiao-documents-e2e-'));
process.env.JIXIAO_FILES_DIR ??= join(work, 'files'); // the server started below inherits it

let server;
let browser;
let context;
let token;

describe('documents', () => {
  before(async () => {
    server = await startServer();
    token = await login(server.url, 'dept', PASSWORD);
    browser = await launchBrowser();
    context = await newContext(browser, { acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, server.url, 'dept', PASSWORD);
    await page.close();
  });
  after(async () => {
    await context?.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  test('as dept: download a 申报表 and import it back', async () => {
    const data = await gql(server.url, token, `{ targets(first: 1, where: { status: APPROVED, projectIDNotNil: true }) { edges { node { id project { code } } } } }`);
    const target = data.targets.edges[0]?.node;
    assert.ok(target, 'the department has no approved project target');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/targets/${target.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-target').click()]);
    assert.match(download.suggestedFilename(), /绩效目标申报表.*\.xlsx$/);
    const file = join(work, 'form.xlsx');
    await download.saveAs(file);
    assert.equal(readFileSync(file).subarray(0, 2).toString(), 'PK', 'the download is an .xlsx (zip) workbook');

    await page.goto(`${server.url}/targets/new`);
    const card = page.getByTestId('import-targets');
    await card.locator('input[type=file]').setInputFiles(file);
    await card.getByRole('button', { name: /导\s*入/ }).click();
    const results = page.getByTestId('import-results');
    await results.waitFor();
    await results.getByText(target.project.code).first().waitFor();
    await results.getByText('无变化').first().waitFor(); // the approved target already holds exactly this
    await screenshot(page, 'documents-import');

    // A broken copy: the errors are listed by sheet, row and column.
    const broken = readFileSync(file);
    writeFileSync(join(work, 'broken.xlsx'), broken.subarray(0, broken.length - 10));
    await card.locator('input[type=file]').setInputFiles(join(work, 'broken.xlsx'));
    await card.getByRole('button', { name: /导\s*入/ }).click();
    await page.getByTestId('import-errors').waitFor();
    // The browser logs the refused import's 422 as a failed resource; nothing else may fail.
    assert.deepEqual(
      errors.filter((e) => !e.includes('status of 422')),
      [],
    );
    await page.close();
  });

  test('as dept: record a monitoring period and attach evidence', async () => {
    const data = await gql(
      server.url,
      token,
      `{ targets(first: 50, where: { status: APPROVED, projectIDNotNil: true }, orderBy: { field: FISCAL_YEAR, direction: DESC }) { edges { node { fiscalYear project { id allocations(first: 1) { totalCount } } indicators(first: 100, orderBy: { field: SORT_ORDER, direction: ASC }) { edges { node { comparator targetValue } } } } } } }`,
    );
    const target = data.targets.edges.map((e) => e.node).find((t) => t.project.allocations.totalCount > 0 && t.indicators.edges.length > 0);
    assert.ok(target, 'the department has no approved project target with a budget');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/projects/${target.project.id}/monitoring/new?year=${target.fiscalYear}&month=11`);
    await page.getByTestId('execution-preview').waitFor();
    let quantitative = 0;
    let qualitative = 0;
    for (const [i, { node }] of target.indicators.edges.entries()) {
      if (node.comparator === 'QUALITATIVE') await choose(page, page.getByLabel('完成情况', { exact: true }).nth(qualitative++), '达成年度指标');
      else await page.getByLabel('截至期末完成值').nth(quantitative++).fill(node.targetValue);
      await choose(page, page.getByLabel('完成可能性').nth(i), '确定能');
    }
    await page.getByLabel('纠偏措施').fill('按月调度。');
    await page.getByRole('button', { name: '提交监控' }).click();
    const replace = page.locator('.ant-modal-confirm .ant-modal-confirm-btns button', { hasText: /替\s*换/ });
    const result = page.getByTestId('monitoring-result');
    await replace.or(result).first().waitFor();
    if (await replace.isVisible()) await replace.click();
    await result.waitFor();

    const pdf = join(work, '验收报告.pdf');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await result.getByTestId('evidence-upload').locator('input[type=file]').setInputFiles(pdf);
    const link = result.locator('.ant-upload-list a[href^="/files/"]');
    await link.waitFor();
    const href = await link.getAttribute('href');
    const res = await page.request.get(`${server.url}${href}`);
    assert.equal(res.status(), 200);
    assert.match((await res.body()).toString(), /^%PDF-1\.4/);
    await screenshot(page, 'documents-evidence');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
