// Live dashboards (issue 17 §9): a payment recorded in one browser updates the
// cockpit open in another, through the dataChanged subscription (GraphQL over
// Server-Sent Events). No time is asserted: the test waits, patiently, for the
// new figure. Run `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gql, login } from './support/api.mjs';
import { freshPage, launchBrowser, logIn, screenshot } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

const PASSWORD = process.env.JIXIAO_DEMO_PASSWORD ?? 'Jixiao@2026';

let server;
let browser;

async function loggedIn(user) {
  const { ctx, page, errors } = await freshPage(browser);
  await logIn(page, server.url, user, PASSWORD);
  await page.locator('h1').first().waitFor();
  return { ctx, page, errors };
}

describe('Live dashboards', { timeout: 2_400_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a payment recorded in one browser updates the cockpit open in another', async () => {
    const leader = await loggedIn('leader');
    await leader.page.goto(`${server.url}/cockpit`);
    // The subscription is open once the page says it is live.
    await leader.page.getByTestId('live').waitFor();
    const paidKpi = leader.page.locator('.ant-statistic', { hasText: '已支出（万元）' }).locator('.ant-statistic-content');
    await paidKpi.filter({ hasText: /\d/ }).waitFor();
    const before = (await paidKpi.innerText()).trim();
    const year = Number((await leader.page.locator('.ant-select-content, .ant-select-selection-item').first().innerText()).match(/\d{4}/)[0]);

    // Allocations of that year to pay from (found through the API, as a front-end team would).
    const token = await login(server.url, 'admin', PASSWORD);
    const data = await gql(server.url, token, 'query($y: Int!) { allocations(first: 30, where: { fiscalYear: $y }) { edges { node { id } } } }', { y: year });
    const allocations = data.allocations.edges.map((e) => e.node.id);
    assert.ok(allocations.length > 0, `no allocation in ${year}`);

    // The write happens in another browser context, logged in as the finance administrator.
    const admin = await loggedIn('admin');
    const paid = await admin.page.evaluate(
      async ({ allocations, year }) => {
        for (const id of allocations) {
          const res = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: 'mutation($a: ID!, $on: Time!) { recordDisbursement(input: { allocationID: $a, amount: "100.00", paidOn: $on }) { id } }',
              variables: { a: id, on: `${year}-06-15T02:00:00Z` },
            }),
          });
          const body = await res.json();
          if (!body.errors) return id;
        }
        return null;
      },
      { allocations, year },
    );
    assert.ok(paid, 'no allocation accepted a payment of 100.00');

    // The cockpit shows the new figure by itself (0.01 万元 more), without a reload.
    await leader.page.waitForFunction(
      (before) => {
        const card = [...document.querySelectorAll('.ant-statistic')].find((e) => e.textContent?.includes('已支出（万元）'));
        const value = card?.querySelector('.ant-statistic-content')?.textContent?.trim();
        return value !== undefined && /\d/.test(value) && value !== before;
      },
      before,
      { timeout: 120_000 },
    );
    const afterText = (await paidKpi.innerText()).trim();
    const num = (s) => Number(s.replace(/[^\d.]/g, ''));
    assert.equal(Math.round((num(afterText) - num(before)) * 100), 1, `paid went from ${before} to ${afterText}, want 0.01 万元 more`);
    await screenshot(leader.page, 'cockpit-live');
    assert.deepEqual(leader.errors, []);
    assert.deepEqual(admin.errors, []);
    await leader.ctx.close();
    await admin.ctx.close();
  });
});
