// End-to-end for appraisal depth (issue 15): finance builds an evaluation
// scheme with a 50/50 period composite, computes it and runs it against last
// year's evaluations; the declaration form suggests a target value from
// history; an expert scores on their sheet and the panel's aggregate appears;
// a DATA item of a scheme picks its metric from the server's schemeDataMetrics.
// Issue 15's items mapped to code and tests: docs/appraisal-coverage.md.
// Debian's Chromium against the real server (demo data, throwaway SQLite). Run `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gql, login } from './support/api.mjs';
import { choose, launchBrowser, logIn, newContext, screenshot, watchErrors } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

const PASSWORD = process.env.JIXIAO_DEMO_PASSWORD ?? 'Jixiao@2026';

let server;
let browser;
let context;
let token;

describe('appraisal', () => {
  before(async () => {
    server = await startServer();
    token = await login(server.url, 'admin', PASSWORD);
    browser = await launchBrowser();
    context = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await logIn(page, server.url, 'admin', PASSWORD);
    await page.close();
  });
  after(async () => {
    await context?.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  test('as admin: build a 50/50 period composite scheme and compute it', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    const errors = watchErrors(page);
    await page.goto(`${server.url}/schemes`);
    await page.getByTestId('use-period-template').click();
    await page.getByTestId('scheme-code').fill('E2E-PERIOD');
    await page.getByTestId('scheme-name').fill('年中/年末各半综合评价');
    // A bad share total is refused with the server's words, and nothing is saved.
    await page.getByTestId('item-share-end').fill('40');
    await page.getByTestId('scheme-save').click();
    await page.getByRole('alert').filter({ hasText: /占比合计 90/ }).waitFor();
    await page.getByTestId('item-share-end').fill('50');
    await page.getByTestId('scheme-save').click();
    const preview = page.getByTestId('scheme-preview');
    await preview.waitFor();
    // mid-year 72 + 20 × 0.8 (85 % reaches the 80 % band) = 88; year-end 76 + 20 = 96; 50/50 = 92.
    await preview.getByTestId('preview-input-mid.out').fill('72');
    await preview.getByTestId('preview-input-mid.sv').fill('0.85');
    await preview.getByTestId('preview-input-end.out').fill('76');
    await preview.getByTestId('preview-input-end.sv').fill('0.95');
    await preview.getByTestId('preview-run').click();
    await page.getByTestId('preview-total').filter({ hasText: '92' }).waitFor();
    assert.equal(await page.getByTestId('preview-grade').textContent(), '优');
    await screenshot(page, 'appraisal-scheme');
    const stored = await gql(server.url, token, `{ evaluationSchemes(first: 10, where: { code: "E2E-PERIOD" }) { edges { node { version frozen items { key share } } } } }`);
    assert.equal(stored.evaluationSchemes.edges.length, 1, 'exactly one scheme was saved');
    assert.deepEqual(
      stored.evaluationSchemes.edges[0].node.items.filter((i) => i.share).map((i) => [i.key, i.share]),
      [
        ['mid', '50'],
        ['end', '50'],
      ],
    );
    // What-if of the saved draft against last year's evaluations: the page
    // shows the server's summary for the same scheme.
    await page.getByTestId('whatif-run').click();
    const summary = page.getByTestId('whatif-summary');
    await summary.waitFor();
    const schemeId = (await gql(server.url, token, `{ evaluationSchemes(first: 1, where: { code: "E2E-PERIOD" }) { edges { node { id } } } }`)).evaluationSchemes.edges[0].node.id;
    const whatIf = (await gql(server.url, token, `query($s: ID!) { evaluationSchemeWhatIf(schemeId: $s) { count meanDraft } }`, { s: schemeId })).evaluationSchemeWhatIf;
    assert.ok(whatIf.count > 0, 'the demo has no submitted key evaluation to compare with');
    await page.getByTestId('whatif-count').filter({ hasText: new RegExp(`^${whatIf.count}$`) }).waitFor();
    await page.getByTestId('whatif-mean-draft').filter({ hasText: whatIf.meanDraft }).waitFor();
    await screenshot(page, 'appraisal-scheme-whatif');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('as admin: a DATA item picks its metric from the list the server gives', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    const errors = watchErrors(page);
    await page.goto(`${server.url}/schemes`);
    await page.getByTestId('scheme-code').fill('E2E-DATA');
    await page.getByTestId('scheme-name').fill('部门整体数据项');
    await choose(page, page.getByLabel('评价对象'), '部门整体');
    await page.getByTestId('add-top').click();
    await page.getByTestId('item-name-k1').fill('运行成本');
    await page.getByTestId('item-points-k1').fill('100');
    await choose(page, page.getByTestId('item-method-k1').getByRole('combobox'), '数据计算');
    const metrics = (await gql(server.url, token, `{ schemeDataMetrics { code name source } }`)).schemeDataMetrics;
    const cost = metrics.find((m) => m.code === 'RUNNING_COST');
    assert.ok(cost && metrics.length >= 6, 'the server lists the data metrics');
    await choose(page, page.getByTestId('item-metric-k1').getByRole('combobox'), cost.name);
    await page.getByTestId('item-metric-source-k1').filter({ hasText: cost.source }).waitFor();
    await page.getByTestId('scheme-save').click();
    await page.getByTestId('scheme-preview').waitFor();
    const stored = await gql(server.url, token, `{ evaluationSchemes(first: 1, where: { code: "E2E-DATA" }) { edges { node { subject items { method code } } } } }`);
    assert.deepEqual(stored.evaluationSchemes.edges[0].node, { subject: 'DEPARTMENT', items: [{ method: 'DATA', code: 'RUNNING_COST' }] });
    await screenshot(page, 'appraisal-scheme-data-metric');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('as admin: the declaration form suggests a target value from history', async () => {
    // A library indicator with an actual value, and a later project of the same department.
    const found = await gql(
      server.url,
      token,
      `{ indicators(first: 1, where: { hasTemplate: true, actualValueNotNil: true, hasTargetWith: { status: APPROVED } }) { edges { node {
           template { id name subcategory } target { fiscalYear department { id projects(first: 1, orderBy: { field: FISCAL_YEAR, direction: DESC }) { edges { node { id fiscalYear } } } } } } } } }`,
    );
    const ind = found.indicators.edges[0]?.node;
    assert.ok(ind, 'the demo has no library indicator with an actual value');
    const project = ind.target.department.projects.edges[0].node;
    const expected = (
      await gql(server.url, token, `query($t: ID!, $d: ID!, $y: Int!) { targetSuggestion(templateId: $t, departmentId: $d, fiscalYear: $y) { suggested sectorCount } }`, {
        t: ind.template.id,
        d: ind.target.department.id,
        y: project.fiscalYear,
      })
    ).targetSuggestion;
    assert.ok(expected.suggested != null || expected.sectorCount > 0, 'the server suggests nothing for it');
    const labels = { QUANTITY: '数量指标', QUALITY: '质量指标', TIMELINESS: '时效指标', OUTPUT_COST: '成本指标', ECONOMIC_BENEFIT: '经济效益指标', SOCIAL_BENEFIT: '社会效益指标', ECOLOGICAL_BENEFIT: '生态效益指标', SUSTAINABILITY: '可持续影响指标', SERVICE_SATISFACTION: '服务对象满意度指标', ECONOMIC_COST: '经济成本指标', SOCIAL_COST: '社会成本指标', ECOLOGICAL_COST: '生态环境成本指标' };
    const categories = { QUANTITY: '产出', QUALITY: '产出', TIMELINESS: '产出', OUTPUT_COST: '产出', SERVICE_SATISFACTION: '满意度', ECONOMIC_COST: '成本', SOCIAL_COST: '成本', ECOLOGICAL_COST: '成本' };

    const page = await context.newPage();
    page.setDefaultTimeout(90_000);
    const errors = watchErrors(page);
    await page.goto(`${server.url}/targets/new?project=${project.id}`);
    const level1 = categories[ind.template.subcategory] ?? '效益';
    await choose(page, page.getByLabel('一级指标').first(), level1);
    await choose(page, page.getByLabel('二级指标').first(), labels[ind.template.subcategory]);
    await page.getByLabel('三级指标').first().fill(ind.template.name);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: ind.template.name }).first().click();
    const hint = page.getByTestId(`suggestion-${ind.template.id}`);
    await hint.waitFor();
    if (expected.suggested != null) {
      await hint.getByTestId('suggested-value').filter({ hasText: expected.suggested }).waitFor();
      await hint.getByRole('button', { name: /采\s*用/ }).click();
      assert.equal(await page.getByLabel('指标值', { exact: true }).first().inputValue(), expected.suggested);
    }
    await screenshot(page, 'appraisal-suggestion');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('as admin: an expert scores on their sheet and the panel aggregate appears', async () => {
    const data = await gql(
      server.url,
      token,
      `{ projects(first: 1, where: { hasTargetsWith: { status: APPROVED } }) { edges { node { id departmentID fiscalYear } } }
         experts(first: 3) { edges { node { id name specialty } } } }`,
    );
    const project = data.projects.edges[0]?.node;
    assert.ok(project, 'the demo has no project with an approved target');
    const experts = data.experts.edges.map((e) => e.node);
    assert.equal(experts.length, 3, 'the demo has fewer than 3 experts');
    const made = await gql(
      server.url,
      token,
      `mutation($d: ID!, $p: ID!, $y: Int!) { createEvaluationFromTemplate(input: { kind: FINANCE_KEY, fiscalYear: $y, departmentID: $d, projectID: $p, scheme: "PROJECT_KEY" }) { id lockVersion } }`,
      { d: project.departmentID, p: project.id, y: project.fiscalYear },
    );
    const ev = made.createEvaluationFromTemplate;
    await gql(server.url, token, `mutation($e: ID!, $v: Int!, $x: [ID!]!) { assignExperts(input: { evaluationId: $e, lockVersion: $v, expertIds: $x }) { id } }`, {
      e: ev.id,
      v: ev.lockVersion,
      x: experts.map((e) => e.id),
    });
    const panel = await gql(server.url, token, `query($e: ID!) { expertPanel(evaluationId: $e) { scoreItem { id name } } }`, { e: ev.id });
    const item = panel.expertPanel.find((p) => p.scoreItem.name === '立项依据充分性')?.scoreItem;
    assert.ok(item, 'the key scheme has no 立项依据充分性 item');
    // Two experts scored through the API; the third on the sheet in the browser.
    for (const [expert, score] of [
      [experts[0], '2'],
      [experts[1], '2.5'],
    ]) {
      await gql(server.url, token, `mutation($i: ID!, $x: ID!, $s: Decimal!) { scoreAsExpert(input: { scoreItemId: $i, expertId: $x, score: $s }) { aggregate } }`, {
        i: item.id,
        x: expert.id,
        s: score,
      });
    }

    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    const errors = watchErrors(page);
    await page.goto(`${server.url}/evaluations/${ev.id}/panel`);
    await page.getByTestId('panel-table').waitFor();
    await page.getByTestId(`aggregate-${item.id}`).filter({ hasText: '2.25' }).waitFor();
    await choose(page, page.getByLabel('专家'), `${experts[2].name}（${experts[2].specialty}）`);
    await page.getByTestId(`sheet-score-${item.id}`).fill('3');
    await page.getByTestId('sheet-save').click();
    // (2 + 2.5 + 3) ÷ 3 = 2.5
    await page.getByTestId(`aggregate-${item.id}`).filter({ hasText: /^2\.5$/ }).waitFor();
    await screenshot(page, 'appraisal-panel');
    const after = await gql(server.url, token, `query($e: ID!) { expertPanel(evaluationId: $e) { scoreItem { id score } missing { id } } }`, { e: ev.id });
    const row = after.expertPanel.find((p) => p.scoreItem.id === item.id);
    assert.equal(row.scoreItem.score, '2.5');
    assert.equal(row.missing.length, 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
