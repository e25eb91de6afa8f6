// User administration in the browser (issue 12): the administrator creates a
// user on 用户管理, hands over the one-time password; the user must change it
// at the first login on 修改密码 and can then log in with the new one; the
// administrator disables the user and the login is refused. Every page is
// checked with axe-core. Run `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { screenshotAndAxe } from './support/axe.mjs';
import { fillLogin as sendLogin, freshPage as newPage, launchBrowser } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

const PASSWORD = process.env.JIXIAO_DEMO_PASSWORD ?? 'Jixiao@2026';
const NEW_PASSWORD = 'Neu#Kennwort2026';
// A name no earlier run of this file can have left behind (each run has its own database, but JIXIAO_E2E_URL may point at a shared one).
const USERNAME = `e2e.user${Date.now().toString(36)}`;

let server;
let browser;

const freshPage = () => newPage(browser, { axe: true });

async function fillLogin(page, user, password) {
  await page.goto(`${server.url}/login`);
  await sendLogin(page, user, password);
}

/** Screenshot plus axe; a desktop window is also rendered and checked at 390×844 unless { phone: false }. */
async function check(page, name, options) {
  const found = await screenshotAndAxe(page, name, options);
  assert.deepEqual(found, [], `axe (WCAG 2.1 AA) on ${name}:\n${found.join('\n')}`);
}

/** Opens an antd select by its label and picks the option with this text. */
async function pick(page, scope, label, text) {
  const select = scope.getByLabel(label, { exact: true });
  const shown = scope.locator('.ant-select', { hasText: text }).first();
  // A click that lands while the dropdown is still opening is lost (seen in CI):
  // the select then shows nothing, so open it and pick again.
  for (let attempt = 1; ; attempt++) {
    await select.click();
    const listId = await select.getAttribute('aria-controls');
    await page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) }).locator('.ant-select-item-option', { hasText: text }).first().click();
    try {
      await shown.waitFor({ timeout: attempt < 3 ? 30_000 : 300_000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
      await page.keyboard.press('Escape');
    }
  }
}

/** The row of a user in the table of 用户管理, paging on until it shows. */
async function userRow(page, username) {
  const row = page.locator('tr', { has: page.getByRole('cell', { name: username, exact: true }) });
  for (;;) {
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    if ((await row.count()) > 0) return row;
    const next = page.getByRole('button', { name: /下一页/ });
    assert.ok(await next.isEnabled(), `${username} is not in the user table`);
    await next.click();
  }
}

describe('User administration', { timeout: 2_400_000 }, () => {
  let temporaryPassword;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the administrator creates a department user from the menu and gets a one-time password', async () => {
    const { ctx, page, errors } = await freshPage();
    await fillLogin(page, 'admin', PASSWORD);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    // The side menu's entries are links (with aria-current), not menu items.
    await page.getByRole('navigation').getByRole('link', { name: '用户管理' }).click();
    await page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/users');
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await check(page, 'users-list');

    // A dialog closed with Escape gives the focus back to the button that opened it.
    const opener = page.getByRole('button', { name: '新建用户' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('登录名').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.textContent?.replace(/\s+/g, '') === '新建用户');

    await opener.click();
    await dialog.getByLabel('登录名').fill(USERNAME);
    await dialog.getByLabel('姓名').fill('测试用户');
    await pick(page, dialog, '角色', '部门用户');
    await pick(page, dialog, '所属部门', '教育');
    await check(page, 'users-create-dialog');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();

    const shown = page.getByTestId('temporary-password');
    await shown.waitFor();
    temporaryPassword = (await shown.innerText()).trim();
    assert.ok(temporaryPassword.length >= 8, `one-time password "${temporaryPassword}"`);
    await check(page, 'users-temporary-password');
    await page.getByRole('button', { name: /知道了|确\s*定|OK/ }).click();
    await shown.waitFor({ state: 'detached' });

    const row = await userRow(page, USERNAME);
    await row.getByText('部门用户').waitFor();
    assert.deepEqual(errors, [], errors.join('\n'));
    await ctx.close();
  });

  test('the new user must change the one-time password at the first login, then logs in with the new one', async () => {
    assert.ok(temporaryPassword, 'the previous test created the user');
    const { ctx, page, errors } = await freshPage();
    await fillLogin(page, USERNAME, temporaryPassword);
    await page.waitForURL((u) => u.pathname === '/password');
    await page.getByRole('heading', { level: 1, name: '修改密码' }).waitFor();
    await page.getByText('您的口令已被管理员重置').waitFor();
    await check(page, 'password-forced');

    // A password the policy refuses (contains the user name) is answered on the page, nothing changes.
    await page.getByLabel('当前口令').fill(temporaryPassword);
    await page.getByLabel('新口令', { exact: true }).fill(`${USERNAME}A1!`);
    await page.getByLabel('再次输入新口令').fill(`${USERNAME}A1!`);
    await page.getByRole('button', { name: '修改口令' }).click();
    await page.getByRole('alert').filter({ hasText: /用户名|口令|密码/ }).first().waitFor();
    assert.equal(new URL(page.url()).pathname, '/password');

    await page.getByLabel('新口令', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('再次输入新口令').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: '修改口令' }).click();
    await page.waitForURL((u) => u.pathname === '/workbench');
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await ctx.close();

    // The old one-time password no longer opens; the new one does, and nothing asks for a change.
    const second = await freshPage();
    await fillLogin(second.page, USERNAME, temporaryPassword);
    await second.page.getByRole('alert').first().waitFor();
    assert.equal(new URL(second.page.url()).pathname, '/login');
    await fillLogin(second.page, USERNAME, NEW_PASSWORD);
    await second.page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await second.page.goto(`${server.url}/password`);
    await second.page.getByRole('heading', { level: 1, name: '修改密码' }).waitFor();
    assert.equal(await second.page.getByText('您的口令已被管理员重置').count(), 0);
    assert.deepEqual(errors.filter((e) => !/40[13]/.test(e)), [], errors.join('\n'));
    await second.ctx.close();
  });

  test('the administrator disables the user, whose login is then refused', async () => {
    const { ctx, page } = await freshPage();
    await fillLogin(page, 'admin', PASSWORD);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${server.url}/users`);
    await page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
    const row = await userRow(page, USERNAME);
    await row.getByRole('button', { name: /停\s*用/ }).click();
    await page.getByRole('tooltip').getByRole('button', { name: /确\s*定/ }).click();
    await row.getByRole('button', { name: /启\s*用/ }).waitFor();
    await ctx.close();

    const user = await freshPage();
    await fillLogin(user.page, USERNAME, NEW_PASSWORD);
    await user.page.getByRole('alert').first().waitFor();
    assert.equal(new URL(user.page.url()).pathname, '/login');
    await user.ctx.close();
  });
});
