// End-to-end: the real Go server (demo data in a temporary SQLite file) and
// the built SPA in Debian's Chromium. Every test leaves a screenshot in
// frontend/test-results/. Run `npm run build` first (the server embeds dist/).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gql, login } from './support/api.mjs';
import { screenshotAndAxe } from './support/axe.mjs';
import { choose, launchBrowser, logIn as logInAs, newContext, resultsDir, screenshot, watchErrors } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

const USER = process.env.JIXIAO_E2E_USER ?? 'admin';
const PASSWORD = process.env.JIXIAO_DEMO_PASSWORD ?? 'Jixiao@2026';

let server;
let browser;
let context; // the administrator's
let token;
const metrics = {};
/** Browser contexts (and API tokens) of the demo users, logged in once each. */
const sessions = new Map();
/** What one test leaves for the next: the target the department declared and submitted. */
const shared = {};

/** A demo indicator that has monitoring progress, and the path down to it. */
async function findDrillTarget(apiToken = token) {
  const data = await gql(
    server.url,
    apiToken,
    `{ indicatorProgresses(first: 1) { edges { node { indicator { id name target { project { id code name fiscalYear department { id name region } } } } } } } }`,
  );
  const node = data.indicatorProgresses.edges?.[0]?.node;
  assert.ok(node, 'the demo data has no indicator progress to drill down to');
  const { indicator } = node;
  const project = indicator.target.project;
  assert.ok(project, 'the indicator with progress belongs to a department-wide target, not a project');
  return { indicator, project, department: project.department };
}

const logIn = (page, user = USER) => logInAs(page, server.url, user, PASSWORD);

/** A logged-in browser context and API token for a demo user (admin, reviewer, leader, evaluator, dept). */
async function as(user) {
  if (!sessions.has(user)) {
    let apiToken;
    try {
      apiToken = await login(server.url, user, PASSWORD);
    } catch (err) {
      throw new Error(`cannot log in as the demo user "${user}": the demo data must include it.\n${err.message}`);
    }
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await logIn(page, user);
    await page.close();
    sessions.set(user, { context: ctx, token: apiToken });
  }
  return sessions.get(user);
}

/** Clicks the OK button of the open Popconfirm or confirmation dialog. */
async function confirmPopup(page, name) {
  const inPopover = page.locator('.ant-popover:not(.ant-popover-hidden) .ant-popconfirm-buttons button', { hasText: name });
  const inModal = page.locator('.ant-modal-confirm .ant-modal-confirm-btns button', { hasText: name });
  await inPopover.or(inModal).first().click();
}

describe('Jixiao in a browser', { timeout: 2_400_000 }, () => {
  before(async () => {
    server = await startServer();
    try {
      token = await login(server.url, USER, PASSWORD);
    } catch (err) {
      await server.stop();
      throw new Error(`cannot log in as the demo user "${USER}": the server must load the demo data (users included) into an empty database.\n${err.message}`);
    }
    browser = await launchBrowser();
    context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page);
    await page.close();
  });

  after(async () => {
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, 'metrics.json'), JSON.stringify(metrics, null, 2));
    if (metrics.cockpitRenderedMs != null) console.log(`cockpit rendered ${metrics.cockpitRenderedMs} ms after navigation`);
    for (const { context: ctx } of sessions.values()) await ctx.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  test('the cockpit renders after login (as leader), and how long it takes', async () => {
    const leader = await as('leader');
    // A fresh context with the leader's session cookie: nothing of the app cached.
    const cold = await newContext(browser);
    await cold.addCookies(await leader.context.cookies());
    const page = await cold.newPage();
    const errors = watchErrors(page);
    const started = Date.now();
    await page.goto(`${server.url}/cockpit`);
    const chart = page.locator('[data-testid=grade-distribution] [data-chart]').first();
    await chart.waitFor();
    if ((await chart.getAttribute('data-chart')) === 'echarts') await page.locator('[data-testid=grade-distribution] canvas').waitFor();
    await page.locator('[data-testid=drilldown] tbody tr.ant-table-row').first().waitFor();
    metrics.cockpitRenderedMs = Date.now() - started;
    metrics.cockpitRenderedSinceNavigationStartMs = Math.round(await page.evaluate(() => performance.now()));
    await screenshot(page, 'cockpit');
    assert.deepEqual(errors, []);
    await cold.close();
  });

  test('projects → a project → its targets and indicators', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/projects`);
    const firstProject = page.locator('.ant-table-tbody tr.ant-table-row a').first();
    await firstProject.waitFor();
    await screenshot(page, 'projects-list');
    const name = await firstProject.textContent();
    await firstProject.click();
    await page.getByRole('heading', { name }).waitFor();
    await page.getByRole('tab', { name: '目标与指标' }).click();
    await page.getByRole('columnheader', { name: '三级指标' }).first().waitFor();
    const rows = page.getByRole('tabpanel').locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    assert.ok((await rows.count()) > 0, 'the project shows its indicators');
    await screenshot(page, 'project-indicators');
    await page.getByRole('tab', { name: '资金' }).click();
    await page.getByText('预算执行率').waitFor();
    await screenshot(page, 'project-funding');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('drill-down as leader: region → department → project → indicator → monitoring history', async () => {
    const leader = await as('leader');
    const { indicator, project, department } = await findDrillTarget(leader.token);
    const page = await leader.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/cockpit?year=${project.fiscalYear}`);
    const drill = page.getByTestId('drilldown');
    // The region level shows each region's budget (万元) and average score, as the server adds them up (regionStats).
    const { regionStats } = await gql(server.url, leader.token, 'query($y: Int!) { regionStats(fiscalYear: $y) { region budget averageScore } }', { y: project.fiscalYear });
    const figures = regionStats.find((r) => r.averageScore != null && Number(r.budget) > 0);
    assert.ok(figures, `no region has both a budget and a score in ${project.fiscalYear}`);
    const row = drill.locator('tbody tr.ant-table-row').filter({ has: page.getByRole('cell', { name: figures.region, exact: true }) });
    await row.waitFor();
    assert.match(await row.getByTestId('region-budget').textContent(), /^\d{1,3}(,\d{3})*\.\d{2}$/);
    assert.equal(Number(await row.getByTestId('region-score').textContent()), Number(figures.averageScore));
    await drill.getByRole('cell', { name: department.region, exact: true }).click();
    await drill.getByRole('cell', { name: department.name, exact: true }).click();
    await drill.getByRole('cell', { name: project.name, exact: true }).click();
    await drill.getByRole('cell', { name: indicator.name, exact: true }).first().click();
    await drill.getByRole('columnheader', { name: '监控期间' }).waitFor();
    await drill.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const crumbs = await drill.locator('.ant-breadcrumb').textContent();
    for (const part of [department.region, department.name, project.name, indicator.name]) assert.ok(crumbs.includes(part), `breadcrumb shows ${part}`);
    await screenshot(page, 'drilldown-history');
    // Back up one level through the breadcrumb.
    await drill.locator('.ant-breadcrumb').getByText(project.name).click();
    await drill.getByRole('columnheader', { name: '三级指标' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the language switch turns the interface to English', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/projects`);
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('menuitem', { name: /Projects/ }).waitFor();
    await page.getByRole('columnheader', { name: 'Project' }).waitFor();
    await screenshot(page, 'projects-english');
    await page.getByText('中文', { exact: true }).click();
    await page.close();
  });

  test('a project form checks its fields before sending and keeps them on a server error', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/projects/new`);
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('请填写项目编码').waitFor();
    await page.getByText('请选择部门/单位').waitFor();
    // A code that already exists: the server refuses, the form keeps the input.
    const existing = (await gql(server.url, token, '{ projects(first: 1) { edges { node { code department { name } } } } }')).projects.edges[0].node;
    await page.getByLabel('项目编码').fill(existing.code);
    await page.getByLabel('项目名称').fill('端到端测试项目');
    await page.getByLabel('主管部门/单位').click();
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: existing.department.name }).first().click();
    const pickFirst = async (label) => {
      // Open the dropdown and take its first (active) option with the keyboard.
      await page.getByLabel(label).click();
      await page.keyboard.press('Enter');
      await page.getByLabel(label).blur();
    };
    await pickFirst('项目类别');
    await pickFirst('政策领域');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('alert').filter({ hasText: /填写的内容有误|已被他人修改或与已有记录重复/ }).waitFor();
    assert.equal(await page.getByLabel('项目名称').inputValue(), '端到端测试项目');
    await screenshot(page, 'project-form-server-error');
    await page.close();
  });
  test('as dept: edit a project; a save made on a stale read is refused and keeps what was typed', async () => {
    const dept = await as('dept');
    const { projects } = await gql(server.url, dept.token, '{ projects(first: 1, orderBy: {field: CODE, direction: DESC}) { edges { node { id name } } } }');
    const { id, name } = projects.edges[0].node;
    const first = await dept.context.newPage();
    const errors = watchErrors(first);
    await first.goto(`${server.url}/projects/${id}`);
    await first.getByRole('button', { name: /修改项目/ }).click();
    await first.waitForURL(new RegExp(`/projects/${id}/edit$`));
    await first.getByLabel('项目名称').waitFor();
    assert.equal(await first.getByLabel('项目名称').inputValue(), name);
    // A second session of the department (another colleague) holds the same read.
    const other = await newContext(browser, { axe: true });
    const second = await other.newPage();
    await logIn(second, 'dept');
    await second.goto(`${server.url}/projects/${id}/edit`);
    await second.getByLabel('项目名称').waitFor();
    assert.equal(await second.getByLabel('项目名称').inputValue(), name);

    await first.getByLabel('项目名称').fill(`${name}（一）`);
    await first.getByRole('button', { name: /保\s*存/ }).click();
    await first.waitForURL(new RegExp(`/projects/${id}$`));
    await first.getByRole('heading', { name: `${name}（一）` }).waitFor();

    await second.getByLabel('项目名称').fill(`${name}（二）`);
    await second.getByRole('button', { name: /保\s*存/ }).click();
    await second.getByRole('alert').filter({ hasText: /已被他人修改/ }).waitFor();
    assert.equal(await second.getByLabel('项目名称').inputValue(), `${name}（二）`);
    assert.match(second.url(), new RegExp(`/projects/${id}/edit$`));
    const found = await screenshotAndAxe(second, 'project-edit-conflict');
    assert.deepEqual(found, [], `axe (WCAG 2.1 AA) on project-edit-conflict:\n${found.join('\n')}`);
    const { node } = await gql(server.url, dept.token, `{ node(id: "${id}") { ... on Project { name } } }`);
    assert.equal(node.name, `${name}（一）`, 'the refused save wrote nothing');

    // Read again, the edit goes through (and the name is put back).
    await second.reload();
    await second.getByLabel('项目名称').waitFor();
    assert.equal(await second.getByLabel('项目名称').inputValue(), `${name}（一）`);
    await second.getByLabel('项目名称').fill(name);
    await second.getByRole('button', { name: /保\s*存/ }).click();
    await second.waitForURL(new RegExp(`/projects/${id}$`));
    assert.deepEqual(errors, []);
    await first.close();
    await other.close();
  });
  test('as dept: declare a target with its indicators in one go and submit it', async () => {
    const dept = await as('dept');
    const page = await dept.context.newPage();
    const errors = watchErrors(page);
    // A new project of the department (through the project form), so that the target is its first.
    const code = `E2E-${Date.now()}`;
    const projectName = `端到端申报测试项目 ${code}`;
    await page.goto(`${server.url}/projects/new`);
    await page.getByLabel('项目编码').fill(code);
    await page.getByLabel('项目名称').fill(projectName);
    await page.getByLabel('主管部门/单位').click();
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '市教育局' }).first().click();
    await choose(page, page.getByLabel('项目类别'), '专项业务费');
    await choose(page, page.getByLabel('政策领域'), '教育');
    await page.getByLabel('公共服务项目').check();
    // Each choice shows in its field before saving (a click can land while a dropdown is still opening).
    for (const [label, text] of [['项目类别', '专项业务费'], ['政策领域', '教育']]) {
      const field = page.locator('.ant-form-item').filter({ has: page.getByLabel(label) });
      for (let tries = 0; tries < 3 && !(await field.locator(`.ant-select-selection-item[title="${text}"]`).count()); tries++) {
        await choose(page, page.getByLabel(label), text);
      }
    }
    await page.getByRole('button', { name: /保\s*存/ }).click();
    try {
      await page.waitForURL(/\/projects\/\d+/);
    } catch (e) {
      // Say what the form showed instead of moving on (field errors, the server's answer).
      const shown = await page.locator('.ant-form-item-explain-error, [role=alert]').allInnerTexts();
      await screenshot(page, 'project-not-saved');
      throw new Error(`the project was not saved; the form shows: ${shown.join(' | ') || '(nothing)'}`, { cause: e });
    }
    await page.getByRole('button', { name: /申报绩效目标/ }).click();
    await page.waitForURL(/\/targets\/new/);

    // Nothing is sent while rows are incomplete: the form says what is missing.
    await page.getByRole('button', { name: '保存为草稿' }).click();
    await page.getByText('请填写总体目标').waitFor();
    await page.getByText(/有 3 行指标需要修改/).waitFor();

    await page.getByPlaceholder(/概括说明预期产出和效果/).fill('改善 20 所学校的办学条件，学生与家长满意');
    const rows = [
      ['数量指标', '改造学校数', '20', '所', '50'],
      ['社会效益指标', '受益学生数', '5000', '人', '30'],
      ['服务对象满意度指标', '学生及家长满意度', '90', '%', '10'],
    ];
    for (const [i, [level2, name, value, unit, weight]] of rows.entries()) {
      await choose(page, page.getByLabel('二级指标').nth(i), level2);
      await page.getByLabel('三级指标').nth(i).fill(name);
      await page.keyboard.press('Escape');
      await page.getByLabel('指标值', { exact: true }).nth(i).fill(value);
      await page.getByLabel('计量单位').nth(i).fill(unit);
      await page.getByLabel('分值', { exact: true }).nth(i).fill(weight);
    }
    await screenshot(page, 'target-form');
    await page.getByRole('button', { name: '保存并提交审核' }).click();
    await confirmPopup(page, /提\s*交/);
    await page.waitForURL(/\/targets\/\d+$/);
    await page.locator('.ant-tag', { hasText: '已提交' }).first().waitFor();
    // The server's review checks of the declared target are shown.
    await page.getByTestId('review-checks').locator('[data-check=WEIGHTS_SUM][data-passed=true]').waitFor();
    await page.getByTestId('review-checks').locator('[data-check=HAS_SATISFACTION][data-passed=true]').waitFor();
    shared.targetId = new URL(page.url()).pathname.split('/').pop();
    shared.projectName = projectName;
    const saved = await gql(server.url, dept.token, 'query($id: ID!) { node(id: $id) { ... on Target { status indicators(first: 10) { totalCount } } } }', { id: shared.targetId });
    assert.equal(saved.node.status, 'SUBMITTED');
    assert.equal(saved.node.indicators.totalCount, 3);
    await screenshot(page, 'target-submitted');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('as reviewer: the review queue, approve the target (优) and see it APPROVED', async () => {
    const reviewer = await as('reviewer');
    let targetId = shared.targetId;
    if (!targetId) {
      // The declaration test did not run: take a submitted target of the demo.
      const queue = await gql(server.url, reviewer.token, '{ targets(first: 1, where: { status: SUBMITTED }) { edges { node { id } } } }');
      targetId = queue.targets.edges[0]?.node.id;
      assert.ok(targetId, 'no submitted target to review');
    }
    const page = await reviewer.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/reviews`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'review-queue');
    const row = page.locator(`.ant-table-tbody a[href="/targets/${targetId}"]`).first();
    if (await row.count()) await row.click();
    else await page.goto(`${server.url}/targets/${targetId}`);
    const panel = page.getByTestId('review-panel');
    await panel.waitFor();
    await panel.getByText('优', { exact: true }).click();
    await panel.getByLabel('审核意见').fill('指标清晰、可考核，同意批复。');
    await panel.getByRole('button', { name: '批复通过' }).click();
    await confirmPopup(page, /批\s*复/);
    // Either the status turns, or the panel says why not (then fail with its words, not a timeout).
    const approved = page.locator('.ant-tag', { hasText: '已批复' }).first();
    const refusal = panel.locator('.ant-alert-error');
    await approved.or(refusal).first().waitFor();
    if (await refusal.count()) assert.fail(`approval refused: ${await refusal.first().innerText()}`);
    await page.getByRole('cell', { name: '审核通过' }).waitFor();
    await page.locator('.ant-modal-mask').waitFor({ state: 'detached' }).catch(() => {});
    const data = await gql(server.url, reviewer.token, 'query($id: ID!) { node(id: $id) { ... on Target { status reviews(first: 5) { edges { node { decision grade } } } } } }', { id: targetId });
    assert.equal(data.node.status, 'APPROVED');
    assert.ok(data.node.reviews.edges.some((e) => e.node.decision === 'APPROVE' && e.node.grade === 'EXCELLENT'));
    await screenshot(page, 'target-approved');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('as dept: score a self-evaluation, compute it and see the total and grade', async () => {
    const dept = await as('dept');
    const page = await dept.context.newPage();
    const errors = watchErrors(page);
    const open = await gql(server.url, dept.token, '{ evaluations(first: 1, where: { kind: SELF, statusIn: [PLANNED, IN_PROGRESS] }) { edges { node { id } } } }');
    let evaluationId = open.evaluations.edges[0]?.node.id;
    if (evaluationId) {
      await page.goto(`${server.url}/evaluations/${evaluationId}`);
    } else {
      // A project with an approved target, a budget and no self-evaluation of that year: start one from the template.
      const data = await gql(
        server.url,
        dept.token,
        `{ targets(first: 100, where: { status: APPROVED, projectIDNotNil: true }, orderBy: { field: FISCAL_YEAR, direction: ASC }) { edges { node { fiscalYear departmentID project { id allocations(first: 1) { totalCount } evaluations(first: 20, where: { kind: SELF }) { edges { node { fiscalYear } } } } } } } }`,
      );
      const pick = data.targets.edges
        .map((e) => e.node)
        .find((t) => t.project.allocations.totalCount > 0 && !t.project.evaluations.edges.some((e) => e.node.fiscalYear === t.fiscalYear));
      assert.ok(pick, 'the department has no project with an approved target left to self-evaluate');
      await page.goto(`${server.url}/evaluations/new?kind=SELF&project=${pick.project.id}&year=${pick.fiscalYear}&dept=${pick.departmentID}`);
      await page.getByRole('button', { name: '创建并开始打分' }).click();
      await page.waitForURL(/\/evaluations\/\d+$/);
      evaluationId = new URL(page.url()).pathname.split('/').pop();
    }
    await page.getByTestId('scoring-sheet').waitFor();
    const ev = await gql(
      server.url,
      dept.token,
      'query($id: ID!) { node(id: $id) { ... on Evaluation { scoreItems(first: 100) { edges { node { name method weight indicator { comparator targetValue } } } } } } }',
      { id: evaluationId },
    );
    const items = ev.node.scoreItems.edges.map((e) => e.node);
    for (const item of items) {
      if (item.method === 'INDICATOR' && item.indicator?.comparator === 'QUALITATIVE') {
        await choose(page, page.getByLabel(`达成等级：${item.name}`).first(), '达成年度指标');
        await page.getByLabel(`得分：${item.name}`).first().fill(item.weight);
      } else if (item.method === 'INDICATOR' && item.indicator) {
        await page.getByLabel(`完成值：${item.name}`).first().fill(item.indicator.targetValue);
      } else if (item.method === 'MANUAL') {
        await page.getByLabel(`得分：${item.name}`).first().fill(item.weight);
      }
    }
    // The live preview gives a total and a grade before anything is saved.
    const preview = page.locator('[data-testid=preview-grade][data-ready=true]');
    await preview.locator('.ant-tag', { hasText: /^[优良中差]$/ }).waitFor();
    const previewTotal = await preview.getAttribute('data-total');
    await screenshot(page, 'self-evaluation-preview');
    await page.getByRole('button', { name: /保存并计算得分|计算得分/ }).click();
    await page.getByTestId('computed-grade').locator('.ant-tag', { hasText: /^[优良中差]$/ }).waitFor();
    const done = await gql(server.url, dept.token, 'query($id: ID!) { node(id: $id) { ... on Evaluation { status totalScore grade ruleSet { id } } } }', { id: evaluationId });
    assert.ok(done.node.totalScore != null, 'the evaluation has a total');
    assert.ok(['EXCELLENT', 'GOOD', 'FAIR', 'POOR'].includes(done.node.grade));
    // The preview (pure query) and the computed evaluation agree.
    assert.equal(Number(previewTotal), Number(done.node.totalScore), `preview ${previewTotal} vs computed ${done.node.totalScore}`);
    metrics.selfEvaluation = { totalScore: done.node.totalScore, grade: done.node.grade };
    await screenshot(page, 'self-evaluation-graded');
    assert.deepEqual(errors, []);
    await page.close();
  });
  test('as dept: record a monitoring period and see time progress, execution rate and warnings', async () => {
    const dept = await as('dept');
    const data = await gql(
      server.url,
      dept.token,
      `{ targets(first: 50, where: { status: APPROVED, projectIDNotNil: true }, orderBy: { field: FISCAL_YEAR, direction: DESC }) { edges { node { fiscalYear project { id name allocations(first: 1) { totalCount } } indicators(first: 100, orderBy: { field: SORT_ORDER, direction: ASC }) { edges { node { comparator targetValue } } } } } } }`,
    );
    const target = data.targets.edges.map((e) => e.node).find((t) => t.project.allocations.totalCount > 0 && t.indicators.edges.length > 0);
    assert.ok(target, 'the department has no approved project target with a budget to monitor');
    const page = await dept.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/projects/${target.project.id}/monitoring/new?year=${target.fiscalYear}&month=10`);
    await page.getByTestId('execution-preview').waitFor();
    let quantitative = 0;
    let qualitative = 0;
    for (const [i, { node }] of target.indicators.edges.entries()) {
      if (node.comparator === 'QUALITATIVE') await choose(page, page.getByLabel('完成情况', { exact: true }).nth(qualitative++), '达成年度指标');
      else await page.getByLabel('截至期末完成值').nth(quantitative++).fill(node.targetValue);
      await choose(page, page.getByLabel('完成可能性').nth(i), '确定能');
    }
    await page.getByLabel('纠偏措施').fill('加快资金拨付进度，按月调度。');
    await screenshot(page, 'monitoring-form');
    await page.getByRole('button', { name: '提交监控' }).click();
    const replace = page.locator('.ant-modal-confirm .ant-modal-confirm-btns button', { hasText: /替\s*换/ });
    const result = page.getByTestId('monitoring-result');
    await replace.or(result).first().waitFor();
    if (await replace.isVisible()) await replace.click();
    await result.waitFor();
    await result.getByText('83.3%').waitFor(); // time progress at the end of October
    assert.ok((await result.locator('[data-warning]').count()) > 0, 'warning badges are shown');
    await screenshot(page, 'monitoring-recorded');
    // The project list shows the project's warning level.
    await page.goto(`${server.url}/projects?q=${encodeURIComponent(target.project.name)}`);
    await page.locator('.ant-table-tbody tr.ant-table-row [data-warning]').first().waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
